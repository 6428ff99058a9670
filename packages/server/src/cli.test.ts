import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { createSqliteStorage } from '@openreset/adapters/sqlite';
import type { AuditEvent } from '@openreset/core';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';

const saved = { ...process.env };
const scratch = mkdtempSync(join(tmpdir(), 'openreset-cli-'));

afterEach(() => {
  for (const name of ['OPENRESET_KEYS', 'OPENRESET_DATABASE_URL']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('openreset report rebuild', () => {
  it('recounts the reset report rollups from the audit log', { timeout: 60_000 }, async () => {
    const filename = join(scratch, 'rebuild.db');
    const storage = await createSqliteStorage({ filename });
    const base = {
      tenantId: 'default',
      actor: { kind: 'anonymous' as const },
      correlationId: 'flow-1',
      target: { userId: 'u-1', username: 'ann', role: 'user' as const },
    };
    const events: AuditEvent[] = [
      {
        ...base,
        id: 'evt-1',
        type: 'flow.started',
        time: '2026-11-20T10:00:00.000Z',
        result: 'success',
        intent: 'reset',
        decoy: false,
      },
      {
        ...base,
        id: 'evt-2',
        type: 'password.reset',
        time: '2026-11-20T10:05:00.000Z',
        result: 'success',
        methods: ['email'],
      },
    ];
    for (const event of events) await storage.audit.append(event);
    // The rollups lost, as after restoring only the audit table.
    await sql`delete from openreset_report_daily`.execute(storage.database.kysely);
    await sql`delete from openreset_report_flows`.execute(storage.database.kysely);
    await storage.close();

    process.env.OPENRESET_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
    process.env.OPENRESET_DATABASE_URL = `sqlite:${filename}`;
    expect(await main(['report', 'rebuild'])).toBe(0);

    const reopened = await createSqliteStorage({ filename });
    const counts = await reopened.audit.resetRollup?.daily('default', '2026-11-20', '2026-11-21');
    const flows = await reopened.audit.resetRollup?.flows({
      tenantId: 'default',
      from: new Date('2026-11-20T00:00:00Z'),
      to: new Date('2026-11-21T00:00:00Z'),
    });
    await reopened.close();
    rmSync(scratch, { recursive: true, force: true });
    expect(counts?.sort((a, b) => a.method.localeCompare(b.method))).toEqual([
      { day: '2026-11-20', bucket: 'Succeeded', method: '', count: 1 },
      { day: '2026-11-20', bucket: 'Succeeded', method: 'email', count: 1 },
    ]);
    expect(flows?.map((flow) => flow.flowId)).toEqual(['flow-1']);
  });
});
