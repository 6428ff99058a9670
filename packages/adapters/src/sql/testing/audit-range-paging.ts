import type { AuditEvent, Storage } from '@openreset/core';
import { expect } from 'vitest';

const T0 = Date.parse('2030-01-01T00:00:00.000Z');

/**
 * Paging a time range with a type filter, as the reports do: the pages joined equal one
 * query of the range, with ties at one instant split across pages, and a cursor from a
 * wider range still pages a narrower `to` correctly. The SQL store bounds the index scan
 * by the tighter of `to` and the cursor, so both branches are exercised.
 */
export async function checkAuditRangePaging(storage: Storage): Promise<void> {
  const events: AuditEvent[] = Array.from({ length: 40 }, (_, index) => ({
    id: `evt-${String(index).padStart(2, '0')}`,
    // Three events share each instant.
    time: new Date(T0 + Math.floor(index / 3) * 1000).toISOString(),
    tenantId: 'default',
    actor: { kind: 'anonymous' },
    correlationId: `flow-${index % 7}`,
    ...(index % 4 === 3
      ? { type: 'flow.canceled', result: 'failure' }
      : { type: 'flow.blocked', result: 'failure', reason: 'failed_proofs' }),
  }));
  for (const event of events) await storage.audit.append(event);

  const range = {
    tenantId: 'default',
    from: new Date(T0 + 2000),
    to: new Date(T0 + 11_000),
    types: ['flow.blocked' as const],
  };
  const all = await storage.audit.query({ ...range, limit: 100 });
  const expected = events
    .filter((event) => {
      const ms = Date.parse(event.time);
      return event.type === 'flow.blocked' && ms >= T0 + 2000 && ms < T0 + 11_000;
    })
    .map((event) => event.id)
    .reverse();
  expect(all.events.map((event) => event.id)).toEqual(expected);

  const paged: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await storage.audit.query({ ...range, limit: 4, ...(cursor ? { cursor } : {}) });
    paged.push(...page.events.map((event) => event.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  expect(paged).toEqual(expected);

  // A cursor at 12 s (from paging without `to`), then a `to` of 11 s: `to` is the bound.
  const wide = await storage.audit.query({ tenantId: 'default', limit: 2 });
  expect(wide.nextCursor).not.toBeNull();
  const narrowed = await storage.audit.query({
    ...range,
    limit: 100,
    cursor: wide.nextCursor ?? '',
  });
  expect(narrowed.events.map((event) => event.id)).toEqual(expected);
}
