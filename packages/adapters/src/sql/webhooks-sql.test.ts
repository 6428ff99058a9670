// Standard Webhooks of audit events on the SQL storages (issue 16), on SQLite and PostgreSQL:
// an event's webhook is queued in the outbox by the audit log's `onRecord`, inside the
// request's one transaction, so a fault after the event is appended (the webhook's own
// enqueue failing) rolls back the event, its webhook and the step's other writes together;
// and each webhook is delivered once, signed per Standard Webhooks (checked by the
// `standardwebhooks` package), however many dispatchers share the database.
import { createHash } from 'node:crypto';
import type { AuditEvent, OpenReset } from '@openreset/core';
import { createRunningClock } from '@openreset/core/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { SqlStorage } from './sql-storage.js';
import { type OpenShared, sharedSqlDatabases } from './testing/shared-sql-database.js';

// 32 random bytes, base64: a secret of the shape Standard Webhooks libraries generate.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYo=';
const ENDPOINT = 'https://hooks.example.com/openreset';
const MOBILE = '+31612345678';
const databases = sharedSqlDatabases();

afterEach(() => {
  vi.unstubAllGlobals();
});

afterAll(() => databases.cleanup());

/** One instance on the shared database, with an engine that sends every event as a webhook. */
const instance = (open: OpenShared, seed: number) =>
  databases.instance(open, seed, {
    // Real time, so that `standardwebhooks` accepts the timestamps as it would in production.
    clock: createRunningClock(),
    webhooks: [{ url: ENDPOINT, secret: SECRET }],
    http: { clientIp: () => '10.2.0.1' },
  });

async function post(engine: OpenReset, path: string, body: unknown) {
  const response = await engine.handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface Delivery {
  headers: Record<string, string>;
  body: string;
}

/** Replaces fetch with an endpoint that records every webhook it is sent and answers 204. */
function webhookEndpoint(): Delivery[] {
  const received: Delivery[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    expect(url).toBe(ENDPOINT);
    received.push({
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: String(init.body),
    });
    return new Response(null, { status: 204 });
  });
  return received;
}

/** The audit events stored, with the webhook deliveries' own events (never sent as webhooks) left out. */
async function eventsToSend(storage: SqlStorage): Promise<AuditEvent[]> {
  const { events } = await storage.audit.query({ tenantId: 'default', limit: 1000 });
  return events.filter((event) => !('channel' in event && event.channel === 'webhook'));
}

async function webhooksOnSql(open: OpenShared) {
  const received = webhookEndpoint();
  const first = await instance(open, 1);
  const second = await instance(open, 2);
  await first.directory.createUser({
    username: 'alice',
    password: 'morning tide over quiet water',
    contact: { mobile: MOBILE },
  });
  const started = await post(first.engine, '/reset', { identifier: 'alice' });
  expect(started.status).toBe(200);
  const flowToken = started.body.flowToken as string;
  const methods = started.body.methods as Array<{ id: string; type: string }>;
  const methodId = methods.find((method) => method.type === 'mobileSms')?.id;
  const flowId = createHash('sha256').update(flowToken).digest('base64url');

  // The challenge's event is appended, then its webhook's enqueue fails: all of it rolls back.
  const enqueue = first.storage.outbox.enqueue.bind(first.storage.outbox);
  let failing = true;
  first.storage.outbox.enqueue = async (message) => {
    if (failing && message.purpose === 'webhook:flow.challenge_sent') {
      throw new Error('outbox unavailable');
    }
    return enqueue(message);
  };
  const failed = await post(first.engine, '/reset/challenge', {
    flowToken,
    methodId,
    confirm: MOBILE,
  });
  failing = false;
  expect(failed.status).toBe(500);
  const types = async () => (await eventsToSend(first.storage)).map((event) => event.type);
  expect(await types()).not.toContain('flow.challenge_sent');
  const queued = async () =>
    (await first.storage.outbox.listByCorrelation('default', flowId)).map((m) => m.purpose);
  expect(await queued()).not.toContain('webhook:flow.challenge_sent');
  expect(
    (await queued()).filter((purpose) => purpose.startsWith('code:')),
    'nor the step’s code message',
  ).toEqual([]);
  expect(await first.storage.challenges.get('default', flowId, methodId ?? '')).toBeNull();

  // Once the fault is gone, the step, its event and its webhook are stored together.
  const challenged = await post(second.engine, '/reset/challenge', {
    flowToken,
    methodId,
    confirm: MOBILE,
  });
  expect(challenged.status).toBe(200);
  expect(await types()).toContain('flow.challenge_sent');
  expect(await queued()).toContain('webhook:flow.challenge_sent');
  const code = await second.codeSentTo(MOBILE);
  expect((await post(first.engine, '/reset/verify', { flowToken, methodId, code })).status).toBe(
    200,
  );
  const newPassword = 'violet harbour quantum teapots';
  expect((await post(second.engine, '/reset/complete', { flowToken, newPassword })).status).toBe(
    200,
  );

  // Both instances' dispatchers at once, until a round sends nothing (a sent message's own
  // `notification.sent` event is queued as a webhook in its turn).
  for (let before = -1; before !== received.length; ) {
    before = received.length;
    await Promise.all([first.engine.dispatcher.runOnce(), second.engine.dispatcher.runOnce()]);
  }

  const events = await eventsToSend(first.storage);
  expect(events.map((event) => event.type)).toEqual(
    expect.arrayContaining(['flow.started', 'flow.challenge_sent', 'password.reset']),
  );
  // Every stored event once, and nothing else: not the rolled-back one, no second copy.
  expect(received.map((delivery) => delivery.headers['webhook-id']).sort()).toEqual(
    events.map((event) => event.id).sort(),
  );
  for (const delivery of received) {
    const payload = new Webhook(SECRET).verify(delivery.body, delivery.headers) as {
      type: string;
      data: AuditEvent;
    };
    expect(payload.data.id).toBe(delivery.headers['webhook-id']);
    expect(payload.type).toBe(payload.data.type);
    expect(delivery.body).not.toContain(code);
    expect(delivery.body).not.toContain(newPassword);
    expect(delivery.body).not.toContain(MOBILE);
  }
  expect(() =>
    new Webhook('whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB').verify(
      received[0]?.body ?? '',
      received[0]?.headers ?? {},
    ),
  ).toThrow();
}

describe('Standard Webhooks on SQL storage', () => {
  it('queues each webhook in its event’s transaction and delivers it once, on SQLite', async () => {
    await webhooksOnSql(databases.sqliteFile());
  });

  it('queues each webhook in its event’s transaction and delivers it once, on PostgreSQL', async () => {
    await webhooksOnSql(await databases.postgresDatabase());
  });
});
