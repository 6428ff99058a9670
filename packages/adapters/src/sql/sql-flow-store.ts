import type { FlowRecord, FlowStore, JsonObject } from '@openreset/core';
import { checkInteger, OpenResetError } from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import { prepareStatement } from './sql-prepared.js';
import { fromJson, fromMillis, isUniqueViolation, toJson, toMillis } from './sql-values.js';
import type { FlowTable, StorageSchema } from './storage-schema.js';

/**
 * {@link FlowStore} on `openreset_flows`. `update` is one `UPDATE ... WHERE revision = ?`, so
 * of any number of concurrent writers from one revision exactly one wins.
 *
 * @throws {TypeError} from `update` when `flow.revision` is not `expectedRevision + 1`, and from
 *   `listExpired` when `limit` is not a positive integer.
 */
export function createSqlFlowStore(db: Kysely<StorageSchema>): FlowStore {
  // The request path's statements, compiled once; parameters in the order of COLUMNS.
  const insert = prepareStatement(
    db,
    `insert into openreset_flows (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const select = prepareStatement<Selectable<FlowTable>>(
    db,
    'select * from openreset_flows where tenant_id = ? and id = ?',
  );
  const update = prepareStatement(
    db,
    `update openreset_flows set ${CHANGED.map((column) => `${column} = ?`).join(', ')}
     where tenant_id = ? and id = ? and revision = ?`,
  );
  return {
    async create(flow) {
      try {
        const row = toRow(flow);
        await insert(COLUMNS.map((column) => row[column]));
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new OpenResetError('already_exists', 'A flow with this id already exists', {
            cause: error,
          });
        }
        throw error;
      }
    },

    async get(tenantId, id) {
      const [row] = (await select([tenantId, id])).rows;
      return row === undefined ? null : fromRow(row);
    },

    async update(flow, expectedRevision) {
      if (flow.revision !== expectedRevision + 1) {
        throw new TypeError(
          `flow.revision must be expectedRevision + 1 (${expectedRevision + 1}), got ${flow.revision}`,
        );
      }
      const row = toRow(flow);
      const result = await update([
        ...CHANGED.map((column) => row[column]),
        row.tenant_id,
        row.id,
        expectedRevision,
      ]);
      return (result.numAffectedRows ?? 0n) > 0n;
    },

    async listExpired({ before, states, limit }) {
      checkInteger('limit', limit, 1);
      if (states.length === 0) return [];
      const rows = await db
        .selectFrom('openreset_flows')
        .selectAll()
        .where('expires_at', '<=', toMillis(before))
        .where('state', 'in', [...states])
        .orderBy('expires_at')
        .orderBy('tenant_id')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },

    async delete(tenantId, id) {
      await db
        .deleteFrom('openreset_flows')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
  };
}

/** Every column of a flow row, in the order the prepared insert binds them. */
const COLUMNS = [
  'tenant_id',
  'id',
  'intent',
  'state',
  'machine_version',
  'revision',
  'user_id',
  'created_at',
  'updated_at',
  'expires_at',
  'data',
] as const;

/** The columns an update writes (all but the key). */
const CHANGED = COLUMNS.filter((column) => column !== 'tenant_id' && column !== 'id');

function toRow(flow: FlowRecord): Record<(typeof COLUMNS)[number], string | number | null> {
  return {
    tenant_id: flow.tenantId,
    id: flow.id,
    intent: flow.intent,
    state: flow.state,
    machine_version: flow.machineVersion,
    revision: flow.revision,
    user_id: flow.userId,
    created_at: toMillis(flow.createdAt),
    updated_at: toMillis(flow.updatedAt),
    expires_at: toMillis(flow.expiresAt),
    data: toJson(flow.data),
  };
}

function fromRow(row: Selectable<FlowTable>): FlowRecord {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    intent: row.intent as FlowRecord['intent'],
    state: row.state,
    machineVersion: row.machine_version,
    revision: row.revision,
    userId: row.user_id,
    createdAt: fromMillis(row.created_at),
    updatedAt: fromMillis(row.updated_at),
    expiresAt: fromMillis(row.expires_at),
    data: fromJson<JsonObject>(row.data),
  };
}
