import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import { ErrorCode, OpenResetError } from '../errors.js';

/** One part of a keyset position held in a cursor. */
export type CursorPart = string | number;

/**
 * What a cursor part must be when it comes back: `string`, or `integer` (a safe integer,
 * as epoch milliseconds are).
 */
export type CursorPartType = 'string' | 'integer';

/** The decoded position of a cursor read with `Shape`: a string or a number per part. */
export type CursorPosition<Shape extends readonly CursorPartType[]> = {
  -readonly [Index in keyof Shape]: Shape[Index] extends 'string' ? string : number;
};

/**
 * Encodes a keyset position as an opaque cursor: the parts as a JSON array, as unpadded
 * base64url (RFC 4648 section 5), so it fits a query string as it is. The one cursor format
 * of the audit stores ({@link encodeAuditCursor}) and the reports.
 *
 * @example
 * ```ts
 * encodeCursor([1700000000000, 'evt-1']); // 'WzE3MDAwMDAwMDAwMDAsImV2dC0xIl0'
 * ```
 */
export function encodeCursor(position: readonly CursorPart[]): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(position)));
}

/**
 * Reads a cursor made by {@link encodeCursor} back into its position, checked against
 * `shape` (one type per part, in order). Returns `null` for anything else: the caller
 * throws its own `invalid_cursor`. Cursors come back from clients, so they are untrusted:
 * only the canonical base64url of strict UTF-8 JSON with exactly these parts is read.
 */
export function decodeCursor<const Shape extends readonly CursorPartType[]>(
  cursor: string,
  shape: Shape,
): CursorPosition<Shape> | null {
  const bytes = typeof cursor === 'string' ? decodeBase64Url(cursor) : null;
  if (bytes === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const isPosition =
    Array.isArray(value) &&
    value.length === shape.length &&
    shape.every((type, index) =>
      type === 'integer' ? Number.isSafeInteger(value[index]) : typeof value[index] === 'string',
    );
  return isPosition ? (value as CursorPosition<Shape>) : null;
}

/** Where a page of `AuditStore.query` ended: the time and id of its last event. */
export interface AuditPosition {
  /** The event's `time`, epoch milliseconds. */
  timeMs: number;
  /** The event's `id`. */
  id: string;
}

/**
 * The `nextCursor` an audit store returns after a page ending at `position`: the
 * {@link encodeCursor} of `[timeMs, id]`. Every `AuditStore` in this project uses it,
 * so a cursor from one reads in another.
 *
 * @example
 * ```ts
 * const last = page.at(-1);
 * const nextCursor = more ? encodeAuditCursor({ timeMs: last.timeMs, id: last.id }) : null;
 * ```
 */
export function encodeAuditCursor(position: AuditPosition): string {
  return encodeCursor([position.timeMs, position.id]);
}

/**
 * The position in a cursor made by {@link encodeAuditCursor}.
 *
 * @throws {OpenResetError} code `invalid_cursor` for any other string, as
 *   `AuditStore.query` MUST.
 */
export function decodeAuditCursor(cursor: string): AuditPosition {
  const position = decodeCursor(cursor, ['integer', 'string']);
  if (position === null) {
    throw new OpenResetError(
      ErrorCode.InvalidCursor,
      'cursor is not one this audit store returned',
    );
  }
  const [timeMs, id] = position;
  return { timeMs, id };
}
