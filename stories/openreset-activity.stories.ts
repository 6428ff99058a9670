// <openreset-activity>: reset activity with its charts, registration activity, usage &
// insights and the audit log, over flows run against the real engine before the story.

import { LOCALES } from '@openreset/core/locales';
import { createAdminClient } from '@openreset/widgets/openreset-activity';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scenarioOf } from './args.js';
import { createScenario, elementIn, press, type Scenario, waitFor } from './engine.js';

interface ActivityArgs {
  theme: 'light' | 'dark' | 'auto';
  locale: 'en' | 'nl' | 'de' | 'fr' | 'es';
  view: 'resets' | 'registrations' | 'usage' | 'audit';
}

type Story = StoryObj<ActivityArgs>;

/** An admin's engine with three flows of alice: two canceled, one left open. */
async function seeded(): Promise<{ scenario: Scenario }> {
  const scenario = await createScenario({ signedIn: 'u-admin', admin: true });
  for (let flow = 0; flow < 3; flow++) {
    const started = await scenario.client.startReset({ identifier: 'alice' });
    if (flow < 2) await scenario.client.cancelReset(started.flowToken);
  }
  return { scenario };
}

const meta: Meta<ActivityArgs> = {
  title: 'Elements/openreset-activity',
  component: 'openreset-activity',
  args: { theme: 'light', locale: 'en', view: 'resets' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: { control: 'select', options: LOCALES },
    view: { control: 'select', options: ['resets', 'registrations', 'usage', 'audit'] },
  },
  loaders: [seeded],
  render: (args, { loaded }) => html`<openreset-activity
    .client=${createAdminClient({ handler: scenarioOf(loaded).engine.handler })}
    locale=${args.locale}
    theme=${args.theme}
    view=${args.view}
  ></openreset-activity>`,
};
export default meta;

/** Results per day (stacked), methods used, the table, filters and CSV. */
export const ResetActivity: Story = {};

/** A chart's data as a table (what a screen reader also gets). */
export const ChartAsTable: Story = {
  play: async ({ canvasElement }) => {
    const element = await elementIn(canvasElement, 'openreset-activity');
    await waitFor(() => element.shadowRoot?.querySelector('#chart-per-day'), 'the chart');
    await press(element, 'Show the data as a table');
  },
};

/** Usage & insights: every user, registered or not, and coverage by method. */
export const UsageAndInsights: Story = { args: { view: 'usage' } };

/** The audit log. */
export const AuditLog: Story = { args: { view: 'audit' } };

/** Dark, in German. */
export const DarkGerman: Story = { args: { theme: 'dark', locale: 'de' } };
