import {
  checkInteger,
  checkNextRevision,
  type RegisteredMethod,
  type RegistrationStore,
  type UserRegistration,
} from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import { prepareStatement } from './sql-prepared.js';
import { fromJson, fromMillis, fromNullableMillis, toJson, toMillis } from './sql-values.js';
import type { RegistrationTable, StorageSchema } from './storage-schema.js';

/** A registered method as stored: its dates as epoch milliseconds. */
type StoredMethod = Omit<RegisteredMethod, 'createdAt' | 'verifiedAt' | 'lastUsedAt'> & {
  createdAt: number;
  verifiedAt: number;
  lastUsedAt?: number;
};

/**
 * {@link RegistrationStore} on `openreset_registrations`. `save` is a compare-and-set: an
 * `INSERT ... ON CONFLICT DO NOTHING` when no revision is expected, else an
 * `UPDATE ... WHERE revision = ?`. `list` orders user ids by code point.
 *
 * @throws {TypeError} from `save` when `revision` is not `(expectedRevision ?? 0) + 1`, and from
 *   `list` when `limit` is not an integer in 1..1000.
 */
export function createSqlRegistrationStore(db: Kysely<StorageSchema>): RegistrationStore {
  // Read on every step of a flow, real or decoy: compiled once.
  const select = prepareStatement<Selectable<RegistrationTable>>(
    db,
    'select * from openreset_registrations where tenant_id = ? and user_id = ?',
  );
  return {
    async get(tenantId, userId) {
      const [row] = (await select([tenantId, userId])).rows;
      return row === undefined ? null : fromRow(row);
    },

    async save(registration, expectedRevision) {
      checkNextRevision('registration', registration.revision, expectedRevision);
      const row = toRow(registration);
      if (expectedRevision === null) {
        const inserted = await db
          .insertInto('openreset_registrations')
          .values(row)
          .onConflict((conflict) => conflict.columns(['tenant_id', 'user_id']).doNothing())
          .returning('revision')
          .executeTakeFirst();
        return inserted !== undefined;
      }
      const { tenant_id, user_id, ...changes } = row;
      const result = await db
        .updateTable('openreset_registrations')
        .set(changes)
        .where('tenant_id', '=', tenant_id)
        .where('user_id', '=', user_id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async delete(tenantId, userId) {
      await db
        .deleteFrom('openreset_registrations')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .execute();
    },

    async list(tenantId, { after, limit }) {
      checkInteger('limit', limit, 1, 1000);
      const rows = await db
        .selectFrom('openreset_registrations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .$if(after !== undefined, (query) => query.where('user_id', '>', after as string))
        .orderBy('user_id')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
  };
}

function toRow(registration: UserRegistration) {
  const methods: StoredMethod[] = registration.methods.map(({ lastUsedAt, ...method }) => ({
    ...method,
    createdAt: toMillis(method.createdAt),
    verifiedAt: toMillis(method.verifiedAt),
    ...(lastUsedAt === undefined ? {} : { lastUsedAt: toMillis(lastUsedAt) }),
  }));
  return {
    tenant_id: registration.tenantId,
    user_id: registration.userId,
    revision: registration.revision,
    methods: toJson(methods),
    reconfirmed_at:
      registration.reconfirmedAt === null ? null : toMillis(registration.reconfirmedAt),
    updated_at: toMillis(registration.updatedAt),
  };
}

function fromRow(row: Selectable<RegistrationTable>): UserRegistration {
  return {
    tenantId: row.tenant_id,
    userId: row.user_id,
    revision: row.revision,
    methods: fromJson<StoredMethod[]>(row.methods).map(({ lastUsedAt, ...method }) => ({
      ...method,
      createdAt: new Date(method.createdAt),
      verifiedAt: new Date(method.verifiedAt),
      ...(lastUsedAt === undefined ? {} : { lastUsedAt: new Date(lastUsedAt) }),
    })),
    reconfirmedAt: fromNullableMillis(row.reconfirmed_at),
    updatedAt: fromMillis(row.updated_at),
  };
}
