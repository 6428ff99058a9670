import type { AccountErrorCode } from '../account/account-error.js';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import { concatBytes, decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import { notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type {
  JsonObject,
  RecoveryMethodKind,
  RegisteredMethod,
  UserRegistration,
} from '../ports/storage.js';
import {
  type Passkeys,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
  storedPasskey,
} from '../verification/passkey.js';
import { matchTotp, newTotpSecret, totpUri } from '../verification/totp.js';
import { OnPass } from '../verification/verify-proof.js';
import type {
  RecentAuth,
  RegistrationRequest,
  RegistrationServiceDependencies,
  RegistrationStatus,
} from './registration-service.js';

/** Most passkeys one user can register. */
export const MAX_PASSKEYS = 10;
/** Most authenticator apps one user can register (recovery checks this many slots). */
export const MAX_AUTHENTICATORS = 5;
/** Longest name of a passkey or authenticator app, in code points. */
export const METHOD_NAME_MAX = 64;
/** How long an authenticator enrolment or a passkey registration may take. */
const ENROLMENT_MS = 10 * 60_000;
/** Bytes of a WebAuthn user handle (opaque and random; WebAuthn allows up to 64). */
const HANDLE_BYTES = 16;
const HOUR = 60 * 60_000;

/** Input of {@link CredentialRegistration.passkeyOptions} and `authenticatorSetup`. */
export interface ReauthRequest extends RegistrationRequest {
  auth: RecentAuth;
}

/** Input of {@link CredentialRegistration.addPasskey}. */
export interface AddPasskeyInput extends ReauthRequest {
  /** The user's name for it ("Work laptop"), 1-64 characters. */
  name: string;
  /** What `startRegistration` of `@simplewebauthn/browser` returned. */
  credential: unknown;
}

/** What {@link CredentialRegistration.authenticatorSetup} returns: show the QR code and the secret. */
export interface AuthenticatorSetup {
  /** The secret in base32, for typing into an app. */
  secret: string;
  /** The `otpauth://totp/...` URI, for the QR code. */
  uri: string;
  /** Sealed proof of this setup; send it back with the first code. */
  enrolmentToken: string;
  /** When the enrolment token stops working. */
  expiresAt: string;
}

/** Input of {@link CredentialRegistration.addAuthenticator}. */
export interface AddAuthenticatorInput extends ReauthRequest {
  enrolmentToken: string;
  /** The app's current code: proves the app holds the secret. */
  code: string;
  name: string;
}

/** Input of {@link CredentialRegistration.renameMethod}. */
export interface RenameMethodInput extends ReauthRequest {
  methodId: string;
  name: string;
}

/** Passkeys and authenticator apps on the registration side. */
export interface CredentialRegistration {
  /** Options for `navigator.credentials.create` (a discoverable passkey, user verification required). */
  passkeyOptions(
    input: ReauthRequest,
  ): Promise<{ publicKey: PublicKeyCredentialCreationOptionsJSON }>;
  /** Verifies and stores a new passkey. */
  addPasskey(input: AddPasskeyInput): Promise<RegistrationStatus>;
  /** A new authenticator-app secret; nothing is stored until its first code is confirmed. */
  authenticatorSetup(input: ReauthRequest): Promise<AuthenticatorSetup>;
  /** Stores the authenticator app (its secret sealed) once its current code is right. */
  addAuthenticator(input: AddAuthenticatorInput): Promise<RegistrationStatus>;
  /** Renames a passkey or authenticator app. */
  renameMethod(input: RenameMethodInput): Promise<RegistrationStatus>;
}

/** What the registration service shares with {@link createCredentialRegistration}. */
export interface RegistrationKit {
  deps: RegistrationServiceDependencies;
  passkeys: Passkeys | undefined;
  fail(code: AccountErrorCode, message: string, details?: object): never;
  /** The user, the policy and the stored registration, after the recent-auth check. */
  begin(
    input: ReauthRequest,
    kind: RecoveryMethodKind | null,
  ): Promise<{
    tenantId: string;
    user: DirectoryUser;
    policy: Policy;
    current: UserRegistration | null;
  }>;
  save(
    tenantId: string,
    user: DirectoryUser,
    current: UserRegistration | null,
    methods: readonly RegisteredMethod[],
  ): Promise<UserRegistration>;
  announce(change: {
    tenantId: string;
    user: DirectoryUser;
    policy: Policy;
    change: 'added' | 'replaced' | 'removed';
    kind: RecoveryMethodKind;
    byAdmin: boolean;
    correlationId: string;
    to: string[];
    hint?: string;
    ip: string | undefined;
  }): Promise<void>;
  statusOf(
    tenantId: string,
    user: DirectoryUser,
    registration: UserRegistration | null,
  ): Promise<RegistrationStatus>;
}

/** Creates the passkey and authenticator-app half of registration. */
export function createCredentialRegistration(kit: RegistrationKit): CredentialRegistration {
  const { deps } = kit;
  const fail: RegistrationKit['fail'] = kit.fail;
  const { storage, keyring, clock, random } = deps;
  const ceremonies = (): Passkeys =>
    kit.passkeys ?? fail('method_not_allowed', 'Passkeys are not configured (webauthn)');

  function nameOf(value: unknown): string {
    const name = typeof value === 'string' ? value.normalize('NFKC').trim() : '';
    const length = [...name].length;
    if (length === 0 || length > METHOD_NAME_MAX || /\p{Cc}/u.test(name)) {
      fail('invalid_name', `A name of 1-${METHOD_NAME_MAX} characters is needed`);
    }
    return name;
  }

  function requireRoom(current: UserRegistration | null, kind: RecoveryMethodKind, max: number) {
    const count = current?.methods.filter((method) => method.kind === kind).length ?? 0;
    if (count >= max) fail('too_many_methods', `At most ${max} of these can be registered`);
  }

  const passkeysOf = (registration: UserRegistration | null) =>
    (registration?.methods ?? []).flatMap((method) => {
      const passkey = method.kind === 'passkey' ? storedPasskey(method.credential) : undefined;
      return passkey === undefined ? [] : [passkey];
    });

  const passkeyFlow = (userId: string) => `registration:${userId}:passkey`;

  async function stored(
    input: ReauthRequest,
    begun: Awaited<ReturnType<RegistrationKit['begin']>>,
    method: RegisteredMethod,
  ): Promise<RegistrationStatus> {
    const { tenantId, user, policy, current } = begun;
    const saved = await kit.save(tenantId, user, current, [...(current?.methods ?? []), method]);
    await kit.announce({
      tenantId,
      user,
      policy,
      change: 'added',
      kind: method.kind,
      byAdmin: false,
      correlationId: `registration:${user.id}`,
      to: notificationAddresses(user, saved),
      hint: method.name ?? '',
      ip: input.ip,
    });
    return kit.statusOf(tenantId, user, saved);
  }

  return {
    async passkeyOptions(input) {
      const begun = await kit.begin(input, 'passkey');
      const { tenantId, user, current } = begun;
      requireRoom(current, 'passkey', MAX_PASSKEYS);
      const existing = passkeysOf(current);
      // One opaque, random handle per user, kept with each passkey (never a name or an id).
      // It rides in the challenge's first bytes, so finishing needs no other state.
      const known = existing[0]?.userHandle;
      const userHandle =
        (known === undefined ? null : decodeBase64Url(known)) ?? random.bytes(HANDLE_BYTES);
      const challenge = concatBytes(userHandle.slice(0, HANDLE_BYTES), random.bytes(32));
      const { keyId, mac } = await keyring.mac('passkey-challenge', encodeBase64Url(challenge));
      const now = clock.now();
      await storage.challenges.issue({
        tenantId,
        flowId: passkeyFlow(user.id),
        methodId: 'passkey',
        secretHash: mac,
        keyId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + ENROLMENT_MS),
      });
      const publicKey = await ceremonies().registrationOptions({
        challenge,
        userHandle: userHandle.slice(0, HANDLE_BYTES),
        userName: user.username,
        displayName: [user.givenName, user.surname].filter(Boolean).join(' ') || user.username,
        exclude: existing,
      });
      return { publicKey };
    },

    async addPasskey(input) {
      const name = nameOf(input.name);
      const begun = await kit.begin(input, 'passkey');
      const { tenantId, user, current } = begun;
      requireRoom(current, 'passkey', MAX_PASSKEYS);
      const pending = await storage.challenges.get(tenantId, passkeyFlow(user.id), 'passkey');
      if (pending === null || pending.expiresAt.getTime() <= clock.now().getTime()) {
        fail('invalid_credential', 'Start again: the passkey request expired');
      }
      let signed: string | undefined;
      const passkey = await ceremonies().verifyRegistration({
        response: input.credential as RegistrationResponseJSON,
        expectChallenge: async (challenge) => {
          const candidate = await keyring.macWith(pending.keyId, 'passkey-challenge', challenge);
          const encoder = new TextEncoder();
          signed = challenge;
          return (
            candidate !== null &&
            timingSafeEqual(encoder.encode(candidate), encoder.encode(pending.secretHash)) &&
            (await storage.challenges.consume(
              tenantId,
              passkeyFlow(user.id),
              'passkey',
              pending.secretHash,
              clock.now(),
            ))
          );
        },
      });
      const handle = decodeBase64Url(signed ?? '')?.slice(0, HANDLE_BYTES);
      if (passkey === null || handle === undefined) {
        fail('invalid_credential', 'The passkey could not be verified');
      }
      if (passkeysOf(current).some((known) => known.id === passkey.id)) {
        fail('invalid_credential', 'This passkey is registered already');
      }
      const now = clock.now();
      return stored(input, begun, {
        id: encodeBase64Url(random.bytes(9)),
        kind: 'passkey',
        name,
        credential: { ...passkey, userHandle: encodeBase64Url(handle) } as unknown as JsonObject,
        createdAt: now,
        verifiedAt: now,
      });
    },

    async authenticatorSetup(input) {
      const { tenantId, user, policy, current } = await kit.begin(input, 'authenticator');
      requireRoom(current, 'authenticator', MAX_AUTHENTICATORS);
      const secret = newTotpSecret(random);
      const expiresAt = new Date(clock.now().getTime() + ENROLMENT_MS);
      const enrolmentToken = await keyring.seal(
        JSON.stringify({ t: tenantId, u: user.id, s: secret, e: expiresAt.getTime() }),
      );
      return {
        secret,
        uri: totpUri({ secret, issuer: policy.branding.orgName, label: user.username }),
        enrolmentToken,
        expiresAt: expiresAt.toISOString(),
      };
    },

    async addAuthenticator(input) {
      const name = nameOf(input.name);
      if (typeof input.code !== 'string' || !/^\d{6}$/.test(input.code)) {
        fail('invalid_request', 'code must be 6 digits');
      }
      const begun = await kit.begin(input, 'authenticator');
      const { tenantId, user, policy, current } = begun;
      requireRoom(current, 'authenticator', MAX_AUTHENTICATORS);
      const opened =
        typeof input.enrolmentToken === 'string' && input.enrolmentToken.length <= 1024
          ? await keyring.open(input.enrolmentToken)
          : null;
      const setup = parseSetup(opened);
      if (setup === null || setup.t !== tenantId || setup.u !== user.id) {
        fail('invalid_request', 'enrolmentToken is not one this user was given');
      }
      const now = clock.now();
      if (setup.e <= now.getTime()) fail('code_expired', 'The setup expired; start again');
      const outcome = await deps.verifier.verify(
        [
          {
            key: `${tenantId}:registration-code:${user.id}:authenticator`,
            windowMs: HOUR,
            max: policy.limits.failedProofsPerDay,
            onPass: OnPass.Release,
          },
        ],
        async () => matchTotp(setup.s, input.code, now) !== null,
      );
      if (outcome.status === 'refused') {
        fail('too_many_attempts', 'Too many wrong codes; try again later', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        });
      }
      if (outcome.status === 'failed') fail('invalid_code', 'The code is wrong');
      // The same secret is never stored twice (a resubmitted setup).
      for (const method of current?.methods ?? []) {
        if (
          method.kind === 'authenticator' &&
          (await keyring.open(method.secret ?? '')) === setup.s
        ) {
          fail('invalid_request', 'This authenticator app is registered already');
        }
      }
      return stored(input, begun, {
        id: encodeBase64Url(random.bytes(9)),
        kind: 'authenticator',
        name,
        secret: await keyring.seal(setup.s),
        createdAt: now,
        verifiedAt: now,
      });
    },

    async renameMethod(input) {
      const name = nameOf(input.name);
      const { tenantId, user, current } = await kit.begin(input, null);
      const method = current?.methods.find((m) => m.id === input.methodId);
      if (current === null || method === undefined) {
        fail('method_not_found', 'No such registered method');
      }
      if (method.kind !== 'passkey' && method.kind !== 'authenticator') {
        fail('invalid_request', 'Only passkeys and authenticator apps have names');
      }
      const saved = await kit.save(
        tenantId,
        user,
        current,
        current.methods.map((m) => (m.id === method.id ? { ...m, name } : m)),
      );
      return kit.statusOf(tenantId, user, saved);
    },
  };
}

/** An opened enrolment token: tenant, user, secret and expiry, or `null`. */
function parseSetup(text: string | null): { t: string; u: string; s: string; e: number } | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return typeof value.t === 'string' &&
      typeof value.u === 'string' &&
      typeof value.s === 'string' &&
      typeof value.e === 'number'
      ? { t: value.t, u: value.u, s: value.s, e: value.e }
      : null;
  } catch {
    return null;
  }
}
