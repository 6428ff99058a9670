import { resolve } from 'node:path';
import type { DatabaseConnection, Dialect, Driver } from 'kysely';

/** The tail of each file's queue: the promise the next holder waits for. */
const queues = new Map<string, Promise<void>>();

/** Waits for `file`'s turn; resolves to the function that ends it. */
async function lockFile(file: string): Promise<() => void> {
  const previous = queues.get(file) ?? Promise.resolve();
  let release = () => {};
  const turn = new Promise<void>((done) => {
    release = done;
  });
  const tail = previous.then(() => turn);
  queues.set(file, tail);
  await previous;
  return () => {
    release();
    if (queues.get(file) === tail) queues.delete(file);
  };
}

/**
 * `dialect` (Kysely's SQLite dialect over better-sqlite3) with this process's connections to
 * one database file taking turns: a connection is held from acquire to release (one query, or
 * a whole transaction) while the others wait on a promise.
 *
 * Why: better-sqlite3 is synchronous, so a connection waiting for SQLite's write lock
 * (`busy_timeout`) blocks the event loop, and with it the other connection of the same
 * process that holds the lock across an `await` inside its transaction: neither moves until
 * the wait ends in `SQLITE_BUSY`. Two storages on one file in one process (two app servers
 * simulated in a test, or a host that opens the file twice) now queue instead. Other
 * processes still meet `busy_timeout`, which works there because each has its own event loop.
 * A `:memory:` database is private to its connection and is returned unchanged.
 */
export function takingTurnsPerFile(dialect: Dialect, filename: string): Dialect {
  if (filename === '' || filename === ':memory:') return dialect;
  const file = resolve(filename);
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => takingTurns(dialect.createDriver(), file),
  };
}

function takingTurns(driver: Driver, file: string): Driver {
  // SQLite's driver hands out its one connection to one holder at a time, and this lock is
  // taken before it: at most one turn of this driver is open.
  let endTurn: (() => void) | undefined;
  const turns: Driver = {
    init: () => driver.init(),
    async acquireConnection(): Promise<DatabaseConnection> {
      const end = await lockFile(file);
      try {
        const connection = await driver.acquireConnection();
        endTurn = end;
        return connection;
      } catch (error) {
        end();
        throw error;
      }
    },
    async releaseConnection(connection) {
      const end = endTurn;
      endTurn = undefined;
      try {
        await driver.releaseConnection(connection);
      } finally {
        end?.();
      }
    },
    beginTransaction: (connection, settings) => driver.beginTransaction(connection, settings),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
    destroy: () => driver.destroy(),
  };
  if (driver.savepoint !== undefined) turns.savepoint = driver.savepoint.bind(driver);
  if (driver.rollbackToSavepoint !== undefined) {
    turns.rollbackToSavepoint = driver.rollbackToSavepoint.bind(driver);
  }
  if (driver.releaseSavepoint !== undefined) {
    turns.releaseSavepoint = driver.releaseSavepoint.bind(driver);
  }
  return turns;
}
