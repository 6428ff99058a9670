import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isClientError } from '../client/client-error.js';
import type { PublicConfig } from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { MessageKey } from '../i18n/locales/en.js';
import { issueKey, type MessageParams, translate } from '../i18n/localize.js';
import {
  applyBranding,
  lengthIssue,
  type PasswordRulesInput,
  passwordRulesOf,
  renderHeader,
  renderPasswordRules,
} from '../shared/password-rules.js';
import {
  clientFor,
  renderShownError,
  type ShownError,
  shownErrorOf,
} from '../shared/shown-error.js';
import { changeStyles } from './openreset-change.styles.js';

/** The steps of `<openreset-change>`. */
export type ChangeStep = 'form' | 'done';

/**
 * Password change for a signed-in user: current password, new password and confirmation,
 * with live feedback from the rules in `GET /config` and the server's issues. In `expired`
 * mode it says the password has expired (the host shows it when `GET /me` says
 * `passwordChange.required`). Calls `POST /me/password`, so the client must be signed in
 * (the host's session cookie, or a `headers` option with a bearer token).
 *
 * @summary Change the password, also when it has expired.
 *
 * @csspart base - The card around everything.
 * @csspart header - The organization's logo and name.
 * @csspart logo - The logo image.
 * @csspart org-name - The organization's name.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart label - Field labels.
 * @csspart input - The password fields.
 * @csspart button - Every button.
 * @csspart primary-button - The submit button.
 * @csspart error - The error message (an assertive live region).
 * @csspart rules - The live password rules.
 *
 * @cssprop --openreset-primary - Buttons, focus and links. @default the branding's primary color (#1f5fbf)
 * @cssprop --openreset-background - Card background. @default the branding's background color
 * @cssprop --openreset-text - Text color. @default the branding's text color
 * @cssprop --openreset-error - Error text. @default #b3261e
 * @cssprop --openreset-radius - Corner radius. @default 6px
 * @cssprop --openreset-font - Font family. @default system-ui
 *
 * @fires openreset-step - `form` or `done` is shown.
 * @fires openreset-success - The password was changed; `detail.intent` is `change`.
 * @fires openreset-error - The change was refused; `detail.code` and `detail.status`.
 * @fires openreset-cancel - The user pressed Cancel (the host decides what that means).
 *
 * @example
 * ```html
 * <openreset-change api="/api/openreset" username="ada" expired></openreset-change>
 * ```
 */
export class OpenResetChange extends LitElement {
  static override styles = changeStyles;

  /** Base URL of the OpenReset HTTP API. */
  @property() api?: string;

  /** The client to talk through; wins over `api`. */
  @property({ attribute: false }) client?: OpenResetClient;

  /** `en`, `nl`, `de`, `fr` or `es`. @default the page's `lang`, else the browser's, else `en` */
  @property() locale?: string;

  /** The password has expired: say so (the flow is the same). */
  @property({ type: Boolean, reflect: true }) expired = false;

  /** The signed-in username, for password managers (a hidden `autocomplete=username` field). */
  @property() username?: string;

  /** `light`, `dark` or `auto`. @default "auto" */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides the organization name of `GET /config`. */
  @property({ attribute: 'org-name' }) orgName?: string;

  /** Overrides the logo of `GET /config`. */
  @property({ attribute: 'logo-url' }) logoUrl?: string;

  /** Overrides the primary color of `GET /config`. */
  @property({ attribute: 'primary-color' }) primaryColor?: string;

  @state() private config?: PublicConfig;
  private readonly i18n = new LocaleController(this);
  @state() private step: ChangeStep = 'form';
  @state() private newPassword = '';
  @state() private confirmPassword = '';
  @state() private showPasswords = false;
  @state() private error?: ShownError;
  @state() private busy = false;
  @state() private invalidField?: string;

  private hasInteracted = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.i18n.resolve(this.locale);
    if (changed.has('client') || changed.has('api')) void this.loadConfig();
  }

  protected override updated(changed: PropertyValues<this>): void {
    applyBranding(this, this.config, this.primaryColor);
    if (changed.has('step' as keyof OpenResetChange)) {
      if (this.hasInteracted) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
      emit(this, 'openreset-step', { step: this.step });
    }
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.i18n.locale}>
      ${renderHeader(this.config, this) ?? nothing}
      ${this.step === 'done' ? this.renderDone() : this.renderForm()}
      <div part="error" class="error" role="alert" id="error">${this.renderError()}</div>
    </div>`;
  }

  private t(key: MessageKey, params?: MessageParams): string {
    return translate(this.i18n.catalog, key, params);
  }

  private get rulesInput(): PasswordRulesInput {
    return {
      password: this.newPassword,
      confirmation: this.confirmPassword,
      ...passwordRulesOf(this.config),
    };
  }

  private describedBy(id: string, extra = ''): string {
    return [extra, this.invalidField === id ? 'error' : ''].filter(Boolean).join(' ');
  }

  private passwordField(
    id: string,
    label: MessageKey,
    autocomplete: string,
    value: string,
    onInput: (value: string) => void,
    describedBy = '',
  ): TemplateResult {
    return html`<div class="field">
      <label part="label" for=${id}>${this.t(label)}</label>
      <input
        part="input"
        id=${id}
        type=${this.showPasswords ? 'text' : 'password'}
        autocomplete=${autocomplete}
        required
        .value=${value}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
        aria-invalid=${this.invalidField === id ? 'true' : 'false'}
        aria-describedby=${this.describedBy(id, describedBy)}
      />
    </div>`;
  }

  private renderForm(): TemplateResult {
    const expired = this.expired;
    return html`
      <h2 part="heading" tabindex="-1">
        ${this.t(expired ? 'change.heading.expired' : 'change.heading')}
      </h2>
      <p>${this.t(expired ? 'change.intro.expired' : 'change.intro')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${
          this.username === undefined
            ? nothing
            : html`<input
              type="text"
              name="username"
              autocomplete="username"
              hidden
              .value=${this.username}
            />`
        }
        ${this.passwordField('current-password', 'change.current', 'current-password', '', () => {})}
        ${this.passwordField(
          'new-password',
          'password.new',
          'new-password',
          this.newPassword,
          (value) => {
            this.newPassword = value;
          },
          'password-rules',
        )}
        ${this.passwordField(
          'confirm-password',
          'password.confirm',
          'new-password',
          this.confirmPassword,
          (value) => {
            this.confirmPassword = value;
          },
        )}
        <label class="choice">
          <input
            type="checkbox"
            .checked=${this.showPasswords}
            @change=${(event: Event) => {
              this.showPasswords = (event.target as HTMLInputElement).checked;
            }}
          />
          <span>${this.t('password.show')}</span>
        </label>
        ${renderPasswordRules((key, params) => this.t(key, params), this.rulesInput)}
        <div class="actions">
          <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? this.t('status.working') : this.t('action.changePassword')}
          </button>
          <button part="button" type="button" @click=${this.onCancel} ?disabled=${this.busy}>
            ${this.t('action.cancel')}
          </button>
        </div>
      </form>
    `;
  }

  private renderDone(): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${this.t('change.done.heading')}</h2>
      <p>${this.t('change.done.next')}</p>
    `;
  }

  private renderError(): TemplateResult | typeof nothing {
    return renderShownError(this.error, (key, params) => this.t(key, params));
  }

  private resolveClient(): OpenResetClient | undefined {
    return clientFor(this.client, this.api);
  }

  private async loadConfig(): Promise<void> {
    const client = this.resolveClient();
    if (client === undefined) return;
    try {
      this.config = await client.getConfig();
    } catch (error) {
      this.fail(error);
    }
  }

  private focusField(id: string): void {
    this.invalidField = id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.focus(),
    );
  }

  private fail(error: unknown): void {
    const code = isClientError(error) ? error.code : 'unknown';
    const status = isClientError(error) ? error.status : 0;
    const shown = shownErrorOf(error, this.i18n.locale);
    if (code === 'password_rejected' && isClientError(error)) {
      shown.details = (error.issues ?? []).flatMap((issue) => {
        const key = issueKey(issue.code);
        return key === undefined ? [] : [this.t(key, issue as unknown as MessageParams)];
      });
      this.focusField('new-password');
    } else if (code === 'directory_error' && isClientError(error)) {
      if (error.directoryCode === 'password_policy') {
        shown.key = 'error.directory.password_policy';
        this.focusField('new-password');
      }
    } else if (code === 'incorrect_password') {
      const current = this.renderRoot.querySelector<HTMLInputElement>('#current-password');
      if (current !== null) current.value = '';
      this.focusField('current-password');
    }
    this.error = shown;
    emit(this, 'openreset-error', { code, status });
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.hasInteracted = true;
    const currentPassword =
      this.renderRoot.querySelector<HTMLInputElement>('#current-password')?.value ?? '';
    if (currentPassword === '') {
      this.error = { key: 'field.required' };
      this.focusField('current-password');
      return;
    }
    const issue = lengthIssue((key, params) => this.t(key, params), this.rulesInput);
    if (issue !== undefined) {
      this.error = { key: 'error.password_rejected', details: [issue] };
      this.focusField('new-password');
      return;
    }
    if (this.newPassword !== this.confirmPassword) {
      this.error = { key: 'password.mismatch' };
      this.focusField('confirm-password');
      return;
    }
    const client = this.resolveClient();
    if (client === undefined || this.busy) return;
    const newPassword = this.newPassword;
    this.busy = true;
    this.error = undefined;
    void client
      .changePassword({ currentPassword, newPassword })
      .then(() => {
        this.newPassword = '';
        this.confirmPassword = '';
        this.invalidField = undefined;
        this.step = 'done';
        emit(this, 'openreset-success', { intent: 'change' });
      })
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.busy = false;
      });
  };

  private onCancel = (): void => {
    emit(this, 'openreset-cancel', {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-change': OpenResetChange;
  }
}
