import { sha256Base64Url } from '../crypto/encoding.js';
import { notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import { type DirectoryUser, passwordExpiry } from '../ports/directory.js';
import {
  claimAndNotify,
  countListedUsers,
  notice,
  type ScheduledMailDependencies,
} from './scheduled-mail.js';

/** What {@link sendExpiryWarnings} needs: the directory is listed page by page, and each
 * warning is claimed in `counters` so it goes out once. */
export type ExpiryWarningDependencies = ScheduledMailDependencies;

const DAY = 24 * 60 * 60_000;

/**
 * Mails a warning to every enabled user whose password expires within the policy's
 * `password.expiryWarningDays`. Expiry is {@link passwordExpiry}: the directory's own
 * `passwordExpiresAt` when it gives one (OpenLDAP's ppolicy `pwdMaxAge`, Active Directory's
 * computed expiry), else `passwordChangedAt` plus `password.maxAgeDays` (nothing when that
 * is 0). ONE warning per user and password: each is claimed by an atomic increment of a
 * counter keyed by the user and the time the password was set
 * (`<tenant>:expiry-warning:<hash of id>:<ms>`; the expiry time when the directory gives
 * no change time), kept until the password expires, so runs on several instances, or
 * every hour, never mail twice, and a new password gets its own warning. A claim whose
 * mail could not be queued is released, so the next run tries again.
 *
 * @returns how many users were warned in this run.
 */
export async function sendExpiryWarnings(deps: ExpiryWarningDependencies): Promise<number> {
  const policy = await deps.getPolicy(deps.tenantId);
  return countListedUsers(deps.directory, (user) => warnIfDue(deps, policy, user));
}

async function warnIfDue(
  deps: ExpiryWarningDependencies,
  policy: Policy,
  user: DirectoryUser,
): Promise<boolean> {
  const expiry = passwordExpiry(user, policy.password.maxAgeDays);
  if (user.disabled || expiry === undefined) return false;
  const expiresAt = expiry.getTime();
  const now = deps.clock.now();
  if (
    now.getTime() < expiresAt - policy.password.expiryWarningDays * DAY ||
    now.getTime() >= expiresAt
  ) {
    return false;
  }
  const setAt = user.passwordChangedAt?.getTime();
  const passwordKey = setAt === undefined || Number.isNaN(setAt) ? expiresAt : setAt;
  const key = `${deps.tenantId}:expiry-warning:${await sha256Base64Url(user.id)}:${passwordKey}`;
  return claimAndNotify(deps, key, expiresAt - now.getTime(), async () => {
    const registration = await deps.registrations.get(deps.tenantId, user.id);
    await notice(deps, policy, user, {
      kind: 'password_expiring',
      to: notificationAddresses(user, registration),
      correlationId: `expiry-warning:${key.slice(-60)}`,
      time: expiry,
    });
  });
}
