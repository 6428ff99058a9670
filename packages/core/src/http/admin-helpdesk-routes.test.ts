// The issue 14 admin routes over HTTP: every one refuses anyone but an admin, the helpdesk
// actions are audited with the acting admin, usage & insights lists users who never
// registered, the audit viewer pages and exports, the directory's history comes from the
// scheduled job, and "contact your administrator" answers every flow alike.
import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../policy/policy-schema.js';
import { ROUTES } from './http-routes.js';
import { createTestApi, json, request } from './http-test-setup.js';

const POLICY: PolicyInput = {
  methods: ['mobileSms', 'email'],
  helpdesk: { temporaryAccessPass: true },
};

/** The admin routes of issue 14 with a request each could take. */
const ADMIN_CALLS: [string, string, unknown?][] = [
  ['GET', '/admin/users'],
  ['GET', '/admin/audit'],
  ['GET', '/admin/directory/status'],
  ['POST', '/admin/users/u-erin/password', {}],
  ['POST', '/admin/users/u-erin/unlock', {}],
  ['PUT', '/admin/users/u-erin/contact', { office: '+31201234567' }],
  ['POST', '/admin/users/u-erin/temporary-access-pass', {}],
  ['DELETE', '/admin/users/u-erin/temporary-access-pass', {}],
];

describe('issue 14 admin routes', () => {
  it('names every admin route of the table in this test', () => {
    const admin = Object.values(ROUTES)
      .filter((route) => route.access === 'admin' && !route.path.startsWith('/admin/policy'))
      .filter((route) => !route.path.startsWith('/admin/reports'))
      .map((route) => `${route.method} ${route.path.replace('{id}', 'u-erin')}`);
    expect(admin.sort()).toEqual(ADMIN_CALLS.map(([method, path]) => `${method} ${path}`).sort());
  });

  it('refuses a signed-out caller (401) and a non-admin (403) on every route, changing nothing', async () => {
    const { handler, storage } = createTestApi({ policy: POLICY });
    for (const [method, path, body] of ADMIN_CALLS) {
      const anonymous = await handler(request(method, path, { body }));
      expect(anonymous.status, `${method} ${path} signed out`).toBe(401);
      const user = await handler(request(method, path, { body, as: 'alice' }));
      expect(user.status, `${method} ${path} as alice`).toBe(403);
    }
    const audit = await storage.audit.query({ tenantId: 'default', limit: 100 });
    expect(audit.events).toEqual([]);
  });

  it('issues a pass the user resets with, audited with the acting admin', async () => {
    const { handler, storage } = createTestApi({ policy: POLICY });
    const issued = await handler(
      request('POST', '/admin/users/u-erin/temporary-access-pass', {
        as: 'admin',
        body: { lifetimeMinutes: 30 },
      }),
    );
    expect(issued.status).toBe(201);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const { pass, expiresAt } = (await issued.json()) as { pass: string; expiresAt: string };
    expect(pass).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now() - 365 * 86_400_000);
    const started = await handler(request('POST', '/reset', { body: { identifier: 'erin' } }));
    const { flowToken } = (await started.json()) as { flowToken: string };
    const verified = await handler(
      request('POST', '/reset/verify', {
        body: { flowToken, methodId: 'temporary_access_pass', code: pass.toLowerCase() },
      }),
    );
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as { state: string }).state).toBe('verified');
    const events = (await storage.audit.query({ tenantId: 'default', limit: 100 })).events;
    expect(events.find((e) => e.type === 'temporary_access_pass.issued')).toMatchObject({
      actor: { kind: 'admin', id: 'u-admin' },
      target: { userId: 'u-erin' },
      singleUse: true,
    });
  });

  it('sets a generated password once, must-change, and audits it as an admin reset', async () => {
    const { handler, directory, storage } = createTestApi({ policy: POLICY });
    const response = await handler(
      request('POST', '/admin/users/u-erin/password', { as: 'admin', body: { mustChange: true } }),
    );
    expect(response.status).toBe(200);
    const { password } = (await response.json()) as { password: string };
    expect(await directory.verifyPassword('u-erin', password)).toBe(true);
    expect((await directory.getUser('u-erin'))?.mustChangePassword).toBe(true);
    const given = await handler(
      request('POST', '/admin/users/u-erin/password', {
        as: 'admin',
        body: { newPassword: 'violet harbour quantum teapots' },
      }),
    );
    expect(await given.json()).toEqual({});
    const resets = (await storage.audit.query({ tenantId: 'default', limit: 100 })).events.filter(
      (e) => e.type === 'password.reset',
    );
    expect(resets).toHaveLength(2);
    expect(resets[0]).toMatchObject({
      actor: { kind: 'admin', id: 'u-admin' },
      reason: 'admin_reset',
    });
    const weak = await handler(
      request('POST', '/admin/users/u-erin/password', {
        as: 'admin',
        body: { newPassword: 'erin' },
      }),
    );
    expect(weak.status).toBe(422);
    const unknown = await handler(
      request('POST', '/admin/users/u-nobody/password', { as: 'admin', body: {} }),
    );
    expect(unknown.status).toBe(404);
  });

  it('sets and removes contacts, refusing a bad number with a field issue', async () => {
    const { handler } = createTestApi({ policy: POLICY });
    const bad = await handler(
      request('PUT', '/admin/users/u-erin/contact', {
        as: 'admin',
        body: { office: '0201234567', email: 'erin at home' },
      }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([
      { path: 'office', code: 'invalid_phone' },
      { path: 'email', code: 'invalid_email' },
    ]);
    const set = await handler(
      request('PUT', '/admin/users/u-erin/contact', {
        as: 'admin',
        body: { office: '+31 20 123 4567', email: 'Erin@Home.example' },
      }),
    );
    expect(await set.json()).toEqual({
      contact: { office: '+31201234567', email: 'erin@home.example' },
    });
    const removed = await handler(
      request('PUT', '/admin/users/u-erin/contact', { as: 'admin', body: { office: null } }),
    );
    expect(await removed.json()).toEqual({ contact: { email: 'erin@home.example' } });
  });

  it('lists every user, registered or not, with totals, and pages by cursor', async () => {
    const { handler } = createTestApi({ policy: POLICY });
    const first = await handler(request('GET', '/admin/users?limit=2', { as: 'admin' }));
    const page = (await first.json()) as {
      users: { username: string; registered: boolean; methods: string[] }[];
      next?: string;
      totals: { users: number; byMethod: Record<string, number> };
    };
    expect(page.users.map((u) => u.username)).toEqual(['admin', 'alice']);
    expect(page.totals.users).toBe(3);
    expect(page.totals.byMethod.mobile).toBe(3);
    const second = await handler(
      request('GET', `/admin/users?limit=2&cursor=${page.next}`, { as: 'admin' }),
    );
    const rest = (await second.json()) as { users: { username: string }[]; next?: string };
    expect(rest.users.map((u) => u.username)).toEqual(['erin']);
    expect(rest.next).toBeUndefined();
    const search = await handler(request('GET', '/admin/users?search=ER', { as: 'admin' }));
    expect(((await search.json()) as { users: { username: string }[] }).users).toHaveLength(1);
    const forged = await handler(request('GET', '/admin/users?cursor=WyJ4Il0', { as: 'admin' }));
    expect(forged.status).toBe(400);
  });

  it('pages the audit log by type and result, and exports it as CSV', async () => {
    const { handler, clock } = createTestApi({ policy: POLICY });
    for (const identifier of ['alice', 'erin', 'nobody']) {
      await handler(request('POST', '/reset', { body: { identifier } }));
    }
    // The range ends before now (exclusive).
    clock.advance(1000);
    const failures = await handler(
      request('GET', '/admin/audit?type=flow.started&result=failure', { as: 'admin' }),
    );
    const failed = (await failures.json()) as { events: { type: string; result: string }[] };
    expect(failed.events).toHaveLength(1);
    expect(failed.events[0]).toMatchObject({ type: 'flow.started', result: 'failure' });
    const first = await handler(request('GET', '/admin/audit?limit=2', { as: 'admin' }));
    const page = (await first.json()) as { events: unknown[]; next: string };
    expect(page.events).toHaveLength(2);
    const next = await handler(
      request('GET', `/admin/audit?limit=2&cursor=${page.next}`, { as: 'admin' }),
    );
    expect(((await next.json()) as { events: unknown[] }).events).toHaveLength(1);
    const csv = await handler(request('GET', '/admin/audit?format=csv', { as: 'admin' }));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^time,type,result,reason,actorKind/);
    expect(lines).toHaveLength(4);
  });

  it('shows the scheduled directory checks newest first beside a check made now', async () => {
    const { handler, engine, directory, clock } = createTestApi({ policy: POLICY });
    await engine.admin.checkDirectory();
    clock.advance(5 * 60_000);
    directory.setAvailable(false);
    await engine.admin.checkDirectory();
    directory.setAvailable(true);
    const response = await handler(request('GET', '/admin/directory/status', { as: 'admin' }));
    const body = (await response.json()) as {
      connected: boolean;
      current: { connected: boolean };
      history: { connected: boolean; error?: string }[];
    };
    expect(body.current.connected).toBe(true);
    expect(body.connected).toBe(true);
    expect(body.history).toMatchObject([
      { connected: false, error: 'unavailable' },
      { connected: true },
    ]);
  });
});

describe('POST /reset/contact-admin', () => {
  it('answers a real and an unknown flow alike, mails the admins only for the real one, and limits', async () => {
    const { handler, storage } = createTestApi({ policy: POLICY });
    const bodies: string[] = [];
    for (const identifier of ['erin', 'nobody']) {
      const started = await handler(request('POST', '/reset', { body: { identifier } }));
      const { flowToken } = (await started.json()) as { flowToken: string };
      const response = await handler(
        request('POST', '/reset/contact-admin', { body: { flowToken } }),
      );
      expect(response.status).toBe(202);
      bodies.push(await response.text());
      if (identifier === 'nobody') {
        await handler(request('POST', '/reset/contact-admin', { body: { flowToken } }));
        const third = await handler(
          request('POST', '/reset/contact-admin', { body: { flowToken } }),
        );
        expect(third.status).toBe(429);
      }
    }
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({ contacted: true });
    const mails = await storage.outbox.listByCorrelation('default', '');
    expect(mails).toEqual([]);
    const events = (await storage.audit.query({ tenantId: 'default', limit: 100 })).events;
    const contacted = events.filter((e) => e.type === 'flow.contacted_admin');
    expect(contacted.map((e) => e.reason).sort()).toEqual(['admins_mailed', 'decoy', 'decoy']);
    const real = contacted.find((e) => e.reason === 'admins_mailed');
    const notices = await storage.outbox.listByCorrelation('default', real?.correlationId ?? '');
    expect(notices.map((m) => m.purpose)).toEqual(['help_requested_notice']);
  });
});

describe('POST /reset/contact-admin on a blocked flow', () => {
  /** Starts a flow for `identifier`, sends a code to its mobile and fails it until blocked. */
  async function blockedFlow(
    handler: (request: Request) => Promise<Response>,
    identifier: string,
    confirm: string,
  ): Promise<string> {
    const started = await handler(request('POST', '/reset', { body: { identifier } }));
    const { flowToken, methods } = (await started.json()) as {
      flowToken: string;
      methods: { id: string; type: string }[];
    };
    const methodId = methods.find((m) => m.type === 'mobileSms')?.id;
    const sent = await handler(
      request('POST', '/reset/challenge', { body: { flowToken, methodId, confirm } }),
    );
    expect(sent.status, `${identifier} challenge`).toBe(200);
    let code = '';
    for (let i = 0; i < 10 && code !== 'blocked'; i++) {
      const verify = await handler(
        request('POST', '/reset/verify', { body: { flowToken, methodId, code: '000000' } }),
      );
      code = ((await json(verify)) as { error?: { code?: string } }).error?.code ?? '';
    }
    expect(code, `${identifier} blocked`).toBe('blocked');
    return flowToken;
  }

  it('answers a real and an unknown blocked flow byte for byte alike, and mails only the real one’s admins', async () => {
    const { handler, storage } = createTestApi({ policy: POLICY });
    const flows = {
      erin: await blockedFlow(handler, 'erin', '+31611112222'),
      nobody: await blockedFlow(handler, 'nobody', '+31611112222'),
    };
    const answers: { status: number; headers: string; body: string }[] = [];
    for (const flowToken of Object.values(flows)) {
      const response = await handler(
        request('POST', '/reset/contact-admin', { body: { flowToken } }),
      );
      answers.push({
        status: response.status,
        headers: JSON.stringify([...response.headers]),
        body: await response.text(),
      });
    }
    expect(answers[0]?.status).toBe(202);
    expect(answers[1]).toEqual(answers[0]);
    const events = (await storage.audit.query({ tenantId: 'default', limit: 100 })).events;
    const contacted = events.filter((e) => e.type === 'flow.contacted_admin');
    expect(contacted.map((e) => e.reason).sort()).toEqual(['admins_mailed', 'decoy']);
    const real = contacted.find((e) => e.reason === 'admins_mailed');
    const decoy = contacted.find((e) => e.reason === 'decoy');
    const mailed = await storage.outbox.listByCorrelation('default', real?.correlationId ?? '');
    expect(mailed.filter((m) => m.purpose === 'help_requested_notice')).toHaveLength(1);
    const none = await storage.outbox.listByCorrelation('default', decoy?.correlationId ?? '');
    expect(none.filter((m) => m.purpose === 'help_requested_notice')).toEqual([]);
  });

  it('lets 2 of a burst of 10 through per blocked flow, real or not', async () => {
    const { handler } = createTestApi({ policy: POLICY });
    for (const identifier of ['erin', 'nobody']) {
      const flowToken = await blockedFlow(handler, identifier, '+31611112222');
      const statuses = await Promise.all(
        Array.from({ length: 10 }, () =>
          handler(request('POST', '/reset/contact-admin', { body: { flowToken } })).then(
            (response) => response.status,
          ),
        ),
      );
      expect(
        statuses.filter((s) => s === 202),
        identifier,
      ).toHaveLength(2);
      expect(
        statuses.filter((s) => s === 429),
        identifier,
      ).toHaveLength(8);
    }
  });

  it('still refuses a finished flow', async () => {
    const { handler } = createTestApi({ policy: POLICY });
    const started = await handler(request('POST', '/reset', { body: { identifier: 'erin' } }));
    const { flowToken } = (await started.json()) as { flowToken: string };
    await handler(request('POST', '/reset/cancel', { body: { flowToken } }));
    const response = await handler(
      request('POST', '/reset/contact-admin', { body: { flowToken } }),
    );
    expect(((await json(response)) as { error?: { code?: string } }).error?.code).toBe(
      'invalid_state',
    );
  });
});
