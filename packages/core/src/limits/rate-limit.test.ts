import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryCounterStore } from '../memory/memory-counter-store.js';
import { createRateLimit } from './rate-limit.js';

const MINUTE = 60_000;

function setup() {
  const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
  const counters = createMemoryCounterStore();
  return { clock, counters, rateLimit: createRateLimit(counters, clock) };
}

describe('rate limit', () => {
  it('allows max hits per window and refuses the one beyond', async () => {
    const { rateLimit } = setup();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await rateLimit.hit('t:ip:a', 15 * MINUTE, 3));
    expect(results.map((r) => [r.allowed, r.count])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 4],
    ]);
  });

  it('counts each key on its own', async () => {
    const { rateLimit } = setup();
    await rateLimit.hit('t1:ip:a', MINUTE, 1);
    expect(await rateLimit.hit('t2:ip:a', MINUTE, 1)).toMatchObject({ allowed: true, count: 1 });
    expect(await rateLimit.hit('t1:ip:a', MINUTE, 1)).toMatchObject({ allowed: false, count: 2 });
  });

  it('says how many seconds remain in the window, rounded up', async () => {
    const { clock, rateLimit } = setup();
    expect((await rateLimit.hit('k', 15 * MINUTE, 1)).retryAfterSeconds).toBe(15 * 60);
    clock.advance(15 * MINUTE - 1_500);
    expect((await rateLimit.hit('k', 15 * MINUTE, 1)).retryAfterSeconds).toBe(2);
    clock.advance(1_000);
    expect((await rateLimit.hit('k', 15 * MINUTE, 1)).retryAfterSeconds).toBe(1);
  });

  it('opens again when the window ends', async () => {
    const { clock, rateLimit } = setup();
    await rateLimit.hit('k', MINUTE, 1);
    expect((await rateLimit.hit('k', MINUTE, 1)).allowed).toBe(false);
    clock.advance(MINUTE);
    expect(await rateLimit.hit('k', MINUTE, 1)).toMatchObject({ allowed: true, count: 1 });
  });

  it('never asks to retry sooner than one second, nor when there is no window', () => {
    const { clock, rateLimit } = setup();
    const now = clock.now().getTime();
    expect(rateLimit.retryAfter(null)).toBe(1);
    expect(rateLimit.retryAfter(new Date(now))).toBe(1);
    expect(rateLimit.retryAfter(new Date(now - 10_000))).toBe(1);
    expect(rateLimit.retryAfter(new Date(now + 1))).toBe(1);
    expect(rateLimit.retryAfter(new Date(now + 1_001))).toBe(2);
    expect(rateLimit.retryAfter(new Date(now + 30_000))).toBe(30);
  });
});
