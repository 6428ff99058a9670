import type { Storage } from '@openreset/core';
import type { Kysely } from 'kysely';
import { runMigrations } from './run-migrations.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import { createSqlChallengeStore } from './sql-challenge-store.js';
import { createSqlCounterStore } from './sql-counter-store.js';
import { detectDialect, type SqlDatabase } from './sql-database.js';
import { createSqlFlowStore } from './sql-flow-store.js';
import { createSqlOutboxStore } from './sql-outbox-store.js';
import { createSqlPolicyStore } from './sql-policy-store.js';
import { createSqlRegistrationStore } from './sql-registration-store.js';
import { storageMigrations } from './storage-migrations.js';
import type { StorageSchema } from './storage-schema.js';

/** A {@link Storage} in a SQL database, with the handle to migrate and close it. */
export interface SqlStorage extends Storage {
  /** The Kysely instance and dialect underneath; pass it (or the storage) to `createSqlDirectory`. */
  readonly database: SqlDatabase;
  /**
   * Applies pending schema migrations (tables `openreset_*`, bookkeeping in
   * `openreset_migration`). The factories call it unless told not to; safe to call again and
   * from several processes at once.
   */
  migrate(): Promise<void>;
  /** Closes what the factory opened (the pool or database file); a pool or database you passed in stays open. */
  close(): Promise<void>;
}

/** Serializes migrating processes on PostgreSQL (`pg_advisory_lock`); any fixed 64-bit number. */
const STORAGE_LOCK_KEY = 7_315_042_117;

/**
 * The storage over `database`, migrated unless `migrate` is `false`. `close` destroys the
 * Kysely instance (which ends the pool or closes the SQLite file) only when the factory
 * `owned` it; a pool or database the caller passed in stays open. A failed migration closes
 * what was opened and rethrows.
 */
export async function openSqlStorage(
  database: SqlDatabase,
  options: { owned: boolean; migrate?: boolean | undefined },
): Promise<SqlStorage> {
  const storage = sqlStorageOver(database, async () => {
    if (options.owned) await database.kysely.destroy();
  });
  if (options.migrate ?? true) {
    try {
      await storage.migrate();
    } catch (error) {
      await storage.close();
      throw error;
    }
  }
  return storage;
}

/**
 * The one Kysely implementation of every storage contract, for SQLite and PostgreSQL alike.
 * Each check-and-write is a single statement, so it is atomic on both; `transaction` (when
 * `database` has one) makes the writes of one request commit together.
 */
export function sqlStorageOver(database: SqlDatabase, close: () => Promise<void>): SqlStorage {
  const db = database.kysely as Kysely<StorageSchema>;
  return {
    flows: createSqlFlowStore(db),
    challenges: createSqlChallengeStore(db),
    registrations: createSqlRegistrationStore(db),
    audit: createSqlAuditStore(db, database.dialect, database.transaction),
    outbox: createSqlOutboxStore(db, database.dialect),
    counters: createSqlCounterStore(db),
    policies: createSqlPolicyStore(db),
    ...(database.transaction === undefined ? {} : { transaction: database.transaction }),
    ...(database.outsideTransaction === undefined
      ? {}
      : { outsideTransaction: database.outsideTransaction }),
    database,
    migrate: () =>
      runMigrations(database, {
        migrations: storageMigrations(database.dialect),
        tableName: 'openreset_migration',
        lockKey: STORAGE_LOCK_KEY,
      }),
    close,
  };
}

/** Options for {@link createSqlStorage}. */
export interface CreateSqlStorageOptions {
  /** Apply pending migrations first (see {@link SqlStorage.migrate}). @default true */
  migrate?: boolean;
}

/**
 * The storage over a Kysely instance you built, with any driver whose Kysely adapter is
 * SQLite's or PostgreSQL's (better-sqlite3, libSQL, Cloudflare D1, node-postgres, PGlite,
 * Neon, ...), migrated unless told not to. `close` leaves your instance open.
 *
 * Unlike `createSqliteStorage` and `createPostgresStorage`, it cannot make one transaction
 * per request (that needs control of the connections): each statement commits on its own,
 * which every storage contract allows, since each check-and-write is one statement.
 *
 * @example
 * ```ts
 * import { createSqlStorage } from '@openreset/adapters/sql';
 * import { Kysely, PostgresDialect } from 'kysely';
 * const storage = await createSqlStorage(new Kysely({ dialect: new PostgresDialect({ pool }) }));
 * ```
 * @throws {TypeError} when the instance's adapter is neither SQLite's nor PostgreSQL's.
 */
export async function createSqlStorage(
  // biome-ignore lint/suspicious/noExplicitAny: any schema will do; the storage types its own tables.
  kysely: Kysely<any>,
  options: CreateSqlStorageOptions = {},
): Promise<SqlStorage> {
  return openSqlStorage(
    { kysely, dialect: detectDialect(kysely) },
    { owned: false, migrate: options.migrate },
  );
}
