import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { useTransactionLane } from './sql-prepared.js';
import { openSqlStorage, type SqlStorage } from './sql-storage.js';
import { withAmbientTransactions } from './sql-transactions.js';
import { unavailableAware } from './storage-unavailable.js';

/** Which PostgreSQL {@link createPostgresStorage} uses. */
export type PostgresStorageOptions = (
  | {
      /** A `postgres://` URL; the storage opens (and closes) a pool of its own. */
      connectionString: string;
      /** Connections in that pool (at least 2: migrations hold one for their lock). @default 10 */
      maxConnections?: number;
    }
  | {
      /** A `pg` pool you own; `close()` leaves it open. It needs at least two connections. */
      pool: pg.Pool;
    }
) & {
  /** Apply pending migrations before resolving. Set `false` to run `storage.migrate()` yourself. @default true */
  migrate?: boolean;
};

/**
 * Storage in PostgreSQL (pg): the way to run several app servers. Every instance is stateless;
 * counters, challenges, flows and the outbox live in the database, and each check-and-write is
 * one statement (atomic upserts, `UPDATE ... RETURNING` with conditions, compare-and-set on
 * `revision`, `FOR UPDATE SKIP LOCKED` outbox claims), so concurrent requests on any number of
 * instances stay correct. Migrations run under `pg_advisory_lock`, so instances may start
 * together.
 *
 * Dates are `bigint` epoch milliseconds, JSON is `jsonb`, text columns use `COLLATE "C"`.
 *
 * @example
 * ```ts
 * import { createPostgresStorage } from '@openreset/adapters/postgres';
 *
 * const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL });
 * const engine = createOpenReset({ storage, directory, keys });
 * // on shutdown
 * await storage.close();
 * ```
 */
export async function createPostgresStorage(options: PostgresStorageOptions): Promise<SqlStorage> {
  const owned = 'connectionString' in options;
  if (owned && typeof options.connectionString !== 'string') {
    throw new TypeError('options.connectionString must be a string');
  }
  const pool =
    'connectionString' in options
      ? new pg.Pool({
          connectionString: options.connectionString,
          max: Math.max(2, options.maxConnections ?? 10),
        })
      : options.pool;
  // An idle connection that the server drops (a restart, a failover) is replaced on the next
  // query; without a listener, pg's 'error' event would crash the process.
  if (owned) pool.on('error', () => {});
  const transactions = withAmbientTransactions(
    new PostgresDialect({ pool: unavailableAware(pool) }),
    'postgres',
  );
  const { dialect, transaction, outside: outsideTransaction } = transactions;
  const kysely = new Kysely({ dialect });
  useTransactionLane(kysely, transactions);
  return openSqlStorage(
    { kysely, dialect: 'postgres', transaction, outsideTransaction },
    { owned, migrate: options.migrate },
  );
}
