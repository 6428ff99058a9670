// Docs come from the widgets' custom elements manifest (attributes, properties, events,
// slots, parts, custom properties), without the private members the analyzer also lists.
import manifest from '@openreset/widgets/custom-elements.json';
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Member {
  privacy?: string;
}

setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration
        ? {
            ...declaration,
            members: (declaration.members as Member[]).filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            ),
          }
        : declaration,
    ),
  })),
});

/** The args every story has a control for; the manifest's other rows are documentation. */
const CONTROLLED = new Set(['orgName', 'logoUrl', 'primaryColor', 'theme', 'locale', 'expired']);

const preview: Preview = {
  tags: ['autodocs'],
  argTypes: {
    orgName: { control: 'text', description: 'Branding override (`org-name`)' },
    logoUrl: { control: 'text', description: 'Branding override (`logo-url`)' },
    primaryColor: { control: 'color', description: 'Branding override (`primary-color`)' },
    theme: {
      control: 'inline-radio',
      options: ['light', 'dark', 'auto'],
      description: '`dark` for the dark theme; `auto` follows `prefers-color-scheme`',
    },
    locale: {
      control: 'inline-radio',
      options: ['en', 'nl', 'de', 'fr', 'es'],
      description: 'The language of every string',
    },
  },
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [
          name,
          CONTROLLED.has(name) ? argType : { ...argType, control: false },
        ]),
      ),
  ],
  // The page behind the element follows the theme, so the dark theme is seen as it is meant.
  decorators: [
    (story, context) => html`<div
      style="padding: 1.5rem; min-height: 100%; box-sizing: border-box; background: ${
        context.args.theme === 'dark' ? '#0d0f12' : '#f4f5f7'
      }"
    >
      ${story()}
    </div>`,
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Show the story's code instead of rendering each story a second time for its source.
    docs: { source: { type: 'code' } },
    a11y: { test: 'error' },
  },
};

export default preview;
