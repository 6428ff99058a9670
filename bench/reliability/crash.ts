// Crash: a child process (crash-child.ts) runs resets and registrations on SQLite, then on
// PostgreSQL, and is killed with SIGKILL at a random point (0.5-4 s after it is ready),
// restarted, killed again..., until it reported N operations committed (full 200, short 6;
// --crash-ops). Each restart runs further ahead on the clock, so its background jobs see
// what the killed run left as a restarted server would. Then one more engine (the test
// fixture, on the same database) settles: jobs due, outbox drained.
//
// Invariants, against the child's fsync'd side channel:
// - 0 committed results lost: every user, completed reset (its new password works) and
//   registration the child reported is in the database;
// - 0 flows stuck: no flow left in writing_back; a reset killed during complete ends
//   completed with the new password, or not completed with the old password still valid;
// - the outbox delivers everything: every code of a challenge that committed reached its
//   recipient, nothing is left pending; a message goes out twice only when the kill fell
//   between the provider's acceptance and the outbox's record of it (delivery is at least
//   once by design: at most one such message per kill, per dispatcher).
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeClock } from '../../packages/core/src/memory/fake-clock.js';
import { createTestEngine } from '../../packages/core/src/testing/test-engine.js';
import {
  BENCH_KEYS,
  BENCH_POLICY,
  benchHasher,
  freshPostgresDatabase,
  openStores,
  option,
  SHORT,
  type StoreTarget,
  scenario,
} from './lib.js';

const run = scenario('crash');
const OPS = option('crash-ops', SHORT ? 6 : 200);
const CHILD = fileURLToPath(new URL('./crash-child.mjs', import.meta.url));
const STEP_MS = 3 * 60_000;

interface Line {
  step?: string;
  username?: string;
  userId?: string;
  flowToken?: string;
  password?: string;
  value?: string;
  to?: string;
  text?: string;
}
const read = (path: string): Line[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Line];
          } catch {
            return []; // a line torn by the kill was never fsync'd: not reported
          }
        })
    : [];

/** Runs the child until `killAfterMs` after it is ready, then SIGKILLs it. */
function runAndKill(config: Record<string, unknown>, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(config)], {
      execArgv: ['--enable-source-maps'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the child was not ready in 120 s'));
    }, 120_000);
    child.on('message', (message: { type?: string }) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child exited with ${code ?? signal}`));
    });
  });
}

async function crashOn(name: string, target: StoreTarget, folder: string) {
  const log = join(folder, `${name}.log`);
  const sentLog = join(folder, `${name}.sent.log`);
  const committed = () =>
    read(log).filter((l) => l.step === 'completed' || l.step === 'registered').length;
  let kills = 0;
  const started = Date.now();
  // At least two kills even when a fast machine commits OPS before the first one: the
  // invariants are about what survives kills.
  while (committed() < OPS || kills < 2) {
    await runAndKill(
      { target, log, sentLog, run: kills, offsetMs: kills * STEP_MS },
      500 + Math.floor(Math.random() * 3500),
    );
    kills += 1;
    if (kills > 500) throw new Error('no progress after 500 runs');
  }
  const crashMs = Date.now() - started;

  // The restart that settles: an engine on the same database, later still, jobs and outbox.
  const clock = createFakeClock(new Date(Date.now() + (kills + 1) * STEP_MS));
  const { storage, directory } = await openStores(target, clock);
  const testbed = createTestEngine({
    storage,
    directory,
    clock,
    keys: BENCH_KEYS,
    hasher: benchHasher(),
    policy: BENCH_POLICY,
    channels: ['sms', 'email'],
  });
  for (let minute = 0; minute < 5; minute++) {
    await testbed.engine.scheduler.runDue();
    while ((await testbed.engine.dispatcher.runOnce()).sent > 0);
    clock.advance(60_000);
  }

  const lines = read(log);
  const sent = [
    ...read(sentLog).map((l) => `${l.to} ${l.text}`),
    ...testbed.messaging.sent.map(
      (s) => `${s.message.to} ${'text' in s.message ? s.message.text : ''}`,
    ),
  ];
  const sentCount = new Map<string, number>();
  for (const key of sent) sentCount.set(key, (sentCount.get(key) ?? 0) + 1);
  const duplicates = [...sentCount.values()].filter((n) => n > 1).length;

  let lost = 0;
  const lostExamples: string[] = [];
  const miss = (what: string) => {
    lost += 1;
    if (lostExamples.length < 5) lostExamples.push(what);
  };
  for (const line of lines.filter((l) => l.step === 'user')) {
    if ((await directory.findUser(line.username ?? '')) === null) miss(`user ${line.username}`);
  }
  for (const line of lines.filter((l) => l.step === 'completed')) {
    if (!(await directory.verifyPassword(line.userId ?? '', line.password ?? '')))
      miss(`reset ${line.username}`);
  }
  for (const line of lines.filter((l) => l.step === 'registered')) {
    const registration = await storage.registrations.get('default', line.userId ?? '');
    if (!registration?.methods.some((m) => m.kind === 'email'))
      miss(`registration ${line.username}`);
  }
  // Every committed challenge's code reached its recipient (by the child or the restart).
  const recipients = new Set(sent.map((key) => key.split(' ')[0]));
  let undelivered = 0;
  for (const line of lines.filter((l) => l.step === 'challenged'))
    if (!recipients.has(line.to)) undelivered += 1;

  // Resets killed during complete: settled, never stuck.
  const done = new Set(lines.filter((l) => l.step === 'completed').map((l) => l.username));
  const interrupted = lines.filter((l) => l.step === 'completing' && !done.has(l.username));
  let interruptedCompleted = 0;
  let inconsistent = 0;
  for (const line of interrupted) {
    const newWorks = await directory.verifyPassword(line.userId ?? '', line.password ?? '');
    const oldWorks = await directory.verifyPassword(line.userId ?? '', 'the first password of all');
    if (newWorks) interruptedCompleted += 1;
    if (newWorks === oldWorks) inconsistent += 1;
  }
  const stuck = await storage.flows.listExpired({
    before: new Date(8.64e15),
    states: ['writing_back'],
    limit: 1000,
  });
  const pending = await storage.outbox.claim({
    now: new Date(clock.now().getTime() + 24 * 3_600_000),
    limit: 1000,
    leaseMs: 1000,
    leaseToken: 'final-check',
  });
  const reconciled = (
    await storage.audit.query({
      tenantId: 'default',
      types: ['password.reset', 'writeback.failed'],
      limit: 1000,
    })
  ).events.filter(
    (event) => event.reason === 'reconciled' || event.reason === 'interrupted',
  ).length;
  await storage.close();

  const figures = {
    operations: lines.filter((l) => l.step === 'completed' || l.step === 'registered').length,
    resets: lines.filter((l) => l.step === 'completed').length,
    registrations: lines.filter((l) => l.step === 'registered').length,
    kills,
    seconds: Math.round(crashMs / 1000),
    committedLost: lost,
    killedDuringComplete: interrupted.length,
    ofWhichCompleted: interruptedCompleted,
    reconciledByJob: reconciled,
    flowsStuckInWritingBack: stuck.length,
    messagesSent: sent.length,
    undeliveredCodes: undelivered,
    messagesSentTwice: duplicates,
    outboxLeftPending: pending.length,
  };
  run.figures[name] = figures;
  run.check(
    `${name}: ${OPS}+ operations committed across kills`,
    figures.operations >= OPS && kills >= 2,
    figures,
  );
  run.check(`${name}: 0 committed results lost`, lost === 0, lostExamples);
  run.check(`${name}: 0 flows stuck in writing_back`, stuck.length === 0, stuck.length);
  run.check(
    `${name}: an interrupted reset has either password, never both or neither`,
    inconsistent === 0,
    inconsistent,
  );
  run.check(
    `${name}: every committed challenge's code was delivered`,
    undelivered === 0,
    undelivered,
  );
  run.check(`${name}: nothing left pending in the outbox`, pending.length === 0, pending.length);
  run.check(
    `${name}: a message went out twice only for a kill mid-send (at most one per kill)`,
    duplicates <= kills,
    { duplicates, kills },
  );
}

const folder = mkdtempSync(join(tmpdir(), 'openreset-crash-'));
try {
  await crashOn('sqlite', { kind: 'sqlite', filename: join(folder, 'crash.db') }, folder);
  await crashOn(
    'postgres',
    { kind: 'postgres', url: await freshPostgresDatabase('crash') },
    folder,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
run.finish();
