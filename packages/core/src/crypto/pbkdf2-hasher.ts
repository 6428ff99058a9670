import { checkInteger } from '../check-integer.js';
import type { PasswordHasher } from '../ports/hasher.js';
import type { Random } from '../ports/random.js';
import { timingSafeEqual } from './constant-time-equal.js';
import { decodeBase64, encodeBase64 } from './encoding.js';
import { systemRandom } from './system-random.js';

/** The PHC algorithm id this hasher writes and reads. */
const ALGORITHM = 'pbkdf2-sha256';

/** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
const DEFAULT_ITERATIONS = 600_000;

/** Verifying a stored hash costs its iterations; a planted absurd count must not stall the server. */
const MAX_ITERATIONS = 10_000_000;

/** 128-bit salts (NIST 800-63B 5.1.1.2: at least 32 bits; OWASP: 16 bytes). */
const SALT_BYTES = 16;

/** One SHA-256 block: longer PBKDF2 output only costs the defender more. */
const DIGEST_BYTES = 32;

/** Bounds on what `verify` accepts from a stored hash; anything else is unreadable. */
const READABLE = { minSalt: 1, maxSalt: 256, minDigest: 16, maxDigest: 64 } as const;

/** Options for {@link createPbkdf2Hasher}. */
export interface Pbkdf2HasherOptions {
  /**
   * PBKDF2 iterations for new hashes, an integer from 1 to 10,000,000. Lower it only in
   * tests (e.g. 1000); hashes with fewer iterations than this report `needsRehash`.
   * @default 600000
   */
  iterations?: number;
  /**
   * Where salts come from. MUST be a CSPRNG outside tests.
   * @default systemRandom
   */
  random?: Random;
}

interface ParsedHash {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  digest: Uint8Array<ArrayBuffer>;
}

/**
 * A {@link PasswordHasher} on Web Crypto PBKDF2-HMAC-SHA256 (RFC 8018 section 5.2), for
 * runtimes where argon2id is unavailable. Hashes are PHC strings:
 * `$pbkdf2-sha256$i=600000$<salt>$<digest>`, salt and digest in unpadded standard base64.
 *
 * Contracts: `hash` MUST use a fresh 16-byte salt per call; `verify` MUST re-derive with
 * the parameters stored in the hash, compare in constant time, and return `false` (never
 * throw) for malformed or unknown hashes and for iteration counts above 10,000,000;
 * `needsRehash` is `true` when the stored hash is weaker than this hasher's settings.
 * The secret is hashed exactly as given (UTF-8): callers normalize (NFKC) first.
 *
 * @throws {TypeError} when `iterations` is not an integer in 1..10,000,000.
 *
 * @example
 * ```ts
 * const hasher = createPbkdf2Hasher();
 * let stored = await hasher.hash(answer);
 * if (await hasher.verify(stored, attempt) && hasher.needsRehash(stored)) {
 *   stored = await hasher.hash(attempt);
 * }
 * ```
 */
export function createPbkdf2Hasher(options: Pbkdf2HasherOptions = {}): PasswordHasher {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const random = options.random ?? systemRandom;
  checkInteger('PBKDF2 iterations', iterations, 1, MAX_ITERATIONS);

  return {
    async hash(secret: string): Promise<string> {
      assertSecret(secret);
      // Copy so Web Crypto gets an ArrayBuffer-backed view whatever `random` returned.
      const salt = new Uint8Array(random.bytes(SALT_BYTES));
      if (salt.length !== SALT_BYTES)
        throw new TypeError(`random.bytes(${SALT_BYTES}) returned ${salt.length} bytes`);
      const digest = await derive(secret, salt, iterations, DIGEST_BYTES);
      return `$${ALGORITHM}$i=${iterations}$${encodeBase64(salt)}$${encodeBase64(digest)}`;
    },

    async verify(hash: string, secret: string): Promise<boolean> {
      assertSecret(secret);
      const parsed = parseHash(hash);
      if (parsed === null) return false;
      const digest = await derive(secret, parsed.salt, parsed.iterations, parsed.digest.length);
      return timingSafeEqual(digest, parsed.digest);
    },

    needsRehash(hash: string): boolean {
      const parsed = parseHash(hash);
      if (parsed === null) return true;
      return (
        parsed.iterations < iterations ||
        parsed.salt.length < SALT_BYTES ||
        parsed.digest.length < DIGEST_BYTES
      );
    },
  };
}

function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string') throw new TypeError('the secret to hash must be a string');
}

/** Reads a PHC string this hasher understands, or returns `null`. */
function parseHash(hash: unknown): ParsedHash | null {
  if (typeof hash !== 'string') return null;
  const parts = hash.split('$');
  if (parts.length !== 5 || parts[0] !== '' || parts[1] !== ALGORITHM) return null;
  const iterationsMatch = /^i=([1-9][0-9]{0,7})$/.exec(parts[2] ?? '');
  if (!iterationsMatch) return null;
  const iterations = Number(iterationsMatch[1]);
  if (iterations > MAX_ITERATIONS) return null;
  const salt = decodeBase64(parts[3] ?? '');
  const digest = decodeBase64(parts[4] ?? '');
  if (salt === null || salt.length < READABLE.minSalt || salt.length > READABLE.maxSalt)
    return null;
  if (digest === null || digest.length < READABLE.minDigest || digest.length > READABLE.maxDigest)
    return null;
  return { iterations, salt: new Uint8Array(salt), digest: new Uint8Array(digest) };
}

async function derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    length * 8,
  );
  return new Uint8Array(bits);
}
