import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { DirectoryError } from '../ports/directory.js';
import { directoryConformance } from '../testing/directory-conformance.js';
import { createFakeClock } from './fake-clock.js';
import { createMemoryDirectory } from './memory-directory.js';

// 1000 iterations keep the suite fast; production uses the 600,000 default.
const hasher = createPbkdf2Hasher({ iterations: 1000 });

describe('createMemoryDirectory', () => {
  describe('conformance', () => {
    for (const c of directoryConformance(async (fixture) =>
      createMemoryDirectory({ users: fixture.users, hasher }),
    )) {
      it(c.name, c.run);
    }
  });

  describe('conformance with a directory-enforced maximum password age', () => {
    for (const c of directoryConformance(async (fixture) =>
      createMemoryDirectory({ users: fixture.users, hasher, passwordMaxAgeDays: 90 }),
    )) {
      it(c.name, c.run);
    }
  });

  const users = [
    { username: 'alice', password: 'alice-password', email: 'alice@example.com' },
    { username: 'bob', password: 'bob-password', lockedOut: true },
    {
      id: 'carol-id',
      username: 'carol',
      password: 'carol-password',
      disabled: true,
      isAdmin: true,
      email: 'c@x.org',
    },
  ];

  it('numbers users without an id by their position', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    expect((await directory.findUser('alice'))?.id).toBe('user-1');
    expect((await directory.findUser('carol'))?.id).toBe('carol-id');
  });

  it('never returns a password or its hash', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    const user = await directory.findUser('alice');
    expect(JSON.stringify(user)).not.toMatch(/password|pbkdf2/);
    expect(Object.keys(user ?? {})).not.toContain('password');
  });

  it('throws a TypeError for duplicate usernames or ids', () => {
    expect(() =>
      createMemoryDirectory({
        hasher,
        users: [
          { username: 'alice', password: 'x' },
          { username: 'ALICE', password: 'y' },
        ],
      }),
    ).toThrow(TypeError);
    expect(() =>
      createMemoryDirectory({
        hasher,
        users: [
          { id: 'a', username: 'a', password: 'x' },
          { id: 'a', username: 'b', password: 'x' },
        ],
      }),
    ).toThrow(TypeError);
  });

  it('finds users by the NFKC form of the identifier', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    // U+FF41 is a fullwidth "a"; NFKC maps it to "a".
    expect((await directory.findUser('\uff41lice'))?.username).toBe('alice');
  });

  it('fails every call with unavailable while switched off, and recovers', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    directory.setAvailable(false);
    const calls: (() => Promise<unknown>)[] = [
      () => directory.findUser('alice'),
      () => directory.getUser('user-1'),
      () => directory.listAdminEmails(),
      () => directory.verifyPassword('user-1', 'alice-password'),
      () => directory.resetPassword('user-1', 'new-password'),
      () => directory.changePassword('user-1', 'alice-password', 'new-password'),
      () => directory.unlock('user-2'),
    ];
    for (const call of calls) {
      await expect(call()).rejects.toMatchObject({ name: 'DirectoryError', code: 'unavailable' });
    }
    expect(await directory.status()).toMatchObject({ connected: false, error: 'unavailable' });
    directory.setAvailable(true);
    expect(await directory.verifyPassword('user-1', 'alice-password')).toBe(true);
    expect(await directory.status()).toMatchObject({ connected: true });
  });

  it('refuses a new password its policy rejects with password_policy', async () => {
    const directory = createMemoryDirectory({
      users,
      hasher,
      passwordPolicy: (password, user) =>
        password.length >= 12 && !password.includes(user.username),
    });
    await expect(directory.resetPassword('user-1', 'short')).rejects.toMatchObject({
      code: 'password_policy',
    });
    await expect(
      directory.changePassword('user-1', 'alice-password', 'alice-is-long-enough'),
    ).rejects.toMatchObject({
      code: 'password_policy',
    });
    await directory.resetPassword('user-1', 'long-enough-password');
    expect(await directory.verifyPassword('user-1', 'long-enough-password')).toBe(true);
  });

  it('refuses sign-in and change for locked-out accounts, and reset for disabled ones', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    expect(await directory.verifyPassword('user-2', 'bob-password')).toBe(false);
    await expect(
      directory.changePassword('user-2', 'bob-password', 'new-password'),
    ).rejects.toMatchObject({
      code: 'account_locked_out',
    });
    expect(await directory.verifyPassword('carol-id', 'carol-password')).toBe(false);
    await expect(directory.resetPassword('carol-id', 'new-password')).rejects.toBeInstanceOf(
      DirectoryError,
    );
    expect(await directory.listAdminEmails()).toEqual([]);
  });

  it('records when a password was set and clears mustChangePassword', async () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const directory = createMemoryDirectory({
      users: [{ username: 'dan', password: 'old-password', mustChangePassword: true }],
      hasher,
      clock,
    });
    clock.advance(1000);
    await directory.changePassword('user-1', 'old-password', 'new-password');
    expect(await directory.getUser('user-1')).toMatchObject({
      passwordChangedAt: new Date('2030-01-01T00:00:01Z'),
      mustChangePassword: false,
    });
  });

  it("gives the directory's own password expiry: seeded, from its maximum age, moved by writes", async () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const seeded = new Date('2030-02-01T00:00:00Z');
    const directory = createMemoryDirectory({
      users: [
        { username: 'erin', password: 'erin-password', passwordExpiresAt: seeded },
        {
          username: 'finn',
          password: 'finn-password',
          passwordChangedAt: new Date('2029-12-01T00:00:00Z'),
        },
      ],
      hasher,
      clock,
      passwordMaxAgeDays: 30,
    });
    expect((await directory.getUser('user-1'))?.passwordExpiresAt).toEqual(seeded);
    expect((await directory.getUser('user-2'))?.passwordExpiresAt).toEqual(
      new Date('2029-12-31T00:00:00Z'),
    );
    await directory.resetPassword('user-2', 'finn-new-password');
    expect((await directory.getUser('user-2'))?.passwordExpiresAt).toEqual(
      new Date('2030-01-31T00:00:00Z'),
    );
  });

  it('drops a seeded password expiry on a write when the directory has no maximum age', async () => {
    const directory = createMemoryDirectory({
      users: [
        { username: 'gus', password: 'gus-password', passwordExpiresAt: new Date('2030-02-01') },
      ],
      hasher,
    });
    expect((await directory.getUser('user-1'))?.passwordExpiresAt).toEqual(new Date('2030-02-01'));
    await directory.changePassword('user-1', 'gus-password', 'gus-new-password');
    expect((await directory.getUser('user-1'))?.passwordExpiresAt).toBeUndefined();
  });

  it('lets only one of two concurrent changes from the same password win', async () => {
    const directory = createMemoryDirectory({ users, hasher });
    const results = await Promise.allSettled([
      directory.changePassword('user-1', 'alice-password', 'first-new'),
      directory.changePassword('user-1', 'alice-password', 'second-new'),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results[0]?.status === 'fulfilled' ? 'first-new' : 'second-new';
    expect(await directory.verifyPassword('user-1', winner)).toBe(true);
  });

  it('reports its description in status', async () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const directory = createMemoryDirectory({ users, hasher, clock, description: 'demo users' });
    expect(await directory.status()).toEqual({
      connected: true,
      description: 'demo users',
      checkedAt: clock.now(),
    });
  });
});
