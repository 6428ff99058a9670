import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock } from '@openreset/core/memory';
import { directoryConformance } from '@openreset/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';
import { createPostgresStorage } from './postgres-storage.js';
import {
  createSqlDirectory,
  type SqlDirectory,
  type SqlDirectoryOptions,
} from './sql-directory.js';
import type { SqlStorage } from './sql-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import {
  createPostgresTestDatabase,
  type PostgresTestDatabase,
} from './testing/postgres-test-database.js';

// Low-cost argon2id keeps ~150 seeded accounts fast; the hasher has its own tests at full cost.
const hasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });
const folder = mkdtempSync(join(tmpdir(), 'openreset-directory-'));
const opened: SqlStorage[] = [];
let files = 0;

async function sqliteStorage(): Promise<SqlStorage> {
  files += 1;
  const storage = await createSqliteStorage({ filename: join(folder, `case-${files}.db`) });
  opened.push(storage);
  return storage;
}

afterAll(async () => {
  for (const storage of opened) await storage.close();
  rmSync(folder, { recursive: true, force: true });
});

const WRONG = 'not the password';
const RIGHT = 'correct horse battery staple';

/**
 * Smart lockout, on a directory from `open` with a fake clock (Entra's defaults: 10 wrong
 * passwords lock for 60 s; a 600 s window). Each case makes its own user.
 */
function smartLockoutCases(
  open: (options: Partial<SqlDirectoryOptions>) => Promise<SqlDirectory>,
): Record<string, () => Promise<void>> {
  let users = 0;
  async function setup(options: Partial<SqlDirectoryOptions> = {}) {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const directory = await open({ clock, ...options });
    users += 1;
    const { id } = await directory.createUser({ username: `locky${users}`, password: RIGHT });
    const wrong = (times: number) =>
      Promise.all(Array.from({ length: times }, () => directory.verifyPassword(id, WRONG)));
    const locked = async () => (await directory.getUser(id))?.lockedOut;
    return { clock, directory, id, wrong, locked };
  }
  return {
    'locks after 10 wrong passwords for 60 seconds, then unlocks by itself': async () => {
      const { clock, directory, id, wrong, locked } = await setup();
      for (let i = 0; i < 9; i++) await directory.verifyPassword(id, WRONG);
      expect(await locked()).toBe(false);
      await directory.verifyPassword(id, WRONG);
      expect(await locked()).toBe(true);
      // Locked: even the right password fails, and a change is refused as locked out.
      expect(await directory.verifyPassword(id, RIGHT)).toBe(false);
      await expect(directory.changePassword(id, RIGHT, 'a new password 1')).rejects.toMatchObject({
        code: 'account_locked_out',
      });
      clock.advance(59_999);
      expect(await locked()).toBe(true);
      clock.advance(1);
      expect(await locked()).toBe(false);
      expect(await directory.verifyPassword(id, RIGHT)).toBe(true);
      // The count started again: nine more wrong ones do not lock.
      await wrong(9);
      expect(await locked()).toBe(false);
    },
    'forgets wrong passwords after the window, and after a right one': async () => {
      const { clock, directory, id, wrong, locked } = await setup();
      await wrong(9);
      clock.advance(600_000);
      await wrong(9);
      expect(await locked()).toBe(false);
      expect(await directory.verifyPassword(id, RIGHT)).toBe(true);
      await wrong(9);
      expect(await locked()).toBe(false);
      await wrong(1);
      expect(await locked()).toBe(true);
    },
    'counts 25 concurrent wrong passwords, and locks': async () => {
      const { wrong, locked, directory, id } = await setup();
      expect(await wrong(25)).toEqual(Array.from({ length: 25 }, () => false));
      expect(await locked()).toBe(true);
      expect(await directory.verifyPassword(id, RIGHT)).toBe(false);
    },
    'counts a wrong current password on a change': async () => {
      const { directory, id, locked } = await setup();
      for (let i = 0; i < 10; i++) {
        await expect(directory.changePassword(id, WRONG, 'a new password 1')).rejects.toMatchObject(
          { code: 'incorrect_password' },
        );
      }
      expect(await locked()).toBe(true);
    },
    'ends with an unlock or a reset, which also forget the count': async () => {
      const { directory, id, wrong, locked } = await setup();
      await wrong(10);
      await directory.unlock(id);
      expect(await locked()).toBe(false);
      await wrong(9);
      expect(await locked()).toBe(false);
      await wrong(1);
      expect(await locked()).toBe(true);
      await directory.resetPassword(id, 'a brand new password 2');
      expect(await locked()).toBe(false);
      expect(await directory.verifyPassword(id, 'a brand new password 2')).toBe(true);
    },
    'follows its options, and lockout: false turns it off': async () => {
      const strict = await setup({ lockout: { threshold: 3, durationSeconds: 5 } });
      await strict.wrong(3);
      expect(await strict.locked()).toBe(true);
      strict.clock.advance(5_000);
      expect(await strict.locked()).toBe(false);
      const off = await setup({ lockout: false });
      await off.wrong(30);
      expect(await off.locked()).toBe(false);
      expect(await off.directory.verifyPassword(off.id, RIGHT)).toBe(true);
      await expect(open({ lockout: { threshold: 0 } })).rejects.toThrow(
        'lockout.threshold must be a positive integer',
      );
    },
  };
}

describe('createSqlDirectory on SQLite', () => {
  describe('conformance', () => {
    const cases = directoryConformance(async (fixture) => {
      const directory = await createSqlDirectory({ db: await sqliteStorage(), hasher });
      await directory.importUsers(fixture.users);
      return directory;
    });
    for (const c of cases) it(c.name, c.run);
  });

  async function fresh(): Promise<SqlDirectory> {
    return createSqlDirectory({ db: await sqliteStorage(), hasher });
  }

  describe('smart lockout', () => {
    const cases = smartLockoutCases(async (options) =>
      createSqlDirectory({ db: await sqliteStorage(), hasher, ...options }),
    );
    for (const [name, run] of Object.entries(cases)) it(name, run);
  });

  it('is an embedded directory: external is false and status names the dialect', async () => {
    const directory = await fresh();
    expect(directory.external).toBe(false);
    expect((await directory.status()).description).toBe('SQL directory (SQLite)');
  });

  it('keeps the current password and the 24 before it, as hashes of their NFKC form', async () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const directory = await createSqlDirectory({ db: await sqliteStorage(), hasher, clock });
    const { id } = await directory.createUser({ username: 'ann', password: 'ﬁrst password 0' });
    for (let index = 1; index <= 30; index++) {
      await directory.resetPassword(id, `password number ${index}`);
    }
    const history = await directory.passwordHistory?.(id);
    expect(history).toHaveLength(25);
    expect(await hasher.verify(history?.[0] ?? '', 'password number 30')).toBe(true);
    expect(await hasher.verify(history?.[24] ?? '', 'password number 6')).toBe(true);
    // NFKC: the ligature "ﬁ" was stored as "fi".
    const other = await directory.createUser({ username: 'bo', password: 'ﬁne' });
    expect(await directory.verifyPassword(other.id, 'fine')).toBe(true);
    expect((await directory.getUser(id))?.passwordChangedAt).toEqual(clock.now());
  });

  it('creates users with every field, refuses a taken username with already_exists, and finds by email', async () => {
    const directory = await fresh();
    const created = await directory.createUser({
      id: 'u-1',
      username: 'Ada',
      password: 'analytical engine 1843',
      email: 'Ada@Example.com',
      givenName: 'Ada',
      surname: 'Lovelace',
      displayName: 'Ada Lovelace',
      groups: ['staff', 'admins', 'staff'],
      isAdmin: true,
      contact: { mobile: '+31612345678', alternateEmail: 'ada@home.example' },
      mustChangePassword: true,
    });
    expect(created).toMatchObject({
      id: 'u-1',
      username: 'Ada',
      groups: ['admins', 'staff'],
      isAdmin: true,
      disabled: false,
      lockedOut: false,
      mustChangePassword: true,
      contact: { mobile: '+31612345678', alternateEmail: 'ada@home.example' },
    });
    await expect(directory.createUser({ username: 'ADA' })).rejects.toMatchObject({
      code: 'already_exists',
    });
    expect((await directory.findUser('ada@example.COM'))?.id).toBe('u-1');
    expect(await directory.listAdminEmails()).toEqual(['Ada@Example.com']);
  });

  it('imports users in one transaction: all or none, or skipping the taken ones', async () => {
    const directory = await fresh();
    await directory.createUser({ username: 'taken' });
    await expect(
      directory.importUsers([{ username: 'new-1' }, { username: 'Taken' }]),
    ).rejects.toMatchObject({ code: 'already_exists' });
    expect(await directory.findUser('new-1')).toBeNull();
    expect(
      await directory.importUsers([{ username: 'new-1' }, { username: 'Taken' }], {
        onConflict: 'skip',
      }),
    ).toEqual({ created: 1, skipped: 1 });
    await expect(directory.importUsers([{ username: '' }])).rejects.toThrow(
      /user 1 needs a username/,
    );
  });

  it('lets an account without a password sign in only after a password is set', async () => {
    const directory = await fresh();
    const { id } = await directory.createUser({ username: 'nopass' });
    expect(await directory.verifyPassword(id, '')).toBe(false);
    await expect(directory.changePassword(id, '', 'whatever 123')).rejects.toMatchObject({
      code: 'incorrect_password',
    });
    await directory.setPassword(id, 'first real password', { mustChangePassword: true });
    expect(await directory.verifyPassword(id, 'first real password')).toBe(true);
    expect((await directory.getUser(id))?.mustChangePassword).toBe(true);
  });

  it('imports a pre-hashed password and upgrades weak hashes at the next sign-in', async () => {
    const directory = await createSqlDirectory({
      db: await sqliteStorage(),
      hasher: createArgon2Hasher({ memoryKiB: 2048, iterations: 1 }),
    });
    const passwordHash = await hasher.hash('imported secret');
    const { id } = await directory.createUser({ username: 'imported', passwordHash });
    expect(await directory.verifyPassword(id, 'imported secret')).toBe(true);
    const [upgraded] = (await directory.passwordHistory?.(id)) ?? [];
    expect(upgraded).toMatch(/m=2048/);
    expect(await directory.verifyPassword(id, 'imported secret')).toBe(true);
  });

  it('updates flags, groups and contact, and locked-out or disabled accounts cannot sign in', async () => {
    const directory = await fresh();
    const { id } = await directory.createUser({ username: 'flagged', password: 'pass phrase one' });
    await directory.updateUser(id, {
      lockedOut: true,
      groups: ['a'],
      contact: { office: '+3120' },
    });
    expect(await directory.verifyPassword(id, 'pass phrase one')).toBe(false);
    await expect(
      directory.changePassword(id, 'pass phrase one', 'new one 22'),
    ).rejects.toMatchObject({ code: 'account_locked_out' });
    await directory.unlock(id);
    const user = await directory.updateUser(id, { disabled: true, email: 'f@example.com' });
    expect(user).toMatchObject({ disabled: true, groups: ['a'], contact: { office: '+3120' } });
    expect(await directory.verifyPassword(id, 'pass phrase one')).toBe(false);
    await expect(directory.resetPassword(id, 'another one 33')).rejects.toMatchObject({
      code: 'account_disabled',
    });
    await expect(directory.updateUser('nobody', { disabled: true })).rejects.toMatchObject({
      code: 'user_not_found',
    });
  });

  it('refuses what its own password policy refuses, with password_policy', async () => {
    const directory = await createSqlDirectory({
      db: await sqliteStorage(),
      hasher,
      passwordPolicy: (password) => password.length >= 10,
    });
    const { id } = await directory.createUser({ username: 'p', password: 'long enough pw' });
    await expect(directory.resetPassword(id, 'short')).rejects.toMatchObject({
      code: 'password_policy',
    });
  });

  it('of two concurrent changes from one current password, exactly one wins', async () => {
    const directory = await fresh();
    const { id } = await directory.createUser({ username: 'race', password: 'the old password' });
    const results = await Promise.allSettled([
      directory.changePassword(id, 'the old password', 'first new password'),
      directory.changePassword(id, 'the old password', 'second new password'),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({
      code: 'incorrect_password',
    });
  });

  it('reports unavailable once its database is closed', async () => {
    const storage = await sqliteStorage();
    const directory = await createSqlDirectory({ db: storage.database.kysely, hasher });
    await storage.close();
    opened.splice(opened.indexOf(storage), 1);
    await expect(directory.findUser('x')).rejects.toMatchObject({ code: 'unavailable' });
    expect(await directory.status()).toMatchObject({ connected: false, error: 'unavailable' });
  });
});

describe('createSqlDirectory on PostgreSQL', () => {
  let database: PostgresTestDatabase;
  let storage: SqlStorage;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    storage = await createPostgresStorage({ connectionString: database.url });
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  describe('conformance', () => {
    const cases = directoryConformance(async (fixture) => {
      const directory = await createSqlDirectory({ db: storage, hasher });
      await sql`truncate table openreset_users cascade`.execute(storage.database.kysely);
      await directory.importUsers(fixture.users);
      return directory;
    });
    for (const c of cases) it(c.name, c.run);
  });

  describe('smart lockout', () => {
    const cases = smartLockoutCases((options) =>
      createSqlDirectory({ db: storage, hasher, ...options }),
    );
    for (const [name, run] of Object.entries(cases)) it(name, run);
  });

  it('status names PostgreSQL', async () => {
    const directory = await createSqlDirectory({ db: storage.database, hasher });
    expect(await directory.status()).toMatchObject({
      connected: true,
      description: 'SQL directory (PostgreSQL)',
    });
  });
});
