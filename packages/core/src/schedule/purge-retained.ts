import { positiveIntegerOptions } from '../check-integer.js';
import type { Storage } from '../ports/storage.js';
import { TEMPORARY_ACCESS_PASS_FLOW_PREFIX } from '../verification/temporary-access-pass.js';

/** How long finished data is kept, in days. */
export interface RetentionOptions {
  /** Audit events. @default 365 */
  auditDays?: number;
  /** Finished flows (completed, canceled, blocked, abandoned), counted from their expiry. @default 30 */
  flowDays?: number;
  /** Sent and failed outbox messages (their payload is already gone). @default 7 */
  messageDays?: number;
}

/** What one purge deleted. */
export interface PurgeReport {
  flows: number;
  messages: number;
  counters: number;
  auditEvents: number;
  /** Expired Temporary Access Passes (their HMACs), of every tenant. */
  temporaryAccessPasses: number;
}

/** Rows deleted per statement, and batches per kind in one run, so a run stays short. */
const BATCH = 500;
const BATCHES = 20;
const DAY = 24 * 60 * 60_000;

/**
 * Deletes what retention no longer keeps: finished flows (with their challenges) past
 * `flowDays`, sent and failed messages past `messageDays`, ended counters, and the tenant's
 * audit events past `auditDays`, and expired Temporary Access Passes (at once: an expired
 * pass never works again, and a reissue replaces it anyway). Never what a running flow needs: an open flow is never
 * finished, its messages are pending or younger than any retention, its counters' windows
 * are open. At most 20 batches of 500 of each kind per run; the rest waits for the next.
 *
 * @param input.finishedStates The flow states no event leaves (recovery's `TERMINAL_FLOW_STATES`).
 * @throws {TypeError} when a retention is not a whole number of days of at least 1.
 */
export async function purgeRetained(
  storage: Storage,
  input: {
    tenantId: string;
    now: Date;
    retention: RetentionOptions;
    finishedStates: readonly string[];
  },
): Promise<PurgeReport> {
  const days = checkedRetention(input.retention);
  const ago = (count: number) => new Date(input.now.getTime() - count * DAY);
  const repeat = async (batch: () => Promise<number>) => {
    let total = 0;
    for (let run = 0; run < BATCHES; run++) {
      const deleted = await batch();
      total += deleted;
      if (deleted < BATCH) break;
    }
    return total;
  };
  const flows = await repeat(async () => {
    const finished = await storage.flows.listExpired({
      before: ago(days.flowDays),
      states: input.finishedStates,
      limit: BATCH,
    });
    for (const flow of finished) {
      await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
      await storage.flows.delete(flow.tenantId, flow.id);
    }
    return finished.length;
  });
  return {
    flows,
    messages: await repeat(() => storage.outbox.deleteFinished(ago(days.messageDays), BATCH)),
    counters: await repeat(() => storage.counters.deleteExpired(input.now, BATCH)),
    auditEvents: await repeat(() =>
      storage.audit.deleteBefore(input.tenantId, ago(days.auditDays), BATCH),
    ),
    temporaryAccessPasses: await repeat(() =>
      storage.challenges.deleteExpired({
        flowIdPrefix: TEMPORARY_ACCESS_PASS_FLOW_PREFIX,
        now: input.now,
        limit: BATCH,
      }),
    ),
  };
}

/**
 * The retention with its defaults filled in.
 * @throws {TypeError} when a retention is not a whole number of days of at least 1.
 */
export function checkedRetention(options: RetentionOptions): Required<RetentionOptions> {
  return positiveIntegerOptions('retention', options, {
    auditDays: 365,
    flowDays: 30,
    messageDays: 7,
  });
}
