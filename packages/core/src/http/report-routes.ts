import type { MethodType } from '../methods/recovery-method.js';
import type { Reports } from '../reports/create-reports.js';
import { prefersCsv } from './content-negotiation.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, RouteResult, TenantScope } from './route-handlers.js';

const DAY = 24 * 60 * 60_000;

/** What {@link createReportRoutes} needs besides the services. */
export interface ReportRoutesScope extends TenantScope {
  /** The clock of the default range (the last 30 days). */
  now: () => Date;
}

/** A report query's paging, for JSON pages only. */
interface Paging {
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One report's two forms: a JSON page, or the whole range as CSV. */
interface ReportCalls {
  page: (paging: Paging) => Promise<object>;
  csv: () => Promise<string>;
}

/**
 * The activity reports, `/admin/reports/*`: a JSON page, or with `Accept: text/csv` the
 * whole range as one CSV file. Without `services.reports` they answer 501.
 */
export function createReportRoutes(
  services: Pick<HttpServices, 'reports'>,
  scope: ReportRoutesScope,
): Pick<
  RouteHandlers,
  'resetReport' | 'registrationReport' | 'usageReport' | 'listUsers' | 'auditLog'
> {
  const { tenantId } = scope;

  /** A report's range: [`from`, `to`), by default the last 30 days. */
  function rangeOf(query: { from?: string | undefined; to?: string | undefined }) {
    const to = query.to === undefined ? scope.now() : new Date(query.to);
    const from =
      query.from === undefined ? new Date(to.getTime() - 30 * DAY) : new Date(query.from);
    if (from.getTime() > to.getTime()) {
      throw new HttpError(400, HttpErrorCode.InvalidRequest, {
        issues: [{ path: 'from', code: 'after_to' }],
      });
    }
    return { from, to, tenantId };
  }

  /** An activity report's `user` and `method` filters, as the reports take them. */
  function filtersOf(query: { user?: string | undefined; method?: MethodType | undefined }) {
    return {
      ...(query.user === undefined ? {} : { userId: query.user }),
      ...(query.method === undefined ? {} : { method: query.method }),
    };
  }

  /**
   * Answers a report as a JSON page, or (with `Accept: text/csv`) as the whole range in one
   * CSV file, which has no paging: `cursor` and `limit` are refused with it.
   */
  async function answer(
    request: Request,
    paging: Paging,
    callsOf: (reports: Reports) => ReportCalls,
    options: { csv?: boolean } = {},
  ): Promise<RouteResult> {
    const calls = callsOf(reportsOf());
    try {
      if (options.csv === true || prefersCsv(request.headers.get('accept'))) {
        const extra = (['cursor', 'limit'] as const).filter((key) => paging[key] !== undefined);
        if (extra.length > 0) {
          throw new HttpError(400, HttpErrorCode.InvalidRequest, {
            issues: extra.map((key) => ({ path: key, code: 'not_with_csv' })),
          });
        }
        return { csv: await calls.csv(), vary: 'Accept' };
      }
      const page = await calls.page({ cursor: paging.cursor, limit: paging.limit });
      return { json: page, vary: 'Accept' };
    } catch (error) {
      // The reports refuse bad ranges and limits with TypeError: the query's fault here.
      if (error instanceof TypeError) throw new HttpError(400, HttpErrorCode.InvalidRequest);
      throw error;
    }
  }

  /** The reports, or 501 when the handler was built without them. */
  function reportsOf(): Reports {
    if (services.reports === undefined) throw new HttpError(501, HttpErrorCode.NotImplemented);
    return services.reports;
  }

  return {
    async listUsers({ query }) {
      try {
        const page = await reportsOf().users({ tenantId, ...query });
        return { json: page };
      } catch (error) {
        if (error instanceof TypeError) throw new HttpError(400, HttpErrorCode.InvalidRequest);
        throw error;
      }
    },
    async auditLog({ query, request }) {
      const filters = {
        ...rangeOf(query),
        ...(query.type === undefined ? {} : { type: query.type }),
        ...(query.result === undefined ? {} : { result: query.result }),
        ...(query.user === undefined ? {} : { userId: query.user }),
      };
      return answer(
        request,
        query,
        (reports) => ({
          page: async (paging) => {
            const page = await reports.auditLog({ ...filters, ...paging });
            return {
              events: page.events,
              ...(page.nextCursor === null ? {} : { next: page.nextCursor }),
            };
          },
          csv: () => reports.auditLogCsv(filters),
        }),
        { csv: query.format === 'csv' },
      );
    },
    async resetReport({ query, request }) {
      const range = { ...rangeOf(query), ...filtersOf(query), result: query.result };
      return answer(request, query, (reports) => ({
        page: (paging) => reports.resetActivity({ ...range, ...paging }),
        csv: () => reports.resetActivityCsv(range),
      }));
    },
    async registrationReport({ query, request }) {
      const range = { ...rangeOf(query), ...filtersOf(query) };
      return answer(request, query, (reports) => ({
        page: (paging) => reports.registrationActivity({ ...range, ...paging }),
        csv: () => reports.registrationActivityCsv(range),
      }));
    },
    async usageReport({ query, request }) {
      return answer(request, query, (reports) => ({
        page: (paging) => reports.usage({ tenantId, ...paging }),
        csv: () => reports.usageCsv({ tenantId }),
      }));
    },
  };
}
