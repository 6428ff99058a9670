import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ClientError, ClientErrorCode, isClientError } from '../client/client-error.js';
import type { FlowMethodView, FlowView, MethodType } from '../client/client-types.js';
import { emit, ResetStep } from '../events.js';
import type { MessageKey } from '../i18n/locales/en.js';
import { formatCountdown } from '../i18n/localize.js';
import { loadQuestionTexts, type QuestionTexts } from '../i18n/question-texts.js';
import { authenticateWithPasskey, loadWebAuthn } from '../passkeys/passkey-ceremony.js';
import { CountdownController } from '../shared/countdown-controller.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import type { ShownError } from '../shared/shown-error.js';
import {
  codeField,
  contactField,
  type FieldsHost,
  resendButton,
  resendWaitLine,
  typedCode,
} from '../shared/step-fields.js';
import type { OpenResetReset } from './openreset-reset.js';

/** Seconds after a send before the first delivery check, and between checks. */
const DELIVERY_FIRST_CHECK = 3;
const DELIVERY_CHECK_EVERY = 10;

const PHONE_METHODS: readonly MethodType[] = ['mobileSms', 'mobileVoice', 'officeVoice'];

/**
 * What the later steps use of their `<openreset-reset>`: members that are protected or
 * private on the element (they are not its public API), so the element hands itself over as
 * this interface. Each member's type is read from the element (`OpenResetReset['x']`), so a
 * member renamed or changed there fails to compile here.
 */
export interface ResetStepsHost extends ReactiveControllerHost, EventTarget, FieldsHost {
  readonly renderRoot: OpenResetReset['renderRoot'];
  step: OpenResetReset['step'];
  flow: OpenResetReset['flow'];
  notice: OpenResetReset['notice'];
  invalidField: OpenResetReset['invalidField'];
  readonly config: OpenResetReset['config'];
  readonly i18n: OpenResetReset['i18n'];
  readonly effectiveIntent: OpenResetReset['effectiveIntent'];
  readonly startedAs: OpenResetReset['startedAs'];
  readonly resendCooldown: OpenResetReset['resendCooldown'];
  readonly registerUrl: OpenResetReset['registerUrl'];
  readonly signInHref: OpenResetReset['signInHref'];
  readonly fieldError: OpenResetReset['fieldError'];
  readonly heading: OpenResetReset['heading'];
  readonly actions: OpenResetReset['actions'];
  readonly button: OpenResetReset['button'];
  readonly cancelButton: OpenResetReset['cancelButton'];
  readonly isStuck: OpenResetReset['isStuck'];
  readonly resolveClient: OpenResetReset['resolveClient'];
  readonly run: OpenResetReset['run'];
  readonly show: OpenResetReset['show'];
  readonly required: OpenResetReset['required'];
  readonly refused: OpenResetReset['refused'];
  readonly focusOn: OpenResetReset['focusOn'];
  readonly focusField: OpenResetReset['focusField'];
  readonly clearField: OpenResetReset['clearField'];
}

/**
 * The steps of `<openreset-reset>` after the first (choose a method, confirm the contact, the
 * proof of each kind, the new password or the unlock, done): their views, their handlers and
 * the state only they use (the method chosen, the contact typed, the question texts, the
 * password fields, the code's countdowns). A chunk of its own (`later-steps`), loaded as the
 * first step is submitted, so the bundle a page loads first holds the identify step and little
 * more. The flow, the step shown, the error and the notice stay the element's.
 */
export class ResetSteps {
  private methodId?: string;
  private confirmValue = '';
  /** The administrators were told of this flow (`POST /reset/contact-admin`). */
  private contacted = false;
  private questionTexts?: QuestionTexts;
  /** The new password step's fields. */
  private readonly passwords: NewPasswordController;
  /**
   * The code's expiry, shown counting down; while the code may still be on its way it asks
   * `POST /reset/status` whether its delivery failed (after 3 s, then every 10 s), so the user
   * is told to resend or switch method instead of waiting for nothing.
   */
  private readonly codeExpiry: CountdownController;
  /** Until "Send a new code" is offered again. */
  private readonly resendWait: CountdownController;

  constructor(private readonly host: ResetStepsHost) {
    this.passwords = new NewPasswordController(host);
    this.codeExpiry = new CountdownController(host, {
      onTick: (ticks) => {
        if (ticks === DELIVERY_FIRST_CHECK || ticks % DELIVERY_CHECK_EVERY === 0) {
          void this.checkDelivery();
        }
      },
      onEnd: () => {
        host.notice = host.t('code.expired');
      },
    });
    this.resendWait = new CountdownController(host);
  }

  /** The view of the step shown (nothing for the steps the element renders itself). */
  render(): TemplateResult | typeof nothing {
    switch (this.host.step) {
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
      default:
        return nothing;
    }
  }

  /** A new step shows: the code step counts down to the code's expiry, the others do not. */
  stepChanged(): void {
    if (this.host.step === ResetStep.Code) this.countDownToExpiry();
    else this.codeExpiry.stop();
  }

  /** Forgets what was chosen and typed (the element starts over). */
  clear(): void {
    this.methodId = undefined;
    this.confirmValue = '';
    this.contacted = false;
    this.passwords.clear();
  }

  /** The method step shows with no method left to try (the user needs someone's help). */
  get noMethodLeft(): boolean {
    return this.host.step === ResetStep.Method && this.availableMethods().length === 0;
  }

  /**
   * The helpdesk footer's words where the policy names no helpdesk: "Contact your
   * administrator" while the flow is stuck (blocked, or no method left), a button that tells
   * them through `POST /reset/contact-admin`, then "your administrator was told"; else a
   * sentence.
   */
  renderContactAdmin(): TemplateResult | string {
    const { host } = this;
    if (this.contacted) {
      return html`<span id="contacted" tabindex="-1">${host.t('helpdesk.contacted')}</span>`;
    }
    if (host.flow === undefined || !host.isStuck()) return host.t('helpdesk.none');
    return host.button(host.t('helpdesk.contactAdmin'), this.onContactAdmin);
  }

  /**
   * Shows the step the flow is in now (after loading the question texts it needs).
   */
  async show(flow: FlowView): Promise<void> {
    const host = this.host;
    if (flow.challenge?.questions !== undefined) {
      this.questionTexts = await loadQuestionTexts(host.i18n.locale);
    }
    const passed = flow.gatesPassed > (host.flow?.gatesPassed ?? 0);
    if (passed && flow.state === 'choose_method') {
      // A gate passed and another follows: say so (the method step shows the next one).
      host.notice = host.t('method.gatePassed', {
        current: flow.gatesPassed,
        total: flow.gatesRequired,
      });
    }
    if (flow.challenge?.expiresAt !== undefined && this.proofStep(flow) === ResetStep.Code) {
      this.resendWait.start(host.resendCooldown);
    }
    host.flow = flow;
    host.invalidField = undefined;
    switch (flow.state) {
      case 'choose_method':
        this.methodId = undefined;
        host.step = ResetStep.Method;
        break;
      case 'awaiting_proof':
        if (flow.challenge?.delivery === 'failed') host.notice = host.t('code.deliveryFailed');
        host.step = this.proofStep(flow);
        break;
      case 'verified':
      case 'writing_back':
        host.step = flow.intent === 'unlock' ? ResetStep.Unlock : ResetStep.Password;
        break;
      case 'completed':
        host.step = ResetStep.Done;
        break;
      case 'blocked':
        host.step = ResetStep.Blocked;
        break;
      default:
        host.step = ResetStep.Failure;
    }
  }

  /** Reads a refusal of a later step into the error shown (see the element's `explain`). */
  explain(code: string, error: unknown, shown: ShownError): void {
    // An app's code cannot be sent again: "ask for a new one" would not help.
    if (code === 'too_many_attempts' && this.host.step === ResetStep.Authenticator) {
      shown.key = 'authenticator.tooManyAttempts';
    }
    if (this.passwords.explainRefusal(this.host.t, error, shown)) {
      this.host.focusField('new-password');
    }
  }

  /** What a refusal changes in a later step (the flow goes on: see the element's `fail`). */
  failed(code: string, error: unknown): void {
    const host = this.host;
    if (code === 'invalid_answers' && isClientError(error) && error.flow !== undefined) {
      host.flow = error.flow;
      for (const input of this.questionInputs()) input.value = '';
      // The error is about the whole set of questions: it stays in the error region.
      void host.updateComplete.then(() => host.focusOn('answer-0'));
    } else if (code === 'strong_method_required') {
      // The next gate must be a passkey or an authenticator app: the method step says so.
      if (isClientError(error) && error.flow !== undefined) host.flow = error.flow;
      this.methodId = undefined;
      host.step = ResetStep.Method;
    } else if (code === 'invalid_code') {
      host.clearField('code');
    } else if (code === 'confirm_required' || code === 'invalid_request') {
      if (host.step === ResetStep.Confirm) host.focusField('confirm');
    }
  }

  /**
   * A message whose `{hint}` (a masked phone number or address) is isolated left to right and
   * never split across lines (`<bdi dir="ltr" class="hint">`), also on a right-to-left page.
   */
  private hinted(key: MessageKey, hint: string | null | undefined): TemplateResult {
    const [before, ...after] = this.host.t(key, { hint: '\u0000' }).split('\u0000');
    if (hint === null || hint === undefined || hint === '') {
      return html`${[before, ...after].join('').trim()}`;
    }
    return html`${before}<bdi dir="ltr" class="hint">${hint}</bdi>${after.join('')}`;
  }

  private questionInputs(): HTMLInputElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('input[data-question]')];
  }

  private backButton(): TemplateResult {
    return this.host.button(this.host.t('action.back'), this.onBack);
  }

  private otherMethodButton(): TemplateResult {
    return this.host.button(this.host.t('action.otherMethod'), this.onOtherMethod);
  }

  /** The methods left to use; only those the next gate allows when the server says so. */
  private availableMethods(): FlowMethodView[] {
    const allowed = this.host.flow?.nextGate?.methods;
    return (this.host.flow?.methods ?? []).filter(
      (method) => !method.used && (allowed === undefined || allowed.includes(method.type)),
    );
  }

  /** Why only some methods are offered for the next gate (MFA-aware recovery). */
  private renderNextGate(): TemplateResult | typeof nothing {
    const reason = this.host.flow?.nextGate?.reason;
    if (reason === undefined) return nothing;
    const key =
      reason === 'admin_phishing_resistant'
        ? 'method.nextGate.admin_phishing_resistant'
        : 'method.nextGate.strong_method_registered';
    return html`<p id="next-gate" class="next-gate">${this.host.t(key)}</p>`;
  }

  /** "Verification 1 of 2" above every step of a gate, when the flow has more than one. */
  private renderProgress(): TemplateResult | typeof nothing {
    const total = this.host.flow?.gatesRequired ?? 1;
    if (total < 2) return nothing;
    const current = Math.min(total, (this.host.flow?.gatesPassed ?? 0) + 1);
    return html`<p class="progress">${this.host.t('method.progress', { current, total })}</p>`;
  }

  private renderMethod(): TemplateResult {
    const { host } = this;
    const methods = this.availableMethods();
    const selected = this.methodId ?? methods[0]?.id;
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('method.heading'))}
      ${this.renderNextGate()}
      ${
        methods.length === 0
          ? html`<p>${host.t('method.none')}</p>
            <div class="actions">${host.cancelButton()}</div>`
          : html`<form part="form" novalidate @submit=${this.onChooseMethod}>
            <fieldset aria-describedby=${host.flow?.nextGate === undefined ? nothing : 'next-gate'}>
              <legend>${host.t('method.legend')}</legend>
              ${methods.map(
                (method) => html`<label class="choice">
                  <input
                    type="radio"
                    name="method"
                    value=${method.id}
                    .checked=${method.id === selected}
                    @change=${() => {
                      this.methodId = method.id;
                      host.requestUpdate();
                    }}
                  />
                  <span>${this.hinted(`method.${method.type}`, method.hint)}</span>
                </label>`,
              )}
            </fieldset>
            ${host.actions(host.t('action.next'), host.cancelButton())}
          </form>`
      }
    `;
  }

  private get currentMethod(): FlowMethodView | undefined {
    return this.host.flow?.methods.find((method) => method.id === this.methodId);
  }

  private renderConfirm(): TemplateResult {
    const { host } = this;
    const method = this.currentMethod;
    const isPhone = method !== undefined && PHONE_METHODS.includes(method.type);
    const kind = isPhone ? 'phone' : 'email';
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t(`confirm.heading.${kind}`))}
      <p>${this.hinted(`confirm.intro.${kind}`, method?.hint)}</p>
      <form part="form" novalidate @submit=${this.onConfirm}>
        ${contactField(host, 'confirm', host.t(`confirm.label.${kind}`), kind, this.confirmValue)}
        ${host.actions(host.t('action.sendCode'), this.backButton(), host.cancelButton())}
      </form>
    `;
  }

  private renderCode(): TemplateResult {
    const { host } = this;
    const method = this.currentMethod;
    const channel =
      method?.type === 'email' ? 'email' : method?.type === 'mobileSms' ? 'sms' : 'voice';
    const expiresAt = host.flow?.challenge?.expiresAt;
    const left = expiresAt === undefined ? undefined : (Date.parse(expiresAt) - Date.now()) / 1000;
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('code.heading'))}
      <p>${host.t(`code.intro.${channel}`)}</p>
      <form part="form" novalidate @submit=${this.onVerifyCode}>
        ${codeField(host, { class: 'code-input', pattern: '[0-9]*', describedBy: 'code-countdown' })}
        <p class="countdown" id="code-countdown">
          ${
            left === undefined
              ? nothing
              : left > 0
                ? host.t('code.expiresIn', { time: formatCountdown(left) })
                : host.t('code.expired')
          }
        </p>
        ${host.actions(
          host.t('action.verify'),
          resendButton(host, this.resendWait, this.onResend),
          this.otherMethodButton(),
          host.cancelButton(),
        )}
        ${resendWaitLine(host, this.resendWait)}
      </form>
    `;
  }

  private renderQuestions(): TemplateResult {
    const { host } = this;
    const questions = host.flow?.challenge?.questions ?? [];
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('questions.heading'))}
      <p>${host.t('questions.intro')}</p>
      <form part="form" novalidate @submit=${this.onAnswer}>
        ${questions.map((question, index) =>
          host.field(
            `answer-${index}`,
            question.text ?? this.questionTexts?.(question.id, host.i18n.locale) ?? question.id,
            html`<input
              part="input"
              id=${`answer-${index}`}
              data-question=${question.id}
              type="text"
              autocomplete="off"
              spellcheck="false"
              required
              aria-invalid=${host.invalidAttr(`answer-${index}`)}
              aria-describedby=${host.describedBy(`answer-${index}`)}
            />`,
          ),
        )}
        ${host.actions(host.t('action.verify'), this.backButton(), host.cancelButton())}
      </form>
    `;
  }

  /**
   * The passkey gate: a button starts the browser's prompt (a fresh challenge each time, so
   * a closed prompt is simply tried again).
   */
  private renderPasskey(): TemplateResult {
    const { host } = this;
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('passkey.heading'))}
      <p>${host.t('passkey.intro')}</p>
      <form part="form" novalidate @submit=${this.onUsePasskey}>
        ${host.actions(host.t('action.usePasskey'), this.otherMethodButton(), host.cancelButton())}
      </form>
    `;
  }

  /** An authenticator app's 6-digit code (nothing was sent). */
  private renderAuthenticator(): TemplateResult {
    const { host } = this;
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('authenticator.heading'))}
      <p id="authenticator-intro">${host.t('authenticator.intro')}</p>
      <form part="form" novalidate @submit=${this.onVerifyCode}>
        ${codeField(host, {
          class: 'code-input',
          pattern: '[0-9]*',
          maxlength: 6,
          label: host.t('authenticator.label'),
          describedBy: 'authenticator-intro',
        })}
        ${host.actions(host.t('action.verify'), this.otherMethodButton(), host.cancelButton())}
      </form>
    `;
  }

  /**
   * A Temporary Access Pass the helpdesk gave the user: typed as read out (letters and
   * digits; the server ignores case), verified with no challenge; a valid pass passes every
   * gate. The field is `#code`, so a refused pass is cleared and focused like a code.
   */
  private renderTemporaryPass(): TemplateResult {
    const { host } = this;
    return html`
      ${this.renderProgress()}
      ${host.heading(host.t('temporaryPass.heading'))}
      <p id="temporary-pass-intro">${host.t('temporaryPass.intro')}</p>
      <form part="form" novalidate @submit=${this.onVerifyPass}>
        ${host.field(
          'code',
          host.t('temporaryPass.label'),
          html`<input
            part="input"
            id="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            required
            aria-invalid=${host.invalidAttr('code')}
            aria-describedby=${host.describedBy('code', 'temporary-pass-intro')}
          />`,
        )}
        ${host.actions(host.t('action.verify'), this.otherMethodButton(), host.cancelButton())}
      </form>
    `;
  }

  private renderPassword(): TemplateResult {
    const { host } = this;
    return html`
      ${host.heading(host.t('password.heading'))}
      <p>${host.t('password.intro')}</p>
      <form part="form" novalidate @submit=${this.onSetPassword}>
        <input type="text" name="username" autocomplete="username" hidden .value=${host.startedAs} />
        ${this.passwords.render(host.t, host.config, host.fieldError)}
        ${host.actions(host.t('action.resetPassword'), host.cancelButton())}
      </form>
    `;
  }

  private renderUnlock(): TemplateResult {
    const { host } = this;
    return html`
      ${host.heading(host.t('unlock.heading'))}
      <p>${host.t('unlock.intro')}</p>
      <form part="form" novalidate @submit=${this.onUnlock}>
        ${host.actions(host.t('action.unlock'), host.cancelButton())}
      </form>
    `;
  }

  private renderDone(): TemplateResult {
    const { host } = this;
    const intent = host.effectiveIntent;
    return html`
      ${host.heading(host.t(`done.heading.${intent}`))}
      <p>${host.t(`done.next.${intent}`)}</p>
      ${
        host.flow?.registerNext === true
          ? html`<p>${host.t('done.registerNext')}</p>
            ${
              host.registerUrl === undefined
                ? nothing
                : html`<p><a part="link" href=${host.registerUrl}>${host.t('action.registerMethods')}</a></p>`
            }`
          : nothing
      }
      ${
        host.signInHref === undefined
          ? nothing
          : html`<div class="actions">
            <a part="link button primary-button" class="primary" href=${host.signInHref}>
              ${host.t('action.signIn')}
            </a>
          </div>`
      }
    `;
  }

  /** Counts down to the code's expiry (a flow without one shows no countdown). */
  private countDownToExpiry(): void {
    const expiresAt = this.host.flow?.challenge?.expiresAt;
    if (expiresAt === undefined) this.codeExpiry.stop();
    else this.codeExpiry.until(Date.parse(expiresAt));
  }

  private async checkDelivery(): Promise<void> {
    const { host } = this;
    const flow = host.flow;
    const client = host.resolveClient();
    if (flow === undefined || client === undefined || host.busy) return;
    const delivery = flow.challenge?.delivery;
    if ((delivery !== 'queued' && delivery !== 'delayed') || !this.codeExpiry.running) return;
    try {
      const now = await client.resetStatus(flow.flowToken);
      if (host.flow !== flow || host.step !== ResetStep.Code) return;
      if (now.challenge?.delivery === 'failed') {
        host.flow = now;
        host.notice = host.t('code.deliveryFailed');
      }
    } catch {
      // A failed status check changes nothing: the user can still resend.
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

  /** The flow and the method chosen, the two every proof call needs. */
  private chosen(): { flowToken: string; methodId: string } | undefined {
    const flow = this.host.flow;
    const methodId = this.methodId;
    return flow === undefined || methodId === undefined
      ? undefined
      : { flowToken: flow.flowToken, methodId };
  }

  private onChooseMethod = (event: SubmitEvent): void => {
    event.preventDefault();
    const { host } = this;
    const flow = host.flow;
    const methodId = this.methodId ?? this.availableMethods()[0]?.id;
    if (flow === undefined || methodId === undefined) return;
    this.methodId = methodId;
    const method = this.currentMethod;
    if (method?.type === 'passkey') {
      // The library loads while the user reads the step; the button waits for it anyway.
      void loadWebAuthn().catch(() => undefined);
      host.show(ResetStep.Passkey);
      return;
    }
    if (method?.type === 'temporary_access_pass') {
      // Nothing is sent: the pass is verified directly.
      host.show(ResetStep.TemporaryPass);
      return;
    }
    if (method?.type === 'securityQuestions' || method?.type === 'authenticatorApp') {
      void host.run(async (client) => {
        await this.show(await client.challengeReset({ flowToken: flow.flowToken, methodId }));
      });
      return;
    }
    this.confirmValue = '';
    host.show(ResetStep.Confirm);
  };

  private onConfirm = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.chosen();
    if (chosen === undefined) return;
    const confirm = this.host.required('confirm');
    if (confirm === undefined) return;
    this.confirmValue = confirm;
    void this.host.run(async (client) => {
      await this.show(await client.challengeReset({ ...chosen, confirm }));
    });
  };

  private onVerifyCode = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.chosen();
    if (chosen === undefined) return;
    const code = typedCode(this.host);
    if (code === undefined) return;
    void this.host.run(async (client) => {
      await this.show(await client.verifyReset({ ...chosen, code }));
    });
  };

  /** `/reset/verify` with the typed pass (no challenge comes first). */
  private onVerifyPass = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.chosen();
    if (chosen === undefined) return;
    const code = this.host.required('code');
    if (code === undefined) return;
    void this.host.run(async (client) => {
      await this.show(await client.verifyReset({ ...chosen, code }));
    });
  };

  /** `/reset/challenge`, the browser's passkey prompt, then `/reset/verify` with its answer. */
  private onUsePasskey = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.chosen();
    if (chosen === undefined) return;
    void this.host.run(async (client) => {
      const challenged = await client.challengeReset(chosen);
      this.host.flow = challenged;
      const publicKey = challenged.challenge?.publicKey;
      if (publicKey === undefined) throw new ClientError(ClientErrorCode.InvalidResponse, 0);
      const credential = await authenticateWithPasskey(publicKey);
      await this.show(await client.verifyReset({ ...chosen, credential }));
    });
  };

  private onResend = (): void => {
    const chosen = this.chosen();
    if (chosen === undefined) return;
    const { host } = this;
    void host.run(async (client) => {
      host.flow = await client.challengeReset({
        ...chosen,
        ...(this.confirmValue === '' ? {} : { confirm: this.confirmValue }),
      });
      this.resendWait.start(host.resendCooldown);
      this.countDownToExpiry();
      host.notice = host.t('code.resent');
      host.input('code')?.focus();
    });
  };

  private onContactAdmin = (): void => {
    const { host } = this;
    const flowToken = host.flow?.flowToken;
    if (flowToken === undefined) return;
    void host.run(async (client) => {
      await client.contactAdmin(flowToken);
      this.contacted = true;
      host.requestUpdate();
      // The button is gone: focus goes to the sentence that replaced it (read out).
      host.focusOn('contacted');
    });
  };

  private onOtherMethod = (): void => {
    this.methodId = undefined;
    this.host.show(ResetStep.Method);
  };

  private onBack = (): void => {
    this.host.show(ResetStep.Method);
  };

  private onAnswer = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.chosen();
    if (chosen === undefined) return;
    const inputs = this.questionInputs();
    const empty = inputs.find((input) => input.value.trim() === '');
    if (empty !== undefined) {
      this.host.refuse(empty.id, { key: 'field.required' });
      return;
    }
    const answers = inputs.map((input) => ({
      questionId: input.dataset.question ?? '',
      answer: input.value,
    }));
    void this.host.run(async (client) => {
      await this.show(await client.verifyReset({ ...chosen, answers }));
    });
  };

  private onSetPassword = (event: SubmitEvent): void => {
    event.preventDefault();
    const { host, passwords } = this;
    const flow = host.flow;
    if (flow === undefined) return;
    if (host.refused(passwords.check(host.t, host.config))) return;
    const newPassword = passwords.password;
    void host.run(async (client) => {
      const done = await client.completeReset({ flowToken: flow.flowToken, newPassword });
      passwords.clear();
      await this.show(done);
      if (done.state === 'completed') emit(host, 'openreset-success', { intent: 'reset' });
    });
  };

  private onUnlock = (event: SubmitEvent): void => {
    event.preventDefault();
    const { host } = this;
    const flow = host.flow;
    if (flow === undefined) return;
    void host.run(async (client) => {
      const done = await client.completeReset({ flowToken: flow.flowToken });
      await this.show(done);
      if (done.state === 'completed') emit(host, 'openreset-success', { intent: 'unlock' });
    });
  };
}
