import type { MethodType } from '../methods/recovery-method.js';
import type { AuditEvent } from './audit-event.js';
import { FLOW_REPORT_EVENT_TYPES, type FlowTrail, summarizeFlowTrail } from './flow-trail.js';
import { ResetResult } from './reset-result.js';

/**
 * Where a flow counts in the reset report's rollups: its final result, `open` while no
 * final event came (read as `InProgress` or `Abandoned` at query time, by the flow's
 * lifetime), or `unknown` for a flow of an identifier no account matched.
 */
export type RollupBucket = Exclude<ResetResult, 'InProgress'> | 'open' | 'unknown';

/** Every {@link RollupBucket}, in {@link ResetResult} order, then `open` and `unknown`. */
export const ROLLUP_BUCKETS: readonly RollupBucket[] = [
  ...(Object.values(ResetResult).filter(
    (result) => result !== ResetResult.InProgress,
  ) as RollupBucket[]),
  'open',
  'unknown',
];

/**
 * One daily counter of the reset report: flows started on `day` in `bucket` (`method` is
 * `''`), or the times `method` was verified by those flows.
 */
export interface RollupCount {
  /** `YYYY-MM-DD`, the UTC day the flow started. */
  day: string;
  bucket: RollupBucket;
  /** A verified method, or `''` for the flow itself. */
  method: MethodType | '';
  count: number;
}

/** One flow of the per-flow rollup: what its report events said so far. */
export interface RollupFlow {
  /** The flow's id (its events' `correlationId`). */
  flowId: string;
  trail: FlowTrail;
}

const REPORT_TYPES = new Set<string>(FLOW_REPORT_EVENT_TYPES);

/** True when `event` changes a flow's report row (one of {@link FLOW_REPORT_EVENT_TYPES}). */
export function isFlowReportEvent(event: AuditEvent): boolean {
  return REPORT_TYPES.has(event.type);
}

/** The bucket of a flow, or `undefined` while its `flow.started` event has not come. */
export function rollupBucket(trail: FlowTrail): RollupBucket | undefined {
  const { start } = trail;
  if (start === undefined) return undefined;
  if (start.target === undefined) return 'unknown';
  // With the clock at -Infinity no lifetime has passed: an open flow reads InProgress.
  const { result } = summarizeFlowTrail(trail, { nowMs: Number.NEGATIVE_INFINITY, flowTtlMs: 0 });
  return result === ResetResult.InProgress ? 'open' : result;
}

/**
 * What a flow adds to the daily counters: one for the flow in its bucket, one per verified
 * method (as the report's `methods` lists them). None before its `flow.started` event; an
 * `unknown` flow adds only itself (it verifies no method the report shows).
 */
export function rollupContribution(trail: FlowTrail): RollupCount[] {
  const bucket = rollupBucket(trail);
  const start = trail.start;
  if (bucket === undefined || start === undefined) return [];
  const day = new Date(start.timeMs).toISOString().slice(0, 10);
  const counts: RollupCount[] = [{ day, bucket, method: '', count: 1 }];
  if (bucket === 'unknown') return counts;
  const { methods } = summarizeFlowTrail(trail, {
    nowMs: Number.NEGATIVE_INFINITY,
    flowTtlMs: 0,
  });
  for (const method of methods) counts.push({ day, bucket, method, count: 1 });
  return counts;
}

/**
 * The counter changes that move a flow from its `before` contribution to its `after` one
 * (both from {@link rollupContribution}): what a store adds (`count = count + delta`) in the
 * append's transaction, so two writers never lose each other's change. Zero deltas are left
 * out.
 */
export function rollupDelta(before: RollupCount[], after: RollupCount[]): RollupCount[] {
  const deltas = new Map<string, RollupCount>();
  const add = (entry: RollupCount, sign: number) => {
    const key = `${entry.day}\u0000${entry.bucket}\u0000${entry.method}`;
    const current = deltas.get(key);
    if (current === undefined) deltas.set(key, { ...entry, count: sign * entry.count });
    else current.count += sign * entry.count;
  };
  for (const entry of before) add(entry, -1);
  for (const entry of after) add(entry, 1);
  return [...deltas.values()].filter((entry) => entry.count !== 0);
}
