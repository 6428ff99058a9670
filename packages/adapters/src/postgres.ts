/**
 * `@openreset/adapters/postgres`: storage in PostgreSQL (pg), shared by any number of app
 * servers.
 *
 * @example
 * ```ts
 * import { createPostgresStorage } from '@openreset/adapters/postgres';
 * const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL });
 * ```
 *
 * @module
 */
export { createPostgresStorage, type PostgresStorageOptions } from './sql/postgres-storage.js';
export { type SqlDatabase, SqlDialect } from './sql/sql-database.js';
export type { SqlStorage } from './sql/sql-storage.js';
