import {
  type CursorPart,
  type CursorPartType,
  type CursorPosition,
  decodeCursor,
  encodeCursor,
} from '../audit/audit-cursor.js';
import type { AuditEvent } from '../audit/audit-event.js';
import { checkInteger } from '../check-integer.js';
import { ErrorCode, OpenResetError } from '../errors.js';
import type { AuditQuery, AuditStore } from '../ports/storage.js';

/** Rows per report page when the query names no `limit`. */
export const DEFAULT_REPORT_LIMIT = 100;

/** The most rows one report page may ask for. */
export const MAX_REPORT_LIMIT = 1000;

/**
 * An opaque cursor for a report: the {@link encodeCursor} of the report's name followed by
 * a keyset position. The name keeps a cursor of one report from being read by another.
 */
export function encodeReportCursor(report: string, position: readonly CursorPart[]): string {
  return encodeCursor([report, ...position]);
}

/**
 * The position in a cursor made by {@link encodeReportCursor} for `report`, checked
 * against `shape` (the type of each part).
 *
 * @throws {OpenResetError} code `invalid_cursor` for anything else (cursors come back from
 *   clients, so they are untrusted input).
 */
export function decodeReportCursor<const Shape extends readonly CursorPartType[]>(
  cursor: string,
  report: string,
  shape: Shape,
): CursorPosition<Shape> {
  const value = decodeCursor(cursor, ['string', ...shape]);
  if (value === null || value[0] !== report) {
    throw new OpenResetError(
      ErrorCode.InvalidCursor,
      `cursor is not one the ${report} report returned`,
    );
  }
  return value.slice(1) as CursorPosition<Shape>;
}

/** What a paged query is given to read one page: no cursor for the first, then the last page's. */
export interface PageRequest {
  /** The `nextCursor` of the page before; absent for the first page. */
  cursor?: string;
}

/**
 * Every page of a paged query, first to last: calls `readPage` with no cursor, then with
 * each page's `nextCursor`, until a page returns `null`. The one loop over pages, for
 * exports and for reading the whole audit log; callers spread the request into their query.
 *
 * @example
 * ```ts
 * for await (const page of readAllPages((request) => audit.query({ ...query, ...request, limit })))
 *   handle(page.events);
 * ```
 */
export async function* readAllPages<Page extends { nextCursor: string | null }>(
  readPage: (request: PageRequest) => Promise<Page>,
): AsyncGenerator<Page> {
  let request: PageRequest = {};
  for (;;) {
    const page = await readPage(request);
    yield page;
    if (page.nextCursor === null) return;
    request = { cursor: page.nextCursor };
  }
}

/**
 * The page size a report query asks for.
 *
 * @throws {TypeError} when `limit` is given and is not an integer from 1 to 1000.
 */
export function resolveReportLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_REPORT_LIMIT;
  checkInteger('limit', limit, 1, MAX_REPORT_LIMIT);
  return limit;
}

/** A page of report rows with the cursor of the next one. */
export interface RowPage<Row> {
  rows: Row[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * One page of a report read from the audit store: the store's own pages of the events that
 * `filter` selects, each event turned into a row by `toRow` (`undefined` skips it), its cursor
 * wrapped as a `report` cursor (one cursor codec for every report). Each store query asks
 * only for the rows still missing and every event it returns is looked at, so the store's
 * cursor is exact and a page is full unless the range is exhausted. Cost: O(limit + skipped
 * events) rows read per page, plus the store's seek.
 *
 * @param cursor The report cursor of the page before; absent for the first page.
 * @throws {OpenResetError} `invalid_cursor` for a cursor this report did not return.
 */
export async function readAuditRows<Row>(
  audit: AuditStore,
  report: string,
  page: { filter: Omit<AuditQuery, 'cursor' | 'limit'>; cursor: string | undefined; limit: number },
  toRow: (event: AuditEvent) => Row | undefined,
): Promise<RowPage<Row>> {
  const { filter, limit } = page;
  let cursor: string | null =
    page.cursor === undefined ? null : decodeReportCursor(page.cursor, report, ['string'])[0];
  const rows: Row[] = [];
  let first = true;
  while (first || (cursor !== null && rows.length < limit)) {
    first = false;
    const stored = await audit.query({
      ...filter,
      limit: limit - rows.length,
      ...(cursor === null ? {} : { cursor }),
    });
    for (const event of stored.events) {
      const row = toRow(event);
      if (row !== undefined) rows.push(row);
    }
    cursor = stored.nextCursor;
  }
  return { rows, nextCursor: cursor === null ? null : encodeReportCursor(report, [cursor]) };
}

/**
 * Checks a report's date range: two valid dates, `from` not after `to`.
 *
 * @throws {TypeError} otherwise.
 */
export function checkReportRange(from: Date, to: Date): void {
  const valid = (date: Date) => date instanceof Date && !Number.isNaN(date.getTime());
  if (!valid(from) || !valid(to)) throw new TypeError('from and to must be valid dates');
  if (from.getTime() > to.getTime()) throw new TypeError('from must not be after to');
}
