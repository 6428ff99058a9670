import { addressBlock } from '../limits/address-block.js';
import type { RateLimit } from '../limits/rate-limit.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import type { RouteLimit } from './http-routes.js';

/** A per-IP limit: at most `max` requests per `windowMs`. */
export interface HttpRateLimit {
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

/** The per-IP limits when `HttpOptions.rateLimits` names none. */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RouteLimit, HttpRateLimit>> = {
  reset: { max: 30, windowMs: 10 * MINUTE },
  flow: { max: 300, windowMs: 10 * MINUTE },
  account: { max: 60, windowMs: 10 * MINUTE },
};

/** What {@link createAddressLimiter} counts. */
export interface AddressLimiterOptions {
  /** Each limit, or `false` where it is off. */
  limits: Readonly<Record<RouteLimit, HttpRateLimit | false>>;
  /** The tenant the counters are kept for; `undefined` is the engine's own (counted as `*`). */
  tenantId: string | undefined;
}

/** Counts a request against one per-address limit; throws 429 once it is used up. */
export type AddressLimiter = (limit: RouteLimit, ip: string | undefined) => Promise<void>;

/**
 * Creates the per-address limits of the HTTP routes, kept in `counters.rateLimit` (the
 * engine's counters). An IPv6 address counts by its /64 (see `addressBlock`); a request
 * without a known address is not counted.
 */
export function createAddressLimiter(
  counters: { rateLimit: Pick<RateLimit, 'hit'> },
  options: AddressLimiterOptions,
): AddressLimiter {
  const tenantKey = options.tenantId ?? '*';
  return async function limitByAddress(name, ip) {
    const limit = options.limits[name];
    if (limit === false || ip === undefined) return;
    const result = await counters.rateLimit.hit(
      `http:${tenantKey}:${name}:${addressBlock(ip)}`,
      limit.windowMs,
      limit.max,
    );
    if (!result.allowed) {
      throw new HttpError(429, HttpErrorCode.RateLimited, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  };
}
