import { checkNextRevision, type PolicyStore, type StoredPolicy } from '../ports/storage.js';

/**
 * The reference {@link PolicyStore}: one record per tenant, compare-and-set saves in one
 * synchronous section, deep copies on the way in and out.
 *
 * @throws {TypeError} from `save` when `revision` is not `(expectedRevision ?? 0) + 1`.
 */
export function createMemoryPolicyStore(): PolicyStore {
  const policies = new Map<string, StoredPolicy>();

  return {
    async get(tenantId) {
      const policy = policies.get(tenantId);
      return policy === undefined ? null : structuredClone(policy);
    },

    async save(policy, expectedRevision) {
      checkNextRevision('policy', policy.revision, expectedRevision);
      const stored = policies.get(policy.tenantId);
      const holds =
        expectedRevision === null ? stored === undefined : stored?.revision === expectedRevision;
      if (!holds) return false;
      policies.set(policy.tenantId, structuredClone(policy));
      return true;
    },
  };
}
