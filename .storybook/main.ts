// Storybook for the widgets: the stories import the BUILT packages (`npm run build` first), and
// run a real core engine in the page (see stories/engine.ts). No network: telemetry is off.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The manager and docs bundles are large by nature; the warning says nothing about ours.
  viteFinal: (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
