import { checkInteger } from '../check-integer.js';
import type { CounterState, CounterStore } from '../ports/storage.js';
import { assertPurgeLimit } from './purge-limit.js';

/**
 * The reference {@link CounterStore}: fixed windows in a `Map`, incremented in one
 * synchronous section so concurrent increments never lose a hit. A window that ended at
 * or before `now` counts as absent. Ended windows stay in memory until the key is hit,
 * reset or purged (`deleteExpired`); this store is meant for tests, demos and
 * single-process apps.
 *
 * @throws {TypeError} from `increment` when `windowMs` is not a positive integer.
 */
export function createMemoryCounterStore(): CounterStore {
  const counters = new Map<string, { count: number; resetAt: Date }>();
  const none = (): CounterState => ({ count: 0, resetAt: null });

  return {
    async increment(key, { windowMs, now }) {
      checkInteger('windowMs', windowMs, 1);
      const current = counters.get(key);
      const counter =
        current !== undefined && current.resetAt.getTime() > now.getTime()
          ? { count: current.count + 1, resetAt: current.resetAt }
          : { count: 1, resetAt: new Date(now.getTime() + windowMs) };
      counters.set(key, counter);
      return { count: counter.count, resetAt: new Date(counter.resetAt.getTime()) };
    },

    async get(key, now) {
      const current = counters.get(key);
      if (current === undefined || current.resetAt.getTime() <= now.getTime()) return none();
      return { count: current.count, resetAt: new Date(current.resetAt.getTime()) };
    },

    async decrement(key, now) {
      const current = counters.get(key);
      if (current === undefined || current.resetAt.getTime() <= now.getTime()) return;
      counters.set(key, { count: Math.max(0, current.count - 1), resetAt: current.resetAt });
    },

    async reset(key) {
      counters.delete(key);
    },

    async deleteExpired(now, limit) {
      assertPurgeLimit(limit);
      let deleted = 0;
      for (const [key, counter] of counters) {
        if (deleted >= limit) break;
        if (counter.resetAt.getTime() <= now.getTime()) {
          counters.delete(key);
          deleted += 1;
        }
      }
      return deleted;
    },
  };
}
