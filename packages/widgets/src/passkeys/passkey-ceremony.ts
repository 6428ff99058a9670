import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { ClientError } from '../client/client-error.js';
import { lazyModule } from '../shared/lazy-module.js';

/**
 * Codes of a passkey ceremony that did not finish in the browser (the server never saw it).
 * The elements show them like the API's codes (`error.<code>` in the catalogs).
 */
export const PasskeyErrorCode = {
  /** The user closed the browser's prompt, or it timed out (`NotAllowedError`). Retryable. */
  Canceled: 'passkey_canceled',
  /** This browser has no WebAuthn (`PublicKeyCredential`), or the page is not a secure context. */
  Unsupported: 'passkey_unsupported',
  /** The authenticator already holds a passkey of this account (`excludeCredentials`). */
  AlreadyRegistered: 'passkey_already_registered',
  /** Any other failure of the ceremony. */
  Failed: 'passkey_failed',
} as const;

/** The union of {@link PasskeyErrorCode} values. */
export type PasskeyErrorCode = (typeof PasskeyErrorCode)[keyof typeof PasskeyErrorCode];

type WebAuthnModule = typeof import('./webauthn.js');

/**
 * Loads `@simplewebauthn/browser` (a separate chunk) once; a failed load is retried on the
 * next call and throws a {@link ClientError} `network_error`.
 */
export const loadWebAuthn: () => Promise<WebAuthnModule> = lazyModule(
  () => import('./webauthn.js'),
);

/** Whether this browser can run a WebAuthn ceremony at all (no library load needed). */
export function canUsePasskeys(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function' && globalThis.isSecureContext;
}

/**
 * Reads a failed ceremony into a {@link ClientError} with a {@link PasskeyErrorCode} (and the
 * browser's error as `cause`): `NotAllowedError` and `AbortError` are a closed or timed-out
 * prompt, `InvalidStateError` a passkey the authenticator already holds.
 */
export function passkeyErrorOf(error: unknown): ClientError {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  const causeName = cause instanceof Error ? cause.name : '';
  if (
    name === 'NotAllowedError' ||
    name === 'AbortError' ||
    causeName === 'NotAllowedError' ||
    code === 'ERROR_CEREMONY_ABORTED'
  ) {
    return new ClientError(PasskeyErrorCode.Canceled, 0, { cause: error });
  }
  if (
    code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' ||
    name === 'InvalidStateError' ||
    causeName === 'InvalidStateError'
  ) {
    return new ClientError(PasskeyErrorCode.AlreadyRegistered, 0, { cause: error });
  }
  if (name === 'NotSupportedError') {
    return new ClientError(PasskeyErrorCode.Unsupported, 0, { cause: error });
  }
  return new ClientError(PasskeyErrorCode.Failed, 0, { cause: error });
}

async function ceremony<T>(run: (webauthn: WebAuthnModule) => Promise<T>): Promise<T> {
  if (!canUsePasskeys()) throw new ClientError(PasskeyErrorCode.Unsupported, 0);
  const webauthn = await loadWebAuthn();
  if (!webauthn.browserSupportsWebAuthn()) throw new ClientError(PasskeyErrorCode.Unsupported, 0);
  try {
    return await run(webauthn);
  } catch (error) {
    throw passkeyErrorOf(error);
  }
}

/**
 * Signs in with a passkey: `navigator.credentials.get` through `startAuthentication` of
 * `@simplewebauthn/browser` (loaded on first use), for `POST /reset/verify`.
 * @throws {ClientError} with a {@link PasskeyErrorCode} when the ceremony does not finish.
 */
export function authenticateWithPasskey(
  optionsJSON: PublicKeyCredentialRequestOptionsJSON,
): Promise<AuthenticationResponseJSON> {
  return ceremony((webauthn) => webauthn.startAuthentication({ optionsJSON }));
}

/**
 * Creates a passkey: `navigator.credentials.create` through `startRegistration` of
 * `@simplewebauthn/browser` (loaded on first use), for `POST /me/passkeys`.
 * @throws {ClientError} with a {@link PasskeyErrorCode} when the ceremony does not finish.
 */
export function createPasskey(
  optionsJSON: PublicKeyCredentialCreationOptionsJSON,
): Promise<RegistrationResponseJSON> {
  return ceremony((webauthn) => webauthn.startRegistration({ optionsJSON }));
}
