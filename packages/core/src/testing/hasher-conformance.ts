import type { PasswordHasher } from '../ports/hasher.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { defineCase } from './define-case.js';

const SECRET = 'correct horse battery staple';

/**
 * The conformance suite for {@link PasswordHasher}: round trip, salting, PHC output,
 * unreadable hashes verifying `false` without throwing, Unicode, no truncation, no
 * normalization (callers normalize), and `needsRehash` of its own output.
 *
 * `createHasher` is called once per case; low-cost parameters are fine here.
 *
 * @example
 * ```ts
 * for (const c of hasherConformance(() => createArgon2Hasher({ memoryKiB: 1024 }))) it(c.name, c.run);
 * ```
 */
export function hasherConformance(createHasher: () => PasswordHasher): ConformanceCase[] {
  const cases: Record<string, (hasher: PasswordHasher) => Promise<void>> = {
    'A hash verifies against the secret it was made from': async (hasher) => {
      const hash = await hasher.hash(SECRET);
      assert.equal(await hasher.verify(hash, SECRET), true, 'verify with the same secret');
    },

    'A hash does not verify against any other secret': async (hasher) => {
      const hash = await hasher.hash(SECRET);
      for (const other of [
        'Correct horse battery staple',
        `${SECRET} `,
        SECRET.slice(0, -1),
        '',
        'x',
      ]) {
        assert.equal(
          await hasher.verify(hash, other),
          false,
          `verify with ${JSON.stringify(other)}`,
        );
      }
    },

    'Two hashes of one secret differ because each has its own salt': async (hasher) => {
      const [first, second] = await Promise.all([hasher.hash(SECRET), hasher.hash(SECRET)]);
      assert.ok(first !== second, 'two hashes of one secret differ');
      assert.equal(
        [await hasher.verify(first, SECRET), await hasher.verify(second, SECRET)],
        [true, true],
        'both hashes verify',
      );
    },

    'A hash is a self-describing PHC string that does not contain the secret': async (hasher) => {
      const hash = await hasher.hash(SECRET);
      assert.ok(/^\$[a-z0-9-]{1,32}(\$[A-Za-z0-9/+.=,-]*)+$/.test(hash), `${hash} is a PHC string`);
      assert.ok(
        !hash.includes(SECRET) && !hash.includes('horse'),
        'the hash does not contain the secret',
      );
    },

    'An unreadable hash verifies as false instead of throwing': async (hasher) => {
      const own = await hasher.hash(SECRET);
      const unreadable = [
        '',
        'not a hash',
        '$',
        '$$$$',
        '$unknown-algorithm$v=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo',
        '$pbkdf2-sha256$i=abc$c2FsdA$aGFzaA',
        '$pbkdf2-sha256$i=1000$$',
        '$argon2id$v=19$m=19456,t=2,p=1$$',
        own.slice(0, own.lastIndexOf('$')),
        `${own}$extra`,
        own.replace(/\$[^$]*$/, '$!!!not-base64!!!'),
      ];
      for (const hash of unreadable) {
        let result: boolean;
        try {
          result = await hasher.verify(hash, SECRET);
        } catch (error) {
          assert.ok(
            false,
            `verify(${JSON.stringify(hash)}) threw ${String(error)} instead of returning false`,
          );
        }
        assert.equal(result, false, `verify(${JSON.stringify(hash)})`);
      }
    },

    'A hash with a changed digest does not verify': async (hasher) => {
      const hash = await hasher.hash(SECRET);
      const cut = hash.lastIndexOf('$') + 1;
      const digest = hash.slice(cut);
      // Swap the first digest character for another valid one: same length, different bytes.
      const changed = `${hash.slice(0, cut)}${digest.startsWith('A') ? 'B' : 'A'}${digest.slice(1)}`;
      assert.equal(
        await hasher.verify(changed, SECRET),
        false,
        'verify of a hash with a changed digest',
      );
    },

    'Unicode secrets round-trip and are hashed exactly as given, without normalization': async (
      hasher,
    ) => {
      const unicode = 'pässwörd 🔑 密码 ﬁ';
      const hash = await hasher.hash(unicode);
      assert.equal(await hasher.verify(hash, unicode), true, 'verify of a Unicode secret');
      assert.equal(
        await hasher.verify(hash, unicode.normalize('NFKC')),
        false,
        'verify of its NFKC form',
      );
      const composed = 'caf\u00e9-secret';
      const decomposed = 'cafe\u0301-secret';
      assert.equal(
        await hasher.verify(await hasher.hash(composed), decomposed),
        false,
        'NFC hash against NFD secret',
      );
    },

    'Long secrets are hashed whole, never truncated': async (hasher) => {
      const long = 'a'.repeat(100);
      const hash = await hasher.hash(long);
      assert.equal(await hasher.verify(hash, long), true, 'verify of a 100-character secret');
      assert.equal(
        await hasher.verify(hash, `${'a'.repeat(99)}b`),
        false,
        'a secret differing at character 100',
      );
      assert.equal(await hasher.verify(hash, 'a'.repeat(72)), false, 'its first 72 characters');
    },

    'The empty string hashes and verifies like any other secret': async (hasher) => {
      const hash = await hasher.hash('');
      assert.equal(await hasher.verify(hash, ''), true, 'verify of the empty string');
      assert.equal(await hasher.verify(hash, ' '), false, 'verify of a space');
    },

    'needsRehash is false for a hash the hasher just made': async (hasher) => {
      assert.equal(
        hasher.needsRehash(await hasher.hash(SECRET)),
        false,
        'needsRehash of a fresh hash',
      );
    },
  };

  return Object.entries(cases).map(([name, body]) => defineCase(name, () => body(createHasher())));
}
