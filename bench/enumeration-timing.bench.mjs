// Account enumeration by timing, in process on SQLite: can the time of a request tell a
// known account from an unknown one? Four requests, through the engine's fetch handler:
//   start          POST /reset with a known identifier vs an unknown one;
//   challenge      POST /reset/challenge on the mobileSms method with the "right" number: the
//                  account's real number for a known account, a number that fits the decoy's
//                  hint for an unknown one (a decoy has no right number). The flow is started
//                  untimed just before.
//   passkey        POST /reset/verify with a passkey assertion whose signature is another
//                  authenticator's (issue 13): for a known account, its own passkey's
//                  assertion for the flow's challenge (the credential is found, the signature
//                  check fails); for an unknown one, a registered passkey of someone else (no
//                  credential matches: the stand-in key's check). Both answer 422
//                  invalid_credential. Start and challenge are untimed.
//   authenticator  POST /reset/verify with a wrong 6-digit code on the authenticatorApp
//                  method, for an account with a registered app vs an unknown one. Both answer
//                  422 invalid_code. Start and challenge are untimed.
// Each request: 1,000 interleaved pairs after 200 warm-up pairs (passkey and authenticator:
// --strong-pairs and --strong-warmup, the same by default), the order within each pair drawn
// with crypto randomness, every identifier and account used once. Per side the mean and sd in
// ns (process.hrtime.bigint), then Welch's t and degrees of freedom. Three runs in a row, each
// on a fresh engine and database; the goal is |t| < 3 for every request in every run.
// Usage: npm run build && node bench/enumeration-timing.bench.mjs [--pairs=1000]
//   [--warmup=200] [--strong-pairs=<pairs>] [--strong-warmup=<warmup>] [--runs=3]
//   [--dir=/dev/shm] (or npm run bench).
// Writes bench/results/enumeration-timing.json. Exits 0 whatever t is (it is a measurement);
// exits 1, writing nothing, when the bench itself did not work (a request that did not answer
// as it should, or a known account that did not take the real path, as the audit log tells).
import { spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createSqlDirectory } from '../packages/adapters/dist/sql-directory.js';
import { createSqliteStorage } from '../packages/adapters/dist/sqlite.js';
import {
  createOpenReset,
  createPbkdf2Hasher,
  parsePolicy,
  totpCode,
} from '../packages/core/dist/index.js';
import { createSoftwareAuthenticator } from '../packages/core/dist/testing.js';
import { raisedLimits } from './raised-limits.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argument = (name, fallback, minimum) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = found === undefined ? fallback : Number(found.slice(name.length + 3));
  if (!Number.isInteger(value) || value < minimum) {
    throw new TypeError(`--${name} must be an integer ≥ ${minimum}`);
  }
  return value;
};
/**
 * Where the database file goes: a RAM file system when there is one, so that what is timed is
 * the engine's work (statements, HMACs, rendering) and not the latency of fsync on a shared
 * disk, which under load is slower and noisier than everything else together. `--dir=/tmp`
 * puts it on disk, with the same default `synchronous` (FULL: an fsync per commit).
 */
const DIR =
  process.argv.find((arg) => arg.startsWith('--dir='))?.slice(6) ??
  (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const PAIRS = argument('pairs', 1000, 2);
const WARMUP = argument('warmup', 200, 0);
/** Pairs of the passkey and authenticator requests, whose known accounts need a registration. */
const STRONG_PAIRS = argument('strong-pairs', PAIRS, 2);
const STRONG_WARMUP = argument('strong-warmup', WARMUP, 0);
const RUNS = argument('runs', 3, 1);
const GOAL = 3;
const TENANT = 'default';
/** Every known request uses an account of its own: (warm-up + pairs) per request. */
const PLAIN_PER_RUN = (WARMUP + PAIRS) * 2;
/** Accounts with a passkey, and accounts with an authenticator app; one more of each is the control. */
const STRONG_PER_RUN = STRONG_WARMUP + STRONG_PAIRS + 1;
const KNOWN_PER_RUN = PLAIN_PER_RUN + 2 * STRONG_PER_RUN;
/** The relying party of the engine, and the origin the software authenticators report. */
const ORIGIN = 'http://localhost';
const WEBAUTHN = { rpId: 'localhost', rpName: 'bench', origins: [ORIGIN] };

// ---- identities ---------------------------------------------------------------------------

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const usedIdentifiers = new Set();
/** A fresh username-like identifier (a letter, then 11 letters or digits), never repeated. */
function freshIdentifier() {
  for (;;) {
    const bytes = randomBytes(12);
    let id = ALPHABET[bytes[0] % 26];
    for (let i = 1; i < 12; i++) id += ALPHABET[bytes[i] % 36];
    if (!usedIdentifiers.has(id)) {
      usedIdentifiers.add(id);
      return id;
    }
  }
}

const digits = (n) => Array.from({ length: n }, () => String(randomInt(10))).join('');
const pick = (items) => items[randomInt(items.length)];
/**
 * Valid mobile numbers (E.164) of the countries today's decoys are drawn from, so a decoy's
 * hint usually has a real number of the same country and length to borrow digits from.
 */
const PHONE_FORMATS = [
  () =>
    `+1${pick(['201', '212', '312', '415', '617', '646', '718', '917'])}${2 + randomInt(8)}${digits(6)}`,
  () => `+316${1 + randomInt(5)}${digits(7)}`,
  () => `+324${5 + randomInt(5)}${digits(7)}`,
  () => `+336${digits(8)}`,
  () => `+346${digits(8)}`,
  () => `+447911${digits(6)}`,
  () => `+49170${digits(7)}`,
];

function createUsers(count) {
  return Array.from({ length: count }, () => {
    const username = freshIdentifier();
    return {
      id: `u-${username}`,
      username,
      email: `${username}@example.com`,
      phone: pick(PHONE_FORMATS)(),
      alternateEmail: `${username}.private@example.net`,
    };
  });
}

/**
 * A number an attacker would type for a hint like "+31 •• ••• ••78": the hint's visible
 * digits where it shows them, and elsewhere the digits of a real account's number of the
 * same length that starts as the hint does (random digits when there is none), so the typed
 * number is as plausible as a real one. There is no right number for a decoy.
 */
function numberForHint(hint, phones) {
  const slots = [...hint.replace(/^\+/, '')].filter((char) => !/[\s\-().]/.test(char));
  const masked = slots.findIndex((char) => !/\d/.test(char));
  const prefix = slots.slice(0, masked < 0 ? slots.length : masked).join('');
  const fits = (phone) => phone.length === slots.length + 1 && phone.startsWith(`+${prefix}`);
  const donors = phones.filter(fits);
  const donor = donors.length > 0 ? pick(donors).slice(1) : null;
  return `+${slots.map((c, i) => (/\d/.test(c) ? c : (donor?.[i] ?? String(randomInt(10))))).join('')}`;
}

// ---- the engine ---------------------------------------------------------------------------

const noSend = async () => ({});
const POLICY = {
  methods: ['mobileSms', 'mobileVoice', 'email', 'passkey', 'authenticatorApp'],
  useDirectoryMethods: true,
  limits: raisedLimits(parsePolicy),
};

async function createBench(users) {
  const folder = mkdtempSync(join(DIR, 'openreset-bench-timing-'));
  const storage = await createSqliteStorage({ filename: join(folder, 'bench.db') });
  // One PBKDF2 iteration: hashing is not what is measured (no password is set here anyway).
  const hasher = createPbkdf2Hasher({ iterations: 1 });
  const directory = await createSqlDirectory({ db: storage, hasher });
  await directory.importUsers(
    users.map((user) => ({
      id: user.id,
      username: user.username,
      email: user.email,
      contact: { mobile: user.phone, alternateEmail: user.alternateEmail },
    })),
  );
  const engine = createOpenReset({
    storage,
    directory,
    keys: [{ id: 'k1', secret: randomBytes(48).toString('base64url') }],
    hasher,
    policy: POLICY,
    // Senders that would just resolve; the dispatcher is never started, so nothing is sent.
    sms: { send: noSend },
    voice: { call: noSend },
    email: { send: noSend },
    webauthn: WEBAUTHN,
    // The client's address is taken from a header the bench sets: a new one for each flow.
    http: {
      publicOrigin: ORIGIN,
      clientIp: (request) => request.headers.get('x-bench-client-ip') ?? undefined,
    },
  });
  return {
    engine,
    storage,
    async close() {
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// ---- requests -----------------------------------------------------------------------------

let clientCount = 0;
/** A new client address for every flow, each in a /24 of its own (65,536 of them). */
function nextClientIp() {
  clientCount += 1;
  return `10.${(clientCount >> 8) & 255}.${clientCount & 255}.1`;
}

function post(path, body, ip) {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bench-client-ip': ip },
    body: JSON.stringify(body),
  });
}

/** Sends one request and reads the whole answer; returns the elapsed ns (only this is timed). */
async function timed(engine, request) {
  const before = process.hrtime.bigint();
  const response = await engine.handler(request);
  const text = await response.text();
  const ns = Number(process.hrtime.bigint() - before);
  return { ns, response, text };
}

function expectOk(what, { response, text }) {
  if (response.status !== 200) {
    throw new Error(`${what} answered ${response.status}: ${text.trim().slice(0, 300)}`);
  }
  return JSON.parse(text);
}

/** Starts a flow (untimed) and prepares its challenge request on the mobileSms method. */
async function prepareChallenge(engine, side, identifier, phones, knownPhone) {
  const ip = nextClientIp();
  const flow = expectOk(`start (${side})`, await timed(engine, post('/reset', { identifier }, ip)));
  const method = flow.methods?.find((m) => m.type === 'mobileSms');
  if (method === undefined || typeof method.hint !== 'string') {
    throw new Error(`the ${side} flow offers no mobileSms method with a hint`);
  }
  const confirm = knownPhone ?? numberForHint(method.hint, phones);
  return () =>
    post('/reset/challenge', { flowToken: flow.flowToken, methodId: method.id, confirm }, ip);
}

/**
 * Gives each user a passkey (a software authenticator of their own, through the engine's
 * registration API, untimed), the way `<openreset-register>` would after a recent sign-in.
 */
async function registerPasskeys(engine, users) {
  for (const user of users) {
    const auth = { authTime: new Date() };
    user.device = createSoftwareAuthenticator({ origin: ORIGIN });
    const { publicKey } = await engine.registration.passkeyOptions({ userId: user.id, auth });
    const credential = await user.device.create(publicKey);
    await engine.registration.addPasskey({ userId: user.id, auth, name: 'Laptop', credential });
  }
}

/** Gives each user an authenticator app (its secret kept for the bench), untimed. */
async function registerAuthenticators(engine, users) {
  for (const user of users) {
    const auth = { authTime: new Date() };
    const setup = await engine.registration.authenticatorSetup({ userId: user.id, auth });
    await engine.registration.addAuthenticator({
      userId: user.id,
      auth,
      enrolmentToken: setup.enrolmentToken,
      code: totpCode(setup.secret, new Date()),
      name: 'Phone',
    });
    user.totpSecret = setup.secret;
  }
}

const encodeHandle = (bytes) => Buffer.from(bytes).toString('base64url');

/**
 * A passkey nobody registered: its signatures are well formed but made with a key no account
 * holds, so an assertion carrying one fails the signature check and nothing else.
 */
async function createForger() {
  const forger = createSoftwareAuthenticator({ origin: ORIGIN });
  await forger.create({
    rp: { id: WEBAUTHN.rpId, name: WEBAUTHN.rpName },
    user: { id: encodeHandle(randomBytes(16)), name: 'forger', displayName: 'forger' },
    challenge: encodeHandle(randomBytes(32)),
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  });
  return forger;
}

/** Starts a flow and asks for `type` (both untimed); the flow view after the challenge. */
async function challengeFor(engine, side, identifier, type, ip) {
  const flow = expectOk(`start (${side})`, await timed(engine, post('/reset', { identifier }, ip)));
  const method = flow.methods?.find((m) => m.type === type);
  if (method === undefined) throw new Error(`the ${side} flow offers no ${type} method`);
  const body = { flowToken: flow.flowToken, methodId: method.id };
  const asked = expectOk(
    `challenge ${type} (${side})`,
    await timed(engine, post('/reset/challenge', body, ip)),
  );
  if (asked.state !== 'awaiting_proof')
    throw new Error(`a ${side} ${type} challenge is ${asked.state}`);
  return { ...asked, methodId: method.id };
}

/**
 * The passkey request: the assertion `device` makes for the flow's challenge (its own
 * credential id, user handle, authenticator and client data), with the signature the forger
 * makes over the same bytes. `forge: false` keeps the real signature (the control).
 */
async function preparePasskey(engine, side, identifier, device, forger, forge = true) {
  const ip = nextClientIp();
  const flow = await challengeFor(engine, side, identifier, 'passkey', ip);
  const publicKey = flow.challenge?.publicKey;
  if (publicKey === undefined) throw new Error(`the ${side} passkey challenge has no options`);
  const credential = await device.get(publicKey);
  if (forge) {
    const forged = await forger.get(publicKey);
    credential.response.signature = forged.response.signature;
  }
  const body = { flowToken: flow.flowToken, methodId: flow.methodId, credential };
  return () => post('/reset/verify', body, ip);
}

/** Six digits that are none of the codes `secret` gives within two steps of now. */
function wrongCode(secret) {
  for (;;) {
    const code = String(randomInt(1_000_000)).padStart(6, '0');
    if (secret === undefined) return code;
    const now = Date.now();
    const near = [-2, -1, 0, 1, 2].map((step) => totpCode(secret, new Date(now + step * 30_000)));
    if (!near.includes(code)) return code;
  }
}

/** The authenticator request: a wrong code (`code` overrides it: the control). */
async function prepareAuthenticator(engine, side, identifier, secret, code = wrongCode(secret)) {
  const ip = nextClientIp();
  const flow = await challengeFor(engine, side, identifier, 'authenticatorApp', ip);
  const body = { flowToken: flow.flowToken, methodId: flow.methodId, code };
  return () => post('/reset/verify', body, ip);
}

/** Checks a refused proof: 422 with the error code `code`. */
function expectRefused(what, code, { response, text }) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (response.status !== 422 || body?.error?.code !== code) {
    throw new Error(
      `${what} answered ${response.status} ${text.trim().slice(0, 300)}, not 422 ${code}`,
    );
  }
}

// ---- statistics ---------------------------------------------------------------------------

function describe(samples) {
  const n = samples.length;
  const mean = samples.reduce((sum, x) => sum + x, 0) / n;
  const variance = samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
  const sorted = [...samples].sort((a, b) => a - b);
  return { n, meanNs: mean, sdNs: Math.sqrt(variance), medianNs: sorted[Math.floor(n / 2)] };
}

/**
 * Welch's t (known minus unknown), the Welch-Satterthwaite degrees of freedom, and the
 * smallest difference of means this run could have told apart (|t| = GOAL): under load the
 * sd grows, and a PASS says only that any difference is below that.
 */
function welch(known, unknown) {
  const a = known.sdNs ** 2 / known.n;
  const b = unknown.sdNs ** 2 / unknown.n;
  const t = (known.meanNs - unknown.meanNs) / Math.sqrt(a + b);
  const df = (a + b) ** 2 / (a ** 2 / (known.n - 1) + b ** 2 / (unknown.n - 1));
  return { t, df, detectableNs: GOAL * Math.sqrt(a + b) };
}

/**
 * Yuen's t on 20 % trimmed means (Welch's test made robust): not the goal, but on a loaded
 * machine a few preempted requests inflate the sd and hide a difference that this still sees.
 */
function yuen(known, unknown) {
  const part = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    const g = Math.floor(0.2 * n);
    const h = n - 2 * g;
    const kept = sorted.slice(g, n - g);
    const trimmedMean = kept.reduce((sum, x) => sum + x, 0) / h;
    const winsorized = sorted.map((x) => Math.min(Math.max(x, sorted[g]), sorted[n - g - 1]));
    const wMean = winsorized.reduce((sum, x) => sum + x, 0) / n;
    const wVariance = winsorized.reduce((sum, x) => sum + (x - wMean) ** 2, 0) / (n - 1);
    return { trimmedMean, h, d: ((n - 1) * wVariance) / (h * (h - 1)) };
  };
  const a = part(known);
  const b = part(unknown);
  return {
    knownTrimmedMeanNs: a.trimmedMean,
    unknownTrimmedMeanNs: b.trimmedMean,
    t: (a.trimmedMean - b.trimmedMean) / Math.sqrt(a.d + b.d),
    df: (a.d + b.d) ** 2 / (a.d ** 2 / (a.h - 1) + b.d ** 2 / (b.h - 1)),
    detectableNs: GOAL * Math.sqrt(a.d + b.d),
  };
}

/**
 * Runs warm-up + measured pairs of one request. `prepare(side)` does the untimed setup and
 * returns a function that makes the timed request; the order within a pair is random.
 */
async function measurePairs(engine, prepare, check, sizes = { warmup: WARMUP, pairs: PAIRS }) {
  const samples = { known: [], unknown: [] };
  for (let i = 0; i < sizes.warmup + sizes.pairs; i++) {
    const order = randomInt(2) === 0 ? ['known', 'unknown'] : ['unknown', 'known'];
    const requests = {};
    for (const side of order) requests[side] = await prepare(side);
    for (const side of order) {
      const result = await timed(engine, requests[side]());
      check(side, result);
      if (i >= sizes.warmup) samples[side].push(result.ns);
    }
  }
  const known = describe(samples.known);
  const unknown = describe(samples.unknown);
  const { t, df, detectableNs } = welch(known, unknown);
  const trimmed = yuen(samples.known, samples.unknown);
  return { known, unknown, t, df, detectableNs, pass: Math.abs(t) < GOAL, trimmed };
}

/**
 * What the flows did, from the audit log: known starts must open real flows, known mobileSms
 * challenges must send, known passkey and authenticator challenges must find the registered
 * method, and the timed proofs must fail as audited failures (the real path), or the
 * comparison measures nothing. Challenges and failures are counted per method; `known` means
 * the event names an account (`target`).
 */
async function auditCounts(engine) {
  const counts = { startedReal: 0, startedDecoy: 0, challenges: {}, failed: {}, verified: {} };
  const bump = (group, method, key) => {
    group[method] ??= {};
    group[method][key] = (group[method][key] ?? 0) + 1;
  };
  let cursor;
  do {
    const page = await engine.audit.query({
      tenantId: TENANT,
      types: ['flow.started', 'flow.challenge_sent', 'flow.method_failed', 'flow.method_verified'],
      limit: 1000,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const event of page.events) {
      const side = event.target === undefined ? 'unknown' : 'known';
      if (event.type === 'flow.started') {
        if (event.decoy === true) counts.startedDecoy += 1;
        else if (event.decoy === false) counts.startedReal += 1;
      } else if (event.type === 'flow.challenge_sent') {
        bump(counts.challenges, event.method, `${side}:${event.reason ?? event.result}`);
      } else if (event.type === 'flow.method_failed') {
        bump(counts.failed, event.method, `${side}:${event.reason}`);
      } else bump(counts.verified, event.method, side);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && cursor !== null);
  return counts;
}

// ---- runs ---------------------------------------------------------------------------------

const fmtUs = (ns) => (ns / 1000).toFixed(1);
const fmtT = (t) => (t >= 0 ? ' ' : '') + t.toFixed(2);

async function run(number) {
  const began = performance.now();
  const loadBefore = loadavg()[0];
  const users = createUsers(KNOWN_PER_RUN);
  const phones = users.map((user) => user.phone);
  const bench = await createBench(users);
  const { engine } = bench;
  // The accounts of the plain requests, then those with a passkey, then those with an app;
  // the first of each strong group is the control.
  const plainUsers = users.slice(0, PLAIN_PER_RUN);
  const passkeyUsers = users.slice(PLAIN_PER_RUN, PLAIN_PER_RUN + STRONG_PER_RUN);
  const appUsers = users.slice(PLAIN_PER_RUN + STRONG_PER_RUN);
  const registering = performance.now();
  await registerPasskeys(engine, passkeyUsers);
  const passkeysMs = performance.now() - registering;
  await registerAuthenticators(engine, appUsers);
  const authenticatorsMs = performance.now() - registering - passkeysMs;
  const forger = await createForger();
  const setupMs = performance.now() - began;
  const queue = (list) => {
    let index = 0;
    return () => list[index++];
  };
  const nextUser = queue(plainUsers);
  const nextPasskeyUser = queue(passkeyUsers);
  const nextAppUser = queue(appUsers);
  try {
    // Controls (untimed): the real assertion and the right code pass, so the timed failures
    // fail on the signature and the code alone.
    const passkeyControl = nextPasskeyUser();
    const passed = await timed(
      engine,
      (
        await preparePasskey(
          engine,
          'control',
          passkeyControl.username,
          passkeyControl.device,
          forger,
          false,
        )
      )(),
    );
    expectOk('the control passkey assertion', passed);
    const appControl = nextAppUser();
    const codePassed = await timed(
      engine,
      (
        await prepareAuthenticator(
          engine,
          'control',
          appControl.username,
          appControl.totpSecret,
          totpCode(appControl.totpSecret, new Date()),
        )
      )(),
    );
    expectOk('the control authenticator code', codePassed);

    const startCheck = (side, result) => {
      const flow = expectOk(`POST /reset (${side})`, result);
      if (flow.state !== 'choose_method') throw new Error(`a ${side} start is ${flow.state}`);
    };
    const reset = await measurePairs(
      engine,
      async (side) => {
        const identifier = side === 'known' ? nextUser().username : freshIdentifier();
        const ip = nextClientIp();
        return () => post('/reset', { identifier }, ip);
      },
      startCheck,
    );

    const challengeCheck = (side, result) => {
      const flow = expectOk(`POST /reset/challenge (${side})`, result);
      if (flow.state !== 'awaiting_proof') throw new Error(`a ${side} challenge is ${flow.state}`);
    };
    const challenge = await measurePairs(
      engine,
      async (side) => {
        if (side === 'unknown') return prepareChallenge(engine, side, freshIdentifier(), phones);
        const user = nextUser();
        return prepareChallenge(engine, side, user.username, phones, user.phone);
      },
      challengeCheck,
    );

    const strongSizes = { warmup: STRONG_WARMUP, pairs: STRONG_PAIRS };
    // The unknown side signs with the passkey of some account with one (not its own: an
    // unknown identifier has none), so only the credential lookup differs.
    const someDevice = () => pick(passkeyUsers).device;
    const passkey = await measurePairs(
      engine,
      async (side) => {
        if (side === 'unknown') {
          return preparePasskey(engine, side, freshIdentifier(), someDevice(), forger);
        }
        const user = nextPasskeyUser();
        return preparePasskey(engine, side, user.username, user.device, forger);
      },
      (side, result) => expectRefused(`passkey verify (${side})`, 'invalid_credential', result),
      strongSizes,
    );

    const authenticator = await measurePairs(
      engine,
      async (side) => {
        if (side === 'unknown') return prepareAuthenticator(engine, side, freshIdentifier());
        const user = nextAppUser();
        return prepareAuthenticator(engine, side, user.username, user.totpSecret);
      },
      (side, result) => expectRefused(`authenticator verify (${side})`, 'invalid_code', result),
      strongSizes,
    );

    const audit = await auditCounts(engine);
    const flowsPerSide = WARMUP + PAIRS;
    const strongPerSide = STRONG_WARMUP + STRONG_PAIRS;
    const problems = [];
    const expect = (what, actual, wanted) => {
      if ((actual ?? 0) !== wanted) problems.push(`${actual ?? 0} ${what}, not ${wanted}`);
    };
    expect(
      'known starts opened a real flow',
      audit.startedReal,
      2 * flowsPerSide + 2 * (strongPerSide + 1),
    );
    expect(
      'known mobileSms challenges sent a code',
      audit.challenges.mobileSms?.['known:success'],
      flowsPerSide,
    );
    expect(
      'known passkey challenges found a registered passkey',
      audit.challenges.passkey?.['known:success'],
      strongPerSide + 1,
    );
    expect(
      'known authenticatorApp challenges found a registered app',
      audit.challenges.authenticatorApp?.['known:success'],
      strongPerSide + 1,
    );
    expect(
      'known passkey proofs failed with invalid_credential',
      audit.failed.passkey?.['known:invalid_credential'],
      strongPerSide,
    );
    expect(
      'unknown passkey proofs failed with invalid_credential',
      audit.failed.passkey?.['unknown:invalid_credential'],
      strongPerSide,
    );
    expect(
      'known authenticatorApp proofs failed with invalid_code',
      audit.failed.authenticatorApp?.['known:invalid_code'],
      strongPerSide,
    );
    expect(
      'unknown authenticatorApp proofs failed with invalid_code',
      audit.failed.authenticatorApp?.['unknown:invalid_code'],
      strongPerSide,
    );
    expect('control passkeys passed', audit.verified.passkey?.known, 1);
    expect('control authenticator codes passed', audit.verified.authenticatorApp?.known, 1);
    const result = {
      run: number,
      setupMs: Math.round(setupMs),
      registrationMs: {
        passkeys: Math.round(passkeysMs),
        authenticators: Math.round(authenticatorsMs),
      },
      durationMs: Math.round(performance.now() - began),
      loadAverage: { before: loadBefore, after: loadavg()[0] },
      start: reset,
      challenge,
      passkey,
      authenticator,
      audit,
      valid: problems.length === 0,
      ...(problems.length === 0 ? {} : { problems }),
    };
    const line = (name, r) =>
      `  ${name.padEnd(13)} known ${fmtUs(r.known.meanNs).padStart(8)} ± ${fmtUs(r.known.sdNs).padStart(7)} µs` +
      `   unknown ${fmtUs(r.unknown.meanNs).padStart(8)} ± ${fmtUs(r.unknown.sdNs).padStart(7)} µs` +
      `   t ${fmtT(r.t).padStart(7)}  df ${r.df.toFixed(0).padStart(5)}  ${r.pass ? 'PASS' : 'FAIL'}` +
      `   (trimmed t ${fmtT(r.trimmed.t)}; detectable ${fmtUs(r.detectableNs)} / trimmed ${fmtUs(r.trimmed.detectableNs)} µs)`;
    console.log(
      `run ${number} (${(result.durationMs / 1000).toFixed(1)} s, setup ${(setupMs / 1000).toFixed(1)} s, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)})`,
    );
    console.log(line('/reset', reset));
    console.log(line('challenge', challenge));
    console.log(line('passkey', passkey));
    console.log(line('authenticator', authenticator));
    for (const problem of problems) console.log(`  INVALID: ${problem}`);
    return result;
  } finally {
    await bench.close();
  }
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
const began = performance.now();
console.log(
  `${RUNS} runs of ${PAIRS} pairs (after ${WARMUP} warm-up pairs) for /reset and challenge, ` +
    `${STRONG_PAIRS} pairs (after ${STRONG_WARMUP}) for passkey and authenticator; ` +
    `${KNOWN_PER_RUN} accounts per run (${STRONG_PER_RUN} with a passkey, ${STRONG_PER_RUN} with an app); database in ${DIR}`,
);
console.log(`policy limits: ${JSON.stringify(POLICY.limits)}`);
const runs = [];
for (let number = 1; number <= RUNS; number++) runs.push(await run(number));
const totalMs = Math.round(performance.now() - began);

const REQUESTS = ['start', 'challenge', 'passkey', 'authenticator'];
const summary = runs.map(
  (r) =>
    `run ${r.run}: ` +
    REQUESTS.map(
      (name) => `${name} t=${r[name].t.toFixed(2)} (trimmed ${r[name].trimmed.t.toFixed(2)})`,
    ).join(', '),
);
const allValid = runs.every((r) => r.valid);
const passed = runs.every((r) => REQUESTS.every((name) => r[name].pass));
console.log(summary.join('\n'));
console.log(
  `${allValid ? (passed ? 'PASS' : 'FAIL') : 'INVALID'}: |t| < ${GOAL} for every request in every run; ${(totalMs / 1000).toFixed(1)} s in all`,
);

if (!allValid) {
  console.error(
    'The bench did not measure what it should (see INVALID above); no results written.',
  );
  process.exit(1);
}
const results = {
  date: new Date().toISOString(),
  node: process.version,
  machine: `${cpus().length} cores`,
  cpu: cpus()[0]?.model ?? 'unknown',
  commit: commit.status === 0 ? commit.stdout.trim() : null,
  storage: `SQLite (createSqliteStorage, default synchronous) in ${DIR}, SQL directory`,
  pairs: PAIRS,
  warmup: WARMUP,
  strongPairs: STRONG_PAIRS,
  strongWarmup: STRONG_WARMUP,
  accountsPerRun: KNOWN_PER_RUN,
  webauthn: WEBAUTHN,
  limits: POLICY.limits,
  goal: `|t| < ${GOAL}`,
  passed,
  durationMs: totalMs,
  runs,
};
const dir = `${root}bench/results/`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}enumeration-timing.json.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${dir}enumeration-timing.json.tmp`, `${dir}enumeration-timing.json`);
console.log('Wrote bench/results/enumeration-timing.json');
