// <openreset-register>: a signed-in user's recovery methods, against the real engine.
import '@openreset/widgets/openreset-register';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, BRANDING_ARGS, type BrandingArgs, scenarioOf } from './args.js';
import {
  elementIn,
  fill,
  press,
  QUESTIONS,
  type Scenario,
  type ScenarioOptions,
  scenarioLoader,
  toStep,
  waitFor,
  waitForAlert,
} from './engine.js';

type Story = StoryObj<BrandingArgs>;

const POLICY = {
  methods: ['mobileSms', 'email', 'securityQuestions'],
  questions: { predefined: [...QUESTIONS, 'first-stuffed-toy'] },
};

const meta: Meta<BrandingArgs> = {
  title: 'Elements/openreset-register',
  component: 'openreset-register',
  args: BRANDING_ARGS,
  loaders: [scenarioLoader({ signedIn: 'u-alice', policy: POLICY })],
  render: (args, { loaded }) => html`<openreset-register
    .client=${scenarioOf(loaded).client}
    locale=${args.locale}
    theme=${args.theme}
    org-name=${attr(args.orgName)}
    logo-url=${attr(args.logoUrl)}
    primary-color=${attr(args.primaryColor)}
  ></openreset-register>`,
  parameters: { docs: { story: { autoplay: true } } },
};
export default meta;

/** The overview's buttons after "Looks good" (the primary one, when due): add a phone, add
 * an email, set up security questions. */
async function actions(canvas: HTMLElement) {
  const element = await elementIn(canvas, 'openreset-register');
  const buttons = await waitFor(() => {
    const found = element.shadowRoot?.querySelectorAll<HTMLButtonElement>(
      '.actions button:not(.primary)',
    );
    return found !== undefined && found.length >= 3 ? [...found] : null;
  }, 'the overview');
  return { element, addPhone: buttons[0], addEmail: buttons[1], questions: buttons[2] };
}

function story(options: ScenarioOptions, extra: Partial<Story> = {}): Story {
  return {
    loaders: [scenarioLoader({ signedIn: 'u-alice', policy: POLICY, ...options })],
    ...extra,
  };
}

async function toVerify(canvas: HTMLElement, scenario: Scenario) {
  const { element, addEmail } = await actions(canvas);
  await toStep(element, 'add', () => addEmail?.click());
  await fill(element, '#value', 'alice.new@example.org');
  await toStep(element, 'verify', () => press(element));
  return { element, code: await scenario.codeSentTo('alice.new@example.org') };
}

/** alice: a mobile from the directory and an alternate email. */
export const Overview: Story = {};

/** carol has nothing registered: how many methods are missing. */
export const NothingRegistered: Story = story({
  signedIn: 'u-carol',
  policy: { ...POLICY, requireRegistration: true },
});

/** Add an email address: a code goes to it. */
export const AddEmail: Story = {
  play: async ({ canvasElement }) => {
    const { element, addEmail } = await actions(canvasElement);
    await toStep(element, 'add', () => addEmail?.click());
  },
};

/** Add a phone number. */
export const AddPhone: Story = {
  play: async ({ canvasElement }) => {
    const { element, addPhone } = await actions(canvasElement);
    await toStep(element, 'add', () => addPhone?.click());
  },
};

/** The code sent to the new address. */
export const VerifyCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    await toVerify(canvasElement, scenarioOf(loaded));
  },
};

/** A wrong code. */
export const ErrorWrongCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { element } = await toVerify(canvasElement, scenarioOf(loaded));
    await fill(element, '#code', '000000');
    await press(element);
    await waitForAlert(element);
  },
};

/** Back on the overview with the new address registered. */
export const Added: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { element, code } = await toVerify(canvasElement, scenarioOf(loaded));
    await fill(element, '#code', code);
    await toStep(element, 'overview', () => press(element));
  },
};

/** Set up security questions (picked from the predefined, localized ones). */
export const SecurityQuestions: Story = {
  play: async ({ canvasElement }) => {
    const { element, questions } = await actions(canvasElement);
    await toStep(element, 'questions', () => questions?.click());
  },
};

// Passkeys and authenticator apps (issue 13) ---------------------------------------------

const STRONG_POLICY = {
  ...POLICY,
  methods: ['mobileSms', 'email', 'securityQuestions', 'passkey', 'authenticatorApp'],
};

/** The overview's secondary button at `index` (by position: the labels are localized). */
async function overviewButton(element: HTMLElement, index: number): Promise<HTMLButtonElement> {
  return waitFor(
    () =>
      [
        ...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>(
          '.actions button:not(.primary)',
        ) ?? []),
      ][index],
    'the overview',
  );
}

/**
 * alice's passkeys and authenticator app, each by name with when it was added and last
 * used, with Rename and Remove.
 */
export const PasskeyList: Story = story({
  policy: STRONG_POLICY,
  webauthn: true,
  passkeys: ['Work laptop', 'Phone'],
  authenticatorApps: ['Authenticator on my phone'],
});

/** Add a passkey: its name, then the browser's prompt. */
export const AddPasskey: Story = {
  ...story({ policy: STRONG_POLICY, webauthn: true }),
  play: async ({ canvasElement }) => {
    const element = await elementIn(canvasElement, 'openreset-register');
    // After phone, email and questions: the passkey button.
    const button = await overviewButton(element, 3);
    await toStep(element, 'passkey', () => button.click());
  },
};

/**
 * Set up an authenticator app: the QR code of its otpauth URI, the secret as text in groups
 * of four with a copy button, then the first code and a name.
 */
export const AuthenticatorSetup: Story = {
  ...story({ policy: STRONG_POLICY, webauthn: true }),
  play: async ({ canvasElement }) => {
    const element = await elementIn(canvasElement, 'openreset-register');
    const button = await overviewButton(element, 4);
    await toStep(element, 'authenticator', () => button.click());
    await waitFor(() => element.shadowRoot?.querySelector('svg.qr'), 'the QR code');
  },
};

/** Rename a passkey. */
export const RenamePasskey: Story = {
  ...story({ policy: STRONG_POLICY, webauthn: true, passkeys: ['Work laptop'] }),
  play: async ({ canvasElement }) => {
    const element = await elementIn(canvasElement, 'openreset-register');
    const rename = await waitFor(
      () => element.shadowRoot?.querySelector<HTMLButtonElement>('.method-actions button'),
      'the rename button',
    );
    await toStep(element, 'rename', () => rename.click());
  },
};
