import { describe, expect, it } from 'vitest';
import {
  decodeAuditCursor,
  decodeCursor,
  encodeAuditCursor,
  encodeCursor,
} from './audit-cursor.js';

/**
 * Cursors the memory and SQL audit stores handed out before they shared this codec
 * (base64url of the JSON `[timeMs, id]`), with the positions they stand for.
 */
const ISSUED: [string, { timeMs: number; id: string }][] = [
  ['WzE3MDAwMDAwMDAwMDAsImV2dC0xIl0', { timeMs: 1_700_000_000_000, id: 'evt-1' }],
  ['WzAsIiJd', { timeMs: 0, id: '' }],
  ['WzE3NjQ1NDcyMDAwMDAsIsOpdnQtw7wt8J-YgCJd', { timeMs: 1_764_547_200_000, id: 'évt-ü-😀' }],
];

describe('audit cursors', () => {
  it('writes the cursor strings the audit stores have always handed out', () => {
    for (const [cursor, position] of ISSUED) expect(encodeAuditCursor(position)).toBe(cursor);
  });

  it('reads back every cursor already handed out', () => {
    for (const [cursor, position] of ISSUED) expect(decodeAuditCursor(cursor)).toEqual(position);
  });

  it('round-trips a position whatever its id holds', () => {
    for (const id of ['a', 'with "quotes" and \\', 'x'.repeat(300), '\u0000\u2028']) {
      const position = { timeMs: Number.MAX_SAFE_INTEGER, id };
      expect(decodeAuditCursor(encodeAuditCursor(position))).toEqual(position);
    }
  });

  it('refuses with invalid_cursor any string it did not write', () => {
    const refused = [
      '',
      'not a cursor',
      // Padding, a non-canonical last character, the standard base64 alphabet.
      'WzAsIiJd=',
      'WzE3MDAwMDAwMDAwMDAsImV2dC0xIl1',
      'WzE3NjQ1NDcyMDAwMDAsIsOpdnQtw7wt8J+YgCJd',
      // Base64url of: an object, null, [1], [1, "x", "y"], ["1", "x"], [1, 2], [1.5, "x"],
      // [2^53, "x"], and a JSON array holding a byte that is not UTF-8.
      'eyJ0aW1lIjoxfQ',
      'bnVsbA',
      'WzFd',
      'WzEsIngiLCJ5Il0',
      'WyIxIiwieCJd',
      'WzEsMl0',
      'WzEuNSwieCJd',
      'WzkwMDcxOTkyNTQ3NDA5OTIsIngiXQ',
      'WzEsIv8iXQ',
      // A report's cursor (["usage", "u-01"]).
      'WyJ1c2FnZSIsInUtMDEiXQ',
    ];
    for (const cursor of refused) {
      expect(() => decodeAuditCursor(cursor), cursor).toThrow(
        expect.objectContaining({ code: 'invalid_cursor' }),
      );
    }
    expect(() => decodeAuditCursor(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'invalid_cursor' }),
    );
  });
});

describe('cursors', () => {
  it('encodes a position as unpadded base64url JSON', () => {
    expect(encodeCursor(['registration', 'u-alice'])).toBe('WyJyZWdpc3RyYXRpb24iLCJ1LWFsaWNlIl0');
    expect(encodeCursor([])).toBe('W10');
  });

  it('reads a cursor only with the shape it was written with', () => {
    const cursor = encodeCursor(['reset', 1_764_547_200_000, 'evt-9']);
    expect(decodeCursor(cursor, ['string', 'integer', 'string'])).toEqual([
      'reset',
      1_764_547_200_000,
      'evt-9',
    ]);
    expect(decodeCursor(cursor, ['string', 'string', 'string'])).toBeNull();
    expect(decodeCursor(cursor, ['string', 'integer'])).toBeNull();
    expect(decodeCursor(cursor, ['string', 'integer', 'string', 'string'])).toBeNull();
    expect(decodeCursor(encodeCursor([]), [])).toEqual([]);
  });
});
