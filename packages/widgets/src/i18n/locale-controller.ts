import type { Locale } from '@openreset/core';
import type { ReactiveControllerHost } from 'lit';
import type { Catalog } from './locales/en.js';
import { ENGLISH, loadCatalog, resolveLocale } from './localize.js';

/**
 * The locale an element speaks and its catalog: English at once, another locale as soon as
 * its catalog has loaded (a late load for a locale no longer wanted is ignored). The widgets'
 * catalog by default; the admin elements pass their own catalog's English and loader.
 */
export class LocaleController<C = Catalog> {
  /** The locale in use. */
  locale: Locale = 'en';
  /** Its catalog (English until the locale's own has loaded). */
  catalog: C;

  private resolved = false;

  /**
   * @param host The element; it re-renders when a catalog arrives.
   * @param english The catalog shown at once. @default the widgets' English catalog
   * @param load Loads a locale's catalog. @default the widgets' `loadCatalog`
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    english: C = ENGLISH as C,
    private readonly load: (locale: Locale) => Promise<C> = loadCatalog as (
      locale: Locale,
    ) => Promise<C>,
  ) {
    this.catalog = english;
  }

  /** Resolves the locale from the `locale` attribute (else the page's `lang`, else the browser). */
  resolve(requested: string | undefined): void {
    const locale = resolveLocale(this.host, requested);
    if (this.resolved && locale === this.locale) return;
    this.resolved = true;
    this.locale = locale;
    void this.load(locale).then((catalog) => {
      if (this.locale !== locale) return;
      this.catalog = catalog;
      this.host.requestUpdate();
    });
  }
}
