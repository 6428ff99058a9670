import {
  type Clock,
  DirectoryError,
  type DirectoryUser,
  positiveIntegerOptions,
} from '@openreset/core';
import { type Kysely, sql } from 'kysely';
import { UNLOCKED } from './directory-account-store.js';
import type { DirectorySchema } from './directory-schema.js';
import { toMillis } from './sql-values.js';

/**
 * Smart lockout (Entra's defaults: 10 wrong passwords lock for 60 seconds): wrong passwords
 * are counted per account within a window that starts at the first of them; at the
 * threshold the account locks for the duration, then unlocks by itself. A right password,
 * an unlock and a reset forget the count. Sign-in, password change and the current-password
 * check of registration all count, as a domain controller counts bad passwords.
 */
export interface SmartLockoutOptions {
  /** Wrong passwords that lock the account. @default 10 */
  threshold?: number;
  /** How long the lock lasts, in seconds. @default 60 */
  durationSeconds?: number;
  /** Wrong passwords older than this (from the first one counted) are forgotten, in seconds. @default 600 */
  windowSeconds?: number;
}

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
  /** Clears the lockout flag and any smart lockout. @throws {DirectoryError} `user_not_found`. */
  unlock(id: string): Promise<void>;
  /** Counts a wrong password; locks the account when it reaches the threshold. */
  recordFailure(id: string): Promise<void>;
  /** Forgets the wrong passwords counted, after a right one (writes only when some were). */
  recordSuccess(id: string, failedSignIns: number): Promise<void>;
}

/** The lockout rules, and `unlock` on a directory's Kysely instance. `false` turns smart lockout off. */
export function createDirectoryLockout(
  db: Kysely<DirectorySchema>,
  clock: Clock,
  options: SmartLockoutOptions | false = {},
): DirectoryLockout {
  const smart = options === false ? null : checkedLockout(options);
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
        .set({ locked_out: 0, ...UNLOCKED, updated_at: toMillis(clock.now()) })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new DirectoryError('user_not_found', 'No user has this id');
      }
    },

    async recordFailure(id) {
      if (smart === null) return;
      const now = toMillis(clock.now());
      const windowStart = now - smart.windowSeconds * 1000;
      // One statement: concurrent wrong passwords each count once.
      const fresh = sql<boolean>`failures_since is null or failures_since <= ${windowStart}`;
      const counted = await db
        .updateTable('openreset_users')
        .set({
          failed_sign_ins: sql`case when ${fresh} then 1 else failed_sign_ins + 1 end`,
          failures_since: sql`case when ${fresh} then ${now} else failures_since end`,
        })
        .where('id', '=', id)
        .returning('failed_sign_ins')
        .executeTakeFirst();
      if (counted === undefined || Number(counted.failed_sign_ins) < smart.threshold) return;
      await db
        .updateTable('openreset_users')
        .set({
          ...UNLOCKED,
          locked_until: now + smart.durationSeconds * 1000,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    async recordSuccess(id, failedSignIns) {
      if (smart === null || failedSignIns === 0) return;
      await db
        .updateTable('openreset_users')
        .set({ failed_sign_ins: 0, failures_since: null })
        .where('id', '=', id)
        .execute();
    },
  };
}

function checkedLockout(options: SmartLockoutOptions): Required<SmartLockoutOptions> {
  return positiveIntegerOptions('lockout', options, {
    threshold: 10,
    durationSeconds: 60,
    windowSeconds: 600,
  });
}

function assertNotDisabled(user: DirectoryUser): void {
  if (user.disabled) throw new DirectoryError('account_disabled', 'The account is disabled');
}
