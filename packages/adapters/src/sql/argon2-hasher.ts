import { type Algorithm, hash, parseOptions, type Version, verify } from '@node-rs/argon2';
import { type PasswordHasher, positiveIntegerOptions } from '@openreset/core';

/** Options for {@link createArgon2Hasher}: OWASP's argon2id minimum unless raised. */
export interface Argon2HasherOptions {
  /** Memory per hash in KiB. @default 19456 */
  memoryKiB?: number;
  /** Passes over the memory. @default 2 */
  iterations?: number;
  /** Lanes. @default 1 */
  parallelism?: number;
}

// `@node-rs/argon2` declares these as const enums, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;
const VERSION_0X13 = 1 as Version;

/**
 * A {@link PasswordHasher} with argon2id (RFC 9106) through `@node-rs/argon2`, with OWASP's
 * parameters by default (m=19456 KiB, t=2, p=1) and a fresh 128-bit salt per hash. Hashes are
 * PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<digest>`); `verify` compares in constant
 * time (in the native code) and returns `false` for any string it cannot read; `needsRehash` is
 * true for another algorithm or version or weaker parameters. Hashing runs off the main thread.
 *
 * @example
 * ```ts
 * const hasher = createArgon2Hasher();
 * const stored = await hasher.hash('correct horse battery staple');
 * await hasher.verify(stored, 'correct horse battery staple'); // true
 * ```
 */
export function createArgon2Hasher(options: Argon2HasherOptions = {}): PasswordHasher {
  const {
    memoryKiB: memoryCost,
    iterations: timeCost,
    parallelism,
  } = positiveIntegerOptions('argon2', options, {
    memoryKiB: 19456,
    iterations: 2,
    parallelism: 1,
  });
  if (memoryCost < 8 * parallelism)
    throw new TypeError('memoryKiB must be at least 8 × parallelism');

  return {
    hash(secret) {
      if (typeof secret !== 'string') throw new TypeError('secret must be a string');
      return hash(secret, { algorithm: ARGON2ID, memoryCost, timeCost, parallelism });
    },

    async verify(stored, secret) {
      if (typeof stored !== 'string' || !stored.startsWith('$argon2')) return false;
      try {
        return await verify(stored, secret);
      } catch {
        return false;
      }
    },

    needsRehash(stored) {
      try {
        const used = parseOptions(stored);
        return (
          used.algorithm !== ARGON2ID ||
          used.version !== VERSION_0X13 ||
          used.memoryCost < memoryCost ||
          used.timeCost < timeCost ||
          used.parallelism < parallelism
        );
      } catch {
        return true;
      }
    },
  };
}
