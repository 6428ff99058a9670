import {
  type AuditEvent,
  addToFlowTrail,
  createFlowTrail,
  FLOW_REPORT_EVENT_TYPES,
  type FlowTrail,
  isFlowReportEvent,
  type ResetRollupStore,
  type RollupBucket,
  type RollupCount,
  rollupBucket,
  rollupContribution,
  rollupDelta,
} from '@openreset/core';
import type { Kysely } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { fromJson, toJson } from './sql-values.js';
import type { StorageSchema } from './storage-schema.js';

/** Events read a batch at a time by {@link rebuildResetRollup}. */
const REBUILD_PAGE = 1000;

/**
 * Folds one appended event into its flow's row of `openreset_report_flows` and moves the
 * flow's contribution in `openreset_report_daily`. Call it with the transaction that
 * inserted the event. The flow's row is created if missing and then read locked (`for
 * update` on PostgreSQL; SQLite's write lock is already held by the insert), and counters
 * change by `count = count + delta`, so concurrent writers of one flow or one day are exact.
 */
export async function recordResetRollup(
  db: Kysely<StorageSchema>,
  dialect: SqlDialect,
  event: AuditEvent,
): Promise<void> {
  if (!isFlowReportEvent(event)) return;
  const key = { tenant_id: event.tenantId, flow_id: event.correlationId };
  await db
    .insertInto('openreset_report_flows')
    .values({
      ...key,
      start_ms: null,
      start_event_id: null,
      bucket: null,
      trail: toJson(createFlowTrail()),
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'flow_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('openreset_report_flows')
    .select('trail')
    .where('tenant_id', '=', key.tenant_id)
    .where('flow_id', '=', key.flow_id)
    .$if(dialect === 'postgres', (query) => query.forUpdate())
    .executeTakeFirstOrThrow();
  const trail = fromJson<FlowTrail>(row.trail);
  const before = rollupContribution(trail);
  addToFlowTrail(trail, event);
  await db
    .updateTable('openreset_report_flows')
    .set({
      start_ms: trail.start?.timeMs ?? null,
      start_event_id: trail.start?.eventId ?? null,
      bucket: rollupBucket(trail) ?? null,
      trail: toJson(trail),
    })
    .where('tenant_id', '=', key.tenant_id)
    .where('flow_id', '=', key.flow_id)
    .execute();
  await addCounts(db, event.tenantId, rollupDelta(before, rollupContribution(trail)));
}

/** Adds each count to its counter (`count = count + delta`), creating missing ones. */
async function addCounts(
  db: Kysely<StorageSchema>,
  tenantId: string,
  counts: readonly RollupCount[],
): Promise<void> {
  if (counts.length === 0) return;
  await db
    .insertInto('openreset_report_daily')
    .values(
      counts.map(({ day, bucket, method, count }) => ({
        tenant_id: tenantId,
        day,
        bucket,
        method,
        count,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'day', 'bucket', 'method']).doUpdateSet((eb) => ({
        count: eb('openreset_report_daily.count', '+', eb.ref('excluded.count')),
      })),
    )
    .execute();
}

/**
 * Replaces a tenant's rollups with a recount of its audit log: its report events read
 * oldest first a page at a time, folded per flow in memory (O(F) for its F flows), then
 * written. Run it in a transaction (the store's `rebuild` does).
 */
export async function rebuildResetRollup(
  db: Kysely<StorageSchema>,
  tenantId: string,
): Promise<void> {
  await db.deleteFrom('openreset_report_flows').where('tenant_id', '=', tenantId).execute();
  await db.deleteFrom('openreset_report_daily').where('tenant_id', '=', tenantId).execute();
  const trails = new Map<string, FlowTrail>();
  let after: { timeMs: number; id: string } | undefined;
  for (;;) {
    const position = after;
    const rows = await db
      .selectFrom('openreset_audit')
      .select(['id', 'time_ms', 'event'])
      .where('tenant_id', '=', tenantId)
      .where('type', 'in', [...FLOW_REPORT_EVENT_TYPES])
      .$if(position !== undefined, (query) =>
        query.where((eb) =>
          eb.or([
            eb('time_ms', '>', position?.timeMs ?? 0),
            eb.and([eb('time_ms', '=', position?.timeMs ?? 0), eb('id', '>', position?.id ?? '')]),
          ]),
        ),
      )
      .orderBy('time_ms')
      .orderBy('id')
      .limit(REBUILD_PAGE)
      .execute();
    for (const row of rows) {
      const event = fromJson<AuditEvent>(row.event);
      let trail = trails.get(event.correlationId);
      if (trail === undefined) {
        trail = createFlowTrail();
        trails.set(event.correlationId, trail);
      }
      addToFlowTrail(trail, event);
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < REBUILD_PAGE) break;
    after = { timeMs: Number(last.time_ms), id: last.id };
  }
  const flows = [...trails];
  for (let index = 0; index < flows.length; index += 100) {
    await db
      .insertInto('openreset_report_flows')
      .values(
        flows.slice(index, index + 100).map(([flowId, trail]) => ({
          tenant_id: tenantId,
          flow_id: flowId,
          start_ms: trail.start?.timeMs ?? null,
          start_event_id: trail.start?.eventId ?? null,
          bucket: rollupBucket(trail) ?? null,
          trail: toJson(trail),
        })),
      )
      .execute();
  }
  const counts = rollupDelta(
    [],
    flows.flatMap(([, trail]) => rollupContribution(trail)),
  );
  for (let index = 0; index < counts.length; index += 100)
    await addCounts(db, tenantId, counts.slice(index, index + 100));
}

/**
 * {@link ResetRollupStore} over `openreset_report_flows` and `openreset_report_daily` (kept
 * by {@link recordResetRollup} in each append's transaction).
 */
export function createSqlResetRollup(db: Kysely<StorageSchema>): ResetRollupStore {
  return {
    async flows(query) {
      const before = query.before;
      if (query.buckets !== undefined && query.buckets.length === 0) return [];
      const rows = await db
        .selectFrom('openreset_report_flows')
        .select(['flow_id', 'trail'])
        .where('tenant_id', '=', query.tenantId)
        .where('start_ms', '>=', query.from.getTime())
        .where(
          'start_ms',
          '<',
          before === undefined
            ? query.to.getTime()
            : Math.min(query.to.getTime(), before.timeMs + 1),
        )
        .$if(query.buckets !== undefined, (q) =>
          q.where('bucket', 'in', [...(query.buckets ?? [])]),
        )
        .$if(before !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('start_ms', '<', before?.timeMs ?? 0),
              eb('start_event_id', '<', before?.eventId ?? ''),
            ]),
          ),
        )
        .orderBy('start_ms', 'desc')
        .orderBy('start_event_id', 'desc')
        .$if(query.limit !== undefined, (q) => q.limit(query.limit ?? 0))
        .execute();
      return rows.map((row) => ({ flowId: row.flow_id, trail: fromJson<FlowTrail>(row.trail) }));
    },

    async daily(tenantId, fromDay, toDay) {
      const rows = await db
        .selectFrom('openreset_report_daily')
        .select(['day', 'bucket', 'method', 'count'])
        .where('tenant_id', '=', tenantId)
        .where('day', '>=', fromDay)
        .where('day', '<', toDay)
        .where('count', '!=', 0)
        .execute();
      return rows.map((row) => ({
        day: row.day,
        bucket: row.bucket as RollupBucket,
        method: row.method as RollupCount['method'],
        count: Number(row.count),
      }));
    },

    rebuild: (tenantId) => db.transaction().execute((trx) => rebuildResetRollup(trx, tenantId)),
  };
}
