import { sha256Base64Url } from '../crypto/encoding.js';
import { type Notifier, notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import type { CounterStore, RegistrationStore } from '../ports/storage.js';

/** What {@link sendExpiryWarnings} needs. */
export interface ExpiryWarningDependencies {
  /** Listed page by page (`listUsers`); a directory that cannot list gets no warnings. */
  directory: Directory;
  /** For the recovery emails the warning also goes to. */
  registrations: RegistrationStore;
  /** Where each warning is claimed, so it goes out once. */
  counters: CounterStore;
  notifier: Notifier;
  clock: Clock;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

/** Users per directory page. */
const PAGE = 500;
const DAY = 24 * 60 * 60_000;

/**
 * Mails a warning to every enabled user whose password expires within the policy's
 * `password.expiryWarningDays` (expiry: the directory's `passwordChangedAt` plus
 * `password.maxAgeDays`; nothing when that is 0), ONE per user and password: each warning
 * is claimed by an atomic increment of a counter keyed by the user and the time the
 * password was set (`<tenant>:expiry-warning:<hash of id>:<ms>`, kept until the password
 * expires), so runs on several instances, or every hour, never mail twice, and a new
 * password gets its own warning. A claim whose mail could not be queued is released, so
 * the next run tries again.
 *
 * @returns how many users were warned in this run.
 */
export async function sendExpiryWarnings(deps: ExpiryWarningDependencies): Promise<number> {
  const { directory, tenantId } = deps;
  const policy = await deps.getPolicy(tenantId);
  const { maxAgeDays, expiryWarningDays } = policy.password;
  if (maxAgeDays === 0 || directory.listUsers === undefined) return 0;
  let warned = 0;
  let cursor: string | undefined;
  do {
    const page = await directory.listUsers({
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const user of page.users) {
      if (await warnIfDue(deps, policy, user, { maxAgeDays, expiryWarningDays })) warned += 1;
    }
    cursor = page.next;
  } while (cursor !== undefined);
  return warned;
}

async function warnIfDue(
  deps: ExpiryWarningDependencies,
  policy: Policy,
  user: DirectoryUser,
  days: { maxAgeDays: number; expiryWarningDays: number },
): Promise<boolean> {
  const changedAt = user.passwordChangedAt?.getTime();
  if (user.disabled || changedAt === undefined || Number.isNaN(changedAt)) return false;
  const expiresAt = changedAt + days.maxAgeDays * DAY;
  const now = deps.clock.now();
  if (now.getTime() < expiresAt - days.expiryWarningDays * DAY || now.getTime() >= expiresAt) {
    return false;
  }
  const key = `${deps.tenantId}:expiry-warning:${await sha256Base64Url(user.id)}:${changedAt}`;
  const claim = await deps.counters.increment(key, { windowMs: expiresAt - now.getTime(), now });
  if (claim.count !== 1) return false;
  try {
    const registration = await deps.registrations.get(deps.tenantId, user.id);
    await deps.notifier.notify({
      tenantId: deps.tenantId,
      correlationId: `expiry-warning:${key.slice(-60)}`,
      user,
      target: { userId: user.id, username: user.username, role: user.isAdmin ? 'admin' : 'user' },
      kind: 'password_expiring',
      to: notificationAddresses(user, registration),
      locale: policy.defaultLocale,
      policy,
      time: new Date(expiresAt),
    });
  } catch (error) {
    await deps.counters.reset(key);
    throw error;
  }
  return true;
}
