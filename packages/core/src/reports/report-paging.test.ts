import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../audit/audit-event.js';
import type { AuditPage, AuditQuery, AuditStore } from '../ports/storage.js';
import {
  decodeReportCursor,
  encodeReportCursor,
  type PageRequest,
  readAllPages,
  readAuditRows,
} from './report-paging.js';

/** An audit store over `count` events `e0`, `e1`, ...: pages by index, and records each query. */
function indexedAudit(count: number) {
  const events = Array.from({ length: count }, (_, index) => ({ id: `e${index}` }) as AuditEvent);
  const queries: AuditQuery[] = [];
  const audit = {
    async query(query: AuditQuery): Promise<AuditPage> {
      queries.push(query);
      const start = query.cursor === undefined ? 0 : Number(query.cursor);
      const end = Math.min(start + query.limit, events.length);
      return { events: events.slice(start, end), nextCursor: end < count ? String(end) : null };
    },
  } as AuditStore;
  return { audit, queries };
}

describe('readAuditRows', () => {
  const odd = (event: AuditEvent) => (Number(event.id.slice(1)) % 2 === 1 ? event.id : undefined);

  it('fills each page, asking the store only for the rows still missing, and chains its cursors', async () => {
    const { audit, queries } = indexedAudit(9);
    const filter = { tenantId: 't1', userId: 'u1' };
    const first = await readAuditRows(audit, 'audit', { filter, cursor: undefined, limit: 3 }, odd);
    expect(first.rows).toEqual(['e1', 'e3', 'e5']);
    expect(queries.map((query) => query.limit)).toEqual([3, 2, 1]);
    expect(queries.every((query) => query.tenantId === 't1' && query.userId === 'u1')).toBe(true);
    expect(first.nextCursor).not.toBeNull();
    const second = await readAuditRows(
      audit,
      'audit',
      { filter, cursor: first.nextCursor ?? undefined, limit: 3 },
      odd,
    );
    expect(second).toEqual({ rows: ['e7'], nextCursor: null });
  });

  it("refuses another report's cursor", async () => {
    const { audit } = indexedAudit(4);
    const page = await readAuditRows(
      audit,
      'audit',
      { filter: { tenantId: 't1' }, cursor: undefined, limit: 1 },
      (event) => event.id,
    );
    await expect(
      readAuditRows(
        audit,
        'registration',
        { filter: { tenantId: 't1' }, cursor: page.nextCursor ?? undefined, limit: 1 },
        (event) => event.id,
      ),
    ).rejects.toMatchObject({ code: 'invalid_cursor' });
  });
});

describe('report cursors', () => {
  it('keeps the cursor strings the reports have always handed out', () => {
    const issued: [string, string, (string | number)[]][] = [
      ['WyJyZWdpc3RyYXRpb24iLCJ1LWFsaWNlIl0', 'registration', ['u-alice']],
      ['WyJyZXNldCIsMTc2NDU0NzIwMDAwMCwiZXZ0LTkiXQ', 'reset', [1_764_547_200_000, 'evt-9']],
      ['WyJ1c2FnZSIsInUtMDEiXQ', 'usage', ['u-01']],
    ];
    for (const [cursor, report, position] of issued) {
      expect(encodeReportCursor(report, position)).toBe(cursor);
    }
    expect(
      decodeReportCursor('WyJyZWdpc3RyYXRpb24iLCJ1LWFsaWNlIl0', 'registration', ['string']),
    ).toEqual(['u-alice']);
    expect(
      decodeReportCursor('WyJyZXNldCIsMTc2NDU0NzIwMDAwMCwiZXZ0LTkiXQ', 'reset', [
        'integer',
        'string',
      ]),
    ).toEqual([1_764_547_200_000, 'evt-9']);
  });

  it("refuses another report's cursor, an audit cursor and a forged time with invalid_cursor", () => {
    const refused: [string, string, ('string' | 'integer')[]][] = [
      [encodeReportCursor('usage', ['u-01']), 'registration', ['string']],
      [encodeReportCursor('reset', [1.5, 'evt-9']), 'reset', ['integer', 'string']],
      [encodeReportCursor('reset', ['evt-9']), 'reset', ['integer', 'string']],
      // An audit store's cursor, [timeMs, id].
      ['WzE3MDAwMDAwMDAwMDAsImV2dC0xIl0', 'reset', ['integer', 'string']],
      ['', 'usage', ['string']],
    ];
    for (const [cursor, report, shape] of refused) {
      expect(() => decodeReportCursor(cursor, report, shape)).toThrow(
        expect.objectContaining({ code: 'invalid_cursor' }),
      );
    }
  });
});

describe('readAllPages', () => {
  it('reads the first page without a cursor, then each page after the cursor of the one before', async () => {
    const pages = [
      { items: [1, 2], nextCursor: 'after-2' },
      { items: [3, 4], nextCursor: 'after-4' },
      { items: [5], nextCursor: null },
    ];
    const requests: PageRequest[] = [];
    const read: number[][] = [];
    for await (const page of readAllPages(async (request) => {
      requests.push(request);
      return pages[requests.length - 1] as (typeof pages)[number];
    })) {
      read.push(page.items);
    }
    expect(requests).toEqual([{}, { cursor: 'after-2' }, { cursor: 'after-4' }]);
    expect('cursor' in (requests[0] as PageRequest)).toBe(false);
    expect(read).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('reads a single page once when it has no next cursor, even an empty one', async () => {
    let calls = 0;
    const read: string[][] = [];
    for await (const page of readAllPages(async () => {
      calls += 1;
      return { items: [] as string[], nextCursor: null };
    })) {
      read.push(page.items);
    }
    expect(calls).toBe(1);
    expect(read).toEqual([[]]);
  });

  it('reads no further than the caller takes', async () => {
    let calls = 0;
    for await (const _page of readAllPages(async () => {
      calls += 1;
      return { nextCursor: `after-${calls}` };
    })) {
      if (calls === 3) break;
    }
    expect(calls).toBe(3);
  });
});
