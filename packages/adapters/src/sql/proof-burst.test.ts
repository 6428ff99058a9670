// Attacks 4 and 5 of issue 12 on the real databases: two engines (two app servers, each
// with a connection of its own) on one SQLite file and on one PostgreSQL database. A burst
// of 100 concurrent wrong proofs, spread over five flows and both servers, may evaluate at
// most `failedProofsPerDay` (5) of them: the attempt is reserved in the database before any
// comparison, so the budget holds across processes. Below them the same two-server set-up
// for one authenticator code replayed into many flows (issue 13) and for a scheduled job
// raced by twenty schedulers (issue 15).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createScheduler,
  type FlowView,
  type OpenReset,
  type PolicyInput,
  type ScheduledJob,
  totpCode,
} from '@openreset/core';
import { createFakeClock, createMemoryDirectory } from '@openreset/core/memory';
import { createTestEngine, TEST_START } from '@openreset/core/testing';
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
async function server(
  open: () => Promise<SqlStorage>,
  policy: PolicyInput = { methods: ['mobileSms', 'email'] },
): Promise<OpenReset> {
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
    policy,
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

/**
 * One authenticator-app code sent to eight flows at once, spread over two servers: the step
 * it matched is claimed in the shared database, so exactly one flow passes (issue 13).
 */
async function replayBurst(open: () => Promise<SqlStorage>) {
  const policy: PolicyInput = {
    methods: ['mobileSms', 'email', 'authenticatorApp'],
    limits: { resetsPerHour: 10 },
  };
  const first = await server(open, policy);
  const second = await server(open, policy);
  const directory = await createSqlDirectory({ db: opened.at(-1) as SqlStorage, hasher });
  await directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: '+31612345678' },
  });
  const alice = await directory.findUser('alice');
  if (alice === null) throw new Error('alice was not created');
  const auth = { authTime: TEST_START };
  const setup = await first.registration.authenticatorSetup({ userId: alice.id, auth });
  await first.registration.addAuthenticator({
    userId: alice.id,
    auth,
    enrolmentToken: setup.enrolmentToken,
    code: totpCode(setup.secret, TEST_START),
    name: 'Phone',
  });
  // The next 30-second step's code: the enrolment claimed nothing, and both clocks stand
  // at the test's start, where a code one step ahead still counts.
  const code = totpCode(setup.secret, new Date(TEST_START.getTime() + 30_000));
  const flows = await Promise.all(
    Array.from({ length: 8 }, async (_, index) => {
      const engine = index % 2 === 0 ? first : second;
      const flow = await engine.recovery.start({ identifier: 'alice' });
      const methodId = flow.methods.find((m) => m.type === 'authenticatorApp')?.id ?? '';
      await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      return { engine, flow, methodId };
    }),
  );
  return Promise.all(
    flows.map(({ engine, flow, methodId }) =>
      engine.recovery.verify({ flowToken: flow.flowToken, methodId, code }).then(
        (view) => view.state,
        (error: { code: string }) => error.code,
      ),
    ),
  );
}

/** One flow passed; every other replay was refused as a wrong code (then, spent, blocked). */
function expectOnePass(answers: string[]) {
  expect(answers.filter((answer) => answer === 'verified')).toHaveLength(1);
  expect(answers.filter((answer) => answer !== 'verified')).toHaveLength(7);
  expect(new Set(answers.filter((answer) => answer !== 'verified'))).toEqual(
    new Set(['invalid_code', 'blocked']),
  );
}

describe('one authenticator code replayed across flows and two servers', () => {
  it('passes once on one SQLite file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'openreset-replay-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const filename = join(folder, 'replay.db');
    const answers = await replayBurst(() => createSqliteStorage({ filename }));
    expectOnePass(answers);
  });

  it('passes once on one PostgreSQL database', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    const answers = await replayBurst(() =>
      createPostgresStorage({ connectionString: database.url }),
    );
    expectOnePass(answers);
  });
});

/**
 * One single-use Temporary Access Pass typed into ten flows at once over two servers (issue
 * 14): the pass is consumed in the shared database inside the evaluation, so exactly one
 * flow passes and the others fail as a wrong pass.
 */
async function passBurst(open: () => Promise<SqlStorage>) {
  const policy: PolicyInput = {
    methods: ['mobileSms', 'email'],
    helpdesk: { temporaryAccessPass: true },
    limits: { resetsPerHour: 20, failedProofsPerDay: 20, maxConsecutiveFailures: 20 },
  };
  const first = await server(open, policy);
  const second = await server(open, policy);
  const directory = await createSqlDirectory({ db: opened.at(-1) as SqlStorage, hasher });
  const nora = await directory.createUser({ username: 'nora', password: 'nora passphrase 1' });
  const { pass } = await first.helpdesk.issueTemporaryAccessPass(
    nora.id,
    {},
    { actor: { kind: 'admin', id: 'helpdesk' } },
  );
  const flows = await Promise.all(
    Array.from({ length: 10 }, async (_, index) => {
      const engine = index % 2 === 0 ? first : second;
      return { engine, flow: await engine.recovery.start({ identifier: 'nora' }) };
    }),
  );
  return Promise.all(
    flows.map(({ engine, flow }) =>
      engine.recovery
        .verify({ flowToken: flow.flowToken, methodId: 'temporary_access_pass', code: pass })
        .then(
          (view) => view.state,
          (error: { code: string }) => error.code,
        ),
    ),
  );
}

describe('one single-use Temporary Access Pass typed into ten flows over two servers', () => {
  const expectOnce = (answers: string[]) => {
    expect(answers.filter((answer) => answer === 'verified')).toHaveLength(1);
    expect(answers.filter((answer) => answer === 'invalid_code')).toHaveLength(9);
  };

  it('passes once on one SQLite file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'openreset-pass-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const filename = join(folder, 'pass.db');
    expectOnce(await passBurst(() => createSqliteStorage({ filename })));
  });

  it('passes once on one PostgreSQL database', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    expectOnce(await passBurst(() => createPostgresStorage({ connectionString: database.url })));
  });
});

/**
 * Scheduled jobs on two servers (two connections) of one database: ten schedulers on each
 * race for every period, and the job runs once per period (issue 15).
 */
async function jobRace(open: () => Promise<SqlStorage>) {
  const servers = [await open(), await open()];
  opened.push(...servers);
  const clock = createFakeClock(TEST_START);
  let runs = 0;
  const job: ScheduledJob = {
    name: 'race',
    everyMs: 60_000,
    async run() {
      runs += 1;
    },
  };
  const schedulers = Array.from({ length: 20 }, (_, index) =>
    createScheduler({
      counters: (servers[index % 2] as SqlStorage).counters,
      clock,
      tenantId: 'default',
      jobs: [job],
    }),
  );
  for (let period = 0; period < 3; period++) {
    await Promise.all(schedulers.map((scheduler) => scheduler.runDue()));
    clock.advance(60_000);
  }
  return runs;
}

describe('a scheduled job on two servers of one database', () => {
  it('runs once per period on one SQLite file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'openreset-jobs-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const filename = join(folder, 'jobs.db');
    expect(await jobRace(() => createSqliteStorage({ filename }))).toBe(3);
  });

  it('runs once per period on one PostgreSQL database', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    expect(await jobRace(() => createPostgresStorage({ connectionString: database.url }))).toBe(3);
  });
});

/**
 * Two whole engines (two servers, each with its own connection) on one database, running
 * their scheduled jobs at the same instants: each job runs once per period, and a password
 * past its warning date gets one warning mail in all, from whichever server claimed it
 * (issue 15). The directory is a shared memory one: what races here is the storage.
 */
async function enginesRace(open: () => Promise<SqlStorage>) {
  const clock = createFakeClock(TEST_START);
  const directory = createMemoryDirectory({
    hasher,
    clock,
    users: [
      {
        id: 'u-dave',
        username: 'dave',
        password: 'dave original passphrase',
        email: 'dave@example.com',
        contact: {},
        // Expires in 10 days under a 90-day maximum age: inside the 14 warning days.
        passwordChangedAt: new Date(TEST_START.getTime() - 80 * 24 * 60 * 60_000),
      },
    ],
  });
  const servers = [];
  for (const seed of [11, 12]) {
    const storage = await open();
    opened.push(storage);
    servers.push(
      createTestEngine({
        storage,
        directory,
        clock,
        seed,
        channels: ['email'],
        policy: { methods: ['email', 'mobileSms'], password: { maxAgeDays: 90 } },
      }),
    );
  }
  const ran: string[] = [];
  // Three hours of minutes, both servers at every minute.
  for (let minute = 0; minute < 180; minute++) {
    const names = await Promise.all(servers.map((t) => t.engine.scheduler.runDue()));
    ran.push(...names.flat());
    clock.advance(60_000);
  }
  for (const t of servers) await t.engine.dispatcher.runOnce();
  const count = (name: string) => ran.filter((job) => job === name).length;
  return {
    expireFlows: count('expire-flows'),
    purge: count('purge'),
    expiryWarnings: count('expiry-warnings'),
    warnings: servers
      .flatMap((t) => t.messaging.sent)
      .filter((sent) => sent.channel === 'email' && /expires soon/.test(sent.message.subject))
      .map((sent) => sent.message.to),
  };
}

describe('the scheduled jobs of two engines on one PostgreSQL database', () => {
  it('run once per period, and send one expiry warning in all', async () => {
    const database = await createPostgresTestDatabase();
    cleanups.push(() => database.drop());
    expect(
      await enginesRace(() => createPostgresStorage({ connectionString: database.url })),
    ).toEqual({
      expireFlows: 180,
      purge: 3,
      expiryWarnings: 3,
      warnings: ['dave@example.com'],
    });
  });
});
