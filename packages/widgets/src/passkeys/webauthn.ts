/**
 * The WebAuthn browser ceremonies (`@simplewebauthn/browser`), a module of its own so that a
 * bundle makes it a separate chunk, loaded only when a passkey step shows (see
 * {@link loadWebAuthn} in `passkey-ceremony.ts`).
 * @module
 */
export {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
