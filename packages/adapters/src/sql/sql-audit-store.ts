import {
  type AuditEvent,
  type AuditStore,
  assertPurgeLimit,
  checkInteger,
  decodeAuditCursor,
  encodeAuditCursor,
  OpenResetError,
} from '@openreset/core';
import type { Kysely } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { prepareStatement } from './sql-prepared.js';
import { createResetRollupRecorder, createSqlResetRollup } from './sql-report-rollup.js';
import type { RunInTransaction } from './sql-transactions.js';
import { fromJson, isUniqueViolation, toJson } from './sql-values.js';
import type { StorageSchema } from './storage-schema.js';

/**
 * {@link AuditStore} on `openreset_audit`: each event as JSON, with its time (epoch ms), type,
 * target user and correlation id in columns of their own for filters and the report indexes.
 * `query` orders by (`time_ms`, `id`) descending (ids in code-point order: `COLLATE "C"` on
 * PostgreSQL, BINARY on SQLite) and pages by keyset, so events appended between pages neither
 * repeat nor shift a page. Cursors are core's audit cursors (`encodeAuditCursor`), the same
 * as the memory store's, checked on the way back in. Each append also updates the reset
 * report's rollups (`resetRollup`, see `createResetRollupRecorder`) in the same transaction: the
 * request's when `transaction` (the database's ambient one) is open, else its own.
 *
 * @throws {TypeError} from `append` when `event.time` is not a timestamp, and from `query` when
 *   `limit` is not an integer in 1..1000; `OpenResetError` `invalid_cursor` from `query` for a
 *   cursor this store did not issue; `already_exists` from `append` for a repeated id.
 */
export function createSqlAuditStore(
  db: Kysely<StorageSchema>,
  dialect: SqlDialect,
  transaction?: RunInTransaction,
): AuditStore {
  const insert = prepareStatement(
    db,
    `insert into openreset_audit (id, tenant_id, time_ms, type, target_user_id, correlation_id, event)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const recordResetRollup = createResetRollupRecorder(db, dialect);
  return {
    resetRollup: createSqlResetRollup(db),

    async append(event) {
      const timeMs = Date.parse(event.time);
      if (Number.isNaN(timeMs)) {
        throw new TypeError(`event.time must be an ISO 8601 timestamp, got ${event.time}`);
      }
      try {
        const write = async (trx: Kysely<StorageSchema>) => {
          await insert(
            [
              event.id,
              event.tenantId,
              timeMs,
              event.type,
              event.target?.userId ?? null,
              event.correlationId,
              toJson(event),
            ],
            trx,
          );
          await recordResetRollup(event, trx);
        };
        // The ambient transaction joins a request's (no savepoint), else commits on its own.
        if (transaction === undefined) await db.transaction().execute(write);
        else await transaction(() => write(db));
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new OpenResetError('already_exists', 'An audit event with this id already exists', {
            cause: error,
          });
        }
        throw error;
      }
    },

    async query(query) {
      const { limit } = query;
      checkInteger('limit', limit, 1, 1000);
      const after = query.cursor === undefined ? null : decodeAuditCursor(query.cursor);
      if (query.types !== undefined && query.types.length === 0) {
        return { events: [], nextCursor: null };
      }
      // One upper bound on time_ms, the tighter of `to` and the cursor: the index scan starts
      // there. With both as separate terms (or the cursor only inside an OR), SQLite seeks
      // with one of them only, and PostgreSQL never seeks with an OR, so each page re-read
      // every event newer than the cursor: paging a range was quadratic in its size.
      const toMs = query.to?.getTime();
      const upper =
        after !== null && (toMs === undefined || after.timeMs < toMs)
          ? ({ op: '<=', ms: after.timeMs } as const)
          : toMs === undefined
            ? null
            : ({ op: '<', ms: toMs } as const);
      const rows = await db
        .selectFrom('openreset_audit')
        .select(['id', 'time_ms', 'event'])
        .where('tenant_id', '=', query.tenantId)
        .$if(query.from !== undefined, (q) => q.where('time_ms', '>=', query.from?.getTime() ?? 0))
        .$if(upper !== null, (q) => q.where('time_ms', upper?.op ?? '<', upper?.ms ?? 0))
        .$if(query.types !== undefined, (q) => q.where('type', 'in', [...(query.types ?? [])]))
        .$if(query.userId !== undefined, (q) => q.where('target_user_id', '=', query.userId ?? ''))
        .$if(query.correlationId !== undefined, (q) =>
          q.where('correlation_id', '=', query.correlationId ?? ''),
        )
        // After the cursor: (time_ms, id) < (its time, its id). Where the upper bound is the
        // cursor's time (time_ms <= it), "time_ms = its time" is implied and left out.
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb('time_ms', '<', after?.timeMs ?? 0),
              upper?.op === '<='
                ? eb('id', '<', after?.id ?? '')
                : eb.and([eb('time_ms', '=', after?.timeMs ?? 0), eb('id', '<', after?.id ?? '')]),
            ]),
          ),
        )
        .orderBy('time_ms', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        events: page.map((row) => fromJson<AuditEvent>(row.event)),
        nextCursor:
          rows.length > limit && last !== undefined
            ? encodeAuditCursor({ timeMs: Number(last.time_ms), id: last.id })
            : null,
      };
    },

    async deleteBefore(tenantId, before, limit) {
      assertPurgeLimit(limit);
      // The oldest batch by the (tenant_id, time_ms, id) index, then those rows by id.
      const rows = await db
        .selectFrom('openreset_audit')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('time_ms', '<', before.getTime())
        .orderBy('time_ms')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (rows.length === 0) return 0;
      const result = await db
        .deleteFrom('openreset_audit')
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
