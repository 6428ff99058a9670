// The database restarted under load: a server child on a PostgreSQL of this scenario's own
// (scripts/services/postgres.mjs, so that it can stop and start it with pg_ctl), with four
// clients running whole resets over HTTP and one reading GET /config every 100 ms. The
// server is stopped (pg_ctl -m fast), left down (full 15 s, short 5 s; --restart-down-seconds),
// and started again, N times (full 3, short 1; --restarts).
//
// Invariants: every request answered while the database was away is 503 with Retry-After
// (no 500, no dropped connection), and quickly (p99 under 5 s: nothing hangs); the service
// answers 2xx again within 10 s of the database being up; nothing half-written: every flow
// that says a code is on its way has its outbox message, and after the jobs ran (a later
// engine, on the test fixture) no flow is left in writing_back and nothing is left pending.
// Figures: answers by status while down, time to the first 503, time back after the start.

import { spawnSync } from 'node:child_process';
import { createFakeClock } from '../../packages/core/src/memory/fake-clock.js';
import type { FlowData } from '../../packages/core/src/recovery/flow-data.js';
import { createTestEngine } from '../../packages/core/src/testing/test-engine.js';
import { controls, start } from '../../scripts/services/postgres.mjs';
import {
  type Answer,
  BENCH_KEYS,
  BENCH_POLICY,
  benchHasher,
  benchUser,
  call,
  freshPostgresDatabase,
  Mailbox,
  openStores,
  option,
  percentile,
  resetByHttp,
  round,
  SHORT,
  scenario,
  seedUsers,
  startServer,
  UnexpectedAnswer,
} from './lib.js';

const run = scenario('db-restart');
const RESTARTS = option('restarts', SHORT ? 1 : 3);
const DOWN_MS = option('restart-down-seconds', SHORT ? 5 : 15) * 1000;
const USERS = SHORT ? 300 : 2000;

const helpers = {
  run(command: string, args: string[], options = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
  },
  aptInstall: () => false,
  isRoot: process.getuid?.() === 0,
};
const env = (await start(helpers)) as { OPENRESET_TEST_POSTGRES_URL: string };
const server = (controls as Map<string, { stop(): void; start(): void }>).get(
  env.OPENRESET_TEST_POSTGRES_URL,
);
if (server === undefined) throw new Error('no control for the PostgreSQL just started');
process.env.OPENRESET_TEST_POSTGRES_URL = env.OPENRESET_TEST_POSTGRES_URL;
const url = await freshPostgresDatabase('restart');
const target = { kind: 'postgres' as const, url };
const seeded = await openStores(target);
await seedUsers(seeded.directory, 0, USERS);
await seeded.storage.close();

const mailbox = new Mailbox();
const app = await startServer({ instance: 'restart', target, loopMs: 100 }, mailbox);

/** Every answer with the instant it came back. */
const answers: (Answer & { at: number; path: string })[] = [];
const unexpected: string[] = [];
let stopping = false;
let nextUser = 0;
const clients = Array.from({ length: 4 }, async () => {
  while (!stopping) {
    const index = nextUser++ % USERS;
    try {
      const steps = await resetByHttp([app.base], mailbox, index);
      for (const step of steps) answers.push({ ...step, at: Date.now(), path: 'reset' });
    } catch (error) {
      if (error instanceof UnexpectedAnswer)
        answers.push({ ...error.answer, at: Date.now(), path: error.step });
      else unexpected.push(String(error));
      // A refused step ends that flow; the next user starts a new one (as a person would retry).
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
});
const reader = (async () => {
  while (!stopping) {
    answers.push({ ...(await call(app.base, '/config')), at: Date.now(), path: 'config' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const windows: { down: number; up: number; firstUnavailableMs: number; backMs: number }[] = [];
await wait(5000);
for (let restart = 0; restart < RESTARTS; restart++) {
  const down = Date.now();
  server.stop();
  await wait(DOWN_MS);
  server.start();
  const up = Date.now();
  // Back: the first 2xx of a request that needs the database, after it is up.
  let back = -1;
  while (Date.now() - up < 60_000) {
    const answer = await call(app.base, '/reset', {
      identifier: benchUser(USERS + restart).username,
    });
    answers.push({ ...answer, at: Date.now(), path: 'probe' });
    if (answer.status === 200) {
      back = Date.now() - up;
      break;
    }
    await wait(50);
  }
  const first503 = answers.find((a) => a.at >= down && a.status === 503);
  windows.push({
    down,
    up,
    firstUnavailableMs: first503 === undefined ? -1 : first503.at - down,
    backMs: back,
  });
  await wait(5000);
}
stopping = true;
await Promise.all([...clients, reader]);
await app.stop();

// The answers while the database was away (stop to start, plus the seconds until it was back).
const during = answers.filter((a) =>
  windows.some((w) => a.at >= w.down && a.at <= w.up + Math.max(0, w.backMs)),
);
const byStatus: Record<number, number> = {};
for (const answer of during) byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
const unclean = during.filter(
  (a) => a.status >= 400 && !(a.status === 503 && a.retryAfter !== null),
);
const unavailable = during.filter((a) => a.status === 503);
const allUnclean =
  answers.filter((a) => a.status >= 500 && a.status !== 503).length +
  answers.filter((a) => a.status === 0).length;

// Nothing half-written: a later engine runs the jobs and drains the outbox, then look.
const clock = createFakeClock(new Date(Date.now() + 10 * 60_000));
const check = await openStores(target, clock);
const testbed = createTestEngine({
  storage: check.storage,
  directory: check.directory,
  clock,
  keys: BENCH_KEYS,
  hasher: benchHasher(),
  policy: BENCH_POLICY,
  channels: ['sms', 'email'],
});
const flows = await check.storage.flows.listExpired({
  before: new Date(8.64e15),
  states: ['awaiting_proof'],
  limit: 10_000,
});
let missingMessages = 0;
for (const flow of flows) {
  const messageId = (flow.data as unknown as FlowData).active?.messageId;
  if (
    messageId !== undefined &&
    (await check.storage.outbox.get(flow.tenantId, messageId)) === null
  ) {
    missingMessages += 1;
  }
}
await testbed.engine.scheduler.runDue();
while ((await testbed.engine.dispatcher.runOnce()).sent > 0);
const stuck = await check.storage.flows.listExpired({
  before: new Date(8.64e15),
  states: ['writing_back'],
  limit: 1000,
});
const pending = await check.storage.outbox.claim({
  now: new Date(clock.now().getTime() + 24 * 3_600_000),
  limit: 1000,
  leaseMs: 1000,
  leaseToken: 'final-check',
});
await check.storage.close();

Object.assign(run.figures, {
  restarts: RESTARTS,
  downSeconds: DOWN_MS / 1000,
  requests: answers.length,
  answersWhileDown: during.length,
  unavailable503: unavailable.length,
  unclean: unclean.length,
  fiveHundredsOrDropped: allUnclean,
  unavailableP99Ms: round(
    percentile(
      unavailable.map((a) => a.ms),
      99,
    ),
  ),
  firstUnavailableAfterStopMs: Math.max(...windows.map((w) => w.firstUnavailableMs)),
  backAfterStartMs: Math.max(...windows.map((w) => w.backMs)),
  awaitingProofFlows: flows.length,
  flowsWithoutTheirMessage: missingMessages,
  flowsStuckInWritingBack: stuck.length,
  outboxLeftPending: pending.length,
  byStatusWhileDown: byStatus,
  windows: windows.map((w) => ({ firstUnavailableMs: w.firstUnavailableMs, backMs: w.backMs })),
  uncleanExamples: unclean
    .slice(0, 5)
    .map((a) => `${a.path} ${a.status} ${JSON.stringify(a.body?.error)}`),
  unexpected: unexpected.slice(0, 5),
});
run.check('requests were refused while the database was away', unavailable.length > 0, byStatus);
run.check(
  'every refusal was 503 with Retry-After',
  unclean.length === 0,
  unclean.slice(0, 5).map((a) => `${a.path} ${a.status}`),
);
run.check('no 500 and no dropped connection, ever', allUnclean === 0, allUnclean);
run.check(
  '503s came quickly (p99 under 5 s)',
  percentile(
    unavailable.map((a) => a.ms),
    99,
  ) < 5000,
);
run.check(
  'back within 10 s of the database',
  windows.every((w) => w.backMs >= 0 && w.backMs < 10_000),
  windows,
);
run.check('every flow awaiting a code has its message', missingMessages === 0, missingMessages);
run.check('no flow stuck in writing_back after the jobs ran', stuck.length === 0, stuck.length);
run.check('nothing left pending in the outbox', pending.length === 0, pending.length);
run.check('no client error outside HTTP', unexpected.length === 0, unexpected.slice(0, 3));
run.finish();
