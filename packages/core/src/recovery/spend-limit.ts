import type { RateLimit } from '../limits/rate-limit.js';
import { fail } from './recovery-error.js';

/** Spends one of `max` in the window, or refuses the step with `rate_limited` ("Too many {what}"). */
export async function spendLimit(
  rateLimit: RateLimit,
  limit: { key: string; windowMs: number; max: number; what: string },
): Promise<void> {
  const result = await rateLimit.hit(limit.key, limit.windowMs, limit.max);
  if (!result.allowed) {
    fail('rate_limited', `Too many ${limit.what}`, { retryAfterSeconds: result.retryAfterSeconds });
  }
}
