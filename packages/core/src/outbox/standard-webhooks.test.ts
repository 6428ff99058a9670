import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../audit/audit-event.js';
import { verifyAliceBySms } from '../testing/sms-reset-testbed.js';
import { createTestEngine, type TestEngine } from '../testing/test-engine.js';
import { signWebhook } from './standard-webhooks.js';

// 32 random bytes, base64: a secret of the shape Standard Webhooks libraries generate.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYo=';
const URL_A = 'https://hooks.example.com/openreset';
const NEW_PASSWORD = 'violet harbour quantum teapots';

interface Posted {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Replaces fetch with one that records each POST and answers with the next status. */
function fakeFetch(statuses: number[] = []): Posted[] {
  const posted: Posted[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    posted.push({
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: String(init.body),
    });
    return new Response(null, { status: statuses.shift() ?? 204 });
  });
  return posted;
}

/** Alice resets her password through her SMS code. */
async function resetAlice(testbed: TestEngine) {
  const { flowToken, code } = await verifyAliceBySms(testbed);
  await testbed.engine.recovery.complete({ flowToken, newPassword: NEW_PASSWORD });
  return code;
}

/** Verifies with the `standardwebhooks` package, at the instant the webhook was signed. */
function verify(post: Posted, secret = SECRET): unknown {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Number(post.headers['webhook-timestamp']) * 1000);
  try {
    return new Webhook(secret).verify(post.body, post.headers);
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Standard Webhooks', () => {
  it("signs as the specification's test vector says", async () => {
    // From the Standard Webhooks reference libraries' tests.
    await expect(
      signWebhook(
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        'msg_p5jXN8AQM9LWM0D4loKWxJek',
        1614265330,
        '{"test": 2432232314}',
      ),
    ).resolves.toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('posts the audit events of a reset, each verified by the standardwebhooks package, never a secret', async () => {
    const posted = fakeFetch();
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
      webhooks: [{ url: URL_A, secret: SECRET }],
    });
    const code = await resetAlice(testbed);
    await testbed.engine.dispatcher.runOnce();
    await testbed.engine.dispatcher.runOnce();

    const types = posted.map((post) => (verify(post) as { type: string }).type);
    expect(types).toEqual(
      expect.arrayContaining(['flow.started', 'flow.method_verified', 'password.reset']),
    );
    const reset = posted.find((post) => JSON.parse(post.body).type === 'password.reset');
    const body = JSON.parse(reset?.body ?? '{}');
    expect(body.data).toMatchObject({ type: 'password.reset', target: { username: 'alice' } });
    expect(reset?.headers['webhook-id']).toBe(body.data.id);
    expect(reset?.url).toBe(URL_A);
    for (const post of posted) {
      expect(post.body).not.toContain(code);
      expect(post.body).not.toContain(NEW_PASSWORD);
      expect(post.body).not.toContain('+31612345678');
    }
    // Deliveries of webhooks are audited but never sent as webhooks themselves.
    const audited = await testbed.engine.audit.query({ tenantId: 'default', limit: 100 });
    const webhookAudits = audited.events.filter(
      (event) => 'channel' in event && event.channel === 'webhook',
    );
    expect(webhookAudits.length).toBeGreaterThan(0);
    for (const event of webhookAudits) {
      expect(posted.some((post) => post.headers['webhook-id'] === event.id)).toBe(false);
    }
    expect(() => verify(reset as Posted, 'whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB')).toThrow();
  });

  it('retries through the outbox with the same webhook-id and a fresh timestamp, only the events asked for', async () => {
    const posted = fakeFetch([503, 500]);
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
      webhooks: [{ url: URL_A, secret: SECRET, events: ['password.reset'] }],
      delivery: { retry: { baseDelayMs: 1000, maxDelayMs: 1000 } },
    });
    await resetAlice(testbed);
    await testbed.engine.dispatcher.runOnce();
    testbed.clock.advance(1000);
    await testbed.engine.dispatcher.runOnce();
    testbed.clock.advance(1000);
    await testbed.engine.dispatcher.runOnce();
    testbed.clock.advance(1000);
    await testbed.engine.dispatcher.runOnce();

    expect(posted).toHaveLength(3);
    expect(new Set(posted.map((post) => post.headers['webhook-id'])).size).toBe(1);
    expect(new Set(posted.map((post) => post.headers['webhook-timestamp'])).size).toBe(3);
    for (const post of posted) expect(verify(post)).toMatchObject({ type: 'password.reset' });
    const audited = await testbed.engine.audit.query({ tenantId: 'default', limit: 100 });
    expect(
      audited.events.find((event) => 'channel' in event && event.channel === 'webhook'),
    ).toMatchObject({ type: 'notification.sent', attempts: 3, purpose: 'webhook:password.reset' });
  });

  it.each([
    [{ url: 'http://hooks.example.com/x', secret: SECRET }, /https/],
    [{ url: 'not a url', secret: SECRET }, /absolute URL/],
    [{ url: URL_A, secret: 'plain secret' }, /whsec_/],
    [{ url: URL_A, secret: 'whsec_c2hvcnQ=' }, /24-64/],
    [{ url: URL_A, secret: SECRET, events: ['password.rest'] }, /unknown type password.rest/],
  ])('refuses the endpoint %j at creation, never echoing the secret', (endpoint, message) => {
    let thrown: unknown;
    try {
      createTestEngine({ webhooks: [endpoint as never] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(endpoint.secret);
  });
});

describe('audit hooks', () => {
  it('tells every hook about each event with its own copy; a failing hook is logged and breaks nothing', async () => {
    const seen: AuditEvent[] = [];
    const errors: string[] = [];
    let resolveReset: (event: AuditEvent) => void = () => {};
    const reset = new Promise<AuditEvent>((resolve) => {
      resolveReset = resolve;
    });
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
      logger: { warn: () => {}, error: (message) => errors.push(message) },
      onAudit: [
        () => {
          throw new Error('the session store is down');
        },
        async (event) => {
          seen.push(structuredClone(event));
          (event as { type: string }).type = 'tampered';
        },
        (event) => {
          if (event.type === 'password.reset') resolveReset(event);
        },
      ],
    });
    const code = await resetAlice(testbed);
    const event = await reset;
    expect(event).toMatchObject({ type: 'password.reset', target: { userId: 'u-alice' } });
    expect(await testbed.directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
    const stored = await testbed.engine.audit.query({ tenantId: 'default', limit: 100 });
    expect(stored.events.some((stored) => stored.type === 'password.reset')).toBe(true);
    expect(stored.events.every((stored) => stored.type !== ('tampered' as never))).toBe(true);
    await vi.waitFor(() => expect(errors).toContain('an audit hook failed on password.reset'));
    expect(errors).toHaveLength(stored.events.length);
    expect(seen.map((event) => event.id).sort()).toEqual(stored.events.map((e) => e.id).sort());
    expect(JSON.stringify(seen)).not.toContain(code);
    expect(JSON.stringify(seen)).not.toContain(NEW_PASSWORD);
  });

  it('refuses a hook that is not a function', () => {
    expect(() => createTestEngine({ onAudit: ['nope' as never] })).toThrow(TypeError);
  });
});
