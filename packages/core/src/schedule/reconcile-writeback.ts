import type { AuditLog } from '../audit/audit-log.js';
import type { Directory } from '../ports/directory.js';
import type { FlowRecord, FlowStore } from '../ports/storage.js';
import type { FlowData } from '../recovery/flow-data.js';

/**
 * How long a flow may stay in `writing_back` before the `reconcile-writeback` job settles it:
 * longer than any directory write takes (an LDAP or AD write times out well within it), so a
 * writeback still running is never settled under it.
 */
export const WRITEBACK_RECONCILE_AFTER_MS = 2 * 60_000;

/**
 * How far the directory's clock may run behind the engine's: a password change stamped up
 * to this long before the writeback started still counts as the writeback's.
 */
const CLOCK_SKEW_MS = 60_000;

/** The flow machine's states the job moves between (from `recovery/flow-machine`). */
export interface WritebackStates {
  /** Where a crashed writeback stays: `writing_back`. */
  writingBack: string;
  /** Where `complete` leads: `completed`. */
  completed: string;
  /** Where `writeback_failed` leads, so the user can try again: `verified`. */
  failed: string;
}

/** What {@link reconcileWriteback} needs. */
export interface ReconcileWritebackOptions {
  flows: FlowStore;
  directory: Directory;
  audit: AuditLog;
  now: Date;
  states: WritebackStates;
  /** @default WRITEBACK_RECONCILE_AFTER_MS */
  afterMs?: number;
  /** Flows looked at per run. @default 100 */
  limit?: number;
}

/** What one run did. */
export interface ReconcileReport {
  /** The directory had the change: the flow completed. */
  completed: number;
  /** It did not: the flow went back to `verified` (the user may try again, or start over). */
  failed: number;
  /** The directory could not be read: left for the next run. */
  pending: number;
}

/**
 * Settles flows left in `writing_back` by a process that died during the writeback (a crash,
 * a deploy), instead of letting them expire into `abandoned` with the outcome unknown. For
 * each flow in `writing_back` since more than `afterMs`, it reads the directory user:
 *
 * - a reset whose user's `passwordChangedAt` is at or after the writeback started (the
 *   flow's `updatedAt`, set when it entered `writing_back`; a minute earlier still counts,
 *   for a directory whose clock runs behind), or an unlock whose user is no
 *   longer locked out, is moved to `completed` and audited as `password.reset` /
 *   `account.unlocked` with reason `reconciled` (unless the dying process already audited
 *   it: the change is audited before the flow moves);
 * - otherwise it goes back to `verified`, audited as `writeback.failed` (and
 *   `password.reset_failed` for a reset) with reason `interrupted`: the user may submit the
 *   password again while the flow lives, or start over;
 * - a directory that cannot be read leaves the flow for the next run.
 *
 * Every move is a compare-and-set on the flow's revision, so two instances never both settle
 * one flow. A directory without `passwordChangedAt` can never confirm a reset: such flows fail.
 */
export async function reconcileWriteback(
  options: ReconcileWritebackOptions,
): Promise<ReconcileReport> {
  const { flows, directory, audit, now, states } = options;
  const startedBefore = now.getTime() - (options.afterMs ?? WRITEBACK_RECONCILE_AFTER_MS);
  const report: ReconcileReport = { completed: 0, failed: 0, pending: 0 };
  // Every flow in writing_back (expired or not): the newest expiry is at most a TTL away.
  const candidates = await flows.listExpired({
    before: new Date(8.64e15),
    states: [states.writingBack],
    limit: options.limit ?? 100,
  });
  for (const flow of candidates) {
    if (flow.updatedAt.getTime() > startedBefore || flow.userId === null) continue;
    let applied: boolean;
    try {
      const user = await directory.getUser(flow.userId);
      applied =
        user !== null &&
        (flow.intent === 'reset'
          ? (user.passwordChangedAt?.getTime() ?? -1) >= flow.updatedAt.getTime() - CLOCK_SKEW_MS
          : !user.lockedOut);
    } catch {
      report.pending += 1;
      continue;
    }
    if (await settle(flow, applied)) report[applied ? 'completed' : 'failed'] += 1;
  }
  return report;

  async function settle(flow: FlowRecord, applied: boolean): Promise<boolean> {
    const data = flow.data as unknown as FlowData;
    const base = {
      tenantId: flow.tenantId,
      actor: { kind: 'system' as const },
      correlationId: flow.id,
      ...(data.target === undefined ? {} : { target: data.target }),
    };
    const next: FlowRecord = {
      ...flow,
      state: applied ? states.completed : states.failed,
      revision: flow.revision + 1,
      updatedAt: now,
    };
    if (applied) {
      const type = flow.intent === 'reset' ? 'password.reset' : 'account.unlocked';
      const audited = await audit.query({
        tenantId: flow.tenantId,
        correlationId: flow.id,
        types: [type],
        limit: 1,
      });
      if (!(await flows.update(next, flow.revision))) return false;
      if (audited.events.length === 0) {
        const methods = data.passed
          .map((id) => data.methods.find((method) => method.id === id)?.type)
          .filter((type) => type !== undefined);
        await audit.record({ ...base, type, result: 'success', reason: 'reconciled', methods });
      }
      return true;
    }
    if (!(await flows.update(next, flow.revision))) return false;
    await audit.record({
      ...base,
      type: 'writeback.failed',
      result: 'failure',
      reason: 'interrupted',
    });
    if (flow.intent === 'reset') {
      await audit.record({
        ...base,
        type: 'password.reset_failed',
        result: 'failure',
        reason: 'interrupted',
      });
    }
    return true;
  }
}
