import { checkInteger } from '../check-integer.js';
import { OpenResetError } from '../errors.js';
import type { OutboxMessage, OutboxStore } from '../ports/storage.js';
import { assertPurgeLimit } from './purge-limit.js';

/**
 * The reference {@link OutboxStore}: messages in a `Map` by id (ids are unique across
 * tenants, since `markSent` and `markFailed` name no tenant). `claim` selects and leases in
 * one synchronous section, so two claimers never hold one message. A lease has run out
 * when `leaseUntil` is at or before `now`; `markSent` and `markFailed` need the current
 * lease token of a pending message. Messages are deep-copied on the way in and out.
 *
 * @throws {TypeError} from `claim` when `limit` or `leaseMs` is not a positive integer.
 */
export function createMemoryOutboxStore(): OutboxStore {
  const messages = new Map<string, OutboxMessage>();

  /** The pending message `leaseToken` holds, or `undefined`. */
  const leased = (id: string, leaseToken: string) => {
    const message = messages.get(id);
    return message !== undefined &&
      message.status === 'pending' &&
      message.leaseToken === leaseToken
      ? message
      : undefined;
  };

  return {
    async enqueue(message) {
      if (messages.has(message.id)) {
        throw new OpenResetError('already_exists', 'An outbox message with this id already exists');
      }
      const copy = structuredClone(message);
      messages.set(message.id, {
        ...copy,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(copy.createdAt.getTime()),
        leaseUntil: null,
        leaseToken: null,
        sentAt: null,
        lastError: null,
      });
    },

    async claim({ now, limit, leaseMs, leaseToken }) {
      checkInteger('limit', limit, 1);
      checkInteger('leaseMs', leaseMs, 1);
      const nowMs = now.getTime();
      const due = [...messages.values()]
        .filter(
          (message) =>
            message.status === 'pending' &&
            message.nextAttemptAt.getTime() <= nowMs &&
            (message.leaseUntil === null || message.leaseUntil.getTime() <= nowMs),
        )
        .sort(
          (a, b) =>
            a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() ||
            a.createdAt.getTime() - b.createdAt.getTime() ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .slice(0, limit);
      for (const message of due) {
        message.leaseUntil = new Date(nowMs + leaseMs);
        message.leaseToken = leaseToken;
        message.attempts += 1;
      }
      return due.map((message) => structuredClone(message));
    },

    async markSent(id, leaseToken, sentAt) {
      const message = leased(id, leaseToken);
      if (message === undefined) return false;
      message.status = 'sent';
      message.sentAt = new Date(sentAt.getTime());
      message.payload = null;
      message.leaseUntil = null;
      message.leaseToken = null;
      return true;
    },

    async markFailed(id, leaseToken, { error, retryAt }) {
      const message = leased(id, leaseToken);
      if (message === undefined) return false;
      message.lastError = error;
      message.leaseUntil = null;
      message.leaseToken = null;
      if (retryAt === null) {
        message.status = 'failed';
        message.payload = null;
      } else {
        message.nextAttemptAt = new Date(retryAt.getTime());
      }
      return true;
    },

    async get(tenantId, id) {
      const message = messages.get(id);
      return message === undefined || message.tenantId !== tenantId
        ? null
        : structuredClone(message);
    },

    async listByCorrelation(tenantId, correlationId) {
      return [...messages.values()]
        .filter(
          (message) => message.tenantId === tenantId && message.correlationId === correlationId,
        )
        .sort(
          (a, b) =>
            a.createdAt.getTime() - b.createdAt.getTime() ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .map((message) => structuredClone(message));
    },

    async deleteFinished(before, limit) {
      assertPurgeLimit(limit);
      let deleted = 0;
      for (const [id, message] of messages) {
        if (deleted >= limit) break;
        if (message.status !== 'pending' && message.createdAt.getTime() < before.getTime()) {
          messages.delete(id);
          deleted += 1;
        }
      }
      return deleted;
    },
  };
}
