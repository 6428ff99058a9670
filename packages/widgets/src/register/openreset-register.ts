import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isClientError } from '../client/client-error.js';
import type {
  AuthenticatorSetup,
  ContactKind,
  PendingVerification,
  QuestionAnswer,
  RegistrationMethodJson,
  RegistrationStatusJson,
  SignInCheckResult,
} from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit } from '../events.js';
import { en, type MessageKey } from '../i18n/locales/en.js';
import { addEnglish, ENGLISH, formatDate } from '../i18n/localize.js';
import { loadQuestionTexts, type QuestionTexts } from '../i18n/question-texts.js';
import { canUsePasskeys, createPasskey, loadWebAuthn } from '../passkeys/passkey-ceremony.js';
import { renderHeader } from '../shared/branding.js';
import { CountdownController } from '../shared/countdown-controller.js';
import { OpenResetElement } from '../shared/openreset-element.js';
import type { ShownError } from '../shared/shown-error.js';
import {
  codeField,
  contactField,
  resendButton,
  resendWaitLine,
  typedCode,
} from '../shared/step-fields.js';
import { registerStyles } from './openreset-register.styles.js';
import { loadQrEncoder, renderQrCode } from './qr-code.js';
import type { QrMatrix } from './qr-matrix.js';

/** The steps of `<openreset-register>`. */
export type RegisterStep =
  | 'overview'
  | 'add'
  | 'verify'
  | 'questions'
  | 'passkey'
  | 'authenticator'
  | 'rename';

/** The longest name of a passkey or an authenticator app (the server refuses longer ones). */
// The element shows most of the catalog: it takes the English one whole.
addEnglish(en);

const NAME_MAX_LENGTH = 64;

/** Kinds the user names, renames, and sees the last use of. */
const NAMED_KINDS: readonly string[] = ['passkey', 'authenticator'];

/** `ABCD EFGH IJKL ...`: a base32 secret in groups of four, easier to read and type. */
function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * Registration of a signed-in user's recovery methods: the status (registered, needs
 * reconfirmation, missing), the methods (from registration and from the directory), add a
 * phone number or an email address (a code checks it), remove one, set security questions
 * (when the policy enables them), and "Looks good" to reconfirm. Passkeys (when the policy
 * enables them and the browser can): add one with a name (the browser's prompt creates it),
 * see when each was added and last used, rename, remove. Authenticator apps: a QR code and
 * the secret as text, then the app's first code and a name; rename, remove. Sensitive changes
 * need a recent sign-in: when the server asks for it, a current-password field appears. The
 * WebAuthn library and the QR encoder are separate chunks, loaded when their step shows.
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
 * @csspart qr - The QR code of an authenticator app's setup (always dark on white).
 * @csspart secret - The authenticator app's secret, as text in groups of four.
 *
 * @cssprop --openreset-primary - Buttons, focus and links. @default the branding's primary color (#1f5fbf)
 * @cssprop --openreset-background - Card background. @default the branding's background color
 * @cssprop --openreset-text - Text color. @default the branding's text color
 * @cssprop --openreset-border - Borders and the lines between methods. @default #767b84
 * @cssprop --openreset-radius - Corner radius. @default 6px
 * @cssprop --openreset-font - Font family. @default system-ui
 *
 * @fires openreset-step - A step is shown: `overview`, `add`, `verify`, `questions`, `passkey`,
 * `authenticator`, `rename`.
 * @fires openreset-error - A call was refused or failed; `detail.code` and `detail.status`.
 * @fires openreset-interrupt-done - `mode="interrupt"`: the user skipped (`detail.skipped`) or
 * is done; the host goes on.
 *
 * @example
 * ```html
 * <openreset-register api="/api/openreset"></openreset-register>
 * <!-- After sign-in, when GET /me/sign-in-check asks to register or reconfirm: -->
 * <openreset-register api="/api/openreset" mode="interrupt"></openreset-register>
 * ```
 */
export class OpenResetRegister extends OpenResetElement<RegisterStep> {
  /** The styles of the element's shadow root. */
  static override styles = registerStyles;

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    mode: {},
    status: { state: true },
    resendCooldown: { type: Number, attribute: 'resend-cooldown' },
    step: { state: true },
    kind: { state: true },
    value: { state: true },
    pending: { state: true },
    needsPassword: { state: true },
    questionTexts: { state: true },
    chosen: { state: true },
    issues: { state: true },
    setup: { state: true },
    qr: { state: true },
    check: { state: true },
    confirming: { state: true },
    renaming: { state: true },
  };

  /**
   * `interrupt`: shown after sign-in when `GET /me/sign-in-check` asks the user to register or
   * reconfirm ("remind me later"): "Skip for now (N left)" postpones it while the policy
   * allows, "Continue" once the methods are registered or confirmed; both fire
   * `openreset-interrupt-done`. Unset: the plain "my account" form.
   */
  mode?: 'interrupt';

  private status?: RegistrationStatusJson;
  /**
   * Seconds after a code was sent before "Send a new code" is offered again (a visible
   * countdown meanwhile), so a code on its way is not replaced at once. @default 30
   */
  resendCooldown = 30;

  protected step: RegisterStep = 'overview';
  /** Until "Send a new code" is offered again. */
  private readonly resendWait = new CountdownController(this);
  private kind: ContactKind = 'mobile';
  private value = '';
  private pending?: PendingVerification;
  private needsPassword = false;
  private questionTexts?: QuestionTexts;
  /** The question chosen in each select: the others do not offer it. */
  private chosen: string[] = [];
  /** The server's answer issues by field id (`question-N`, `answer-N`), shown next to it. */
  private issues: Record<string, string> = {};
  /** The authenticator app being set up (its secret lives only here, until confirmed). */
  private setup?: AuthenticatorSetup;
  private qr?: QrMatrix;
  /** `GET /me/sign-in-check` (interrupt mode): how often the user may still skip. */
  private check?: SignInCheckResult;
  /** The method whose removal the user is asked to confirm. */
  private confirming?: RegistrationMethodJson;
  /** The passkey or authenticator app being renamed. */
  private renaming?: RegistrationMethodJson;
  /** The question ids of the answers last sent, in order (issues name a question). */
  private sent: string[] = [];
  /** The current password the user typed when the server asked for it (see `reauth`). */
  private currentPassword = '';

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.i18n.locale}>
      ${renderHeader(this.config, this, this) ?? nothing} ${this.renderStep()}
      <div part="error" class="error" role="alert" id="error">${this.renderError()}</div>
      <div part="notice" class="notice" role="status">${this.notice}</div>
    </div>`;
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
      case 'passkey':
        return this.renderPasskey();
      case 'authenticator':
        return this.renderAuthenticator();
      case 'rename':
        return this.renderRename();
      default:
        return this.renderOverview(this.status);
    }
  }

  private methodLabel(method: RegistrationMethodJson): string {
    const key = `register.kind.${method.kind}`;
    const kind = Object.hasOwn(ENGLISH, key)
      ? this.t(key as MessageKey, { hint: method.hint ?? '' }).trim()
      : method.kind;
    return method.name === undefined || method.name === ''
      ? kind
      : this.t('register.named', { method: kind, name: method.name });
  }

  /** "Added 3 Nov 2026. Last used 20 Nov 2026." for a passkey or an authenticator app. */
  private renderUse(method: RegistrationMethodJson): TemplateResult | typeof nothing {
    if (!NAMED_KINDS.includes(method.kind) || method.verifiedAt === undefined) return nothing;
    const created = formatDate(this.i18n.locale, method.verifiedAt);
    const text =
      method.lastUsedAt === undefined || method.lastUsedAt === null
        ? this.t('register.use.never', { created })
        : this.t('register.use.last', {
            created,
            lastUsed: formatDate(this.i18n.locale, method.lastUsedAt),
          });
    return html`<span class="source">${text}</span>`;
  }

  /**
   * Rename and Remove for a registered method. No Remove on the only method (the user would
   * be left with nothing to reset with); Remove asks first ({@link renderConfirmRemove}).
   */
  private methodButtons(
    method: RegistrationMethodJson,
    status: RegistrationStatusJson,
  ): TemplateResult | typeof nothing {
    if (method.source !== 'registered') return nothing;
    if (this.confirming?.id === method.id) return this.renderConfirmRemove(method);
    const label = this.methodLabel(method);
    const removable = status.methods.length > 1;
    return html`<span class="method-actions">
      ${
        NAMED_KINDS.includes(method.kind)
          ? html`<button
            part="button"
            type="button"
            ?disabled=${this.busy}
            @click=${() => this.openRename(method)}
          >
            ${this.t('action.renameMethod', { method: label })}
          </button>`
          : nothing
      }
      ${
        removable
          ? html`<button
            part="button"
            type="button"
            data-remove=${method.id}
            ?disabled=${this.busy}
            @click=${() => this.askRemove(method)}
          >
            ${this.t('action.removeMethod', { method: label })}
          </button>`
          : nothing
      }
    </span>`;
  }

  /** "Remove Email a•••@example.org? ..." with "Yes, remove it" and "Keep it" (focused). */
  private renderConfirmRemove(method: RegistrationMethodJson): TemplateResult {
    return html`<span part="confirm-remove" class="confirm-remove" role="group" aria-labelledby="confirm-remove-text">
      <span id="confirm-remove-text">
        ${this.t('register.remove.confirm', { method: this.methodLabel(method) })}
      </span>
      <span class="method-actions">
        <button part="button" type="button" ?disabled=${this.busy} @click=${() => this.onRemove(method)}>
          ${this.t('action.confirmRemove')}
        </button>
        <button part="button" type="button" id="keep-method" @click=${this.onKeep}>
          ${this.t('action.keepMethod')}
        </button>
      </span>
    </span>`;
  }

  private renderOverview(status: RegistrationStatusJson): TemplateResult {
    const canQuestions = this.config?.questions !== undefined;
    return html`
      ${this.heading(this.t('register.heading'))}
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
                  ${this.renderUse(method)}
                </span>
                ${this.methodButtons(method, status)}
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
        ${this.renderInterruptActions(status)}
        ${this.button(this.t('action.addPhone'), () => this.openAdd('mobile'), false)}
        ${this.button(this.t('action.addEmail'), () => this.openAdd('email'), false)}
        ${canQuestions ? this.button(this.t('action.setQuestions'), this.openQuestions, false) : nothing}
        ${
          this.offers('passkey') && canUsePasskeys()
            ? this.button(this.t('action.addPasskey'), this.openPasskey, false)
            : nothing
        }
        ${
          this.offers('authenticatorApp')
            ? this.button(this.t('action.setupAuthenticator'), this.onSetupAuthenticator)
            : nothing
        }
      </div>
    `;
  }

  /** Interrupt mode: "Continue" once registered, else "Skip for now (N left)" while allowed. */
  private renderInterruptActions(status: RegistrationStatusJson): TemplateResult | typeof nothing {
    if (this.mode !== 'interrupt') return nothing;
    if (status.status === 'registered') {
      return html`<button
        part="button primary-button"
        class="primary"
        type="button"
        @click=${() => this.finish(false, this.check?.postponesLeft ?? 0)}
      >
        ${this.t('action.continue')}
      </button>`;
    }
    const left = this.check?.postponesLeft ?? 0;
    return left > 0
      ? this.button(this.t('action.skipForNow', { count: left }), this.onSkip)
      : nothing;
  }

  /** Tells the host the interrupt is over. */
  private finish(skipped: boolean, postponesLeft: number): void {
    emit(this, 'openreset-interrupt-done', { skipped, postponesLeft });
  }

  /**
   * The current password, once the server asked for it (no recent sign-in), until one was
   * typed: it is then sent with every change, across steps (setting up an app takes two
   * calls), and asked again only if the server refuses it.
   */
  private renderPasswordField(): TemplateResult | typeof nothing {
    if (!this.needsPassword || this.currentPassword !== '') return nothing;
    return this.field(
      'current-password',
      this.t('change.current'),
      html`<input
        part="input"
        id="current-password"
        type="password"
        autocomplete="current-password"
        aria-invalid=${this.invalidAttr('current-password')}
        aria-describedby=${this.describedBy('current-password')}
      />`,
    );
  }

  private renderAdd(): TemplateResult {
    const isPhone = this.kind !== 'email';
    return html`
      ${this.heading(this.t(isPhone ? 'register.add.heading.mobile' : 'register.add.heading.email'))}
      <p>${this.t('register.add.intro')}</p>
      <form part="form" novalidate @submit=${this.onAdd}>
        ${contactField(
          this.fieldsHost,
          'value',
          this.t(isPhone ? 'confirm.label.phone' : 'confirm.label.email'),
          isPhone ? 'phone' : 'email',
          this.value,
        )}
        ${this.renderPasswordField()}
        ${this.actions(this.t('action.sendCode'), this.backButton())}
      </form>
    `;
  }

  /** Whether the policy enables the method `type` (`GET /config`). */
  private offers(type: string): boolean {
    return (this.config?.methods as readonly string[] | undefined)?.includes(type) === true;
  }

  /** A name for a passkey or an authenticator app (1 to 64 characters). */
  private nameField(id: string, label: string, value = ''): TemplateResult {
    return this.field(
      id,
      label,
      html`<input
        part="input"
        id=${id}
        type="text"
        autocomplete="off"
        maxlength=${NAME_MAX_LENGTH}
        required
        .value=${value}
        aria-invalid=${this.invalidAttr(id)}
        aria-describedby=${this.describedBy(id, `${id}-help`)}
      />`,
      this.t('register.name.help'),
    );
  }

  private renderPasskey(): TemplateResult {
    return html`
      ${this.heading(this.t('register.passkey.heading'))}
      <p>${this.t('register.passkey.intro')}</p>
      <form part="form" novalidate @submit=${this.onAddPasskey}>
        ${this.nameField('passkey-name', this.t('register.passkey.name'))}
        ${this.renderPasswordField()}
        ${this.actions(this.t('action.createPasskey'), this.backButton())}
      </form>
    `;
  }

  private renderAuthenticator(): TemplateResult {
    const setup = this.setup;
    const secret = groupSecret(setup?.secret ?? '');
    return html`
      ${this.heading(this.t('register.authenticator.heading'))}
      <ol class="setup-steps">
        <li>
          <p>${this.t('register.authenticator.scan')}</p>
          ${
            this.qr === undefined
              ? html`<p class="muted">${this.t('status.loading')}</p>`
              : renderQrCode(this.qr, this.t('register.authenticator.qr'))
          }
        </li>
        <li>
          <p>${this.t('register.authenticator.key')}</p>
          <p class="secret-row">
            <code part="secret" class="secret">${secret}</code>
            ${this.button(this.t('action.copyKey'), this.onCopySecret, false)}
          </p>
        </li>
        <li>
          <form part="form" novalidate @submit=${this.onAddAuthenticator}>
            <p>${this.t('register.authenticator.confirm')}</p>
            ${codeField(this.fieldsHost, {
              class: 'code-input',
              pattern: '[0-9]*',
              maxlength: 6,
              label: this.t('authenticator.label'),
            })}
            ${this.nameField('authenticator-name', this.t('register.authenticator.name'))}
            ${this.renderPasswordField()}
            ${this.actions(this.t('action.confirm'), this.backButton())}
          </form>
        </li>
      </ol>
    `;
  }

  private renderRename(): TemplateResult {
    const method = this.renaming;
    const label = method === undefined ? '' : this.methodLabel(method);
    return html`
      ${this.heading(this.t('register.rename.heading', { method: label }))}
      <form part="form" novalidate @submit=${this.onRename}>
        ${this.nameField('method-name', this.t('register.rename.name'), method?.name ?? '')}
        ${this.renderPasswordField()}
        ${this.actions(this.t('action.save'), this.backButton())}
      </form>
    `;
  }

  private renderVerify(): TemplateResult {
    return html`
      ${this.heading(this.t('code.heading'))}
      <p>${this.t('register.verify.intro', { hint: this.pending?.hint ?? '' })}</p>
      <form part="form" novalidate @submit=${this.onVerify}>
        ${codeField(this.fieldsHost)}
        ${this.actions(
          this.t('action.verify'),
          resendButton(this.fieldsHost, this.resendWait, this.onResend),
          this.backButton(),
        )}
        ${resendWaitLine(this.fieldsHost, this.resendWait)}
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
    const chosen = this.chosen.length > 0 ? this.chosen : options.slice(0, count).map((o) => o.id);
    return html`
      ${this.heading(this.t('register.questions.heading'))}
      <p>${this.t('register.questions.intro', { count })}</p>
      <form part="form" novalidate @submit=${this.onSetQuestions}>
        ${Array.from({ length: count }, (_, index) => {
          const number = index + 1;
          const question = `question-${index}`;
          const answer = `answer-${index}`;
          return html`${this.field(
            question,
            this.t('register.questions.question', { number }),
            html`<select
                id=${question}
                part="input"
                aria-invalid=${this.issueInvalid(question)}
                aria-describedby=${this.issueDescribedBy(question)}
                @change=${(event: Event) => {
                  const next = [...chosen];
                  next[index] = (event.target as HTMLSelectElement).value;
                  this.chosen = next;
                }}
              >
                ${options.map(
                  (option, position) =>
                    html`<option
                      value=${option.id}
                      ?selected=${position === index}
                      ?disabled=${chosen.some((id, other) => id === option.id && other !== index)}
                    >
                      ${option.text}
                    </option>`,
                )}
              </select>
              ${this.renderIssue(question)}`,
          )}
          ${this.field(
            answer,
            this.t('register.questions.answer', { number }),
            html`<input
                part="input"
                id=${answer}
                type="text"
                autocomplete="off"
                spellcheck="false"
                required
                aria-invalid=${this.issueInvalid(answer)}
                aria-describedby=${this.issueDescribedBy(answer)}
              />
              ${this.renderIssue(answer)}`,
          )}`;
        })}
        ${this.renderPasswordField()}
        ${this.actions(this.t('action.save'), this.backButton())}
      </form>
    `;
  }

  /** The server's words about the field `id`, below it. */
  private renderIssue(id: string): TemplateResult | typeof nothing {
    const text = this.issues[id];
    return text === undefined
      ? nothing
      : html`<span class="issue" id=${`${id}-issue`}>${text}</span>`;
  }

  private issueInvalid(id: string): 'true' | 'false' {
    return this.issues[id] === undefined ? this.invalidAttr(id) : 'true';
  }

  private issueDescribedBy(id: string): string {
    return this.describedBy(id, this.issues[id] === undefined ? '' : `${id}-issue`);
  }

  private backButton(): TemplateResult {
    return this.button(this.t('action.back'), this.onBack, false);
  }

  /** `GET /config`, the user's registration status and, in interrupt mode, the sign-in check. */
  protected override async load(client: OpenResetClient): Promise<void> {
    const [config, me, check] = await Promise.all([
      client.getConfig(),
      client.getMe(),
      this.mode === 'interrupt' ? client.signInCheck() : undefined,
    ]);
    this.config = config;
    this.status = me.registration;
    this.check = check;
  }

  /** `{ currentPassword }` once the user typed it. */
  private reauth(): { currentPassword?: string } {
    const typed = this.input('current-password')?.value ?? '';
    if (typed !== '') this.currentPassword = typed;
    return this.currentPassword === '' ? {} : { currentPassword: this.currentPassword };
  }

  protected override explain(code: string, error: unknown, shown: ShownError): void {
    const nameField =
      this.step === 'passkey'
        ? 'passkey-name'
        : this.step === 'authenticator'
          ? 'authenticator-name'
          : 'method-name';
    if (code === 'invalid_name') {
      this.focusField(nameField);
    } else if (code === 'code_expired' && this.step === 'authenticator') {
      // The enrolment ran out: its secret is no good any more; the user sets up again.
      shown.key = 'register.authenticator.expired';
      this.setup = undefined;
      this.qr = undefined;
      this.step = 'overview';
    } else if (code === 'too_many_methods') {
      shown.key =
        this.step === 'authenticator'
          ? 'register.authenticator.tooMany'
          : 'register.passkey.tooMany';
    } else if (code === 'below_minimum') {
      shown.params = { count: this.status?.required ?? 1 };
    } else if (code === 'reauthentication_required' || code === 'incorrect_password') {
      this.currentPassword = '';
      this.needsPassword = true;
      this.focusField('current-password');
    } else if (code === 'invalid_value' || code === 'country_not_allowed') {
      this.focusField('value');
    } else if (code === 'invalid_code' || code === 'code_expired' || code === 'too_many_attempts') {
      // An app's code cannot be sent again: "ask for a new one" would not help.
      if (code === 'too_many_attempts' && this.step === 'authenticator') {
        shown.key = 'authenticator.tooManyAttempts';
      }
      this.clearField('code');
    } else if (code === 'invalid_answers' && isClientError(error)) {
      // Each issue goes next to its own field: the question's select or the answer.
      shown.key = 'register.questions.invalid';
      const issues: Record<string, string> = {};
      for (const { questionId, code: issue } of error.answerIssues ?? []) {
        const isQuestion = issue === 'unknown_question' || issue === 'duplicate_question';
        const index =
          issue === 'duplicate_question'
            ? this.sent.lastIndexOf(questionId)
            : this.sent.indexOf(questionId);
        const id = `${isQuestion ? 'question' : 'answer'}-${index}`;
        const key = `answer.${issue}`;
        const text = Object.hasOwn(ENGLISH, key) ? this.t(key as MessageKey) : issue;
        issues[id] = issues[id] === undefined ? text : `${issues[id]} ${text}`;
      }
      this.issues = issues;
      // The summary stays in the error region; each field carries its own issue.
      this.focusOn(Object.keys(issues)[0] ?? 'answer-0');
    }
  }

  private openAdd(kind: ContactKind): void {
    this.kind = kind;
    this.value = '';
    this.notice = '';
    this.show('add');
  }

  private openPasskey = (): void => {
    // The library loads while the user types a name; the button waits for it anyway.
    void loadWebAuthn().catch(() => undefined);
    this.notice = '';
    this.show('passkey');
  };

  private openRename(method: RegistrationMethodJson): void {
    this.renaming = method;
    this.notice = '';
    this.show('rename');
  }

  private openQuestions = async (): Promise<void> => {
    this.hasInteracted = true;
    this.questionTexts = await loadQuestionTexts(this.i18n.locale);
    this.chosen = [];
    this.issues = {};
    this.notice = '';
    this.show('questions');
  };

  private onBack = (): void => {
    this.setup = undefined;
    this.qr = undefined;
    this.show('overview');
  };

  /** `POST /me/passkeys/options`, the browser's prompt, then `POST /me/passkeys`. */
  private onAddPasskey = (event: SubmitEvent): void => {
    event.preventDefault();
    const name = this.required('passkey-name');
    if (name === undefined) return;
    void this.run(async (client) => {
      const { publicKey } = await client.passkeyOptions(this.reauth());
      const credential = await createPasskey(publicKey);
      this.status = await client.addPasskey({ name, credential, ...this.reauth() });
      this.invalidField = undefined;
      this.step = 'overview';
      this.notice = this.t('register.passkey.added');
    });
  };

  /** `POST /me/authenticators/setup`, then the QR code (its encoder loads meanwhile). */
  private onSetupAuthenticator = (): void => {
    const encoder = loadQrEncoder();
    void this.run(async (client) => {
      const setup = await client.setupAuthenticator(this.reauth());
      this.setup = setup;
      this.qr = undefined;
      this.invalidField = undefined;
      this.step = 'authenticator';
      this.qr = (await encoder).encodeQrMatrix(setup.uri);
    });
  };

  private onCopySecret = (): void => {
    const secret = this.setup?.secret;
    if (secret === undefined) return;
    navigator.clipboard.writeText(secret).then(
      () => {
        this.notice = this.t('register.authenticator.copied');
      },
      () => {
        // No clipboard (permissions, an old browser): select the key for a manual copy.
        const code = this.renderRoot.querySelector('.secret');
        if (code !== null) getSelection()?.selectAllChildren(code);
        this.notice = this.t('register.authenticator.copyFailed');
      },
    );
  };

  /** `POST /me/authenticators`: the app's first code proves it holds the secret. */
  private onAddAuthenticator = (event: SubmitEvent): void => {
    event.preventDefault();
    const setup = this.setup;
    if (setup === undefined) return;
    const code = typedCode(this.fieldsHost);
    if (code === undefined) return;
    const name = this.required('authenticator-name');
    if (name === undefined) return;
    void this.run(async (client) => {
      this.status = await client.addAuthenticator({
        enrolmentToken: setup.enrolmentToken,
        code,
        name,
        ...this.reauth(),
      });
      this.setup = undefined;
      this.qr = undefined;
      this.invalidField = undefined;
      this.step = 'overview';
      this.notice = this.t('register.authenticator.added');
    });
  };

  private onRename = (event: SubmitEvent): void => {
    event.preventDefault();
    const method = this.renaming;
    if (method === undefined) return;
    const name = this.required('method-name');
    if (name === undefined) return;
    void this.run(async (client) => {
      this.status = await client.renameMethod(method.id, { name, ...this.reauth() });
      this.renaming = undefined;
      this.invalidField = undefined;
      this.step = 'overview';
      this.notice = this.t('register.renamed');
    });
  };

  private onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = this.required('value');
    if (value === undefined) return;
    this.value = value;
    void this.run(async (client) => {
      this.pending = await client.addMethod({
        kind: this.kind,
        value,
        locale: this.i18n.locale,
        ...this.reauth(),
      });
      this.resendWait.start(this.resendCooldown);
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
      this.resendWait.start(this.resendCooldown);
      this.notice = this.t('code.resent');
    });
  };

  private onVerify = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = typedCode(this.fieldsHost);
    if (code === undefined) return;
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

  /** Remove was pressed: ask first, with focus on "Keep it". */
  private askRemove(method: RegistrationMethodJson): void {
    this.hasInteracted = true;
    this.notice = '';
    this.confirming = method;
    this.focusOn('keep-method');
  }

  /** "Keep it": nothing changes; focus goes back to the method's Remove button. */
  private onKeep = (): void => {
    const method = this.confirming;
    this.confirming = undefined;
    if (method !== undefined) {
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`[data-remove="${CSS.escape(method.id)}"]`)
          ?.focus(),
      );
    }
  };

  private onRemove(method: RegistrationMethodJson): void {
    void this.run(async (client) => {
      this.status = await client.removeMethod(method.id, this.reauth());
      this.confirming = undefined;
      this.notice = this.t('register.removed');
      // The button that had focus is gone: the heading takes it.
      await this.updateComplete;
      this.focusHeading();
    });
  }

  /** "Skip for now": `POST /me/sign-in-check/postpone`, then the host goes on. */
  private onSkip = (): void => {
    void this.run(async (client) => {
      const { postponesLeft } = await client.postponeSignInCheck();
      this.check = { ...(this.check ?? { action: 'register' }), postponesLeft };
      this.finish(true, postponesLeft);
    });
  };

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
    this.issues = {};
    for (let index = 0; index < count; index += 1) {
      const answer = this.input(`answer-${index}`)?.value ?? '';
      if (answer.trim() === '') {
        this.refuse(`answer-${index}`, { key: 'field.required' });
        return;
      }
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#question-${index}`);
      answers.push({ questionId: select?.value ?? '', answer });
    }
    this.sent = answers.map((answer) => answer.questionId);
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
