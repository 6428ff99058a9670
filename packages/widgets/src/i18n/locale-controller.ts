import type { Locale } from '@openreset/core/locales';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './locales/en.js';
import { ENGLISH, loadCatalog, localeDirection, resolveLocale } from './localize.js';

/** An element a {@link LocaleController} serves: it has a `locale` property (the attribute). */
export type LocaleHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/**
 * A Lit reactive controller for the locale an element speaks and its catalog. Before each
 * update it resolves the locale (the host's `locale` property, else the page's `lang`, else
 * the browser's languages), loads that locale's catalog (English is shown at once; a late
 * load for a locale no longer wanted is ignored) and sets `dir="rtl"` on the host for a
 * right-to-left locale (Arabic, Hebrew), unless the page set a `dir` on the host itself; for
 * the other locales the host inherits the page's direction.
 * The widgets' catalog by default; the admin elements pass their own catalog's English and
 * loader.
 */
export class LocaleController<C = Catalog> implements ReactiveController {
  /** The locale in use. */
  locale: Locale = 'en';
  /** Its catalog (English until the locale's own has loaded). */
  catalog: C;

  private resolved = false;
  /** The `dir` this controller last wrote on the host (a different one is the page's). */
  private writtenDir: string | undefined;

  /**
   * @param host The element; it re-renders when a catalog arrives.
   * @param english The catalog shown at once. @default the widgets' English catalog
   * @param load Loads a locale's catalog. @default the widgets' `loadCatalog`
   */
  constructor(
    private readonly host: LocaleHost,
    english: C = ENGLISH as C,
    private readonly load: (locale: Locale) => Promise<C> = loadCatalog as (
      locale: Locale,
    ) => Promise<C>,
  ) {
    this.catalog = english;
    host.addController(this);
  }

  /** Resolves the locale as the host connects, so that its first update has it. */
  hostConnected(): void {
    this.resolve(this.host.locale);
  }

  /** Resolves the locale before every update, so a changed `locale` or `lang` takes effect. */
  hostUpdate(): void {
    this.resolve(this.host.locale);
  }

  /** Resolves the locale from `requested` (else the page's `lang`, else the browser). */
  resolve(requested: string | undefined): void {
    const locale = resolveLocale(this.host, requested);
    if (this.resolved && locale === this.locale) return;
    this.resolved = true;
    this.locale = locale;
    this.writeDirection(localeDirection(locale));
    void this.load(locale).then((catalog) => {
      if (this.locale !== locale) return;
      this.catalog = catalog;
      this.host.requestUpdate();
    });
  }

  /**
   * `dir="rtl"` for a right-to-left locale; for a left-to-right one the host follows the
   * page again (an attribute this controller wrote is removed), so an English element on a
   * right-to-left page still mirrors with it. A `dir` the page set is never touched.
   */
  private writeDirection(dir: 'ltr' | 'rtl'): void {
    const current = this.host.getAttribute('dir');
    if (current !== null && current !== this.writtenDir) return;
    if (dir === 'rtl') {
      this.host.setAttribute('dir', dir);
      this.writtenDir = dir;
    } else if (this.writtenDir !== undefined) {
      this.host.removeAttribute('dir');
      this.writtenDir = undefined;
    }
  }
}
