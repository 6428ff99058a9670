import { describe, expect, it } from 'vitest';
import { isClientError } from '../client/client-error.js';
import { PasskeyErrorCode, passkeyErrorOf } from './passkey-ceremony.js';

/** What `@simplewebauthn/browser` throws: a `WebAuthnError` named after its cause, with a code. */
function webAuthnError(name: string, code: string): Error {
  const error = new Error('ceremony failed', { cause: new DOMException('', name) });
  error.name = name;
  return Object.assign(error, { code });
}

describe('passkeyErrorOf', () => {
  it('reads a closed or timed-out prompt as canceled, which the user can retry', () => {
    for (const error of [
      new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      new DOMException('aborted', 'AbortError'),
      webAuthnError('AbortError', 'ERROR_CEREMONY_ABORTED'),
    ]) {
      const read = passkeyErrorOf(error);
      expect(isClientError(read)).toBe(true);
      expect(read.code).toBe(PasskeyErrorCode.Canceled);
      expect(read.status).toBe(0);
      expect(read.cause).toBe(error);
    }
  });

  it('reads an excluded credential as a passkey the authenticator already holds', () => {
    expect(
      passkeyErrorOf(
        webAuthnError('InvalidStateError', 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'),
      ).code,
    ).toBe(PasskeyErrorCode.AlreadyRegistered);
  });

  it('reads a browser without the needed support as unsupported', () => {
    expect(passkeyErrorOf(new DOMException('no', 'NotSupportedError')).code).toBe(
      PasskeyErrorCode.Unsupported,
    );
  });

  it('reads anything else, a wrong relying party included, as failed', () => {
    expect(passkeyErrorOf(webAuthnError('SecurityError', 'ERROR_INVALID_RP_ID')).code).toBe(
      PasskeyErrorCode.Failed,
    );
    expect(passkeyErrorOf(new TypeError('boom')).code).toBe(PasskeyErrorCode.Failed);
    expect(passkeyErrorOf('a string').code).toBe(PasskeyErrorCode.Failed);
  });
});
