import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { useTransactionLane } from './sql-prepared.js';
import { openSqlStorage, type SqlStorage } from './sql-storage.js';
import { withAmbientTransactions } from './sql-transactions.js';
import { takingTurnsPerFile } from './sqlite-file-lock.js';

/** Where {@link createSqliteStorage} keeps its data. */
export type SqliteStorageOptions = (
  | {
      /** The database file, created if missing (`:memory:` for a throwaway one). */
      filename: string;
    }
  | {
      /** An open better-sqlite3 database; the storage sets its pragmas and never closes it. */
      database: BetterSqlite3.Database;
    }
) & {
  /**
   * How long a write waits for another process's write lock before failing `SQLITE_BUSY`.
   * @default 5000
   */
  busyTimeoutMs?: number;
  /**
   * `full` makes each commit durable through power loss (an fsync per commit); `normal`
   * survives a process crash but may lose the last commits on power loss, and is faster.
   * @default "full"
   */
  synchronous?: 'full' | 'normal';
  /** Apply pending migrations before resolving. Set `false` to run `storage.migrate()` yourself. @default true */
  migrate?: boolean;
};

/**
 * Storage in a SQLite file (better-sqlite3): the embedded default for one server. It turns on
 * WAL (readers never block the writer), `busy_timeout` (several processes can share the file:
 * writes queue instead of failing), `foreign_keys` and `synchronous` (`full` by default, so
 * what resolved survives a crash), then migrates the schema unless `migrate: false`, and keeps
 * statements' temporary tables in memory (`temp_store`; migrations still use temporary files).
 * For several app servers, use PostgreSQL.
 *
 * Dates are integer epoch milliseconds, JSON is text; every store passes `storageConformance`.
 *
 * @example
 * ```ts
 * import { createSqliteStorage } from '@openreset/adapters/sqlite';
 *
 * const storage = await createSqliteStorage({ filename: 'openreset.db' });
 * const engine = createOpenReset({ storage, directory, keys });
 * // on shutdown
 * await storage.close();
 * ```
 */
export async function createSqliteStorage(options: SqliteStorageOptions): Promise<SqlStorage> {
  const owned = 'filename' in options;
  if (owned && typeof options.filename !== 'string') {
    throw new TypeError('options.filename must be a string');
  }
  const sqlite = 'filename' in options ? new BetterSqlite3(options.filename) : options.database;
  try {
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (!sqlite.memory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    if (owned) sqlite.close();
    throw error;
  }
  const transactions = withAmbientTransactions(
    takingTurnsPerFile(
      new SqliteDialect({ database: cachingStatements(sqlite) }),
      sqlite.memory ? ':memory:' : sqlite.name,
    ),
    'sqlite',
  );
  const { dialect, transaction, outside: outsideTransaction } = transactions;
  const kysely = new Kysely({ dialect });
  useTransactionLane(kysely, transactions);
  const storage = await openSqlStorage(
    { kysely, dialect: 'sqlite', transaction, outsideTransaction },
    { owned, migrate: options.migrate },
  );
  // The statements' scratch tables (RETURNING's rows, IN lists, sorts) in memory: a temporary
  // file opened and removed per statement cost more than the statement (issue 18: the outbox
  // claim took 2.4 times as long). Migrations, whose index builds may sort a whole table, keep
  // temporary files.
  const inMemory = () => sqlite.pragma('temp_store = MEMORY');
  inMemory();
  return {
    ...storage,
    async migrate() {
      sqlite.pragma('temp_store = DEFAULT');
      try {
        await storage.migrate();
      } finally {
        inMemory();
      }
    },
  };
}

/** Statements kept per SQL text; past it, the oldest is dropped (queries come in few shapes). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The database as Kysely's SQLite dialect sees it, with each statement prepared once per SQL
 * text and reused (`prepare` is most of a small query's cost). A statement that is still
 * iterating (a streamed query) is not shared: a second one is prepared for the overlap.
 */
function cachingStatements(sqlite: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): BetterSqlite3.Statement {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (cached === undefined) {
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          statements.delete(statements.keys().next().value as string);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
