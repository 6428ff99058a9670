import type { FakeClock } from '../memory/fake-clock.js';

/**
 * A {@link FakeClock} that runs with real time (`Date.now()` plus an offset) and can still
 * be moved: for a page where time passes (a countdown the engine must agree with, a
 * signed-in caller's `authTime: new Date()`) and a test or story expires a flow by moving
 * it on. Pass it as `createTestEngine({ clock })`.
 *
 * @throws {TypeError} when `advance` is given a negative or non-finite number, or `set` an
 *   invalid date.
 *
 * @example
 * ```ts
 * const { engine, clock } = createTestEngine({ clock: createRunningClock() });
 * clock.advance(2 * 60 * 60_000); // two hours later: the flow has expired
 * ```
 */
export function createRunningClock(): FakeClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new TypeError(`advance needs a non-negative number of ms, got ${ms}`);
      offsetMs += ms;
    },
    set(date) {
      const ms = date instanceof Date ? date.getTime() : Number.NaN;
      if (Number.isNaN(ms)) throw new TypeError('the running clock needs a valid Date');
      offsetMs = ms - Date.now();
    },
  };
}
