import { AccountError } from '../account/account-error.js';
import type { AuditTarget } from '../audit/audit-event.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { RateLimit } from '../limits/rate-limit.js';
import { type Notifier, notificationAddresses } from '../messages/notifier.js';
import type { UserPasswordCheck } from '../password/user-password-check.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import {
  type Directory,
  DirectoryError,
  type DirectoryUser,
  passwordExpiry,
} from '../ports/directory.js';
import { commitNow, outsideTransaction, type Storage } from '../ports/storage.js';

/** Input of {@link ChangeService.changePassword}. */
export interface ChangePasswordInput {
  userId: string;
  currentPassword: string;
  newPassword: string;
  ip?: string;
  /** @default the engine's tenant */
  tenantId?: string;
}

/** Whether a user must change their password now (for the host's sign-in). */
export interface PasswordChangeNeed {
  /** True when the host should send the user to the change form before anything else. */
  required: boolean;
  /**
   * `must_change`: the directory asks for it; `expired`: past the directory's own
   * `passwordExpiresAt`, or, when it gives none, older than `password.maxAgeDays`.
   */
  reason: 'must_change' | 'expired' | null;
  /**
   * When the password expires (or expired), by {@link passwordExpiry}: the directory's own
   * expiry when it has one, else the policy's; `null` when expiry is off or unknown.
   */
  expiresAt: string | null;
  /** True within `password.expiryWarningDays` before expiry: show a warning. */
  warn: boolean;
}

/** Input of {@link ChangeService.needsPasswordChange}. */
export interface NeedsPasswordChangeInput {
  /** The user, as the directory gave it, or their id. */
  user: DirectoryUser | string;
  tenantId?: string;
}

/** Password change by a signed-in user, and expiry. */
export interface ChangeService {
  /**
   * Changes the password through the directory as the user, so the directory's own history
   * and rules apply too, after the same `checkPassword` rules as reset.
   * @throws {AccountError} `incorrect_password`, `password_rejected` (`issues`),
   *   `directory_error` (`directoryCode`), `rate_limited`, `user_not_found`.
   */
  changePassword(input: ChangePasswordInput): Promise<void>;
  /** Whether the user must change their password now, and whether to warn of expiry. */
  needsPasswordChange(input: NeedsPasswordChangeInput): Promise<PasswordChangeNeed>;
}

/** What {@link createChangeService} needs. */
export interface ChangeServiceDependencies {
  storage: Storage;
  directory: Directory;
  notifier: Notifier;
  rateLimit: RateLimit;
  audit: AuditLog;
  clock: Clock;
  /** The password rules with the user's names and history, shared with reset. */
  checkUserPassword: UserPasswordCheck;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Creates the {@link ChangeService}. */
export function createChangeService(deps: ChangeServiceDependencies): ChangeService {
  const { directory, audit, clock } = deps;

  async function directoryCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new AccountError('directory_error', 'The directory could not be reached', {
        directoryCode: error instanceof DirectoryError ? error.code : 'unavailable',
        cause: error,
      });
    }
  }

  async function userOf(userId: string): Promise<DirectoryUser> {
    const user =
      typeof userId === 'string' && userId.length > 0
        ? await directoryCall(() => directory.getUser(userId))
        : null;
    if (user === null) throw new AccountError('user_not_found', `No user ${userId}`);
    return user;
  }

  return {
    async changePassword(input) {
      const tenantId = input.tenantId ?? deps.tenantId;
      if (typeof input.currentPassword !== 'string' || typeof input.newPassword !== 'string') {
        throw new AccountError('invalid_request', 'currentPassword and newPassword are required');
      }
      const { currentPassword, newPassword } = input;
      const user = await userOf(input.userId);
      const policy = await deps.getPolicy(tenantId);
      const target: AuditTarget = {
        userId: user.id,
        username: user.username,
        role: user.isAdmin ? 'admin' : 'user',
      };
      const base = {
        tenantId,
        actor: { kind: 'user', id: user.id } as const,
        target,
        correlationId: `change:${user.id}:${clock.now().getTime()}`,
        ...(input.ip === undefined ? {} : { ip: input.ip }),
      };
      const refuse = async (error: AccountError): Promise<never> => {
        const failed = () =>
          audit.record({
            ...base,
            type: 'password.change_failed',
            result: 'failure',
            reason: error.code,
          });
        // A directory failure answers 502, which rolls the request's transaction back: its
        // record commits on its own.
        await (error.code === 'directory_error' ? commitNow(deps.storage, failed) : failed());
        throw error;
      };

      const attempts = await deps.rateLimit.hit(
        `${tenantId}:change:${user.id}`,
        HOUR,
        policy.limits.failedProofsPerDay,
      );
      if (!attempts.allowed) {
        return refuse(
          new AccountError('rate_limited', 'Too many password changes', {
            retryAfterSeconds: attempts.retryAfterSeconds,
          }),
        );
      }
      // Outside the request's transaction, holding none of the storage's locks: the history's
      // hashes and the directory's change (verifying the current password and hashing the new
      // one, or a network write).
      const outcome = await outsideTransaction(deps.storage, async () => {
        const check = await directoryCall(() => deps.checkUserPassword(newPassword, user, policy));
        if (!check.ok) return { result: 'refused', issues: check.issues } as const;
        try {
          await directory.changePassword(user.id, currentPassword, newPassword);
          return { result: 'changed' } as const;
        } catch (error) {
          return { result: 'failed', error } as const;
        }
      });
      if (outcome.result === 'refused') {
        return refuse(
          new AccountError('password_rejected', 'The password breaks the policy', {
            issues: outcome.issues,
          }),
        );
      }
      if (outcome.result === 'failed') {
        const { error } = outcome;
        const code = error instanceof DirectoryError ? error.code : 'unavailable';
        if (code === 'incorrect_password') {
          return refuse(new AccountError('incorrect_password', 'The current password is wrong'));
        }
        return refuse(
          new AccountError('directory_error', 'The directory refused the change', {
            directoryCode: code,
            cause: error,
          }),
        );
      }
      await audit.record({ ...base, type: 'password.changed', result: 'success' });
      if (policy.notifications.userOnChange) {
        const registration = await deps.storage.registrations.get(tenantId, user.id);
        await deps.notifier.notify({
          tenantId,
          correlationId: base.correlationId,
          user,
          target,
          locale: policy.defaultLocale,
          policy,
          kind: 'password_changed',
          to: notificationAddresses(user, registration),
        });
      }
    },

    async needsPasswordChange(input) {
      const tenantId = input.tenantId ?? deps.tenantId;
      const user = typeof input.user === 'string' ? await userOf(input.user) : input.user;
      const policy = await deps.getPolicy(tenantId);
      const expiresAt = passwordExpiry(user, policy.password.maxAgeDays)?.getTime() ?? null;
      const now = clock.now().getTime();
      const expired = expiresAt !== null && now >= expiresAt;
      const warn =
        expiresAt !== null &&
        !expired &&
        now >= expiresAt - policy.password.expiryWarningDays * DAY;
      return {
        required: user.mustChangePassword || expired,
        reason: user.mustChangePassword ? 'must_change' : expired ? 'expired' : null,
        expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
        warn,
      };
    },
  };
}
