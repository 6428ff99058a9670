// Attacks 4 and 5 of issue 12 on the real databases: two engines (two app servers, each
// with a connection of its own) on one SQLite file and on one PostgreSQL database. A burst
// of 100 concurrent wrong proofs, spread over five flows and both servers, may evaluate at
// most `failedProofsPerDay` (5) of them: the attempt is reserved in the database before any
// comparison, so the budget holds across processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowView, OpenReset } from '@openreset/core';
import { createTestEngine } from '@openreset/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';
import { createPostgresStorage } from './postgres-storage.js';
import { createSqlDirectory } from './sql-directory.js';
import type { SqlStorage } from './sql-storage.js';
import { createSqliteStorage } from './sqlite-storage.js';
import { createPostgresTestDatabase } from './testing/postgres-test-database.js';

const hasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });
const opened: SqlStorage[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  for (const storage of opened) await storage.close();
  for (const cleanup of cleanups) await cleanup();
});

/** One app server on the shared database: its own storage connection, directory and engine. */
async function server(open: () => Promise<SqlStorage>): Promise<OpenReset> {
  const storage = await open();
  opened.push(storage);
  const directory = await createSqlDirectory({ db: storage, hasher });
  // A seed of its own: two servers must not draw the same flow tokens.
  return createTestEngine({
    storage,
    directory,
    hasher,
    seed: opened.length,
    channels: ['sms', 'email'],
    policy: { methods: ['mobileSms', 'email'] },
  }).engine;
}

async function burst(open: () => Promise<SqlStorage>) {
  const first = await server(open);
  const second = await server(open);
  const directory = await createSqlDirectory({ db: opened.at(-1) as SqlStorage, hasher });
  await directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: '+31612345678' },
  });
  const flows: FlowView[] = [];
  for (let i = 0; i < 5; i++) {
    const engine = i % 2 === 0 ? first : second;
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    flows.push(flow);
  }
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, index) => {
      const flow = flows[index % flows.length] as FlowView;
      return (index % 2 === 0 ? first : second).recovery
        .verify({ flowToken: flow.flowToken, methodId: 'm1', code: String(100000 + index) })
        .then(
          () => 'passed',
          (error: { code: string }) => error.code,
        );
    }),
  );
  const { events } = await (opened.at(-1) as SqlStorage).audit.query({
    tenantId: 'default',
    types: ['flow.method_failed'],
    limit: 1000,
  });
  return { answers, evaluated: events.length };
}

function expectBudgetHeld(result: { answers: string[]; evaluated: number }) {
  expect(result.evaluated).toBeGreaterThanOrEqual(1);
  expect(result.evaluated).toBeLessThanOrEqual(5);
  expect(result.answers.filter((answer) => answer === 'invalid_code').length).toBeLessThan(5);
  expect(result.answers).not.toContain('passed');
  expect(new Set(result.answers)).toEqual(new Set(['invalid_code', 'blocked']));
}

describe('a burst of wrong proofs across flows and two servers', () => {
  it('evaluates at most 5 on one SQLite file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'openreset-burst-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const filename = join(folder, 'burst.db');
    expectBudgetHeld(await burst(() => createSqliteStorage({ filename })));
  });

  it('evaluates at most 5 on one PostgreSQL database', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    expectBudgetHeld(await burst(() => createPostgresStorage({ connectionString: database.url })));
  });
});
