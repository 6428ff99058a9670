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
import { Kysely, type Selectable } from 'kysely';
import { createArgon2Hasher } from './argon2-hasher.js';
import {
  createDirectoryAccountStore,
  type NewAccount,
  type SqlDirectoryUserChanges,
} from './directory-account-store.js';
import { directoryMigrations } from './directory-migrations.js';
import type { DirectorySchema, UserTable } from './directory-schema.js';
import { parseDirectoryUserInput, type SqlDirectoryUserInput } from './directory-user-input.js';
import { runMigrations } from './run-migrations.js';
import { detectDialect, type SqlDatabase } from './sql-database.js';
import type { SqlStorage } from './sql-storage.js';
import { fromJson, toFlag, toJson, toMillis } from './sql-values.js';

export type { SqlDirectoryUserChanges } from './directory-account-store.js';
export type { SqlDirectoryUserInput } from './directory-user-input.js';

/** Earlier passwords kept per account, besides the current one (the policy's history goes to 24). */
const HISTORY_DEPTH = 24;

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

/** Options for {@link SqlDirectory.setPassword}. */
export interface SetPasswordOptions {
  /** Ask for a new password at next sign-in. @default false */
  mustChangePassword?: boolean;
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
  const passwordPolicy = options.passwordPolicy ?? ((password: string) => password.length > 0);
  const description =
    options.description ??
    `SQL directory (${database.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'})`;

  const accounts = createDirectoryAccountStore(db, clock);

  const migrate = () =>
    runMigrations(database, {
      migrations: directoryMigrations(database.dialect),
      tableName: 'openreset_directory_migration',
      lockKey: DIRECTORY_LOCK_KEY,
    });

  function assertPolicy(password: string, user: DirectoryUser): void {
    if (typeof password !== 'string') throw new TypeError('password must be a string');
    if (!passwordPolicy(password, user)) {
      throw new DirectoryError(
        'password_policy',
        "The directory's password policy refused the password",
      );
    }
  }

  /**
   * Replaces the password iff the stored hash is still `expectedHash`; pushes the old one onto
   * the history. @returns false when another write got there first.
   */
  async function replacePassword(
    row: Selectable<UserTable>,
    newHash: string,
    extra: { lockedOut?: boolean; mustChangePassword?: boolean; onlyIfActive?: boolean },
  ): Promise<boolean> {
    const history = fromJson<string[]>(row.password_history);
    const nextHistory = row.password_hash === null ? history : [row.password_hash, ...history];
    const now = toMillis(clock.now());
    const result = await db
      .updateTable('openreset_users')
      .set({
        password_hash: newHash,
        password_history: toJson(nextHistory.slice(0, HISTORY_DEPTH)),
        password_changed_at: now,
        must_change_password: toFlag(extra.mustChangePassword ?? false),
        updated_at: now,
        ...(extra.lockedOut === undefined ? {} : { locked_out: toFlag(extra.lockedOut) }),
      })
      .where('id', '=', row.id)
      .where((eb) =>
        row.password_hash === null
          ? eb('password_hash', 'is', null)
          : eb('password_hash', '=', row.password_hash),
      )
      .$if(extra.onlyIfActive === true, (query) =>
        query.where('disabled', '=', 0).where('locked_out', '=', 0),
      )
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Hashes a new password and writes it, retrying if a concurrent write moved the hash. */
  async function writePassword(
    id: string,
    password: string,
    check: (user: DirectoryUser) => void,
    extra: { lockedOut?: boolean; mustChangePassword?: boolean },
  ): Promise<void> {
    let current = await accounts.get(id);
    check(current.user);
    assertPolicy(password, current.user);
    const newHash = await hasher.hash(password.normalize('NFKC'));
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await replacePassword(current.row, newHash, extra)) return;
      current = await accounts.get(id);
      check(current.user);
    }
    throw new DirectoryError('unavailable', 'The password kept changing during the request');
  }

  /** Checks the input and hashes its password. @param position names it in a TypeError. */
  async function prepare(input: SqlDirectoryUserInput, position: string): Promise<NewAccount> {
    const checked = parseDirectoryUserInput(input, position);
    const passwordHash =
      checked.passwordHash ??
      (checked.password === undefined
        ? null
        : await hasher.hash(checked.password.normalize('NFKC')));
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

    listAdminEmails: () => guard(() => accounts.listAdminEmails()),

    verifyPassword: (id, password) =>
      guard(async () => {
        const found = await accounts.find({ id });
        // A sign-in fails for disabled and locked-out accounts whatever the password.
        if (found === undefined || found.user.disabled || found.user.lockedOut) return false;
        const stored = found.row.password_hash;
        if (stored === null || typeof password !== 'string') return false;
        const ok = await hasher.verify(stored, password.normalize('NFKC'));
        if (ok && hasher.needsRehash(stored)) {
          // Upgrade the parameters while the password is at hand; history keeps its hashes.
          const upgraded = await hasher.hash(password.normalize('NFKC'));
          await db
            .updateTable('openreset_users')
            .set({ password_hash: upgraded })
            .where('id', '=', id)
            .where('password_hash', '=', stored)
            .execute();
        }
        return ok;
      }),

    resetPassword: (id, newPassword, resetOptions = {}) =>
      guard(() =>
        writePassword(
          id,
          newPassword,
          (user) => {
            if (user.disabled) {
              throw new DirectoryError('account_disabled', 'The account is disabled');
            }
          },
          (resetOptions.unlock ?? true) ? { lockedOut: false } : {},
        ),
      ),

    changePassword: (id, currentPassword, newPassword) =>
      guard(async () => {
        const { row, user } = await accounts.get(id);
        assertCanChange(user);
        const stored = row.password_hash;
        if (
          stored === null ||
          typeof currentPassword !== 'string' ||
          !(await hasher.verify(stored, currentPassword.normalize('NFKC')))
        ) {
          throw new DirectoryError('incorrect_password', 'The current password is incorrect');
        }
        assertPolicy(newPassword, user);
        const newHash = await hasher.hash(newPassword.normalize('NFKC'));
        if (await replacePassword(row, newHash, { onlyIfActive: true })) return;
        // Something changed since the check: report what.
        const now = await accounts.get(id);
        assertCanChange(now.user);
        throw new DirectoryError('incorrect_password', 'The password changed during the request');
      }),

    passwordHistory: (id) =>
      guard(async () => {
        const { row } = await accounts.get(id);
        const history = fromJson<string[]>(row.password_history);
        return row.password_hash === null ? history : [row.password_hash, ...history];
      }),

    unlock: (id) =>
      guard(async () => {
        const result = await db
          .updateTable('openreset_users')
          .set({ locked_out: 0, updated_at: toMillis(clock.now()) })
          .where('id', '=', id)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          throw new DirectoryError('user_not_found', 'No user has this id');
        }
      }),

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
      guard(() =>
        writePassword(id, password, () => {}, {
          mustChangePassword: setOptions.mustChangePassword ?? false,
        }),
      ),

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

function assertCanChange(user: DirectoryUser): void {
  if (user.disabled) throw new DirectoryError('account_disabled', 'The account is disabled');
  if (user.lockedOut) throw new DirectoryError('account_locked_out', 'The account is locked out');
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
