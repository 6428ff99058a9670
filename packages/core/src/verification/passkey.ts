import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import type { JsonObject } from '../ports/storage.js';

export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
};

/**
 * The relying party passkeys are bound to (WebAuthn 5.1.2). A passkey made for `rpId` works
 * only on that domain and its subdomains, and only from `origins`: a phishing site on any
 * other origin gets nothing the engine accepts.
 */
export interface WebAuthnOptions {
  /** The registrable domain, e.g. `example.com` (`localhost` in development). */
  rpId: string;
  /** The name browsers show in the passkey prompt, e.g. `Example Corp`. */
  rpName: string;
  /**
   * Every origin the widgets run on (`https://login.example.com`), each on `rpId` or a
   * subdomain of it (`http://localhost:<port>` only for `rpId: 'localhost'`).
   */
  origins: readonly string[];
}

/** A registered passkey, as {@link RegisteredMethod.credential} stores it: public data only. */
export interface StoredPasskey {
  /** The credential id (base64url). */
  id: string;
  /** The COSE public key (base64url). */
  publicKey: string;
  /** The signature counter last seen (0 for authenticators that keep none). */
  counter: number;
  transports: string[];
  /** `multiDevice` for a synced passkey (backup eligible), `singleDevice` for a device-bound key. */
  deviceType: 'singleDevice' | 'multiDevice';
  /** Whether it was backed up when last seen. */
  backedUp: boolean;
  /** The opaque user handle it was made for (base64url): an assertion must carry it. */
  userHandle: string;
}

/** Passkey ceremonies (registration and assertion) for one relying party. */
export interface Passkeys {
  readonly options: WebAuthnOptions;
  /** Options for `navigator.credentials.create`: a discoverable credential with user verification. */
  registrationOptions(input: {
    challenge: Uint8Array;
    /** An opaque, stable handle for the user (never a name or an email). */
    userHandle: Uint8Array;
    userName: string;
    displayName: string;
    /** The user's passkeys, so an authenticator does not register twice. */
    exclude: readonly StoredPasskey[];
  }): Promise<PublicKeyCredentialCreationOptionsJSON>;
  /**
   * The new passkey (without its user handle, which the caller kept from the options), or
   * `null` when the response does not verify (any reason).
   */
  verifyRegistration(input: {
    response: RegistrationResponseJSON;
    expectChallenge(challenge: string): Promise<boolean>;
  }): Promise<Omit<StoredPasskey, 'userHandle'> | null>;
  /**
   * Options for `navigator.credentials.get`, the same for every account: no credential
   * list (the browser offers the site's discoverable passkeys), user verification required.
   */
  authenticationOptions(challenge: Uint8Array): Promise<PublicKeyCredentialRequestOptionsJSON>;
  /**
   * Verifies an assertion against `credential`, or against a stand-in key nobody holds
   * when it is `undefined` (so a miss costs a signature check like a hit). Returns the
   * credential as it is to be stored next (counter, backup state), or `null` when the
   * assertion fails: a bad signature, challenge, origin or RP id, no user verification, a
   * counter that did not move forward, a changed backup eligibility, or a user handle that
   * is not the credential's.
   */
  verifyAssertion(input: {
    response: AuthenticationResponseJSON;
    credential: StoredPasskey | undefined;
    expectChallenge(challenge: string): Promise<boolean>;
  }): Promise<StoredPasskey | null>;
}

/**
 * An ES256 public key (COSE) whose private key was thrown away: assertions for accounts
 * without a matching passkey are checked against it, and always fail.
 */
const STAND_IN_PUBLIC_KEY =
  'pQECAyYgASFYIJoQFjBGTTQ15kx1jL8bd0qqFgbOZFkdUJAhX5eiabKKIlggUO4rTRXTp0KMeMXqmwNUSD41DjwGPY8RfIaelvO8_ZE';

/** Seconds the browser gives the user to answer the passkey prompt. */
const CEREMONY_TIMEOUT_MS = 120_000;

/**
 * Checks the relying-party settings: a domain-like `rpId`, and origins that are https (or
 * http on `localhost`) on `rpId` or a subdomain. Returns what is wrong, or `[]`.
 */
export function webAuthnIssues(options: WebAuthnOptions): string[] {
  const issues: string[] = [];
  const rpId = options.rpId;
  if (typeof rpId !== 'string' || !/^[a-z0-9.-]{1,253}$/.test(rpId) || rpId.startsWith('.')) {
    issues.push('rpId must be a lower-case domain name such as example.com');
  }
  if (typeof options.rpName !== 'string' || options.rpName.trim().length === 0) {
    issues.push('rpName must name the organisation');
  }
  if (!Array.isArray(options.origins) || options.origins.length === 0) {
    issues.push('origins must list the origins the widgets run on');
  }
  for (const origin of options.origins ?? []) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      issues.push(`${origin} is not an origin`);
      continue;
    }
    const host = url.hostname;
    const onRp = host === rpId || host.endsWith(`.${rpId}`);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && host === 'localhost');
    if (url.origin !== origin) issues.push(`${origin} is not an origin (use ${url.origin})`);
    else if (!onRp) issues.push(`${origin} is not on ${rpId} or a subdomain of it`);
    else if (!secure) issues.push(`${origin} must use https (http only on localhost)`);
  }
  return issues;
}

/** Creates the {@link Passkeys} ceremonies for a relying party (see {@link webAuthnIssues}). */
export function createPasskeys(options: WebAuthnOptions): Passkeys {
  const expected = { expectedOrigin: [...options.origins], expectedRPID: options.rpId };
  return {
    options,

    registrationOptions(input) {
      return generateRegistrationOptions({
        rpName: options.rpName,
        rpID: options.rpId,
        userID: new Uint8Array(input.userHandle),
        userName: input.userName,
        userDisplayName: input.displayName,
        challenge: new Uint8Array(input.challenge),
        timeout: CEREMONY_TIMEOUT_MS,
        attestationType: 'none',
        excludeCredentials: input.exclude.map((passkey) => ({
          id: passkey.id,
          transports: passkey.transports,
        })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
    },

    async verifyRegistration(input) {
      try {
        const result = await verifyRegistrationResponse({
          response: input.response,
          expectedChallenge: input.expectChallenge,
          ...expected,
          requireUserVerification: true,
        });
        if (!result.verified) return null;
        const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
        return {
          id: credential.id,
          publicKey: encodeBase64Url(credential.publicKey),
          counter: credential.counter,
          transports: [...(credential.transports ?? [])],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
        };
      } catch {
        return null;
      }
    },

    authenticationOptions(challenge) {
      return generateAuthenticationOptions({
        rpID: options.rpId,
        allowCredentials: [],
        challenge: new Uint8Array(challenge),
        timeout: CEREMONY_TIMEOUT_MS,
        userVerification: 'required',
      });
    },

    async verifyAssertion(input) {
      const stored = input.credential;
      const publicKey = decodeBase64Url(stored?.publicKey ?? STAND_IN_PUBLIC_KEY);
      if (publicKey === null) return null;
      try {
        const result = await verifyAuthenticationResponse({
          response: input.response,
          expectedChallenge: input.expectChallenge,
          ...expected,
          credential: {
            id: stored?.id ?? input.response.id,
            publicKey: new Uint8Array(publicKey),
            counter: stored?.counter ?? 0,
            ...(stored === undefined ? {} : { transports: stored.transports }),
          },
          requireUserVerification: true,
        });
        const info = result.authenticationInfo;
        const handle = input.response.response.userHandle;
        const sameUser = handle === undefined || handle === stored?.userHandle;
        // Backup eligibility is fixed when a credential is made (WebAuthn 6.1.3): a change
        // means this is not the authenticator that registered it.
        if (
          stored === undefined ||
          !result.verified ||
          !info.userVerified ||
          !sameUser ||
          info.credentialDeviceType !== stored.deviceType
        ) {
          return null;
        }
        return { ...stored, counter: info.newCounter, backedUp: info.credentialBackedUp };
      } catch {
        return null;
      }
    },
  };
}

/** The passkey in a registered method's `credential`, or `undefined` when it holds none. */
export function storedPasskey(credential: JsonObject | undefined): StoredPasskey | undefined {
  if (credential === undefined) return undefined;
  const { id, publicKey, counter, userHandle } = credential;
  if (
    typeof id !== 'string' ||
    typeof publicKey !== 'string' ||
    typeof counter !== 'number' ||
    typeof userHandle !== 'string'
  ) {
    return undefined;
  }
  const transports = Array.isArray(credential.transports)
    ? credential.transports.filter((t): t is string => typeof t === 'string')
    : [];
  return {
    id,
    publicKey,
    counter,
    transports,
    deviceType: credential.deviceType === 'multiDevice' ? 'multiDevice' : 'singleDevice',
    backedUp: credential.backedUp === true,
    userHandle,
  };
}
