import type { AuditEvent } from '../audit/audit-event.js';
import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import { ErrorCode, OpenResetError } from '../errors.js';
import type { AuditPage, AuditQuery, AuditStore } from '../ports/storage.js';

interface StoredEvent {
  /** `event.time` as epoch milliseconds, for ordering and range filters. */
  timeMs: number;
  event: AuditEvent;
}

/** Where a page ended: the (time, id) of its last event. */
interface Position {
  timeMs: number;
  id: string;
}

/**
 * The reference {@link AuditStore}: an append-only array. `query` orders newest first by
 * (`time`, `id`) descending (ids in code-unit order, as SQL `COLLATE "C"`), and its cursor
 * is a keyset position, so events appended between pages never repeat or shift a page.
 * Events are deep-copied on the way in and out.
 *
 * @throws {TypeError} from `append` when `event.time` is not a timestamp, and from `query`
 *   when `limit` is not an integer in 1..1000; `OpenResetError` `invalid_cursor` from `query`
 *   when `cursor` did not come from this store.
 */
export function createMemoryAuditStore(): AuditStore {
  const events: StoredEvent[] = [];
  const ids = new Set<string>();

  return {
    async append(event) {
      const timeMs = Date.parse(event.time);
      if (Number.isNaN(timeMs))
        throw new TypeError(`event.time must be an ISO 8601 timestamp, got ${event.time}`);
      if (ids.has(event.id))
        throw new OpenResetError('already_exists', 'An audit event with this id already exists');
      ids.add(event.id);
      events.push({ timeMs, event: structuredClone(event) });
    },

    async query(query: AuditQuery): Promise<AuditPage> {
      const { limit } = query;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new TypeError(`limit must be an integer from 1 to 1000, got ${limit}`);
      }
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      const matches = events
        .filter(
          (stored) => matchesQuery(stored, query) && (after === null || isAfter(stored, after)),
        )
        .sort((a, b) => b.timeMs - a.timeMs || compareText(b.event.id, a.event.id));
      const page = matches.slice(0, limit);
      const last = page.at(-1);
      return {
        events: page.map((stored) => structuredClone(stored.event)),
        nextCursor:
          matches.length > limit && last !== undefined
            ? encodeCursor({ timeMs: last.timeMs, id: last.event.id })
            : null,
      };
    },
  };
}

function matchesQuery({ timeMs, event }: StoredEvent, query: AuditQuery): boolean {
  return (
    event.tenantId === query.tenantId &&
    (query.from === undefined || timeMs >= query.from.getTime()) &&
    (query.to === undefined || timeMs < query.to.getTime()) &&
    (query.types === undefined || query.types.includes(event.type)) &&
    (query.userId === undefined || event.target?.userId === query.userId) &&
    (query.correlationId === undefined || event.correlationId === query.correlationId)
  );
}

/** True when `stored` comes after `position` in newest-first order. */
function isAfter(stored: StoredEvent, position: Position): boolean {
  return (
    stored.timeMs < position.timeMs ||
    (stored.timeMs === position.timeMs && stored.event.id < position.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function encodeCursor(position: Position): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify([position.timeMs, position.id])));
}

function decodeCursor(cursor: string): Position {
  const bytes = decodeBase64Url(cursor);
  if (bytes !== null) {
    try {
      const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      if (
        Array.isArray(value) &&
        value.length === 2 &&
        Number.isSafeInteger(value[0]) &&
        typeof value[1] === 'string'
      ) {
        return { timeMs: value[0] as number, id: value[1] };
      }
    } catch {
      // Falls through to the error below.
    }
  }
  throw new OpenResetError(ErrorCode.InvalidCursor, 'cursor is not one this audit store returned');
}
