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
import { type PreparedStatement, prepareStatement } from './sql-prepared.js';
import { fromJson, toJson } from './sql-values.js';
import type { StorageSchema } from './storage-schema.js';

/** Events read a batch at a time by {@link rebuildResetRollup}. */
const REBUILD_PAGE = 1000;

/** Records one appended event in the rollups (see {@link createResetRollupRecorder}). */
export type RecordResetRollup = (event: AuditEvent, on: Kysely<StorageSchema>) => Promise<void>;

/**
 * What folds each appended event into its flow's row of `openreset_report_flows` and moves
 * the flow's contribution in `openreset_report_daily`, with its statements compiled once.
 * Call it with the transaction that inserted the event (`on`: `db` inside an ambient
 * transaction, else `db.transaction()`'s). An event costs two or three statements, not five:
 * a `flow.started` (nearly always a flow's first event) inserts its row at once; any other
 * event reads its row (`for update` on PostgreSQL; SQLite's write lock is already held by the
 * insert) and writes it back; then one upsert moves the counters, left out when the flow's
 * contribution did not change. An insert that finds the row there (another writer's, or
 * events that came before the start) falls back to the read and the write, and counters
 * change by `count = count + delta`, so concurrent writers of one flow or one day are exact.
 */
export function createResetRollupRecorder(
  db: Kysely<StorageSchema>,
  dialect: SqlDialect,
): RecordResetRollup {
  const select = prepareStatement<{ trail: unknown }>(
    db,
    `select trail from openreset_report_flows where tenant_id = ? and flow_id = ?${
      dialect === 'postgres' ? ' for update' : ''
    }`,
  );
  const insert = prepareStatement(
    db,
    `insert into openreset_report_flows (start_ms, start_event_id, bucket, trail, tenant_id, flow_id)
     values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, flow_id) do nothing`,
  );
  const update = prepareStatement(
    db,
    `update openreset_report_flows set start_ms = ?, start_event_id = ?, bucket = ?, trail = ?
     where tenant_id = ? and flow_id = ?`,
  );
  const addCounts = createCountAdder(db);
  const read = async (key: readonly string[], on: Kysely<StorageSchema>) => {
    const [row] = (await select(key, on)).rows;
    return row === undefined ? undefined : fromJson<FlowTrail>(row.trail);
  };
  return async (event, on) => {
    if (!isFlowReportEvent(event)) return;
    const key = [event.tenantId, event.correlationId];
    let trail = event.type === 'flow.started' ? undefined : await read(key, on);
    if (trail === undefined) {
      const created = createFlowTrail();
      addToFlowTrail(created, event);
      const inserted = await insert([...flowColumns(created), ...key], on);
      if (inserted.numAffectedRows === 1n) {
        await addCounts(event.tenantId, rollupDelta([], rollupContribution(created)), on);
        return;
      }
      trail = await read(key, on);
      if (trail === undefined) throw new Error('the report row vanished inside its transaction');
    }
    const before = rollupContribution(trail);
    addToFlowTrail(trail, event);
    await update([...flowColumns(trail), ...key], on);
    await addCounts(event.tenantId, rollupDelta(before, rollupContribution(trail)), on);
  };
}

/** A flow row's start_ms, start_event_id, bucket and trail, in that order. */
function flowColumns(trail: FlowTrail): unknown[] {
  return [
    trail.start?.timeMs ?? null,
    trail.start?.eventId ?? null,
    rollupBucket(trail) ?? null,
    toJson(trail),
  ];
}

/**
 * What adds each count to its counter (`count = count + delta`), creating missing ones, in one
 * statement per call (compiled once per number of counts); nothing for no counts.
 */
function createCountAdder(db: Kysely<StorageSchema>) {
  const statements = new Map<number, PreparedStatement<never>>();
  return async (tenantId: string, counts: readonly RollupCount[], on = db): Promise<void> => {
    if (counts.length === 0) return;
    let statement = statements.get(counts.length);
    if (statement === undefined) {
      statement = prepareStatement(
        db,
        `insert into openreset_report_daily (tenant_id, day, bucket, method, "count")
         values ${counts.map(() => '(?, ?, ?, ?, ?)').join(', ')}
         on conflict (tenant_id, day, bucket, method)
         do update set "count" = openreset_report_daily."count" + excluded."count"`,
      );
      statements.set(counts.length, statement);
    }
    await statement(
      counts.flatMap(({ day, bucket, method, count }) => [tenantId, day, bucket, method, count]),
      on,
    );
  };
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
  const addCounts = createCountAdder(db);
  for (let index = 0; index < counts.length; index += 100)
    await addCounts(tenantId, counts.slice(index, index + 100));
}

/**
 * {@link ResetRollupStore} over `openreset_report_flows` and `openreset_report_daily` (kept
 * by {@link createResetRollupRecorder} in each append's transaction).
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
