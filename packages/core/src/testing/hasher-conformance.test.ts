import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import { decodeHex, encodeHex } from '../crypto/encoding.js';
import type { PasswordHasher } from '../ports/hasher.js';
import { caseNamed, expectFailure } from './conformance-test-setup.js';
import { hasherConformance } from './hasher-conformance.js';

/** An unsalted SHA-256 "hasher", as a PHC-looking string; `prepare` injects further faults. */
function sha256Hasher(prepare: (secret: string) => string = (secret) => secret): PasswordHasher {
  const digest = async (secret: string) =>
    new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(prepare(secret))),
    );
  return {
    hash: async (secret) => `$sha256$${encodeHex(await digest(secret))}`,
    verify: async (hash, secret) => {
      const stored = decodeHex(hash.slice('$sha256$'.length));
      if (!hash.startsWith('$sha256$') || stored === null) return false;
      return timingSafeEqual(stored, await digest(secret));
    },
    needsRehash: () => false,
  };
}

describe('hasherConformance', () => {
  it('names every case with a distinct sentence', () => {
    const names = hasherConformance(() => sha256Hasher()).map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('fails a hasher without a salt', async () => {
    const c = caseNamed(
      hasherConformance(() => sha256Hasher()),
      'Two hashes of one secret differ because each has its own salt',
    );
    await expectFailure(c, /^two hashes of one secret differ/);
  });

  it('fails a hasher that throws for a hash it cannot read', async () => {
    const throwing: PasswordHasher = {
      ...sha256Hasher(),
      verify: async (hash) => {
        if (!hash.startsWith('$sha256$')) throw new Error('unsupported hash');
        return false;
      },
    };
    const c = caseNamed(
      hasherConformance(() => throwing),
      'An unreadable hash verifies as false instead of throwing',
    );
    await expectFailure(
      c,
      /^verify\(""\) threw Error: unsupported hash instead of returning false/,
    );
  });

  it('fails a hasher that truncates long secrets, as bcrypt does at 72 bytes', async () => {
    const c = caseNamed(
      hasherConformance(() => sha256Hasher((secret) => secret.slice(0, 72))),
      'Long secrets are hashed whole, never truncated',
    );
    await expectFailure(c, /^a secret differing at character 100: expected false, got true/);
  });

  it('fails a hasher that normalizes secrets itself', async () => {
    const c = caseNamed(
      hasherConformance(() => sha256Hasher((secret) => secret.normalize('NFKC'))),
      'Unicode secrets round-trip and are hashed exactly as given, without normalization',
    );
    await expectFailure(c, /^verify of its NFKC form: expected false, got true/);
  });

  it('fails a "hasher" that keeps the secret in the clear', async () => {
    const plain: PasswordHasher = {
      hash: async (secret) => `$plain$${secret}`,
      verify: async (hash, secret) => hash === `$plain$${secret}`,
      needsRehash: () => false,
    };
    const c = caseNamed(
      hasherConformance(() => plain),
      'A hash is a self-describing PHC string that does not contain the secret',
    );
    await expectFailure(c, /is a PHC string: expected it to hold/);
  });
});
