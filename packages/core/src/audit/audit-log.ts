import { encodeBase64Url } from '../crypto/encoding.js';
import type { Clock } from '../ports/clock.js';
import type { Random } from '../ports/random.js';
import type { AuditPage, AuditQuery, AuditStore } from '../ports/storage.js';
import type { AuditEvent } from './audit-event.js';

/** An audit event before the log stamps it: everything but `id` and `time`. */
export type AuditEventInput = AuditEvent extends infer Event
  ? Event extends AuditEvent
    ? Omit<Event, 'id' | 'time'>
    : never
  : never;

/** Writes and reads audit events. */
export interface AuditLog {
  /** Stamps the event with a random id and the current UTC time, and appends it. */
  record(event: AuditEventInput): Promise<AuditEvent>;
  /** A page of events, newest first (see {@link AuditStore.query}). */
  query(query: AuditQuery): Promise<AuditPage>;
}

/** What {@link createAuditLog} needs. */
export interface AuditLogDependencies {
  store: AuditStore;
  clock: Clock;
  random: Random;
  /**
   * Called with each event once it is appended, and awaited (in the same transaction when
   * the caller runs one): the engine queues webhooks and starts its audit hooks here.
   */
  onRecord?: (event: AuditEvent) => Promise<void>;
}

/**
 * The audit log over an {@link AuditStore}. Events are typed so that no field can hold a
 * code, answer, password or token (ASVS 7.1.1).
 */
export function createAuditLog({ store, clock, random, onRecord }: AuditLogDependencies): AuditLog {
  return {
    async record(input) {
      const event = {
        ...input,
        id: encodeBase64Url(random.bytes(16)),
        time: clock.now().toISOString(),
      } as AuditEvent;
      await store.append(event);
      await onRecord?.(event);
      return event;
    },
    query: (query) => store.query(query),
  };
}
