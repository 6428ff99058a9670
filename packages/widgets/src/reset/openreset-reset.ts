import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientError, ClientErrorCode, isClientError } from '../client/client-error.js';
import type { FlowMethodView, FlowView, MethodType } from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit, ResetStep } from '../events.js';
import { formatCountdown } from '../i18n/localize.js';
import type { QuestionTexts } from '../i18n/question-texts.js';
import { renderHeader } from '../shared/branding.js';
import { CountdownController } from '../shared/countdown-controller.js';
import { lazyModule } from '../shared/lazy-module.js';
import type { NewPasswordController } from '../shared/new-password-controller.js';
import { OpenResetElement } from '../shared/openreset-element.js';
import { type ShownError, shownErrorOf } from '../shared/shown-error.js';
import { resetStyles } from './openreset-reset.styles.js';

/** Seconds after a send before the first delivery check, and between checks. */
const DELIVERY_FIRST_CHECK = 3;
const DELIVERY_CHECK_EVERY = 10;

const PHONE_METHODS: readonly MethodType[] = ['mobileSms', 'mobileVoice', 'officeVoice'];

type LaterSteps = typeof import('./later-steps.js');

/** Loads the code of the steps after the first (`later-steps.ts`, a chunk of its own). */
const loadLaterSteps = lazyModule(() => import('./later-steps.js'));

/**
 * "Can't access your account?": reset a forgotten password or unlock a locked account.
 *
 * The user identifies, chooses a method, confirms the full phone number or address the masked
 * hint stands for, types the code (or answers security questions, uses a passkey, or types an
 * authenticator app's code), and sets a new password with live feedback from the server's
 * rules; two gates when the policy asks. When the server says the next gate must be a passkey
 * or an authenticator app (MFA-aware recovery), the method step says so and offers only those.
 * The WebAuthn library is a separate chunk, loaded when the passkey step shows. Every step moves
 * focus to its heading; errors are announced; Enter submits; it works by keyboard alone.
 * Branding (organization name, logo, colors) comes from `GET /config`, overridden by the
 * attributes and by the CSS custom properties.
 *
 * @summary Self-service password reset and account unlock.
 *
 * @slot captcha - A human check shown on the first step (Turnstile, hCaptcha); set
 * `captchaToken` when it completes. ALTCHA needs nothing: the element solves it.
 *
 * @csspart base - The card around everything.
 * @csspart header - The organization's logo and name.
 * @csspart logo - The logo image.
 * @csspart org-name - The organization's name.
 * @csspart heading - Each step's heading.
 * @csspart form - Each step's form.
 * @csspart label - Field labels.
 * @csspart input - Text, email, phone, code and password fields.
 * @csspart button - Every button.
 * @csspart primary-button - The button that submits the step.
 * @csspart error - The error message (an assertive live region).
 * @csspart notice - Status messages (a polite live region).
 * @csspart rules - The live password rules.
 * @csspart footer - The helpdesk link.
 * @csspart captcha-progress - The progress of the ALTCHA proof of work (when `GET /config`
 * asks for ALTCHA, the element solves it with Web Crypto in a lazily loaded module).
 *
 * @cssprop --openreset-primary - Buttons, focus and links. @default the branding's primary color (#1f5fbf)
 * @cssprop --openreset-on-primary - Text on primary buttons. @default #ffffff
 * @cssprop --openreset-background - Card background (light theme). @default the branding's background color
 * @cssprop --openreset-text - Text color (light theme). @default the branding's text color
 * @cssprop --openreset-muted - Secondary text. @default #4a4f57
 * @cssprop --openreset-border - Field and button borders. @default #767b84
 * @cssprop --openreset-link - Link color. @default the primary color
 * @cssprop --openreset-error - Error text and invalid borders. @default #b3261e
 * @cssprop --openreset-success - Met password rules. @default #1e6b35
 * @cssprop --openreset-focus - Focus rings. @default the primary color
 * @cssprop --openreset-background-dark - Card background in the dark theme. @default #16181c
 * @cssprop --openreset-text-dark - Text in the dark theme. @default #eef0f3
 * @cssprop --openreset-muted-dark - Secondary text in the dark theme. @default #b8bec7
 * @cssprop --openreset-border-dark - Borders in the dark theme. @default #8a919b
 * @cssprop --openreset-link-dark - Links in the dark theme. @default #9ec1ff
 * @cssprop --openreset-error-dark - Errors in the dark theme. @default #ffb4ab
 * @cssprop --openreset-success-dark - Met rules in the dark theme. @default #8fd6a3
 * @cssprop --openreset-focus-dark - Focus rings in the dark theme. @default #9ec1ff
 * @cssprop --openreset-radius - Corner radius. @default 6px
 * @cssprop --openreset-spacing - Space between blocks. @default 1rem
 * @cssprop --openreset-max-width - The card's largest inline size. @default 28rem
 * @cssprop --openreset-font - Font family. @default system-ui
 *
 * @fires openreset-step - A new step is shown; `detail.step` names it.
 * @fires openreset-success - The password was reset or the account unlocked; `detail.intent`.
 * @fires openreset-error - A call was refused or failed; `detail.code` and `detail.status`.
 * @fires openreset-cancel - The user canceled the flow.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/openreset-reset.js"></script>
 * <openreset-reset api="/api/openreset" sign-in-href="/login"></openreset-reset>
 * ```
 */
export class OpenResetReset extends OpenResetElement<ResetStep> {
  /** The styles of the element's shadow root. */
  static override styles = resetStyles;

  /**
   * `reset` (forgot the password) or `unlock` (locked out, knows the password). Unset, the
   * user chooses when the policy allows unlock.
   */
  @property() intent?: 'reset' | 'unlock';

  /** Where the success step's "Sign in" link goes; without it, there is no link. */
  @property({ attribute: 'sign-in-href' }) signInHref?: string;

  /**
   * Seconds after a code was sent before "Send a new code" is offered again (a visible
   * countdown meanwhile), so a code on its way is not replaced at once. @default 30
   */
  @property({ type: Number, attribute: 'resend-cooldown' }) resendCooldown = 30;

  /**
   * Where the success step sends a user whose flow a Temporary Access Pass opened (the flow
   * view's `registerNext`): a page with `<openreset-register>`. Without it, the step still
   * says to register new ways to verify, with no link.
   */
  @property({ attribute: 'register-url' }) registerUrl?: string;

  /** The username or email address to start with (the one typed on the sign-in form). */
  @property() identifier?: string;

  /** The token of the captcha in the `captcha` slot; sent with the first step. */
  @property({ attribute: false }) captchaToken?: string;

  @state() protected step: ResetStep = ResetStep.Identify;
  @state() private flow?: FlowView;
  @state() private chosenIntent: 'reset' | 'unlock' = 'reset';
  @state() private methodId?: string;
  @state() private confirmValue = '';
  /** The new password step's fields, made once the later steps' code has loaded. */
  private passwords?: NewPasswordController;
  /** The `blocked` refusal the blocked step tells about (its `retryAfterSeconds`). */
  @state() private blockedError?: unknown;
  /** The identifier the flow was started with (the password step's hidden username). */
  @state() private startedAs = '';
  /** The administrators were told of this flow (`POST /reset/contact-admin`). */
  @state() private contacted = false;
  @state() private questionTexts?: QuestionTexts;
  /** The ALTCHA proof of work's progress (0 to 1) while it runs. */
  @state() private solving?: number;

  /**
   * The code's expiry, shown counting down; while the code may still be on its way it asks
   * `POST /reset/status` whether its delivery failed (after 3 s, then every 10 s), so the user
   * is told to resend or switch method instead of waiting for nothing.
   */
  private readonly codeExpiry = new CountdownController(this, {
    onTick: (ticks) => {
      if (ticks === DELIVERY_FIRST_CHECK || ticks % DELIVERY_CHECK_EVERY === 0) {
        void this.checkDelivery();
      }
    },
    onEnd: () => {
      this.notice = this.t('code.expired');
    },
  });
  /** Until "Send a new code" is offered again. */
  private readonly resendWait = new CountdownController(this);
  /** The first field took focus already (`autofocus`: once, when it first shows). */
  private autofocused = false;

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as PropertyValues).has('step')) {
      if (this.step === ResetStep.Code) this.countDownToExpiry();
      else this.codeExpiry.stop();
    }
    super.updated(changed);
    // With `autofocus` (a dialog opened it), the first field takes focus once it shows.
    const first = this.input('identifier');
    if (this.autofocus && !this.autofocused && first !== null) {
      this.autofocused = true;
      first.focus();
    }
  }

  /** Starts over at the first step, forgetting the flow (it is not canceled on the server). */
  restart(): void {
    this.flow = undefined;
    this.methodId = undefined;
    this.confirmValue = '';
    this.passwords?.clear();
    this.error = undefined;
    this.notice = '';
    this.invalidField = undefined;
    this.blockedError = undefined;
    this.contacted = false;
    this.step = ResetStep.Identify;
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="base" lang=${this.i18n.locale}>
        ${renderHeader(this.config, this, this)}
        ${this.renderStep()}
        <div part="error" class="error" role="alert" id="error">${this.renderError()}</div>
        <div part="notice" class="notice" role="status">${this.notice}</div>
        ${this.renderHelpdesk()}
      </div>
    `;
  }

  private renderStep(): TemplateResult {
    if (this.config === undefined && this.step === ResetStep.Identify && this.error === undefined) {
      return html`<p class="muted">${this.t('status.loading')}</p>`;
    }
    switch (this.step) {
      case ResetStep.Identify:
        return this.renderIdentify();
      case ResetStep.Method:
        return this.renderMethod();
      case ResetStep.Confirm:
        return this.renderConfirm();
      case ResetStep.Code:
        return this.renderCode();
      case ResetStep.Questions:
        return this.renderQuestions();
      case ResetStep.Passkey:
        return this.renderPasskey();
      case ResetStep.Authenticator:
        return this.renderAuthenticator();
      case ResetStep.TemporaryPass:
        return this.renderTemporaryPass();
      case ResetStep.Password:
        return this.renderPassword();
      case ResetStep.Unlock:
        return this.renderUnlock();
      case ResetStep.Done:
        return this.renderDone();
      case ResetStep.Blocked:
        return this.renderBlocked();
      default:
        return this.renderFailure();
    }
  }

  private cancelButton(): TemplateResult {
    return this.button(this.t('action.cancel'), this.onCancel);
  }

  private backButton(): TemplateResult {
    return this.button(this.t('action.back'), this.onBack);
  }

  private get effectiveIntent(): 'reset' | 'unlock' {
    return this.flow?.intent ?? this.intent ?? this.chosenIntent;
  }

  private renderIdentify(): TemplateResult {
    const canChoose = this.intent === undefined && this.config?.unlockEnabled === true;
    const heading =
      this.effectiveIntent === 'unlock' ? 'identify.heading.unlock' : 'identify.heading.reset';
    return html`
      ${this.heading(this.t(heading))}
      <p>${this.t('identify.intro')}</p>
      <form part="form" novalidate @submit=${this.onIdentify}>
        ${
          canChoose
            ? html`<fieldset>
              <legend>${this.t('identify.intent.legend')}</legend>
              ${(['reset', 'unlock'] as const).map(
                (intent) => html`<label class="choice">
                  <input
                    type="radio"
                    name="intent"
                    value=${intent}
                    .checked=${this.chosenIntent === intent}
                    @change=${() => {
                      this.chosenIntent = intent;
                    }}
                  />
                  <span>${this.t(`identify.intent.${intent}`)}</span>
                </label>`,
              )}
            </fieldset>`
            : nothing
        }
        ${this.field(
          'identifier',
          this.t('identify.label'),
          html`<input
            part="input"
            id="identifier"
            name="username"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            required
            .value=${this.identifier ?? ''}
            aria-invalid=${this.invalidAttr('identifier')}
            aria-describedby=${this.describedBy('identifier')}
          />`,
        )}
        <slot name="captcha"></slot>
        ${
          this.solving === undefined
            ? nothing
            : html`<progress
              part="captcha-progress"
              max="1"
              .value=${this.solving}
              aria-label=${this.t('captcha.working')}
            ></progress>`
        }
        ${this.actions(this.t('action.next'))}
      </form>
    `;
  }

  /** The methods left to use; only those the next gate allows when the server says so. */
  private availableMethods(): FlowMethodView[] {
    const allowed = this.flow?.nextGate?.methods;
    return (this.flow?.methods ?? []).filter(
      (method) => !method.used && (allowed === undefined || allowed.includes(method.type)),
    );
  }

  /** Why only some methods are offered for the next gate (MFA-aware recovery). */
  private renderNextGate(): TemplateResult | typeof nothing {
    const reason = this.flow?.nextGate?.reason;
    if (reason === undefined) return nothing;
    const key =
      reason === 'admin_phishing_resistant'
        ? 'method.nextGate.admin_phishing_resistant'
        : 'method.nextGate.strong_method_registered';
    return html`<p id="next-gate" class="next-gate">${this.t(key)}</p>`;
  }

  /** "Verification 1 of 2" above every step of a gate, when the flow has more than one. */
  private renderProgress(): TemplateResult | typeof nothing {
    const total = this.flow?.gatesRequired ?? 1;
    if (total < 2) return nothing;
    const current = Math.min(total, (this.flow?.gatesPassed ?? 0) + 1);
    return html`<p class="progress">${this.t('method.progress', { current, total })}</p>`;
  }

  private renderMethod(): TemplateResult {
    const methods = this.availableMethods();
    const flow = this.flow;
    const selected = this.methodId ?? methods[0]?.id;
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('method.heading'))}
      ${this.renderNextGate()}
      ${
        methods.length === 0
          ? html`<p>${this.t('method.none')}</p>
            <div class="actions">${this.cancelButton()}</div>`
          : html`<form part="form" novalidate @submit=${this.onChooseMethod}>
            <fieldset aria-describedby=${flow?.nextGate === undefined ? nothing : 'next-gate'}>
              <legend>${this.t('method.legend')}</legend>
              ${methods.map(
                (method) => html`<label class="choice">
                  <input
                    type="radio"
                    name="method"
                    value=${method.id}
                    .checked=${method.id === selected}
                    @change=${() => {
                      this.methodId = method.id;
                    }}
                  />
                  <span>${this.tHint(`method.${method.type}`, method.hint)}</span>
                </label>`,
              )}
            </fieldset>
            ${this.actions(this.t('action.next'), this.cancelButton())}
          </form>`
      }
    `;
  }

  private get currentMethod(): FlowMethodView | undefined {
    return this.flow?.methods.find((method) => method.id === this.methodId);
  }

  private renderConfirm(): TemplateResult {
    const method = this.currentMethod;
    const isPhone = method !== undefined && PHONE_METHODS.includes(method.type);
    const kind = isPhone ? 'phone' : 'email';
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t(`confirm.heading.${kind}`))}
      <p>${this.tHint(`confirm.intro.${kind}`, method?.hint)}</p>
      <form part="form" novalidate @submit=${this.onConfirm}>
        ${this.contactField('confirm', this.t(`confirm.label.${kind}`), isPhone, this.confirmValue)}
        ${this.actions(this.t('action.sendCode'), this.backButton(), this.cancelButton())}
      </form>
    `;
  }

  private renderCode(): TemplateResult {
    const method = this.currentMethod;
    const channel =
      method?.type === 'email' ? 'email' : method?.type === 'mobileSms' ? 'sms' : 'voice';
    const expiresAt = this.flow?.challenge?.expiresAt;
    const left = expiresAt === undefined ? undefined : (Date.parse(expiresAt) - Date.now()) / 1000;
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('code.heading'))}
      <p>${this.t(`code.intro.${channel}`)}</p>
      <form part="form" novalidate @submit=${this.onVerifyCode}>
        ${this.codeField({ class: 'code-input', pattern: '[0-9]*', describedBy: 'code-countdown' })}
        <p class="countdown" id="code-countdown">
          ${
            left === undefined
              ? nothing
              : left > 0
                ? this.t('code.expiresIn', { time: formatCountdown(left) })
                : this.t('code.expired')
          }
        </p>
        ${this.actions(
          this.t('action.verify'),
          this.resendButton(this.resendWait, this.onResend),
          this.button(this.t('action.otherMethod'), this.onOtherMethod),
          this.cancelButton(),
        )}
        ${this.resendWaitLine(this.resendWait)}
      </form>
    `;
  }

  private renderQuestions(): TemplateResult {
    const questions = this.flow?.challenge?.questions ?? [];
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('questions.heading'))}
      <p>${this.t('questions.intro')}</p>
      <form part="form" novalidate @submit=${this.onAnswer}>
        ${questions.map((question, index) =>
          this.field(
            `answer-${index}`,
            question.text ?? this.questionTexts?.(question.id, this.i18n.locale) ?? question.id,
            html`<input
              part="input"
              id=${`answer-${index}`}
              data-question=${question.id}
              type="text"
              autocomplete="off"
              spellcheck="false"
              required
              aria-invalid=${this.invalidAttr(`answer-${index}`)}
              aria-describedby=${this.describedBy(`answer-${index}`)}
            />`,
          ),
        )}
        ${this.actions(this.t('action.verify'), this.backButton(), this.cancelButton())}
      </form>
    `;
  }

  /**
   * The passkey gate: a button starts the browser's prompt (a fresh challenge each time, so
   * a closed prompt is simply tried again).
   */
  private renderPasskey(): TemplateResult {
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('passkey.heading'))}
      <p>${this.t('passkey.intro')}</p>
      <form part="form" novalidate @submit=${this.onUsePasskey}>
        ${this.actions(
          this.t('action.usePasskey'),
          this.button(this.t('action.otherMethod'), this.onOtherMethod),
          this.cancelButton(),
        )}
      </form>
    `;
  }

  /** An authenticator app's 6-digit code (nothing was sent). */
  private renderAuthenticator(): TemplateResult {
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('authenticator.heading'))}
      <p id="authenticator-intro">${this.t('authenticator.intro')}</p>
      <form part="form" novalidate @submit=${this.onVerifyCode}>
        ${this.codeField({
          class: 'code-input',
          pattern: '[0-9]*',
          maxlength: 6,
          label: this.t('authenticator.label'),
          describedBy: 'authenticator-intro',
        })}
        ${this.actions(
          this.t('action.verify'),
          this.button(this.t('action.otherMethod'), this.onOtherMethod),
          this.cancelButton(),
        )}
      </form>
    `;
  }

  /**
   * A Temporary Access Pass the helpdesk gave the user: typed as read out (letters and
   * digits; the server ignores case), verified with no challenge; a valid pass passes every
   * gate. The field is `#code`, so a refused pass is cleared and focused like a code.
   */
  private renderTemporaryPass(): TemplateResult {
    return html`
      ${this.renderProgress()}
      ${this.heading(this.t('temporaryPass.heading'))}
      <p id="temporary-pass-intro">${this.t('temporaryPass.intro')}</p>
      <form part="form" novalidate @submit=${this.onVerifyPass}>
        ${this.field(
          'code',
          this.t('temporaryPass.label'),
          html`<input
            part="input"
            id="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            required
            aria-invalid=${this.invalidAttr('code')}
            aria-describedby=${this.describedBy('code', 'temporary-pass-intro')}
          />`,
        )}
        ${this.actions(
          this.t('action.verify'),
          this.button(this.t('action.otherMethod'), this.onOtherMethod),
          this.cancelButton(),
        )}
      </form>
    `;
  }

  private renderPassword(): TemplateResult {
    return html`
      ${this.heading(this.t('password.heading'))}
      <p>${this.t('password.intro')}</p>
      <form part="form" novalidate @submit=${this.onSetPassword}>
        <input type="text" name="username" autocomplete="username" hidden .value=${this.startedAs} />
        ${this.passwords?.render(this.t, this.config, this.fieldError)}
        ${this.actions(this.t('action.resetPassword'), this.cancelButton())}
      </form>
    `;
  }

  private renderUnlock(): TemplateResult {
    return html`
      ${this.heading(this.t('unlock.heading'))}
      <p>${this.t('unlock.intro')}</p>
      <form part="form" novalidate @submit=${this.onUnlock}>
        ${this.actions(this.t('action.unlock'), this.cancelButton())}
      </form>
    `;
  }

  private renderDone(): TemplateResult {
    const intent = this.effectiveIntent;
    return html`
      ${this.heading(this.t(`done.heading.${intent}`))}
      <p>${this.t(`done.next.${intent}`)}</p>
      ${
        this.flow?.registerNext === true
          ? html`<p>${this.t('done.registerNext')}</p>
            ${
              this.registerUrl === undefined
                ? nothing
                : html`<p><a part="link" href=${this.registerUrl}>${this.t('action.registerMethods')}</a></p>`
            }`
          : nothing
      }
      ${
        this.signInHref === undefined
          ? nothing
          : html`<div class="actions">
            <a part="link button primary-button" class="primary" href=${this.signInHref}>
              ${this.t('action.signIn')}
            </a>
          </div>`
      }
    `;
  }

  private renderBlocked(): TemplateResult {
    return html`
      ${this.heading(this.t('blocked.heading'))}
      <p>${this.t('blocked.body', shownErrorOf(this.blockedError, this.i18n.locale).params)}</p>
      <div class="actions">
        <button part="button" type="button" @click=${this.onStartOver}>
          ${this.t('action.startOver')}
        </button>
      </div>
    `;
  }

  private renderFailure(): TemplateResult {
    return html`
      ${this.heading(this.t('failure.heading'))}
      <div class="actions">
        <button part="button" type="button" @click=${this.onStartOver}>
          ${this.t('action.startOver')}
        </button>
      </div>
    `;
  }

  /** The flow is blocked, or has no method left to try: the user needs someone's help. */
  private isStuck(): boolean {
    return (
      this.step === ResetStep.Blocked ||
      (this.step === ResetStep.Method && this.availableMethods().length === 0)
    );
  }

  /**
   * The footer where the user is stuck: the policy's helpdesk link or address; without one,
   * "Contact your administrator" (a button that tells them through `POST
   * /reset/contact-admin` while there is a flow, then "your administrator was told"), else a
   * sentence.
   */
  private renderHelpdesk(): TemplateResult | typeof nothing {
    const stuck = this.error !== undefined || this.step === ResetStep.Failure || this.isStuck();
    if (!stuck) return nothing;
    const helpdesk = this.config?.helpdesk ?? {};
    return html`<p part="footer" class="footer">
      ${
        helpdesk.url !== undefined
          ? html`<a part="link" href=${helpdesk.url} target="_blank" rel="noopener noreferrer">
            ${this.t('helpdesk.url')}
          </a>`
          : helpdesk.email !== undefined
            ? html`<a part="link" href=${`mailto:${helpdesk.email}`}>
              ${this.t('helpdesk.email', { email: helpdesk.email })}
            </a>`
            : this.renderContactAdmin()
      }
    </p>`;
  }

  private renderContactAdmin(): TemplateResult | string {
    if (this.contacted) {
      return html`<span id="contacted" tabindex="-1">${this.t('helpdesk.contacted')}</span>`;
    }
    if (this.flow === undefined || !this.isStuck()) return this.t('helpdesk.none');
    return this.button(this.t('helpdesk.contactAdmin'), this.onContactAdmin);
  }

  /** `GET /config`; a config that loads clears the error of one that did not. */
  protected override async load(client: OpenResetClient): Promise<void> {
    await super.load(client);
    this.error = undefined;
  }

  /** Counts down to the code's expiry (a flow without one shows no countdown). */
  private countDownToExpiry(): void {
    const expiresAt = this.flow?.challenge?.expiresAt;
    if (expiresAt === undefined) this.codeExpiry.stop();
    else this.codeExpiry.until(Date.parse(expiresAt));
  }

  private async checkDelivery(): Promise<void> {
    const flow = this.flow;
    const client = this.resolveClient();
    if (flow === undefined || client === undefined || this.busy) return;
    const delivery = flow.challenge?.delivery;
    if ((delivery !== 'queued' && delivery !== 'delayed') || !this.codeExpiry.running) return;
    try {
      const now = await client.resetStatus(flow.flowToken);
      if (this.flow !== flow || this.step !== ResetStep.Code) return;
      if (now.challenge?.delivery === 'failed') {
        this.flow = now;
        this.notice = this.t('code.deliveryFailed');
      }
    } catch {
      // A failed status check changes nothing: the user can still resend.
    }
  }

  protected override clientMissing(): void {
    this.fail(new ClientError('not_found', 0));
  }

  /**
   * The later steps' code (loaded once: started as the first step is submitted, awaited
   * before a later step shows), with the password fields made from it.
   */
  private async laterSteps(): Promise<LaterSteps> {
    const later = await loadLaterSteps();
    this.passwords ??= new later.NewPasswordController(this);
    return later;
  }

  /**
   * Shows the step the flow is in now (after loading the later steps' code and the question
   * texts it needs).
   */
  private async showFlow(flow: FlowView): Promise<void> {
    const later = await this.laterSteps();
    if (flow.challenge?.questions !== undefined) {
      this.questionTexts = await later.loadQuestionTexts(this.i18n.locale);
    }
    const passed = flow.gatesPassed > (this.flow?.gatesPassed ?? 0);
    if (passed && flow.state === 'choose_method') {
      // A gate passed and another follows: say so (the method step shows the next one).
      this.notice = this.t('method.gatePassed', {
        current: flow.gatesPassed,
        total: flow.gatesRequired,
      });
    }
    if (flow.challenge?.expiresAt !== undefined && this.proofStep(flow) === ResetStep.Code) {
      this.resendWait.start(this.resendCooldown);
    }
    this.flow = flow;
    this.invalidField = undefined;
    switch (flow.state) {
      case 'choose_method':
        this.methodId = undefined;
        this.step = ResetStep.Method;
        break;
      case 'awaiting_proof':
        if (flow.challenge?.delivery === 'failed') this.notice = this.t('code.deliveryFailed');
        this.step = this.proofStep(flow);
        break;
      case 'verified':
      case 'writing_back':
        this.step = flow.intent === 'unlock' ? ResetStep.Unlock : ResetStep.Password;
        break;
      case 'completed':
        this.step = ResetStep.Done;
        break;
      case 'blocked':
        this.step = ResetStep.Blocked;
        break;
      default:
        this.step = ResetStep.Failure;
    }
  }

  /** The step that asks for the proof of the flow's challenge. */
  private proofStep(flow: FlowView): ResetStep {
    const challenge = flow.challenge;
    if (challenge?.questions !== undefined) return ResetStep.Questions;
    const type = flow.methods.find((method) => method.id === challenge?.methodId)?.type;
    if (type === 'passkey') return ResetStep.Passkey;
    if (type === 'authenticatorApp') return ResetStep.Authenticator;
    if (type === 'temporary_access_pass') return ResetStep.TemporaryPass;
    return ResetStep.Code;
  }

  protected override explain(code: string, error: unknown, shown: ShownError): void {
    // An app's code cannot be sent again: "ask for a new one" would not help.
    if (code === 'too_many_attempts' && this.step === ResetStep.Authenticator) {
      shown.key = 'authenticator.tooManyAttempts';
    }
    if (this.passwords?.explainRefusal(this.t, error, shown)) this.focusField('new-password');
  }

  /** Shows the refusal, then leaves a flow that cannot go on (blocked, expired, gone). */
  protected override fail(error: unknown): void {
    super.fail(error);
    const code = isClientError(error) ? error.code : 'unknown';
    if (code === 'blocked') {
      this.blockedError = error;
      this.error = undefined;
      this.step = ResetStep.Blocked;
    } else if (code === 'flow_expired' || code === 'flow_not_found' || code === 'invalid_state') {
      this.flow = undefined;
      this.step = ResetStep.Failure;
    } else if (code === 'invalid_answers' && isClientError(error) && error.flow !== undefined) {
      this.flow = error.flow;
      for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>(
        'input[data-question]',
      )) {
        input.value = '';
      }
      // The error is about the whole set of questions: it stays in the error region.
      void this.updateComplete.then(() => this.focusOn('answer-0'));
    } else if (code === 'strong_method_required') {
      // The next gate must be a passkey or an authenticator app: the method step says so.
      if (isClientError(error) && error.flow !== undefined) this.flow = error.flow;
      this.methodId = undefined;
      this.step = ResetStep.Method;
    } else if (code === 'invalid_code') {
      this.clearField('code');
    } else if (code === 'confirm_required' || code === 'invalid_request') {
      if (this.step === ResetStep.Confirm) this.focusField('confirm');
    }
  }

  private onIdentify = (event: SubmitEvent): void => {
    event.preventDefault();
    const identifier = this.required('identifier');
    if (identifier === undefined) return;
    this.startedAs = identifier;
    // The next step's code loads while the flow starts (showFlow awaits it).
    void this.laterSteps().catch(() => undefined);
    void this.run(async (client) => {
      const captcha = this.captchaToken ?? (await this.solveCaptcha(client));
      const flow = await client.startReset({
        identifier,
        intent: this.intent ?? this.chosenIntent,
        locale: this.i18n.locale,
        ...(captcha === undefined ? {} : { captcha }),
      });
      await this.showFlow(flow);
    });
  };

  /**
   * The ALTCHA solution for `POST /reset` when `GET /config` asks for ALTCHA: a fresh
   * challenge (a solution is single use), solved by a module loaded only now, its progress
   * shown (a `<progress>` named "Checking that you're a person", announced as it starts).
   */
  private async solveCaptcha(client: OpenResetClient): Promise<string | undefined> {
    if (this.config?.captcha?.provider !== 'altcha') return undefined;
    this.solving = 0;
    this.notice = this.t('captcha.working');
    try {
      const [challenge, { solveAltcha }] = await Promise.all([
        client.captchaChallenge(),
        import('./altcha-solver.js'),
      ]);
      return await solveAltcha(challenge, (fraction) => {
        this.solving = fraction;
      });
    } finally {
      this.solving = undefined;
      this.notice = '';
    }
  }

  private onChooseMethod = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId ?? this.availableMethods()[0]?.id;
    if (flow === undefined || methodId === undefined) return;
    this.methodId = methodId;
    const method = this.currentMethod;
    if (method?.type === 'passkey') {
      // The library loads while the user reads the step; the button waits for it anyway.
      void this.laterSteps()
        .then((later) => later.loadWebAuthn())
        .catch(() => undefined);
      this.show(ResetStep.Passkey);
      return;
    }
    if (method?.type === 'temporary_access_pass') {
      // Nothing is sent: the pass is verified directly.
      this.show(ResetStep.TemporaryPass);
      return;
    }
    if (method?.type === 'securityQuestions' || method?.type === 'authenticatorApp') {
      void this.run(async (client) => {
        await this.showFlow(await client.challengeReset({ flowToken: flow.flowToken, methodId }));
      });
      return;
    }
    this.confirmValue = '';
    this.show(ResetStep.Confirm);
  };

  private onConfirm = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    const confirm = this.required('confirm');
    if (confirm === undefined) return;
    this.confirmValue = confirm;
    void this.run(async (client) => {
      await this.showFlow(
        await client.challengeReset({ flowToken: flow.flowToken, methodId, confirm }),
      );
    });
  };

  private onVerifyCode = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    const code = this.typedCode();
    if (code === undefined) return;
    void this.run(async (client) => {
      await this.showFlow(await client.verifyReset({ flowToken: flow.flowToken, methodId, code }));
    });
  };

  /** `/reset/verify` with the typed pass (no challenge comes first). */
  private onVerifyPass = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    const code = this.required('code');
    if (code === undefined) return;
    void this.run(async (client) => {
      await this.showFlow(await client.verifyReset({ flowToken: flow.flowToken, methodId, code }));
    });
  };

  /** `/reset/challenge`, the browser's passkey prompt, then `/reset/verify` with its answer. */
  private onUsePasskey = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    void this.run(async (client) => {
      const challenged = await client.challengeReset({ flowToken: flow.flowToken, methodId });
      this.flow = challenged;
      const publicKey = challenged.challenge?.publicKey;
      if (publicKey === undefined) throw new ClientError(ClientErrorCode.InvalidResponse, 0);
      const { authenticateWithPasskey } = await this.laterSteps();
      const credential = await authenticateWithPasskey(publicKey);
      await this.showFlow(
        await client.verifyReset({ flowToken: flow.flowToken, methodId, credential }),
      );
    });
  };

  private onResend = (): void => {
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    void this.run(async (client) => {
      const next = await client.challengeReset({
        flowToken: flow.flowToken,
        methodId,
        ...(this.confirmValue === '' ? {} : { confirm: this.confirmValue }),
      });
      this.flow = next;
      this.resendWait.start(this.resendCooldown);
      this.countDownToExpiry();
      this.notice = this.t('code.resent');
      this.input('code')?.focus();
    });
  };

  private onOtherMethod = (): void => {
    this.hasInteracted = true;
    this.error = undefined;
    this.methodId = undefined;
    this.step = ResetStep.Method;
  };

  private onBack = (): void => {
    this.show(ResetStep.Method);
  };

  private onAnswer = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const methodId = this.methodId;
    if (flow === undefined || methodId === undefined) return;
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-question]')];
    const empty = inputs.find((input) => input.value.trim() === '');
    if (empty !== undefined) {
      this.refuse(empty.id, { key: 'field.required' });
      return;
    }
    const answers = inputs.map((input) => ({
      questionId: input.dataset.question ?? '',
      answer: input.value,
    }));
    void this.run(async (client) => {
      await this.showFlow(
        await client.verifyReset({ flowToken: flow.flowToken, methodId, answers }),
      );
    });
  };

  private onSetPassword = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    const passwords = this.passwords;
    if (flow === undefined || passwords === undefined) return;
    this.hasInteracted = true;
    if (this.refused(passwords.check(this.t, this.config))) return;
    const newPassword = passwords.password;
    void this.run(async (client) => {
      const done = await client.completeReset({ flowToken: flow.flowToken, newPassword });
      passwords.clear();
      await this.showFlow(done);
      if (done.state === 'completed') emit(this, 'openreset-success', { intent: 'reset' });
    });
  };

  private onUnlock = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.flow;
    if (flow === undefined) return;
    void this.run(async (client) => {
      const done = await client.completeReset({ flowToken: flow.flowToken });
      await this.showFlow(done);
      if (done.state === 'completed') emit(this, 'openreset-success', { intent: 'unlock' });
    });
  };

  private onCancel = (): void => {
    const flow = this.flow;
    const client = this.resolveClient();
    this.hasInteracted = true;
    // Canceling is best effort: the flow expires on its own if the call fails.
    if (flow !== undefined && client !== undefined) {
      void client.cancelReset(flow.flowToken).catch(() => undefined);
    }
    this.restart();
    emit(this, 'openreset-cancel', {});
  };

  private onContactAdmin = (): void => {
    const flowToken = this.flow?.flowToken;
    if (flowToken === undefined) return;
    void this.run(async (client) => {
      await client.contactAdmin(flowToken);
      this.contacted = true;
      // The button is gone: focus goes to the sentence that replaced it (read out).
      this.focusOn('contacted');
    });
  };

  private onStartOver = (): void => {
    this.hasInteracted = true;
    this.restart();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-reset': OpenResetReset;
  }
}
