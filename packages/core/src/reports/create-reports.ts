import { ResetResult } from '../audit/reset-result.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory } from '../ports/directory.js';
import type { AuditStore, RegistrationStore, ResetRollupStore } from '../ports/storage.js';
import {
  AUDIT_COLUMNS,
  type AuditViewPage,
  type AuditViewQuery,
  readAuditView,
} from './audit-viewer.js';
import {
  type RegistrationActivityPage,
  type RegistrationActivityQuery,
  readRegistrationActivity,
} from './registration-activity.js';
import {
  REGISTRATION_ACTIVITY_COLUMNS,
  RESET_ACTIVITY_COLUMNS,
  USAGE_COLUMNS,
} from './report-columns.js';
import {
  checkReportRange,
  decodeReportCursor,
  encodeReportCursor,
  MAX_REPORT_LIMIT,
  type PageRequest,
  readAllPages,
  resolveReportLimit,
} from './report-paging.js';
import {
  collectResetActivity,
  collectRollupTotals,
  type ResetActivity,
  type ResetActivityPage,
  type ResetActivityQuery,
  type RollupActivitySource,
  readRollupEntries,
} from './reset-activity.js';
import { type CsvColumn, toCsv } from './to-csv.js';
import { readUsage, type UsagePage, type UsageQuery, type UsageSource } from './usage.js';
import {
  readUserInsights,
  type UserInsightsPage,
  type UserInsightsQuery,
} from './user-insights.js';

/** What {@link createReports} reads. */
export interface ReportsDependencies {
  /** The audit log the reset and registration reports query. */
  audit: AuditStore;
  /** Registered methods, for the usage report. */
  registrations: RegistrationStore;
  /** Current names, roles and groups, for the usage report. */
  directory: Directory;
  /** The tenant's parsed policy (methods, gates, scope, flow lifetime). */
  getPolicy(tenantId: string): Promise<Policy>;
  /** Tells open flows from expired ones. */
  clock: Clock;
  /** The tenant a query without `tenantId` reads. */
  tenantId: string;
}

/** A reset-activity query for an export: every row of the range, no paging. */
export type ResetActivityCsvQuery = Omit<ResetActivityQuery, 'cursor' | 'limit'>;

/** A registration-activity query for an export: every row of the range, no paging. */
export type RegistrationActivityCsvQuery = Omit<RegistrationActivityQuery, 'cursor' | 'limit'>;

/** A usage query for an export: every user, no paging. */
export type UsageCsvQuery = Omit<UsageQuery, 'cursor' | 'limit'>;

/**
 * The activity reports: queries over the audit log, the registrations and the directory,
 * as Entra's "Password reset activity", "Registration activity" and "Usage & insights".
 * Every page query takes `limit` 1-1000 (default 100) and an opaque `cursor`; a cursor
 * from another report, or forged, throws `OpenResetError` code `invalid_cursor`.
 */
export interface Reports {
  /**
   * One row per reset or unlock flow of a known account started in [`from`, `to`), newest
   * first, with totals over every matching row (not just the page). Each call reads the
   * whole range once (see `collectResetActivity` for the cost), since the totals need it.
   *
   * @throws {TypeError} for an invalid range, `limit` or `result`.
   */
  resetActivity(query: ResetActivityQuery): Promise<ResetActivityPage>;
  /**
   * Methods registered and removed, and reconfirmations, in [`from`, `to`), newest first.
   * A page reads only its own events.
   *
   * @throws {TypeError} for an invalid range or `limit`.
   */
  registrationActivity(query: RegistrationActivityQuery): Promise<RegistrationActivityPage>;
  /** Per-user registered / enabled / capable and methods, for every user with a registration. */
  usage(query?: UsageQuery): Promise<UsagePage>;
  /**
   * Usage & insights over every user the directory lists (`Directory.listUsers`; without it,
   * every user with a registration), with totals by result and by method over all of them.
   *
   * @throws {TypeError} for an invalid `limit`.
   */
  users(query?: UserInsightsQuery): Promise<UserInsightsPage>;
  /**
   * The audit log for the viewer: events as stored in [`from`, `to`), newest first, by type,
   * result and user. A page reads only its own events (and those of the other result).
   *
   * @throws {TypeError} for an invalid range or `limit`.
   */
  auditLog(query: AuditViewQuery): Promise<AuditViewPage>;
  /** Every event of the audit viewer's query as CSV (`AUDIT_COLUMNS`). */
  auditLogCsv(query: Omit<AuditViewQuery, 'cursor' | 'limit'>): Promise<string>;
  /** Every reset-activity row of the range as CSV ({@link RESET_ACTIVITY_COLUMNS}), from one pass. */
  resetActivityCsv(query: ResetActivityCsvQuery): Promise<string>;
  /** Every registration-activity row of the range as CSV ({@link REGISTRATION_ACTIVITY_COLUMNS}). */
  registrationActivityCsv(query: RegistrationActivityCsvQuery): Promise<string>;
  /** Every usage row as CSV ({@link USAGE_COLUMNS}). */
  usageCsv(query?: UsageCsvQuery): Promise<string>;
}

const RESET_REPORT = 'reset';
const MINUTE = 60_000;

/**
 * Creates the {@link Reports} over a store, a directory and the tenant policy.
 *
 * @example
 * ```ts
 * const reports = createReports({
 *   audit: storage.audit,
 *   registrations: storage.registrations,
 *   directory,
 *   getPolicy: async () => policy,
 *   clock: systemClock,
 *   tenantId: 'default',
 * });
 * const to = new Date();
 * const from = new Date(to.getTime() - 30 * 24 * 3600_000);
 * const { rows, totals, nextCursor } = await reports.resetActivity({ from, to });
 * const csv = await reports.resetActivityCsv({ from, to, result: 'Failed' });
 * ```
 */
export function createReports(deps: ReportsDependencies): Reports {
  const tenantOf = (query: { tenantId?: string | undefined }) => query.tenantId ?? deps.tenantId;

  /** Checks a reset-activity query and reads what every way of answering it needs. */
  async function sourceOf(query: ResetActivityCsvQuery): Promise<RollupActivitySource> {
    checkReportRange(query.from, query.to);
    if (
      query.result !== undefined &&
      !(Object.values(ResetResult) as string[]).includes(query.result)
    ) {
      throw new TypeError(`result must be one of ${Object.values(ResetResult).join(', ')}`);
    }
    const tenantId = tenantOf(query);
    const policy = await deps.getPolicy(tenantId);
    return {
      tenantId,
      nowMs: deps.clock.now().getTime(),
      flowTtlMs: policy.flowTtlMinutes * MINUTE,
    };
  }

  /** The store's rollups when they can answer `query` (no `userId` or `method` filter). */
  function rollupFor(query: ResetActivityCsvQuery): ResetRollupStore | undefined {
    return query.userId === undefined && query.method === undefined
      ? deps.audit.resetRollup
      : undefined;
  }

  async function collect(query: ResetActivityCsvQuery): Promise<ResetActivity> {
    const source = await sourceOf(query);
    return collectResetActivity({ ...source, audit: deps.audit }, query);
  }

  async function resetActivity(query: ResetActivityQuery): Promise<ResetActivityPage> {
    const limit = resolveReportLimit(query.limit);
    const after =
      query.cursor === undefined
        ? null
        : decodeReportCursor(query.cursor, RESET_REPORT, ['integer', 'string']);
    const rollup = rollupFor(query);
    if (rollup !== undefined) {
      const source = await sourceOf(query);
      const before = after === null ? undefined : { timeMs: after[0], eventId: after[1] };
      const [entries, totals] = await Promise.all([
        readRollupEntries(rollup, source, query, before, limit + 1),
        collectRollupTotals(rollup, source, query),
      ]);
      const page = entries.slice(0, limit);
      const last = page.at(-1);
      return {
        rows: page.map((entry) => entry.row),
        nextCursor:
          entries.length > limit && last !== undefined
            ? encodeReportCursor(RESET_REPORT, [last.timeMs, last.eventId])
            : null,
        totals,
      };
    }
    const { entries, totals } = await collect(query);
    // Entries run newest first by (time, event id): skip those at or before the cursor.
    let start = 0;
    if (after !== null) {
      const [timeMs, eventId] = after;
      let high = entries.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        const entry = entries[middle];
        const isPast =
          entry !== undefined &&
          (entry.timeMs > timeMs || (entry.timeMs === timeMs && entry.eventId >= eventId));
        if (isPast) start = middle + 1;
        else high = middle;
      }
    }
    const page = entries.slice(start, start + limit);
    const last = page.at(-1);
    return {
      rows: page.map((entry) => entry.row),
      nextCursor:
        start + limit < entries.length && last !== undefined
          ? encodeReportCursor(RESET_REPORT, [last.timeMs, last.eventId])
          : null,
      totals,
    };
  }

  async function registrationActivity(
    query: RegistrationActivityQuery,
  ): Promise<RegistrationActivityPage> {
    checkReportRange(query.from, query.to);
    const limit = resolveReportLimit(query.limit);
    return readRegistrationActivity(deps.audit, tenantOf(query), query, limit);
  }

  async function auditLog(query: AuditViewQuery): Promise<AuditViewPage> {
    checkReportRange(query.from, query.to);
    const limit = resolveReportLimit(query.limit);
    return readAuditView(deps.audit, tenantOf(query), query, limit);
  }

  /** A page of a report over the directory's users (usage, user insights), with the tenant's policy. */
  async function overUsers<Query extends UsageQuery | UserInsightsQuery, Page>(
    query: Query,
    read: (source: UsageSource, query: Query, limit: number) => Promise<Page>,
  ): Promise<Page> {
    const limit = resolveReportLimit(query.limit);
    const tenantId = tenantOf(query);
    const policy = await deps.getPolicy(tenantId);
    return read(
      { registrations: deps.registrations, directory: deps.directory, policy, tenantId },
      query,
      limit,
    );
  }

  async function usage(query: UsageQuery = {}): Promise<UsagePage> {
    return overUsers(query, readUsage);
  }

  return {
    resetActivity,
    registrationActivity,
    usage,

    async users(query = {}) {
      return overUsers(query, readUserInsights);
    },

    async resetActivityCsv(query) {
      const rollup = rollupFor(query);
      const entries =
        rollup === undefined
          ? (await collect(query)).entries
          : await readRollupEntries(
              rollup,
              await sourceOf(query),
              query,
              undefined,
              Number.POSITIVE_INFINITY,
            );
      return toCsv(
        entries.map((entry) => entry.row),
        RESET_ACTIVITY_COLUMNS,
      );
    },

    registrationActivityCsv: (query) =>
      pagesToCsv(
        (request) => registrationActivity({ ...query, ...request, limit: MAX_REPORT_LIMIT }),
        REGISTRATION_ACTIVITY_COLUMNS,
      ),

    auditLog,

    auditLogCsv: (query) =>
      pagesToCsv(async (request) => {
        const page = await auditLog({ ...query, ...request, limit: MAX_REPORT_LIMIT });
        return { rows: page.events, nextCursor: page.nextCursor };
      }, AUDIT_COLUMNS),

    usageCsv: (query = {}) =>
      pagesToCsv(
        (request) => usage({ ...query, ...request, limit: MAX_REPORT_LIMIT }),
        USAGE_COLUMNS,
      ),
  };
}

/** Every row of a paged report, read a page at a time, as CSV. */
async function pagesToCsv<Row>(
  readPage: (request: PageRequest) => Promise<{ rows: Row[]; nextCursor: string | null }>,
  columns: readonly CsvColumn<Row>[],
): Promise<string> {
  const rows: Row[] = [];
  for await (const page of readAllPages(readPage)) rows.push(...page.rows);
  return toCsv(rows, columns);
}
