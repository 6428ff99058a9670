import type { Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, MINUTE, storeCases, TENANT, times } from './storage-fixtures.js';

const KEY = `${TENANT}:send:method-email`;
const WINDOW = { windowMs: MINUTE } as const;

/** The CounterStore contract: atomic increments and decrements, fixed windows, get without change, reset, purge. */
export function counterStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'counters', {
    'The first increment starts a window at now with count 1': async (counters) => {
      const expected = { count: 1, resetAt: at(MINUTE) };
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(0) }),
        expected,
        'counters.increment',
      );
      assert.equal(await counters.get(KEY, at(0)), expected, 'counters.get after one increment');
    },

    'Increments within a window count up and keep the end of the window': async (counters) => {
      const counts = [];
      for (const ms of [0, 1000, 30_000, MINUTE - 1])
        counts.push(await counters.increment(KEY, { ...WINDOW, now: at(ms) }));
      assert.equal(
        counts,
        times(4, (index) => ({ count: index + 1, resetAt: at(MINUTE) })),
        'four increments within one window',
      );
    },

    '50 concurrent increments yield exactly the counts 1 to 50': async (counters) => {
      const states = await Promise.all(
        times(50, () => counters.increment(KEY, { ...WINDOW, now: at(0) })),
      );
      assert.equal(
        states.map((state) => state.count).sort((a, b) => a - b),
        times(50, (index) => index + 1),
        'the counts returned by 50 concurrent increments, sorted',
      );
      assert.equal(
        await counters.get(KEY, at(0)),
        { count: 50, resetAt: at(MINUTE) },
        'counters.get afterwards',
      );
    },

    'A window that ended at or before now restarts at 1': async (counters) => {
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.increment(KEY, { ...WINDOW, now: at(1000) });
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(MINUTE) }),
        { count: 1, resetAt: at(2 * MINUTE) },
        'an increment exactly when the window ends',
      );
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(5 * MINUTE) }),
        { count: 1, resetAt: at(6 * MINUTE) },
        'an increment long after the window ended',
      );
    },

    'get reports the current window without changing it, and nothing once it has ended': async (
      counters,
    ) => {
      assert.equal(
        await counters.get(KEY, at(0)),
        { count: 0, resetAt: null },
        'counters.get of an unknown key',
      );
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.get(KEY, at(1000));
      await counters.get(KEY, at(2000));
      assert.equal(
        await counters.get(KEY, at(3000)),
        { count: 1, resetAt: at(MINUTE) },
        'counters.get after gets',
      );
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(4000) }),
        { count: 2, resetAt: at(MINUTE) },
        'the increment after three gets',
      );
      assert.equal(
        await counters.get(KEY, at(MINUTE)),
        { count: 0, resetAt: null },
        'counters.get when the window ends',
      );
    },

    'decrement takes one back in an open window, never below 0, never starting one': async (
      counters,
    ) => {
      await counters.decrement(KEY, at(0));
      assert.equal(
        await counters.get(KEY, at(0)),
        { count: 0, resetAt: null },
        'counters.get after decrementing an unknown key',
      );
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.decrement(KEY, at(1000));
      assert.equal(
        await counters.get(KEY, at(1000)),
        { count: 1, resetAt: at(MINUTE) },
        'counters.get after two increments and one decrement',
      );
      await counters.decrement(KEY, at(1000));
      await counters.decrement(KEY, at(1000));
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(2000) }),
        { count: 1, resetAt: at(MINUTE) },
        'the increment after decrementing past 0 (same window)',
      );
      await counters.decrement(KEY, at(MINUTE));
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(MINUTE) }),
        { count: 1, resetAt: at(2 * MINUTE) },
        'a decrement after the window ended changes nothing',
      );
    },

    '50 concurrent increments and 20 decrements all apply': async (counters) => {
      await Promise.all(times(20, () => counters.increment(KEY, { ...WINDOW, now: at(0) })));
      await Promise.all([
        ...times(50, () => counters.increment(KEY, { ...WINDOW, now: at(0) })),
        ...times(20, () => counters.decrement(KEY, at(0))),
      ]);
      assert.equal(
        await counters.get(KEY, at(0)),
        { count: 50, resetAt: at(MINUTE) },
        'counters.get after 70 increments and 20 decrements',
      );
    },

    'reset clears a counter, and the next increment starts at 1': async (counters) => {
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.increment(KEY, { ...WINDOW, now: at(0) });
      await counters.reset(KEY);
      assert.equal(
        await counters.get(KEY, at(1000)),
        { count: 0, resetAt: null },
        'counters.get after reset',
      );
      assert.equal(
        await counters.increment(KEY, { ...WINDOW, now: at(1000) }),
        { count: 1, resetAt: at(MINUTE + 1000) },
        'the increment after reset',
      );
      await counters.reset('never-incremented');
    },

    'Counters with different keys are independent, whatever characters the keys hold': async (
      counters,
    ) => {
      const keys = [
        KEY,
        `${KEY}:x`,
        'tenant-b:send:method-email',
        '%_*()\\\'"; ünï ☎',
        'k'.repeat(256),
      ];
      for (const [index, key] of keys.entries()) {
        for (let hit = 0; hit <= index; hit++)
          await counters.increment(key, { windowMs: (index + 1) * MINUTE, now: at(0) });
      }
      for (const [index, key] of keys.entries()) {
        assert.equal(
          await counters.get(key, at(0)),
          { count: index + 1, resetAt: at((index + 1) * MINUTE) },
          `the counter for key #${index}`,
        );
      }
      await counters.reset(KEY);
      assert.equal(
        (await counters.get(`${KEY}:x`, at(0))).count,
        2,
        'a key sharing a prefix after reset',
      );
    },

    'deleteExpired removes ended windows only, up to the limit': async (counters) => {
      for (const minutes of [1, 2, 3, 10]) {
        await counters.increment(`${KEY}:${minutes}`, { windowMs: minutes * MINUTE, now: at(0) });
      }
      // At 3 minutes the 1, 2 and 3 minute windows have ended (an end at `now` counts).
      assert.equal(await counters.deleteExpired(at(3 * MINUTE), 2), 2, 'deleted with limit 2');
      assert.equal(await counters.deleteExpired(at(3 * MINUTE), 100), 1, 'deleted after that');
      assert.equal(
        await counters.deleteExpired(at(3 * MINUTE), 100),
        0,
        'deleted once none is left',
      );
      assert.equal(
        await counters.get(`${KEY}:10`, at(3 * MINUTE)),
        { count: 1, resetAt: at(10 * MINUTE) },
        'the open window',
      );
      // A deleted key starts a new window on its next hit.
      assert.equal(
        await counters.increment(`${KEY}:1`, { windowMs: MINUTE, now: at(4 * MINUTE) }),
        { count: 1, resetAt: at(5 * MINUTE) },
        'a hit on a deleted key',
      );
    },
  });
}
