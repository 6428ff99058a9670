import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isClientError } from '../client/client-error.js';
import type {
  ContactKind,
  PendingVerification,
  PublicConfig,
  QuestionAnswer,
  RegistrationMethodJson,
  RegistrationStatusJson,
} from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { MessageKey } from '../i18n/locales/en.js';
import {
  ENGLISH,
  loadQuestionTexts,
  type MessageParams,
  type QuestionTexts,
  translate,
} from '../i18n/localize.js';
import { applyBranding, renderHeader } from '../shared/password-rules.js';
import {
  clientFor,
  renderShownError,
  type ShownError,
  shownErrorOf,
} from '../shared/shown-error.js';
import { registerStyles } from './openreset-register.styles.js';

/** The steps of `<openreset-register>`. */
export type RegisterStep = 'overview' | 'add' | 'verify' | 'questions';

/**
 * Registration of a signed-in user's recovery methods: the status (registered, needs
 * reconfirmation, missing), the methods (from registration and from the directory), add a
 * phone number or an email address (a code checks it), remove one, set security questions
 * (when the policy enables them), and "Looks good" to reconfirm. Sensitive changes need a
 * recent sign-in: when the server asks for it, a current-password field appears.
 *
 * @summary Register, verify, remove and reconfirm recovery methods.
 *
 * @csspart base - The card around everything.
 * @csspart header - The organization's logo and name.
 * @csspart heading - Each step's heading.
 * @csspart methods - The list of methods.
 * @csspart form - Each step's form.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart button - Every button.
 * @csspart primary-button - The button that submits a step.
 * @csspart error - The error message (an assertive live region).
 * @csspart notice - Status messages (a polite live region).
 *
 * @cssprop --openreset-primary - Buttons, focus and links. @default the branding's primary color (#1f5fbf)
 * @cssprop --openreset-background - Card background. @default the branding's background color
 * @cssprop --openreset-text - Text color. @default the branding's text color
 * @cssprop --openreset-border - Borders and the lines between methods. @default #767b84
 * @cssprop --openreset-radius - Corner radius. @default 6px
 * @cssprop --openreset-font - Font family. @default system-ui
 *
 * @fires openreset-step - A step is shown: `overview`, `add`, `verify`, `questions`.
 * @fires openreset-error - A call was refused or failed; `detail.code` and `detail.status`.
 *
 * @example
 * ```html
 * <openreset-register api="/api/openreset"></openreset-register>
 * ```
 */
export class OpenResetRegister extends LitElement {
  static override styles = registerStyles;

  /** Base URL of the OpenReset HTTP API. */
  @property() api?: string;

  /** The client to talk through (signed in); wins over `api`. */
  @property({ attribute: false }) client?: OpenResetClient;

  /** `en`, `nl`, `de`, `fr` or `es`. @default the page's `lang`, else the browser's, else `en` */
  @property() locale?: string;

  /** `light`, `dark` or `auto`. @default "auto" */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides the organization name of `GET /config`. */
  @property({ attribute: 'org-name' }) orgName?: string;

  /** Overrides the logo of `GET /config`. */
  @property({ attribute: 'logo-url' }) logoUrl?: string;

  /** Overrides the primary color of `GET /config`. */
  @property({ attribute: 'primary-color' }) primaryColor?: string;

  @state() private config?: PublicConfig;
  @state() private status?: RegistrationStatusJson;
  private readonly i18n = new LocaleController(this);
  @state() private step: RegisterStep = 'overview';
  @state() private kind: ContactKind = 'mobile';
  @state() private value = '';
  @state() private pending?: PendingVerification;
  @state() private error?: ShownError;
  @state() private notice = '';
  @state() private busy = false;
  @state() private invalidField?: string;
  @state() private needsPassword = false;
  @state() private questionTexts?: QuestionTexts;

  private hasInteracted = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.i18n.resolve(this.locale);
    if (changed.has('client') || changed.has('api')) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    applyBranding(this, this.config, this.primaryColor);
    if (changed.has('step' as keyof OpenResetRegister)) {
      if (this.hasInteracted) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
      emit(this, 'openreset-step', { step: this.step });
    }
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.i18n.locale}>
      ${renderHeader(this.config, this) ?? nothing} ${this.renderStep()}
      <div part="error" class="error" role="alert" id="error">${this.renderError()}</div>
      <div part="notice" class="notice" role="status">${this.notice}</div>
    </div>`;
  }

  private t(key: MessageKey, params?: MessageParams): string {
    return translate(this.i18n.catalog, key, params);
  }

  private renderStep(): TemplateResult {
    if (this.status === undefined) {
      return html`<p class="muted">${this.error === undefined ? this.t('status.loading') : ''}</p>`;
    }
    switch (this.step) {
      case 'add':
        return this.renderAdd();
      case 'verify':
        return this.renderVerify();
      case 'questions':
        return this.renderQuestions();
      default:
        return this.renderOverview(this.status);
    }
  }

  private heading(key: MessageKey): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${this.t(key)}</h2>`;
  }

  private methodLabel(method: RegistrationMethodJson): string {
    const key = `register.kind.${method.kind}`;
    return Object.hasOwn(ENGLISH, key)
      ? this.t(key as MessageKey, { hint: method.hint ?? '' }).trim()
      : method.kind;
  }

  private renderOverview(status: RegistrationStatusJson): TemplateResult {
    const canQuestions = this.config?.questions !== undefined;
    return html`
      ${this.heading('register.heading')}
      <p>${this.t('register.intro')}</p>
      <p>${this.t(`register.status.${status.status}`, { count: status.required })}</p>
      ${
        status.methods.length === 0
          ? html`<p>${this.t('register.none')}</p>`
          : html`<ul part="methods" class="methods" aria-label=${this.t('register.list')}>
            ${status.methods.map(
              (method) => html`<li>
                <span>
                  ${this.methodLabel(method)}
                  ${
                    method.source === 'directory'
                      ? html`<span class="source">${this.t('register.fromDirectory')}</span>`
                      : nothing
                  }
                </span>
                ${
                  method.source === 'registered'
                    ? html`<button
                      part="button"
                      type="button"
                      ?disabled=${this.busy}
                      @click=${() => this.onRemove(method)}
                    >
                      ${this.t('action.removeMethod', { method: this.methodLabel(method) })}
                    </button>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
      }
      ${this.renderPasswordField()}
      <div class="actions">
        ${
          status.status === 'needs_reconfirmation'
            ? html`<button
              part="button primary-button"
              class="primary"
              type="button"
              ?disabled=${this.busy}
              @click=${this.onReconfirm}
            >
              ${this.t('action.reconfirm')}
            </button>`
            : nothing
        }
        <button part="button" type="button" @click=${() => this.openAdd('mobile')}>
          ${this.t('action.addPhone')}
        </button>
        <button part="button" type="button" @click=${() => this.openAdd('email')}>
          ${this.t('action.addEmail')}
        </button>
        ${
          canQuestions
            ? html`<button part="button" type="button" @click=${this.openQuestions}>
              ${this.t('action.setQuestions')}
            </button>`
            : nothing
        }
      </div>
    `;
  }

  /** The current password, once the server asked for it (no recent sign-in). */
  private renderPasswordField(): TemplateResult | typeof nothing {
    if (!this.needsPassword) return nothing;
    return html`<div class="field">
      <label part="label" for="current-password">${this.t('change.current')}</label>
      <input
        part="input"
        id="current-password"
        type="password"
        autocomplete="current-password"
        aria-invalid=${this.invalidField === 'current-password' ? 'true' : 'false'}
        aria-describedby=${this.invalidField === 'current-password' ? 'error' : ''}
      />
    </div>`;
  }

  private renderAdd(): TemplateResult {
    const isPhone = this.kind !== 'email';
    return html`
      ${this.heading(isPhone ? 'register.add.heading.mobile' : 'register.add.heading.email')}
      <p>${this.t('register.add.intro')}</p>
      <form part="form" novalidate @submit=${this.onAdd}>
        <div class="field">
          <label part="label" for="value">
            ${this.t(isPhone ? 'confirm.label.phone' : 'confirm.label.email')}
          </label>
          <input
            part="input"
            id="value"
            type=${isPhone ? 'tel' : 'email'}
            autocomplete=${isPhone ? 'tel' : 'email'}
            spellcheck="false"
            required
            .value=${this.value}
            aria-invalid=${this.invalidField === 'value' ? 'true' : 'false'}
            aria-describedby=${[
              isPhone ? 'value-help' : '',
              this.invalidField === 'value' ? 'error' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          />
          ${isPhone ? html`<span class="help" id="value-help">${this.t('confirm.help.phone')}</span>` : nothing}
        </div>
        ${this.renderPasswordField()}
        <div class="actions">
          <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? this.t('status.working') : this.t('action.sendCode')}
          </button>
          <button part="button" type="button" @click=${this.onBack}>${this.t('action.back')}</button>
        </div>
      </form>
    `;
  }

  private renderVerify(): TemplateResult {
    return html`
      ${this.heading('code.heading')}
      <p>${this.t('register.verify.intro', { hint: this.pending?.hint ?? '' })}</p>
      <form part="form" novalidate @submit=${this.onVerify}>
        <div class="field">
          <label part="label" for="code">${this.t('code.label')}</label>
          <input
            part="input"
            id="code"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="8"
            required
            aria-invalid=${this.invalidField === 'code' ? 'true' : 'false'}
            aria-describedby=${this.invalidField === 'code' ? 'error' : ''}
          />
        </div>
        <div class="actions">
          <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? this.t('status.working') : this.t('action.verify')}
          </button>
          <button part="button" type="button" @click=${this.onResend} ?disabled=${this.busy}>
            ${this.t('action.resend')}
          </button>
          <button part="button" type="button" @click=${this.onBack}>${this.t('action.back')}</button>
        </div>
      </form>
    `;
  }

  private renderQuestions(): TemplateResult {
    const questions = this.config?.questions;
    const count = questions?.toRegister ?? 3;
    const options = [
      ...(questions?.predefined ?? []).map((id) => ({
        id,
        text: this.questionTexts?.(id, this.i18n.locale) ?? id,
      })),
      ...(questions?.custom ?? []),
    ];
    return html`
      ${this.heading('register.questions.heading')}
      <p>${this.t('register.questions.intro', { count })}</p>
      <form part="form" novalidate @submit=${this.onSetQuestions}>
        ${Array.from({ length: count }, (_, index) => {
          const number = index + 1;
          return html`<div class="field">
              <label part="label" for=${`question-${index}`}>
                ${this.t('register.questions.question', { number })}
              </label>
              <select id=${`question-${index}`} part="input">
                ${options.map(
                  (option, position) =>
                    html`<option value=${option.id} ?selected=${position === index}>
                      ${option.text}
                    </option>`,
                )}
              </select>
            </div>
            <div class="field">
              <label part="label" for=${`answer-${index}`}>
                ${this.t('register.questions.answer', { number })}
              </label>
              <input
                part="input"
                id=${`answer-${index}`}
                type="text"
                autocomplete="off"
                spellcheck="false"
                required
                aria-invalid=${this.invalidField === `answer-${index}` ? 'true' : 'false'}
                aria-describedby=${this.invalidField === `answer-${index}` ? 'error' : ''}
              />
            </div>`;
        })}
        ${this.renderPasswordField()}
        <div class="actions">
          <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? this.t('status.working') : this.t('action.save')}
          </button>
          <button part="button" type="button" @click=${this.onBack}>${this.t('action.back')}</button>
        </div>
      </form>
    `;
  }

  private renderError(): TemplateResult | typeof nothing {
    return renderShownError(this.error, (key, params) => this.t(key, params));
  }

  private resolveClient(): OpenResetClient | undefined {
    return clientFor(this.client, this.api);
  }

  private async load(): Promise<void> {
    const client = this.resolveClient();
    if (client === undefined) return;
    try {
      const [config, me] = await Promise.all([client.getConfig(), client.getMe()]);
      this.config = config;
      this.status = me.registration;
    } catch (error) {
      this.fail(error);
    }
  }

  private input(id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }

  private focusField(id: string): void {
    this.invalidField = id;
    void this.updateComplete.then(() => this.input(id)?.focus());
  }

  /** `{ currentPassword }` when the user typed it. */
  private reauth(): { currentPassword?: string } {
    const currentPassword = this.input('current-password')?.value ?? '';
    return currentPassword === '' ? {} : { currentPassword };
  }

  private async run(work: (client: OpenResetClient) => Promise<void>): Promise<void> {
    const client = this.resolveClient();
    if (client === undefined || this.busy) return;
    this.hasInteracted = true;
    this.busy = true;
    this.error = undefined;
    this.notice = '';
    try {
      await work(client);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    const code = isClientError(error) ? error.code : 'unknown';
    const status = isClientError(error) ? error.status : 0;
    const shown = shownErrorOf(error, this.i18n.locale);
    if (code === 'below_minimum') {
      shown.params = { count: this.status?.required ?? 1 };
    } else if (code === 'reauthentication_required' || code === 'incorrect_password') {
      this.needsPassword = true;
      this.focusField('current-password');
    } else if (code === 'invalid_value' || code === 'country_not_allowed') {
      this.focusField('value');
    } else if (code === 'invalid_code' || code === 'code_expired' || code === 'too_many_attempts') {
      const input = this.input('code');
      if (input !== null) input.value = '';
      this.focusField('code');
    } else if (code === 'invalid_answers' && isClientError(error)) {
      shown.details = [
        ...new Set(
          (error.answerIssues ?? []).map((issue) => {
            const key = `answer.${issue.code}`;
            return Object.hasOwn(ENGLISH, key) ? this.t(key as MessageKey) : issue.code;
          }),
        ),
      ];
      this.focusField('answer-0');
    }
    this.error = shown;
    emit(this, 'openreset-error', { code, status });
  }

  private openAdd(kind: ContactKind): void {
    this.hasInteracted = true;
    this.kind = kind;
    this.value = '';
    this.error = undefined;
    this.notice = '';
    this.invalidField = undefined;
    this.step = 'add';
  }

  private openQuestions = async (): Promise<void> => {
    this.hasInteracted = true;
    this.questionTexts ??= await loadQuestionTexts();
    this.error = undefined;
    this.notice = '';
    this.invalidField = undefined;
    this.step = 'questions';
  };

  private onBack = (): void => {
    this.hasInteracted = true;
    this.error = undefined;
    this.invalidField = undefined;
    this.step = 'overview';
  };

  private onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = this.input('value')?.value.trim() ?? '';
    if (value === '') {
      this.hasInteracted = true;
      this.error = { key: 'field.required' };
      this.focusField('value');
      return;
    }
    this.value = value;
    void this.run(async (client) => {
      this.pending = await client.addMethod({
        kind: this.kind,
        value,
        locale: this.i18n.locale,
        ...this.reauth(),
      });
      this.invalidField = undefined;
      this.step = 'verify';
    });
  };

  private onResend = (): void => {
    void this.run(async (client) => {
      this.pending = await client.addMethod({
        kind: this.kind,
        value: this.value,
        locale: this.i18n.locale,
        ...this.reauth(),
      });
      this.notice = this.t('code.resent');
    });
  };

  private onVerify = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = (this.input('code')?.value ?? '').replace(/\s+/g, '');
    if (!/^\d{6,8}$/.test(code)) {
      this.hasInteracted = true;
      this.error = { key: code === '' ? 'field.required' : 'error.invalid_code' };
      this.focusField('code');
      return;
    }
    void this.run(async (client) => {
      this.status = await client.verifyMethod({
        kind: this.kind,
        value: this.value,
        code,
        ...this.reauth(),
      });
      this.invalidField = undefined;
      this.step = 'overview';
      this.notice = this.t('register.added');
    });
  };

  private onRemove(method: RegistrationMethodJson): void {
    void this.run(async (client) => {
      this.status = await client.removeMethod(method.id, this.reauth());
      this.notice = this.t('register.removed');
      // The button that had focus is gone: the heading takes it.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  private onReconfirm = (): void => {
    void this.run(async (client) => {
      this.status = await client.reconfirm();
      this.notice = this.t('register.reconfirmed');
    });
  };

  private onSetQuestions = (event: SubmitEvent): void => {
    event.preventDefault();
    const count = this.config?.questions?.toRegister ?? 3;
    const answers: QuestionAnswer[] = [];
    for (let index = 0; index < count; index += 1) {
      const answer = this.input(`answer-${index}`)?.value ?? '';
      if (answer.trim() === '') {
        this.hasInteracted = true;
        this.error = { key: 'field.required' };
        this.focusField(`answer-${index}`);
        return;
      }
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#question-${index}`);
      answers.push({ questionId: select?.value ?? '', answer });
    }
    void this.run(async (client) => {
      this.status = await client.setQuestions({ answers, ...this.reauth() });
      this.invalidField = undefined;
      this.step = 'overview';
      this.notice = this.t('register.questions.saved');
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-register': OpenResetRegister;
  }
}
