import type { Clock } from '../ports/clock.js';

/** A {@link Clock} that only moves when a test moves it. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms` milliseconds (a non-negative finite number). */
  advance(ms: number): void;
  /** Jumps to `date`, forward or back (to simulate clock skew). */
  set(date: Date): void;
}

/**
 * A clock for tests, so expiry and rate windows are tested without waiting and without
 * mocking `Date`. `now()` MUST return a fresh copy each time.
 *
 * @throws {TypeError} when `start` (or a later `set`) is an invalid date, or `advance` is
 *   given a negative or non-finite number.
 *
 * @example
 * ```ts
 * const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
 * clock.advance(5 * 60_000); // the code has expired
 * ```
 */
export function createFakeClock(start: Date): FakeClock {
  let nowMs = toMs(start);
  return {
    now: () => new Date(nowMs),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new TypeError(`advance needs a non-negative number of ms, got ${ms}`);
      nowMs += ms;
    },
    set(date) {
      nowMs = toMs(date);
    },
  };
}

function toMs(date: Date): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new TypeError('the fake clock needs a valid Date');
  return ms;
}
