import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEngine, type TestEngineOptions } from '@openreset/core/testing';
import { createArgon2Hasher } from '../argon2-hasher.js';
import { createPostgresStorage } from '../postgres-storage.js';
import { createSqlDirectory, type SqlDirectory } from '../sql-directory.js';
import type { SqlStorage } from '../sql-storage.js';
import { createSqliteStorage } from '../sqlite-storage.js';
import { createPostgresTestDatabase } from './postgres-test-database.js';

/** Opens the storage of one more app instance on the shared database. */
export type OpenShared = () => Promise<SqlStorage>;

/**
 * Databases that several app instances of one test share (two servers behind one address),
 * and what `cleanup` (for `afterAll`) closes and removes.
 */
export interface SharedSqlDatabases {
  /**
   * One SQLite file, which every instance shares: a process opens a file once (a second
   * connection in the same thread would wait for the first one's write lock synchronously,
   * inside SQLite's busy handler, while the first waits for the event loop).
   */
  sqliteFile(): OpenShared;
  /** A fresh PostgreSQL database; each instance opens its own pool on it. */
  postgresDatabase(): Promise<OpenShared>;
  /**
   * One instance: its storage (opened by `open`), the SQL directory on it with a quick
   * argon2id hasher, and a test engine offering SMS and email codes, `options` over that.
   */
  instance(open: OpenShared, seed: number, options?: InstanceOptions): Promise<SharedInstance>;
  /** Closes every storage opened and removes the files and databases. */
  cleanup(): Promise<void>;
}

/** What an instance's engine takes besides its ports and seed. */
export type InstanceOptions = Omit<
  TestEngineOptions<SqlDirectory>,
  'storage' | 'directory' | 'hasher' | 'seed'
>;

/** One app instance of {@link SharedSqlDatabases.instance}. */
export type SharedInstance = ReturnType<typeof createTestEngine<SqlDirectory>> & {
  storage: SqlStorage;
};

/** A quick argon2id, for tests that create accounts. */
const quickHasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });

/** Databases for the tests of two instances on one database (see {@link SharedSqlDatabases}). */
export function sharedSqlDatabases(): SharedSqlDatabases {
  const opened: SqlStorage[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  /** Remembers a storage for `cleanup` to close. */
  const track = (storage: SqlStorage): SqlStorage => {
    opened.push(storage);
    return storage;
  };
  return {
    sqliteFile() {
      const folder = mkdtempSync(join(tmpdir(), 'openreset-shared-sql-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      let storage: Promise<SqlStorage> | undefined;
      return () => {
        storage ??= createSqliteStorage({ filename: join(folder, 'shared.db') }).then(track);
        return storage;
      };
    },
    async postgresDatabase() {
      const database = await createPostgresTestDatabase();
      cleanups.push(() => database.drop());
      return () => createPostgresStorage({ connectionString: database.url }).then(track);
    },
    async instance(open, seed, options = {}) {
      const storage = await open();
      const directory = await createSqlDirectory({ db: storage, hasher: quickHasher });
      const test = createTestEngine({
        storage,
        directory,
        hasher: quickHasher,
        seed,
        channels: ['sms', 'email'],
        policy: { methods: ['mobileSms', 'email'] },
        ...options,
      });
      return { ...test, storage };
    },
    async cleanup() {
      for (const storage of opened) await storage.close();
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
