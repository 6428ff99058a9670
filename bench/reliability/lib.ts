// Shared by the reliability scenarios (bench/reliability/*.ts): invariants and figures, the
// storages under test, the users every scenario seeds, and a small HTTP client for reset and
// registration flows against a server child (server.ts). Bundled by run.mjs with esbuild, so
// it imports the TypeScript sources, not dist/.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createArgon2Hasher } from '../../packages/adapters/src/sql/argon2-hasher.js';
import { createPostgresStorage } from '../../packages/adapters/src/sql/postgres-storage.js';
import {
  createSqlDirectory,
  type SqlDirectory,
} from '../../packages/adapters/src/sql/sql-directory.js';
import type { SqlStorage } from '../../packages/adapters/src/sql/sql-storage.js';
import { createSqliteStorage } from '../../packages/adapters/src/sql/sqlite-storage.js';
import type { AuditEvent } from '../../packages/core/src/audit/audit-event.js';
import type { PolicyInput } from '../../packages/core/src/policy/policy-schema.js';
import type { Clock } from '../../packages/core/src/ports/clock.js';
import type { AuditStore } from '../../packages/core/src/ports/storage.js';

/** Whether the run is the short (CI) variant: `--short` given to run.mjs. */
export const SHORT = process.env.RELIABILITY_SHORT === '1';

/** A number option from run.mjs (`--name=value` becomes `RELIABILITY_NAME`), or `fallback`. */
export function option(name: string, fallback: number): number {
  const raw = process.env[`RELIABILITY_${name.toUpperCase().replace(/-/g, '_')}`];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`--${name} must be a number >= 0`);
  return value;
}

/** What a scenario reports: its figures and every invariant it checked. */
export interface ScenarioReport {
  scenario: string;
  mode: 'short' | 'full';
  startedAt: string;
  durationMs: number;
  figures: Record<string, unknown>;
  invariants: { name: string; ok: boolean; detail?: string }[];
}

/**
 * One scenario's record. `check` records an invariant (never throws, so every broken one is
 * listed); `finish` writes the report where run.mjs reads it and exits 1 when one broke.
 */
export function scenario(name: string) {
  const started = Date.now();
  const report: ScenarioReport = {
    scenario: name,
    mode: SHORT ? 'short' : 'full',
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    figures: {},
    invariants: [],
  };
  return {
    figures: report.figures,
    check(invariant: string, ok: boolean, detail?: unknown): boolean {
      report.invariants.push({
        name: invariant,
        ok,
        ...(ok || detail === undefined
          ? {}
          : { detail: String(JSON.stringify(detail)).slice(0, 2000) }),
      });
      if (!ok) console.error(`[${name}] BROKEN: ${invariant} ${JSON.stringify(detail) ?? ''}`);
      return ok;
    },
    finish(): never {
      report.durationMs = Date.now() - started;
      const out = process.env.RELIABILITY_OUT;
      if (out !== undefined) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      else console.log(JSON.stringify(report, null, 2));
      const broken = report.invariants.filter((invariant) => !invariant.ok);
      process.exit(broken.length === 0 && report.invariants.length > 0 ? 0 : 1);
    },
  };
}

/** The `p`th percentile (0-100, nearest rank) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Rounds to `digits` decimals, for figures. */
export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/**
 * The policy of every scenario: SMS and email codes, one gate, and the per-account and
 * per-tenant send limits raised so that a bounded load of many flows is not refused by the
 * abuse limits (those have tests of their own; here they would hide what is measured).
 */
export const BENCH_POLICY: PolicyInput = {
  methods: ['mobileSms', 'email'],
  limits: {
    resetsPerHour: 50,
    sendsPerMethodPerHour: 50,
    emailsPerTenMinutes: 100,
    phoneSendsPerIpPerHour: 10_000,
    phoneSendsPerHour: 1_000_000,
  },
};

/** The server keys every process of a scenario shares. */
export const BENCH_KEYS = [{ id: 'k1', secret: 'reliability secret of at least thirty-two bytes' }];

/** A cheap argon2id (tests only): the scenarios measure the engine, not the hash. */
export const benchHasher = () => createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });

/** The `index`th bench user: a unique username, mobile and address. */
export function benchUser(index: number) {
  return {
    username: `user${index}`,
    mobile: `+316${String(10_000_000 + index).slice(-8)}`,
    email: `user${index}@example.com`,
  };
}

/** Storage and its SQL directory (on the same database), as every process of a scenario opens it. */
export interface BenchStores {
  storage: SqlStorage;
  directory: SqlDirectory;
}

/** Where a scenario's data lives: a SQLite file, or a PostgreSQL URL. */
export type StoreTarget = { kind: 'sqlite'; filename: string } | { kind: 'postgres'; url: string };

/** Opens storage and directory on `target` (migrating it if needed). */
export async function openStores(target: StoreTarget, clock?: Clock): Promise<BenchStores> {
  const storage =
    target.kind === 'sqlite'
      ? await createSqliteStorage({ filename: target.filename })
      : await createPostgresStorage({ connectionString: target.url, maxConnections: 8 });
  const directory = await createSqlDirectory({
    db: storage,
    hasher: benchHasher(),
    ...(clock === undefined ? {} : { clock }),
  });
  return { storage, directory };
}

/** Creates bench users `from` to `to - 1` in the directory. */
export async function seedUsers(directory: SqlDirectory, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index++) {
    const user = benchUser(index);
    await directory.createUser({
      username: user.username,
      email: user.email,
      password: 'the first password of all',
      contact: { mobile: user.mobile },
    });
  }
}

/**
 * A fresh PostgreSQL database on the server of `OPENRESET_TEST_POSTGRES_URL` (run.mjs starts
 * one when it is unset), so each scenario starts empty. Returns its URL.
 */
export async function freshPostgresDatabase(label: string): Promise<string> {
  const base = process.env.OPENRESET_TEST_POSTGRES_URL;
  if (base === undefined)
    throw new Error('OPENRESET_TEST_POSTGRES_URL is not set (run.mjs sets it)');
  const name = `rel_${label}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new password the default policy accepts, different every call. */
export const newPassword = (): string => `quiet harbour ${randomBytes(6).toString('hex')} lantern`;

/**
 * Every message the server children's senders accepted, across instances, with waits for the
 * next one to a recipient (event-driven, with a timeout sized for a loaded machine).
 */
export class Mailbox {
  readonly sent: SentRecord[] = [];
  readonly #byRecipient = new Map<string, string[]>();
  readonly #events = new EventEmitter();

  /** Records a message a server reported. */
  add(record: SentRecord): void {
    this.sent.push(record);
    this.#byRecipient.set(record.to, [...(this.#byRecipient.get(record.to) ?? []), record.text]);
    this.#events.emit('sent');
  }

  /** How many messages went to `to` so far. */
  count(to: string): number {
    return this.#byRecipient.get(to)?.length ?? 0;
  }

  /** The code in message number `index` (0-based) to `to`, once it is sent; rejects after `ms`. */
  code(to: string, index: number, ms = 60_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const look = () => {
        const text = this.#byRecipient.get(to)?.[index];
        if (text === undefined) return false;
        const code = /\b(\d{6,8})\b/.exec(text)?.[1];
        cleanup();
        if (code === undefined) reject(new Error(`no code in the message to ${to}`));
        else resolve(code);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for message ${index + 1} to ${to}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        this.#events.off('sent', look);
      };
      this.#events.on('sent', look);
      look();
    });
  }
}

/** A message a server child's sender was given (and accepted). */
export interface SentRecord {
  instance: string;
  channel: 'sms' | 'email';
  to: string;
  text: string;
}

/** A memory sample of a server child (after a full GC). */
export interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
}

/** What server.ts is started with (JSON in its first argument). */
export interface ServerConfig {
  instance: string;
  target: StoreTarget;
  /** Bench users to create before listening (`[from, to)`), if any. */
  seed?: [number, number];
  /** Memory samples every this many ms (0: none). */
  memoryEveryMs?: number;
  /** How often the dispatcher and scheduler loops look for work. @default 100 */
  loopMs?: number;
}

/** A server child: its base URL and what it reported. */
export interface ServerHandle {
  child: ChildProcess;
  base: string;
  memory: MemorySample[];
  /** Errors its background loops reported. */
  errors: string[];
  /** Asks the server to stop (engine.stop, storage closed) and waits for it to exit. */
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url));

/** Starts server.ts in a child process (with `--expose-gc`) and waits until it listens. */
export async function startServer(config: ServerConfig, mailbox: Mailbox): Promise<ServerHandle> {
  const child = fork(SERVER, [JSON.stringify(config)], {
    execArgv: ['--expose-gc', '--enable-source-maps'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const memory: MemorySample[] = [];
  const errors: string[] = [];
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${config.instance} did not listen in 120 s`)),
      120_000,
    );
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${config.instance} exited with ${code ?? signal} before listening`));
    });
    child.on('message', (raw) => {
      const message = raw as { type: string } & Record<string, unknown>;
      if (message.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port as number);
      }
      if (message.type === 'sent') {
        const { instance, channel, to, text } = message as unknown as SentRecord;
        mailbox.add({ instance, channel, to, text });
      }
      if (message.type === 'memory') memory.push(message as unknown as MemorySample);
      if (message.type === 'error') errors.push(String(message.error));
    });
  });
  return {
    child,
    base: `http://127.0.0.1:${await port}`,
    memory,
    errors,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

/** One HTTP answer: status, JSON body (or null), Retry-After, and its latency. */
export interface Answer {
  status: number;
  body: Record<string, unknown> | null;
  retryAfter: string | null;
  ms: number;
}

/** Sends JSON to `base + path` (POST with a body, else GET); a network error is status 0. */
export async function call(
  base: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  method = body === undefined ? 'GET' : 'POST',
): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = null;
    }
    return {
      status: response.status,
      body: parsed,
      retryAfter: response.headers.get('retry-after'),
      ms: performance.now() - started,
    };
  } catch {
    return { status: 0, body: null, retryAfter: null, ms: performance.now() - started };
  }
}

/** Thrown by the flow helpers when an answer is not the expected one. */
export class UnexpectedAnswer extends Error {
  constructor(
    readonly step: string,
    readonly answer: Answer,
  ) {
    super(`${step}: HTTP ${answer.status} ${JSON.stringify(answer.body?.error ?? '')}`);
  }
}

/** Records every answer and throws {@link UnexpectedAnswer} unless it has `status`. */
function expectStatus(answers: Answer[], step: string, answer: Answer, status: number) {
  answers.push(answer);
  if (answer.status !== status) throw new UnexpectedAnswer(step, answer);
  return answer.body as Record<string, unknown>;
}

/**
 * A whole reset by HTTP for bench user `index`: start, SMS challenge, verify the code,
 * complete; step `n` goes to `bases[n % bases.length]` (two instances share the work).
 * Returns each step's answer; throws {@link UnexpectedAnswer} at the first unexpected one.
 */
export async function resetByHttp(
  bases: readonly string[],
  mailbox: Mailbox,
  index: number,
): Promise<Answer[]> {
  const user = benchUser(index);
  const at = (step: number) => bases[step % bases.length] as string;
  const answers: Answer[] = [];
  const flow = expectStatus(
    answers,
    'start',
    await call(at(0), '/reset', { identifier: user.username }),
    200,
  );
  const flowToken = flow.flowToken as string;
  const method = (flow.methods as { id: string; type: string }[]).find(
    (m) => m.type === 'mobileSms',
  );
  if (method === undefined)
    throw new UnexpectedAnswer('start (no SMS method)', answers[0] as Answer);
  const before = mailbox.count(user.mobile);
  const challenge = { flowToken, methodId: method.id, confirm: user.mobile };
  expectStatus(answers, 'challenge', await call(at(1), '/reset/challenge', challenge), 200);
  const code = await mailbox.code(user.mobile, before);
  const verify = { flowToken, methodId: method.id, code };
  expectStatus(answers, 'verify', await call(at(2), '/reset/verify', verify), 200);
  const complete = { flowToken, newPassword: newPassword() };
  expectStatus(answers, 'complete', await call(at(3), '/reset/complete', complete), 200);
  return answers;
}

/**
 * Registers a new alternate email by HTTP for bench user `index`, signed in through the
 * bench server's `x-bench-user` header: send a code, verify it. Returns each step's answer.
 */
export async function registerByHttp(
  bases: readonly string[],
  mailbox: Mailbox,
  index: number,
): Promise<Answer[]> {
  const headers = { 'x-bench-user': benchUser(index).username };
  const value = `alt${index}.${randomBytes(4).toString('hex')}@example.net`;
  const answers: Answer[] = [];
  const before = mailbox.count(value);
  const add = { kind: 'email', value };
  expectStatus(
    answers,
    'add method',
    await call(bases[0] as string, '/me/methods', add, headers),
    202,
  );
  const code = await mailbox.code(value, before);
  const verify = { kind: 'email', value, code };
  const at = bases[1 % bases.length] as string;
  expectStatus(
    answers,
    'verify method',
    await call(at, '/me/methods/verify', verify, headers),
    200,
  );
  return answers;
}

/** Every audit event of `types` in the default tenant, all pages. */
export async function auditEvents(
  audit: AuditStore,
  types: readonly AuditEvent['type'][],
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await audit.query({
      tenantId: 'default',
      types,
      limit: 1000,
      ...(cursor == null ? {} : { cursor }),
    });
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor != null);
  return events;
}
