import type { AuditEvent, AuditEventType } from '../audit/audit-event.js';
import type { AuditStore } from '../ports/storage.js';
import { readAuditRows } from './report-paging.js';
import type { CsvColumn } from './to-csv.js';

/** Filters and paging of the audit viewer (`GET /admin/audit`). */
export interface AuditViewQuery {
  /** @default the tenant the reports were created for */
  tenantId?: string;
  /** Events at or after this instant. */
  from: Date;
  /** Events strictly before this instant. */
  to: Date;
  /** Only this type. */
  type?: AuditEventType;
  /** Only successes, or only failures. */
  result?: 'success' | 'failure';
  /** Only events about this user (directory id). */
  userId?: string;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Events per page, 1-1000. @default 100 */
  limit?: number;
}

/** One page of the audit viewer. */
export interface AuditViewPage {
  /** The events as stored, newest first. */
  events: AuditEvent[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** The report name in this report's cursors. */
const REPORT = 'audit';

/**
 * One page of the audit log for the viewer: the store's own query (range, type, user), the
 * `result` filter applied to what it returns ({@link readAuditRows}). Cost: O(limit + events
 * of the other result) per page.
 *
 * @throws {OpenResetError} `invalid_cursor` for a cursor this viewer did not return.
 */
export async function readAuditView(
  audit: AuditStore,
  tenantId: string,
  query: AuditViewQuery,
  limit: number,
): Promise<AuditViewPage> {
  const filter = {
    tenantId,
    from: query.from,
    to: query.to,
    ...(query.type === undefined ? {} : { types: [query.type] }),
    ...(query.userId === undefined ? {} : { userId: query.userId }),
  };
  const { rows, nextCursor } = await readAuditRows(
    audit,
    REPORT,
    { filter, cursor: query.cursor, limit },
    (event) => (query.result === undefined || event.result === query.result ? event : undefined),
  );
  return { events: rows, nextCursor };
}

/**
 * The CSV columns of the audit export: what every event has (who, whom, what, when, result),
 * then the rest of the event as JSON (method, intent, policy before and after, ...).
 */
export const AUDIT_COLUMNS: readonly CsvColumn<AuditEvent>[] = [
  { header: 'time', value: (event) => event.time },
  { header: 'type', value: (event) => event.type },
  { header: 'result', value: (event) => event.result },
  { header: 'reason', value: (event) => event.reason },
  { header: 'actorKind', value: (event) => event.actor.kind },
  { header: 'actorId', value: (event) => event.actor.id },
  { header: 'userId', value: (event) => event.target?.userId },
  { header: 'username', value: (event) => event.target?.username },
  { header: 'role', value: (event) => event.target?.role },
  { header: 'correlationId', value: (event) => event.correlationId },
  { header: 'ip', value: (event) => event.ip },
  { header: 'id', value: (event) => event.id },
  { header: 'details', value: detailsOf },
];

/** The fields of an event beyond the common columns, as JSON (empty when none). */
function detailsOf(event: AuditEvent): string {
  const {
    id: _id,
    type: _type,
    time: _time,
    tenantId: _tenant,
    actor: _actor,
    target: _target,
    result: _result,
    reason: _reason,
    correlationId: _correlation,
    ip: _ip,
    ...rest
  } = event;
  return Object.keys(rest).length === 0 ? '' : JSON.stringify(rest);
}
