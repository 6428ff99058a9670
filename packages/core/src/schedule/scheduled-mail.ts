// What the scheduled mail jobs (expiry warnings, registration reminders, reset-request
// notices) share: their dependencies, the paged walk over the directory's users, the claim
// that makes a mail go out once across runs and instances, and the notice itself.
import type { NoticeRequest, Notifier } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import type { CounterStore, RegistrationStore } from '../ports/storage.js';

/** What a scheduled mail job needs. */
export interface ScheduledMailDependencies {
  /** Where the users come from (`listUsers`, page by page; `getUser`). */
  directory: Directory;
  /** For the recovery emails a mail also goes to. */
  registrations: RegistrationStore;
  /** Where each mail is claimed, so it goes out once per period. */
  counters: CounterStore;
  notifier: Notifier;
  clock: Clock;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

/** Users per directory page. */
const PAGE = 500;

/**
 * Calls `visit` for every user of the directory, page by page (`listUsers`), and counts the
 * users for whom it returned true. A directory that cannot list its users gets no scheduled
 * mail: 0, without a call.
 */
export async function countListedUsers(
  directory: Directory,
  visit: (user: DirectoryUser) => Promise<boolean>,
): Promise<number> {
  if (directory.listUsers === undefined) return 0;
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await directory.listUsers({
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const user of page.users) if (await visit(user)) count += 1;
    cursor = page.next;
  } while (cursor !== undefined);
  return count;
}

/**
 * Claims `key` for `windowMs` by an atomic increment (only the first claimant wins) and
 * then runs `send`; a claim whose `send` throws is released, so the next run tries again.
 *
 * @returns whether this call won the claim and sent.
 */
export async function claimAndNotify(
  deps: Pick<ScheduledMailDependencies, 'counters' | 'clock'>,
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
  deps: Pick<ScheduledMailDependencies, 'notifier' | 'tenantId'>,
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
