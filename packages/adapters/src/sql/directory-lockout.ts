import { type Clock, DirectoryError, type DirectoryUser } from '@openreset/core';
import type { Kysely } from 'kysely';
import type { DirectorySchema } from './directory-schema.js';
import { toMillis } from './sql-values.js';

/**
 * What the disabled and locked-out flags block. Signing in and changing one's own password
 * need an active account; an administrator's reset refuses only a disabled one (and clears a
 * lockout unless told not to); `setPassword` leaves both flags alone.
 */
export interface DirectoryLockout {
  /** A sign-in fails for disabled and locked-out accounts whatever the password. */
  canSignIn(user: DirectoryUser): boolean;
  /** @throws {DirectoryError} `account_disabled`, `account_locked_out`. */
  assertCanChangePassword(user: DirectoryUser): void;
  /** @throws {DirectoryError} `account_disabled`. */
  assertCanResetPassword(user: DirectoryUser): void;
  /** Clears the lockout flag. @throws {DirectoryError} `user_not_found`. */
  unlock(id: string): Promise<void>;
}

/** The lockout rules, and `unlock` on a directory's Kysely instance. */
export function createDirectoryLockout(
  db: Kysely<DirectorySchema>,
  clock: Clock,
): DirectoryLockout {
  return {
    canSignIn: (user) => !user.disabled && !user.lockedOut,

    assertCanChangePassword(user) {
      assertNotDisabled(user);
      if (user.lockedOut) {
        throw new DirectoryError('account_locked_out', 'The account is locked out');
      }
    },

    assertCanResetPassword: assertNotDisabled,

    async unlock(id) {
      const result = await db
        .updateTable('openreset_users')
        .set({ locked_out: 0, updated_at: toMillis(clock.now()) })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new DirectoryError('user_not_found', 'No user has this id');
      }
    },
  };
}

function assertNotDisabled(user: DirectoryUser): void {
  if (user.disabled) throw new DirectoryError('account_disabled', 'The account is disabled');
}
