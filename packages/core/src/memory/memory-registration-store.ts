import { checkInteger } from '../check-integer.js';
import {
  checkNextRevision,
  type RegistrationStore,
  type UserRegistration,
} from '../ports/storage.js';

/**
 * The reference {@link RegistrationStore}: a `Map` keyed by tenant and user id, with
 * compare-and-set saves in one synchronous section. Records are deep-copied on the way in
 * and out. `list` orders user ids by code unit (as SQL `COLLATE "C"`).
 *
 * @throws {TypeError} from `save` when `revision` is not `(expectedRevision ?? 0) + 1`, and
 *   from `list` when `limit` is not an integer in 1..1000.
 */
export function createMemoryRegistrationStore(): RegistrationStore {
  const registrations = new Map<string, UserRegistration>();
  const key = (tenantId: string, userId: string) => JSON.stringify([tenantId, userId]);

  return {
    async get(tenantId, userId) {
      const registration = registrations.get(key(tenantId, userId));
      return registration === undefined ? null : structuredClone(registration);
    },

    async save(registration, expectedRevision) {
      checkNextRevision('registration', registration.revision, expectedRevision);
      const registrationKey = key(registration.tenantId, registration.userId);
      const stored = registrations.get(registrationKey);
      const holds =
        expectedRevision === null ? stored === undefined : stored?.revision === expectedRevision;
      if (!holds) return false;
      registrations.set(registrationKey, structuredClone(registration));
      return true;
    },

    async delete(tenantId, userId) {
      registrations.delete(key(tenantId, userId));
    },

    async list(tenantId, { after, limit }) {
      checkInteger('limit', limit, 1, 1000);
      return [...registrations.values()]
        .filter(
          (registration) =>
            registration.tenantId === tenantId &&
            (after === undefined || registration.userId > after),
        )
        .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
        .slice(0, limit)
        .map((registration) => structuredClone(registration));
    },
  };
}
