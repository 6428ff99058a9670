// <openreset-change>: a signed-in user (alice) changes her password against the real engine.
import '@openreset/widgets/openreset-change';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, BRANDING_ARGS, type BrandingArgs, scenarioOf } from './args.js';
import {
  ALICE_PASSWORD,
  elementIn,
  fill,
  NEW_PASSWORD,
  press,
  scenarioLoader,
  toStep,
  waitForAlert,
  waitForReady,
} from './engine.js';

interface ChangeArgs extends BrandingArgs {
  expired: boolean;
}

type Story = StoryObj<ChangeArgs>;

const meta: Meta<ChangeArgs> = {
  title: 'Elements/openreset-change',
  component: 'openreset-change',
  args: { ...BRANDING_ARGS, expired: false },
  argTypes: { expired: { control: 'boolean' } },
  loaders: [scenarioLoader({ signedIn: 'u-alice' })],
  render: (args, { loaded }) => html`<openreset-change
    .client=${scenarioOf(loaded).client}
    locale=${args.locale}
    theme=${args.theme}
    ?expired=${args.expired}
    username="alice"
    org-name=${attr(args.orgName)}
    logo-url=${attr(args.logoUrl)}
    primary-color=${attr(args.primaryColor)}
  ></openreset-change>`,
  parameters: { docs: { story: { autoplay: true } } },
};
export default meta;

/** Fills the three fields and submits. */
async function submit(canvas: HTMLElement, current: string, next: string): Promise<HTMLElement> {
  const element = await elementIn(canvas, 'openreset-change');
  await waitForReady(element);
  await fill(element, '#current-password', current);
  await fill(element, '#new-password', next);
  await fill(element, '#confirm-password', next);
  return element;
}

/** Current password, new password and confirmation, with the rules live. */
export const Form: Story = {};

/** `expired`: the directory says the password must change. */
export const Expired: Story = { args: { expired: true } };

/** The server refuses the new password and says why. */
export const WithIssues: Story = {
  play: async ({ canvasElement }) => {
    const element = await submit(canvasElement, ALICE_PASSWORD, 'password1234');
    await press(element);
    await waitForAlert(element);
  },
};

/** The current password is wrong. */
export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => {
    const element = await submit(canvasElement, 'not my password at all', NEW_PASSWORD);
    await press(element);
    await waitForAlert(element);
  },
};

/** Done: the password was changed. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const element = await submit(canvasElement, ALICE_PASSWORD, NEW_PASSWORD);
    await toStep(element, 'done', () => press(element));
  },
};
