import { EventEmitter } from 'node:events';
import { OpenResetError } from '@openreset/core';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isConnectionFailure, unavailableAware } from './storage-unavailable.js';

const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

/** A pool whose connect and queries fail as told; records how clients were released. */
function stubPool(connectError?: unknown, queryError?: unknown) {
  const released: boolean[] = [];
  // pg's clients are EventEmitters.
  const raw = Object.assign(new EventEmitter(), {
    query: async () => {
      if (queryError !== undefined) throw queryError;
      return { rows: [], command: 'SELECT', rowCount: 0 };
    },
    release: (destroy?: boolean) => released.push(destroy === true),
  });
  const client = raw as unknown as PostgresPoolClient;
  const pool: PostgresPool = {
    connect: async () => {
      if (connectError !== undefined) throw connectError;
      return client;
    },
    end: async () => {},
  };
  return { pool: unavailableAware(pool), released, raw };
}

describe('a PostgreSQL pool that cannot reach its server', () => {
  it('throws unavailable when the connection is refused', async () => {
    const { pool } = stubPool(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'));
    await expect(pool.connect()).rejects.toMatchObject({ code: 'unavailable' });
    await expect(pool.connect()).rejects.toBeInstanceOf(OpenResetError);
  });

  it('throws unavailable when the server shuts down mid-query, and destroys that client', async () => {
    const { pool, released } = stubPool(undefined, pgError('57P01', 'terminating connection'));
    const client = await pool.connect();
    await expect(client.query('select 1', [])).rejects.toMatchObject({ code: 'unavailable' });
    client.release();
    expect(released).toEqual([true]);
  });

  it('hears the error event of a checked-out client whose connection died, and destroys it', async () => {
    const { pool, released, raw } = stubPool();
    const client = await pool.connect();
    // Unheard, this event would throw (and crash the process).
    expect(() => raw.emit('error', pgError('57P01', 'terminating connection'))).not.toThrow();
    client.release();
    expect(released).toEqual([true]);
    expect(raw.listenerCount('error')).toBe(0);
  });

  it('leaves a query the server refused as it is, and returns its client to the pool', async () => {
    const refused = pgError('23505', 'duplicate key');
    const { pool, released } = stubPool(undefined, refused);
    const client = await pool.connect();
    await expect(client.query('insert', [])).rejects.toBe(refused);
    client.release();
    expect(released).toEqual([false]);
  });

  it('tells connection failures from refusals', () => {
    for (const code of ['08006', '08001', '57P01', '57P02', '57P03', 'ECONNRESET', 'EPIPE'])
      expect(isConnectionFailure(pgError(code)), code).toBe(true);
    expect(isConnectionFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    for (const code of ['23505', '40001', '42601', '22P02'])
      expect(isConnectionFailure(pgError(code)), code).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });
});
