import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START } from '../testing/test-engine.js';
import { createScheduler, type ScheduledJob } from './create-scheduler.js';

const MINUTE = 60_000;

function counting(name: string, everyMs = MINUTE): ScheduledJob & { runs: number } {
  const job = {
    name,
    everyMs,
    runs: 0,
    async run() {
      job.runs += 1;
    },
  };
  return job;
}

describe('createScheduler', () => {
  it('runs each job once per period across instances on one store', async () => {
    const storage = createMemoryStorage();
    const clock = createFakeClock(new Date('2030-01-01T00:00:10Z'));
    const job = counting('sweep');
    const instances = Array.from({ length: 5 }, () =>
      createScheduler({ counters: storage.counters, clock, tenantId: 't', jobs: [job] }),
    );
    const ran = await Promise.all(instances.map((scheduler) => scheduler.runDue()));
    expect(ran.flat()).toEqual(['sweep']);
    expect(job.runs).toBe(1);
    // Still the same period (it started at 00:00:00): nothing more.
    clock.advance(49_999);
    await Promise.all(instances.map((scheduler) => scheduler.runDue()));
    expect(job.runs).toBe(1);
    clock.advance(1);
    await Promise.all(instances.map((scheduler) => scheduler.runDue()));
    expect(job.runs).toBe(2);
  });

  it('keeps tenants and jobs apart, and goes on when a job throws', async () => {
    const storage = createMemoryStorage();
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const broken: ScheduledJob = {
      name: 'broken',
      everyMs: MINUTE,
      run: async () => {
        throw new Error('boom');
      },
    };
    const daily = counting('daily', 24 * 60 * MINUTE);
    const errors: string[] = [];
    for (const tenantId of ['a', 'b']) {
      const scheduler = createScheduler({
        counters: storage.counters,
        clock,
        tenantId,
        jobs: [broken, daily],
      });
      expect(await scheduler.runDue((error, job) => errors.push(`${job}: ${error}`))).toEqual([
        'broken',
        'daily',
      ]);
    }
    expect(daily.runs).toBe(2);
    expect(errors).toEqual(['broken: Error: boom', 'broken: Error: boom']);
  });

  it('refuses periods under a second', () => {
    const storage = createMemoryStorage();
    const clock = createFakeClock(TEST_START);
    expect(() =>
      createScheduler({
        counters: storage.counters,
        clock,
        tenantId: 't',
        jobs: [counting('fast', 10)],
      }),
    ).toThrow('job fast: everyMs must be an integer of at least 1000');
  });
});

describe('engine.start and engine.stop', () => {
  it('expire unfinished flows once a minute, whichever instance gets there first', async () => {
    const first = createTestEngine();
    const second = createTestEngine({ storage: first.storage, seed: 2 });
    const flow = await first.engine.recovery.start({ identifier: 'alice' });
    first.clock.advance(16 * MINUTE);
    second.clock.advance(16 * MINUTE);
    const ran = await Promise.all([
      first.engine.scheduler.runDue(),
      second.engine.scheduler.runDue(),
    ]);
    expect(ran.flat().sort()).toEqual([
      'directory-status',
      'expire-flows',
      'expiry-warnings',
      'purge',
      'reconcile-writeback',
      'registration-reminders',
      'reset-request-notices',
    ]);
    expect(
      (await rejection(first.engine.recovery.getFlow({ flowToken: flow.flowToken }))).code,
    ).toBe('flow_expired');
    const { events } = await first.storage.audit.query({
      tenantId: 'default',
      types: ['flow.abandoned'],
      limit: 10,
    });
    expect(events).toHaveLength(1);
  });

  it('start the dispatcher and the scheduler, refuse a second start, and stop both', async () => {
    const { engine, messaging } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const stop = engine.start({ dispatchIntervalMs: 10, scheduleIntervalMs: 10 });
    expect(() => engine.start()).toThrow('the engine is already started');
    await expect
      .poll(() => messaging.sent.length, { timeout: 10_000, interval: 20 })
      .toBeGreaterThan(0);
    await stop();
    await engine.stop();
    // Stopped: it can start again.
    const again = engine.start();
    await again();
  });
});
