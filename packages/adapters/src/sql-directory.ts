/**
 * `@openreset/adapters/sql-directory`: the embedded directory (accounts with argon2id hashes in
 * the SQLite or PostgreSQL database of the storage) and the argon2id password hasher.
 *
 * @example
 * ```ts
 * import { createArgon2Hasher, createSqlDirectory } from '@openreset/adapters/sql-directory';
 * const directory = await createSqlDirectory({ db: storage, hasher: createArgon2Hasher() });
 * ```
 *
 * @module
 */
export { type Argon2HasherOptions, createArgon2Hasher } from './sql/argon2-hasher.js';
export type { SmartLockoutOptions } from './sql/directory-lockout.js';
export { type SqlDatabase, SqlDialect } from './sql/sql-database.js';
export {
  createSqlDirectory,
  type ImportUsersOptions,
  type ImportUsersResult,
  type SetPasswordOptions,
  type SqlDirectory,
  type SqlDirectoryOptions,
  type SqlDirectoryUserChanges,
  type SqlDirectoryUserInput,
} from './sql/sql-directory.js';
export type { SqlStorage } from './sql/sql-storage.js';
