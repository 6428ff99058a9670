import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBundledBreachedPasswords } from './bundled-breached-passwords.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

/** Upper-case hex SHA-1, computed with node:crypto rather than the code under test. */
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();

describe('createBundledBreachedPasswords', () => {
  it('answers a range query with the suffixes of bundled passwords, counted once', async () => {
    const digest = sha1('password');
    const range = await createBundledBreachedPasswords().range(digest.slice(0, 5));
    expect(range.get(digest.slice(5))).toBe(1);
    for (const suffix of range.keys()) expect(suffix).toMatch(/^[0-9A-F]{35}$/);
  });

  it('keeps every password whose hash shares a prefix (rock and 25091987 share 38464)', async () => {
    const range = await createBundledBreachedPasswords().range('38464');
    expect(range.get(sha1('rock').slice(5))).toBe(1);
    expect(range.get(sha1('25091987').slice(5))).toBe(1);
  });

  it('accepts a lower-case prefix and answers an empty range for a prefix with no password', async () => {
    const corpus = createBundledBreachedPasswords();
    const digest = sha1('password');
    expect((await corpus.range(digest.slice(0, 5).toLowerCase())).get(digest.slice(5))).toBe(1);
    const unlisted = sha1('violet harbour quantum teapots');
    expect((await corpus.range(unlisted.slice(0, 5))).get(unlisted.slice(5))).toBeUndefined();
  });

  it('answers every range of the list exactly as hashing all 10,000 passwords would', async () => {
    // The oracle: every digest, grouped by prefix with node:crypto. The corpus hashes only
    // the passwords its bundled 3-digit prefixes point to, so a wrong prefix would drop one.
    const expected = new Map<string, Map<string, number>>();
    for (const password of COMMON_PASSWORDS.split('\n')) {
      const digest = sha1(password);
      const range = expected.get(digest.slice(0, 5)) ?? new Map<string, number>();
      range.set(digest.slice(5), 1);
      expected.set(digest.slice(0, 5), range);
    }
    const corpus = createBundledBreachedPasswords();
    for (const [prefix, range] of expected)
      expect(await corpus.range(prefix), prefix).toEqual(range);
    // Ranges with no password, in buckets that hold some: nothing from the neighbours.
    for (const prefix of [...expected.keys()].slice(0, 500)) {
      const next = (Number.parseInt(prefix, 16) + 1).toString(16).toUpperCase().padStart(5, '0');
      if (!expected.has(next)) expect((await corpus.range(next)).size, next).toBe(0);
    }
  });

  it('answers an empty range for a prefix that is not 5 hex digits', async () => {
    const corpus = createBundledBreachedPasswords();
    const prefix = sha1('password').slice(0, 5);
    for (const wrong of [
      '',
      prefix.slice(0, 4),
      `${prefix}0`,
      `${prefix.slice(0, 4)}G`,
      ' 5BAA6',
    ]) {
      expect((await corpus.range(wrong)).size, wrong).toBe(0);
    }
  });
});
