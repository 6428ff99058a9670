import { assertPurgeLimit, type ChallengeRecord, type ChallengeStore } from '@openreset/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import { prepareStatement } from './sql-prepared.js';
import { fromMillis, fromNullableMillis, toMillis } from './sql-values.js';
import type { ChallengeTable, StorageSchema } from './storage-schema.js';

/**
 * {@link ChallengeStore} on `openreset_challenges`. Every check-and-write is one statement:
 * `issue` an `INSERT ... ON CONFLICT DO UPDATE` (adding a send), and `consume` an
 * `UPDATE ... WHERE consumed_at IS NULL AND expires_at > now AND secret_hash = ?`, which the
 * database applies to one writer at a time, so at most one consume succeeds.
 */
export function createSqlChallengeStore(db: Kysely<StorageSchema>): ChallengeStore {
  // Every statement here is on the request path: compiled once.
  const issue = prepareStatement<Selectable<ChallengeTable>>(
    db,
    `insert into openreset_challenges
       (tenant_id, flow_id, method_id, secret_hash, key_id, sends, created_at, expires_at, consumed_at)
     values (?, ?, ?, ?, ?, 1, ?, ?, null)
     on conflict (tenant_id, flow_id, method_id) do update set
       secret_hash = excluded.secret_hash, key_id = excluded.key_id,
       created_at = excluded.created_at, expires_at = excluded.expires_at,
       sends = openreset_challenges.sends + 1, consumed_at = null
     returning *`,
  );
  const select = prepareStatement<Selectable<ChallengeTable>>(
    db,
    'select * from openreset_challenges where tenant_id = ? and flow_id = ? and method_id = ?',
  );
  const consume = prepareStatement(
    db,
    `update openreset_challenges set consumed_at = ?
     where tenant_id = ? and flow_id = ? and method_id = ? and consumed_at is null
       and expires_at > ? and secret_hash = ?`,
  );
  const deleteByFlow = prepareStatement(
    db,
    'delete from openreset_challenges where tenant_id = ? and flow_id = ?',
  );
  return {
    async issue(challenge) {
      const [row] = (
        await issue([
          challenge.tenantId,
          challenge.flowId,
          challenge.methodId,
          challenge.secretHash,
          challenge.keyId,
          toMillis(challenge.createdAt),
          toMillis(challenge.expiresAt),
        ])
      ).rows;
      if (row === undefined) throw new Error('the challenge upsert returned no row');
      return fromRow(row);
    },

    async get(tenantId, flowId, methodId) {
      const [row] = (await select([tenantId, flowId, methodId])).rows;
      return row === undefined ? null : fromRow(row);
    },

    async consume(tenantId, flowId, methodId, secretHash, now) {
      const nowMs = toMillis(now);
      const result = await consume([nowMs, tenantId, flowId, methodId, nowMs, secretHash]);
      return (result.numAffectedRows ?? 0n) > 0n;
    },

    async deleteByFlow(tenantId, flowId) {
      await deleteByFlow([tenantId, flowId]);
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
