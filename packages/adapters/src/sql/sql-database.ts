import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';
import type { RunInTransaction } from './sql-transactions.js';

/** The SQL dialects the adapters speak. */
export const SqlDialect = {
  Sqlite: 'sqlite',
  Postgres: 'postgres',
} as const;

/** The union of {@link SqlDialect} values. */
export type SqlDialect = (typeof SqlDialect)[keyof typeof SqlDialect];

/**
 * A Kysely instance with the dialect it speaks: what the SQL storage and the SQL directory
 * run on. `createSqliteStorage` and `createPostgresStorage` expose theirs as `storage.database`,
 * so a directory can share the storage's connection (pool).
 */
export interface SqlDatabase {
  // biome-ignore lint/suspicious/noExplicitAny: each module types its own tables on top of it.
  readonly kysely: Kysely<any>;
  readonly dialect: SqlDialect;
  /**
   * Runs `fn` in one transaction of `kysely` (one commit): every query on `kysely` inside it
   * joins, nested calls too. Present when the factory built `kysely`
   * (`createSqliteStorage`, `createPostgresStorage`); without it, each statement commits alone.
   */
  readonly transaction?: RunInTransaction;
  /**
   * Runs `fn` outside the transaction the caller is in: what it wrote so far commits first,
   * and it goes on in a new one after `fn` (see `Storage.outsideTransaction`). Present with
   * `transaction`.
   */
  readonly outsideTransaction?: RunInTransaction;
}

/**
 * The dialect of a Kysely instance, read from its adapter.
 * @throws {TypeError} when it is neither SQLite nor PostgreSQL.
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema will do.
export function detectDialect(kysely: Kysely<any>): SqlDialect {
  const { adapter } = kysely.getExecutor();
  if (adapter instanceof PostgresAdapter) return SqlDialect.Postgres;
  if (adapter instanceof SqliteAdapter) return SqlDialect.Sqlite;
  throw new TypeError('only SQLite and PostgreSQL Kysely instances are supported');
}
