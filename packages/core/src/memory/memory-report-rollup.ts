import type { AuditEvent } from '../audit/audit-event.js';
import { addToFlowTrail, createFlowTrail, type FlowTrail } from '../audit/flow-trail.js';
import {
  isFlowReportEvent,
  type RollupBucket,
  type RollupCount,
  rollupBucket,
  rollupContribution,
  rollupDelta,
} from '../audit/report-rollup.js';
import type { ResetRollupStore, RollupFlowQuery } from '../ports/storage.js';

/** The in-memory rollups, and the hook the audit store calls on each append. */
export interface MemoryReportRollup extends ResetRollupStore {
  /** Folds one appended event into its flow's row and the daily counters. */
  record(event: AuditEvent): void;
}

interface FlowRow {
  flowId: string;
  trail: FlowTrail;
  /** The start position while the flow has one, as kept in `started`. */
  position?: { timeMs: number; eventId: string };
  contribution: RollupCount[];
}

interface TenantRollup {
  flows: Map<string, FlowRow>;
  /** Flows with a start, oldest first by (start time, start event id). */
  started: FlowRow[];
  /** `day \0 bucket \0 method` to count. */
  daily: Map<string, number>;
}

/**
 * The reference {@link ResetRollupStore}: a row per flow, a list of started flows sorted by
 * start position (binary search for ranges), and a map of daily counters. `record` runs
 * without an `await`, so it is atomic with the append that calls it.
 *
 * @param eventsOf the tenant's audit events, for `rebuild`.
 */
export function createMemoryReportRollup(
  eventsOf: (tenantId: string) => readonly AuditEvent[],
): MemoryReportRollup {
  const tenants = new Map<string, TenantRollup>();

  function tenantOf(tenantId: string): TenantRollup {
    let tenant = tenants.get(tenantId);
    if (tenant === undefined) {
      tenant = { flows: new Map(), started: [], daily: new Map() };
      tenants.set(tenantId, tenant);
    }
    return tenant;
  }

  function record(event: AuditEvent): void {
    if (!isFlowReportEvent(event)) return;
    const tenant = tenantOf(event.tenantId);
    let row = tenant.flows.get(event.correlationId);
    if (row === undefined) {
      row = { flowId: event.correlationId, trail: createFlowTrail(), contribution: [] };
      tenant.flows.set(event.correlationId, row);
    }
    addToFlowTrail(row.trail, event);
    const start = row.trail.start;
    if (start !== undefined && row.position?.eventId !== start.eventId) {
      if (row.position !== undefined) tenant.started.splice(indexOf(tenant.started, row), 1);
      row.position = { timeMs: start.timeMs, eventId: start.eventId };
      tenant.started.splice(firstAfter(tenant.started, row.position), 0, row);
    }
    const contribution = rollupContribution(row.trail);
    for (const delta of rollupDelta(row.contribution, contribution)) {
      const key = counterKey(delta);
      const count = (tenant.daily.get(key) ?? 0) + delta.count;
      if (count === 0) tenant.daily.delete(key);
      else tenant.daily.set(key, count);
    }
    row.contribution = contribution;
  }

  return {
    record,

    async flows(query: RollupFlowQuery) {
      const tenant = tenants.get(query.tenantId);
      if (tenant === undefined) return [];
      const buckets = query.buckets === undefined ? null : new Set<RollupBucket>(query.buckets);
      const limit = query.limit ?? Number.POSITIVE_INFINITY;
      const { started } = tenant;
      let high = firstAfter(started, { timeMs: query.to.getTime(), eventId: '' });
      if (query.before !== undefined)
        high = Math.min(high, firstAfter(started, query.before, true));
      const low = firstAfter(started, { timeMs: query.from.getTime(), eventId: '' });
      const found = [];
      for (let index = high - 1; index >= low && found.length < limit; index--) {
        const row = started[index] as FlowRow;
        const bucket = rollupBucket(row.trail);
        if (buckets !== null && (bucket === undefined || !buckets.has(bucket))) continue;
        found.push({ flowId: row.flowId, trail: structuredClone(row.trail) });
      }
      return found;
    },

    async daily(tenantId, fromDay, toDay) {
      const tenant = tenants.get(tenantId);
      if (tenant === undefined) return [];
      const counts: RollupCount[] = [];
      for (const [key, count] of tenant.daily) {
        const [day = '', bucket, method] = key.split('\u0000');
        if (day >= fromDay && day < toDay)
          counts.push({ day, bucket: bucket as RollupBucket, method: method as never, count });
      }
      return counts;
    },

    async rebuild(tenantId) {
      tenants.delete(tenantId);
      for (const event of eventsOf(tenantId)) record(event);
    },
  };
}

function counterKey(count: RollupCount): string {
  return `${count.day}\u0000${count.bucket}\u0000${count.method}`;
}

/**
 * The index of the first row after `position` (oldest first by time, then event id); with
 * `inclusive`, the first row at or after it.
 */
function firstAfter(
  rows: readonly FlowRow[],
  position: { timeMs: number; eventId: string },
  inclusive = false,
): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = (rows[middle] as FlowRow).position as { timeMs: number; eventId: string };
    const order =
      at.timeMs - position.timeMs ||
      (at.eventId < position.eventId ? -1 : at.eventId > position.eventId ? 1 : 0);
    if (order < 0 || (!inclusive && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function indexOf(rows: readonly FlowRow[], row: FlowRow): number {
  return firstAfter(rows, row.position as { timeMs: number; eventId: string }, true);
}
