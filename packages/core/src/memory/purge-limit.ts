/** Refuses a purge batch size that is not an integer in 1..10000 (a `TypeError`). */
export function assertPurgeLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new TypeError(`limit must be an integer in 1..10000, got ${limit}`);
  }
}
