import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory, type MemoryDirectory } from '../memory/memory-directory.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import { DirectoryError } from '../ports/directory.js';
import { createTestEngine, TEST_START, TEST_USERS } from '../testing/test-engine.js';
import { WRITEBACK_RECONCILE_AFTER_MS } from './reconcile-writeback.js';

const ALICE_MOBILE = '+31612345678';
const NEW_PASSWORD = 'violet harbour quantum teapots';

/**
 * How the directory's `resetPassword` behaves: `normal`; `dies-after` writes the password and
 * never returns (the process died before the flow moved on); `dies-before` never writes it.
 */
type Writeback = 'normal' | 'dies-after' | 'dies-before';

/** A test engine whose directory can "die" mid-writeback, and alice's flow made `verified`. */
async function verifiedFlow(intent: 'reset' | 'unlock' = 'reset') {
  const clock = createFakeClock(TEST_START);
  const mode: { writeback: Writeback; unreachable: boolean; reached: () => void } = {
    writeback: 'normal',
    unreachable: false,
    reached: () => {},
  };
  const memory = createMemoryDirectory({
    hasher: createPbkdf2Hasher({ iterations: 1000, random: createSeededRandom(2) }),
    clock,
    users: TEST_USERS.map((user) =>
      user.username === 'alice' ? { ...user, lockedOut: true } : user,
    ),
  });
  const directory = new Proxy(memory, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'getUser' && mode.unreachable) {
        return () => Promise.reject(new DirectoryError('unavailable', 'down'));
      }
      if ((key === 'resetPassword' || key === 'unlock') && mode.writeback !== 'normal') {
        return async (...args: unknown[]) => {
          if (mode.writeback === 'dies-after') {
            await (value as (...a: unknown[]) => Promise<void>).apply(target, args);
          }
          mode.reached();
          return new Promise(() => {});
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as MemoryDirectory;
  const testbed = createTestEngine({
    directory,
    clock,
    policy: { methods: ['mobileSms', 'email'] },
  });
  const { engine, codeSentTo } = testbed;
  const flow = await engine.recovery.start({ identifier: 'alice', intent });
  const methodId = flow.methods.find((m) => m.type === 'mobileSms')?.id ?? '';
  await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: ALICE_MOBILE });
  const code = await codeSentTo(ALICE_MOBILE);
  await engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
  const state = async () => {
    const flows = await testbed.storage.flows.listExpired({
      before: new Date(8.64e15),
      states: ['verified', 'writing_back', 'completed', 'abandoned'],
      limit: 10,
    });
    return flows.map((f) => f.state);
  };
  const events = async (type: Parameters<typeof engine.audit.query>[0]['types']) =>
    (await engine.audit.query({ tenantId: 'default', types: type, limit: 10 })).events;
  /** Starts `complete`, which hangs in writing_back like a process that died there. */
  const dieInWriteback = async (writeback: Writeback) => {
    mode.writeback = writeback;
    const reached = new Promise<void>((resolve) => {
      mode.reached = resolve;
    });
    void engine.recovery.complete({
      flowToken: flow.flowToken,
      ...(intent === 'reset' ? { newPassword: NEW_PASSWORD } : {}),
    });
    await reached;
    expect(await state()).toEqual(['writing_back']);
    mode.writeback = 'normal';
  };
  return { ...testbed, flow, memory, mode, state, events, dieInWriteback };
}

/** Moves the clock on and runs whatever jobs are due, as `engine.start()` does. */
async function later(testbed: Awaited<ReturnType<typeof verifiedFlow>>, ms: number) {
  testbed.clock.advance(ms);
  return testbed.engine.scheduler.runDue();
}

describe('the reconcile-writeback job', () => {
  it('completes a reset whose password reached the directory before the process died', async () => {
    const testbed = await verifiedFlow();
    await testbed.dieInWriteback('dies-after');
    expect(await testbed.memory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
    // Not before the bound: a slow directory write may still be running.
    expect(await later(testbed, 60_000)).toContain('reconcile-writeback');
    expect(await testbed.state()).toEqual(['writing_back']);
    await later(testbed, WRITEBACK_RECONCILE_AFTER_MS);
    expect(await testbed.state()).toEqual(['completed']);
    // The dying process audited the change before it died: not audited twice.
    expect(await testbed.events(['password.reset'])).toHaveLength(1);
  });

  it('audits a reset it completes when the dying process had not (reason reconciled)', async () => {
    const testbed = await verifiedFlow();
    await testbed.dieInWriteback('dies-before');
    // The password changes anyway (another instance retried the write), then the job runs.
    await testbed.memory.resetPassword('u-alice', NEW_PASSWORD, { unlock: true });
    await later(testbed, WRITEBACK_RECONCILE_AFTER_MS + 60_000);
    expect(await testbed.state()).toEqual(['completed']);
    expect(await testbed.events(['password.reset'])).toMatchObject([
      { result: 'success', reason: 'reconciled', methods: ['mobileSms'] },
    ]);
  });

  it('fails a reset whose password never reached the directory, and the user can try again', async () => {
    const testbed = await verifiedFlow();
    await testbed.dieInWriteback('dies-before');
    await later(testbed, WRITEBACK_RECONCILE_AFTER_MS + 60_000);
    expect(await testbed.state()).toEqual(['verified']);
    const failures = await testbed.events(['writeback.failed', 'password.reset_failed']);
    expect(failures.map((event) => [event.type, event.reason]).sort()).toEqual([
      ['password.reset_failed', 'interrupted'],
      ['writeback.failed', 'interrupted'],
    ]);
    const done = await testbed.engine.recovery.complete({
      flowToken: testbed.flow.flowToken,
      newPassword: NEW_PASSWORD,
    });
    expect(done.state).toBe('completed');
    expect(await testbed.memory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
  });

  it('settles an unlock by whether the account is still locked out', async () => {
    const done = await verifiedFlow('unlock');
    await done.dieInWriteback('dies-after');
    await later(done, WRITEBACK_RECONCILE_AFTER_MS + 60_000);
    expect(await done.state()).toEqual(['completed']);
    expect(await done.events(['account.unlocked'])).toHaveLength(1);

    const undone = await verifiedFlow('unlock');
    await undone.dieInWriteback('dies-before');
    await later(undone, WRITEBACK_RECONCILE_AFTER_MS + 60_000);
    expect(await undone.state()).toEqual(['verified']);
  });

  it('never lets a flow in writing_back expire, and waits for an unreachable directory', async () => {
    const testbed = await verifiedFlow();
    await testbed.dieInWriteback('dies-after');
    testbed.mode.unreachable = true;
    // Far past the flow's expiry: expire-flows runs each minute, and leaves it alone.
    for (let minute = 0; minute < 30; minute++) await later(testbed, 60_000);
    expect(await testbed.engine.recovery.expireFlows()).toBe(0);
    expect(await testbed.state()).toEqual(['writing_back']);
    testbed.mode.unreachable = false;
    await later(testbed, 60_000);
    expect(await testbed.state()).toEqual(['completed']);
    expect(await testbed.events(['flow.abandoned'])).toEqual([]);
  });
});
