import { describe, expect, it } from 'vitest';
import type { Random } from '../ports/random.js';
import { hasherConformance } from '../testing/hasher-conformance.js';
import { decodeHex, encodeBase64 } from './encoding.js';
import { createPbkdf2Hasher } from './pbkdf2-hasher.js';

/** A "random" that always returns the bytes 0x00..0x0f, for known-answer tests. */
const fixedSalt: Random = { bytes: (length) => Uint8Array.from({ length }, (_, index) => index) };

function hex(text: string): Uint8Array {
  const bytes = decodeHex(text);
  if (bytes === null) throw new TypeError('bad hex in test vector');
  return bytes;
}

describe('createPbkdf2Hasher', () => {
  describe('conformance', () => {
    for (const c of hasherConformance(() => createPbkdf2Hasher({ iterations: 1000 })))
      it(c.name, c.run);
  });

  // Vectors computed independently with Node's OpenSSL-backed
  // crypto.pbkdf2Sync(secret, Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'), 1000, 32, 'sha256').
  // They are pasted here because core's sources, tests included, must not import `node:`
  // (scripts/no-node-imports.test.ts scans every .ts file under packages/core/src).
  it('derives the PBKDF2-HMAC-SHA256 digest OpenSSL derives for the same salt and iterations', async () => {
    const hasher = createPbkdf2Hasher({ iterations: 1000, random: fixedSalt });
    expect(await hasher.hash('correct horse battery staple')).toBe(
      '$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4',
    );
    expect(await hasher.hash('pässwörd 🔑 密码')).toBe(
      '$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$pw92/K7FYnUjS4DJRQScXUwoh/l9mgNHbILbYpaM6DA',
    );
  });

  // RFC 7914 section 11 publishes PBKDF2-HMAC-SHA256 vectors (64-byte output; the first
  // 32 bytes are the first block, which is what a 32-byte digest holds).
  it('verifies the PBKDF2-HMAC-SHA256 test vectors of RFC 7914', async () => {
    const hasher = createPbkdf2Hasher({ iterations: 1000 });
    const salt = encodeBase64(new TextEncoder().encode('salt'));
    const digest = encodeBase64(
      hex('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc'),
    );
    expect(await hasher.verify(`$pbkdf2-sha256$i=1$${salt}$${digest}`, 'passwd')).toBe(true);
    expect(await hasher.verify(`$pbkdf2-sha256$i=1$${salt}$${digest}`, 'passwe')).toBe(false);
    const nacl = encodeBase64(new TextEncoder().encode('NaCl'));
    const full = encodeBase64(
      hex(
        '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
          'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
      ),
    );
    expect(await hasher.verify(`$pbkdf2-sha256$i=80000$${nacl}$${full}`, 'Password')).toBe(true);
  });

  it('uses 600,000 iterations, a 16-byte salt and a 32-byte digest by default', async () => {
    const hash = await createPbkdf2Hasher().hash('secret');
    const [, algorithm, params, salt, digest] = hash.split('$');
    expect([algorithm, params, salt?.length, digest?.length]).toEqual([
      'pbkdf2-sha256',
      'i=600000',
      22,
      43,
    ]);
  });

  it('asks for a rehash only when the stored hash is weaker than its settings', async () => {
    const weak = await createPbkdf2Hasher({ iterations: 1000 }).hash('secret');
    const strong = await createPbkdf2Hasher({ iterations: 2000 }).hash('secret');
    const hasher = createPbkdf2Hasher({ iterations: 2000 });
    expect(hasher.needsRehash(weak)).toBe(true);
    expect(hasher.needsRehash(strong)).toBe(false);
    expect(createPbkdf2Hasher({ iterations: 1000 }).needsRehash(strong)).toBe(false);
    expect(
      hasher.needsRehash('$pbkdf2-sha256$i=1$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw'),
    ).toBe(true);
    expect(hasher.needsRehash('garbage')).toBe(true);
  });

  it('refuses absurd iteration counts in a stored hash without deriving', async () => {
    const hasher = createPbkdf2Hasher({ iterations: 1000 });
    const hash = await hasher.hash('secret');
    const started = performance.now();
    expect(await hasher.verify(hash.replace('i=1000', 'i=10000001'), 'secret')).toBe(false);
    expect(await hasher.verify(hash.replace('i=1000', 'i=999999999999'), 'secret')).toBe(false);
    expect(await hasher.verify(hash.replace('i=1000', 'i=01000'), 'secret')).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses padded or oversized salts and digests', async () => {
    const hasher = createPbkdf2Hasher({ iterations: 1000, random: fixedSalt });
    const hash = await hasher.hash('secret');
    expect(await hasher.verify(`${hash}=`, 'secret')).toBe(false);
    expect(
      await hasher.verify(
        hash.replace('$AAECAwQFBgcICQoLDA0ODw$', `$${'A'.repeat(400)}$`),
        'secret',
      ),
    ).toBe(false);
  });

  it('throws a TypeError for iterations outside 1 to 10,000,000 and for a non-string secret', async () => {
    for (const iterations of [0, -1, 1.5, 10_000_001, Number.NaN]) {
      expect(() => createPbkdf2Hasher({ iterations })).toThrow(TypeError);
    }
    const hasher = createPbkdf2Hasher({ iterations: 1000 });
    await expect(hasher.hash(42 as unknown as string)).rejects.toThrow(TypeError);
  });

  it('throws a TypeError when the random source returns the wrong number of bytes', async () => {
    const hasher = createPbkdf2Hasher({
      iterations: 1000,
      random: { bytes: () => new Uint8Array(4) },
    });
    await expect(hasher.hash('secret')).rejects.toThrow(TypeError);
  });
});
