// Times the 30-day reset-activity report over 1,000,000 audit events in the SQL storage:
// SQLite (a temporary file) and PostgreSQL. The same log and the same cases as
// reset-report.bench.mjs (the memory store), plus the query plans of the report's queries.
// PostgreSQL: the server at OPENRESET_TEST_POSTGRES_URL when it is set (the bench works in a
// database of its own there and drops it), else one started by scripts/services/postgres.mjs,
// as `npm test` starts it.
// Usage: npm run build && node bench/reset-report-sql.bench.mjs (or npm run bench).
// Writes bench/results/reset-report-sql.json.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { createPostgresStorage } from '../packages/adapters/dist/postgres.js';
import { createSqliteStorage } from '../packages/adapters/dist/sqlite.js';
import { createPbkdf2Hasher, createReports, parsePolicy } from '../packages/core/dist/index.js';
import { createFakeClock, createMemoryDirectory } from '../packages/core/dist/memory.js';
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
/** Appends timed through `storage.audit.append`, one event at a time, before the bulk load. */
const APPEND_SAMPLE = 5000;
/** Rows per multi-row INSERT (7 parameters a row) and per transaction in the bulk load. */
const INSERT_ROWS = 1000;
const TRANSACTION_ROWS = 20_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const to = NOW;
const from = new Date(NOW.getTime() - REPORT_DAYS * DAY);
const fmt = (n, digits = 1) => n.toFixed(digits);
const seconds = (ms) => `${fmt(ms / 1000)} s`;

// ---- the seeded audit log (bench/audit-events.mjs) --------------------------------------

const buildStart = performance.now();
const { events, flows, users } = buildAuditLog();
const buildMs = performance.now() - buildStart;
console.log(
  `${TOTAL_EVENTS.toLocaleString('en')} events, ${flows.toLocaleString('en')} flows over ${DAYS} days, built in ${seconds(buildMs)}`,
);

/** The columns `createSqlAuditStore().append` writes for an event. */
const toRow = (event) => ({
  id: event.id,
  tenant_id: event.tenantId,
  time_ms: Date.parse(event.time),
  type: event.type,
  target_user_id: event.target?.userId ?? null,
  correlation_id: event.correlationId,
  event: JSON.stringify(event),
});

// ---- the databases ------------------------------------------------------------------------

/**
 * Every SELECT on openreset_audit the store sends while `recording` is on, as
 * `{ sql, parameters }`: the exact statements EXPLAIN is run on later.
 */
const recorder = {
  recording: false,
  queries: [],
  record(sql, parameters) {
    if (this.recording && /^select\b/i.test(sql) && sql.includes('"openreset_audit"')) {
      this.queries.push({ sql, parameters: [...parameters] });
    }
  },
};

async function openSqlite() {
  const folder = mkdtempSync(join(tmpdir(), 'openreset-bench-sqlite-'));
  const filename = join(folder, 'bench.db');
  // The storage borrows this handle, so the bench can see the statements Kysely prepares.
  const sqlite = new BetterSqlite3(filename);
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (source) => {
    const statement = prepare(source);
    if (statement.reader) {
      const all = statement.all.bind(statement);
      statement.all = (parameters) => {
        recorder.record(source, parameters ?? []);
        return all(parameters ?? []);
      };
    }
    return statement;
  };
  const storage = await createSqliteStorage({ database: sqlite });
  const version = sqlite.prepare('select sqlite_version() as v').get().v;
  return {
    name: 'sqlite',
    label: `SQLite ${version} (better-sqlite3, WAL, synchronous=full, temp file)`,
    storage,
    async afterLoad() {
      // What an application sees: no ANALYZE (the adapter never runs one), a checkpointed WAL.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
    async explain({ sql, parameters }) {
      const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(parameters);
      return rows.map((row) => row.detail);
    },
    async size() {
      const pageSize = sqlite.pragma('page_size', { simple: true });
      const bytes = (name) =>
        sqlite.prepare('select sum(pgsize) as b from dbstat where name = ?').get(name)?.b ?? null;
      let indexes = {};
      try {
        const names = sqlite
          .prepare(
            "select name from sqlite_master where type = 'index' and tbl_name = 'openreset_audit'",
          )
          .all()
          .map((row) => row.name);
        indexes = Object.fromEntries(names.map((name) => [name, bytes(name)]));
        return {
          fileBytes: statSync(filename).size,
          tableBytes: bytes('openreset_audit'),
          indexes,
        };
      } catch {
        // dbstat is not compiled in: the file size says enough.
        return { fileBytes: sqlite.pragma('page_count', { simple: true }) * pageSize };
      }
    },
    async close() {
      await storage.close();
      sqlite.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Starts PostgreSQL as scripts/test.mjs does, unless OPENRESET_TEST_POSTGRES_URL is set. */
async function postgresServerUrl() {
  if (process.env.OPENRESET_TEST_POSTGRES_URL) return process.env.OPENRESET_TEST_POSTGRES_URL;
  const isRoot = process.getuid?.() === 0;
  const run = (command, args, options = {}) => {
    console.log(`> ${[command, ...args].join(' ')}`);
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
    if (result.status !== 0) {
      throw new Error(
        `${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`,
      );
    }
  };
  const aptInstall = (packages) => {
    if (!isRoot) return false;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', ...packages], { env });
    return true;
  };
  const service = await import(new URL('scripts/services/postgres.mjs', `file://${root}`).href);
  const env = await service.start({ run, aptInstall, isRoot });
  return env.OPENRESET_TEST_POSTGRES_URL;
}

async function openPostgres() {
  const serverUrl = await postgresServerUrl();
  // A database of its own, dropped at the end, so a test database is left as it was.
  const name = `openreset_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The storage borrows this pool, so the bench can see the statements Kysely sends.
  const pool = new pg.Pool({ connectionString: url.href, max: 10 });
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (text, values, ...rest) => {
      if (typeof text === 'string') recorder.record(text, values ?? []);
      return query(text, values, ...rest);
    };
  });
  const storage = await createPostgresStorage({ pool });
  const settings = async () => {
    const { rows } = await pool.query(
      "select name, setting from pg_settings where name in ('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'random_page_cost', 'effective_cache_size')",
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  };
  const version = (await pool.query('show server_version')).rows[0].server_version;
  return {
    name: 'postgres',
    label: `PostgreSQL ${version} (pg, 127.0.0.1)`,
    storage,
    settings,
    async afterLoad() {
      // Autovacuum would get there on its own after a load this size; do it now, so the
      // figures do not depend on when it ran.
      await pool.query(
        'vacuum analyze openreset_audit, openreset_report_flows, openreset_report_daily',
      );
    },
    async explain({ sql, parameters }) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
      return rows.map((row) => row['QUERY PLAN']);
    },
    async size() {
      const { rows } = await pool.query(
        `select c.relname as name, pg_relation_size(c.oid) as bytes
           from pg_class c
          where c.relname = 'openreset_audit'
             or c.oid in (select indexrelid from pg_index where indrelid = 'openreset_audit'::regclass)`,
      );
      const toast = await pool.query(
        "select pg_total_relation_size('openreset_audit') - pg_indexes_size('openreset_audit') - pg_relation_size('openreset_audit') as b",
      );
      return {
        tableBytes: Number(rows.find((row) => row.name === 'openreset_audit')?.bytes),
        toastBytes: Number(toast.rows[0].b),
        indexes: Object.fromEntries(
          rows
            .filter((row) => row.name !== 'openreset_audit')
            .map((row) => [row.name, Number(row.bytes)]),
        ),
      };
    },
    async close() {
      await storage.close();
      await pool.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

// ---- loading ---------------------------------------------------------------------------------

/**
 * Loads the log: the first APPEND_SAMPLE events one by one through `storage.audit.append`
 * (to measure it), then the rest in multi-row INSERTs, TRANSACTION_ROWS to a transaction,
 * through the storage's Kysely handle.
 */
async function load(backend) {
  const { storage } = backend;
  const appendStart = performance.now();
  for (let i = 0; i < APPEND_SAMPLE; i++) await storage.audit.append(events[i]);
  const appendMs = performance.now() - appendStart;
  const appendPerSecond = Math.round(APPEND_SAMPLE / (appendMs / 1000));
  console.log(
    `${backend.name}: audit.append, ${APPEND_SAMPLE.toLocaleString('en')} events one by one: ` +
      `${seconds(appendMs)} (${appendPerSecond.toLocaleString('en')} events/s; ` +
      `${fmt(TOTAL_EVENTS / appendPerSecond / 60)} min for the whole log)`,
  );

  const db = storage.database.kysely;
  const bulkStart = performance.now();
  let next = performance.now() + 10_000;
  for (let start = APPEND_SAMPLE; start < events.length; start += TRANSACTION_ROWS) {
    const end = Math.min(start + TRANSACTION_ROWS, events.length);
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < end; i += INSERT_ROWS) {
        const rows = events.slice(i, Math.min(i + INSERT_ROWS, end)).map(toRow);
        await trx.insertInto('openreset_audit').values(rows).execute();
      }
    });
    if (performance.now() > next) {
      next += 10_000;
      console.log(`${backend.name}: ${end.toLocaleString('en')} events loaded`);
    }
  }
  const bulkMs = performance.now() - bulkStart;
  const bulkEvents = events.length - APPEND_SAMPLE;
  const bulkPerSecond = Math.round(bulkEvents / (bulkMs / 1000));
  console.log(
    `${backend.name}: batched INSERTs, ${bulkEvents.toLocaleString('en')} events: ${seconds(bulkMs)} ` +
      `(${bulkPerSecond.toLocaleString('en')} events/s)`,
  );
  // The batched INSERTs bypass append, so the report's rollups are recounted from the log, as
  // `openreset report rebuild` does.
  const rebuildStart = performance.now();
  await storage.audit.resetRollup.rebuild(TENANT);
  const rebuildMs = performance.now() - rebuildStart;
  console.log(`${backend.name}: rollups rebuilt from the log: ${seconds(rebuildMs)}`);
  const afterStart = performance.now();
  await backend.afterLoad();
  const afterLoadMs = performance.now() - afterStart;
  return {
    append: { events: APPEND_SAMPLE, ms: appendMs, eventsPerSecond: appendPerSecond },
    batched: {
      events: bulkEvents,
      rowsPerInsert: INSERT_ROWS,
      rowsPerTransaction: TRANSACTION_ROWS,
      ms: bulkMs,
      eventsPerSecond: bulkPerSecond,
    },
    speedup: bulkPerSecond / appendPerSecond,
    rebuildMs,
    afterLoadMs,
  };
}

// ---- measurements ------------------------------------------------------------------------

/** The memory store's figures (bench/results/reset-report.json), to compare with. */
const memoryResults = (() => {
  const file = `${root}bench/results/reset-report.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
})();

async function bench(backend) {
  const { storage } = backend;
  const loaded = await load(backend);

  const reports = createReports({
    audit: storage.audit,
    registrations: storage.registrations,
    directory: createMemoryDirectory({ users: [], hasher: createPbkdf2Hasher({ iterations: 1 }) }),
    getPolicy: async () => parsePolicy({}),
    clock: createFakeClock(NOW),
    tenantId: TENANT,
  });

  const step = async (name, fn) => {
    const result = await measure(fn);
    console.log(`${backend.name}: ${name}: median ${fmt(result.medianMs)} ms`);
    return result;
  };
  const rawAll = await step('raw paging', () => scanAuditRange(storage.audit, { from, to }));
  const rawTypes = await step('raw paging, report types', () =>
    scanAuditRange(storage.audit, { from, to, types: REPORT_TYPES }),
  );
  const eventsInRange = rawAll.value;
  const firstPage = await step('first page', () => reports.resetActivity({ from, to, limit: 100 }));
  const secondPage = await step('second page', () =>
    reports.resetActivity({ from, to, limit: 100, cursor: firstPage.value.nextCursor }),
  );
  const year = await step('a year: first page and totals', () =>
    reports.resetActivity({ from: new Date(to.getTime() - 365 * DAY), to, limit: 100 }),
  );
  const csv = await step('csv', () => reports.resetActivityCsv({ from, to }));
  const oneUser = await step('one user', () =>
    reports.resetActivity({ from, to, userId: users[42].userId }),
  );

  // The statements behind the figures, and their plans.
  const recorded = async (fn) => {
    recorder.queries = [];
    recorder.recording = true;
    try {
      await fn();
    } finally {
      recorder.recording = false;
    }
    return recorder.queries;
  };
  const reportQueries = await recorded(() => reports.resetActivity({ from, to, limit: 100 }));
  const rawQueries = await recorded(() => scanAuditRange(storage.audit, { from, to }));
  const typeQueries = await recorded(() =>
    scanAuditRange(storage.audit, { from, to, types: REPORT_TYPES }),
  );
  const userQueries = await recorded(() =>
    reports.resetActivity({ from, to, userId: users[42].userId }),
  );
  const plans = [
    // From rollups: the rows' keyset query, then the counters and the partial days' flows.
    ...reportQueries.map((query, index) => [`report from rollups: query ${index + 1}`, query]),
    [
      'raw paging: a page in the middle of the range (keyset cursor)',
      rawQueries[Math.floor(rawQueries.length / 2)],
    ],
    ["one user: that user's flow.started events", userQueries[0]],
    ['one user: one flow by correlation id', userQueries[1]],
  ];
  const explains = [];
  for (const [name, query] of plans) {
    if (query === undefined) continue;
    explains.push({
      name,
      sql: query.sql,
      parameters: query.parameters,
      plan: await backend.explain(query),
    });
  }

  const totals = firstPage.value.totals;
  const rows = Object.values(totals.byResult).reduce((sum, count) => sum + count, 0);
  const memoryCase = (name) => memoryResults?.cases.find((c) => c.name === name);
  const perSecond = (ms) => Math.round(eventsInRange / (ms / 1000));
  const summary = (name, measured, extra = {}) => ({
    name,
    runs: measured.runs,
    medianMs: measured.medianMs,
    minMs: measured.minMs,
    maxMs: measured.maxMs,
    eventsPerSecond: perSecond(measured.medianMs),
    vsRawPaging: measured.medianMs / rawAll.medianMs,
    vsMemoryStore:
      memoryCase(name) === undefined ? null : measured.medianMs / memoryCase(name).medianMs,
    ...extra,
  });
  const cases = [
    summary('resetActivity first page + totals', firstPage, { rows: firstPage.value.rows.length }),
    summary('resetActivity second page (cursor)', secondPage, {
      rows: secondPage.value.rows.length,
    }),
    summary('resetActivity a year: first page + totals', year, {
      rows: year.value.rows.length,
    }),
    summary('resetActivityCsv (every row)', csv, { rows, csvBytes: Buffer.byteLength(csv.value) }),
    summary('audit.query paging, every event (baseline)', rawAll, {
      events: rawAll.value,
      pages: rawQueries.length,
    }),
    summary('audit.query paging, report types (baseline)', rawTypes, {
      events: rawTypes.value,
      pages: typeQueries.length,
    }),
    {
      ...summary('resetActivity for one user', oneUser, {
        rows: oneUser.value.rows.length,
        queries: userQueries.length,
      }),
      eventsPerSecond: undefined,
    },
  ];

  console.table(
    Object.fromEntries(
      cases.map((c) => [
        c.name,
        {
          'median ms': fmt(c.medianMs),
          'min ms': fmt(c.minMs),
          'events/s': c.eventsPerSecond?.toLocaleString('en') ?? '-',
          'vs raw paging': `${fmt(c.vsRawPaging, 2)}x`,
          'vs memory': c.vsMemoryStore === null ? '-' : `${fmt(c.vsMemoryStore, 2)}x`,
        },
      ]),
    ),
  );
  for (const { name, plan } of explains)
    console.log(`${backend.name} plan, ${name}:\n  ${plan.join('\n  ')}`);

  const matchesMemoryStore =
    memoryResults === null
      ? null
      : JSON.stringify({
          byResult: totals.byResult,
          unknownAccounts: totals.unknownAccounts,
          rows,
          eventsInRange,
        }) ===
        JSON.stringify({
          byResult: memoryResults.totals.byResult,
          unknownAccounts: memoryResults.totals.unknownAccounts,
          rows: memoryResults.rows,
          eventsInRange: memoryResults.range.events,
        });
  return {
    backend: backend.name,
    database: backend.label,
    ...(backend.settings === undefined ? {} : { settings: await backend.settings() }),
    load: loaded,
    size: await backend.size(),
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
    matchesMemoryStore,
    cases,
    explains,
  };
}

const results = {
  node: process.version,
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  events: TOTAL_EVENTS,
  flows,
  days: DAYS,
  users: USERS,
  seed: SEED,
  buildMs,
  memoryStore:
    memoryResults === null
      ? null
      : { date: memoryResults.date, file: 'bench/results/reset-report.json' },
  backends: [],
};
for (const open of [openSqlite, openPostgres]) {
  const backend = await open();
  try {
    const start = performance.now();
    results.backends.push(await bench(backend));
    console.log(`${backend.name}: done in ${seconds(performance.now() - start)}`);
  } finally {
    await backend.close();
  }
}

const dir = `${root}bench/results/`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}reset-report-sql.json.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${dir}reset-report-sql.json.tmp`, `${dir}reset-report-sql.json`);
console.log('Wrote bench/results/reset-report-sql.json');
// The PostgreSQL server this bench started stops on exit (scripts/services/postgres.mjs).
process.exit(0);
