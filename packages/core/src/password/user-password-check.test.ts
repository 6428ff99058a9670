import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import { createUserPasswordCheck } from './user-password-check.js';

const passwords = [
  'first pass phrase of ann',
  'second lantern meadow',
  'third copper violin',
  'fourth saffron glacier',
  'fifth walnut orbit',
  'sixth amber tramway',
  'seventh quiet harbour',
];

/** A memory directory whose user has changed her password often, and counters on the slow parts. */
async function setup() {
  const base = createPbkdf2Hasher({ iterations: 1000 });
  const counts = { verifications: 0, historyReads: 0 };
  const hasher: PasswordHasher = {
    hash: (secret) => base.hash(secret),
    verify: (hash, secret) => {
      counts.verifications += 1;
      return base.verify(hash, secret);
    },
    needsRehash: (hash) => base.needsRehash(hash),
  };
  const memory = createMemoryDirectory({
    hasher: base,
    clock: createFakeClock(new Date('2026-11-24T10:00:00Z')),
    users: [{ id: 'u-ann', username: 'ann', password: passwords[0] ?? '' }],
  });
  for (const password of passwords.slice(1)) await memory.resetPassword('u-ann', password);
  const directory: Directory = {
    ...memory,
    passwordHistory: (id) => {
      counts.historyReads += 1;
      return memory.passwordHistory?.(id) ?? Promise.resolve([]);
    },
  };
  const user = (await memory.getUser('u-ann')) as DirectoryUser;
  const check = createUserPasswordCheck({ directory, hasher });
  return { check, counts, user };
}

describe('createUserPasswordCheck', () => {
  const policy = parsePolicy({ password: { historyCount: 5 } });

  it('neither reads the history nor hashes for a 1-character password', async () => {
    const { check, counts, user } = await setup();
    const result = await check('x', user, policy);
    expect(result.issues.map((issue) => issue.code)).toEqual(['too_short', 'banned']);
    expect(counts).toEqual({ verifications: 0, historyReads: 0 });
  });

  it('neither reads nor hashes for a password another rule refuses, reused or not', async () => {
    const { check, counts, user } = await setup();
    // The current password, refused here for containing the username.
    const result = await check('ann wrote seventh quiet harbour', user, policy);
    expect(result.issues.map((issue) => issue.code)).toEqual(['contains_identifier']);
    expect(counts).toEqual({ verifications: 0, historyReads: 0 });
  });

  it('reads the history once and runs up to historyCount hashes for a good password', async () => {
    const { check, counts, user } = await setup();
    expect((await check('violet harbour quantum teapots', user, policy)).ok).toBe(true);
    expect(counts).toEqual({ verifications: 5, historyReads: 1 });
    const reused = await check('fourth saffron glacier', user, policy);
    expect(reused.issues).toEqual([{ code: 'reused', historyCount: 5 }]);
    expect(counts).toEqual({ verifications: 10, historyReads: 2 });
  });

  it("refuses a password with the user's email, given name, surname or the org name in it", async () => {
    const { check, user } = await setup();
    const named: DirectoryUser = {
      ...user,
      email: 'a.jansen@example.com',
      givenName: 'Annelies',
      surname: 'Bakkerveld',
    };
    const orgPolicy = parsePolicy({ branding: { orgName: 'Contoso' } });
    const codes = async (password: string, policy = orgPolicy) =>
      (await check(password, named, policy)).issues.map((issue) => issue.code);
    expect(await codes('violet harbour a.jansen teapots')).toEqual(['contains_identifier']);
    expect(await codes('AnneliesQx7')).toContain('banned');
    expect(await codes('BakkerveldQx7')).toContain('banned');
    expect(await codes('ContosoQx7')).toContain('banned');
    // Without the org name in the policy, the same password passes the banned-terms rule.
    expect(await codes('ContosoQx7', policy)).not.toContain('banned');
  });

  it('asks the breach corpus it was given', async () => {
    const { user } = await setup();
    const asked: string[] = [];
    const hasher = createPbkdf2Hasher({ iterations: 1000 });
    const check = createUserPasswordCheck({
      directory: createMemoryDirectory({ users: [], hasher }),
      hasher,
      breached: {
        async range(prefix) {
          asked.push(prefix);
          return new Map();
        },
      },
    });
    const noHistory = parsePolicy({ password: { historyCount: 0 } });
    expect((await check('violet harbour quantum teapots', user, noHistory)).ok).toBe(true);
    expect(asked).toHaveLength(1);
  });
});
