import type { Storage } from '../ports/storage.js';
import { createMemoryAuditStore } from './memory-audit-store.js';
import { createMemoryChallengeStore } from './memory-challenge-store.js';
import { createMemoryCounterStore } from './memory-counter-store.js';
import { createMemoryFlowStore } from './memory-flow-store.js';
import { createMemoryOutboxStore } from './memory-outbox-store.js';
import { createMemoryPolicyStore } from './memory-policy-store.js';
import { createMemoryRegistrationStore } from './memory-registration-store.js';

/**
 * An empty in-memory {@link Storage}: the reference implementation of every storage
 * contract, for tests, Storybook and single-process demos. Nothing survives a restart and
 * nothing is shared between processes; use the SQLite or PostgreSQL adapter for that.
 *
 * It MUST pass `storageConformance` from `@openreset/core/testing`. Every record is
 * deep-copied on the way in and out (callers cannot change stored state by mutating an
 * object), and every check-and-write runs without an `await` in between, so it is atomic.
 * API misuse (a wrong `revision`, an out-of-range `limit`) throws `TypeError`.
 *
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * await storage.policies.save({ tenantId: 'default', policy: {}, revision: 1, updatedAt: new Date() }, null);
 * ```
 */
export function createMemoryStorage(): Storage {
  return {
    flows: createMemoryFlowStore(),
    challenges: createMemoryChallengeStore(),
    registrations: createMemoryRegistrationStore(),
    audit: createMemoryAuditStore(),
    outbox: createMemoryOutboxStore(),
    counters: createMemoryCounterStore(),
    policies: createMemoryPolicyStore(),
  };
}
