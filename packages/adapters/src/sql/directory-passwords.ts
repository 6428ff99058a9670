import {
  type Clock,
  DirectoryError,
  type DirectoryUser,
  type PasswordHasher,
  type ResetPasswordOptions,
} from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import { type DirectoryAccountStore, UNLOCKED } from './directory-account-store.js';
import type { DirectoryLockout } from './directory-lockout.js';
import { historyAfterReplacing } from './directory-password-history.js';
import type { DirectorySchema, UserTable } from './directory-schema.js';
import { toFlag, toMillis } from './sql-values.js';

/** Options for `SqlDirectory.setPassword`. */
export interface SetPasswordOptions {
  /** Ask for a new password at next sign-in. @default false */
  mustChangePassword?: boolean;
}

/** What {@link createDirectoryPasswords} works with. */
export interface DirectoryPasswordsOptions {
  db: Kysely<DirectorySchema>;
  accounts: DirectoryAccountStore;
  lockout: DirectoryLockout;
  hasher: PasswordHasher;
  clock: Clock;
  /** The directory's own quality rule; `false` refuses a new password with `password_policy`. */
  passwordPolicy: (password: string, user: DirectoryUser) => boolean;
}

/**
 * The directory's password operations. Every hash is of the NFKC form (NIST 800-63B 5.1.1.2),
 * and every write is a compare-and-set on the stored hash that moves the old one into the
 * history, so a concurrent change is never lost silently.
 */
export interface DirectoryPasswords {
  /** The hash of a new password, for an account being created. */
  hash(password: string): Promise<string>;
  /** False for a wrong password and for disabled, locked-out or unknown accounts; rehashes weak hashes. */
  verify(id: string, password: string): Promise<boolean>;
  /** @throws {DirectoryError} `user_not_found`, `account_disabled`, `account_locked_out`, `incorrect_password`, `password_policy`. */
  change(id: string, currentPassword: string, newPassword: string): Promise<void>;
  /** @throws {DirectoryError} `user_not_found`, `account_disabled`, `password_policy`. */
  reset(id: string, newPassword: string, options: ResetPasswordOptions): Promise<void>;
  /** Sets a password whatever the flags. @throws {DirectoryError} `user_not_found`, `password_policy`. */
  set(id: string, password: string, options: SetPasswordOptions): Promise<void>;
}

/** What a password write also changes, and when it may happen. */
interface WriteOptions {
  lockedOut?: boolean;
  mustChangePassword?: boolean;
  /** Only while the account is neither disabled nor locked out. */
  onlyIfActive?: boolean;
}

/** Password hashing, checks and writes for the SQL directory. */
export function createDirectoryPasswords(options: DirectoryPasswordsOptions): DirectoryPasswords {
  const { db, accounts, lockout, hasher, clock, passwordPolicy } = options;
  const hash = (password: string) => hasher.hash(password.normalize('NFKC'));

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
   * Replaces the password iff the stored hash is still the one in `row`; pushes that one onto
   * the history. @returns false when another write got there first.
   */
  async function replacePassword(
    row: Selectable<UserTable>,
    newHash: string,
    write: WriteOptions,
  ): Promise<boolean> {
    const now = toMillis(clock.now());
    const result = await db
      .updateTable('openreset_users')
      .set({
        password_hash: newHash,
        password_history: historyAfterReplacing(row),
        password_changed_at: now,
        must_change_password: toFlag(write.mustChangePassword ?? false),
        updated_at: now,
        ...(write.lockedOut === undefined ? {} : { locked_out: toFlag(write.lockedOut) }),
        ...(write.lockedOut === false ? UNLOCKED : {}),
      })
      .where('id', '=', row.id)
      .where((eb) =>
        row.password_hash === null
          ? eb('password_hash', 'is', null)
          : eb('password_hash', '=', row.password_hash),
      )
      .$if(write.onlyIfActive === true, (query) =>
        query
          .where('disabled', '=', 0)
          .where('locked_out', '=', 0)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)])),
      )
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Hashes a new password and writes it, retrying if a concurrent write moved the hash. */
  async function writePassword(
    id: string,
    password: string,
    check: (user: DirectoryUser) => void,
    write: WriteOptions,
  ): Promise<void> {
    let current = await accounts.get(id);
    check(current.user);
    assertPolicy(password, current.user);
    const newHash = await hash(password);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await replacePassword(current.row, newHash, write)) return;
      current = await accounts.get(id);
      check(current.user);
    }
    throw new DirectoryError('unavailable', 'The password kept changing during the request');
  }

  return {
    hash,

    async verify(id, password) {
      const found = await accounts.find({ id });
      if (found === undefined || !lockout.canSignIn(found.user)) return false;
      const stored = found.row.password_hash;
      if (stored === null || typeof password !== 'string') return false;
      const ok = await hasher.verify(stored, password.normalize('NFKC'));
      if (ok) await lockout.recordSuccess(id, Number(found.row.failed_sign_ins));
      else await lockout.recordFailure(id);
      if (ok && hasher.needsRehash(stored)) {
        // Upgrade the parameters while the password is at hand; history keeps its hashes.
        const upgraded = await hash(password);
        await db
          .updateTable('openreset_users')
          .set({ password_hash: upgraded })
          .where('id', '=', id)
          .where('password_hash', '=', stored)
          .execute();
      }
      return ok;
    },

    async change(id, currentPassword, newPassword) {
      const { row, user } = await accounts.get(id);
      lockout.assertCanChangePassword(user);
      const stored = row.password_hash;
      if (
        stored === null ||
        typeof currentPassword !== 'string' ||
        !(await hasher.verify(stored, currentPassword.normalize('NFKC')))
      ) {
        await lockout.recordFailure(id);
        throw new DirectoryError('incorrect_password', 'The current password is incorrect');
      }
      assertPolicy(newPassword, user);
      const newHash = await hash(newPassword);
      if (await replacePassword(row, newHash, { onlyIfActive: true })) return;
      // Something changed since the check: report what.
      const now = await accounts.get(id);
      lockout.assertCanChangePassword(now.user);
      throw new DirectoryError('incorrect_password', 'The password changed during the request');
    },

    reset: (id, newPassword, resetOptions) =>
      writePassword(id, newPassword, lockout.assertCanResetPassword, {
        ...((resetOptions.unlock ?? true) ? { lockedOut: false } : {}),
        mustChangePassword: resetOptions.mustChange ?? false,
      }),

    set: (id, password, setOptions) =>
      writePassword(id, password, () => {}, {
        mustChangePassword: setOptions.mustChangePassword ?? false,
      }),
  };
}
