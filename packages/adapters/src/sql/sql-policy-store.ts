import { checkNextRevision, type JsonObject, type PolicyStore } from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import { prepareStatement } from './sql-prepared.js';
import { fromJson, fromMillis, toJson, toMillis } from './sql-values.js';
import type { PolicyTable, StorageSchema } from './storage-schema.js';

/**
 * {@link PolicyStore} on `openreset_policies`, with the same compare-and-set saves as the
 * registration store.
 *
 * @throws {TypeError} from `save` when `revision` is not `(expectedRevision ?? 0) + 1`.
 */
export function createSqlPolicyStore(db: Kysely<StorageSchema>): PolicyStore {
  // Read by every request: compiled once.
  const select = prepareStatement<Selectable<PolicyTable>>(
    db,
    'select * from openreset_policies where tenant_id = ?',
  );
  return {
    async get(tenantId) {
      const [row] = (await select([tenantId])).rows;
      return row === undefined
        ? null
        : {
            tenantId: row.tenant_id,
            policy: fromJson<JsonObject>(row.policy),
            revision: row.revision,
            updatedAt: fromMillis(row.updated_at),
          };
    },

    async save(policy, expectedRevision) {
      checkNextRevision('policy', policy.revision, expectedRevision);
      const row = {
        tenant_id: policy.tenantId,
        policy: toJson(policy.policy),
        revision: policy.revision,
        updated_at: toMillis(policy.updatedAt),
      };
      if (expectedRevision === null) {
        const inserted = await db
          .insertInto('openreset_policies')
          .values(row)
          .onConflict((conflict) => conflict.column('tenant_id').doNothing())
          .returning('revision')
          .executeTakeFirst();
        return inserted !== undefined;
      }
      const result = await db
        .updateTable('openreset_policies')
        .set({ policy: row.policy, revision: row.revision, updated_at: row.updated_at })
        .where('tenant_id', '=', row.tenant_id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
