import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBundledBreachedPasswords } from './bundled-breached-passwords.js';

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
});
