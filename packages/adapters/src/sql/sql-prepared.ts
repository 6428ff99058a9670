import { type CompiledQuery, createQueryId, type Kysely, type QueryResult, RawNode } from 'kysely';
import { detectDialect } from './sql-database.js';
import type { AmbientTransactions } from './sql-transactions.js';

/**
 * The ambient transactions of the Kysely instances the storage factories built, so that a
 * prepared statement inside a request's transaction runs on its connection directly.
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema will do.
const lanes = new WeakMap<Kysely<any>, AmbientTransactions['inTransaction']>();

/**
 * Lets the statements prepared on `kysely` (built on `transactions.dialect`, without plugins)
 * skip Kysely's executor inside a transaction: about a third of a small statement's cost
 * (issue 18). Call before the stores are created.
 */
export function useTransactionLane(
  // biome-ignore lint/suspicious/noExplicitAny: any schema will do.
  kysely: Kysely<any>,
  transactions: AmbientTransactions,
): void {
  lanes.set(kysely, transactions.inTransaction);
}

/**
 * Runs one fixed statement with the given parameters (in order of its placeholders), on the
 * Kysely it was prepared on or on `on` (a transaction of that instance: `db.transaction()`'s).
 */
export type PreparedStatement<Row> = (
  parameters: readonly unknown[],
  // biome-ignore lint/suspicious/noExplicitAny: any schema will do; the text names its tables.
  on?: Kysely<any>,
) => Promise<QueryResult<Row>>;

/**
 * A hot statement compiled once. `text` is written with `?` placeholders (PostgreSQL gets
 * `$1`..`$n` in their place) and must hold no `?` other than placeholders. Each call runs the
 * same SQL text on `db` with its parameters, so it joins the ambient transaction like any
 * query on `db`, and the SQLite storage reuses its prepared statement; what it skips is
 * Kysely's query builder and compiler, which cost more than a small SQLite statement itself
 * (issue 18: a reset cycle runs about 50 of them); inside a request's transaction it also
 * skips Kysely's executor (see {@link useTransactionLane}). Keep it for statements on the request
 * path whose shape never changes; everything else reads better as a Kysely query.
 */
export function prepareStatement<Row>(
  // biome-ignore lint/suspicious/noExplicitAny: any schema will do; the text names its tables.
  db: Kysely<any>,
  text: string,
): PreparedStatement<Row> {
  let placeholder = 0;
  const sql =
    detectDialect(db) === 'postgres'
      ? text.replaceAll('?', () => {
          placeholder += 1;
          return `$${placeholder}`;
        })
      : text;
  const query = RawNode.createWithSql(sql);
  const lane = lanes.get(db);
  return (parameters, on = db) => {
    const compiled: CompiledQuery<Row> = {
      sql,
      query,
      parameters,
      queryId: createQueryId(),
    };
    return (on === db ? lane?.(compiled) : undefined) ?? on.executeQuery(compiled);
  };
}
