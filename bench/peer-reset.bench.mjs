// The reset cycle of OpenReset next to Better Auth's password reset (issue 18), in one process,
// each through its own fetch handler, on SQLite files in the same folder, 1,000 users each.
//
// Better Auth 1.7: POST /api/auth/request-password-reset { email } (its emailAndPassword
// `sendResetPassword` hook captures the token), then POST /api/auth/reset-password
// { token, newPassword }. Its own migration (`getMigrations(...).runMigrations()`).
// OpenReset: POST /reset { identifier }, POST /reset/challenge { flowToken, methodId, confirm },
// the outbox dispatcher (`dispatcher.runOnce()`) delivering the code to a memory email sender,
// POST /reset/verify { flowToken, methodId, code }, POST /reset/complete { flowToken, newPassword }.
//
// Our cycles run with `http.minResponseMs: 0`: the default 5 ms floor on /reset* answers is a
// wait, not work (a single client's cycle takes at least four floors; at 16 concurrent the
// throughput is the same). The enumeration probe uses the default options, floor included.
//
// Two hashers per side: an identity hasher (so only the framework and storage count) and each
// side's default (Better Auth: its scrypt; OpenReset: `createArgon2Hasher()`). Rounds interleave
// the sides; each round runs the cycles sequentially, then 16 at once.
// SQL statements are counted by wrapping the better-sqlite3 Database (prepare, exec and every
// statement's run/get/all/iterate); commits are the writes run outside a transaction plus COMMITs.
// PostgreSQL (ours only, OPENRESET_TEST_POSTGRES_URL or the server scripts/services starts)
// runs after the SQLite rounds with the identity hasher.
//
// Sequential runs also count the statements and commits of each request (`requests` in the
// results); `--trace` instead runs one cycle of each side after the warm-up and prints every
// statement it ran, step by step, without writing results (with --no-postgres for SQLite only).
//
// Usage: npm run build && node bench/peer-reset.bench.mjs [--rounds=3] [--cycles=150]
//   [--concurrency=16] [--users=1000] [--pairs=300] [--dir=/tmp] [--no-postgres] [--only=ours]
//   [--hashers=identity,default] [--dist=folder] [--trace] [--out=file]
// Writes bench/results/peer-reset.json (or the --out file, e.g. for a trial run).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { raisedLimits } from './raised-limits.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
/** `--dist=folder`: one folder holding index.js, sqlite.js, postgres.js and sql-directory.js. */
const module = (packageName, entry) =>
  import(
    args.dist === undefined
      ? `../packages/${packageName}/dist/${entry}.js`
      : new URL(`${entry}.js`, `file://${root}${args.dist.replace(/\/?$/, '/')}`).href
  );
const { createPostgresStorage } = await module('adapters', 'postgres');
const { createArgon2Hasher, createSqlDirectory } = await module('adapters', 'sql-directory');
const { createSqliteStorage } = await module('adapters', 'sqlite');
const { createOpenReset, parsePolicy } = await module('core', 'index');
const ROUNDS = Number(args.rounds ?? 3);
const CYCLES = Number(args.cycles ?? 150);
const CONCURRENCY = Number(args.concurrency ?? 16);
const USERS = Number(args.users ?? 1000);
const PAIRS = Number(args.pairs ?? 300);
// A RAM file system when there is one, as enumeration-timing does: fsync is then nearly free,
// so what is compared is the work of each side (statements, commits, crypto), not the disk.
const DIR = args.dir ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const POSTGRES = args['no-postgres'] === undefined;
const ONLY = args.only;
const TRACE = args.trace !== undefined;
const ORIGIN = 'http://localhost';

// ---- statement counting ----------------------------------------------------------------

/** Statement, prepare and commit counts of one database; with --trace, the statements too. */
function createCounter() {
  return { statements: 0, prepares: 0, commits: 0, log: TRACE ? [] : null };
}

const WRITE = /^\s*(insert|update|delete|replace)\b/i;
const COMMIT = /^\s*(commit|end)\b/i;

/** Counts what `db` runs: patches this instance's prepare and exec, and each statement. */
function countStatements(db, counter) {
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  const note = (sql) => {
    counter.statements += 1;
    counter.log?.push(sql);
    if (COMMIT.test(sql) || (WRITE.test(sql) && !db.inTransaction)) counter.commits += 1;
  };
  db.prepare = (sql) => {
    counter.prepares += 1;
    const statement = prepare(sql);
    for (const name of ['run', 'get', 'all', 'iterate']) {
      const original = statement[name].bind(statement);
      statement[name] = (...params) => {
        note(sql);
        return original(...params);
      };
    }
    return statement;
  };
  db.exec = (sql) => {
    note(sql);
    return exec(sql);
  };
  return db;
}

/** A pg pool whose clients count the statements they send (BEGIN/COMMIT included). */
function countingPool(connectionString, counter) {
  const pool = new pg.Pool({ connectionString, max: 20 });
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    let open = false;
    client.query = (text, ...rest) => {
      const sql = typeof text === 'string' ? text : text.text;
      counter.statements += 1;
      counter.log?.push(sql);
      if (/^\s*begin\b/i.test(sql)) open = true;
      if (COMMIT.test(sql)) {
        open = false;
        counter.commits += 1;
      } else if (/^\s*rollback\b/i.test(sql)) open = false;
      else if (WRITE.test(sql) && !open) counter.commits += 1;
      return query(text, ...rest);
    };
  });
  return pool;
}

// ---- the two sides -----------------------------------------------------------------------

const users = Array.from({ length: USERS }, (_, i) => ({
  id: `u${String(i).padStart(5, '0')}`,
  username: `user${i}`,
  email: `user${i}@example.com`,
  // The email method sends to a directory's alternate address (never the account's own).
  contact: { alternateEmail: `user${i}@home.example.net` },
}));

/** Passwords both sides accept and our policy passes (long, random, never reused). */
const newPassword = () => `Reset-${randomBytes(12).toString('base64url')}-ok`;

const identityHasher = {
  async hash(secret) {
    return `plain:${secret}`;
  },
  async verify(hash, secret) {
    return hash === `plain:${secret}`;
  },
  needsRehash: () => false,
};

function openSqliteFile(folder, name, counter) {
  const db = new BetterSqlite3(join(folder, `${name}.db`));
  // The same settings for both sides: WAL and synchronous=FULL (our storage's defaults).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return countStatements(db, counter);
}

/** Adds `values` to the list of `step` in `times`. */
function record(times, step, ...values) {
  times[step] ??= [];
  times[step].push(...values);
}

/**
 * While a sequential run is measured: the side's counter and, per step, how many requests,
 * statements and commits (concurrent runs interleave the steps, so they are not split).
 */
let tally = null;

/** Runs `work` as one `step`, adding what it ran to the tally when one is kept. */
async function counted(step, work) {
  if (tally === null) return work();
  const { counter } = tally;
  const before = { statements: counter.statements, commits: counter.commits };
  const from = counter.log?.length ?? 0;
  try {
    return await work();
  } finally {
    tally.steps[step] ??= { n: 0, statements: 0, commits: 0, log: [] };
    const entry = tally.steps[step];
    entry.n += 1;
    entry.statements += counter.statements - before.statements;
    entry.commits += counter.commits - before.commits;
    if (counter.log !== null) entry.log.push(counter.log.slice(from));
  }
}

function post(path, body, ip) {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-bench-client-ip': ip },
    body: JSON.stringify(body),
  });
}

/** Sends a request, reads the answer, records its time under `step`; throws unless `status`. */
async function send(handler, request, step, times, status = 200) {
  const start = process.hrtime.bigint();
  const response = await counted(step, () => handler(request));
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (times !== null) record(times, step, ms);
  if (response.status !== status) {
    throw new Error(`${step} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return text === '' ? null : JSON.parse(text);
}

async function createBetterAuth(folder, hasherName) {
  const { betterAuth } = await import('better-auth');
  const { getMigrations } = await import('better-auth/db/migration');
  const counter = createCounter();
  const database = openSqliteFile(folder, `better-auth-${hasherName}`, counter);
  const tokens = new Map();
  const options = (password) => ({
    database,
    baseURL: ORIGIN,
    secret: randomBytes(32).toString('base64url'),
    telemetry: { enabled: false },
    rateLimit: { enabled: false },
    logger: { disabled: true },
    emailAndPassword: {
      enabled: true,
      ...(password === undefined ? {} : { password }),
      async sendResetPassword({ user, token }) {
        tokens.set(user.email, token);
      },
    },
  });
  const identity = {
    hash: async (password) => password,
    verify: async ({ hash, password }) => hash === password,
  };
  // Users are created with the identity hasher (fast); a reset never reads the old hash.
  const seeder = betterAuth(options(identity));
  const { runMigrations } = await getMigrations(seeder.options);
  await runMigrations();
  for (const user of users) {
    await seeder.api.signUpEmail({
      body: { email: user.email, password: newPassword(), name: user.username },
    });
  }
  const auth = hasherName === 'identity' ? seeder : betterAuth(options(undefined));
  const handler = (request) => auth.handler(request);
  return {
    side: 'better-auth',
    counter,
    requestsPerCycle: 2,
    async cycle(user, ip, times) {
      await send(
        handler,
        post('/api/auth/request-password-reset', { email: user.email }, ip),
        'request',
        times,
      );
      const token = tokens.get(user.email);
      tokens.delete(user.email);
      if (token === undefined) throw new Error('no reset token was captured');
      await send(
        handler,
        post('/api/auth/reset-password', { token, newPassword: newPassword() }, ip),
        'reset',
        times,
      );
    },
    /** The timed request of the enumeration check: a reset request for `email`. */
    probe: (email, ip) =>
      send(handler, post('/api/auth/request-password-reset', { email }, ip), 'probe', null),
    close: () => database.close(),
  };
}

async function createOurs(storage, hasher, counter, close) {
  const directory = await createSqlDirectory({ db: storage, hasher });
  await directory.importUsers(users);
  const codes = new Map();
  const settings = {
    storage,
    directory,
    keys: [{ id: 'k1', secret: randomBytes(48).toString('base64url') }],
    hasher,
    policy: {
      methods: ['email', 'mobileSms'],
      useDirectoryMethods: true,
      limits: raisedLimits(parsePolicy),
    },
    email: {
      // A memory messenger: keeps the last code sent to each address.
      async send(message) {
        const code = /\b(\d{6})\b/.exec(message.text)?.[1];
        if (code !== undefined) codes.set(message.to, code);
        return { providerMessageId: randomBytes(8).toString('hex') };
      },
    },
    http: {
      publicOrigin: ORIGIN,
      clientIp: (request) => request.headers.get('x-bench-client-ip') ?? undefined,
      minResponseMs: 0,
    },
  };
  const engine = createOpenReset(settings);
  // The enumeration probe goes through an engine with the default HTTP options, the response
  // floor included; the cycles through one without it (minResponseMs: 0 above), since the
  // floor is a wait, not work: it bounds a single client's pace, not the throughput.
  const probeEngine = createOpenReset({
    ...settings,
    http: { ...settings.http, minResponseMs: undefined },
  });
  const handler = engine.handler;
  return {
    side: 'openreset',
    counter,
    requestsPerCycle: 4,
    async cycle(user, ip, times) {
      const flow = await send(
        handler,
        post('/reset', { identifier: user.email }, ip),
        'start',
        times,
      );
      const method = flow.methods.find((m) => m.type === 'email');
      if (method === undefined) throw new Error(`no email method: ${JSON.stringify(flow)}`);
      const { flowToken } = flow;
      await send(
        handler,
        post(
          '/reset/challenge',
          { flowToken, methodId: method.id, confirm: user.contact.alternateEmail },
          ip,
        ),
        'challenge',
        times,
      );
      // Delivery: a dispatcher run sends what is due (another worker's run may have taken it).
      const start = process.hrtime.bigint();
      for (let tries = 0; !codes.has(user.contact.alternateEmail); tries += 1) {
        if (tries === 1000)
          throw new Error(`no code was delivered to ${user.contact.alternateEmail}`);
        const report = await counted('deliver', () => engine.dispatcher.runOnce());
        if (report.failed + report.retrying > 0) throw new Error('a delivery failed');
        if (!codes.has(user.contact.alternateEmail)) await new Promise(setImmediate);
      }
      record(times, 'deliver', Number(process.hrtime.bigint() - start) / 1e6);
      const code = codes.get(user.contact.alternateEmail);
      codes.delete(user.contact.alternateEmail);
      await send(
        handler,
        post('/reset/verify', { flowToken, methodId: method.id, code }, ip),
        'verify',
        times,
      );
      const done = await send(
        handler,
        post('/reset/complete', { flowToken, newPassword: newPassword() }, ip),
        'complete',
        times,
      );
      if (done.state !== 'completed') throw new Error(`complete left the flow ${done.state}`);
    },
    probe: (identifier, ip) =>
      send(probeEngine.handler, post('/reset', { identifier }, ip), 'probe', null),
    close,
  };
}

async function createOursSqlite(folder, hasherName, hasher) {
  const counter = createCounter();
  const database = openSqliteFile(folder, `openreset-${hasherName}`, counter);
  const storage = await createSqliteStorage({ database });
  return createOurs(storage, hasher, counter, async () => {
    await storage.close();
    database.close();
  });
}

async function createOursPostgres(serverUrl) {
  const name = `openreset_peer_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const counter = createCounter();
  const pool = countingPool(url.href, counter);
  const storage = await createPostgresStorage({ pool });
  return createOurs(storage, identityHasher, counter, async () => {
    await storage.close();
    await pool.end();
    await admin.query(`drop database ${name}`);
    await admin.end();
  });
}

// ---- running -------------------------------------------------------------------------------

let ipCount = 0;
/** A client address of its own for every cycle (per-address limits never bite). */
const nextIp = () => {
  ipCount += 1;
  return `10.${(ipCount >> 16) & 255}.${(ipCount >> 8) & 255}.${ipCount & 255}`;
};

let userCursor = 0;
const nextUser = () => users[userCursor++ % users.length];

/** Runs `cycles` cycles on `bench`, `concurrency` at once; cycles/s, latencies, counts. */
async function measure(bench, cycles, concurrency) {
  const times = {};
  const before = { ...bench.counter };
  let left = cycles;
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  const cycleMs = [];
  tally = concurrency === 1 ? { counter: bench.counter, steps: {} } : null;
  const { steps } = tally ?? { steps: null };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left -= 1;
        const cycleStart = process.hrtime.bigint();
        await bench.cycle(nextUser(), nextIp(), times);
        cycleMs.push(Number(process.hrtime.bigint() - cycleStart) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  tally = null;
  const per = (name) => (bench.counter[name] - before[name]) / cycles;
  return {
    cyclesPerSecond: cycles / seconds,
    cpuMsPerCycle: (cpu.user + cpu.system) / 1000 / cycles,
    times,
    steps,
    cycleMs,
    statementsPerCycle: per('statements'),
    preparesPerCycle: per('prepares'),
    commitsPerCycle: per('commits'),
  };
}

const quantile = (values, q) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);
const round = (value, digits = 3) => (value === null ? null : Number(value.toFixed(digits)));

/** Merges the rounds of one side and mode into one summary. */
function summarize(runs, requestsPerCycle) {
  const times = {};
  for (const run of runs) {
    for (const [step, values] of Object.entries(run.times)) record(times, step, ...values);
  }
  const counts = {};
  for (const run of runs) {
    for (const [step, entry] of Object.entries(run.steps ?? {})) {
      counts[step] ??= { n: 0, statements: 0, commits: 0 };
      const sum = counts[step];
      sum.n += entry.n;
      sum.statements += entry.statements;
      sum.commits += entry.commits;
    }
  }
  const requests = Object.fromEntries(
    Object.entries(times).map(([step, values]) => {
      const count = counts[step];
      return [
        step,
        {
          n: values.length,
          p50Ms: round(median(values)),
          p99Ms: round(quantile(values, 0.99)),
          ...(count === undefined
            ? {}
            : {
                statements: round(count.statements / count.n, 2),
                commits: round(count.commits / count.n, 2),
              }),
        },
      ];
    }),
  );
  const statements = median(runs.map((run) => run.statementsPerCycle));
  const commits = median(runs.map((run) => run.commitsPerCycle));
  return {
    cyclesPerSecond: round(median(runs.map((run) => run.cyclesPerSecond)), 1),
    cyclesPerSecondByRound: runs.map((run) => round(run.cyclesPerSecond, 1)),
    cycleP50Ms: round(median(runs.flatMap((run) => run.cycleMs))),
    cpuMsPerCycle: round(median(runs.map((run) => run.cpuMsPerCycle)), 2),
    requests,
    statementsPerCycle: round(statements, 2),
    preparesPerCycle: round(median(runs.map((run) => run.preparesPerCycle)), 2),
    commitsPerCycle: round(commits, 2),
    commitsPerRequest: round(commits / requestsPerCycle, 2),
  };
}

/** Known against unknown email on the first request of each side: Welch's t on the means. */
async function enumeration(bench, pairs) {
  const known = [];
  const unknown = [];
  for (let i = 0; i < pairs + 50; i += 1) {
    const pair = [
      [known, nextUser().email],
      [unknown, `nobody${randomBytes(6).toString('hex')}@example.com`],
    ];
    if (Math.random() < 0.5) pair.reverse();
    for (const [into, email] of pair) {
      const start = process.hrtime.bigint();
      await bench.probe(email, nextIp());
      if (i >= 50) into.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const stats = (values) => {
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
    return { mean, variance, n: values.length, median: median(values) };
  };
  const k = stats(known);
  const u = stats(unknown);
  const t = (k.mean - u.mean) / Math.sqrt(k.variance / k.n + u.variance / u.n);
  return {
    pairs,
    knownMeanMs: round(k.mean),
    unknownMeanMs: round(u.mean),
    knownMedianMs: round(k.median),
    unknownMedianMs: round(u.median),
    differenceMs: round(k.mean - u.mean),
    welchT: round(t, 2),
  };
}

/** Starts PostgreSQL as scripts/test.mjs does, unless OPENRESET_TEST_POSTGRES_URL is set. */
async function postgresServerUrl() {
  if (process.env.OPENRESET_TEST_POSTGRES_URL) return process.env.OPENRESET_TEST_POSTGRES_URL;
  const run = (command, commandArgs, options = {}) => {
    const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
    if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
  };
  const service = await import(new URL('scripts/services/postgres.mjs', `file://${root}`).href);
  const isRoot = process.getuid?.() === 0;
  const aptInstall = (packages) => {
    if (!isRoot) return false;
    run('apt-get', ['install', '-y', ...packages]);
    return true;
  };
  return (await service.start({ run, aptInstall, isRoot })).OPENRESET_TEST_POSTGRES_URL;
}

async function main() {
  const folder = mkdtempSync(join(DIR, 'openreset-peer-'));
  const started = new Date();
  const load = [loadavg()[0]];
  const hashers = Object.fromEntries(
    Object.entries({ identity: identityHasher, default: createArgon2Hasher() }).filter(
      ([name]) => args.hashers === undefined || args.hashers.split(',').includes(name),
    ),
  );
  const benches = [];
  try {
    for (const [hasherName, hasher] of Object.entries(hashers)) {
      console.log(`setting up ${hasherName}`);
      if (ONLY !== 'ours')
        benches.push({ hasherName, bench: await createBetterAuth(folder, hasherName) });
      benches.push({ hasherName, bench: await createOursSqlite(folder, hasherName, hasher) });
    }
    // Warm-up: a few cycles each, untimed.
    for (const { bench } of benches) {
      console.log(`warm-up ${bench.side}`);
      await measure(bench, 10, 1);
    }
    if (TRACE) {
      const traced = [...benches];
      if (POSTGRES && ONLY !== 'better-auth') {
        const bench = await createOursPostgres(await postgresServerUrl());
        await measure(bench, 10, 1);
        traced.push({ hasherName: 'identity', bench: { ...bench, side: 'openreset-postgres' } });
        benches.push({ hasherName: 'identity', bench });
      }
      for (const { hasherName, bench } of traced) {
        const { steps } = await measure(bench, 1, 1);
        for (const [step, entry] of Object.entries(steps)) {
          console.log(
            `\n== ${bench.side} ${hasherName} ${step}: ${entry.statements} statements, ${entry.commits} commits (${entry.n} calls)`,
          );
          for (const sql of entry.log.flat()) console.log(`  ${sql.replace(/\s+/g, ' ')}`);
        }
      }
      return;
    }
    const runs = new Map();
    const modes = [
      ['sequential', 1],
      [`concurrent${CONCURRENCY}`, CONCURRENCY],
    ];
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [mode, concurrency] of modes) {
        // Alternate which side goes first from round to round.
        const order = r % 2 === 0 ? benches : [...benches].reverse();
        for (const { hasherName, bench } of order) {
          const cycles = hasherName === 'default' ? Math.max(20, Math.round(CYCLES / 3)) : CYCLES;
          const key = `${hasherName}/${mode}/${bench.side}`;
          const result = await measure(bench, cycles, concurrency);
          if (!runs.has(key)) runs.set(key, []);
          runs.get(key).push(result);
          console.log(
            `round ${r + 1} ${key}: ${result.cyclesPerSecond.toFixed(1)} cycles/s, ${result.cpuMsPerCycle.toFixed(1)} CPU ms, ${result.statementsPerCycle.toFixed(1)} statements, ${result.commitsPerCycle.toFixed(1)} commits per cycle`,
          );
        }
      }
      load.push(loadavg()[0]);
    }
    const figures = {};
    for (const [key, list] of runs) {
      const [hasherName, mode, side] = key.split('/');
      const bench = benches.find((b) => b.hasherName === hasherName && b.bench.side === side).bench;
      figures[hasherName] ??= {};
      figures[hasherName][mode] ??= {};
      figures[hasherName][mode][side] = summarize(list, bench.requestsPerCycle);
    }
    for (const [hasherName, byMode] of Object.entries(figures)) {
      for (const [mode, bySide] of Object.entries(byMode)) {
        if (bySide['better-auth'] && bySide.openreset) {
          bySide.ratio = round(
            bySide.openreset.cyclesPerSecond / bySide['better-auth'].cyclesPerSecond,
            2,
          );
          // Each round's two runs are back to back: their ratio is paired, so a machine that
          // speeds up or slows down between rounds moves both sides (`ratio` compares medians).
          const ours = runs.get(`${hasherName}/${mode}/openreset`);
          const theirs = runs.get(`${hasherName}/${mode}/better-auth`);
          bySide.ratioByRound = ours.map((run, r) =>
            round(run.cyclesPerSecond / theirs[r].cyclesPerSecond, 2),
          );
          bySide.pairedRatio = round(median(bySide.ratioByRound), 2);
        }
      }
    }
    const enumerationTiming = {};
    for (const { hasherName, bench } of benches) {
      if (hasherName !== 'identity') continue;
      enumerationTiming[bench.side] = await enumeration(bench, PAIRS);
      console.log(`enumeration ${bench.side}:`, enumerationTiming[bench.side]);
    }
    let postgres = null;
    if (POSTGRES) {
      const bench = await createOursPostgres(await postgresServerUrl());
      try {
        await measure(bench, 10, 1);
        const pgRuns = { sequential: [], [`concurrent${CONCURRENCY}`]: [] };
        for (let r = 0; r < ROUNDS; r += 1) {
          for (const [mode, concurrency] of modes) {
            pgRuns[mode].push(await measure(bench, CYCLES, concurrency));
          }
        }
        postgres = Object.fromEntries(
          Object.entries(pgRuns).map(([mode, list]) => [mode, summarize(list, 4)]),
        );
        console.log('postgres:', JSON.stringify(postgres));
      } finally {
        await bench.close();
      }
    }
    const { stdout } = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
    const result = {
      node: process.version,
      date: started.toISOString(),
      commit: String(stdout).trim(),
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      loadAverage: load.map((value) => round(value, 1)),
      folder: DIR,
      users: USERS,
      rounds: ROUNDS,
      cyclesPerRun: CYCLES,
      concurrency: CONCURRENCY,
      sqlite: figures,
      postgres,
      enumerationTiming,
    };
    console.log(JSON.stringify(figures, null, 1));
    mkdirSync(`${root}bench/results`, { recursive: true });
    const target = args.out ?? `${root}bench/results/peer-reset.json`;
    writeFileSync(`${target}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
    renameSync(`${target}.tmp`, target);
  } finally {
    for (const { bench } of benches) await bench.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
