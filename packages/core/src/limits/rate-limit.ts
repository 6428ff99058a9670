import type { Clock } from '../ports/clock.js';
import type { CounterStore } from '../ports/storage.js';

/** The outcome of one {@link RateLimit.hit}. */
export interface RateLimitResult {
  /** Whether this hit is within the limit. */
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

/** Fixed-window limits over the storage counters, shared by every service. */
export interface RateLimit {
  /** Counts a hit on `key` and says whether it is within `max` per `windowMs`. */
  hit(key: string, windowMs: number, max: number): Promise<RateLimitResult>;
  /** Seconds from now until `resetAt` (at least 1). */
  retryAfter(resetAt: Date | null): number;
}

/** Creates a {@link RateLimit}. Counting happens before the action, atomically in storage. */
export function createRateLimit(counters: CounterStore, clock: Clock): RateLimit {
  function retryAfter(resetAt: Date | null): number {
    if (resetAt === null) return 1;
    return Math.max(1, Math.ceil((resetAt.getTime() - clock.now().getTime()) / 1000));
  }
  return {
    async hit(key, windowMs, max) {
      const state = await counters.increment(key, { windowMs, now: clock.now() });
      return {
        allowed: state.count <= max,
        count: state.count,
        retryAfterSeconds: retryAfter(state.resetAt),
      };
    },
    retryAfter,
  };
}
