/**
 * `@openreset/adapters/sqlite`: storage in a SQLite file (better-sqlite3, WAL), the embedded
 * default for one server.
 *
 * @example
 * ```ts
 * import { createSqliteStorage } from '@openreset/adapters/sqlite';
 * const storage = await createSqliteStorage({ filename: 'openreset.db' });
 * ```
 *
 * @module
 */
export { type SqlDatabase, SqlDialect } from './sql/sql-database.js';
export type { SqlStorage } from './sql/sql-storage.js';
export { createSqliteStorage, type SqliteStorageOptions } from './sql/sqlite-storage.js';
