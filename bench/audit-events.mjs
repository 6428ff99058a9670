// The seeded audit log the reset-report benchmarks read: 1,000,000 events of about 187,000
// reset and unlock flows over 60 days, sorted by time. Shared by reset-report.bench.mjs (memory
// store) and reset-report-sql.bench.mjs (SQLite, PostgreSQL), so both time the same data.

import { FLOW_REPORT_EVENT_TYPES } from '../packages/core/dist/index.js';

export const TOTAL_EVENTS = 1_000_000;
export const DAYS = 60;
export const USERS = 20_000;
export const SEED = 20261124;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;
export const NOW = new Date('2026-11-24T12:00:00.000Z');
export const TENANT = 'default';

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
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

/**
 * Builds the log: `events` (exactly {@link TOTAL_EVENTS}, oldest first, as a log is appended),
 * the number of `flows` they come from, and the `users` they target. Every call builds the same
 * log (a fresh generator seeded with {@link SEED}).
 */
export function buildAuditLog() {
  const random = createRng(SEED);
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
        add({
          type: intent === 'reset' ? 'password.reset' : 'account.unlocked',
          methods: [...used],
        });
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
  return { events, flows, users };
}

// ---- shared by the report benches ---------------------------------------------------------

/** Timed runs per case, after one warm-up run. */
const RUNS = 5;

/** The event types the reset-activity report reads: core's own list. */
export const REPORT_TYPES = FLOW_REPORT_EVENT_TYPES;

/** One warm-up run, then RUNS timed runs; the last run's value is returned too. */
export async function measure(fn) {
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

/** Pages through a range with audit.query alone: the floor any report over it pays. */
export async function scanAuditRange(audit, { from, to, types }) {
  let count = 0;
  let cursor;
  do {
    const page = await audit.query({
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
