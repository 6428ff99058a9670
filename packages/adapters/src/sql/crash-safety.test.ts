import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { OPEN_FLOW_STATES } from '@openreset/core';
import { createFakeClock } from '@openreset/core/memory';
import { createTestEngine } from '@openreset/core/testing';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';
import { createSqlDirectory } from './sql-directory.js';
import { createSqliteStorage } from './sqlite-storage.js';

const CHILD = fileURLToPath(new URL('./testing/crash-child.mjs', import.meta.url));
const BUILT = [
  new URL('../../dist/sqlite.js', import.meta.url),
  new URL('../../dist/sql-directory.js', import.meta.url),
  new URL('../../../core/dist/index.js', import.meta.url),
];
const KEYS = [{ id: 'k1', secret: 'crash test secret of at least thirty-two bytes' }];
const hasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });
const folder = mkdtempSync(join(tmpdir(), 'openreset-crash-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Report {
  step: string;
  username?: string;
  flowToken?: string;
  newPassword?: string;
}

/** Runs the child until `killAfterMs` after it is ready, SIGKILLs it, returns what it reported. */
function runAndKill(filename: string, round: number, killAfterMs: number): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, filename, String(round)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const reports: Report[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const report = JSON.parse(line) as Report;
      reports.push(report);
      if (report.step === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child exited with ${code ?? signal}`));
      // Let readline deliver the last lines the pipe held.
      else setTimeout(() => resolve(reports), 50);
    });
  });
}

function flowIdOf(flowToken: string): string {
  return createHash('sha256').update(flowToken).digest('base64url');
}

describe('crash safety on SQLite', () => {
  it('after SIGKILLs at random points, nothing committed is lost and unfinished flows resume or expire', async () => {
    const missing = BUILT.filter((url) => !existsSync(url));
    expect(
      missing.map(String),
      'run `npm run build` first: the child uses the built packages',
    ).toEqual([]);
    const filename = join(folder, 'crash.db');
    const leftOpen: string[] = [];
    let completedTotal = 0;

    for (let round = 0; round < 6; round++) {
      const reports = await runAndKill(filename, round, 100 + Math.floor(Math.random() * 900));

      const storage = await createSqliteStorage({ filename });
      const directory = await createSqlDirectory({ db: storage, hasher });
      // The child's keys, and a clock at its time; a seed a round, so ids never repeat.
      const { engine, codeSentTo } = createTestEngine({
        storage,
        directory,
        hasher,
        keys: KEYS,
        clock: createFakeClock(new Date()),
        seed: round,
        // Admins need two kinds; only SMS has a sender here, so SMS is all a flow offers.
        channels: ['sms'],
        policy: { methods: ['mobileSms', 'email'] },
      });

      // Every step the child reported is in the file.
      const byFlow = new Map<string, Report[]>();
      for (const report of reports) {
        if (report.step === 'user') {
          expect(await directory.findUser(report.username ?? ''), report.username).not.toBeNull();
        }
        if (report.flowToken !== undefined) {
          byFlow.set(report.flowToken, [...(byFlow.get(report.flowToken) ?? []), report]);
        }
      }
      for (const [flowToken, steps] of byFlow) {
        const flow = await storage.flows.get('default', flowIdOf(flowToken));
        expect(flow, `the flow of ${steps[0]?.username}`).not.toBeNull();
        const last = steps.at(-1)?.step;
        const allowed: Record<string, string[]> = {
          started: ['choose_method', 'awaiting_proof', 'verified', 'writing_back', 'completed'],
          challenged: ['awaiting_proof', 'verified', 'writing_back', 'completed'],
          sent: ['awaiting_proof', 'verified', 'writing_back', 'completed'],
          verified: ['verified', 'writing_back', 'completed'],
          completing: ['verified', 'writing_back', 'completed'],
          completed: ['completed'],
        };
        expect(allowed[last ?? '']).toContain(flow?.state);
        const completing = steps.find((step) => step.step === 'completing');
        if (flow?.state === 'completed' && completing !== undefined) {
          const user = await directory.findUser(completing.username ?? '');
          expect(await directory.verifyPassword(user?.id ?? '', completing.newPassword ?? '')).toBe(
            true,
          );
          completedTotal += 1;
        }
      }

      // The flow the kill interrupted: resume it in even rounds, leave it to expire in odd ones.
      // One killed during the writeback (`writing_back`) cannot resume: the machine only
      // completes from `verified`; the reconcile-writeback job settles it (below).
      const lastToken = [...byFlow.keys()].at(-1);
      const interrupted =
        lastToken === undefined ? null : await storage.flows.get('default', flowIdOf(lastToken));
      if (lastToken !== undefined && interrupted !== null && interrupted.state !== 'completed') {
        if (round % 2 === 0 && interrupted.state !== 'writing_back') {
          let view = await engine.recovery.getFlow({ flowToken: lastToken });
          const methodId = view.methods[0]?.id ?? '';
          if (view.state === 'choose_method' || view.state === 'awaiting_proof') {
            await engine.recovery.challenge({
              flowToken: lastToken,
              methodId,
              confirm: '+31612345678',
            });
            const code = await codeSentTo('+31612345678');
            view = await engine.recovery.verify({ flowToken: lastToken, methodId, code });
          }
          expect(view.state).toBe('verified');
          const done = await engine.recovery.complete({
            flowToken: lastToken,
            newPassword: `resumed password ${round}`,
          });
          expect(done.state).toBe('completed');
          completedTotal += 1;
        } else {
          leftOpen.push(lastToken);
        }
      }

      const sqlite = new BetterSqlite3(filename, { readonly: true });
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
      await storage.close();
    }

    // A later run finds the abandoned flows and closes them.
    const storage = await createSqliteStorage({ filename });
    const directory = await createSqlDirectory({ db: storage, hasher });
    const { engine, clock } = createTestEngine({
      storage,
      directory,
      hasher,
      keys: KEYS,
      clock: createFakeClock(new Date(Date.now() + 60 * 60_000)),
      seed: 6,
    });
    // A flow killed in writing_back is settled against the directory, never expired: completed
    // when the password got there, else back to verified, which then expires like the others.
    expect(await engine.scheduler.runDue()).toContain('reconcile-writeback');
    // A flow whose start committed just before a kill, unreported, is open too.
    await engine.recovery.expireFlows();
    const { events: abandonedEvents } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.abandoned'],
      limit: 1000,
    });
    for (const flowToken of leftOpen) {
      const flow = await storage.flows.get('default', flowIdOf(flowToken));
      expect(['abandoned', 'completed']).toContain(flow?.state);
      // Each abandoned flow is audited once.
      const audited = abandonedEvents.filter((event) => event.correlationId === flow?.id);
      expect(audited).toHaveLength(flow?.state === 'abandoned' ? 1 : 0);
    }
    expect(
      await storage.flows.listExpired({
        before: clock.now(),
        states: OPEN_FLOW_STATES,
        limit: 100,
      }),
    ).toEqual([]);
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['password.reset'],
      limit: 1000,
    });
    expect(events.length).toBeGreaterThanOrEqual(completedTotal);
    await storage.close();
  }, 300_000); // 106 s with the machine at load 28 (2 cores): room for worse
});
