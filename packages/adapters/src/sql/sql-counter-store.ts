import { assertPurgeLimit, type CounterStore, checkInteger } from '@openreset/core';
import type { Kysely, Selectable } from 'kysely';
import { prepareStatement } from './sql-prepared.js';
import { fromMillis, toMillis } from './sql-values.js';
import type { CounterTable, StorageSchema } from './storage-schema.js';

type CounterRow = Pick<Selectable<CounterTable>, 'count' | 'reset_at'>;

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
  // The request path's statements, compiled once (a reset cycle runs about a dozen).
  const increment = prepareStatement<CounterRow>(
    db,
    `insert into openreset_counters ("key", "count", reset_at) values (?, 1, ?)
     on conflict ("key") do update set
       "count" = case when openreset_counters.reset_at > ? then openreset_counters."count" + 1 else 1 end,
       reset_at = case when openreset_counters.reset_at > ? then openreset_counters.reset_at
         else excluded.reset_at end
     returning "count", reset_at`,
  );
  const read = prepareStatement<CounterRow>(
    db,
    'select "count", reset_at from openreset_counters where "key" = ? and reset_at > ?',
  );
  const decrement = prepareStatement(
    db,
    'update openreset_counters set "count" = "count" - 1 where "key" = ? and reset_at > ? and "count" > 0',
  );
  const reset = prepareStatement(db, 'delete from openreset_counters where "key" = ?');
  return {
    async increment(key, { windowMs, now }) {
      checkInteger('windowMs', windowMs, 1);
      const nowMs = toMillis(now);
      // Both CASEs read the row as it was before this update.
      const { rows } = await increment([key, nowMs + windowMs, nowMs, nowMs]);
      const [row] = rows;
      if (row === undefined) throw new Error('the counter upsert returned no row');
      return { count: row.count, resetAt: fromMillis(row.reset_at) };
    },

    async get(key, now) {
      const [row] = (await read([key, toMillis(now)])).rows;
      return row === undefined
        ? { count: 0, resetAt: null }
        : { count: row.count, resetAt: fromMillis(row.reset_at) };
    },

    async decrement(key, now) {
      // One conditional UPDATE: the database applies it atomically with concurrent increments.
      await decrement([key, toMillis(now)]);
    },

    async reset(key) {
      await reset([key]);
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
