// <openreset-link>: the link under a sign-in form; it opens <openreset-reset> in a dialog.
import '@openreset/widgets/openreset-link';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, BRANDING_ARGS, type BrandingArgs, scenarioOf } from './args.js';
import { elementIn, scenarioLoader, waitFor } from './engine.js';

interface LinkArgs extends BrandingArgs {
  href?: string;
}

type Story = StoryObj<LinkArgs>;

const meta: Meta<LinkArgs> = {
  title: 'Elements/openreset-link',
  component: 'openreset-link',
  args: BRANDING_ARGS,
  argTypes: {
    orgName: { description: 'The dialog’s reset takes its branding from `GET /config`' },
    logoUrl: { control: false, description: 'Not used here: a policy logo must be an https URL' },
    primaryColor: { description: 'The dialog’s reset takes its branding from `GET /config`' },
  },
  // The link passes no branding to its dialog: the engine's policy carries the initial args.
  loaders: [
    async (context) =>
      scenarioLoader({
        policy: {
          branding: {
            orgName: context.args.orgName,
            primaryColor: context.args.primaryColor,
          },
        },
      })(),
  ],
  render: (
    args,
    { loaded },
  ) => html`<form aria-label="Sign in" @submit=${(event: Event) => event.preventDefault()}>
      <p><label>Username <input name="username" autocomplete="username" /></label></p>
      <p><label>Password <input name="password" type="password" autocomplete="current-password" /></label></p>
      <p><button>Sign in</button></p>
    </form>
    <openreset-link
      .client=${scenarioOf(loaded).client}
      href=${attr(args.href)}
      locale=${args.locale}
      theme=${args.theme}
      sign-in-href="#sign-in"
    ></openreset-link>`,
  parameters: { docs: { story: { autoplay: true, inline: false, height: '640px' } } },
};
export default meta;

/** Under a sign-in form: "Can't access your account?". */
export const Closed: Story = {};

/** Opened: the reset flow in a modal dialog. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const link = await elementIn(canvasElement, 'openreset-link');
    link.shadowRoot?.querySelector<HTMLButtonElement>('button[part="link"]')?.click();
    await waitFor(() => link.shadowRoot?.querySelector('dialog')?.open, 'the dialog');
  },
};

/** With `href`: a plain link to a recovery page instead of a dialog. */
export const AsLink: Story = { args: { href: '#recovery' } };
