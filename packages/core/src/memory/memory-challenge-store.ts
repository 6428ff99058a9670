import type { ChallengeRecord, ChallengeStore } from '../ports/storage.js';
import { assertPurgeLimit } from './purge-limit.js';

/**
 * The reference {@link ChallengeStore}: one record per (tenant, flow, method) in a `Map`.
 * Records are deep-copied on the way in and out; every check-and-write (resend,
 * consume) runs in one synchronous section, so it is atomic in single-threaded
 * JavaScript and `consume` succeeds at most once.
 *
 * A challenge is expired when `now` is at or after `expiresAt`.
 */
export function createMemoryChallengeStore(): ChallengeStore {
  const challenges = new Map<string, ChallengeRecord>();
  const key = (tenantId: string, flowId: string, methodId: string) =>
    JSON.stringify([tenantId, flowId, methodId]);

  return {
    async issue(challenge) {
      const challengeKey = key(challenge.tenantId, challenge.flowId, challenge.methodId);
      const previous = challenges.get(challengeKey);
      const record: ChallengeRecord = {
        ...structuredClone(challenge),
        sends: (previous?.sends ?? 0) + 1,
        consumedAt: null,
      };
      challenges.set(challengeKey, record);
      return structuredClone(record);
    },

    async get(tenantId, flowId, methodId) {
      const record = challenges.get(key(tenantId, flowId, methodId));
      return record === undefined ? null : structuredClone(record);
    },

    async consume(tenantId, flowId, methodId, secretHash, now) {
      const record = challenges.get(key(tenantId, flowId, methodId));
      // Plain `===` is fine here: both sides are HMACs, and timing reveals nothing about the code.
      if (
        record === undefined ||
        record.consumedAt !== null ||
        now.getTime() >= record.expiresAt.getTime() ||
        record.secretHash !== secretHash
      ) {
        return false;
      }
      record.consumedAt = new Date(now.getTime());
      return true;
    },

    async deleteByFlow(tenantId, flowId) {
      for (const [challengeKey, record] of challenges) {
        if (record.tenantId === tenantId && record.flowId === flowId)
          challenges.delete(challengeKey);
      }
    },

    async deleteExpired({ flowIdPrefix, now, limit }) {
      assertPurgeLimit(limit);
      let deleted = 0;
      for (const [challengeKey, record] of challenges) {
        if (deleted === limit) break;
        if (record.flowId.startsWith(flowIdPrefix) && record.expiresAt.getTime() <= now.getTime()) {
          challenges.delete(challengeKey);
          deleted += 1;
        }
      }
      return deleted;
    },
  };
}
