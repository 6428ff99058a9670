// The browser side of test/virtual-authenticator-plugin.mjs: a WebAuthn virtual authenticator
// on this test page (Chrome DevTools Protocol), so passkey ceremonies run unattended.
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Adds a virtual platform authenticator (CTAP2, internal, resident keys, user verification
 * that passes, presence simulated) to the page; `options` override its fields.
 * @param {Record<string, unknown>} [options]
 * @returns {Promise<string>} the authenticator's id
 */
export async function addVirtualAuthenticator(options = {}) {
  const { authenticatorId } = await executeServerCommand('virtual-authenticator', {
    action: 'add',
    options,
  });
  return authenticatorId;
}

/**
 * The credentials the page's last authenticator holds (CDP `WebAuthn.Credential`s).
 * @returns {Promise<{ credentialId: string, isResidentCredential: boolean, rpId: string, userHandle?: string, signCount: number }[]>}
 */
export function authenticatorCredentials() {
  return executeServerCommand('virtual-authenticator', { action: 'credentials' });
}

/** Whether the next ceremony on the page's last authenticator passes its user verification. */
export function setUserVerified(isUserVerified) {
  return executeServerCommand('virtual-authenticator', {
    action: 'set-user-verified',
    isUserVerified,
  });
}

/** Removes the page's virtual authenticators. */
export function removeVirtualAuthenticators() {
  return executeServerCommand('virtual-authenticator', { action: 'remove' });
}
