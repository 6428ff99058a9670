import type { AuditEvent } from '../audit/audit-event.js';
import {
  addToFlowTrail,
  createFlowTrail,
  FLOW_REPORT_EVENT_TYPES,
  type FlowTrail,
  summarizeFlowTrail,
} from '../audit/flow-trail.js';
import { ROLLUP_BUCKETS, type RollupBucket, type RollupCount } from '../audit/report-rollup.js';
import { ResetResult } from '../audit/reset-result.js';
import { MethodType } from '../methods/recovery-method.js';
import type { AuditQuery, AuditStore, ResetRollupStore } from '../ports/storage.js';
import { readAllPages } from './report-paging.js';

/** Filters and paging for the reset-activity report. */
export interface ResetActivityQuery {
  /** @default the tenant the reports were created for */
  tenantId?: string;
  /** Flows started at or after this instant. */
  from: Date;
  /** Flows started strictly before this instant. */
  to: Date;
  /** Only flows with this result (totals then count only those flows too). */
  result?: ResetResult;
  /** Only flows of this account (directory id). */
  userId?: string;
  /**
   * Only flows that verified this method (totals then count only those flows too; the
   * per-day method counts still list every method of those flows).
   */
  method?: MethodType;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Rows per page, 1-1000. @default 100 */
  limit?: number;
}

/** One reset or unlock flow of a known account: Entra's "Password reset activity" row. */
export interface ResetActivityRow {
  /** The flow's id (the `correlationId` of its audit events). */
  flowId: string;
  /** The account's directory id. */
  userId: string;
  /** The sign-in name when the flow started. */
  username: string;
  role: 'user' | 'admin';
  intent: 'reset' | 'unlock';
  /** When the flow started, ISO 8601 UTC. */
  time: string;
  /** The methods verified, in order ("Methods used"). */
  methods: MethodType[];
  result: ResetResult;
  /** A stable code saying why (see `summarizeFlowTrail`), e.g. `password_rejected`. */
  detail: string;
}

/** How many times a method was verified on one UTC day. */
export interface MethodDayCount {
  /** `YYYY-MM-DD`, the UTC day the flow started. */
  day: string;
  method: MethodType;
  count: number;
}

/** Counts over every row the query matches, on every page. */
export interface ResetActivityTotals {
  /** Rows per result; every result is present, 0 when none. */
  byResult: Record<ResetResult, number>;
  /**
   * Each verified method of each row, counted on the UTC day the row's flow started, so
   * the counts add up to the rows' `methods`. Days ascending, then methods in
   * {@link MethodType} order; only non-zero counts.
   */
  byMethodPerDay: MethodDayCount[];
  /**
   * Flows started in the range for identifiers no account matched (decoys without a
   * target). They are not rows; a `userId` or `method` query counts none.
   */
  unknownAccounts: number;
}

/** One page of the reset-activity report. */
export interface ResetActivityPage {
  /** Newest first, by the time the flow started. */
  rows: ResetActivityRow[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
  totals: ResetActivityTotals;
}

/** A row with its keyset position: the `flow.started` event's time and id. */
export interface ResetActivityEntry {
  row: ResetActivityRow;
  timeMs: number;
  eventId: string;
}

/** Every row of a query, in report order, and their totals. */
export interface ResetActivity {
  entries: ResetActivityEntry[];
  totals: ResetActivityTotals;
}

/** What {@link collectResetActivity} reads and needs to know. */
export interface ResetActivitySource {
  audit: AuditStore;
  tenantId: string;
  /** The current time, epoch ms, to tell open flows from expired ones. */
  nowMs: number;
  /** How long a flow stays open (the policy's `flowTtlMinutes`), in ms. */
  flowTtlMs: number;
}

/**
 * How long after `to` the report still reads events, to see how flows started just before
 * `to` ended. A flow lives at most 60 minutes (the policy's `flowTtlMinutes` range), but
 * `flow.abandoned` is written when the expiry sweep runs, which may be later; a flow whose
 * final event falls past this window reads as `Abandoned` / `expired`.
 */
export const OUTCOME_WINDOW_MS = 24 * 60 * 60 * 1000;

const AUDIT_PAGE = 1000;

/**
 * Every reset-activity row of a query, with its totals, in one pass over the audit log.
 *
 * Without `userId`, it pages once (1000 events a page) through the report's event types
 * (not `challenge_sent`, `method_failed` or notifications) from `from` to `to` plus
 * {@link OUTCOME_WINDOW_MS}, newest first, folding events into a per-flow trail in a `Map`
 * keyed by `correlationId`. The `flow.started` events arrive in report order (time, then
 * id, descending), so the rows need no sort. With `userId`, it reads that user's
 * `flow.started` events, then each of those flows by `correlationId` (a decoy flow's later
 * events carry no target, so a `userId` filter alone would miss them).
 *
 * Cost: O(E) time for the E events of those types in the window (plus O(log N) per page
 * in a store that seeks by time), and O(F) memory for its F flows; with `userId`, O(F_u)
 * correlation queries for that user's F_u flows.
 */
export async function collectResetActivity(
  source: ResetActivitySource,
  query: ResetActivityQuery,
): Promise<ResetActivity> {
  const fromMs = query.from.getTime();
  const toMs = query.to.getTime();
  const trails = new Map<string, FlowTrail>();
  /** The trails of the flows started in range, newest first. */
  const started: { flowId: string; trail: FlowTrail }[] = [];
  const trailOf = (flowId: string) => {
    let trail = trails.get(flowId);
    if (trail === undefined) {
      trail = createFlowTrail();
      trails.set(flowId, trail);
    }
    return trail;
  };

  if (query.userId === undefined) {
    const window = {
      tenantId: source.tenantId,
      from: query.from,
      to: new Date(toMs + OUTCOME_WINDOW_MS),
      types: FLOW_REPORT_EVENT_TYPES,
    };
    for await (const events of readAuditPages(source.audit, window)) {
      for (const event of events) {
        const trail = trailOf(event.correlationId);
        addToFlowTrail(trail, event);
        if (event.type === 'flow.started') {
          if ((trail.start?.timeMs ?? toMs) >= toMs) {
            // Started after the range: its events are not wanted.
            trails.delete(event.correlationId);
          } else {
            started.push({ flowId: event.correlationId, trail });
          }
        }
      }
    }
  } else {
    const starts = readAuditPages(source.audit, {
      tenantId: source.tenantId,
      from: query.from,
      to: query.to,
      types: ['flow.started'],
      userId: query.userId,
    });
    for await (const page of starts) {
      for (const start of page) {
        const startMs = Date.parse(start.time);
        const trail = trailOf(start.correlationId);
        started.push({ flowId: start.correlationId, trail });
        const flowEvents = readAuditPages(source.audit, {
          tenantId: source.tenantId,
          correlationId: start.correlationId,
          from: new Date(startMs),
          to: new Date(startMs + OUTCOME_WINDOW_MS),
          types: FLOW_REPORT_EVENT_TYPES,
        });
        for await (const events of flowEvents)
          for (const event of events) addToFlowTrail(trail, event);
      }
    }
  }

  const fold = createActivityFold(query, source);
  for (const { flowId, trail } of started) {
    if ((trail.start?.timeMs ?? fromMs) >= fromMs) fold.addFlow(flowId, trail);
  }
  return { entries: fold.entries, totals: fold.totals() };
}

/** Folds flows (and rollup counters) into report entries and totals. */
interface ActivityFold {
  /** The rows added, in the order they were added. */
  entries: ResetActivityEntry[];
  /** Adds a flow started in range: a row (or an unknown account), if the query keeps it. */
  addFlow(flowId: string, trail: FlowTrail): void;
  /** Adds daily counters of flows all started before their lifetime could still run. */
  addSettledCounts(counts: readonly RollupCount[]): void;
  totals(): ResetActivityTotals;
}

/** The one reading of flows into rows and totals, for the recount and for rollups alike. */
function createActivityFold(
  query: Pick<ResetActivityQuery, 'result' | 'method'>,
  source: Pick<ResetActivitySource, 'nowMs' | 'flowTtlMs'>,
): ActivityFold {
  const byResult = Object.fromEntries(
    Object.values(ResetResult).map((result) => [result, 0]),
  ) as Record<ResetResult, number>;
  const methodDays = new Map<string, Map<MethodType, number>>();
  let unknownAccounts = 0;
  const entries: ResetActivityEntry[] = [];
  const summarizeOptions = { nowMs: source.nowMs, flowTtlMs: source.flowTtlMs };
  const countMethod = (day: string, method: MethodType, count: number) => {
    let counts = methodDays.get(day);
    if (counts === undefined) {
      counts = new Map();
      methodDays.set(day, counts);
    }
    counts.set(method, (counts.get(method) ?? 0) + count);
  };

  return {
    entries,

    addFlow(flowId, trail) {
      const start = trail.start;
      if (start === undefined) return;
      if (start.target === undefined) {
        // A decoy verifies no method: a method filter matches none.
        if (query.method === undefined) unknownAccounts += 1;
        return;
      }
      const summary = summarizeFlowTrail(trail, summarizeOptions);
      if (query.result !== undefined && summary.result !== query.result) return;
      if (query.method !== undefined && !summary.methods.includes(query.method)) return;
      byResult[summary.result] += 1;
      const time = canonicalTime(start);
      const day = time.slice(0, 10);
      for (const method of summary.methods) countMethod(day, method, 1);
      entries.push({
        timeMs: start.timeMs,
        eventId: start.eventId,
        row: {
          flowId,
          userId: start.target.userId,
          username: start.target.username,
          role: start.target.role,
          intent: start.intent,
          time,
          methods: summary.methods,
          result: summary.result,
          detail: summary.detail,
        },
      });
    },

    addSettledCounts(counts) {
      for (const { day, bucket, method, count } of counts) {
        if (bucket === 'unknown') {
          if (query.method === undefined && method === '') unknownAccounts += count;
          continue;
        }
        // A settled flow with no final event has outlived its lifetime.
        const result = bucket === 'open' ? ResetResult.Abandoned : bucket;
        if (query.result !== undefined && result !== query.result) continue;
        if (method === '') byResult[result] += count;
        else countMethod(day, method, count);
      }
    },

    totals() {
      const methodOrder = Object.values(MethodType) as string[];
      const byMethodPerDay: MethodDayCount[] = [...methodDays.keys()].sort().flatMap((day) =>
        [...(methodDays.get(day) ?? new Map<MethodType, number>())]
          .filter(([, count]) => count !== 0)
          .sort(([a], [b]) => methodOrder.indexOf(a) - methodOrder.indexOf(b))
          .map(([method, count]) => ({ day, method, count })),
      );
      return { byResult, byMethodPerDay, unknownAccounts };
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the rollup readers need: the recount's source without the audit log. */
export type RollupActivitySource = Omit<ResetActivitySource, 'audit'>;

/**
 * The totals of a query without `userId` or `method`, from the store's rollups: the whole
 * UTC days of the range that ended at least a flow lifetime ago from the daily counters (a
 * flow still `open` there has expired: `Abandoned`), the rest (the partial first and last
 * days, and the days whose flows may still be open) from the per-flow rows, read as the
 * recount reads them. Unlike the recount, rollups count events of any age (the recount
 * reads {@link OUTCOME_WINDOW_MS} past `to`) and keep flows whose events retention deleted.
 *
 * Cost: one counter query over the whole days, and O(F) for the F flows of at most two
 * partial spans (about two days each).
 */
export async function collectRollupTotals(
  rollup: ResetRollupStore,
  source: RollupActivitySource,
  query: ResetActivityQuery,
): Promise<ResetActivityTotals> {
  const fromMs = query.from.getTime();
  const toMs = query.to.getTime();
  const settledMs = source.nowMs - source.flowTtlMs;
  const wholeFrom = Math.ceil(fromMs / DAY_MS) * DAY_MS;
  const wholeTo = Math.floor(Math.min(toMs, settledMs) / DAY_MS) * DAY_MS;
  const fold = createActivityFold(query, source);
  const buckets = bucketsOf(query.result);
  const scan = async (spanFrom: number, spanTo: number) => {
    if (spanFrom >= spanTo) return;
    const flows = await rollup.flows({
      tenantId: source.tenantId,
      from: new Date(spanFrom),
      to: new Date(spanTo),
      ...(buckets === undefined ? {} : { buckets: [...buckets, 'unknown'] }),
    });
    for (const flow of flows) fold.addFlow(flow.flowId, flow.trail);
  };
  if (wholeFrom < wholeTo) {
    const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    fold.addSettledCounts(await rollup.daily(source.tenantId, dayOf(wholeFrom), dayOf(wholeTo)));
    await scan(fromMs, wholeFrom);
    await scan(wholeTo, toMs);
  } else await scan(fromMs, toMs);
  return fold.totals();
}

/**
 * Up to `limit` rows of a query without `userId` or `method`, newest first, strictly older
 * than `before` (a row's keyset position), from the per-flow rollup: one keyset query a
 * page (more only when a `result` of `InProgress` or `Abandoned` drops open flows of the
 * other one).
 */
export async function readRollupEntries(
  rollup: ResetRollupStore,
  source: RollupActivitySource,
  query: ResetActivityQuery,
  before: { timeMs: number; eventId: string } | undefined,
  limit: number,
): Promise<ResetActivityEntry[]> {
  const fold = createActivityFold(query, source);
  const buckets =
    bucketsOf(query.result) ?? ROLLUP_BUCKETS.filter((bucket) => bucket !== 'unknown');
  let position = before;
  for (;;) {
    const wanted = limit - fold.entries.length;
    const flows = await rollup.flows({
      tenantId: source.tenantId,
      from: query.from,
      to: query.to,
      buckets,
      ...(position === undefined ? {} : { before: position }),
      ...(Number.isFinite(wanted) ? { limit: wanted } : {}),
    });
    for (const flow of flows) fold.addFlow(flow.flowId, flow.trail);
    const last = flows.at(-1)?.trail.start;
    if (last === undefined || flows.length < wanted || fold.entries.length >= limit)
      return fold.entries;
    position = { timeMs: last.timeMs, eventId: last.eventId };
  }
}

/** The buckets a `result` filter reads (`undefined`: every one). */
function bucketsOf(result: ResetResult | undefined): RollupBucket[] | undefined {
  if (result === undefined) return undefined;
  if (result === ResetResult.InProgress) return ['open'];
  if (result === ResetResult.Abandoned) return [ResetResult.Abandoned, 'open'];
  return [result];
}

/** The start time as `toISOString()` writes it; most stores keep it so, which spares a Date. */
function canonicalTime(start: { time: string; timeMs: number }): string {
  return start.time.length === 24 && CANONICAL_TIME.test(start.time)
    ? start.time
    : new Date(start.timeMs).toISOString();
}

const CANONICAL_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * Every event matching `query`, newest first, a page (up to 1000 events) at a time: the
 * caller loops over arrays, not one awaited step per event.
 */
export async function* readAuditPages(
  audit: AuditStore,
  query: Omit<AuditQuery, 'cursor' | 'limit'>,
): AsyncGenerator<AuditEvent[]> {
  const pages = readAllPages((request) => audit.query({ ...query, ...request, limit: AUDIT_PAGE }));
  for await (const page of pages) yield page.events;
}
