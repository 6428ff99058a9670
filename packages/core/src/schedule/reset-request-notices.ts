import { sha256Base64Url } from '../crypto/encoding.js';
import { type Notifier, notificationAddresses } from '../messages/notifier.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory } from '../ports/directory.js';
import type { AuditStore, CounterStore, RegistrationStore } from '../ports/storage.js';

/** What {@link sendResetRequestNotices} needs. */
export interface ResetRequestNoticeDependencies {
  /** Where `flow.abandoned` and `flow.started` events are read. */
  audit: Pick<AuditStore, 'query'>;
  directory: Directory;
  registrations: RegistrationStore;
  /** Where each notice is claimed, so a user hears at most once a day. */
  counters: CounterStore;
  notifier: Notifier;
  clock: Clock;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

/** How far back a run looks for abandoned flows: three runs' worth, so none is missed. */
const LOOK_BACK_MS = 15 * 60_000;
const DAY = 24 * 60 * 60_000;

/**
 * "Someone asked to reset your password" (the policy's `notifications.userOnResetRequest`,
 * off by default): tells the owner of a known, enabled account about a reset or unlock that
 * was started and left unfinished (its flow expired: audit `flow.abandoned`), naming when
 * it started. At most once a day per user: the notice is claimed by an atomic increment of
 * a counter with a one-day window (`<tenant>:reset-requested:<hash of id>`), which also
 * makes overlapping runs and several instances send it once. It is sent by this job, never
 * in the request, so nothing in any answer differs for a known account.
 *
 * @returns how many users were told in this run.
 */
export async function sendResetRequestNotices(
  deps: ResetRequestNoticeDependencies,
): Promise<number> {
  const { tenantId } = deps;
  const policy = await deps.getPolicy(tenantId);
  if (!policy.notifications.userOnResetRequest) return 0;
  const now = deps.clock.now();
  const { events } = await deps.audit.query({
    tenantId,
    types: ['flow.abandoned'],
    from: new Date(now.getTime() - LOOK_BACK_MS),
    limit: 1000,
  });
  let told = 0;
  for (const event of events) {
    const userId = event.target?.userId;
    if (userId === undefined) continue;
    const key = `${tenantId}:reset-requested:${await sha256Base64Url(userId)}`;
    const claim = await deps.counters.increment(key, { windowMs: DAY, now });
    if (claim.count !== 1) continue;
    try {
      const user = await deps.directory.getUser(userId);
      if (user === null || user.disabled) continue;
      const started = await deps.audit.query({
        tenantId,
        types: ['flow.started'],
        correlationId: event.correlationId,
        limit: 1,
      });
      await deps.notifier.notify({
        tenantId,
        correlationId: event.correlationId,
        user,
        target: { userId: user.id, username: user.username, role: user.isAdmin ? 'admin' : 'user' },
        kind: 'reset_requested',
        to: notificationAddresses(user, await deps.registrations.get(tenantId, user.id)),
        locale: policy.defaultLocale,
        policy,
        time: new Date(started.events[0]?.time ?? event.time),
      });
      told += 1;
    } catch (error) {
      await deps.counters.reset(key);
      throw error;
    }
  }
  return told;
}
