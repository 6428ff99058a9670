import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { BreachedPasswords } from '../ports/breached-passwords.js';
import type { PasswordHasher } from '../ports/hasher.js';
import { checkPassword } from './check-password.js';

const policy = parsePolicy({});
const hasher = createPbkdf2Hasher({ iterations: 1000 });
const passphrase = 'violet harbour quantum teapots';

/** A corpus built with node:crypto, independently of the code under test, that records what it was asked. */
function corpusOf(passwords: string[]): BreachedPasswords & { prefixes: string[] } {
  const prefixes: string[] = [];
  const digests = passwords.map((p) =>
    createHash('sha1').update(p, 'utf8').digest('hex').toUpperCase(),
  );
  return {
    prefixes,
    async range(prefix) {
      prefixes.push(prefix);
      return new Map(digests.filter((d) => d.startsWith(prefix)).map((d) => [d.slice(5), 42]));
    },
  };
}

/** The test hasher, counting its `verify` calls (each a slow hash in production). */
function countingHasher(): PasswordHasher & { verifications: number } {
  const counting = {
    verifications: 0,
    hash: (secret: string) => hasher.hash(secret),
    verify: (hash: string, secret: string) => {
      counting.verifications += 1;
      return hasher.verify(hash, secret);
    },
    needsRehash: (hash: string) => hasher.needsRehash(hash),
  };
  return counting;
}

describe('checkPassword', () => {
  it('accepts a long passphrase with no composition rules (lower-case letters and spaces only)', async () => {
    expect(await checkPassword(passphrase, {}, policy)).toEqual({
      ok: true,
      issues: [],
      skipped: [],
    });
  });

  it('counts length in code points after NFKC', async () => {
    const eleven = await checkPassword('😀'.repeat(11), {}, policy);
    expect(eleven.issues).toContainEqual({ code: 'too_short', minimum: 12, length: 11 });
    const twelve = await checkPassword('😀'.repeat(12), {}, policy);
    expect(twelve.issues.map((issue) => issue.code)).not.toContain('too_short');
    // "ﬁ" (U+FB01) is two code points, f and i, after NFKC
    const ligatures = await checkPassword('ﬁ'.repeat(6), {}, policy);
    expect(ligatures.issues.map((issue) => issue.code)).not.toContain('too_short');
  });

  it('accepts exactly maxLength code points and refuses one more', async () => {
    const rules = parsePolicy({ password: { maxLength: 64 } });
    const sixtyFour = `${passphrase} ${passphrase} ok`;
    expect(await checkPassword(sixtyFour, {}, rules)).toEqual({
      ok: true,
      issues: [],
      skipped: [],
    });
    const longer = await checkPassword(`${sixtyFour}!`, {}, rules);
    expect(longer.issues).toEqual([{ code: 'too_long', maximum: 64, length: 65 }]);
  });

  it('is not ok when it has an issue', async () => {
    const result = await checkPassword('short', {}, policy);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain('too_short');
  });

  it('refuses an over-long password without truncating or evaluating it further', async () => {
    const result = await checkPassword('a'.repeat(257), {}, policy);
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'too_long', maximum: 256, length: 257 }],
      skipped: [],
    });
  });

  it('refuses common passwords whatever the case and substitutions', async () => {
    for (const candidate of ['Password1234', 'P@ssw0rd!P@ssw0rd!', 'qwertyuiop123']) {
      const result = await checkPassword(candidate, {}, policy);
      const banned = result.issues.find((issue) => issue.code === 'banned');
      expect(banned, candidate).toMatchObject({ code: 'banned', minimumScore: 5 });
      expect(banned?.code === 'banned' && banned.score).toBeLessThan(5);
    }
  });

  it("follows Entra's worked example with the org name and a custom term", async () => {
    const contoso = parsePolicy({ password: { customBannedTerms: ['blank'] } });
    const rejected = await checkPassword('C0ntos0Blank12', { orgName: 'Contoso' }, contoso);
    // "contosoblankl2": contoso (1) + "blankl", one edit from the common password black1
    // (normalized "blackl", 1) + 2 (1) = 3. With the custom list alone it would be 4.
    expect(rejected.issues).toContainEqual({
      code: 'banned',
      score: 3,
      minimumScore: 5,
      matches: [
        { term: 'contoso', source: 'organization' },
        { term: 'blackl', source: 'common' },
      ],
    });
    const accepted = await checkPassword('ContoS0Bl@nkf9!', { orgName: 'Contoso' }, contoso);
    expect(accepted.ok).toBe(true);
  });

  it("bans the user's names as terms", async () => {
    // "margarethendrikse" : margaret (1) + hendriks (1) + e (1) = 3 < 5
    const result = await checkPassword(
      'MargaretHendrikse',
      { givenName: 'Margaret', surname: 'Hendriks' },
      policy,
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'banned', score: 3 }));
  });

  it('bans a name of several words as a whole too (Van der Berg)', async () => {
    // "vanderbergxyz": vanderberg (1) + x, y, z (3) = 4; its words alone would score 10
    const result = await checkPassword('VanderBergxyz', { surname: 'Van der Berg' }, policy);
    expect(result.issues).toContainEqual({
      code: 'banned',
      score: 4,
      minimumScore: 5,
      matches: [{ term: 'vanderberg', source: 'personal' }],
    });
  });

  it('does not count an identifier of fewer than 3 characters, nor an email the password lacks', async () => {
    const result = await checkPassword(`jd ${passphrase}`, { username: 'jd' }, policy);
    expect(result.ok).toBe(true);
    const other = await checkPassword(passphrase, { email: 'j.doe@example.com' }, policy);
    expect(other.ok).toBe(true);
  });

  it('refuses a password containing the username or the email address', async () => {
    const byName = await checkPassword(`xq-${'JDoe'}-${passphrase}`, { username: 'jdoe' }, policy);
    expect(byName.issues).toContainEqual({ code: 'contains_identifier', identifier: 'username' });
    const byEmail = await checkPassword(
      `${passphrase} j.doe`,
      { email: 'j.doe@example.com' },
      policy,
    );
    expect(byEmail.issues).toContainEqual({ code: 'contains_identifier', identifier: 'email' });
  });

  it('asks the breach corpus with a 5-character SHA-1 prefix only', async () => {
    const corpus = corpusOf([passphrase]);
    const result = await checkPassword(passphrase, {}, policy, { breached: corpus });
    expect(result.issues).toEqual([{ code: 'breached', count: 42 }]);
    const sha1 = createHash('sha1').update(passphrase).digest('hex').toUpperCase();
    expect(corpus.prefixes).toEqual([sha1.slice(0, 5)]);
  });

  it('finds bundled common passwords with the default offline corpus', async () => {
    const short = parsePolicy({ password: { minLength: 8 } });
    const result = await checkPassword('baseball', {}, short);
    expect(result.issues).toContainEqual({ code: 'breached', count: 1 });
  });

  it('reports the breach check as skipped, not passed, when the corpus fails', async () => {
    const broken: BreachedPasswords = {
      range: () => Promise.reject(new Error('unreachable')),
    };
    expect(await checkPassword(passphrase, {}, policy, { breached: broken })).toEqual({
      ok: true,
      issues: [],
      skipped: ['breached'],
    });
  });

  it('skips the breach corpus when the policy turns it off', async () => {
    const corpus = corpusOf([passphrase]);
    const off = parsePolicy({ password: { checkBreached: false } });
    expect((await checkPassword(passphrase, {}, off, { breached: corpus })).ok).toBe(true);
    expect(corpus.prefixes).toEqual([]);
  });

  it('refuses one of the last N passwords and allows older ones', async () => {
    const rules = parsePolicy({ password: { historyCount: 2 } });
    const history = await Promise.all(
      ['newest pass phrase one', 'older pass phrase two', passphrase].map((p) => hasher.hash(p)),
    );
    const recent = await checkPassword('older pass phrase two', { history }, rules, { hasher });
    expect(recent.issues).toEqual([{ code: 'reused', historyCount: 2 }]);
    const third = await checkPassword(passphrase, { history }, rules, { hasher });
    expect(third.ok).toBe(true);
  });

  it('treats NFKC-equivalent passwords as the same password (U+212B and U+00C5)', async () => {
    const angstrom = `\u212B${passphrase}`;
    const aRing = `\u00C5${passphrase}`;
    expect(angstrom).not.toBe(aRing);
    const history = [await hasher.hash(aRing.normalize('NFKC'))];
    const result = await checkPassword(angstrom, { history }, policy, { hasher });
    expect(result.issues).toEqual([{ code: 'reused', historyCount: 5 }]);
  });

  it('never truncates: passwords alike in their first 256 characters differ', async () => {
    const long = parsePolicy({ password: { maxLength: 1024 } });
    const prefix = `${passphrase} `.repeat(9).slice(0, 256);
    const history = [await hasher.hash(`${prefix}first`)];
    const result = await checkPassword(`${prefix}second`, { history }, long, { hasher });
    expect(result.issues.map((issue) => issue.code)).not.toContain('reused');
  });

  it('throws TypeError when a history is given without a hasher', async () => {
    await expect(checkPassword(passphrase, { history: ['x'] }, policy)).rejects.toThrow(
      /needs options\.hasher/,
    );
  });

  it('needs no hasher for an empty history, or when the policy keeps none', async () => {
    expect((await checkPassword(passphrase, { history: [] }, policy)).ok).toBe(true);
    const none = parsePolicy({ password: { historyCount: 0 } });
    expect((await checkPassword(passphrase, { history: ['x'] }, none)).ok).toBe(true);
    expect((await checkPassword(passphrase, { history: async () => ['x'] }, none)).ok).toBe(true);
  });

  it('throws TypeError for a password that is not a string', async () => {
    await expect(checkPassword(42 as unknown as string, {}, policy)).rejects.toThrow(
      /password must be a string/,
    );
  });

  it('accepts the password part of a policy as well as the whole policy', async () => {
    const whole = await checkPassword('short', {}, policy);
    const part = await checkPassword('short', {}, policy.password);
    expect(part).toEqual(whole);
  });

  describe('history last', () => {
    const historyOf = (count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => hasher.hash(`old pass phrase ${i}`)));

    it('runs no history hash for a 1-character password', async () => {
      const counting = countingHasher();
      const history = await historyOf(5);
      const result = await checkPassword('x', { history }, policy, { hasher: counting });
      expect(result.issues.map((issue) => issue.code)).toContain('too_short');
      expect(counting.verifications).toBe(0);
    });

    it('runs no history hash when any cheap rule fails, even for a reused password', async () => {
      const counting = countingHasher();
      const refused = ['password1234', 'ann wrote this passphrase', passphrase];
      const history = await Promise.all(refused.map((p) => hasher.hash(p)));
      const context = { username: 'ann', history };
      const options = { hasher: counting, breached: corpusOf([passphrase]) };
      const codes = await Promise.all(
        refused.map(async (p) =>
          (await checkPassword(p, context, policy, options)).issues.map((issue) => issue.code),
        ),
      );
      expect(codes).toEqual([['banned'], ['contains_identifier'], ['breached']]);
      expect(counting.verifications).toBe(0);
    });

    it('does not read a lazy history for a refused password, and reads it once otherwise', async () => {
      const counting = countingHasher();
      const history = await historyOf(3);
      let reads = 0;
      const load = async () => {
        reads += 1;
        return history;
      };
      await checkPassword('short', { history: load }, policy, { hasher: counting });
      expect(reads).toBe(0);
      expect(
        await checkPassword(passphrase, { history: load }, policy, { hasher: counting }),
      ).toEqual({ ok: true, issues: [], skipped: [] });
      expect(reads).toBe(1);
      expect(counting.verifications).toBe(3);
    });

    it('runs at most historyCount hashes for a good password', async () => {
      const counting = countingHasher();
      const history = await historyOf(8);
      const rules = parsePolicy({ password: { historyCount: 5 } });
      const result = await checkPassword(passphrase, { history }, rules, { hasher: counting });
      expect(result.ok).toBe(true);
      expect(counting.verifications).toBe(5);
    });

    it('reports reused as the only issue of an otherwise good password', async () => {
      const counting = countingHasher();
      const history = [...(await historyOf(2)), await hasher.hash(passphrase)];
      const result = await checkPassword(passphrase, { history }, policy, { hasher: counting });
      expect(result.issues).toEqual([{ code: 'reused', historyCount: 5 }]);
      expect(counting.verifications).toBe(3);
    });

    it('throws TypeError for a lazy history without a hasher, before reading it', async () => {
      let reads = 0;
      const load = async () => {
        reads += 1;
        return [];
      };
      await expect(checkPassword(passphrase, { history: load }, policy)).rejects.toBeInstanceOf(
        TypeError,
      );
      expect(reads).toBe(0);
    });
  });
});
