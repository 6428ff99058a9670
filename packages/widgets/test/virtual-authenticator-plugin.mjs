// A web-test-runner plugin that gives a test page a WebAuthn virtual authenticator through the
// Chrome DevTools Protocol (https://chromedevtools.github.io/devtools-protocol/tot/WebAuthn/),
// so browser tests run real passkey ceremonies (navigator.credentials.create/get) with no
// person at the keyboard. Browser side: `executeServerCommand('virtual-authenticator', {...})`
// from '@web/test-runner-commands' (see test/browser/virtual-authenticator.js).

/** What a passkey on a phone or a laptop's platform authenticator looks like to Chrome. */
export const PLATFORM_AUTHENTICATOR = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

/**
 * The server command `virtual-authenticator`. Its payload's `action`:
 * - `add` (with optional `options` over {@link PLATFORM_AUTHENTICATOR}): enables the WebAuthn
 *   domain on the test page and adds an authenticator; answers `{ authenticatorId }`.
 * - `credentials`: the credentials the authenticator holds (`WebAuthn.getCredentials`).
 * - `set-user-verified` (with `isUserVerified`): whether the next ceremony passes its user check.
 * - `remove`: removes every authenticator this plugin added to the page and disables the domain.
 *
 * Only the Chrome launcher (puppeteer) is supported: any other browser is an error, not a skip.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function virtualAuthenticatorPlugin() {
  /** @type {Map<string, { cdp: import('puppeteer-core').CDPSession, authenticatorIds: string[] }>} */
  const sessions = new Map();

  /**
   * The CDP session of a test session's page, opened once. Each test file runs in a page of
   * its own that closes when the file is done, and its CDP session with it.
   */
  async function cdpOf(session) {
    let entry = sessions.get(session.id);
    if (entry === undefined) {
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `virtual-authenticator needs the Chrome launcher, not ${session.browser.type}`,
        );
      }
      const page = session.browser.getPage(session.id);
      entry = { cdp: await page.createCDPSession(), authenticatorIds: [] };
      sessions.set(session.id, entry);
    }
    return entry;
  }

  return {
    name: 'virtual-authenticator',
    async executeCommand({ command, payload, session }) {
      if (command !== 'virtual-authenticator') return undefined;
      const entry = await cdpOf(session);
      const { cdp } = entry;
      switch (payload?.action) {
        case 'add': {
          await cdp.send('WebAuthn.enable', { enableUI: false });
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { ...PLATFORM_AUTHENTICATOR, ...payload.options },
          });
          entry.authenticatorIds.push(authenticatorId);
          return { authenticatorId };
        }
        case 'credentials': {
          const authenticatorId = payload.authenticatorId ?? entry.authenticatorIds.at(-1);
          const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
          return credentials;
        }
        case 'set-user-verified': {
          const authenticatorId = payload.authenticatorId ?? entry.authenticatorIds.at(-1);
          await cdp.send('WebAuthn.setUserVerified', {
            authenticatorId,
            isUserVerified: payload.isUserVerified === true,
          });
          return true;
        }
        case 'remove': {
          for (const authenticatorId of entry.authenticatorIds) {
            await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
          }
          entry.authenticatorIds = [];
          await cdp.send('WebAuthn.disable');
          return true;
        }
        default:
          throw new TypeError(`virtual-authenticator: unknown action ${payload?.action}`);
      }
    },
  };
}
