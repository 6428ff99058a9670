import type { AuditEvent } from '../audit/audit-event.js';
import type { RollupCount } from '../audit/report-rollup.js';
import type { AuditQuery, RollupFlowQuery, Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, MINUTE, OTHER_TENANT, pad, storeCases, TENANT, times } from './storage-fixtures.js';

type EventKind = 'flow.started' | 'flow.method_failed' | 'password.reset' | 'flow.blocked';

interface EventSpec {
  id: string;
  time: Date;
  type?: EventKind;
  tenantId?: string;
  userId?: string | null;
  correlationId?: string;
}

/** A valid event of one of a few shapes; ids use only `[a-z0-9-]`, so any collation sorts them alike. */
function auditEvent(spec: EventSpec): AuditEvent {
  const userId = spec.userId === undefined ? 'user-1' : spec.userId;
  const base = {
    id: spec.id,
    time: spec.time.toISOString(),
    tenantId: spec.tenantId ?? TENANT,
    actor: { kind: 'anonymous' as const },
    ...(userId === null
      ? {}
      : { target: { userId, username: `name-of-${userId}`, role: 'user' as const } }),
    correlationId: spec.correlationId ?? 'flow-1',
  };
  switch (spec.type ?? 'flow.blocked') {
    case 'flow.started':
      return {
        ...base,
        type: 'flow.started',
        result: 'success',
        intent: 'reset',
        decoy: userId === null,
      };
    case 'flow.method_failed':
      return {
        ...base,
        type: 'flow.method_failed',
        result: 'failure',
        reason: 'code_mismatch',
        method: 'mobileSms',
      };
    case 'password.reset':
      return {
        ...base,
        type: 'password.reset',
        result: 'success',
        methods: ['email', 'mobileSms'],
      };
    case 'flow.blocked':
      return {
        ...base,
        type: 'flow.blocked',
        result: 'failure',
        reason: 'too_many_failures',
        ip: '192.0.2.7',
      };
  }
}

const ids = (events: readonly AuditEvent[]) => events.map((event) => event.id);

/** The AuditStore contract: append-only with unique ids, filters, newest-first keyset paging, tenancy, retention. */
export function auditStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'audit', {
    'An appended audit event reads back exactly as it was stored': async (audit) => {
      const events = [
        auditEvent({ id: 'evt-started', time: at(0), type: 'flow.started', userId: null }),
        auditEvent({ id: 'evt-failed', time: at(1000), type: 'flow.method_failed' }),
        auditEvent({ id: 'evt-reset', time: at(2000), type: 'password.reset' }),
        {
          ...auditEvent({ id: 'evt-blocked', time: at(3000) }),
          actor: { kind: 'admin', id: 'admin-1' },
        } satisfies AuditEvent,
      ];
      for (const event of events) await audit.append(event);
      const page = await audit.query({ tenantId: TENANT, limit: 10 });
      assert.equal(
        page,
        { events: [...events].reverse(), nextCursor: null },
        'audit.query of every event',
      );
    },

    'Appending an audit event id twice throws already_exists and keeps one': async (audit) => {
      const event = auditEvent({ id: 'evt-1', time: at(0) });
      await audit.append(event);
      await assert.rejectsWithCode(
        () => audit.append(auditEvent({ id: 'evt-1', time: at(1000), type: 'password.reset' })),
        'already_exists',
        'audit.append of a repeated id',
      );
      assert.equal(
        (await audit.query({ tenantId: TENANT, limit: 10 })).events,
        [event],
        'the events after the refused append',
      );
    },

    'Audit events come newest first, and events at one instant by descending id': async (audit) => {
      const specs: EventSpec[] = [
        { id: 'evt-b', time: at(MINUTE) },
        { id: 'evt-old', time: at(0) },
        { id: 'evt-c', time: at(MINUTE) },
        { id: 'evt-new', time: at(2 * MINUTE) },
        { id: 'evt-a', time: at(MINUTE) },
        { id: 'evt-ms', time: at(MINUTE + 1) },
      ];
      for (const spec of specs) await audit.append(auditEvent(spec));
      assert.equal(
        ids((await audit.query({ tenantId: TENANT, limit: 10 })).events),
        ['evt-new', 'evt-ms', 'evt-c', 'evt-b', 'evt-a', 'evt-old'],
        'audit.query order',
      );
    },

    'Audit queries include from and exclude to': async (audit) => {
      for (const minute of [0, 1, 2, 3, 4]) {
        await audit.append(auditEvent({ id: `evt-${minute}`, time: at(minute * MINUTE) }));
      }
      const query = (range: Pick<AuditQuery, 'from' | 'to'>) =>
        audit.query({ tenantId: TENANT, limit: 10, ...range }).then((page) => ids(page.events));
      assert.equal(
        await query({ from: at(MINUTE), to: at(3 * MINUTE) }),
        ['evt-2', 'evt-1'],
        'from 1 min to 3 min',
      );
      assert.equal(await query({ from: at(3 * MINUTE) }), ['evt-4', 'evt-3'], 'from 3 min');
      assert.equal(await query({ to: at(MINUTE) }), ['evt-0'], 'to 1 min');
      assert.equal(await query({ from: at(MINUTE + 1), to: at(2 * MINUTE) }), [], 'an empty range');
    },

    'Audit queries filter by types, userId and correlationId, and filters combine': async (
      audit,
    ) => {
      const specs: EventSpec[] = [
        {
          id: 'evt-1',
          time: at(1000),
          type: 'flow.started',
          userId: 'user-1',
          correlationId: 'flow-1',
        },
        {
          id: 'evt-2',
          time: at(2000),
          type: 'flow.method_failed',
          userId: 'user-1',
          correlationId: 'flow-1',
        },
        {
          id: 'evt-3',
          time: at(3000),
          type: 'password.reset',
          userId: 'user-1',
          correlationId: 'flow-1',
        },
        {
          id: 'evt-4',
          time: at(4000),
          type: 'flow.started',
          userId: 'user-2',
          correlationId: 'flow-2',
        },
        {
          id: 'evt-5',
          time: at(5000),
          type: 'flow.method_failed',
          userId: 'user-2',
          correlationId: 'flow-2',
        },
        {
          id: 'evt-6',
          time: at(6000),
          type: 'flow.started',
          userId: null,
          correlationId: 'flow-3',
        },
        {
          id: 'evt-7',
          time: at(7000),
          type: 'flow.method_failed',
          userId: 'user-1',
          correlationId: 'flow-4',
        },
      ];
      for (const spec of specs) await audit.append(auditEvent(spec));
      const query = (filters: Partial<AuditQuery>) =>
        audit.query({ tenantId: TENANT, limit: 10, ...filters }).then((page) => ids(page.events));
      assert.equal(
        await query({ types: ['flow.started'] }),
        ['evt-6', 'evt-4', 'evt-1'],
        'one type',
      );
      assert.equal(
        await query({ types: ['flow.started', 'password.reset'] }),
        ['evt-6', 'evt-4', 'evt-3', 'evt-1'],
        'two types',
      );
      assert.equal(await query({ userId: 'user-2' }), ['evt-5', 'evt-4'], 'userId');
      assert.equal(
        await query({ correlationId: 'flow-1' }),
        ['evt-3', 'evt-2', 'evt-1'],
        'correlationId',
      );
      assert.equal(
        await query({ userId: 'user-1', types: ['flow.method_failed'] }),
        ['evt-7', 'evt-2'],
        'userId and types',
      );
      assert.equal(
        await query({
          userId: 'user-1',
          types: ['flow.method_failed'],
          correlationId: 'flow-1',
          from: at(2000),
        }),
        ['evt-2'],
        'userId, types, correlationId and from',
      );
      assert.equal(await query({ userId: 'user-3' }), [], 'an unknown userId');
    },

    '25 audit events paged 10 at a time come back as pages of 10, 10 and 5 with no repeats': async (
      audit,
    ) => {
      // Three events share each instant, so the cursor has to break ties by id.
      for (const index of times(25, (i) => i)) {
        await audit.append(
          auditEvent({ id: `evt-${pad(index)}`, time: at(Math.floor(index / 3) * 1000) }),
        );
      }
      const pages: AuditEvent[][] = [];
      const cursors: (string | null)[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 3; page++) {
        const result = await audit.query({
          tenantId: TENANT,
          limit: 10,
          ...(cursor === undefined ? {} : { cursor }),
        });
        pages.push(result.events);
        cursors.push(result.nextCursor);
        cursor = result.nextCursor ?? undefined;
      }
      assert.equal(
        pages.map((page) => page.length),
        [10, 10, 5],
        'page sizes',
      );
      assert.ok(
        typeof cursors[0] === 'string' && typeof cursors[1] === 'string',
        'full pages return a cursor',
      );
      assert.equal(cursors[2], null, 'the cursor of the last page');
      const all = await audit.query({ tenantId: TENANT, limit: 100 });
      assert.equal(
        ids(pages.flat()),
        ids(all.events),
        'the pages joined, against one query of every event',
      );
      assert.equal(new Set(ids(pages.flat())).size, 25, 'distinct events across the pages');
    },

    'An audit cursor continues after its page even when newer events arrive in between': async (
      audit,
    ) => {
      for (const index of times(15, (i) => i)) {
        await audit.append(auditEvent({ id: `evt-${pad(index)}`, time: at(index * 1000) }));
      }
      const first = await audit.query({ tenantId: TENANT, limit: 10 });
      for (const index of times(5, (i) => i + 15)) {
        await audit.append(auditEvent({ id: `evt-${pad(index)}`, time: at(index * 1000) }));
      }
      assert.ok(first.nextCursor !== null, 'the first page returns a cursor');
      const second = await audit.query({ tenantId: TENANT, limit: 10, cursor: first.nextCursor });
      assert.equal(
        ids(second.events),
        ['evt-04', 'evt-03', 'evt-02', 'evt-01', 'evt-00'],
        'the second page after newer events were appended',
      );
      assert.equal(second.nextCursor, null, 'the cursor of the last page');
    },

    'An audit query refuses a cursor the store did not issue with invalid_cursor': async (
      audit,
    ) => {
      await audit.append(auditEvent({ id: 'evt-00', time: at(0) }));
      for (const cursor of ['not-a-cursor', '', 'eyJ0aW1lIjoxfQ']) {
        await assert.rejectsWithCode(
          () => audit.query({ tenantId: TENANT, limit: 10, cursor }),
          'invalid_cursor',
          `a query with the cursor ${JSON.stringify(cursor)}`,
        );
      }
    },

    'Audit paging applies the filters on every page': async (audit) => {
      for (const index of times(12, (i) => i)) {
        await audit.append(
          auditEvent({
            id: `evt-${pad(index)}`,
            time: at(index * 1000),
            userId: index % 2 === 0 ? 'user-1' : 'user-2',
          }),
        );
      }
      const first = await audit.query({ tenantId: TENANT, userId: 'user-1', limit: 4 });
      assert.ok(first.nextCursor !== null, 'the first page returns a cursor');
      const second = await audit.query({
        tenantId: TENANT,
        userId: 'user-1',
        limit: 4,
        cursor: first.nextCursor,
      });
      assert.equal(
        [ids(first.events), ids(second.events), second.nextCursor],
        [['evt-10', 'evt-08', 'evt-06', 'evt-04'], ['evt-02', 'evt-00'], null],
        'two pages of the events of user-1',
      );
    },

    'Audit events are invisible to every other tenant': async (audit) => {
      const mine = auditEvent({ id: 'evt-mine', time: at(0) });
      await audit.append(mine);
      await audit.append(auditEvent({ id: 'evt-theirs', time: at(1000), tenantId: OTHER_TENANT }));
      assert.equal(
        (await audit.query({ tenantId: TENANT, limit: 10 })).events,
        [mine],
        'the events of the first tenant',
      );
      assert.equal(
        ids(
          (await audit.query({ tenantId: OTHER_TENANT, limit: 10, correlationId: 'flow-1' }))
            .events,
        ),
        ['evt-theirs'],
        'the events of the other tenant',
      );
      assert.equal(
        (await audit.query({ tenantId: 'tenant-c', limit: 10 })).events,
        [],
        'a tenant with no events',
      );
    },

    'deleteBefore removes a tenant’s oldest events before the instant, up to the limit': async (
      audit,
    ) => {
      for (const [index, ms] of [0, 1000, 2000, 3000].entries()) {
        await audit.append(
          auditEvent({
            id: `evt-${index}`,
            time: at(ms),
            userId: 'user-1',
            correlationId: 'flow-1',
          }),
        );
      }
      await audit.append(auditEvent({ id: 'evt-theirs', time: at(0), tenantId: OTHER_TENANT }));
      assert.equal(await audit.deleteBefore(TENANT, at(3000), 2), 2, 'deleted with limit 2');
      assert.equal(
        ids((await audit.query({ tenantId: TENANT, limit: 10 })).events),
        ['evt-3', 'evt-2'],
        'the events left, the oldest gone first',
      );
      assert.equal(await audit.deleteBefore(TENANT, at(3000), 100), 1, 'deleted after that');
      // Filtered queries no longer find deleted events either.
      assert.equal(
        ids((await audit.query({ tenantId: TENANT, limit: 10, userId: 'user-1' })).events),
        ['evt-3'],
        'by user after the purge',
      );
      assert.equal(
        ids((await audit.query({ tenantId: TENANT, limit: 10, correlationId: 'flow-1' })).events),
        ['evt-3'],
        'by flow after the purge',
      );
      assert.equal(
        ids((await audit.query({ tenantId: OTHER_TENANT, limit: 10 })).events),
        ['evt-theirs'],
        'the other tenant’s events',
      );
    },

    'Reset rollups count each flow once in its final bucket, and a rebuild recounts the same':
      async (audit) => {
        const rollup = audit.resetRollup;
        if (rollup === undefined) return; // Optional: the report recounts without it.
        const specs: EventSpec[] = [
          { id: 'evt-1a', time: at(0), type: 'flow.started', correlationId: 'flow-1' },
          { id: 'evt-1b', time: at(MINUTE), type: 'password.reset', correlationId: 'flow-1' },
          {
            id: 'evt-2a',
            time: at(2 * MINUTE),
            type: 'flow.started',
            correlationId: 'flow-2',
            userId: null,
          },
          // flow-3's final event arrives before its start.
          { id: 'evt-3b', time: at(4 * MINUTE), correlationId: 'flow-3' },
          { id: 'evt-3a', time: at(3 * MINUTE), type: 'flow.started', correlationId: 'flow-3' },
          { id: 'evt-4a', time: at(5 * MINUTE), type: 'flow.started', correlationId: 'flow-4' },
          {
            id: 'evt-5a',
            time: at(0),
            type: 'flow.started',
            correlationId: 'flow-5',
            tenantId: OTHER_TENANT,
          },
        ];
        for (const spec of specs) await audit.append(auditEvent(spec));
        const day = at(0).toISOString().slice(0, 10);
        const nextDay = at(24 * 60 * MINUTE)
          .toISOString()
          .slice(0, 10);
        const expected = [
          { day, bucket: 'Blocked', method: '', count: 1 },
          { day, bucket: 'Succeeded', method: '', count: 1 },
          { day, bucket: 'Succeeded', method: 'email', count: 1 },
          { day, bucket: 'Succeeded', method: 'mobileSms', count: 1 },
          { day, bucket: 'open', method: '', count: 1 },
          { day, bucket: 'unknown', method: '', count: 1 },
        ];
        assert.equal(sortCounts(await rollup.daily(TENANT, day, nextDay)), expected, 'counters');
        assert.equal(await rollup.daily(TENANT, nextDay, '9999-12-31'), [], 'later days');
        const flowIds = async (query: Omit<RollupFlowQuery, 'tenantId' | 'from' | 'to'>) =>
          (await rollup.flows({ tenantId: TENANT, from: at(0), to: at(5 * MINUTE), ...query })).map(
            (flow) => flow.flowId,
          );
        assert.equal(await flowIds({}), ['flow-3', 'flow-2', 'flow-1'], 'flows in range');
        assert.equal(
          await flowIds({ buckets: ['Succeeded', 'Blocked'] }),
          ['flow-3', 'flow-1'],
          'flows by bucket',
        );
        assert.equal(
          await flowIds({
            before: { timeMs: at(3 * MINUTE).getTime(), eventId: 'evt-3a' },
            limit: 1,
          }),
          ['flow-2'],
          'the flow after a keyset position',
        );
        await rollup.rebuild(TENANT);
        assert.equal(sortCounts(await rollup.daily(TENANT, day, nextDay)), expected, 'rebuilt');
        assert.equal(
          (await rollup.daily(OTHER_TENANT, day, nextDay)).length,
          1,
          'the other tenant’s counters',
        );
      },

    'Reset rollups stay exact under concurrent appends': async (audit) => {
      const rollup = audit.resetRollup;
      if (rollup === undefined) return;
      const flows = times(20, (index) => `flow-${pad(index)}`);
      await Promise.all(
        flows.flatMap((flow, index) => [
          audit.append(
            auditEvent({
              id: `${flow}-b`,
              time: at(index + 1),
              type: 'password.reset',
              correlationId: flow,
            }),
          ),
          audit.append(
            auditEvent({
              id: `${flow}-a`,
              time: at(index),
              type: 'flow.started',
              correlationId: flow,
            }),
          ),
        ]),
      );
      const day = at(0).toISOString().slice(0, 10);
      assert.equal(
        sortCounts(await rollup.daily(TENANT, day, '9999-12-31')),
        [
          { day, bucket: 'Succeeded', method: '', count: 20 },
          { day, bucket: 'Succeeded', method: 'email', count: 20 },
          { day, bucket: 'Succeeded', method: 'mobileSms', count: 20 },
        ],
        'counters after 40 concurrent appends',
      );
    },
  });
}

/** Counters in (day, bucket, method) order, to compare them whatever order a store returns. */
function sortCounts(counts: readonly RollupCount[]): RollupCount[] {
  const key = (count: RollupCount) => `${count.day} ${count.bucket} ${count.method}`;
  return [...counts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
