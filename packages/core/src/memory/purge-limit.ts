import { checkInteger } from '../check-integer.js';

/** Refuses a purge batch size that is not an integer in 1..10000 (a `TypeError`). */
export function assertPurgeLimit(limit: number): void {
  checkInteger('limit', limit, 1, 10_000);
}
