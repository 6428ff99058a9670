import { assertPurgeLimit, type ChallengeRecord, type ChallengeStore } from '@openreset/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import { fromMillis, fromNullableMillis, toMillis } from './sql-values.js';
import type { ChallengeTable, StorageSchema } from './storage-schema.js';

/**
 * {@link ChallengeStore} on `openreset_challenges`. Every check-and-write is one statement:
 * `issue` an `INSERT ... ON CONFLICT DO UPDATE` (adding a send), and `consume` an
 * `UPDATE ... WHERE consumed_at IS NULL AND expires_at > now AND secret_hash = ?`, which the
 * database applies to one writer at a time, so at most one consume succeeds.
 */
export function createSqlChallengeStore(db: Kysely<StorageSchema>): ChallengeStore {
  return {
    async issue(challenge) {
      const row = await db
        .insertInto('openreset_challenges')
        .values({
          tenant_id: challenge.tenantId,
          flow_id: challenge.flowId,
          method_id: challenge.methodId,
          secret_hash: challenge.secretHash,
          key_id: challenge.keyId,
          sends: 1,
          created_at: toMillis(challenge.createdAt),
          expires_at: toMillis(challenge.expiresAt),
          consumed_at: null,
        })
        .onConflict((conflict) =>
          conflict.columns(['tenant_id', 'flow_id', 'method_id']).doUpdateSet((eb) => ({
            secret_hash: eb.ref('excluded.secret_hash'),
            key_id: eb.ref('excluded.key_id'),
            created_at: eb.ref('excluded.created_at'),
            expires_at: eb.ref('excluded.expires_at'),
            sends: eb('openreset_challenges.sends', '+', 1),
            consumed_at: null,
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return fromRow(row);
    },

    async get(tenantId, flowId, methodId) {
      const row = await db
        .selectFrom('openreset_challenges')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('flow_id', '=', flowId)
        .where('method_id', '=', methodId)
        .executeTakeFirst();
      return row === undefined ? null : fromRow(row);
    },

    async consume(tenantId, flowId, methodId, secretHash, now) {
      const nowMs = toMillis(now);
      const result = await db
        .updateTable('openreset_challenges')
        .set({ consumed_at: nowMs })
        .where('tenant_id', '=', tenantId)
        .where('flow_id', '=', flowId)
        .where('method_id', '=', methodId)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', nowMs)
        .where('secret_hash', '=', secretHash)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async deleteByFlow(tenantId, flowId) {
      await db
        .deleteFrom('openreset_challenges')
        .where('tenant_id', '=', tenantId)
        .where('flow_id', '=', flowId)
        .execute();
    },

    async deleteExpired({ flowIdPrefix, now, limit }) {
      assertPurgeLimit(limit);
      const nowMs = toMillis(now);
      // `substr`, not LIKE: the prefix is a plain string (an `_` in it is no wildcard).
      const prefixed = sql<boolean>`substr(flow_id, 1, ${flowIdPrefix.length}) = ${flowIdPrefix}`;
      const rows = await db
        .selectFrom('openreset_challenges')
        .select(['tenant_id', 'flow_id', 'method_id'])
        .where(prefixed)
        .where('expires_at', '<=', nowMs)
        .limit(limit)
        .execute();
      let deleted = 0;
      for (const row of rows) {
        // Checked again: a pass reissued meanwhile (a new expiry) stays.
        const result = await db
          .deleteFrom('openreset_challenges')
          .where('tenant_id', '=', row.tenant_id)
          .where('flow_id', '=', row.flow_id)
          .where('method_id', '=', row.method_id)
          .where('expires_at', '<=', nowMs)
          .executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return deleted;
    },
  };
}

function fromRow(row: Selectable<ChallengeTable>): ChallengeRecord {
  return {
    tenantId: row.tenant_id,
    flowId: row.flow_id,
    methodId: row.method_id,
    secretHash: row.secret_hash,
    keyId: row.key_id,
    sends: row.sends,
    createdAt: fromMillis(row.created_at),
    expiresAt: fromMillis(row.expires_at),
    consumedAt: fromNullableMillis(row.consumed_at),
  };
}
