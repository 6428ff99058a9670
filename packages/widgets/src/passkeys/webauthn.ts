/**
 * The WebAuthn browser ceremonies (`@simplewebauthn/browser`), a module of its own so that a
 * bundle makes it a separate chunk, loaded only when a passkey step shows (see
 * {@link loadWebAuthn} in `passkey-ceremony.ts`). It holds the library alone: a lazy chunk
 * that imported the element's own code (`ClientError`, say) would make rollup move each
 * standalone element into a shared chunk behind a facade (`bench/widgets-size.bench.mjs`
 * fails then), so reading the ceremony's errors stays in `passkey-ceremony.ts`.
 * @module
 */
export {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
