import { storageConformance, transactionCases } from '@openreset/core/testing';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStorage } from './postgres-storage.js';
import type { SqlStorage } from './sql-storage.js';
import { STORAGE_TABLES } from './storage-schema.js';
import { checkAuditRangePaging } from './testing/audit-range-paging.js';
import {
  createPostgresTestDatabase,
  type PostgresTestDatabase,
} from './testing/postgres-test-database.js';

let database: PostgresTestDatabase;
let shared: SqlStorage;
const opened: SqlStorage[] = [];

beforeAll(async () => {
  database = await createPostgresTestDatabase();
  shared = await open();
});

afterAll(async () => {
  for (const storage of opened) await storage.close();
  await database?.drop();
});

async function open(): Promise<SqlStorage> {
  const storage = await createPostgresStorage({ connectionString: database.url });
  opened.push(storage);
  return storage;
}

/** The shared storage, emptied: every case starts from clean tables. */
async function cleanStorage(): Promise<SqlStorage> {
  await sql`truncate table ${sql.join(STORAGE_TABLES.map((table) => sql.table(table)))}`.execute(
    shared.database.kysely,
  );
  return shared;
}

const MINUTE = 60_000;
const T0 = new Date('2030-01-01T00:00:00.000Z');

describe('createPostgresStorage', () => {
  describe('conformance', () => {
    for (const c of storageConformance(cleanStorage)) it(c.name, c.run);
  });

  describe('transactions', () => {
    for (const c of transactionCases(cleanStorage)) it(c.name, c.run);
  });

  it('creates the tables, the report indexes and "C" collation for ids', async () => {
    await cleanStorage();
    const db = shared.database.kysely;
    const { rows: indexes } = await sql<{ indexname: string }>`
      select indexname from pg_indexes where indexname like 'openreset_%' and indexname not like '%_pk' and indexname not like '%_pkey' order by indexname
    `.execute(db);
    expect(indexes.map((row) => row.indexname)).toEqual([
      'openreset_audit_correlation',
      'openreset_audit_target',
      'openreset_audit_time',
      'openreset_counters_reset',
      'openreset_flows_expiry',
      'openreset_outbox_correlation',
      'openreset_outbox_due',
      'openreset_outbox_finished',
      'openreset_report_flows_start',
    ]);
    const { rows: collations } = await sql<{ collation_name: string }>`
      select collation_name from information_schema.columns where table_name = 'openreset_audit' and column_name = 'id'
    `.execute(db);
    expect(collations[0]?.collation_name).toBe('C');
  });

  it('pages an audit time range by keyset, bounded by the tighter of to and the cursor', async () => {
    await checkAuditRangePaging(await cleanStorage());
  });

  it('orders audit ids by code point, not by the database locale', async () => {
    const storage = await cleanStorage();
    const base = {
      time: T0.toISOString(),
      tenantId: 'default',
      actor: { kind: 'anonymous' as const },
      correlationId: 'c',
      type: 'flow.blocked' as const,
      result: 'failure' as const,
      reason: 'too_many_failures',
    };
    for (const id of ['a', 'B', '_', 'b', 'A']) await storage.audit.append({ ...base, id });
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 10 });
    expect(events.map((event) => event.id)).toEqual(['b', 'a', '_', 'B', 'A']);
  });

  it('migrates one new database from five instances started at once', async () => {
    const fresh = await createPostgresTestDatabase();
    try {
      const storages = await Promise.all(
        Array.from({ length: 5 }, () => createPostgresStorage({ connectionString: fresh.url })),
      );
      const { rows } = await sql<{ name: string }>`select name from openreset_migration`.execute(
        storages[0]?.database.kysely ?? shared.database.kysely,
      );
      expect(rows.map((row) => row.name)).toEqual([
        '0001_storage',
        '0002_audit_planner_stats',
        '0003_challenge_attempts_dropped',
        '0004_retention_indexes',
        '0005_report_rollups',
      ]);
      await Promise.all(storages.map((storage) => storage.close()));
    } finally {
      await fresh.drop();
    }
  });

  it('uses a pool it is given and leaves it open on close', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 3 });
    const storage = await createPostgresStorage({ pool });
    await storage.close();
    expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });

  describe('two instances with pools of their own on one database', () => {
    let first: SqlStorage;
    let second: SqlStorage;

    beforeAll(async () => {
      first = await open();
      second = await open();
    });

    it('50 concurrent consumes of one challenge across both instances: exactly one succeeds', async () => {
      await cleanStorage();
      await first.challenges.issue({
        tenantId: 'default',
        flowId: 'flow-1',
        methodId: 'm1',
        secretHash: 'hmac',
        keyId: 'k1',
        createdAt: T0,
        expiresAt: new Date(T0.getTime() + 5 * MINUTE),
      });
      const results = await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const storage = index % 2 === 0 ? first : second;
          return storage.challenges.consume(
            'default',
            'flow-1',
            'm1',
            'hmac',
            new Date(T0.getTime() + MINUTE),
          );
        }),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await second.challenges.get('default', 'flow-1', 'm1'))?.consumedAt).toEqual(
        new Date(T0.getTime() + MINUTE),
      );
    });

    it('50 concurrent increments of one counter across both yield exactly the counts 1 to 50', async () => {
      await cleanStorage();
      const states = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          (index % 2 === 0 ? first : second).counters.increment('sends:user-1', {
            windowMs: 60 * MINUTE,
            now: T0,
          }),
        ),
      );
      expect(states.map((state) => state.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 50 }, (_, index) => index + 1),
      );
      expect(await first.counters.get('sends:user-1', T0)).toEqual({
        count: 50,
        resetAt: new Date(T0.getTime() + 60 * MINUTE),
      });
    });

    it('two claim loops, one per instance, claim each of 200 messages exactly once', async () => {
      await cleanStorage();
      for (let index = 0; index < 200; index++) {
        await first.outbox.enqueue({
          id: `msg-${String(index).padStart(3, '0')}`,
          tenantId: 'default',
          channel: 'email',
          purpose: 'code',
          payload: 'sealed',
          createdAt: T0,
          correlationId: 'flow-1',
        });
      }
      const drain = async (storage: SqlStorage, leaseToken: string) => {
        const claimed: string[] = [];
        for (;;) {
          const batch = await storage.outbox.claim({
            now: new Date(T0.getTime() + MINUTE),
            limit: 7,
            leaseMs: 10 * MINUTE,
            leaseToken,
          });
          if (batch.length === 0) return claimed;
          for (const message of batch) {
            claimed.push(message.id);
            expect(await storage.outbox.markSent(message.id, leaseToken, T0)).toBe(true);
          }
        }
      };
      const [a, b] = await Promise.all([drain(first, 'lease-a'), drain(second, 'lease-b')]);
      expect(a.length + b.length).toBe(200);
      expect(new Set([...a, ...b]).size).toBe(200);
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
    });
  });
});
