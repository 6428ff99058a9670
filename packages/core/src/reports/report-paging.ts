import {
  type CursorPart,
  type CursorPartType,
  type CursorPosition,
  decodeCursor,
  encodeCursor,
} from '../audit/audit-cursor.js';
import { checkInteger } from '../check-integer.js';
import { ErrorCode, OpenResetError } from '../errors.js';

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
