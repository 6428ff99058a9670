import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../limits/rate-limit.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryCounterStore } from '../memory/memory-counter-store.js';
import { RecoveryError } from './recovery-error.js';
import { spendLimit } from './spend-limit.js';

const MINUTE = 60_000;

describe('spendLimit', () => {
  it('spends max hits on the key in its window, then refuses with rate_limited, what and when', async () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    const rateLimit = createRateLimit(createMemoryCounterStore(), clock);
    const limit = { key: 't:sends:a', windowMs: 10 * MINUTE, max: 2, what: 'codes' };
    await spendLimit(rateLimit, limit);
    await spendLimit(rateLimit, limit);
    // Another key has a budget of its own.
    await spendLimit(rateLimit, { ...limit, key: 't:sends:b' });
    clock.advance(4 * MINUTE);
    const refused = await spendLimit(rateLimit, limit).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RecoveryError);
    expect(refused).toMatchObject({
      code: 'rate_limited',
      message: 'Too many codes',
      retryAfterSeconds: 6 * 60,
    });
    clock.advance(6 * MINUTE);
    await expect(spendLimit(rateLimit, limit)).resolves.toBeUndefined();
  });
});
