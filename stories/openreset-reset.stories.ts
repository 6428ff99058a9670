// <openreset-reset>, one story per step. Each story gets a fresh engine (its loader) and
// reaches its step in `play` the way a user would: fill the field, press the button, and
// wait for the element's `openreset-step` event. Nothing is mocked: codes come from the
// engine's memory messaging, refusals from its policy.
import '@openreset/widgets/openreset-reset';
import { LOCALES } from '@openreset/core/locales';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, BRANDING_ARGS, type BrandingArgs, scenarioOf } from './args.js';
import {
  ALICE_MOBILE,
  answerFor,
  appCodeFor,
  BOB_MOBILE,
  elementIn,
  fill,
  NEW_PASSWORD,
  press,
  QUESTIONS,
  type Scenario,
  type ScenarioOptions,
  scenarioLoader,
  toStep,
  waitFor,
  waitForAlert,
  waitForIdle,
  waitForReady,
} from './engine.js';

interface ResetArgs extends BrandingArgs {
  intent?: 'reset' | 'unlock';
}

type Story = StoryObj<ResetArgs>;

const HOUR = 3_600_000;

const meta: Meta<ResetArgs> = {
  title: 'Elements/openreset-reset',
  component: 'openreset-reset',
  args: BRANDING_ARGS,
  argTypes: {
    intent: { control: 'inline-radio', options: [undefined, 'reset', 'unlock'] },
    locale: { control: 'select', options: LOCALES },
  },
  loaders: [scenarioLoader()],
  render: (args, { loaded }) => html`<openreset-reset
    .client=${scenarioOf(loaded).client}
    locale=${args.locale}
    theme=${args.theme}
    intent=${attr(args.intent)}
    org-name=${attr(args.orgName)}
    logo-url=${attr(args.logoUrl)}
    primary-color=${attr(args.primaryColor)}
    sign-in-href="#sign-in"
  ></openreset-reset>`,
  parameters: {
    docs: { story: { autoplay: true } },
  },
};
export default meta;

/** A story on its own engine: `options` seed it, `play` drives the element to the step. */
function story(
  options: ScenarioOptions,
  drive?: (element: HTMLElement, scenario: Scenario) => Promise<void>,
  extra: Partial<Story> = {},
): Story {
  return {
    loaders: [scenarioLoader(options)],
    ...(drive === undefined
      ? {}
      : {
          play: async ({ canvasElement, loaded }) => {
            const element = await elementIn(canvasElement, 'openreset-reset');
            await waitForReady(element);
            await drive(element, scenarioOf(loaded));
          },
        }),
    ...extra,
  };
}

// The steps, each built on the one before. -------------------------------------------

async function toMethod(element: HTMLElement, username = 'alice'): Promise<void> {
  await fill(element, '#identifier', username);
  await toStep(element, 'method', () => press(element));
}

async function toConfirm(element: HTMLElement, username = 'alice'): Promise<void> {
  await toMethod(element, username);
  await toStep(element, 'confirm', () => press(element));
}

async function toCode(element: HTMLElement, username = 'alice', mobile = ALICE_MOBILE) {
  await toConfirm(element, username);
  await fill(element, '#confirm', mobile);
  await toStep(element, 'code', () => press(element));
}

async function toPassword(element: HTMLElement, scenario: Scenario): Promise<void> {
  await toCode(element);
  await fill(element, '#code', await scenario.codeSentTo(ALICE_MOBILE));
  await toStep(element, 'password', () => press(element));
}

/** Picks the flow's method of `type` (by its id: the labels are localized). */
async function chooseMethod(element: HTMLElement, scenario: Scenario, type: string): Promise<void> {
  const id = scenario.methodOf(type);
  const radio = await waitFor(
    () =>
      element.shadowRoot?.querySelector<HTMLInputElement>(`input[name="method"][value="${id}"]`),
    `the ${type} method`,
  );
  radio.click();
}

// Stories -------------------------------------------------------------------------------

/** The first step: username (or email), and reset or unlock when the policy offers both. */
export const Identify: Story = story({});

/** `intent="unlock"`: the same first step, for a locked account. */
export const IdentifyUnlock: Story = story({}, undefined, { args: { intent: 'unlock' } });

/** The methods alice registered, masked. */
export const ChooseMethod: Story = story({}, (element) => toMethod(element));

/** Confirm the full phone number the masked hint stands for. */
export const ConfirmPhone: Story = story({}, (element) => toConfirm(element));

/**
 * Left to right (Japanese): the confirm step, to compare with {@link DirectionRightToLeft}.
 * The element sets its `dir` from the locale.
 */
export const DirectionLeftToRight: Story = story({}, (element) => toConfirm(element), {
  args: { locale: 'ja' },
});

/**
 * Right to left (Arabic): the same step mirrored (logical properties only), the masked
 * number still read left to right.
 */
export const DirectionRightToLeft: Story = story({}, (element) => toConfirm(element), {
  args: { locale: 'ar' },
});

/** The code step: countdown to expiry, resend, another method. */
export const EnterCode: Story = story({}, (element) => toCode(element));

/** Security questions instead of a code (alice registered three). */
export const SecurityQuestions: Story = story(
  {
    policy: {
      methods: ['securityQuestions', 'mobileSms', 'email'],
      questions: { predefined: QUESTIONS },
    },
    questionsFor: 'u-alice',
  },
  async (element, scenario) => {
    await toMethod(element);
    await chooseMethod(element, scenario, 'securityQuestions');
    await toStep(element, 'questions', () => press(element));
  },
);

/** The second of two gates: the policy asks for two proofs (questions, then a code). */
export const SecondGate: Story = story(
  {
    policy: {
      gatesRequired: 2,
      methods: ['securityQuestions', 'mobileSms', 'email'],
      questions: { predefined: QUESTIONS },
    },
    questionsFor: 'u-alice',
  },
  async (element, scenario) => {
    await toMethod(element);
    await chooseMethod(element, scenario, 'securityQuestions');
    await toStep(element, 'questions', () => press(element));
    for (const input of element.shadowRoot?.querySelectorAll<HTMLInputElement>(
      'input[data-question]',
    ) ?? []) {
      await fill(element, `#${input.id}`, answerFor(input.dataset.question ?? ''));
    }
    await toStep(element, 'method', () => press(element));
  },
);

/** The new password, with its rules live. */
export const NewPassword: Story = story({}, (element, scenario) => toPassword(element, scenario));

/** The rules as the user types: long enough, not confirmed yet. */
export const NewPasswordTyping: Story = story({}, async (element, scenario) => {
  await toPassword(element, scenario);
  await fill(element, '#new-password', NEW_PASSWORD);
  await fill(element, '#confirm-password', 'violet harbour');
});

/** The server refuses the password and says why (a common password). */
export const NewPasswordWithIssues: Story = story({}, async (element, scenario) => {
  await toPassword(element, scenario);
  await fill(element, '#new-password', 'password1234');
  await fill(element, '#confirm-password', 'password1234');
  await press(element);
  await waitForAlert(element);
});

/** Done: the password was reset; the sign-in link. */
export const Success: Story = story({}, async (element, scenario) => {
  await toPassword(element, scenario);
  await fill(element, '#new-password', NEW_PASSWORD);
  await fill(element, '#confirm-password', NEW_PASSWORD);
  await toStep(element, 'done', () => press(element));
});

/** bob is locked out: after the code, the unlock step. */
export const Unlock: Story = story(
  {},
  async (element, scenario) => {
    await toCode(element, 'bob', BOB_MOBILE);
    await fill(element, '#code', await scenario.codeSentTo(BOB_MOBILE));
    await toStep(element, 'unlock', () => press(element));
  },
  { args: { intent: 'unlock' } },
);

/** Done: the account was unlocked. */
export const Unlocked: Story = story(
  {},
  async (element, scenario) => {
    await toCode(element, 'bob', BOB_MOBILE);
    await fill(element, '#code', await scenario.codeSentTo(BOB_MOBILE));
    await toStep(element, 'unlock', () => press(element));
    await toStep(element, 'done', () => press(element));
  },
  { args: { intent: 'unlock' } },
);

/** Too many wrong codes: self-service is blocked for a while; the helpdesk link. */
export const Blocked: Story = story(
  {
    policy: {
      limits: { failedProofsPerDay: 1 },
      helpdesk: { url: 'https://help.example.com/' },
    },
  },
  async (element) => {
    await toCode(element);
    await toStep(
      element,
      'blocked',
      async () => {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await fill(element, '#code', '000000');
          await press(element);
          await waitForIdle(element);
          if (element.shadowRoot?.querySelector('#code') === null) break;
        }
      },
      8000,
    );
  },
);

/** An error: submitting the first step empty. */
export const ErrorRequiredField: Story = story({}, async (element) => {
  await press(element);
  await waitForAlert(element);
});

/** An error from the engine: a wrong code; the field is marked and focused. */
export const ErrorWrongCode: Story = story(
  { policy: { helpdesk: { email: 'helpdesk@example.com' } } },
  async (element) => {
    await toCode(element);
    await fill(element, '#code', '000000');
    await press(element);
    await waitForAlert(element);
  },
);

/** The flow expired while the user was away (the engine's clock moved two hours on). */
export const ErrorSessionExpired: Story = story({}, async (element, scenario) => {
  await toCode(element);
  scenario.clock.advance(2 * HOUR);
  await fill(element, '#code', await scenario.codeSentTo(ALICE_MOBILE));
  await toStep(element, 'failure', () => press(element));
});

/** The service cannot be reached (every call fails). */
export const ErrorServiceUnreachable: Story = story({ offline: true }, (element) =>
  waitForAlert(element).then(() => undefined),
);

/** The code could not be delivered (the SMS provider refused the number). */
export const ErrorDeliveryFailed: Story = story({}, async (element, scenario) => {
  await toCode(element);
  scenario.messaging.failNext('sms', 'invalid_recipient');
  await scenario.engine.dispatcher.runOnce();
  await waitFor(
    () => (element.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '').trim(),
    'the delivery notice',
    15_000,
  );
});

// Passkeys and authenticator apps (issue 13) ---------------------------------------------

/**
 * alice registered a passkey (core's software authenticator made it) and an authenticator
 * app, and the policy enables both; she is signed in only while they are registered.
 */
const STRONG: ScenarioOptions = {
  policy: { methods: ['mobileSms', 'email', 'passkey', 'authenticatorApp'] },
  webauthn: true,
  seedAs: 'u-alice',
  passkeys: ['Work laptop'],
  authenticatorApps: ['Phone'],
};

/** The methods, a passkey and an authenticator app among them. */
export const ChooseStrongMethod: Story = story(STRONG, (element) => toMethod(element));

/** The passkey gate: its button opens the browser's prompt (a new challenge each time). */
export const PasskeyGate: Story = story(STRONG, async (element, scenario) => {
  await toMethod(element);
  await chooseMethod(element, scenario, 'passkey');
  await toStep(element, 'passkey', () => press(element));
});

/** The authenticator app's 6-digit code. */
export const AuthenticatorGate: Story = story(STRONG, async (element, scenario) => {
  await toMethod(element);
  await chooseMethod(element, scenario, 'authenticatorApp');
  await toStep(element, 'authenticator', () => press(element));
});

/** A wrong authenticator code: announced, the field emptied and focused. */
export const AuthenticatorWrongCode: Story = story(STRONG, async (element, scenario) => {
  await toMethod(element);
  await chooseMethod(element, scenario, 'authenticatorApp');
  await toStep(element, 'authenticator', () => press(element));
  // The code of ten minutes ago: outside the window the server accepts.
  const secret = scenario.appSecrets[0] ?? '';
  await fill(element, '#code', appCodeFor(secret, scenario.clock.now().getTime() - 600_000));
  await press(element);
  await waitForAlert(element);
});

/**
 * MFA-aware recovery: alice proved her phone first; since she has a passkey and an
 * authenticator app, the next gate must be one of them, and the method step says why.
 */
export const NextGateExplained: Story = story(STRONG, async (element, scenario) => {
  await toCode(element);
  await fill(element, '#code', await scenario.codeSentTo(ALICE_MOBILE));
  await toStep(element, 'method', () => press(element));
});
