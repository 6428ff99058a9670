// <openreset-admin>: an administrator edits the policy (a form generated from the policy's
// schema), sees a refusal at its field and a conflict explained, against the real engine.

import { LOCALES } from '@openreset/core/locales';
import { createAdminClient } from '@openreset/widgets/openreset-admin';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scenarioOf } from './args.js';
import { elementIn, fill, press, scenarioLoader, waitFor } from './engine.js';

interface AdminArgs {
  theme: 'light' | 'dark' | 'auto';
  locale: 'en' | 'nl' | 'de' | 'fr' | 'es';
}

type Story = StoryObj<AdminArgs>;

const meta: Meta<AdminArgs> = {
  title: 'Elements/openreset-admin',
  component: 'openreset-admin',
  args: { theme: 'light', locale: 'en' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: { control: 'select', options: LOCALES },
  },
  loaders: [scenarioLoader({ signedIn: 'u-admin', admin: true })],
  render: (args, { loaded }) => html`<openreset-admin
    .client=${createAdminClient({ handler: scenarioOf(loaded).engine.handler })}
    locale=${args.locale}
    theme=${args.theme}
  ></openreset-admin>`,
};
export default meta;

/** Waits for the generated form. */
async function form(canvas: HTMLElement): Promise<HTMLElement> {
  const element = await elementIn(canvas, 'openreset-admin');
  await waitFor(() => element.shadowRoot?.querySelector('#f-codeLength'), 'the form');
  return element;
}

/** The policy form, the preview of the reset card, the directory and the helpdesk. */
export const Console: Story = {};

/** A code valid for 30 minutes (at most 10): the refusal shows at the field, edits kept. */
export const RefusedAtField: Story = {
  play: async ({ canvasElement }) => {
    const element = await form(canvasElement);
    await fill(element, '#f-branding-orgName', 'Example Corp');
    await fill(element, '#f-codeTtlMinutes', '30');
    await press(element, 'Save policy');
    await waitFor(
      () => element.shadowRoot?.querySelector('#f-codeTtlMinutes-error'),
      'the error at the field',
    );
  },
};

/** Another admin saved meanwhile: what changed, mine and theirs, to keep or take. */
export const Conflict: Story = {
  play: async ({ canvasElement, loaded }) => {
    const element = await form(canvasElement);
    await scenarioOf(loaded).engine.admin.updatePolicy(
      { codeLength: 8 },
      { kind: 'admin', id: 'u-other' },
    );
    await fill(element, '#f-flowTtlMinutes', '20');
    await press(element, 'Save policy');
    await waitFor(() => element.shadowRoot?.querySelector('#conflict-heading'), 'the conflict');
  },
};

/** Dark, in Dutch. */
export const DarkDutch: Story = { args: { theme: 'dark', locale: 'nl' } };
