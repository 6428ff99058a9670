import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { emit } from '../events.js';
import { en } from '../i18n/locales/en.js';
import { addEnglish } from '../i18n/localize.js';
import { renderHeader } from '../shared/branding.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import { OpenResetElement } from '../shared/openreset-element.js';
import type { ShownError } from '../shared/shown-error.js';
import { changeStyles } from './openreset-change.styles.js';

/** The steps of `<openreset-change>`. */
export type ChangeStep = 'form' | 'done';

// The password fields' rules and refusals span the catalog: the element takes English whole.
addEnglish(en);

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
 * @fires openreset-cancel - The user pressed Cancel: the form was emptied (the host decides what else that means).
 *
 * @example
 * ```html
 * <openreset-change api="/api/openreset" username="ada" expired></openreset-change>
 * ```
 */
export class OpenResetChange extends OpenResetElement<ChangeStep> {
  /** The styles of the element's shadow root. */
  static override styles = changeStyles;

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    expired: { type: Boolean, reflect: true },
    username: {},
    step: { state: true },
  };

  /** The password has expired: say so (the flow is the same). */
  expired = false;

  /** The signed-in username, for password managers (a hidden `autocomplete=username` field). */
  username?: string;

  protected step: ChangeStep = 'form';
  private readonly passwords = new NewPasswordController(this);

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.i18n.locale}>
      ${renderHeader(this.config, this, this) ?? nothing}
      ${this.step === 'done' ? this.renderDone() : this.renderForm()}
      <div part="error" class="error" role="alert" id="error">${this.renderError()}</div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const expired = this.expired;
    return html`
      ${this.heading(this.t(expired ? 'change.heading.expired' : 'change.heading'))}
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
        ${this.passwords.field(
          {
            id: 'current-password',
            label: this.t('change.current'),
            autocomplete: 'current-password',
            error: this.fieldError,
          },
          '',
          () => {},
        )}
        ${this.passwords.render(this.t, this.config, this.fieldError)}
        ${this.actions(
          this.t('action.changePassword'),
          this.button(this.t('action.cancel'), this.onCancel),
        )}
      </form>
    `;
  }

  private renderDone(): TemplateResult {
    return html`
      ${this.heading(this.t('change.done.heading'))}
      <p>${this.t('change.done.next')}</p>
    `;
  }

  protected override explain(code: string, error: unknown, shown: ShownError): void {
    if (this.passwords.explainRefusal(this.t, error, shown)) {
      this.focusField('new-password');
    } else if (code === 'incorrect_password') {
      this.clearField('current-password');
    }
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.hasInteracted = true;
    const currentPassword = this.input('current-password')?.value ?? '';
    if (currentPassword === '') {
      this.refuse('current-password', { key: 'field.required' });
      return;
    }
    if (this.refused(this.passwords.check(this.t, this.config))) return;
    const newPassword = this.passwords.password;
    void this.run(async (client) => {
      await client.changePassword({ currentPassword, newPassword });
      this.passwords.clear();
      this.invalidField = undefined;
      // The password is no longer expired: the host's `expired` attribute goes too.
      this.expired = false;
      this.step = 'done';
      emit(this, 'openreset-success', { intent: 'change' });
    });
  };

  /** Empties the form and its messages (back to the start), then tells the host. */
  private onCancel = (): void => {
    const current = this.input('current-password');
    if (current !== null) current.value = '';
    this.passwords.clear();
    this.notice = '';
    this.show('form');
    emit(this, 'openreset-cancel', {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-change': OpenResetChange;
  }
}
