import {
  type Clock,
  type Directory,
  DirectoryError,
  type DirectoryStatus,
  type DirectoryUser,
  OpenResetError,
  type PasswordHasher,
  systemClock,
} from '@openreset/core';
import { Kysely } from 'kysely';
import { createArgon2Hasher } from './argon2-hasher.js';
import {
  createDirectoryAccountStore,
  type NewAccount,
  type SqlDirectoryUserChanges,
} from './directory-account-store.js';
import { createDirectoryLockout, type SmartLockoutOptions } from './directory-lockout.js';
import { directoryMigrations } from './directory-migrations.js';
import { readPasswordHistory } from './directory-password-history.js';
import { createDirectoryPasswords, type SetPasswordOptions } from './directory-passwords.js';
import type { DirectorySchema } from './directory-schema.js';
import { parseDirectoryUserInput, type SqlDirectoryUserInput } from './directory-user-input.js';
import { runMigrations } from './run-migrations.js';
import { detectDialect, type SqlDatabase } from './sql-database.js';
import type { SqlStorage } from './sql-storage.js';

export type { SqlDirectoryUserChanges } from './directory-account-store.js';
export type { SetPasswordOptions } from './directory-passwords.js';
export type { SqlDirectoryUserInput } from './directory-user-input.js';

/** Serializes migrating processes on PostgreSQL; differs from the storage's key. */
const DIRECTORY_LOCK_KEY = 7_315_042_118;

/** Options for {@link SqlDirectory.importUsers}. */
export interface ImportUsersOptions {
  /** `fail`: a taken username or id rolls the whole import back with `already_exists`; `skip`: it is left out and counted. @default "fail" */
  onConflict?: 'fail' | 'skip';
}

/** What {@link SqlDirectory.importUsers} did. */
export interface ImportUsersResult {
  created: number;
  skipped: number;
}

/** Options for {@link createSqlDirectory}. */
export interface SqlDirectoryOptions {
  /**
   * Where the accounts live: a storage from `createSqliteStorage` / `createPostgresStorage`
   * (sharing its connection), its `database`, or a Kysely instance of either dialect.
   */
  // biome-ignore lint/suspicious/noExplicitAny: any schema; the directory adds its own tables.
  db: SqlStorage | SqlDatabase | Kysely<any>;
  /** Hashes passwords. Give the engine the same one, for the history rule. @default createArgon2Hasher() */
  hasher?: PasswordHasher;
  /** Stamps `passwordChangedAt` and `status().checkedAt`. @default systemClock */
  clock?: Clock;
  /**
   * The directory's own quality rule: return `false` to refuse a new password with
   * `password_policy`. OpenReset's password policy applies before it either way.
   * @default accepts every non-empty password
   */
  passwordPolicy?: (password: string, user: DirectoryUser) => boolean;
  /** What `status()` describes. @default "SQL directory (SQLite)" or "SQL directory (PostgreSQL)" */
  description?: string;
  /** Apply pending migrations (tables `openreset_users`, `openreset_user_groups`) before resolving. @default true */
  migrate?: boolean;
  /**
   * Smart lockout: how many wrong passwords lock an account, for how long, and over what
   * window (see {@link SmartLockoutOptions}); `false` turns it off.
   * @default { threshold: 10, durationSeconds: 60, windowSeconds: 600 } (Entra's defaults)
   */
  lockout?: SmartLockoutOptions | false;
}

/** A {@link Directory} in SQL, with the API to manage its accounts. */
export interface SqlDirectory extends Directory {
  /**
   * Creates an account. @returns it as `getUser` would.
   * @throws {OpenResetError} `already_exists` when the username (ignoring case) or id is taken.
   * @throws {TypeError} for invalid input.
   */
  createUser(input: SqlDirectoryUserInput): Promise<DirectoryUser>;
  /**
   * Creates many accounts in one transaction (hashing their passwords first).
   * @throws {OpenResetError} `already_exists` (and creates none) when one is taken, unless `onConflict: "skip"`.
   * @throws {TypeError} naming the position of an invalid entry.
   */
  importUsers(
    users: Iterable<SqlDirectoryUserInput> | AsyncIterable<SqlDirectoryUserInput>,
    options?: ImportUsersOptions,
  ): Promise<ImportUsersResult>;
  /**
   * Sets a password as an administrator: keeps history, applies `passwordPolicy`, leaves the
   * lockout and disabled flags alone.
   * @throws {DirectoryError} `user_not_found`, `password_policy`.
   */
  setPassword(id: string, password: string, options?: SetPasswordOptions): Promise<void>;
  /**
   * Changes profile fields and flags (disable, lock out, make admin, groups, contact).
   * @throws {DirectoryError} `user_not_found`; {@link OpenResetError} `already_exists` for a taken username.
   */
  updateUser(id: string, changes: SqlDirectoryUserChanges): Promise<DirectoryUser>;
  /** Applies pending directory migrations; safe to repeat and from several processes at once. */
  migrate(): Promise<void>;
}

/**
 * The embedded directory for hosts without LDAP: accounts in the same SQLite or PostgreSQL
 * database as the storage (tables of its own), passwords as argon2id hashes of their NFKC form
 * (NIST 800-63B 5.1.1.2) with the current and 24 earlier ones for `passwordHistory`. It behaves
 * like the memory directory and passes `directoryConformance`: `findUser` matches username or
 * email ignoring case (lower case of NFKC, compared as a bound parameter, so `%`, `*` or quotes
 * are plain text) and throws `multi_match` for two matches; signing in fails for disabled and
 * locked-out accounts; `changePassword` checks the current password; `resetPassword` refuses
 * disabled accounts and clears a lockout unless told not to. Password writes are
 * compare-and-set on the stored hash, so a concurrent change is never lost silently.
 * `external` is false: OpenReset owns these passwords. Database failures become `unavailable`.
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage({ filename: 'openreset.db' });
 * const hasher = createArgon2Hasher();
 * const directory = await createSqlDirectory({ db: storage, hasher });
 * await directory.createUser({ username: 'alice', email: 'alice@example.com', password: 'correct horse battery staple' });
 * const engine = createOpenReset({ storage, directory, hasher, keys });
 * ```
 */
export async function createSqlDirectory(options: SqlDirectoryOptions): Promise<SqlDirectory> {
  const database = resolveDatabase(options.db);
  const db = database.kysely as Kysely<DirectorySchema>;
  const hasher = options.hasher ?? createArgon2Hasher();
  const clock = options.clock ?? systemClock;
  const description =
    options.description ??
    `SQL directory (${database.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'})`;
  const accounts = createDirectoryAccountStore(db, clock);
  const lockout = createDirectoryLockout(db, clock, options.lockout);
  const passwords = createDirectoryPasswords({
    db,
    accounts,
    lockout,
    hasher,
    clock,
    passwordPolicy: options.passwordPolicy ?? ((password: string) => password.length > 0),
  });

  const migrate = () =>
    runMigrations(database, {
      migrations: directoryMigrations(database.dialect),
      tableName: 'openreset_directory_migration',
      lockKey: DIRECTORY_LOCK_KEY,
    });

  /** Checks the input and hashes its password. @param position names it in a TypeError. */
  async function prepare(input: SqlDirectoryUserInput, position: string): Promise<NewAccount> {
    const checked = parseDirectoryUserInput(input, position);
    const passwordHash =
      checked.passwordHash ??
      (checked.password === undefined ? null : await passwords.hash(checked.password));
    return accounts.toNewAccount(checked, passwordHash);
  }

  const directory: SqlDirectory = {
    external: false,

    findUser: (identifier) =>
      guard(async () => {
        if (typeof identifier !== 'string') throw new TypeError('identifier must be a string');
        return (await accounts.find({ name: identifier }))?.user ?? null;
      }),

    getUser: (id) => guard(async () => (await accounts.find({ id }))?.user ?? null),

    listUsers: (listOptions) => guard(() => accounts.list(listOptions)),

    listAdminEmails: () => guard(() => accounts.listAdminEmails()),

    verifyPassword: (id, password) => guard(() => passwords.verify(id, password)),

    resetPassword: (id, newPassword, resetOptions = {}) =>
      guard(() => passwords.reset(id, newPassword, resetOptions)),

    changePassword: (id, currentPassword, newPassword) =>
      guard(() => passwords.change(id, currentPassword, newPassword)),

    passwordHistory: (id) => guard(async () => readPasswordHistory((await accounts.get(id)).row)),

    unlock: (id) => guard(() => lockout.unlock(id)),

    async status(): Promise<DirectoryStatus> {
      const checkedAt = clock.now();
      try {
        await accounts.probe();
        return { connected: true, description, checkedAt };
      } catch {
        return { connected: false, description, checkedAt, error: 'unavailable' };
      }
    },

    async createUser(input) {
      const account = await prepare(input, 'the user');
      await accounts.create(account);
      return (await accounts.get(account.row.id)).user;
    },

    async importUsers(users, importOptions = {}) {
      const prepared: NewAccount[] = [];
      let index = 0;
      for await (const input of users) {
        index += 1;
        prepared.push(await prepare(input, `user ${index}`));
      }
      const created = await accounts.import(prepared, importOptions.onConflict ?? 'fail');
      return { created, skipped: prepared.length - created };
    },

    setPassword: (id, password, setOptions = {}) =>
      guard(() => passwords.set(id, password, setOptions)),

    updateUser: (id, changes) => guard(() => accounts.update(id, changes)),

    migrate,
  };

  if (options.migrate ?? true) await migrate();
  return directory;
}

// biome-ignore lint/suspicious/noExplicitAny: any schema will do.
function resolveDatabase(db: SqlStorage | SqlDatabase | Kysely<any>): SqlDatabase {
  if (db instanceof Kysely) return { kysely: db, dialect: detectDialect(db) };
  if (db !== null && typeof db === 'object') {
    if ('database' in db && db.database?.kysely instanceof Kysely) return db.database;
    if ('kysely' in db && db.kysely instanceof Kysely) return db;
  }
  throw new TypeError('options.db must be a SQL storage, its database, or a Kysely instance');
}

/** Runs a directory operation: domain errors and misuse pass, anything else is `unavailable`. */
async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (
      error instanceof DirectoryError ||
      error instanceof OpenResetError ||
      error instanceof TypeError
    ) {
      throw error;
    }
    throw new DirectoryError('unavailable', 'The SQL directory failed', { cause: error });
  }
}
