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

const TOTAL_EVENTS = 1_000_000;
const DAYS = 60;
const REPORT_DAYS = 30;
const USERS = 20_000;
const RUNS = 5; // timed runs per case, after one warm-up run
const SEED = 20261124;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const NOW = new Date('2026-11-24T12:00:00.000Z');
const TENANT = 'default';

// ---- a seeded, realistic audit log ------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run builds the same log. */
function createRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = createRng(SEED);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * A random URL-safe id of `length` characters, as the audit log and flow ids look. Built in
 * one piece: a string grown by `+=` is a rope that V8 flattens on first hash, which ids read
 * from a database never are.
 */
const randomId = (length) => {
  const codes = new Array(length);
  for (let i = 0; i < length; i++) codes[i] = ALPHABET.charCodeAt(Math.floor(random() * 64));
  return String.fromCharCode(...codes);
};
/** Picks a key of `weights` ({ key: weight }) at random, in proportion to its weight. */
const pick = (weights) => {
  let roll = random() * Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  for (const [key, weight] of Object.entries(weights)) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return Object.keys(weights).at(-1);
};

// Shares of flows by how they end, and of methods by how often users pick them.
const OUTCOMES = {
  succeeded: 55,
  unlocked: 6,
  abandoned: 14,
  canceled: 5,
  writebackFailed: 2,
  passwordRejected: 3,
  blocked: 3,
  contactedAdmin: 1,
  decoyKnown: 4,
  unknown: 7,
};
const METHODS = { mobileSms: 50, email: 35, mobileVoice: 9, securityQuestions: 4, officeVoice: 2 };
const DECOY_REASONS = {
  not_registered: 60,
  disabled: 15,
  not_in_scope: 15,
  rate_limited: 6,
  blocked: 4,
};
const CHANNEL = { mobileSms: 'sms', mobileVoice: 'voice', officeVoice: 'voice', email: 'email' };

const users = Array.from({ length: USERS }, (_, index) => ({
  userId: `u-${String(index).padStart(5, '0')}`,
  username: `user${String(index).padStart(5, '0')}`,
  role: index % 100 === 0 ? 'admin' : 'user',
}));

/** The events of one flow started at `startMs`, oldest first. */
function flowEvents(startMs) {
  const outcome = pick(OUTCOMES);
  const user = users[Math.floor(random() * USERS)];
  const flowId = randomId(43);
  const intent = outcome === 'unlocked' || random() < 0.05 ? 'unlock' : 'reset';
  const decoy = outcome === 'decoyKnown' || outcome === 'unknown';
  const target = outcome === 'unknown' ? undefined : user;
  let timeMs = startMs;
  const events = [];
  const add = (fields, afterMs = 5 * SECOND + Math.floor(random() * 40 * SECOND)) => {
    timeMs += afterMs;
    events.push({
      id: randomId(22),
      time: new Date(timeMs).toISOString(),
      tenantId: TENANT,
      actor: { kind: fields.type === 'flow.abandoned' ? 'system' : 'anonymous' },
      ...(target === undefined || (decoy && fields.type !== 'flow.started') ? {} : { target }),
      correlationId: flowId,
      result: 'success',
      ...fields,
    });
  };
  add(
    {
      type: 'flow.started',
      result: decoy ? 'failure' : 'success',
      intent,
      decoy,
      ...(outcome === 'unknown' ? { reason: 'not_found' } : {}),
      ...(outcome === 'decoyKnown' ? { reason: pick(DECOY_REASONS) } : {}),
    },
    0,
  );
  const gates = user.role === 'admin' && !decoy ? 2 : 1;
  const used = [];
  /** A code sent and delivered (or questions asked); `pass` says whether it was verified. */
  const gate = (pass) => {
    let method = pick(METHODS);
    while (used.includes(method) || (user.role === 'admin' && method === 'securityQuestions')) {
      method = pick(METHODS);
    }
    add({
      type: 'flow.challenge_sent',
      method,
      ...(decoy ? { result: 'failure', reason: 'decoy' } : {}),
    });
    if (method !== 'securityQuestions' && !decoy) {
      add(
        {
          type: 'notification.sent',
          actor: { kind: 'system' },
          channel: CHANNEL[method],
          purpose: 'code',
          attempts: 1,
        },
        2 * SECOND,
      );
    }
    if (pass) {
      add({ type: 'flow.method_verified', method });
      used.push(method);
    }
    return method;
  };
  const passAll = () => {
    for (let g = 0; g < gates; g++) gate(true);
  };
  const notice = () =>
    add(
      {
        type: 'notification.sent',
        actor: { kind: 'system' },
        channel: 'email',
        purpose: `${intent}_notice`,
        attempts: 1,
      },
      2 * SECOND,
    );
  switch (outcome) {
    case 'succeeded':
    case 'unlocked':
      passAll();
      add({ type: intent === 'reset' ? 'password.reset' : 'account.unlocked', methods: [...used] });
      notice();
      break;
    case 'abandoned':
      gate(false);
      add(
        { type: 'flow.abandoned', result: 'failure', reason: 'expired_in_awaiting_proof' },
        15 * MINUTE,
      );
      break;
    case 'canceled':
      gate(false);
      add({ type: 'flow.canceled', result: 'failure' });
      break;
    case 'writebackFailed':
      passAll();
      add({ type: 'writeback.failed', result: 'failure', reason: 'unavailable' });
      if (intent === 'reset')
        add({ type: 'password.reset_failed', result: 'failure', reason: 'unavailable' }, 0);
      break;
    case 'passwordRejected':
      passAll();
      add({ type: 'password.reset_failed', result: 'failure', reason: 'password_rejected' });
      // Half try again with a better password.
      if (random() < 0.5) {
        add({ type: 'password.reset', methods: [...used] });
        notice();
      } else {
        add(
          { type: 'flow.abandoned', result: 'failure', reason: 'expired_in_verified' },
          15 * MINUTE,
        );
      }
      break;
    case 'blocked': {
      const method = gate(false);
      for (let i = 0; i < 5; i++)
        add({ type: 'flow.method_failed', method, result: 'failure', reason: 'invalid_code' });
      add({ type: 'flow.blocked', result: 'failure', reason: 'failed_proofs' });
      break;
    }
    case 'contactedAdmin':
      add({ type: 'flow.contacted_admin', result: 'failure' });
      break;
    default:
      // Decoys: a "code" is sent to nowhere, the user waits, the flow expires.
      gate(false);
      add(
        { type: 'flow.abandoned', result: 'failure', reason: 'expired_in_awaiting_proof' },
        15 * MINUTE,
      );
      break;
  }
  // Nothing after now: a flow started in the last minutes is still in progress.
  return events.filter((event) => Date.parse(event.time) < NOW.getTime());
}

const buildStart = performance.now();
const events = [];
let flows = 0;
while (events.length < TOTAL_EVENTS) {
  const startMs = NOW.getTime() - Math.floor(random() * DAYS * DAY);
  for (const event of flowEvents(startMs)) {
    if (events.length < TOTAL_EVENTS) events.push(event);
  }
  flows++;
}
// A log is appended in time order.
events.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
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

/** One warm-up run, then RUNS timed runs; the last run's value is returned too. */
async function measure(fn) {
  let value = await fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    runs: RUNS,
    medianMs: samples[Math.floor(RUNS / 2)],
    minMs: samples[0],
    maxMs: samples.at(-1),
    value,
  };
}

/** Pages through the range with audit.query alone: the floor any report over it pays. */
async function scan(types) {
  let count = 0;
  let cursor;
  do {
    const page = await storage.audit.query({
      tenantId: TENANT,
      from,
      to,
      limit: 1000,
      ...(types === undefined ? {} : { types }),
      ...(cursor === undefined ? {} : { cursor }),
    });
    count += page.events.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return count;
}

const REPORT_TYPES = [
  'flow.started',
  'flow.method_verified',
  'flow.blocked',
  'flow.canceled',
  'flow.abandoned',
  'flow.contacted_admin',
  'password.reset',
  'account.unlocked',
  'password.reset_failed',
  'writeback.failed',
];

const rawAll = await measure(() => scan());
const rawTypes = await measure(() => scan(REPORT_TYPES));
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
