// One transaction per HTTP request (issue 18) on the real databases: a state-changing request
// commits its writes once; a refusal still commits the attempt it counted (a burst of wrong
// codes through the handler of two servers stays within the budget, none answered 500); a
// fault in the middle rolls the request's writes back; a body still arriving holds no lock.
import { createHash } from 'node:crypto';
import type { OpenReset } from '@openreset/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type OpenShared, sharedSqlDatabases } from './testing/shared-sql-database.js';

const databases = sharedSqlDatabases();
const MOBILE = '+31612345678';

afterAll(() => databases.cleanup());

/** One app server: its own storage connection (pool), the shared directory table, an engine. */
const server = (open: OpenShared, seed: number) =>
  databases.instance(open, seed, {
    http: { clientIp: (request) => request.headers.get('x-test-ip') ?? undefined },
  });

async function post(engine: OpenReset, path: string, body: unknown, ip = '10.0.0.1') {
  const response = await engine.handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-ip': ip },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function startFlow(engine: OpenReset, ip: string) {
  const flow = await post(engine, '/reset', { identifier: 'alice' }, ip);
  expect(flow.status).toBe(200);
  const methods = flow.body.methods as Array<{ id: string; type: string }>;
  const method = methods.find((m) => m.type === 'mobileSms');
  if (method === undefined) throw new Error('no mobileSms method');
  return { flowToken: flow.body.flowToken as string, methodId: method.id };
}

async function burstThroughHandlers(open: OpenShared) {
  const first = await server(open, 1);
  const second = await server(open, 2);
  await first.directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: MOBILE },
  });
  const flows: Array<{ flowToken: string; methodId: string; ip: string }> = [];
  for (let i = 0; i < 5; i++) {
    const engine = (i % 2 === 0 ? first : second).engine;
    const flow = await startFlow(engine, `10.0.${i}.1`);
    const asked = await post(
      engine,
      '/reset/challenge',
      { ...flow, confirm: MOBILE },
      `10.0.${i}.1`,
    );
    expect(asked.status).toBe(200);
    flows.push({ ...flow, ip: `10.0.${i}.1` });
  }
  const answers = await Promise.all(
    Array.from({ length: 60 }, async (_, index) => {
      const flow = flows[index % flows.length] as (typeof flows)[number];
      const { flowToken, methodId, ip } = flow;
      const engine = (index % 2 === 0 ? first : second).engine;
      const code = String(100000 + index);
      const answer = await post(engine, '/reset/verify', { flowToken, methodId, code }, ip);
      return `${answer.status} ${(answer.body.error as { code?: string } | undefined)?.code}`;
    }),
  );
  const { events } = await first.storage.audit.query({
    tenantId: 'default',
    types: ['flow.method_failed'],
    limit: 1000,
  });
  return { answers, evaluated: events.length };
}

function expectBudgetHeld({ answers, evaluated }: { answers: string[]; evaluated: number }) {
  // Every refusal committed the attempt it reserved: never more than the budget evaluated.
  expect(evaluated).toBeGreaterThanOrEqual(1);
  expect(evaluated).toBeLessThanOrEqual(5);
  // The proof that spends the budget is answered `blocked`; the others `invalid_code`.
  const refused = answers.filter((answer) => answer === '422 invalid_code').length;
  expect(refused).toBeGreaterThanOrEqual(evaluated - 1);
  expect(refused).toBeLessThanOrEqual(evaluated);
  // No deadlock, no busy database: every answer is a refusal, none a fault.
  expect(answers.every((answer) => answer.startsWith('4'))).toBe(true);
}

/** A fault after the challenge's writes: the request answers 500 and leaves nothing behind. */
async function faultRollsBack(open: OpenShared) {
  const { engine, storage, directory } = await server(open, 3);
  await directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: MOBILE },
  });
  const flow = await startFlow(engine, '10.1.0.1');
  const flowId = createHash('sha256').update(flow.flowToken).digest('base64url');
  const before = await storage.flows.get('default', flowId);
  const append = storage.audit.append.bind(storage.audit);
  let failing = true;
  storage.audit.append = async (event) => {
    if (failing && event.type === 'flow.challenge_sent') throw new Error('audit log unavailable');
    return append(event);
  };
  const failed = await post(engine, '/reset/challenge', { ...flow, confirm: MOBILE }, '10.1.0.1');
  failing = false;
  expect(failed.status).toBe(500);
  expect(await storage.flows.get('default', flowId)).toEqual(before);
  expect(await storage.challenges.get('default', flowId, flow.methodId)).toBeNull();
  expect(await storage.outbox.listByCorrelation('default', flowId)).toEqual([]);
  // The same request once the fault is gone: it goes through and its writes stay.
  const passed = await post(engine, '/reset/challenge', { ...flow, confirm: MOBILE }, '10.1.0.1');
  expect(passed.status).toBe(200);
  expect(await storage.challenges.get('default', flowId, flow.methodId)).not.toBeNull();
}

/** A request whose body is still arriving: another request is answered meanwhile. */
async function slowBodyHoldsNothing(open: OpenShared) {
  const { engine, directory } = await server(open, 4);
  await directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: MOBILE },
  });
  let finish = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"identifier":'));
      finish = () => {
        controller.enqueue(new TextEncoder().encode('"alice"}'));
        controller.close();
      };
    },
  });
  const slow = engine.handler(
    new Request('http://localhost/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-ip': '10.2.0.1' },
      body,
      duplex: 'half',
    } as RequestInit),
  );
  // Had the slow request opened its transaction, this one would wait for its body (SQLite:
  // the one writer; PostgreSQL: nothing to wait for, the check holds all the same).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const other = await Promise.race([
    post(engine, '/reset', { identifier: 'alice' }, '10.2.0.2'),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('waited for a body still arriving')), 15_000);
    }),
  ]).finally(() => clearTimeout(timer));
  expect(other.status).toBe(200);
  finish();
  expect((await slow).status).toBe(200);
}

/**
 * Resolves each call once `count` calls are waiting; rejects with `what` after 15 s (a call
 * that could not begin while another waited: a lock held across the wait).
 */
function barrier(count: number, what: string): () => Promise<void> {
  let arrived = 0;
  let release = () => {};
  const all = new Promise<void>((resolve, reject) => {
    release = resolve;
    setTimeout(() => reject(new Error(what)), 15_000).unref();
  });
  return () => {
    arrived += 1;
    if (arrived === count) release();
    return all;
  };
}

/**
 * Two starts at once through the handler, with a captcha whose check (a call to its provider)
 * waits until both have begun theirs: had start held the storage's write lock across the
 * check, the second could not begin.
 */
async function captchasCheckSideBySide(open: OpenShared) {
  const meet = barrier(2, 'a start waited for the other one');
  const { engine } = await databases.instance(open, 8, {
    policy: { captcha: { afterStarts: 0 } },
    captcha: {
      async verify(token) {
        await meet();
        return token === 'solved';
      },
    },
  });
  const answers = await Promise.all(
    ['alice', 'nobody'].map((identifier, index) =>
      post(engine, '/reset', { identifier, captcha: 'solved' }, `10.5.${index}.1`),
    ),
  );
  expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
}

/**
 * Two resets completing at once, through the handler: each password's hashing and write waits
 * until both have begun theirs. Had complete held the storage's write lock while hashing (one
 * transaction around the request, SQLite's one writer), the second could not begin and the
 * barrier would time out.
 */
async function completesHashSideBySide(open: OpenShared) {
  const instance = await server(open, 5);
  const { engine, directory, codeSentTo } = instance;
  const names = ['alice', 'bob'];
  const flows = [];
  for (const [index, username] of names.entries()) {
    const mobile = `+3161234567${index}`;
    await directory.createUser({
      username,
      password: 'morning tide over quiet water',
      email: `${username}@example.com`,
      contact: { mobile },
    });
    const ip = `10.3.${index}.1`;
    const flow = await post(engine, '/reset', { identifier: username }, ip);
    const methods = flow.body.methods as Array<{ id: string; type: string }>;
    const methodId = methods.find((m) => m.type === 'mobileSms')?.id;
    const flowToken = flow.body.flowToken as string;
    expect(
      (await post(engine, '/reset/challenge', { flowToken, methodId, confirm: mobile }, ip)).status,
    ).toBe(200);
    const code = await codeSentTo(mobile);
    expect((await post(engine, '/reset/verify', { flowToken, methodId, code }, ip)).status).toBe(
      200,
    );
    flows.push({ flowToken, ip });
  }
  const reset = directory.resetPassword.bind(directory);
  const meet = barrier(names.length, 'a complete waited for the other one');
  directory.resetPassword = async (...args) => {
    await meet();
    return reset(...args);
  };
  const answers = await Promise.all(
    flows.map(({ flowToken, ip }, index) =>
      post(
        engine,
        '/reset/complete',
        { flowToken, newPassword: `new quiet harbor ${index} light` },
        ip,
      ),
    ),
  );
  expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
  expect(answers.map((answer) => answer.body.state)).toEqual(['completed', 'completed']);
}

/**
 * Bursts on one verified flow's complete, through the handlers of two servers: 20 reused
 * passwords (each refusal needs the history hashed) hash at most the flow's 5 tries; 12 good
 * passwords on a fresh flow write exactly one, the one answered 200.
 */
async function completeBursts(open: OpenShared) {
  const first = await server(open, 6);
  const second = await server(open, 7);
  const current = 'morning tide over quiet water';
  await first.directory.createUser({
    username: 'alice',
    password: current,
    email: 'alice@example.com',
    contact: { mobile: MOBILE },
  });
  let historyReads = 0;
  for (const { directory } of [first, second]) {
    const history = directory.passwordHistory?.bind(directory);
    if (history === undefined) throw new Error('the directory keeps no history');
    directory.passwordHistory = (id) => {
      historyReads += 1;
      return history(id);
    };
  }
  async function verifiedFlow(ip: string) {
    const flow = await startFlow(first.engine, ip);
    const asked = await post(first.engine, '/reset/challenge', { ...flow, confirm: MOBILE }, ip);
    expect(asked.status).toBe(200);
    const code = await first.codeSentTo(MOBILE);
    const verified = await post(first.engine, '/reset/verify', { ...flow, code }, ip);
    expect(verified.status).toBe(200);
    return flow.flowToken;
  }
  const answer = (response: { status: number; body: Record<string, unknown> }) =>
    `${response.status} ${(response.body.error as { code?: string } | undefined)?.code ?? response.body.state}`;
  const burst = (flowToken: string, count: number, password: (index: number) => string) =>
    Promise.all(
      Array.from({ length: count }, async (_, index) =>
        answer(
          await post(
            (index % 2 === 0 ? first : second).engine,
            '/reset/complete',
            { flowToken, newPassword: password(index) },
            `10.4.${index}.1`,
          ),
        ),
      ),
    );

  const reused = await burst(await verifiedFlow('10.4.100.1'), 20, () => current);
  expect(historyReads).toBeLessThanOrEqual(5);
  expect(reused.filter((a) => a === '422 password_rejected')).toHaveLength(historyReads);
  expect(reused.every((a) => a.startsWith('4'))).toBe(true);

  // Twelve good passwords at once: the first to claim the writeback writes its password, the
  // others are refused (before any hashing) and none ends the flow.
  const user = await first.directory.findUser('alice');
  const twelve = Array.from({ length: 12 }, (_, i) => `quiet signal number ${i} at dawn`);
  const flowToken = await verifiedFlow('10.4.101.1');
  const answers = await burst(flowToken, 12, (i) => twelve[i] as string);
  expect(answers.filter((a) => a === '200 completed')).toHaveLength(1);
  expect(answers.every((a) => a === '200 completed' || a.startsWith('4'))).toBe(true);
  const written = await Promise.all(
    twelve.map((password) => first.directory.verifyPassword(user?.id ?? '', password)),
  );
  expect(written.filter(Boolean)).toHaveLength(1);
  expect(written.indexOf(true)).toBe(answers.indexOf('200 completed'));
  // A try refused past the budget while another held the writeback cancels nothing.
  const { events } = await first.storage.audit.query({
    tenantId: 'default',
    types: ['flow.canceled'],
    limit: 100,
  });
  const flowId = createHash('sha256').update(flowToken).digest('base64url');
  expect(events.filter((event) => event.correlationId === flowId)).toEqual([]);
}

describe('one transaction per request', () => {
  it('holds the proof budget under a burst through two handlers on one SQLite file', async () => {
    expectBudgetHeld(await burstThroughHandlers(databases.sqliteFile()));
  });

  it('holds the proof budget under a burst through two handlers on one PostgreSQL database', async () => {
    expectBudgetHeld(await burstThroughHandlers(await databases.postgresDatabase()));
  });

  it('answers other requests while one body is still arriving, on SQLite', async () => {
    await slowBodyHoldsNothing(databases.sqliteFile());
  });

  it('checks the captchas of two starts side by side, holding no write lock, on SQLite', async () => {
    await captchasCheckSideBySide(databases.sqliteFile());
  });

  it('hashes two completing passwords side by side, holding no write lock, on SQLite', async () => {
    await completesHashSideBySide(databases.sqliteFile());
  });

  it('holds the complete tries and writes one password under bursts, on SQLite', async () => {
    await completeBursts(databases.sqliteFile());
  });

  it('holds the complete tries and writes one password under bursts, on PostgreSQL', async () => {
    await completeBursts(await databases.postgresDatabase());
  });

  it('rolls a request back on a fault in the middle, on SQLite', async () => {
    await faultRollsBack(databases.sqliteFile());
  });

  it('rolls a request back on a fault in the middle, on PostgreSQL', async () => {
    await faultRollsBack(await databases.postgresDatabase());
  });
});
