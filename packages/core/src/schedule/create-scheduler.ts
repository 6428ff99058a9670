import { checkInteger } from '../check-integer.js';
import type { Clock } from '../ports/clock.js';
import type { CounterStore } from '../ports/storage.js';

/** Work an engine does on a schedule, once per period across every instance of a tenant. */
export interface ScheduledJob {
  /** A stable name: it keys the claims in the counter store. */
  name: string;
  /** The period, in ms: the job runs once in each (of the clock's epoch-aligned periods). */
  everyMs: number;
  run(): Promise<unknown>;
}

/** Options for {@link Scheduler.start}. */
export interface SchedulerStartOptions {
  /** How often to look for due jobs, in ms. @default 5000 */
  intervalMs?: number;
  /** Told about a job that threw; the others still run, and the job runs next period. */
  onError?: (error: unknown, job: string) => void;
}

/** Runs {@link ScheduledJob}s once per period, whichever instance gets there first. */
export interface Scheduler {
  /** Claims and runs every job whose current period nobody claimed yet; returns their names. */
  runDue(onError?: SchedulerStartOptions['onError']): Promise<string[]>;
  /**
   * Calls {@link Scheduler.runDue} in a loop, never two at once, until stopped.
   * @returns `stop`, which cancels the next look and resolves once a running one ends.
   */
  start(options?: SchedulerStartOptions): () => Promise<void>;
}

/** What {@link createScheduler} needs. */
export interface SchedulerDependencies {
  counters: CounterStore;
  clock: Clock;
  tenantId: string;
  jobs: readonly ScheduledJob[];
}

/**
 * Creates the {@link Scheduler}. A period is claimed by an atomic increment of a counter
 * named after the job and the period (`<tenant>:job:<name>:<period>`): the instance whose
 * increment returns 1 runs the job, every other one skips it. So N instances on one
 * PostgreSQL run each job once per period, with no lock held while it runs.
 */
export function createScheduler(deps: SchedulerDependencies): Scheduler {
  for (const job of deps.jobs) {
    checkInteger(`job ${job.name}: everyMs`, job.everyMs, 1000);
  }

  async function claim(job: ScheduledJob, now: Date): Promise<boolean> {
    const period = Math.floor(now.getTime() / job.everyMs);
    const state = await deps.counters.increment(`${deps.tenantId}:job:${job.name}:${period}`, {
      windowMs: job.everyMs,
      now,
    });
    return state.count === 1;
  }

  async function runDue(onError?: SchedulerStartOptions['onError']): Promise<string[]> {
    const ran: string[] = [];
    for (const job of deps.jobs) {
      try {
        if (!(await claim(job, deps.clock.now()))) continue;
        ran.push(job.name);
        await job.run();
      } catch (error) {
        onError?.(error, job.name);
      }
    }
    return ran;
  }

  let started = false;
  return {
    runDue,
    start(options = {}) {
      const intervalMs = options.intervalMs ?? 5000;
      checkInteger('intervalMs', intervalMs, 1);
      if (started) throw new TypeError('the scheduler is already started');
      started = true;
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<unknown> = Promise.resolve();
      const tick = () => {
        running = runDue(options.onError).finally(() => {
          if (!stopped) timer = setTimeout(tick, intervalMs);
        });
      };
      tick();
      return async () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        await running;
        started = false;
      };
    },
  };
}
