// The per-transaction read cache of the ambient transactions (issue 18, sql-transactions.ts):
// inside one transaction (one request) a repeated read of the cached tables runs once, a write
// or a rolled back savepoint makes the next read fresh, repeats get copies, and nothing is
// shared across transactions. On PostgreSQL a compare-and-set that lost to another connection
// re-reads the row as it is now.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStorage } from './postgres-storage.js';
import type { SqlStorage } from './sql-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import { createPostgresTestDatabase } from './testing/postgres-test-database.js';

const folder = mkdtempSync(join(tmpdir(), 'openreset-request-reads-'));
const opened: SqlStorage[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  for (const storage of opened) await storage.close();
  for (const cleanup of cleanups) await cleanup();
  rmSync(folder, { recursive: true, force: true });
});

/** A SQLite storage on a file of its own, and how many selects of the policy table it ran. */
async function countedSqlite() {
  const database = new BetterSqlite3(join(folder, `${opened.length}.db`));
  const counts = { policyReads: 0 };
  const prepare = database.prepare.bind(database);
  database.prepare = ((text: string) => {
    const statement = prepare(text);
    if (/^\s*select\b/i.test(text) && text.includes('openreset_policies')) {
      for (const name of ['all', 'get', 'iterate'] as const) {
        const original = statement[name].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          counts.policyReads += 1;
          return original(...args);
        };
      }
    }
    return statement;
  }) as typeof database.prepare;
  const storage = await createSqliteStorage({ database });
  opened.push(storage);
  cleanups.push(() => {
    database.close();
  });
  return { storage, counts, transaction: requireTransaction(storage) };
}

function requireTransaction(storage: SqlStorage) {
  const { transaction } = storage;
  if (transaction === undefined) throw new TypeError('this storage has no transaction');
  return transaction.bind(storage);
}

// biome-ignore lint/suspicious/noExplicitAny: the tests write the table by hand.
const kyselyOf = (storage: SqlStorage) => storage.database.kysely as Kysely<any>;

async function writePolicy(storage: SqlStorage, revision: number) {
  await sql`insert into openreset_policies (tenant_id, policy, revision, updated_at)
    values ('t1', ${JSON.stringify({ revision })}, ${revision}, 0)
    on conflict (tenant_id) do update set policy = excluded.policy, revision = excluded.revision`.execute(
    kyselyOf(storage),
  );
}

describe('the read cache of a request transaction (SQLite)', () => {
  it('runs a repeated read once inside a transaction, and every time outside', async () => {
    const { storage, counts, transaction } = await countedSqlite();
    await writePolicy(storage, 1);
    await storage.policies.get('t1');
    await storage.policies.get('t1');
    expect(counts.policyReads).toBe(2);
    const [first, second, third] = await transaction(async () => [
      await storage.policies.get('t1'),
      await storage.policies.get('t1'),
      await storage.policies.get('t1'),
    ]);
    expect(counts.policyReads).toBe(3);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first?.revision).toBe(1);
  });

  it('reads afresh after a write to the table, and sees the write', async () => {
    const { storage, counts, transaction } = await countedSqlite();
    await writePolicy(storage, 1);
    const revisions = await transaction(async () => {
      const before = await storage.policies.get('t1');
      await writePolicy(storage, 2);
      const after = await storage.policies.get('t1');
      return [before?.revision, after?.revision];
    });
    expect(revisions).toEqual([1, 2]);
    expect(counts.policyReads).toBe(2);
  });

  it('forgets its reads when a savepoint rolls back the writes they saw', async () => {
    const { storage, transaction } = await countedSqlite();
    const revision = await transaction(async () => {
      await kyselyOf(storage)
        .transaction()
        .execute(async () => {
          await writePolicy(storage, 5);
          expect((await storage.policies.get('t1'))?.revision).toBe(5);
          throw new Error('planned');
        })
        .catch(() => {});
      return (await storage.policies.get('t1'))?.revision;
    });
    expect(revision).toBeUndefined();
  });

  it('hands each repeat a copy, and keeps no read past its transaction', async () => {
    const { storage, counts, transaction } = await countedSqlite();
    await writePolicy(storage, 1);
    const select = sql<{
      revision: number;
    }>`select * from openreset_policies where tenant_id = 't1'`;
    const copies = await transaction(async () => {
      const first = await select.execute(kyselyOf(storage));
      (first.rows[0] as { revision: number }).revision = 99;
      const second = await select.execute(kyselyOf(storage));
      return [first.rows[0]?.revision, second.rows[0]?.revision];
    });
    expect(copies).toEqual([99, 1]);
    await writePolicy(storage, 2);
    const reads = counts.policyReads;
    expect((await transaction(() => storage.policies.get('t1')))?.revision).toBe(2);
    expect(counts.policyReads).toBe(reads + 1);
  });
});

describe('the read cache of a request transaction (PostgreSQL)', () => {
  it('serves a repeat as first read; a lost compare-and-set re-reads the row as it is now', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    const ours = await createPostgresStorage({ connectionString: database.url });
    const theirs = await createPostgresStorage({ connectionString: database.url });
    opened.push(ours, theirs);
    await writePolicy(ours, 1);
    const seen = await requireTransaction(ours)(async () => {
      const first = (await ours.policies.get('t1'))?.revision;
      await writePolicy(theirs, 2);
      const repeat = (await ours.policies.get('t1'))?.revision;
      const moved = await sql`update openreset_policies set revision = 3
        where tenant_id = 't1' and revision = ${first ?? 0}`.execute(kyselyOf(ours));
      const fresh = (await ours.policies.get('t1'))?.revision;
      return { first, repeat, moved: Number(moved.numAffectedRows), fresh };
    });
    expect(seen).toEqual({ first: 1, repeat: 1, moved: 0, fresh: 2 });
  });
});
