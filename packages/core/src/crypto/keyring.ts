import type { Random } from '../ports/random.js';
import { concatBytes, decodeBase64Url, encodeBase64Url } from './encoding.js';
import { type NativeCrypto, nativeCrypto } from './native-crypto.js';
import { systemRandom } from './system-random.js';

/** Shortest server secret, in bytes: 256 bits, the strength of the keys derived from it. */
const MIN_SECRET_BYTES = 32;

/** AES-GCM nonce length (NIST SP 800-38D section 8.2: 96-bit IVs). */
const IV_BYTES = 12;

/** AES-GCM authentication tag length, in bytes. */
const TAG_BYTES = 16;

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Purposes are code constants (`code`, `flow-token`, ...), never user input. */
const PURPOSE = /^[A-Za-z0-9_.:-]{1,64}$/;

const EMPTY_SALT = new Uint8Array(0);

/** Strict UTF-8: a plaintext that is not UTF-8 fails like a bad tag. */
const DECODER = new TextDecoder('utf-8', { fatal: true });

/** One server secret. The first key of a keyring is the current one. */
export interface ServerKey {
  /**
   * A short, public name for the key, stored next to everything it protects so the
   * keyring can find it again after a rotation. MUST match `/^[A-Za-z0-9_-]{1,32}$/`.
   */
  id: string;
  /**
   * The secret: at least 32 bytes (a string counts its UTF-8 bytes). Generate it with a
   * CSPRNG (e.g. `openssl rand -base64 48`) and keep it out of the database.
   */
  secret: string | Uint8Array;
}

/**
 * The server's keys, with rotation: new MACs and sealed values use the current key, and
 * values made under an older key still verify or open while that key stays in the ring.
 *
 * Each use gets its own subkey, derived with HKDF-SHA256 (RFC 5869; salt empty, info
 * `openreset:mac:<purpose>` or `openreset:seal`), so a MAC for one purpose can never pass
 * for another and the sealing key is never used as a MAC key.
 */
export interface Keyring {
  /** The id of the current key (the first one given). */
  readonly currentKeyId: string;
  /**
   * HMAC-SHA256 of `message` (UTF-8) under the current key's subkey for `purpose`.
   * Store `keyId` next to `mac` and check later with {@link Keyring.macWith}.
   * @returns the key id used and the MAC in unpadded base64url (43 characters).
   * @throws {TypeError} when `purpose` is not 1-64 characters of `[A-Za-z0-9_.:-]`.
   */
  mac(purpose: string, message: string): Promise<{ keyId: string; mac: string }>;
  /**
   * The same MAC under the key `keyId`, to verify a stored value after a rotation.
   * Compare the result with the stored MAC in constant time (`timingSafeEqual`).
   * @returns the MAC in base64url, or `null` when no key has that id (it was removed).
   * @throws {TypeError} for a bad `purpose`, as {@link Keyring.mac} does.
   */
  macWith(keyId: string, purpose: string, message: string): Promise<string | null>;
  /**
   * Encrypts `plaintext` (UTF-8) with AES-256-GCM under the current key, with a fresh
   * random 96-bit IV. The result is `<keyId>.<iv>.<ciphertext+tag>`, parts in unpadded
   * base64url: opaque, safe to store, and reveals only the key id and the length.
   */
  seal(plaintext: string): Promise<string>;
  /**
   * Decrypts what {@link Keyring.seal} made, under whichever key it names.
   * @returns the plaintext, or `null` (never throws for bad input) when the value is
   *   malformed, names a key not in the ring, or fails authentication (tampered, truncated).
   */
  open(sealed: string): Promise<string | null>;
}

/** Options for {@link createKeyring}. */
export interface KeyringOptions {
  /**
   * Where IVs come from. MUST be a CSPRNG outside tests: a repeated IV under one key
   * breaks AES-GCM.
   * @default systemRandom
   */
  random?: Random;
  /**
   * Synchronous `node:crypto` for the same HKDF, HMAC and AES-GCM (same bytes, a fraction of
   * the cost), or `null` for Web Crypto only.
   * @default the runtime's `node:crypto` when it has one ({@link nativeCrypto})
   */
  native?: NativeCrypto | null;
}

/** One key's derived subkeys, made on first use and cached. */
interface KeyEntry {
  secret: Uint8Array<ArrayBuffer>;
  base: Promise<CryptoKey>;
  macKeys: Map<string, Promise<CryptoKey>>;
  sealKey: Promise<CryptoKey> | undefined;
  /** The native path's subkeys: the same HKDF output as raw bytes. */
  rawMacKeys: Map<string, Uint8Array>;
  rawSealKey: Uint8Array | undefined;
}

/**
 * A {@link Keyring} over `keys`, newest first. To rotate: put a new key first and keep
 * the old one after it until everything made under it has expired, then drop it.
 *
 * Runtime-agnostic: Web Crypto, or the runtime's `node:crypto` when it has one (the same
 * HKDF subkeys and output, computed synchronously). Web Crypto keys are non-extractable.
 *
 * @throws {TypeError} when `keys` is empty, an id is malformed or repeated, or a secret
 *   is shorter than 32 bytes.
 *
 * @example
 * ```ts
 * const keyring = createKeyring([
 *   { id: '2025-06', secret: process.env.OPENRESET_KEY },
 *   { id: '2025-01', secret: process.env.OPENRESET_OLD_KEY },
 * ]);
 * const { keyId, mac } = await keyring.mac('code', `${flowId}:${code}`);
 * const again = await keyring.macWith(keyId, 'code', `${flowId}:${attempt}`);
 * ```
 */
export function createKeyring(keys: readonly ServerKey[], options: KeyringOptions = {}): Keyring {
  const random = options.random ?? systemRandom;
  const native = options.native === undefined ? nativeCrypto() : options.native;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new TypeError('a keyring needs at least one key');

  const entries = new Map<string, KeyEntry>();
  for (const key of keys) {
    if (typeof key?.id !== 'string' || !KEY_ID.test(key.id)) {
      throw new TypeError('a key id must be 1-32 characters of A-Z, a-z, 0-9, _ and -');
    }
    if (entries.has(key.id)) throw new TypeError(`the key id ${key.id} is used twice`);
    const secret = secretBytes(key.secret);
    if (secret === null || secret.length < MIN_SECRET_BYTES) {
      // Never echo the secret, only which key is at fault.
      throw new TypeError(`the secret of key ${key.id} must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    entries.set(key.id, {
      secret,
      // Imported on first use: an engine on the native path never needs it.
      get base() {
        const base = crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
        Object.defineProperty(this, 'base', { value: base });
        return base;
      },
      macKeys: new Map(),
      sealKey: undefined,
      rawMacKeys: new Map(),
      rawSealKey: undefined,
    });
  }
  // `keys` is non-empty and every id was checked above.
  const currentKeyId = (keys[0] as ServerKey).id;

  const macKey = (entry: KeyEntry, purpose: string): Promise<CryptoKey> => {
    let key = entry.macKeys.get(purpose);
    if (key === undefined) {
      key = entry.base.then((base) =>
        crypto.subtle.deriveKey(
          hkdf(`openreset:mac:${purpose}`),
          base,
          { name: 'HMAC', hash: 'SHA-256', length: 256 },
          false,
          ['sign'],
        ),
      );
      entry.macKeys.set(purpose, key);
    }
    return key;
  };

  const sealKey = (entry: KeyEntry): Promise<CryptoKey> => {
    entry.sealKey ??= entry.base.then((base) =>
      crypto.subtle.deriveKey(
        hkdf('openreset:seal'),
        base,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      ),
    );
    return entry.sealKey;
  };

  /** HKDF-SHA256 of the key's secret, empty salt, as 32 raw bytes (what `deriveKey` derives). */
  const derive = (crypto: NativeCrypto, entry: KeyEntry, info: string): Uint8Array =>
    new Uint8Array(crypto.hkdfSync('sha256', entry.secret, EMPTY_SALT, utf8(info), 32));

  const rawSealKey = (crypto: NativeCrypto, entry: KeyEntry): Uint8Array => {
    entry.rawSealKey ??= derive(crypto, entry, 'openreset:seal');
    return entry.rawSealKey;
  };

  const sign = async (entry: KeyEntry, purpose: string, message: string): Promise<string> => {
    if (native !== null) {
      let key = entry.rawMacKeys.get(purpose);
      if (key === undefined) {
        key = derive(native, entry, `openreset:mac:${purpose}`);
        entry.rawMacKeys.set(purpose, key);
      }
      return encodeBase64Url(native.createHmac('sha256', key).update(message).digest());
    }
    const key = await macKey(entry, purpose);
    const mac = await crypto.subtle.sign('HMAC', key, utf8(message));
    return encodeBase64Url(new Uint8Array(mac));
  };

  const current = entries.get(currentKeyId) as KeyEntry;

  return {
    currentKeyId,

    async mac(purpose, message) {
      assertPurpose(purpose);
      assertMessage(message);
      return { keyId: currentKeyId, mac: await sign(current, purpose, message) };
    },

    async macWith(keyId, purpose, message) {
      assertPurpose(purpose);
      assertMessage(message);
      const entry = typeof keyId === 'string' ? entries.get(keyId) : undefined;
      return entry === undefined ? null : sign(entry, purpose, message);
    },

    async seal(plaintext) {
      if (typeof plaintext !== 'string') throw new TypeError('seal needs a string');
      // Copy, so Web Crypto gets an ArrayBuffer-backed view whatever `random` returned.
      const iv = new Uint8Array(random.bytes(IV_BYTES));
      if (iv.length !== IV_BYTES)
        throw new TypeError(`random.bytes(${IV_BYTES}) returned ${iv.length} bytes`);
      if (native !== null) {
        const cipher = native.createCipheriv('aes-256-gcm', rawSealKey(native, current), iv, {
          authTagLength: TAG_BYTES,
        });
        const body = cipher.update(utf8(plaintext));
        const sealed = concatBytes(body, cipher.final(), cipher.getAuthTag());
        return `${currentKeyId}.${encodeBase64Url(iv)}.${encodeBase64Url(sealed)}`;
      }
      const key = await sealKey(current);
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, tagLength: TAG_BYTES * 8 },
        key,
        utf8(plaintext),
      );
      return `${currentKeyId}.${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array(ciphertext))}`;
    },

    async open(sealed) {
      if (typeof sealed !== 'string') return null;
      const parts = sealed.split('.');
      if (parts.length !== 3) return null;
      const [keyId, ivText, ciphertextText] = parts as [string, string, string];
      const entry = entries.get(keyId);
      if (entry === undefined) return null;
      const iv = decodeBase64Url(ivText);
      const ciphertext = decodeBase64Url(ciphertextText);
      if (iv === null || iv.length !== IV_BYTES) return null;
      if (ciphertext === null || ciphertext.length < TAG_BYTES) return null;
      try {
        if (native !== null) {
          const decipher = native.createDecipheriv('aes-256-gcm', rawSealKey(native, entry), iv, {
            authTagLength: TAG_BYTES,
          });
          decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
          const body = decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES));
          return DECODER.decode(concatBytes(body, decipher.final()));
        }
        const plaintext = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: new Uint8Array(iv), tagLength: TAG_BYTES * 8 },
          await sealKey(entry),
          new Uint8Array(ciphertext),
        );
        return DECODER.decode(plaintext);
      } catch {
        // Authentication failed: tampered, truncated, or sealed under another secret.
        return null;
      }
    },
  };
}

function hkdf(info: string): HkdfParams {
  return { name: 'HKDF', hash: 'SHA-256', salt: EMPTY_SALT, info: utf8(info) };
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

function secretBytes(secret: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof secret === 'string') return utf8(secret);
  if (secret instanceof Uint8Array) return new Uint8Array(secret);
  return null;
}

function assertPurpose(purpose: unknown): asserts purpose is string {
  if (typeof purpose !== 'string' || !PURPOSE.test(purpose)) {
    throw new TypeError('a MAC purpose must be 1-64 characters of A-Z, a-z, 0-9, _, ., : and -');
  }
}

function assertMessage(message: unknown): asserts message is string {
  if (typeof message !== 'string') throw new TypeError('a MAC message must be a string');
}
