/**
 * `@openreset/adapters/sql`: storage over a Kysely instance you built, for any driver with
 * Kysely's SQLite or PostgreSQL adapter (see {@link createSqlStorage}). Needs only `kysely`.
 *
 * @example
 * ```ts
 * import { createSqlStorage } from '@openreset/adapters/sql';
 * const storage = await createSqlStorage(kysely);
 * ```
 *
 * @module
 */
export { type SqlDatabase, SqlDialect } from './sql/sql-database.js';
export {
  type CreateSqlStorageOptions,
  createSqlStorage,
  type SqlStorage,
} from './sql/sql-storage.js';
