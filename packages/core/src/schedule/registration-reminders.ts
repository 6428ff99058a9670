import { sha256Base64Url } from '../crypto/encoding.js';
import { notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { evaluateUsage } from '../reports/usage.js';
import {
  claimAndNotify,
  countListedUsers,
  notice,
  type ScheduledMailDependencies,
} from './scheduled-mail.js';

/**
 * What {@link sendRegistrationReminders} needs: as expiry warnings, and each user's methods
 * and last confirmation from `registrations`.
 */
export interface RegistrationReminderDependencies extends ScheduledMailDependencies {
  /**
   * Whether a user is registered and in the policy's scope: the usage report's
   * `evaluateUsage` (passed in, as a service this layer does not import).
   */
  evaluateUsage: typeof evaluateUsage;
}

const DAY = 24 * 60 * 60_000;
/** The shortest time between two registration reminders to one user. */
const MIN_REGISTRATION_PERIOD_DAYS = 7;

/**
 * Mails every enabled user in the policy's self-service scope who has something to do
 * (as Entra's registration campaign, by mail rather than only at sign-in):
 *
 * - not registered (the usage report's rule, `evaluateUsage`) while the policy's
 *   `requireRegistration` is on: a `registration_reminder`, at most once per period of
 *   `registrationReminder.postponeDays` days but never more often than weekly (a daily
 *   mail would be noise; Entra snoozes its campaign for days too), periods counted from
 *   the Unix epoch;
 * - registered, with a stored registration last confirmed `reconfirmDays` ago or more (the
 *   registration status's rule; nothing when `reconfirmDays` is 0): a
 *   `reconfirmation_reminder`, at most once per `reconfirmDays` counted from the due date.
 *   A user who never registered here (counted registered by their directory data alone)
 *   is asked at sign-in, not by mail.
 *
 * Each reminder is claimed by an atomic increment of
 * `<tenant>:<kind>:<hash of id>:<period index>` until the period ends, so runs on several
 * instances never mail twice; a claim whose mail could not be queued is released. Users
 * with no address (directory mail, alternate or recovery email) are skipped. With
 * `requireRegistration` off and `reconfirmDays` 0 the directory is not even listed.
 *
 * @returns how many users were reminded in this run.
 */
export async function sendRegistrationReminders(
  deps: RegistrationReminderDependencies,
): Promise<number> {
  const policy = await deps.getPolicy(deps.tenantId);
  if (!policy.requireRegistration && policy.reconfirmDays === 0) return 0;
  return countListedUsers(deps.directory, (user) => remindIfDue(deps, policy, user));
}

async function remindIfDue(
  deps: RegistrationReminderDependencies,
  policy: Policy,
  user: DirectoryUser,
): Promise<boolean> {
  if (user.disabled) return false;
  const registration = await deps.registrations.get(deps.tenantId, user.id);
  const usage = deps.evaluateUsage(user, registration, policy);
  const to = notificationAddresses(user, registration);
  if (!usage.enabled || to.length === 0) return false;
  const now = deps.clock.now().getTime();
  let due: {
    kind: 'registration_reminder' | 'reconfirmation_reminder';
    from: number;
    period: number;
  };
  if (!usage.registered) {
    if (!policy.requireRegistration) return false;
    const days = Math.max(policy.registrationReminder.postponeDays, MIN_REGISTRATION_PERIOD_DAYS);
    due = { kind: 'registration_reminder', from: 0, period: days * DAY };
  } else {
    const confirmedAt = registration?.reconfirmedAt?.getTime();
    if (policy.reconfirmDays === 0 || confirmedAt === undefined) return false;
    const period = policy.reconfirmDays * DAY;
    if (now < confirmedAt + period) return false;
    due = { kind: 'reconfirmation_reminder', from: confirmedAt + period, period };
  }
  const index = Math.floor((now - due.from) / due.period);
  const key = `${deps.tenantId}:${due.kind}:${await sha256Base64Url(user.id)}:${index}`;
  const periodEnd = due.from + (index + 1) * due.period;
  return claimAndNotify(deps, key, periodEnd - now, () =>
    notice(deps, policy, user, {
      kind: due.kind,
      to,
      correlationId: `${due.kind}:${key.slice(-60)}`,
    }),
  );
}
