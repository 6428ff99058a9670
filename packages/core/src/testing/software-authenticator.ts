import { concatBytes, decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '../verification/passkey.js';

/** What {@link createSoftwareAuthenticator} can be told. */
export interface SoftwareAuthenticatorOptions {
  /** The origin the "browser" reports in client data. */
  origin: string;
  /** Whether the user is verified (PIN, biometrics): the UV flag. @default true */
  userVerified?: boolean;
  /** A synced passkey (backup eligible and backed up). @default true */
  synced?: boolean;
  /** Whether it keeps a signature counter (synced passkeys usually report 0). @default false */
  counts?: boolean;
}

/** A passkey held by a {@link SoftwareAuthenticator}. */
export interface SoftwarePasskey {
  id: string;
  rpId: string;
  userHandle: string;
  counter: number;
}

/**
 * A WebAuthn authenticator in software (ES256, `none` attestation), standing in for the
 * browser and a platform authenticator in tests of the server side: it answers the JSON
 * options of `@simplewebauthn/server` with the JSON responses `@simplewebauthn/browser`
 * sends. Browser tests use Chromium's virtual authenticator instead.
 */
export interface SoftwareAuthenticator {
  /** `navigator.credentials.create`: makes a discoverable passkey. */
  create(options: PublicKeyCredentialCreationOptionsJSON): Promise<RegistrationResponseJSON>;
  /**
   * `navigator.credentials.get`: signs with the passkey `credentialId` (default: the last one
   * made for the options' RP id), optionally with a different challenge or origin.
   */
  get(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides?: { credentialId?: string; origin?: string; userVerified?: boolean },
  ): Promise<AuthenticationResponseJSON>;
  /** The passkeys it holds. */
  readonly passkeys: readonly SoftwarePasskey[];
  /** Changes whether it verifies the user from now on. */
  setUserVerified(verified: boolean): void;
}

const FLAG = { up: 0x01, uv: 0x04, be: 0x08, bs: 0x10, at: 0x40 } as const;

/** Creates a {@link SoftwareAuthenticator}. */
export function createSoftwareAuthenticator(
  options: SoftwareAuthenticatorOptions,
): SoftwareAuthenticator {
  let userVerified = options.userVerified ?? true;
  const synced = options.synced ?? true;
  const keys = new Map<string, { passkey: SoftwarePasskey; privateKey: CryptoKey }>();

  const flags = (verified: boolean, attested: boolean) =>
    FLAG.up |
    (verified ? FLAG.uv : 0) |
    (synced ? FLAG.be | FLAG.bs : 0) |
    (attested ? FLAG.at : 0);

  const clientData = (type: string, challenge: string, origin: string) =>
    new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

  return {
    get passkeys() {
      return [...keys.values()].map(({ passkey }) => ({ ...passkey }));
    },

    setUserVerified(verified) {
      userVerified = verified;
    },

    async create(request) {
      const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
      ])) as CryptoKeyPair;
      const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const cose = cbor(
        new Map<number, CborValue>([
          [1, 2],
          [3, -7],
          [-1, 1],
          [-2, decodeBase64Url(jwk.x ?? '') ?? new Uint8Array()],
          [-3, decodeBase64Url(jwk.y ?? '') ?? new Uint8Array()],
        ]),
      );
      const credentialId = crypto.getRandomValues(new Uint8Array(16));
      const id = encodeBase64Url(credentialId);
      const rpId = request.rp.id ?? new URL(options.origin).hostname;
      const authData = concatBytes(
        await sha256(new TextEncoder().encode(rpId)),
        new Uint8Array([flags(userVerified, true)]),
        uint32(0),
        new Uint8Array(16),
        new Uint8Array([credentialId.length >> 8, credentialId.length & 0xff]),
        credentialId,
        cose,
      );
      keys.set(id, {
        passkey: { id, rpId, userHandle: request.user.id, counter: 0 },
        privateKey: pair.privateKey,
      });
      const attestationObject = cbor(
        new Map<string, CborValue>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]),
      );
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: encodeBase64Url(
            clientData('webauthn.create', request.challenge, options.origin),
          ),
          attestationObject: encodeBase64Url(attestationObject),
          transports: ['internal'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },

    async get(request, overrides = {}) {
      const rpId = request.rpId ?? new URL(options.origin).hostname;
      const entry =
        overrides.credentialId === undefined
          ? [...keys.values()].reverse().find(({ passkey }) => passkey.rpId === rpId)
          : keys.get(overrides.credentialId);
      if (entry === undefined) throw new Error('NotAllowedError: no passkey for this site');
      if (options.counts === true) entry.passkey.counter += 1;
      const authData = concatBytes(
        await sha256(new TextEncoder().encode(rpId)),
        new Uint8Array([flags(overrides.userVerified ?? userVerified, false)]),
        uint32(entry.passkey.counter),
      );
      const clientDataJSON = clientData(
        'webauthn.get',
        request.challenge,
        overrides.origin ?? options.origin,
      );
      const signed = concatBytes(authData, await sha256(clientDataJSON));
      const raw = new Uint8Array(
        await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          entry.privateKey,
          signed.slice().buffer,
        ),
      );
      return {
        id: entry.passkey.id,
        rawId: entry.passkey.id,
        type: 'public-key',
        response: {
          clientDataJSON: encodeBase64Url(clientDataJSON),
          authenticatorData: encodeBase64Url(authData),
          signature: encodeBase64Url(derSignature(raw)),
          userHandle: entry.passkey.userHandle,
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
}

type CborValue = number | string | Uint8Array | Map<number | string, CborValue>;

/** The subset of CBOR (RFC 8949) that attestation objects and COSE keys use. */
function cbor(value: CborValue): Uint8Array {
  const head = (major: number, length: number): Uint8Array => {
    if (length < 24) return new Uint8Array([(major << 5) | length]);
    if (length < 256) return new Uint8Array([(major << 5) | 24, length]);
    return new Uint8Array([(major << 5) | 25, length >> 8, length & 0xff]);
  };
  if (typeof value === 'number') {
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    return concatBytes(head(3, bytes.length), bytes);
  }
  if (value instanceof Uint8Array) return concatBytes(head(2, value.length), value);
  return concatBytes(
    head(5, value.size),
    ...[...value].flatMap(([key, item]) => [cbor(key), cbor(item)]),
  );
}

/** An ECDSA signature from Web Crypto's r || s form to the ASN.1 DER that WebAuthn uses. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
    const trimmed = bytes.slice(start);
    const padded = (trimmed[0] ?? 0) & 0x80 ? concatBytes(new Uint8Array([0]), trimmed) : trimmed;
    return concatBytes(new Uint8Array([0x02, padded.length]), padded);
  };
  const body = concatBytes(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concatBytes(new Uint8Array([0x30, body.length]), body);
}

function uint32(value: number): Uint8Array {
  return new Uint8Array([
    (value >>> 24) & 0xff,
    (value >>> 16) & 0xff,
    (value >>> 8) & 0xff,
    value & 0xff,
  ]);
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice().buffer));
}
