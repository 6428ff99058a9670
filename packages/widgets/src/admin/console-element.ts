import type { Locale } from '@openreset/core';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { en, type MessageKey } from '../i18n/locales/en.js';
import { addEnglish, type MessageParams, translate } from '../i18n/localize.js';
import { failureOf, renderShownError, type ShownError } from '../shared/shown-error.js';
import { type AdminClient, createAdminClient } from './admin-client.js';
import { ADMIN_ENGLISH, isAdminKey, loadAdminCatalog, translateAdmin } from './admin-localize.js';
import type { AdminCatalog, AdminMessageKey } from './locales/en.js';

// The consoles show the widgets' strings too (questions, password rules): English whole.
addEnglish(en);

/**
 * What `<openreset-admin>` and `<openreset-activity>` share: the API, client, locale and
 * theme properties; the admin catalog beside the widgets' one (whose `error.*` messages a
 * refused call shows); loading on connect; running a call with its refusal shown and
 * announced (`openreset-error`); dates and numbers in the viewer's locale and time zone.
 */
export abstract class ConsoleElement extends LitElement {
  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    api: {},
    client: { attribute: false },
    locale: {},
    theme: { reflect: true },
    error: { state: true },
    notice: { state: true },
    busy: { state: true },
  };

  /** Base URL of the OpenReset HTTP API; the admin's session cookie (or `client`) signs the calls. */
  api?: string;

  /** The admin client to talk through (`createAdminClient`); wins over `api`. */
  client?: AdminClient;

  /** One of the 30 locales (`LOCALES`), or a tag matched to one (`ar-EG`). @default the page's `lang`, else the browser's, else `en` */
  locale?: string;

  /** `light`, `dark` or `auto` (follows the host page's `color-scheme`). @default "auto" */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  protected error?: ShownError;
  protected notice = '';
  protected busy = false;

  protected readonly i18n = new LocaleController(this);
  protected readonly words = new LocaleController<AdminCatalog>(
    this,
    ADMIN_ENGLISH,
    loadAdminCatalog,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('api')) void this.reload();
  }

  /** The locale in use. */
  protected get viewerLocale(): Locale {
    return this.words.locale;
  }

  /** A message of the admin catalog. */
  protected tt(key: AdminMessageKey, params?: MessageParams): string {
    return translateAdmin(this.words.catalog, key, params);
  }

  /** A message of the admin catalog by a key built from data, else `fallback`. */
  protected ttOr(key: string, fallback: string, params?: MessageParams): string {
    return isAdminKey(key) ? this.tt(key, params) : fallback;
  }

  /** A message of the widgets' catalog (error messages). */
  protected t = (key: MessageKey, params?: MessageParams): string =>
    translate(this.i18n.catalog, key, params);

  /** A method's name (`methodName.*`), else its id. */
  protected methodName(method: string): string {
    return this.ttOr(`methodName.${method}`, method);
  }

  /** A kind of recovery data's name (`kind.*`, else the method of that name). */
  protected kindName(kind: string): string {
    return this.ttOr(`kind.${kind}`, this.methodName(kind));
  }

  /** A date and time in the viewer's locale and time zone. */
  protected dateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.viewerLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date);
  }

  /** A number in the viewer's locale. */
  protected count(value: number): string {
    return new Intl.NumberFormat(this.viewerLocale).format(value);
  }

  protected resolveClient(): AdminClient | undefined {
    if (this.client !== undefined) return this.client;
    if (this.api !== undefined && this.api !== '') {
      this.client = createAdminClient({ baseUrl: this.api });
      return this.client;
    }
    return undefined;
  }

  /** Loads what the element shows first. */
  protected abstract load(client: AdminClient): Promise<void>;

  private async reload(): Promise<void> {
    const client = this.resolveClient();
    if (client === undefined) return;
    try {
      await this.load(client);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Runs one API call with the busy state, errors shown and announced; resolves `true` when
   * it succeeded.
   */
  protected async run(work: (client: AdminClient) => Promise<void>): Promise<boolean> {
    const client = this.resolveClient();
    if (client === undefined || this.busy) return false;
    this.busy = true;
    this.error = undefined;
    this.notice = '';
    try {
      await work(client);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Reads a refusal into the error shown: `code` is the refusal's (`unknown` when not the client's). */
  protected explain(_code: string, _error: unknown, _shown: ShownError): void {}

  /** Shows a refused or failed call and fires `openreset-error`. */
  protected fail(error: unknown): void {
    this.error = failureOf(this, error, this.i18n.locale, (code, cause, shown) =>
      this.explain(code, cause, shown),
    );
  }

  /** An alert region `id`: the error shown, if any and if `shown`. */
  protected renderError(id = 'error', shown = true): TemplateResult {
    return html`<div part="error" id=${id} class="error" role="alert">
      ${shown && this.error !== undefined ? renderShownError(this.error, this.t) : nothing}
    </div>`;
  }

  /** The status region: the notice shown, if any. */
  protected renderNotice(): TemplateResult {
    return html`<p part="notice" class="notice" role="status">${this.notice}</p>`;
  }

  /** Moves focus to the element `selector` in the shadow root once rendered. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Copies `text` to the clipboard and says so (the value stays selectable where it cannot). */
  protected async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.notice = this.tt('action.copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the text stays on screen.
    }
  }
}
