import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditTarget } from '../audit/audit-event.js';
import { ResetResult } from '../audit/reset-result.js';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryAuditStore } from '../memory/memory-audit-store.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { MethodType } from '../methods/recovery-method.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { AuditStore } from '../ports/storage.js';
import { createReports } from './create-reports.js';
import type { ResetActivityQuery } from './reset-activity.js';

const TENANT = 'default';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Flows start over five days from here; queries and clocks range around them. */
const BASE = Date.parse('2026-11-20T00:00:00.000Z');
const TARGETS: AuditTarget[] = [
  { userId: 'u-alice', username: 'alice', role: 'user' },
  { userId: 'u-bob', username: 'bob', role: 'admin' },
];
const METHOD_TYPES = Object.values(MethodType);

/** One event of a flow after its start: its kind and a delay of up to 23 hours. */
const step = fc.record({
  kind: fc.constantFrom(
    'verified',
    'password.reset',
    'account.unlocked',
    'password.reset_failed',
    'writeback.failed',
    'flow.blocked',
    'flow.canceled',
    'flow.contacted_admin',
    'flow.abandoned',
    'flow.challenge_sent',
  ),
  method: fc.constantFrom(...METHOD_TYPES),
  delayMinutes: fc.integer({ min: 0, max: 23 * 60 }),
});

const flow = fc.record({
  startMinute: fc.integer({ min: 0, max: (5 * DAY) / MINUTE }),
  /** -1: an identifier no account matched (a decoy without a target). */
  target: fc.integer({ min: -1, max: TARGETS.length - 1 }),
  decoyReason: fc.option(fc.constantFrom('blocked', 'not_registered'), { nil: undefined }),
  intent: fc.constantFrom('reset' as const, 'unlock' as const),
  steps: fc.array(step, { maxLength: 5 }),
});

/** What `flow` draws. */
type FlowSpec = typeof flow extends fc.Arbitrary<infer Spec> ? Spec : never;

/** Every event of the flows, ids unique and in a fixed order. */
function eventsOf(flows: FlowSpec[]): AuditEvent[] {
  const events: AuditEvent[] = [];
  let next = 0;
  const id = () => `e${String(next++).padStart(5, '0')}`;
  flows.forEach((spec, index) => {
    const startMs = BASE + spec.startMinute * MINUTE;
    const target = TARGETS[spec.target];
    const base = {
      tenantId: TENANT,
      actor: { kind: 'anonymous' as const },
      correlationId: `flow-${index}`,
      ...(target === undefined ? {} : { target }),
    };
    const decoy = target === undefined || spec.decoyReason !== undefined;
    events.push({
      ...base,
      id: id(),
      type: 'flow.started',
      time: new Date(startMs).toISOString(),
      result: 'success',
      intent: spec.intent,
      decoy,
      ...(decoy ? { reason: spec.decoyReason ?? 'not_found' } : {}),
    });
    for (const { kind, method, delayMinutes } of spec.steps) {
      const at = {
        ...base,
        id: id(),
        time: new Date(startMs + delayMinutes * MINUTE).toISOString(),
      };
      if (kind === 'verified') {
        events.push({ ...at, type: 'flow.method_verified', result: 'success', method });
      } else if (kind === 'flow.challenge_sent') {
        events.push({ ...at, type: kind, result: 'success', method });
      } else if (kind === 'password.reset' || kind === 'account.unlocked') {
        events.push({ ...at, type: kind, result: 'success', methods: [method] });
      } else {
        events.push({ ...at, type: kind, result: 'failure', reason: `${kind}_why` });
      }
    }
  });
  return events;
}

/** `list` in an order drawn from `seed` (Fisher-Yates over a small LCG). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed >>> 0;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The reset report over `audit`, read at `nowMs`. */
function reportsOver(audit: AuditStore, nowMs: number) {
  return createReports({
    audit,
    registrations: createMemoryStorage().registrations,
    directory: createMemoryDirectory({ users: [], hasher: createPbkdf2Hasher({ iterations: 1 }) }),
    getPolicy: async () => parsePolicy({}),
    clock: createFakeClock(new Date(nowMs)),
    tenantId: TENANT,
  });
}

/** Every page of a query: the rows, the totals of the first page, and the page count. */
async function readAll(audit: AuditStore, nowMs: number, query: ResetActivityQuery) {
  const reports = reportsOver(audit, nowMs);
  const first = await reports.resetActivity(query);
  const rows = [...first.rows];
  let cursor = first.nextCursor;
  let pages = 1;
  while (cursor !== null) {
    // A cursor that repeats a row would page forever: no query here has 100 pages.
    if (pages === 100) throw new Error('paging does not end');
    const page = await reports.resetActivity({ ...query, cursor });
    rows.push(...page.rows);
    cursor = page.nextCursor;
    pages += 1;
  }
  return { rows, totals: first.totals, pages, csv: await reports.resetActivityCsv(query) };
}

/** The same store without its rollups: the report recounts the audit log. */
function recountOnly(audit: AuditStore): AuditStore {
  return { append: audit.append, query: audit.query, deleteBefore: audit.deleteBefore };
}

describe('reset report rollups (memory)', () => {
  it('always equal a recount: rows, pages, totals and CSV, for events appended in any order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(flow, { maxLength: 25 }),
        fc.integer(),
        fc.record({
          fromMinute: fc.integer({ min: -DAY / MINUTE, max: (5 * DAY) / MINUTE }),
          spanMinutes: fc.integer({ min: 1, max: (6 * DAY) / MINUTE }),
          nowMinute: fc.integer({ min: 0, max: (8 * DAY) / MINUTE }),
          limit: fc.integer({ min: 1, max: 7 }),
          result: fc.option(fc.constantFrom(...Object.values(ResetResult)), { nil: undefined }),
        }),
        async (flows, seed, q) => {
          const audit = createMemoryAuditStore();
          for (const event of shuffled(eventsOf(flows), seed)) await audit.append(event);
          const fromMs = BASE + q.fromMinute * MINUTE;
          const query: ResetActivityQuery = {
            from: new Date(fromMs),
            to: new Date(fromMs + q.spanMinutes * MINUTE),
            limit: q.limit,
            ...(q.result === undefined ? {} : { result: q.result }),
          };
          const nowMs = BASE + q.nowMinute * MINUTE;
          const expected = await readAll(recountOnly(audit), nowMs, query);
          expect(await readAll(audit, nowMs, query)).toEqual(expected);

          // A rebuild recounts the same counters and rows.
          const rollup = audit.resetRollup;
          if (rollup === undefined) throw new Error('the memory store keeps rollups');
          const days = ['2026-11-01', '2026-12-31'] as const;
          const before = await rollup.daily(TENANT, ...days);
          await rollup.rebuild(TENANT);
          expect(sortCounts(await rollup.daily(TENANT, ...days))).toEqual(sortCounts(before));
          expect(await readAll(audit, nowMs, query)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads the whole settled days from the counters, not the flows', async () => {
    const audit = createMemoryAuditStore();
    const flows = Array.from({ length: 40 }, (_, index) => ({
      startMinute: index * 173,
      target: index % 3 === 0 ? -1 : index % 2,
      decoyReason: undefined,
      intent: 'reset' as const,
      steps: [{ kind: 'verified' as const, method: MethodType.Email, delayMinutes: 1 }],
    }));
    for (const event of eventsOf(flows)) await audit.append(event);
    const rollup = audit.resetRollup;
    if (rollup === undefined) throw new Error('the memory store keeps rollups');
    const spans: { from: number; to: number }[] = [];
    const counted = {
      ...rollup,
      flows: async (query: Parameters<typeof rollup.flows>[0]) => {
        spans.push({ from: query.from.getTime(), to: query.to.getTime() });
        return rollup.flows(query);
      },
    };
    const nowMs = BASE + 10 * DAY;
    const query = { from: new Date(BASE + 6 * 60 * MINUTE), to: new Date(BASE + 4 * DAY + MINUTE) };
    const viaCounters = await reportsOver({ ...recountOnly(audit), resetRollup: counted }, nowMs);
    const page = await viaCounters.resetActivity({ ...query, limit: 5 });
    const expected = await reportsOver(recountOnly(audit), nowMs).resetActivity({
      ...query,
      limit: 5,
    });
    expect(page).toEqual(expected);
    // The totals scanned only the partial first and last days' flows.
    expect(spans).toContainEqual({ from: BASE + 6 * 60 * MINUTE, to: BASE + DAY });
    expect(spans).toContainEqual({ from: BASE + 4 * DAY, to: BASE + 4 * DAY + MINUTE });
    expect(spans.filter((span) => span.to - span.from > DAY)).toHaveLength(1); // the rows' page
  });
});

function sortCounts<T extends { day: string; bucket: string; method: string }>(counts: T[]): T[] {
  const key = (count: T) => `${count.day} ${count.bucket} ${count.method}`;
  return [...counts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
