import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ClientError, isClientError } from '../client/client-error.js';
import type { FlowView } from '../client/client-types.js';
import type { OpenResetClient } from '../client/create-client.js';
import { emit, ResetStep } from '../events.js';
import { renderHeader } from '../shared/branding.js';
import { lazyModule } from '../shared/lazy-module.js';
import { OpenResetElement } from '../shared/openreset-element.js';
import { type ShownError, shownErrorOf } from '../shared/shown-error.js';
import { resetStyles } from './openreset-reset.styles.js';
import type { ResetSteps, ResetStepsHost } from './reset-steps.js';

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

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    intent: {},
    signInHref: { attribute: 'sign-in-href' },
    resendCooldown: { type: Number, attribute: 'resend-cooldown' },
    registerUrl: { attribute: 'register-url' },
    identifier: {},
    captchaToken: { attribute: false },
    step: { state: true },
    flow: { state: true },
    chosenIntent: { state: true },
    blockedError: { state: true },
    startedAs: { state: true },
    solving: { state: true },
  };

  /**
   * `reset` (forgot the password) or `unlock` (locked out, knows the password). Unset, the
   * user chooses when the policy allows unlock.
   */
  intent?: 'reset' | 'unlock';

  /** Where the success step's "Sign in" link goes; without it, there is no link. */
  signInHref?: string;

  /**
   * Seconds after a code was sent before "Send a new code" is offered again (a visible
   * countdown meanwhile), so a code on its way is not replaced at once. @default 30
   */
  resendCooldown = 30;

  /**
   * Where the success step sends a user whose flow a Temporary Access Pass opened (the flow
   * view's `registerNext`): a page with `<openreset-register>`. Without it, the step still
   * says to register new ways to verify, with no link.
   */
  registerUrl?: string;

  /** The username or email address to start with (the one typed on the sign-in form). */
  identifier?: string;

  /** The token of the captcha in the `captcha` slot; sent with the first step. */
  captchaToken?: string;

  protected step: ResetStep = ResetStep.Identify;
  private flow?: FlowView;
  private chosenIntent: 'reset' | 'unlock' = 'reset';
  /** The steps after the first (`ResetSteps`), made once their code has loaded. */
  private steps?: ResetSteps;
  /** The `blocked` refusal the blocked step tells about (its `retryAfterSeconds`). */
  private blockedError?: unknown;
  /**
   * The identifier the flow was started with (the password step's hidden username; protected:
   * the later steps read it, see `ResetStepsHost`).
   */
  protected startedAs = '';
  /** The ALTCHA proof of work's progress (0 to 1) while it runs. */
  private solving?: number;

  /** The first field took focus already (`autofocus`: once, when it first shows). */
  private autofocused = false;

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as PropertyValues).has('step')) this.steps?.stepChanged();
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
    this.steps?.clear();
    this.error = undefined;
    this.notice = '';
    this.invalidField = undefined;
    this.blockedError = undefined;
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

  private renderStep(): TemplateResult | typeof nothing {
    if (this.config === undefined && this.step === ResetStep.Identify && this.error === undefined) {
      return html`<p class="muted">${this.t('status.loading')}</p>`;
    }
    switch (this.step) {
      case ResetStep.Identify:
        return this.renderIdentify();
      case ResetStep.Blocked:
        return this.renderBlocked();
      case ResetStep.Failure:
        return this.renderFailure();
      default:
        return this.steps?.render() ?? nothing;
    }
  }

  /** "Cancel", on every later step (protected: they render it, see `ResetStepsHost`). */
  protected cancelButton(): TemplateResult {
    return this.button(this.t('action.cancel'), this.onCancel);
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
    return this.step === ResetStep.Blocked || this.steps?.noMethodLeft === true;
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
            : (this.steps?.renderContactAdmin() ?? this.t('helpdesk.none'))
      }
    </p>`;
  }

  /** `GET /config`; a config that loads clears the error of one that did not. */
  protected override async load(client: OpenResetClient): Promise<void> {
    await super.load(client);
    this.error = undefined;
  }

  protected override clientMissing(): void {
    this.fail(new ClientError('not_found', 0));
  }

  /**
   * The later steps (their code loaded once: started as the first step is submitted, awaited
   * before a later step shows). The element hands itself over as their host: the members they
   * use are protected here, and `ResetStepsHost` reads each one's type from this class.
   */
  private async laterSteps(): Promise<ResetSteps> {
    const later = await loadLaterSteps();
    this.steps ??= new later.ResetSteps(this as unknown as ResetStepsHost);
    return this.steps;
  }

  protected override explain(code: string, error: unknown, shown: ShownError): void {
    this.steps?.explain(code, error, shown);
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
    } else {
      this.steps?.failed(code, error);
    }
  }

  private onIdentify = (event: SubmitEvent): void => {
    event.preventDefault();
    const identifier = this.required('identifier');
    if (identifier === undefined) return;
    this.startedAs = identifier;
    // The next steps' code loads while the flow starts (`show` awaits it).
    void this.laterSteps().catch(() => undefined);
    void this.run(async (client) => {
      const captcha = this.captchaToken ?? (await this.solveCaptcha(client));
      const flow = await client.startReset({
        identifier,
        intent: this.intent ?? this.chosenIntent,
        locale: this.i18n.locale,
        ...(captcha === undefined ? {} : { captcha }),
      });
      await (await this.laterSteps()).show(flow);
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
