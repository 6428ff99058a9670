import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import { ErrorCode, OpenResetError } from '../errors.js';

/** A value a report cursor holds: one part of a keyset position. */
export type CursorPart = string | number;

/** Rows per report page when the query names no `limit`. */
export const DEFAULT_REPORT_LIMIT = 100;

/** The most rows one report page may ask for. */
export const MAX_REPORT_LIMIT = 1000;

/**
 * An opaque cursor for a report: the report's name and a keyset position, as base64url
 * JSON. The name keeps a cursor of one report from being read by another.
 */
export function encodeReportCursor(report: string, position: readonly CursorPart[]): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify([report, ...position])));
}

/**
 * The position in a cursor made by {@link encodeReportCursor} for `report`, checked
 * against `shape` (the type of each part).
 *
 * @throws {OpenResetError} code `invalid_cursor` for anything else (cursors come back from
 *   clients, so they are untrusted input).
 */
export function decodeReportCursor(
  cursor: string,
  report: string,
  shape: readonly ('string' | 'number')[],
): CursorPart[] {
  const bytes = typeof cursor === 'string' ? decodeBase64Url(cursor) : null;
  if (bytes !== null) {
    try {
      const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      if (
        Array.isArray(value) &&
        value.length === shape.length + 1 &&
        value[0] === report &&
        shape.every((type, index) => typeof value[index + 1] === type)
      ) {
        return value.slice(1) as CursorPart[];
      }
    } catch {
      // Falls through to the error below.
    }
  }
  throw new OpenResetError(
    ErrorCode.InvalidCursor,
    `cursor is not one the ${report} report returned`,
  );
}

/**
 * The page size a report query asks for.
 *
 * @throws {TypeError} when `limit` is given and is not an integer from 1 to 1000.
 */
export function resolveReportLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_REPORT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REPORT_LIMIT) {
    throw new TypeError(`limit must be an integer from 1 to ${MAX_REPORT_LIMIT}, got ${limit}`);
  }
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
