import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';

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
