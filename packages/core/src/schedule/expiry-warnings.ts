import { sha256Base64Url } from '../crypto/encoding.js';
import { type NoticeRequest, type Notifier, notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import { type Directory, type DirectoryUser, passwordExpiry } from '../ports/directory.js';
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
  const { directory, tenantId } = deps;
  const policy = await deps.getPolicy(tenantId);
  if (!canList(directory)) return 0;
  let warned = 0;
  await forEachListedUser(directory, async (user) => {
    if (await warnIfDue(deps, policy, user)) warned += 1;
  });
  return warned;
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

/** Whether the directory can list its users (a directory that cannot gets no scheduled mail). */
export function canList(
  directory: Directory,
): directory is Directory & { listUsers: NonNullable<Directory['listUsers']> } {
  return directory.listUsers !== undefined;
}

/** Calls `visit` for every user of the directory, page by page (`listUsers`). */
export async function forEachListedUser(
  directory: Directory & { listUsers: NonNullable<Directory['listUsers']> },
  visit: (user: DirectoryUser) => Promise<void>,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await directory.listUsers({
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const user of page.users) await visit(user);
    cursor = page.next;
  } while (cursor !== undefined);
}

/**
 * Claims `key` for `windowMs` by an atomic increment (only the first claimant wins) and
 * then runs `send`; a claim whose `send` throws is released, so the next run tries again.
 *
 * @returns whether this call won the claim and sent.
 */
export async function claimAndNotify(
  deps: Pick<ExpiryWarningDependencies, 'counters' | 'clock'>,
  key: string,
  windowMs: number,
  send: () => Promise<void>,
): Promise<boolean> {
  const claim = await deps.counters.increment(key, { windowMs, now: deps.clock.now() });
  if (claim.count !== 1) return false;
  try {
    await send();
  } catch (error) {
    await deps.counters.reset(key);
    throw error;
  }
  return true;
}

/** Queues a scheduled notice about `user`, in the policy's default locale. */
export async function notice(
  deps: Pick<ExpiryWarningDependencies, 'notifier' | 'tenantId'>,
  policy: Policy,
  user: DirectoryUser,
  request: Pick<NoticeRequest, 'kind' | 'to' | 'correlationId' | 'time'>,
): Promise<void> {
  await deps.notifier.notify({
    ...request,
    tenantId: deps.tenantId,
    user,
    target: { userId: user.id, username: user.username, role: user.isAdmin ? 'admin' : 'user' },
    locale: policy.defaultLocale,
    policy,
  });
}
