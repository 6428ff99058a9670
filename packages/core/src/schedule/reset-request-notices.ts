import { sha256Base64Url } from '../crypto/encoding.js';
import { notificationAddresses } from '../messages/notifier.js';
import type { AuditStore } from '../ports/storage.js';
import { claimAndNotify, notice, type ScheduledMailDependencies } from './scheduled-mail.js';

/**
 * What {@link sendResetRequestNotices} needs: as the other scheduled mails, and the audit
 * log where `flow.abandoned` and `flow.started` events are read. Each notice is claimed in
 * `counters`, so a user hears at most once a day.
 */
export interface ResetRequestNoticeDependencies extends ScheduledMailDependencies {
  audit: Pick<AuditStore, 'query'>;
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
    const user = await deps.directory.getUser(userId);
    if (user === null || user.disabled) continue;
    const key = `${tenantId}:reset-requested:${await sha256Base64Url(userId)}`;
    const sent = await claimAndNotify(deps, key, DAY, async () => {
      const started = await deps.audit.query({
        tenantId,
        types: ['flow.started'],
        correlationId: event.correlationId,
        limit: 1,
      });
      await notice(deps, policy, user, {
        kind: 'reset_requested',
        to: notificationAddresses(user, await deps.registrations.get(tenantId, user.id)),
        correlationId: event.correlationId,
        time: new Date(started.events[0]?.time ?? event.time),
      });
    });
    if (sent) told += 1;
  }
  return told;
}
