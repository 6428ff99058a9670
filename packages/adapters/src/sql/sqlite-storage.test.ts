import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageConformance, transactionCases } from '@openreset/core/testing';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqlStorage } from './sql-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import { checkAuditRangePaging } from './testing/audit-range-paging.js';

const folder = mkdtempSync(join(tmpdir(), 'openreset-sqlite-'));
const opened: SqlStorage[] = [];
let files = 0;

/** A fresh database file in the test folder. */
function freshFile(): string {
  files += 1;
  return join(folder, `case-${files}.db`);
}

async function freshStorage(): Promise<SqlStorage> {
  const storage = await createSqliteStorage({ filename: freshFile() });
  opened.push(storage);
  return storage;
}

afterAll(async () => {
  for (const storage of opened) await storage.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('createSqliteStorage', () => {
  describe('conformance', () => {
    for (const c of storageConformance(freshStorage)) it(c.name, c.run);
  });

  describe('transactions', () => {
    for (const c of transactionCases(freshStorage)) it(c.name, c.run);
  });

  it('turns on WAL, a busy timeout, foreign keys, full synchronous commits and temp tables in memory', async () => {
    const storage = await freshStorage();
    const { rows } = await sql<Record<string, unknown>>`
      select * from pragma_journal_mode, pragma_busy_timeout, pragma_foreign_keys,
        pragma_synchronous, pragma_temp_store
    `.execute(storage.database.kysely);
    expect(rows[0]).toEqual({
      journal_mode: 'wal',
      timeout: 5000,
      foreign_keys: 1,
      synchronous: 2,
      temp_store: 2,
    });
  });

  it('migrates with temporary files (index builds may sort a whole table), then goes back to memory', async () => {
    const database = new BetterSqlite3(freshFile());
    const seen: unknown[] = [];
    const prepare = database.prepare.bind(database);
    database.prepare = ((text: string) => {
      // The migration run opens its write transaction with this statement.
      if (/^begin immediate$/i.test(text.trim())) {
        seen.push(database.pragma('temp_store', { simple: true }));
      }
      return prepare(text);
    }) as typeof database.prepare;
    const storage = await createSqliteStorage({ database, migrate: false });
    expect(database.pragma('temp_store', { simple: true })).toBe(2);
    await storage.migrate();
    expect(seen).toEqual([0]);
    expect(database.pragma('temp_store', { simple: true })).toBe(2);
    await storage.close();
    database.close();
  });

  it('keeps what it stored across a close and a reopen, and migrates a migrated file again without change', async () => {
    const filename = freshFile();
    const first = await createSqliteStorage({ filename });
    await first.counters.increment('k', { windowMs: 60_000, now: new Date(1000) });
    await first.close();
    const second = await createSqliteStorage({ filename });
    opened.push(second);
    await second.migrate();
    expect(await second.counters.get('k', new Date(2000))).toEqual({
      count: 1,
      resetAt: new Date(61_000),
    });
  });

  it('uses a better-sqlite3 database it is given and leaves it open on close', async () => {
    const database = new BetterSqlite3(freshFile());
    const storage = await createSqliteStorage({ database });
    await storage.close();
    expect(database.open).toBe(true);
    const tables = database
      .prepare(
        "select name from sqlite_master where type = 'table' and name like 'openreset_%' order by name",
      )
      .pluck()
      .all();
    expect(tables).toEqual([
      'openreset_audit',
      'openreset_challenges',
      'openreset_counters',
      'openreset_flows',
      'openreset_migration',
      'openreset_migration_lock',
      'openreset_outbox',
      'openreset_policies',
      'openreset_registrations',
      'openreset_report_daily',
      'openreset_report_flows',
    ]);
    database.close();
  });

  it('pages an audit time range by keyset, bounded by the tighter of to and the cursor', async () => {
    await checkAuditRangePaging(await freshStorage());
  });

  it('plans audit queries on the index of their filter: time range, user, flow, cursor', async () => {
    const database = new BetterSqlite3(freshFile());
    const prepare = database.prepare.bind(database);
    const selects: { sql: string; parameters: unknown[] }[] = [];
    // Records the statements the store runs (not the migrations'), to ask SQLite for their plans.
    let recording = false;
    database.prepare = ((source: string) => {
      const statement = prepare(source);
      if (recording && source.startsWith('select') && source.includes('"openreset_audit"')) {
        const all = statement.all.bind(statement);
        statement.all = ((parameters: unknown[]) => {
          selects.push({ sql: source, parameters });
          return all(parameters);
        }) as typeof statement.all;
      }
      return statement;
    }) as typeof database.prepare;
    const storage = await createSqliteStorage({ database });
    recording = true;
    const range = { tenantId: 'default', from: new Date(0), to: new Date(10_000), limit: 10 };
    const queries = [
      { ...range, types: ['flow.started' as const] },
      { ...range, types: ['flow.started' as const], userId: 'u-1' },
      { ...range, correlationId: 'flow-1' },
      { ...range, cursor: Buffer.from(JSON.stringify([5000, 'evt'])).toString('base64url') },
    ];
    for (const query of queries) await storage.audit.query(query);
    const plans = selects.map(({ sql, parameters }) =>
      prepare(`explain query plan ${sql}`)
        .all(parameters)
        .map((row) => (row as { detail: string }).detail)
        .join(' | '),
    );
    expect(plans).toEqual([
      'SEARCH openreset_audit USING INDEX openreset_audit_time (tenant_id=? AND time_ms>? AND time_ms<?)',
      expect.stringMatching(
        /^SEARCH openreset_audit USING INDEX openreset_audit_target \(tenant_id=\? AND target_user_id=\? AND time_ms>\? AND time_ms<\?\)/,
      ),
      expect.stringMatching(
        /^SEARCH openreset_audit USING INDEX openreset_audit_correlation \(tenant_id=\? AND correlation_id=\? AND time_ms>\? AND time_ms<\?\)/,
      ),
      'SEARCH openreset_audit USING INDEX openreset_audit_time (tenant_id=? AND time_ms>? AND time_ms<?)',
    ]);
    // The cursor query bounds the scan by the cursor's time, not by `to`.
    expect(selects[3]?.parameters).toEqual(['default', 0, 5000, 5000, 'evt', 11]);
    await storage.close();
    database.close();
  });

  it('fills the report rollups from the events already stored when it adds them', async () => {
    const filename = freshFile();
    const before = await createSqliteStorage({ filename });
    const flow = {
      tenantId: 'default',
      actor: { kind: 'anonymous' as const },
      correlationId: 'flow-1',
      target: { userId: 'u-1', username: 'ann', role: 'user' as const },
    };
    await before.audit.append({
      ...flow,
      id: 'evt-1',
      type: 'flow.started',
      time: '2026-11-20T10:00:00.000Z',
      result: 'success',
      intent: 'unlock',
      decoy: false,
    });
    await before.audit.append({
      ...flow,
      id: 'evt-2',
      type: 'flow.canceled',
      time: '2026-11-20T10:01:00.000Z',
      result: 'failure',
    });
    // Back to the schema before migration 0005, with the events kept.
    const db = before.database.kysely;
    await sql`drop table openreset_report_flows`.execute(db);
    await sql`drop table openreset_report_daily`.execute(db);
    await sql`delete from openreset_migration where name = '0005_report_rollups'`.execute(db);
    await before.close();

    const after = await createSqliteStorage({ filename });
    const counts = await after.audit.resetRollup?.daily('default', '2026-11-20', '2026-11-21');
    await after.close();
    expect(counts).toEqual([{ day: '2026-11-20', bucket: 'Canceled', method: '', count: 1 }]);
  });

  it('creates the report indexes', async () => {
    const database = new BetterSqlite3(freshFile());
    await createSqliteStorage({ database });
    const indexes = database
      .prepare(
        "select name from sqlite_master where type = 'index' and name like 'openreset_%' order by name",
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
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
    database.close();
  });

  it('migrates one new file from four processes started at once', async () => {
    const filename = freshFile();
    // Each child imports the built adapter, as a real second server would.
    const dist = new URL('../../dist/sqlite.js', import.meta.url).href;
    const script = `
      const { createSqliteStorage } = await import(${JSON.stringify(dist)});
      const storage = await createSqliteStorage({ filename: process.argv[1] });
      await storage.counters.increment('started', { windowMs: 3600000, now: new Date() });
      await storage.close();
    `;
    const codes = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script, filename], {
              stdio: ['ignore', 'inherit', 'inherit'],
            });
            child.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual([0, 0, 0, 0]);
    const storage = await createSqliteStorage({ filename });
    opened.push(storage);
    expect((await storage.counters.get('started', new Date())).count).toBe(4);
  });
});
