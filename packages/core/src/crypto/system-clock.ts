import type { Clock } from '../ports/clock.js';

/**
 * The real wall clock. Production code receives it as its default {@link Clock}; tests
 * pass a fake one (`createFakeClock` from `@openreset/core/memory`) instead.
 *
 * MUST return a fresh `Date` on every call, so callers can never change the clock's
 * notion of time by mutating a returned value.
 */
export const systemClock: Clock = {
  now: () => new Date(),
};
