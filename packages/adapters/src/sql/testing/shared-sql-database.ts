import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
   * One instance's storage (opened by `open`) and the SQL directory on it, with a quick
   * argon2id hasher.
   */
  instance(open: OpenShared): Promise<{ storage: SqlStorage; directory: SqlDirectory }>;
  /** Closes every storage opened and removes the files and databases. */
  cleanup(): Promise<void>;
}

/** A quick argon2id, for tests that create accounts. */
export const quickHasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });

/** Databases for the tests of two instances on one database (see {@link SharedSqlDatabases}). */
export function sharedSqlDatabases(): SharedSqlDatabases {
  const opened: SqlStorage[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  return {
    sqliteFile() {
      const folder = mkdtempSync(join(tmpdir(), 'openreset-shared-sql-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      let storage: Promise<SqlStorage> | undefined;
      return () => {
        storage ??= createSqliteStorage({ filename: join(folder, 'shared.db') });
        return storage;
      };
    },
    async postgresDatabase() {
      const database = await createPostgresTestDatabase();
      cleanups.push(() => database.drop());
      return () => createPostgresStorage({ connectionString: database.url });
    },
    async instance(open) {
      const storage = await open();
      if (!opened.includes(storage)) opened.push(storage);
      return { storage, directory: await createSqlDirectory({ db: storage, hasher: quickHasher }) };
    },
    async cleanup() {
      for (const storage of opened) await storage.close();
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
