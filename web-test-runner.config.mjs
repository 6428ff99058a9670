// Browser tests run the BUILT packages (`packages/*/test/browser/**/*.test.js` import
// `../../dist/*.js`), so what runs in Chromium is what ships. Run `npm run build` first.
import { chromeLauncher } from '@web/test-runner-chrome';
import { virtualAuthenticatorPlugin } from './packages/widgets/test/virtual-authenticator-plugin.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/test/browser/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  // WebAuthn needs a secure context: localhost is one, and the passkey tests use it as rpId.
  hostname: 'localhost',
  // `executeServerCommand('virtual-authenticator', ...)`: a CDP virtual authenticator (passkeys).
  plugins: [virtualAuthenticatorPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
};
