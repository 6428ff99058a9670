import { type AuditPosition, decodeAuditCursor, encodeAuditCursor } from '../audit/audit-cursor.js';
import type { AuditEvent } from '../audit/audit-event.js';
import { checkInteger } from '../check-integer.js';
import { OpenResetError } from '../errors.js';
import type { AuditPage, AuditQuery, AuditStore } from '../ports/storage.js';
import { createMemoryReportRollup } from './memory-report-rollup.js';
import { assertPurgeLimit } from './purge-limit.js';

interface StoredEvent {
  /** `event.time` as epoch milliseconds, for ordering and range filters. */
  timeMs: number;
  /** `event.id`, kept beside `timeMs` so comparisons need not reach into the event. */
  id: string;
  event: AuditEvent;
}

/**
 * One tenant's events, each list sorted oldest first by (`timeMs`, `id`). The same stored
 * event sits in `all` and in the lists of its flow and of its target user, so a query with
 * `correlationId` or `userId` only walks that flow's or user's events.
 */
interface TenantLog {
  all: StoredEvent[];
  byCorrelation: Map<string, StoredEvent[]>;
  byUser: Map<string, StoredEvent[]>;
}

/**
 * The reference {@link AuditStore}, in memory. `query` orders newest first by (`time`, `id`)
 * descending (ids in code-unit order, as SQL `COLLATE "C"`), and its cursor is a keyset
 * position, so events appended between pages never repeat or shift a page. Events are
 * deep-copied on the way in and out.
 *
 * Events are kept per tenant in arrays sorted by (`time`, `id`), with a per-flow
 * (`correlationId`) and a per-user index. Appending in time order, as a log does, is O(1)
 * amortized (an older event is inserted in place, O(n)). A query finds the end of its range
 * (`to` or the cursor) and its start (`from`) by binary search, O(log n), then walks back
 * from the end over the range only until it has `limit + 1` matches, so paging through a
 * range reads each of its events once.
 *
 * The reset report's rollups (`resetRollup`, see `createMemoryReportRollup`) are updated in
 * the same synchronous step as each append.
 *
 * @throws {TypeError} from `append` when `event.time` is not a timestamp, and from `query`
 *   when `limit` is not an integer in 1..1000; `OpenResetError` `invalid_cursor` from `query`
 *   when `cursor` did not come from this store.
 */
export function createMemoryAuditStore(): AuditStore {
  const tenants = new Map<string, TenantLog>();
  const ids = new Set<string>();
  const rollup = createMemoryReportRollup((tenantId) =>
    (tenants.get(tenantId)?.all ?? []).map((stored) => stored.event),
  );

  function tenantLog(tenantId: string): TenantLog {
    let log = tenants.get(tenantId);
    if (log === undefined) {
      log = { all: [], byCorrelation: new Map(), byUser: new Map() };
      tenants.set(tenantId, log);
    }
    return log;
  }

  return {
    async append(event) {
      const timeMs = Date.parse(event.time);
      if (Number.isNaN(timeMs))
        throw new TypeError(`event.time must be an ISO 8601 timestamp, got ${event.time}`);
      if (ids.has(event.id))
        throw new OpenResetError('already_exists', 'An audit event with this id already exists');
      ids.add(event.id);
      const stored: StoredEvent = { timeMs, id: event.id, event: cloneJson(event) };
      const log = tenantLog(event.tenantId);
      insertSorted(log.all, stored);
      insertSorted(listOf(log.byCorrelation, event.correlationId), stored);
      if (event.target !== undefined) insertSorted(listOf(log.byUser, event.target.userId), stored);
      rollup.record(stored.event);
    },

    resetRollup: { flows: rollup.flows, daily: rollup.daily, rebuild: rollup.rebuild },

    async query(query: AuditQuery): Promise<AuditPage> {
      const { limit } = query;
      checkInteger('limit', limit, 1, 1000);
      const after = query.cursor === undefined ? null : decodeAuditCursor(query.cursor);
      const log = tenants.get(query.tenantId);
      if (log === undefined) return { events: [], nextCursor: null };
      const list =
        query.correlationId !== undefined
          ? log.byCorrelation.get(query.correlationId)
          : query.userId !== undefined
            ? log.byUser.get(query.userId)
            : log.all;
      if (list === undefined) return { events: [], nextCursor: null };

      // [low, high) is the slice of `list` the range and the cursor allow.
      let high = list.length;
      if (query.to !== undefined) high = Math.min(high, firstAtOrAfter(list, query.to.getTime()));
      if (after !== null) high = Math.min(high, firstNotBefore(list, after));
      const low = query.from === undefined ? 0 : firstAtOrAfter(list, query.from.getTime());
      const types = query.types === undefined ? null : new Set<string>(query.types);

      const page: StoredEvent[] = [];
      let more = false;
      for (let index = high - 1; index >= low; index--) {
        const stored = list[index] as StoredEvent;
        const { event } = stored;
        if (types !== null && !types.has(event.type)) continue;
        if (query.userId !== undefined && event.target?.userId !== query.userId) continue;
        if (query.correlationId !== undefined && event.correlationId !== query.correlationId)
          continue;
        if (page.length === limit) {
          more = true;
          break;
        }
        page.push(stored);
      }
      const last = page.at(-1);
      return {
        events: page.map((stored) => cloneJson(stored.event)),
        nextCursor: more && last !== undefined ? encodeAuditCursor(last) : null,
      };
    },

    async deleteBefore(tenantId, before, limit) {
      assertPurgeLimit(limit);
      const log = tenants.get(tenantId);
      if (log === undefined) return 0;
      // Oldest first: the first `count` events of the sorted list.
      const count = Math.min(limit, firstAtOrAfter(log.all, before.getTime()));
      const gone = new Set(log.all.splice(0, count));
      const prune = (index: Map<string, StoredEvent[]>) => {
        for (const [key, list] of index) {
          const kept = list.filter((stored) => !gone.has(stored));
          if (kept.length === 0) index.delete(key);
          else index.set(key, kept);
        }
      };
      prune(log.byCorrelation);
      prune(log.byUser);
      for (const stored of gone) ids.delete(stored.id);
      return gone.size;
    },
  };
}

function listOf(index: Map<string, StoredEvent[]>, key: string): StoredEvent[] {
  let list = index.get(key);
  if (list === undefined) {
    list = [];
    index.set(key, list);
  }
  return list;
}

/** Orders by (`timeMs`, `id`) ascending, ids in code-unit order. */
function compare(a: AuditPosition, b: AuditPosition): number {
  return a.timeMs - b.timeMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Inserts keeping `list` sorted; an event newer than every other (the usual case) is pushed. */
function insertSorted(list: StoredEvent[], stored: StoredEvent): void {
  const last = list.at(-1);
  if (last === undefined || compare(last, stored) <= 0) {
    list.push(stored);
    return;
  }
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as StoredEvent, stored) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, stored);
}

/** The index of the first event at or after `timeMs` (`list.length` if none; NaN finds none). */
function firstAtOrAfter(list: readonly StoredEvent[], timeMs: number): number {
  if (Number.isNaN(timeMs)) return list.length;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as StoredEvent).timeMs < timeMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first event not before `position` in oldest-first order. */
function firstNotBefore(list: readonly StoredEvent[], position: AuditPosition): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as StoredEvent, position) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A deep copy of a JSON-shaped value (plain objects, arrays, primitives), several times
 * faster than `structuredClone` for the small objects audit events are. Anything else (a
 * `Date`, a `Map`) is left to `structuredClone`.
 */
function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      items[index] = typeof item === 'object' && item !== null ? cloneJson(item) : item;
    }
    return items as T;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    // Primitives (most fields) are copied without a call.
    const item = typeof field === 'object' && field !== null ? cloneJson(field) : field;
    // An own `__proto__` key (JSON.parse makes one) must stay a key, not set the prototype.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else copy[key] = item;
  }
  return copy as T;
}
