// The plumbing every passkey test stands on: the page is a secure context on localhost, and
// the CDP virtual authenticator answers navigator.credentials.create and .get with no prompt.

import { assert } from './helpers.js';
import {
  addVirtualAuthenticator,
  authenticatorCredentials,
  removeVirtualAuthenticators,
} from './virtual-authenticator.js';

const random = (length) => crypto.getRandomValues(new Uint8Array(length));

describe('the virtual authenticator', () => {
  afterEach(removeVirtualAuthenticators);

  it('creates a discoverable credential on localhost and signs in with it', async () => {
    assert(window.isSecureContext, 'the test page is a secure context');
    assert(location.hostname === 'localhost', `the page is on localhost, not ${location.hostname}`);
    await addVirtualAuthenticator();

    const userId = random(16);
    const created = await navigator.credentials.create({
      publicKey: {
        rp: { id: 'localhost', name: 'OpenReset test' },
        user: { id: userId, name: 'alice', displayName: 'Alice' },
        challenge: random(32),
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      },
    });
    assert(created instanceof PublicKeyCredential, 'a credential was created');
    const held = await authenticatorCredentials();
    assert(held.length === 1 && held[0].isResidentCredential, 'the authenticator holds it');
    assert(held[0].rpId === 'localhost', 'for localhost');

    // Discoverable: no allowCredentials, as the reset asks (nothing learnt about the account).
    const asserted = await navigator.credentials.get({
      publicKey: {
        rpId: 'localhost',
        challenge: random(32),
        allowCredentials: [],
        userVerification: 'required',
      },
    });
    assert(asserted instanceof PublicKeyCredential, 'an assertion');
    assert(asserted.id === created.id, 'with the credential just created');
    const userHandle = new Uint8Array(asserted.response.userHandle);
    assert(
      userHandle.every((byte, index) => byte === userId[index]),
      'and its user handle',
    );
  });

  it('refuses a sign-in when the authenticator holds no credential for the site', async () => {
    await addVirtualAuthenticator();
    let error;
    try {
      await navigator.credentials.get({
        publicKey: { rpId: 'localhost', challenge: random(32), userVerification: 'required' },
      });
    } catch (caught) {
      error = caught;
    }
    assert(error?.name === 'NotAllowedError', `NotAllowedError, not ${error?.name}`);
  });
});
