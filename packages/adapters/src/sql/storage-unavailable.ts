import type { EventEmitter } from 'node:events';
import { OpenResetError } from '@openreset/core';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/** SQLSTATE classes and codes of a server that went away or is not accepting work yet. */
const SERVER_GONE = /^(08|57P0[123])/;
/** Node's socket errors when the server cannot be reached. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Whether a `pg` error says the database could not be reached (refused, reset, shut down,
 * starting up, the connection terminated), as opposed to a query the database refused.
 */
export function isConnectionFailure(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SERVER_GONE.test(code) || SOCKET_ERRORS.has(code))) return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|not queryable|Connection ended|connect ECONNREFUSED/.test(message)
  );
}

/** `error` as `OpenResetError` `unavailable` when it is a connection failure, else itself. */
function classified(error: unknown): unknown {
  return isConnectionFailure(error)
    ? new OpenResetError('unavailable', 'The database could not be reached', { cause: error })
    : error;
}

/**
 * A `pg` pool for Kysely whose connection failures throw `OpenResetError` `unavailable`
 * (which the HTTP handler answers 503 with `Retry-After`) instead of `pg`'s own errors, and
 * whose clients that lost their connection are discarded, not returned to the pool.
 */
export function unavailableAware(pool: PostgresPool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      let client: PostgresPoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw classified(error);
      }
      let broken = false;
      // pg emits 'error' on a checked-out client whose connection dies (a restart) even
      // when no query runs; unheard, that event would crash the process.
      const events = client as unknown as Partial<Pick<EventEmitter, 'on' | 'off'>>;
      const onError = () => {
        broken = true;
      };
      events.on?.('error', onError);
      const query = async (sql: string, parameters: ReadonlyArray<unknown>) => {
        try {
          return await client.query(sql, parameters);
        } catch (error) {
          broken ||= isConnectionFailure(error);
          throw classified(error);
        }
      };
      // A client whose connection failed is destroyed, not handed out again.
      const release = () => {
        events.off?.('error', onError);
        client.release(broken);
      };
      return { query, release } as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
