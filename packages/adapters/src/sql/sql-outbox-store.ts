import type { OutboxMessage, OutboxStore } from '@openreset/core';
import { assertPurgeLimit, checkInteger, OpenResetError } from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { prepareStatement } from './sql-prepared.js';
import { fromMillis, fromNullableMillis, isUniqueViolation, toMillis } from './sql-values.js';
import type { OutboxTable, StorageSchema } from './storage-schema.js';

/**
 * {@link OutboxStore} on `openreset_outbox` (ids unique across tenants, since `markSent` and
 * `markFailed` name none). `claim` is one `UPDATE ... WHERE id IN (SELECT ... LIMIT n)`: on
 * PostgreSQL the inner select takes `FOR UPDATE SKIP LOCKED`, so concurrent dispatchers lease
 * disjoint messages without waiting on each other; on SQLite the statement is one write
 * transaction, which the database runs one at a time. `markSent` and `markFailed` hold only
 * for the current lease token of a pending message.
 *
 * @throws {TypeError} from `claim` when `limit` or `leaseMs` is not a positive integer.
 */
export function createSqlOutboxStore(db: Kysely<StorageSchema>, dialect: SqlDialect): OutboxStore {
  // The statements each message passes on the request path and in delivery: compiled once.
  const insert = prepareStatement(
    db,
    `insert into openreset_outbox
       (id, tenant_id, channel, purpose, payload, status, attempts, created_at, next_attempt_at,
        lease_until, lease_token, sent_at, last_error, correlation_id)
     values (?, ?, ?, ?, ?, 'pending', 0, ?, ?, null, null, null, null, ?)`,
  );
  const markSent = prepareStatement(
    db,
    `update openreset_outbox
     set status = 'sent', sent_at = ?, payload = null, lease_until = null, lease_token = null
     where id = ? and status = 'pending' and lease_token = ?`,
  );
  // Every dispatcher run: due messages, oldest first, leased by one statement.
  const claimDue = prepareStatement<Selectable<OutboxTable>>(
    db,
    `update openreset_outbox
     set lease_until = ?, lease_token = ?, attempts = attempts + 1
     where id in (
       select id from openreset_outbox
       where status = 'pending' and next_attempt_at <= ? and (lease_until is null or lease_until <= ?)
       order by next_attempt_at, created_at, id
       limit ?${dialect === 'postgres' ? ' for update skip locked' : ''})
     returning *`,
  );
  return {
    async enqueue(message) {
      const createdAt = toMillis(message.createdAt);
      try {
        await insert([
          message.id,
          message.tenantId,
          message.channel,
          message.purpose,
          message.payload,
          createdAt,
          createdAt,
          message.correlationId,
        ]);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new OpenResetError(
            'already_exists',
            'An outbox message with this id already exists',
            { cause: error },
          );
        }
        throw error;
      }
    },

    async claim({ now, limit, leaseMs, leaseToken }) {
      checkInteger('limit', limit, 1);
      checkInteger('leaseMs', leaseMs, 1);
      const nowMs = toMillis(now);
      const { rows } = await claimDue([nowMs + leaseMs, leaseToken, nowMs, nowMs, limit]);
      // RETURNING promises no order; give the claim's.
      return rows.map(fromRow).sort(compareDue);
    },

    async markSent(id, leaseToken, sentAt) {
      const result = await markSent([toMillis(sentAt), id, leaseToken]);
      return (result.numAffectedRows ?? 0n) > 0n;
    },

    async markFailed(id, leaseToken, { error, retryAt }) {
      const result = await db
        .updateTable('openreset_outbox')
        .set(
          retryAt === null
            ? {
                status: 'failed',
                payload: null,
                last_error: error,
                lease_until: null,
                lease_token: null,
              }
            : {
                next_attempt_at: toMillis(retryAt),
                last_error: error,
                lease_until: null,
                lease_token: null,
              },
        )
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('lease_token', '=', leaseToken)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async get(tenantId, id) {
      const row = await db
        .selectFrom('openreset_outbox')
        .selectAll()
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row === undefined ? null : fromRow(row);
    },

    async listByCorrelation(tenantId, correlationId) {
      const rows = await db
        .selectFrom('openreset_outbox')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('correlation_id', '=', correlationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async deleteFinished(before, limit) {
      assertPurgeLimit(limit);
      const beforeMs = toMillis(before);
      const rows = await db
        .selectFrom('openreset_outbox')
        .select('id')
        .where('status', 'in', ['sent', 'failed'])
        .where('created_at', '<', beforeMs)
        .limit(limit)
        .execute();
      if (rows.length === 0) return 0;
      const result = await db
        .deleteFrom('openreset_outbox')
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .where('status', 'in', ['sent', 'failed'])
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function compareDue(a: OutboxMessage, b: OutboxMessage): number {
  return (
    a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function fromRow(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    channel: row.channel as OutboxMessage['channel'],
    purpose: row.purpose,
    payload: row.payload,
    status: row.status as OutboxMessage['status'],
    attempts: row.attempts,
    createdAt: fromMillis(row.created_at),
    nextAttemptAt: fromMillis(row.next_attempt_at),
    leaseUntil: fromNullableMillis(row.lease_until),
    leaseToken: row.lease_token,
    sentAt: fromNullableMillis(row.sent_at),
    lastError: row.last_error,
    correlationId: row.correlation_id,
  };
}
