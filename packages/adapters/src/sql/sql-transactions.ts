import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { SqlDialect } from './sql-database.js';

/** Runs `fn` in one database transaction; calls inside one join it. */
export type RunInTransaction = <T>(fn: () => Promise<T>) => Promise<T>;

/** The transaction a piece of async work runs in. */
interface Ambient {
  /** Its connection: a new one after {@link AmbientTransactions.outside}. */
  connection: DatabaseConnection;
  /** False once the transaction is committing or over: later queries take the usual path. */
  open: boolean;
  /** Savepoints of the Kysely transactions nested in it (`db.transaction()` inside), innermost last. */
  readonly savepoints: string[];
  /** The connection handed out inside it (released never: the transaction releases it). */
  readonly shared: DatabaseConnection;
  /** Reads it already ran (see {@link createRequestReads}). */
  readonly reads: RequestReads;
}

/**
 * The tables a request reads more than once (the policy in every step, the account and its
 * groups three times at complete, ...) and that no request changes on the hot path.
 */
const CACHED_TABLES: ReadonlySet<string> = new Set([
  'openreset_policies',
  'openreset_users',
  'openreset_user_groups',
  'openreset_registrations',
]);

const TABLE_NAME = /\bopenreset_[a-z_]+/g;
const PLAIN_SELECT = /^\s*select\b/i;
const LOCKING = /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i;
const DELETE = /^\s*delete\b/i;

/** What {@link createRequestReads} needs of a statement's text. */
interface StatementShape {
  /** The tables it names. */
  readonly tables: readonly string[];
  /** A plain `select`: it changes nothing. */
  readonly select: boolean;
  /** A select of {@link CACHED_TABLES} only, without a locking clause. */
  readonly cacheable: boolean;
  /** A `delete` (a cascade may reach tables it does not name). */
  readonly deletes: boolean;
}

/**
 * Shapes by statement text: the texts are the stores' own (parameters are never inlined), a
 * few dozen, so each is parsed once per process instead of on every run. Bounded all the
 * same, against a caller that inlines values.
 */
const shapes = new Map<string, StatementShape>();
const SHAPES_KEPT = 1000;

function shapeOf(sql: string): StatementShape {
  let shape = shapes.get(sql);
  if (shape === undefined) {
    const tables = [...new Set(sql.match(TABLE_NAME))];
    const select = PLAIN_SELECT.test(sql);
    shape = {
      tables,
      select,
      cacheable:
        select &&
        !LOCKING.test(sql) &&
        tables.length > 0 &&
        tables.every((table) => CACHED_TABLES.has(table)),
      deletes: DELETE.test(sql),
    };
    if (shapes.size >= SHAPES_KEPT) shapes.clear();
    shapes.set(sql, shape);
  }
  return shape;
}

/** A transaction's reads of {@link CACHED_TABLES}, each run once, forgotten on a write. */
interface RequestReads {
  /** Runs `query` on `connection`, or answers a repeated read from what it answered before. */
  execute<R>(connection: DatabaseConnection, query: CompiledQuery): Promise<QueryResult<R>>;
  /** Forgets every read (a savepoint rolled back the writes they may have seen). */
  clear(): void;
}

/**
 * The per-transaction read cache (issue 18): within one transaction (one request), a `select`
 * of {@link CACHED_TABLES} only (no locking clause) with the same SQL and parameters runs once;
 * repeats get a copy of its rows. Any other statement first forgets the reads of the tables it
 * names (every read when it names none of ours, or deletes: a cascade reaches further), so a
 * read after the request's own write sees the write, and a compare-and-set that lost a race
 * re-reads fresh. It lives and dies with the transaction, never shared across requests. On
 * SQLite the transaction holds the write lock from `BEGIN IMMEDIATE`, so nothing else can
 * change a row between two reads: the answers are exactly what a second read would give. On
 * PostgreSQL (read committed) a repeat sees the row as the request first read it, which is
 * what a single read would have given; writes stay compare-and-set statements.
 */
function createRequestReads(): RequestReads {
  const entries = new Map<string, { tables: readonly string[]; rows: readonly unknown[] }>();
  const forget = ({ tables, deletes }: StatementShape) => {
    if (tables.length === 0 || deletes) entries.clear();
    else {
      for (const [key, entry] of entries) {
        if (entry.tables.some((table) => tables.includes(table))) entries.delete(key);
      }
    }
  };
  return {
    async execute<R>(
      connection: DatabaseConnection,
      query: CompiledQuery,
    ): Promise<QueryResult<R>> {
      const shape = shapeOf(query.sql);
      if (!shape.cacheable) {
        if (!shape.select) forget(shape);
        return connection.executeQuery<R>(query);
      }
      const key = `${query.sql}\u0000${JSON.stringify(query.parameters, (_, value) =>
        typeof value === 'bigint' ? { bigint: String(value) } : value,
      )}`;
      const cached = entries.get(key);
      if (cached !== undefined) return { rows: copyRows(cached.rows) as R[] };
      const result = await connection.executeQuery<R>(query);
      entries.set(key, { tables: shape.tables, rows: copyRows(result.rows) });
      return result;
    },
    clear: () => entries.clear(),
  };
}

/**
 * A copy of `rows` no caller can change through the cache: each row copied, its cells as they
 * are when primitive (SQLite's text and numbers), cloned when not (PostgreSQL's dates and JSON).
 * `structuredClone` of the whole list cost more than the statement it saved (issue 18).
 */
function copyRows(rows: readonly unknown[]): unknown[] {
  return rows.map((row) => {
    const copy: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
      copy[column] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
    }
    return copy;
  });
}

/**
 * A dialect whose queries join the ambient transaction: inside `transaction(fn)`, every query
 * on a Kysely built from {@link AmbientTransactions.dialect} (the stores', the SQL directory's,
 * anything sharing that instance) runs on the transaction's one connection, found through
 * `AsyncLocalStorage`, and commits with it. A Kysely `db.transaction()` inside becomes a
 * savepoint. Outside, nothing changes.
 *
 * SQLite takes the write lock at `BEGIN IMMEDIATE`, so a transaction never fails upgrading a
 * read lock, and Kysely's connection mutex serializes this process's transactions on its one
 * connection. PostgreSQL holds one pooled client per transaction (`BEGIN`, read committed).
 */
export interface AmbientTransactions {
  readonly dialect: Dialect;
  readonly transaction: RunInTransaction;
  /**
   * Runs `fn` outside the transaction the caller is in (`Storage.outsideTransaction`): commits
   * what it wrote so far and releases its connection (SQLite's write lock, a PostgreSQL
   * client), runs `fn` (its queries commit on their own), then begins the transaction anew on
   * a connection for what the caller does next. Just runs `fn` outside one.
   * @throws {TypeError} inside a Kysely `db.transaction()` (a savepoint) of the transaction.
   */
  readonly outside: RunInTransaction;
  /**
   * Runs `query` straight on the connection of the transaction the caller is in (through its
   * read cache), skipping Kysely's executor; `undefined` outside one. For statements compiled
   * once ({@link prepareStatement}), whose Kysely has no plugins to apply.
   */
  readonly inTransaction: <R>(query: CompiledQuery<R>) => Promise<QueryResult<R>> | undefined;
}

/** Wraps `inner` (a Kysely dialect speaking `sqlDialect`) with ambient transactions. */
export function withAmbientTransactions(
  inner: Dialect,
  sqlDialect: SqlDialect,
): AmbientTransactions {
  const context = new AsyncLocalStorage<Ambient>();
  const begin = CompiledQuery.raw(sqlDialect === 'sqlite' ? 'begin immediate' : 'begin');
  const commit = CompiledQuery.raw('commit');
  const rollback = CompiledQuery.raw('rollback');
  let driver: Driver | undefined;
  let initialized: Promise<void> | undefined;
  const init = (target: Driver) => {
    initialized ??= target.init();
    return initialized;
  };
  const current = (): Ambient | undefined => {
    const ambient = context.getStore();
    return ambient?.open === true ? ambient : undefined;
  };
  const ambientOf = (connection: DatabaseConnection): Ambient | undefined => {
    const ambient = context.getStore();
    return ambient?.shared === connection ? ambient : undefined;
  };

  const wrapped: Driver = {
    init: () => init(innerDriver()),
    async acquireConnection() {
      const ambient = current();
      return ambient === undefined ? innerDriver().acquireConnection() : ambient.shared;
    },
    async releaseConnection(connection) {
      if (ambientOf(connection) === undefined) await innerDriver().releaseConnection(connection);
    },
    async beginTransaction(connection, settings: TransactionSettings) {
      const ambient = ambientOf(connection);
      if (ambient === undefined) return innerDriver().beginTransaction(connection, settings);
      const name = `openreset_sp${ambient.savepoints.length + 1}`;
      ambient.savepoints.push(name);
      await ambient.connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
    },
    async commitTransaction(connection) {
      const ambient = ambientOf(connection);
      if (ambient === undefined) return innerDriver().commitTransaction(connection);
      const name = ambient.savepoints.pop();
      await ambient.connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
    },
    async rollbackTransaction(connection) {
      const ambient = ambientOf(connection);
      if (ambient === undefined) return innerDriver().rollbackTransaction(connection);
      const name = ambient.savepoints.pop();
      ambient.reads.clear();
      await ambient.connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
      await ambient.connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
    },
    savepoint: (connection, name, compile: QueryCompiler['compileQuery']) =>
      requireSavepoints(innerDriver()).savepoint(unwrap(connection), name, compile),
    rollbackToSavepoint: (connection, name, compile) =>
      requireSavepoints(innerDriver()).rollbackToSavepoint(unwrap(connection), name, compile),
    releaseSavepoint: (connection, name, compile) =>
      requireSavepoints(innerDriver()).releaseSavepoint(unwrap(connection), name, compile),
    destroy: () => innerDriver().destroy(),
  };
  const unwrap = (connection: DatabaseConnection) =>
    ambientOf(connection)?.connection ?? connection;
  function innerDriver(): Driver {
    driver ??= inner.createDriver();
    return driver;
  }

  return {
    dialect: {
      createAdapter: () => inner.createAdapter(),
      createDriver: () => wrapped,
      createIntrospector: (db) => inner.createIntrospector(db),
      createQueryCompiler: () => inner.createQueryCompiler(),
    },
    inTransaction: <R>(query: CompiledQuery<R>) => current()?.shared.executeQuery<R>(query),
    async transaction(fn) {
      if (current() !== undefined) return fn();
      const ambient = await openAmbient();
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await context.run(ambient, fn);
      } catch (error) {
        await end(ambient, rollback);
        throw error;
      }
      await end(ambient, commit);
      return result;
    },
    async outside(fn) {
      const ambient = current();
      if (ambient === undefined) return fn();
      if (ambient.savepoints.length > 0) {
        throw new TypeError('outsideTransaction: a nested transaction (savepoint) is open');
      }
      await end(ambient, commit);
      try {
        return await fn();
      } finally {
        await reopen(ambient);
      }
    },
  };

  /** A connection in a new transaction. */
  async function beginOn(): Promise<DatabaseConnection> {
    const target = innerDriver();
    await init(target);
    const connection = await target.acquireConnection();
    try {
      await connection.executeQuery(begin);
    } catch (error) {
      await target.releaseConnection(connection);
      throw error;
    }
    return connection;
  }

  async function openAmbient(): Promise<Ambient> {
    const reads = createRequestReads();
    const ambient: Ambient = {
      connection: await beginOn(),
      open: true,
      savepoints: [],
      reads,
      shared: {
        executeQuery: (query) => reads.execute(ambient.connection, query),
        streamQuery: (query, chunkSize) => ambient.connection.streamQuery(query, chunkSize),
      },
    };
    return ambient;
  }

  /** The ambient's transaction on a new connection, after {@link AmbientTransactions.outside}. */
  async function reopen(ambient: Ambient): Promise<void> {
    ambient.connection = await beginOn();
    // Others wrote meanwhile: nothing read before may be answered again.
    ambient.reads.clear();
    ambient.open = true;
  }

  /** Ends the ambient's transaction with `how` (commit or rollback) and releases its connection. */
  async function end(ambient: Ambient, how: CompiledQuery): Promise<void> {
    // Closed already when beginning it anew after `outside` failed.
    if (!ambient.open) return;
    ambient.open = false;
    const { connection } = ambient;
    try {
      await connection.executeQuery(how);
    } catch (error) {
      // A failed COMMIT may leave the transaction open (SQLITE_BUSY): end it.
      if (how === commit) await connection.executeQuery(rollback).catch(() => {});
      throw error;
    } finally {
      await innerDriver().releaseConnection(connection);
    }
  }
}

type SavepointDriver = Required<
  Pick<Driver, 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'>
>;

function requireSavepoints(driver: Driver): SavepointDriver {
  if (
    driver.savepoint === undefined ||
    driver.rollbackToSavepoint === undefined ||
    driver.releaseSavepoint === undefined
  ) {
    throw new TypeError('this dialect has no savepoints');
  }
  return driver as SavepointDriver;
}
