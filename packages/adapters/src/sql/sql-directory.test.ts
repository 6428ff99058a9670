import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock } from '@openreset/core/memory';
import { directoryConformance } from '@openreset/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';
import { createPostgresStorage } from './postgres-storage.js';
import { createSqlDirectory, type SqlDirectory } from './sql-directory.js';
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

  it('status names PostgreSQL', async () => {
    const directory = await createSqlDirectory({ db: storage.database, hasher });
    expect(await directory.status()).toMatchObject({
      connected: true,
      description: 'SQL directory (PostgreSQL)',
    });
  });
});
