import {
  html,
  LitElement,
  type nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { PublicConfig } from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { MessageKey } from '../i18n/locales/en.js';
import { type MessageParams, type Translate, translate } from '../i18n/localize.js';
import { applyBranding } from './branding.js';
import { ConfigController } from './config-controller.js';
import { ErrorController } from './error-controller.js';
import {
  ariaInvalid,
  describedBy,
  type FieldError,
  type FieldRefusal,
  renderField,
} from './fields.js';
import { clientFor, failureOf, type ShownError } from './shown-error.js';
import type { FieldsHost } from './step-fields.js';

/**
 * What the card elements (`<openreset-reset>`, `<openreset-register>`, `<openreset-change>`)
 * share: the API, client, locale, theme and branding properties; `GET /config` (a
 * {@link ConfigController}); the error and the field it is about (an {@link ErrorController});
 * the notice and busy state; a new step's heading taking focus and `openreset-step`; the checks of a required field and of a typed code; running a call with
 * its refusal shown and announced (`openreset-error`). Each element adds its steps and reads
 * its own refusals in {@link OpenResetElement.explain}.
 */
export abstract class OpenResetElement<Step extends string = string> extends LitElement {
  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    api: {},
    client: { attribute: false },
    locale: {},
    theme: { reflect: true },
    orgName: { attribute: 'org-name' },
    logoUrl: { attribute: 'logo-url' },
    primaryColor: { attribute: 'primary-color' },
    config: { state: true },
    notice: { state: true },
    busy: { state: true },
  };

  /** Base URL of the OpenReset HTTP API (where the host mounted the handler). */
  api?: string;

  /**
   * The client to talk through (stories and tests pass one built on an in-page engine);
   * wins over `api`.
   */
  client?: OpenResetClient;

  /** `en`, `nl`, `de`, `fr` or `es`. @default the page's `lang`, else the browser's, else `en` */
  locale?: string;

  /**
   * `light`, `dark` or `auto` (follows the host page's `color-scheme`: dark only where the
   * page allows dark and the user prefers it). @default "auto"
   */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides the organization name of `GET /config`. */
  orgName?: string;

  /** Overrides the logo of `GET /config` (an image URL). */
  logoUrl?: string;

  /** Overrides the primary color of `GET /config`. */
  primaryColor?: string;

  protected config?: PublicConfig;
  protected readonly i18n = new LocaleController(this);
  /** The error shown and the field it is about. */
  protected readonly errors = new ErrorController(this);
  /** Loads what the element shows first whenever `client` or `api` changes ({@link load}). */
  protected readonly loader = new ConfigController(this, {
    source: () => [this.client, this.api] as const,
    load: (client) => this.load(client),
    failed: (error) => this.fail(error),
  });
  protected notice = '';
  protected busy = false;

  /** The error shown (its `ErrorController`'s `shown`). */
  protected get error(): ShownError | undefined {
    return this.errors.shown;
  }

  protected set error(error: ShownError | undefined) {
    this.errors.shown = error;
  }

  /** The field the error is about (its `ErrorController`'s `field`). */
  protected get invalidField(): string | undefined {
    return this.errors.field;
  }

  protected set invalidField(id: string | undefined) {
    this.errors.field = id;
  }

  /** The step shown; when it changes its heading takes focus and `openreset-step` fires. */
  protected abstract step: Step;

  /** The user did something: a new step's heading takes focus (not on the first render). */
  protected hasInteracted = false;

  protected override updated(changed: PropertyValues<this>): void {
    applyBranding(this, this.config, this.primaryColor);
    if ((changed as PropertyValues).has('step')) {
      if (this.hasInteracted) this.focusHeading();
      emit(this, 'openreset-step', { step: this.step });
    }
  }

  /** Translates a key in the element's locale. */
  protected readonly t: Translate = (key: MessageKey, params?: MessageParams) =>
    translate(this.i18n.catalog, key, params);

  protected heading(text: string): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${text}</h2>`;
  }

  protected field(id: string, label: string, input: TemplateResult, help?: string): TemplateResult {
    return renderField(id, label, input, help, this.fieldError);
  }

  /** This element as the host of the shared step fields (`step-fields.ts`). */
  protected get fieldsHost(): FieldsHost {
    // Its members are protected here; FieldsHost types each one from this class.
    return this as unknown as FieldsHost;
  }

  /** The error shown inside the field it is about (none when it is about no field). */
  protected get fieldError(): FieldError {
    return {
      field: this.error === undefined ? undefined : this.invalidField,
      message: this.errors.render(this.t),
    };
  }

  /** `aria-invalid` of the field `id`. */
  protected invalidAttr(id: string): 'true' | 'false' {
    return ariaInvalid(this.invalidField, id);
  }

  protected describedBy(id: string, ...extra: string[]): string {
    return describedBy(this.invalidField, id, ...extra);
  }

  /** A step's buttons: the submit button (busy while a call runs), then the others. */
  protected actions(primary: string, ...extra: TemplateResult[]): TemplateResult {
    return html`<div class="actions">
      <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
        ${this.busy ? this.t('status.working') : primary}
      </button>
      ${extra}
    </div>`;
  }

  /** A secondary button. */
  protected button(label: string, onClick: () => void, disabled = this.busy): TemplateResult {
    return html`<button part="button" type="button" @click=${onClick} ?disabled=${disabled}>
      ${label}
    </button>`;
  }

  /** The error region's contents: an error about no field (one about a field shows there). */
  protected renderError(): TemplateResult | typeof nothing {
    return this.errors.renderRegion(this.t);
  }

  protected resolveClient(): OpenResetClient | undefined {
    return clientFor(this.client, this.api);
  }

  /** Loads what the element shows first (`GET /config`; an element may load more). */
  protected async load(client: OpenResetClient): Promise<void> {
    this.config = await client.getConfig();
  }

  protected input(id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }

  protected focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Marks the field `id` invalid (its error shows inside it) and moves focus to it once rendered. */
  protected focusField(id: string): void {
    this.invalidField = id;
    this.focusOn(id);
  }

  /** Moves focus to the control `id` once rendered, without marking it (an error about the step). */
  protected focusOn(id: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    );
  }

  /** Empties the field `id` (a wrong code or password is typed again) and focuses it. */
  protected clearField(id: string): void {
    const input = this.input(id);
    if (input !== null) input.value = '';
    this.focusField(id);
  }

  /** Shows a step the user asked for, with no error and no field marked invalid. */
  protected show(step: Step): void {
    this.hasInteracted = true;
    this.errors.clear();
    this.step = step;
  }

  /** Shows `error` about the field `id` (found before any call) and focuses it. */
  protected refuse(id: string, error: ShownError): void {
    this.hasInteracted = true;
    this.errors.refuse(id, error);
    this.focusOn(id);
  }

  /** Shows `refusal` when there is one; true when there was (the submit stops). */
  protected refused(refusal: FieldRefusal | undefined): boolean {
    if (refusal === undefined) return false;
    this.refuse(refusal.field, refusal.error);
    return true;
  }

  /** The trimmed value of the required field `id`, or `undefined` (refused) when it is empty. */
  protected required(id: string): string | undefined {
    const value = this.input(id)?.value.trim() ?? '';
    if (value !== '') return value;
    this.refuse(id, { key: 'field.required' });
    return undefined;
  }

  /** There is no client to run a call through (no `client`, no `api`). */
  protected clientMissing(): void {}

  /**
   * Runs one API call the user asked for, with the busy state, errors shown and announced;
   * first fires `openreset-before-submit`, which the host may cancel (then nothing runs).
   */
  protected async run(work: (client: OpenResetClient) => Promise<void>): Promise<void> {
    const client = this.resolveClient();
    if (client === undefined) {
      this.clientMissing();
      return;
    }
    if (this.busy) return;
    if (!emit(this, 'openreset-before-submit', { step: this.step })) return;
    this.hasInteracted = true;
    this.busy = true;
    this.errors.clear();
    this.notice = '';
    try {
      await work(client);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Reads a refusal into the error shown (details, another message, focus): `code` is the
   * refusal's code (`unknown` for an error that is not the client's).
   */
  protected explain(_code: string, _error: unknown, _shown: ShownError): void {}

  /** Shows a refused or failed call and fires `openreset-error`. */
  protected fail(error: unknown): void {
    this.error = failureOf(this, error, this.i18n.locale, (code, cause, shown) =>
      this.explain(code, cause, shown),
    );
  }
}
