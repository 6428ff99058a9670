// The report routes on their own (issue 20's mutation run of http/): what each route asks the
// reports for (range, filters, tenant, paging), the refusals it answers itself (a range that
// ends before it starts, paging asked of a CSV file), and how it reads the reports' own
// refusals. The reports are a recording fake: the SQL and memory reports have their own suites.
import { describe, expect, it } from 'vitest';
import type { Reports } from '../reports/create-reports.js';
import { httpRefusal } from './http-test-setup.js';
import { createReportRoutes } from './report-routes.js';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** Reports that record each call's argument and answer `page` (or throw `failure`). */
function recordingReports(failure?: Error) {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const record = (name: string, answer: unknown) => async (input: Record<string, unknown>) => {
    calls.push({ name, input });
    if (failure !== undefined) throw failure;
    return answer;
  };
  const page = { rows: [], totals: {} };
  const reports = {
    resetActivity: record('resetActivity', page),
    resetActivityCsv: record('resetActivityCsv', 'reset csv'),
    registrationActivity: record('registrationActivity', page),
    registrationActivityCsv: record('registrationActivityCsv', 'registration csv'),
    usage: record('usage', page),
    usageCsv: record('usageCsv', 'usage csv'),
    auditLog: record('auditLog', { events: [], nextCursor: 'next-page' }),
    auditLogCsv: record('auditLogCsv', 'audit csv'),
    users: record('users', { users: [] }),
  } as unknown as Reports;
  return { reports, calls };
}

function routesWith(reports: Reports | undefined) {
  return createReportRoutes({ reports }, { tenantId: 'tenant-1', now: () => NOW });
}

const get = (accept = 'application/json') =>
  new Request('http://localhost/admin/reports', { headers: { accept } });

describe('report routes', () => {
  it('default to the 30 days before now, and read from and to as given', async () => {
    const { reports, calls } = recordingReports();
    const routes = routesWith(reports);
    await routes.resetReport({ query: {}, request: get() } as never);
    await routes.resetReport({
      query: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
      request: get(),
    } as never);
    await routes.resetReport({
      query: { to: '2026-02-01T00:00:00.000Z' },
      request: get(),
    } as never);
    expect(calls.map((call) => [call.input.from, call.input.to, call.input.tenantId])).toEqual([
      [new Date(NOW.getTime() - 30 * DAY), NOW, 'tenant-1'],
      [new Date('2026-01-01T00:00:00.000Z'), new Date('2026-02-01T00:00:00.000Z'), 'tenant-1'],
      [
        new Date(Date.parse('2026-02-01T00:00:00.000Z') - 30 * DAY),
        new Date('2026-02-01T00:00:00.000Z'),
        'tenant-1',
      ],
    ]);
  });

  it('refuse a range that ends before it starts, naming from, and accept an empty one', async () => {
    const { reports, calls } = recordingReports();
    const routes = routesWith(reports);
    const error = await httpRefusal(
      routes.registrationReport({
        query: { from: '2026-02-01T00:00:00.001Z', to: '2026-02-01T00:00:00.000Z' },
        request: get(),
      } as never),
    );
    expect([error.status, error.code, error.issues]).toEqual([
      400,
      'invalid_request',
      [{ path: 'from', code: 'after_to' }],
    ]);
    expect(calls).toEqual([]);
    const instant = '2026-02-01T00:00:00.000Z';
    await routes.registrationReport({
      query: { from: instant, to: instant },
      request: get(),
    } as never);
    expect(calls.map((call) => call.name)).toEqual(['registrationActivity']);
  });

  it('pass the user and method filters only when given', async () => {
    const { reports, calls } = recordingReports();
    const routes = routesWith(reports);
    await routes.resetReport({ query: { user: 'u1', method: 'email' }, request: get() } as never);
    await routes.resetReport({ query: {}, request: get() } as never);
    await routes.registrationReport({ query: { user: 'u2' }, request: get() } as never);
    expect(calls.map((call) => [call.input.userId, call.input.method])).toEqual([
      ['u1', 'email'],
      [undefined, undefined],
      ['u2', undefined],
    ]);
    expect(calls.map((call) => ['userId' in call.input, 'method' in call.input])).toEqual([
      [true, true],
      [false, false],
      [true, false],
    ]);
  });

  it('pass the audit log its type, result and user filters only when given', async () => {
    const { reports, calls } = recordingReports();
    const routes = routesWith(reports);
    const answer = await routes.auditLog({
      query: { type: 'reset.completed', result: 'success', user: 'u1' },
      request: get(),
    } as never);
    await routes.auditLog({ query: {}, request: get() } as never);
    expect(calls.map((call) => [call.input.type, call.input.result, call.input.userId])).toEqual([
      ['reset.completed', 'success', 'u1'],
      [undefined, undefined, undefined],
    ]);
    expect(calls.map((call) => Object.keys(call.input).sort())).toEqual([
      ['from', 'limit', 'cursor', 'result', 'tenantId', 'to', 'type', 'userId'].sort(),
      ['from', 'limit', 'cursor', 'tenantId', 'to'].sort(),
    ]);
    expect(answer).toEqual({ json: { events: [], next: 'next-page' }, vary: 'Accept' });
  });

  it('answer the whole range as CSV when asked, and refuse paging with it', async () => {
    const { reports, calls } = recordingReports();
    const routes = routesWith(reports);
    expect(
      await routes.registrationReport({ query: {}, request: get('text/csv') } as never),
    ).toEqual({
      csv: 'registration csv',
      vary: 'Accept',
    });
    expect(await routes.usageReport({ query: {}, request: get('text/csv') } as never)).toEqual({
      csv: 'usage csv',
      vary: 'Accept',
    });
    expect(await routes.auditLog({ query: { format: 'csv' }, request: get() } as never)).toEqual({
      csv: 'audit csv',
      vary: 'Accept',
    });
    const error = await httpRefusal(
      routes.resetReport({ query: { cursor: 'c', limit: 5 }, request: get('text/csv') } as never),
    );
    expect([error.status, error.code, error.issues]).toEqual([
      400,
      'invalid_request',
      [
        { path: 'cursor', code: 'not_with_csv' },
        { path: 'limit', code: 'not_with_csv' },
      ],
    ]);
    expect(calls.map((call) => call.name)).toEqual([
      'registrationActivityCsv',
      'usageCsv',
      'auditLogCsv',
    ]);
    expect(calls[1]?.input).toEqual({ tenantId: 'tenant-1' });
  });

  it('page the usage report in the tenant and vary JSON pages by Accept', async () => {
    const { reports, calls } = recordingReports();
    const answer = await routesWith(reports).usageReport({
      query: { cursor: 'c', limit: 5 },
      request: get(),
    } as never);
    expect(answer).toEqual({ json: { rows: [], totals: {} }, vary: 'Accept' });
    expect(calls).toEqual([
      { name: 'usage', input: { tenantId: 'tenant-1', cursor: 'c', limit: 5 } },
    ]);
  });

  it("answer the reports' TypeError as invalid_request and pass any other failure on", async () => {
    const typeError = routesWith(recordingReports(new TypeError('bad limit')).reports);
    for (const call of [
      () => typeError.resetReport({ query: {}, request: get() } as never),
      () => typeError.listUsers({ query: {}, request: get() } as never),
    ]) {
      const error = await httpRefusal(call());
      expect([error.status, error.code]).toEqual([400, 'invalid_request']);
    }
    const broken = new Error('disk gone');
    const failing = routesWith(recordingReports(broken).reports);
    await expect(failing.resetReport({ query: {}, request: get() } as never)).rejects.toBe(broken);
    await expect(failing.listUsers({ query: {}, request: get() } as never)).rejects.toBe(broken);
  });

  it('list users in the tenant, and answer 501 without reports', async () => {
    const { reports, calls } = recordingReports();
    expect(
      await routesWith(reports).listUsers({ query: { limit: 3 }, request: get() } as never),
    ).toEqual({
      json: { users: [] },
    });
    expect(calls).toEqual([{ name: 'users', input: { tenantId: 'tenant-1', limit: 3 } }]);
    const error = await httpRefusal(
      routesWith(undefined).usageReport({ query: {}, request: get() } as never),
    );
    expect([error.status, error.code]).toEqual([501, 'not_implemented']);
  });
});
