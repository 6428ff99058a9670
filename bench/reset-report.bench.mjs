// Times a 30-day reset-activity report over 1,000,000 audit events in the memory store.
// Usage: node bench/reset-report.bench.mjs (or npm run bench). Writes bench/results/reset-report.json.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createPbkdf2Hasher, createReports, parsePolicy } from '../packages/core/dist/index.js';
import {
  createFakeClock,
  createMemoryDirectory,
  createMemoryStorage,
} from '../packages/core/dist/memory.js';
import {
  buildAuditLog,
  DAY,
  DAYS,
  measure,
  NOW,
  REPORT_TYPES,
  SEED,
  scanAuditRange,
  TENANT,
  TOTAL_EVENTS,
  USERS,
} from './audit-events.mjs';

const REPORT_DAYS = 30;

// ---- the seeded audit log (bench/audit-events.mjs) --------------------------------------

const buildStart = performance.now();
const { events, flows, users } = buildAuditLog();
const buildMs = performance.now() - buildStart;

const storage = createMemoryStorage();
const appendStart = performance.now();
for (const event of events) await storage.audit.append(event);
const appendMs = performance.now() - appendStart;
events.length = 0;

const clock = createFakeClock(NOW);
const reports = createReports({
  audit: storage.audit,
  registrations: storage.registrations,
  directory: createMemoryDirectory({ users: [], hasher: createPbkdf2Hasher({ iterations: 1 }) }),
  getPolicy: async () => parsePolicy({}),
  clock,
  tenantId: TENANT,
});
const to = NOW;
const from = new Date(NOW.getTime() - REPORT_DAYS * DAY);

// ---- measurements -----------------------------------------------------------------------

const rawAll = await measure(() => scanAuditRange(storage.audit, { from, to }));
const rawTypes = await measure(() =>
  scanAuditRange(storage.audit, { from, to, types: REPORT_TYPES }),
);
const eventsInRange = rawAll.value;
const firstPage = await measure(() => reports.resetActivity({ from, to, limit: 100 }));
const secondPage = await measure(() =>
  reports.resetActivity({ from, to, limit: 100, cursor: firstPage.value.nextCursor }),
);
const csv = await measure(() => reports.resetActivityCsv({ from, to }));
const oneUser = await measure(() => reports.resetActivity({ from, to, userId: users[42].userId }));

const totals = firstPage.value.totals;
const rows = Object.values(totals.byResult).reduce((sum, count) => sum + count, 0);
const perSecond = (ms) => Math.round(eventsInRange / (ms / 1000));
const summary = (name, measured, extra = {}) => ({
  name,
  runs: measured.runs,
  medianMs: measured.medianMs,
  minMs: measured.minMs,
  maxMs: measured.maxMs,
  eventsPerSecond: perSecond(measured.medianMs),
  ...extra,
});
const cases = [
  summary('resetActivity first page + totals', firstPage, {
    rows: firstPage.value.rows.length,
  }),
  summary('resetActivity second page (cursor)', secondPage, {
    rows: secondPage.value.rows.length,
  }),
  summary('resetActivityCsv (every row)', csv, {
    rows,
    csvBytes: Buffer.byteLength(csv.value),
  }),
  summary('audit.query paging, every event (baseline)', rawAll, { events: rawAll.value }),
  summary('audit.query paging, report types (baseline)', rawTypes, { events: rawTypes.value }),
  {
    ...summary('resetActivity for one user', oneUser, { rows: oneUser.value.rows.length }),
    eventsPerSecond: undefined,
  },
];

const fmt = (n, digits = 1) => n.toFixed(digits);
console.log(
  `${TOTAL_EVENTS.toLocaleString('en')} events, ${flows.toLocaleString('en')} flows over ${DAYS} days ` +
    `(built in ${fmt(buildMs / 1000)} s, appended in ${fmt(appendMs / 1000)} s); ` +
    `${REPORT_DAYS}-day range: ${eventsInRange.toLocaleString('en')} events, ${rows.toLocaleString('en')} rows, ` +
    `${totals.unknownAccounts.toLocaleString('en')} unknown-account flows`,
);
console.table(
  Object.fromEntries(
    cases.map((c) => [
      c.name,
      {
        'median ms': fmt(c.medianMs),
        'min ms': fmt(c.minMs),
        'events/s': c.eventsPerSecond?.toLocaleString('en') ?? '-',
        'vs raw paging': `${fmt(c.medianMs / rawAll.medianMs, 2)}x`,
      },
    ]),
  ),
);
console.log('byResult', totals.byResult);

const results = {
  node: process.version,
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  store: 'createMemoryStorage().audit',
  events: TOTAL_EVENTS,
  flows,
  days: DAYS,
  users: USERS,
  seed: SEED,
  buildMs,
  appendMs,
  appendEventsPerSecond: Math.round(TOTAL_EVENTS / (appendMs / 1000)),
  range: {
    from: from.toISOString(),
    to: to.toISOString(),
    days: REPORT_DAYS,
    events: eventsInRange,
  },
  rows,
  totals: {
    byResult: totals.byResult,
    unknownAccounts: totals.unknownAccounts,
    methodDays: totals.byMethodPerDay.length,
  },
  cases,
  ratios: Object.fromEntries(cases.map((c) => [c.name, c.medianMs / rawAll.medianMs])),
  heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
};
const dir = fileURLToPath(new URL('results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}reset-report.json.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${dir}reset-report.json.tmp`, `${dir}reset-report.json`);
console.log('Wrote bench/results/reset-report.json');
