// Browser tests run the BUILT packages (`packages/*/test/browser/**/*.test.js` import
// `../../dist/*.js`), so what runs in Chromium is what ships. Run `npm run build` first.
import { chromeLauncher } from '@web/test-runner-chrome';
import { virtualAuthenticatorPlugin } from './packages/widgets/test/virtual-authenticator-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

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
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
};
