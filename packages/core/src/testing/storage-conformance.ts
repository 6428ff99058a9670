import type { Storage } from '../ports/storage.js';
import { auditStoreCases } from './audit-store-cases.js';
import { challengeStoreCases } from './challenge-store-cases.js';
import type { ConformanceCase } from './conformance-case.js';
import { counterStoreCases } from './counter-store-cases.js';
import { flowStoreCases } from './flow-store-cases.js';
import { outboxStoreCases } from './outbox-store-cases.js';
import { policyStoreCases } from './policy-store-cases.js';
import { registrationStoreCases } from './registration-store-cases.js';

/**
 * The conformance suite for {@link Storage}: every method of every sub-store and every
 * MUST in its contract, including tenant isolation, compare-and-set races, single-use
 * consumption under 50 concurrent calls, leased outbox claims and atomic counters.
 *
 * Each case calls `createStorage` once and MUST get a fresh, empty storage (a new SQLite
 * file, a truncated PostgreSQL schema): cases assume nothing else is stored. Timestamps in
 * the cases have millisecond precision; tenant ids are `tenant-a` and `tenant-b`.
 *
 * @example
 * ```ts
 * import { storageConformance } from '@openreset/core/testing';
 *
 * describe('SQLite storage', () => {
 *   for (const c of storageConformance(async () => createSqliteStorage(':memory:'))) it(c.name, c.run);
 * });
 * ```
 */
export function storageConformance(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return [
    ...flowStoreCases(createStorage),
    ...challengeStoreCases(createStorage),
    ...registrationStoreCases(createStorage),
    ...auditStoreCases(createStorage),
    ...outboxStoreCases(createStorage),
    ...counterStoreCases(createStorage),
    ...policyStoreCases(createStorage),
  ];
}
