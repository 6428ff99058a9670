import { assertPurgeLimit, type CounterStore } from '@openreset/core';
import type { Kysely } from 'kysely';
import { fromMillis, toMillis } from './sql-values.js';
import type { StorageSchema } from './storage-schema.js';

/**
 * {@link CounterStore} on `openreset_counters`. `increment` is one
 * `INSERT ... ON CONFLICT (key) DO UPDATE ... RETURNING`: the database serializes concurrent
 * increments of one key, so N of them return exactly the counts 1..N. A window that ended at
 * or before `now` restarts in the same statement. Ended windows stay until the key is hit or
 * reset again.
 *
 * @throws {TypeError} from `increment` when `windowMs` is not a positive integer.
 */
export function createSqlCounterStore(db: Kysely<StorageSchema>): CounterStore {
  return {
    async increment(key, { windowMs, now }) {
      if (!Number.isSafeInteger(windowMs) || windowMs < 1) {
        throw new TypeError(`windowMs must be a positive integer, got ${windowMs}`);
      }
      const nowMs = toMillis(now);
      const row = await db
        .insertInto('openreset_counters')
        .values({ key, count: 1, reset_at: nowMs + windowMs })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => {
            // Both expressions read the row as it was before this update.
            const open = eb('openreset_counters.reset_at', '>', nowMs);
            return {
              count: eb
                .case()
                .when(open)
                .then(eb('openreset_counters.count', '+', 1))
                .else(1)
                .end(),
              reset_at: eb
                .case()
                .when(open)
                .then(eb.ref('openreset_counters.reset_at'))
                .else(eb.ref('excluded.reset_at'))
                .end(),
            };
          }),
        )
        .returning(['count', 'reset_at'])
        .executeTakeFirstOrThrow();
      return { count: row.count, resetAt: fromMillis(row.reset_at) };
    },

    async get(key, now) {
      const row = await db
        .selectFrom('openreset_counters')
        .select(['count', 'reset_at'])
        .where('key', '=', key)
        .where('reset_at', '>', toMillis(now))
        .executeTakeFirst();
      return row === undefined
        ? { count: 0, resetAt: null }
        : { count: row.count, resetAt: fromMillis(row.reset_at) };
    },

    async decrement(key, now) {
      // One conditional UPDATE: the database applies it atomically with concurrent increments.
      await db
        .updateTable('openreset_counters')
        .set((eb) => ({ count: eb('count', '-', 1) }))
        .where('key', '=', key)
        .where('reset_at', '>', toMillis(now))
        .where('count', '>', 0)
        .execute();
    },

    async reset(key) {
      await db.deleteFrom('openreset_counters').where('key', '=', key).execute();
    },

    async deleteExpired(now, limit) {
      assertPurgeLimit(limit);
      const nowMs = toMillis(now);
      // A batch of keys, then a delete that checks again: a key hit meanwhile stays.
      const rows = await db
        .selectFrom('openreset_counters')
        .select('key')
        .where('reset_at', '<=', nowMs)
        .limit(limit)
        .execute();
      if (rows.length === 0) return 0;
      const result = await db
        .deleteFrom('openreset_counters')
        .where(
          'key',
          'in',
          rows.map((row) => row.key),
        )
        .where('reset_at', '<=', nowMs)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
