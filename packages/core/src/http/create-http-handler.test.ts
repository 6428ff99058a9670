import { describe, expect, it, vi } from 'vitest';
import { AccountError } from '../account/account-error.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { DirectoryError } from '../ports/directory.js';
import { createHttpHandler } from './create-http-handler.js';
import {
  ALICE_PASSWORD,
  createTestApi,
  json,
  NEW_PASSWORD,
  ORIGIN,
  request,
  TEST_START,
} from './http-test-setup.js';

const MINUTE = 60_000;
const QUESTIONS_POLICY: PolicyInput = {
  methods: ['mobileSms', 'mobileVoice', 'email', 'securityQuestions'],
  questions: {
    predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'],
  },
};

/** Starts a flow for alice and returns its token. */
async function startFlow(api: ReturnType<typeof createTestApi>, identifier = 'alice') {
  const response = await api.handler(request('POST', '/reset', { body: { identifier } }));
  expect(response.status).toBe(200);
  return (await json(response)).flowToken as string;
}

describe('public routes', () => {
  it('GET /config shows branding, locales, password rules and usable methods, no secrets', async () => {
    const api = createTestApi({
      policy: { helpdesk: { url: 'https://help.example.com' }, branding: { orgName: 'Acme' } },
    });
    const response = await api.handler(request('GET', '/config'));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({
      branding: { orgName: 'Acme' },
      locales: [
        ...['en', 'nl', 'de', 'fr', 'es', 'ar', 'he', 'ja', 'zh-Hans', 'zh-Hant', 'pl', 'ko'],
        ...['it', 'pt-BR', 'pt-PT', 'sv', 'da', 'nb', 'fi', 'ru', 'uk', 'tr', 'cs', 'el', 'ro'],
        ...['hu', 'sk', 'bg', 'hr', 'id'],
      ],
      defaultLocale: 'en',
      helpdesk: { url: 'https://help.example.com' },
      password: { minLength: 12, maxLength: 256 },
      methods: ['mobileSms', 'mobileVoice', 'email'],
      gatesRequired: 1,
    });
    expect(JSON.stringify(body)).not.toMatch(/limits|detailedErrors|secret|groups/);
  });

  it('GET /config leaves out methods without a sender', async () => {
    const api = createTestApi();
    const handler = createHttpHandler({
      ...api.services,
      channels: { sms: false, voice: true, email: false },
    });
    const body = await json(await handler(request('GET', '/config')));
    expect(body.methods).toEqual(['mobileVoice']);
  });

  it('runs a reset from start to a new password', async () => {
    const api = createTestApi();
    const flowToken = await startFlow(api);
    let response = await api.handler(
      request('POST', '/reset/challenge', {
        body: { flowToken, methodId: 'm1', confirm: '+31 6 12345678' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      state: 'awaiting_proof',
      challenge: { methodId: 'm1' },
    });
    const code = await api.codeSentTo('+31612345678');

    response = await api.handler(
      request('POST', '/reset/verify', { body: { flowToken, methodId: 'm1', code } }),
    );
    expect(await json(response)).toMatchObject({ state: 'verified', gatesPassed: 1 });

    response = await api.handler(
      request('POST', '/reset/complete', { body: { flowToken, newPassword: 'password123' } }),
    );
    expect(response.status).toBe(422);
    const refused = await json(response);
    expect(refused.error).toMatchObject({ code: 'password_rejected' });
    expect((refused.error as { issues: unknown[] }).issues.length).toBeGreaterThan(0);

    response = await api.handler(
      request('POST', '/reset/complete', { body: { flowToken, newPassword: NEW_PASSWORD } }),
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ state: 'completed' });
    expect(await api.directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
  });

  it('POST /reset/status shows the flow and POST /reset/cancel ends it', async () => {
    const api = createTestApi();
    const flowToken = await startFlow(api);
    let response = await api.handler(request('POST', '/reset/status', { body: { flowToken } }));
    expect(await json(response)).toMatchObject({ flowToken, state: 'choose_method' });
    response = await api.handler(request('POST', '/reset/cancel', { body: { flowToken } }));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ state: 'canceled' });
  });

  it('takes the locale from Accept-Language when the body names none', async () => {
    const api = createTestApi();
    const start = vi.spyOn(api.services.recovery, 'start');
    const handler = createHttpHandler(api.services);
    await handler(
      request('POST', '/reset', {
        body: { identifier: 'alice' },
        headers: { 'accept-language': 'xx, de-CH;q=0.9, fr;q=0.8' },
      }),
    );
    expect(start.mock.calls[0]?.[0]).toMatchObject({ locale: 'de' });
  });

  it('GET /openapi.json is the OpenAPI document', async () => {
    const api = createTestApi();
    const response = await api.handler(request('GET', '/openapi.json'));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ openapi: '3.1.0' });
  });
});

describe('signed-in routes', () => {
  it('GET /me gives the registration status and whether the password must change', async () => {
    const api = createTestApi();
    const response = await api.handler(request('GET', '/me', { as: 'alice' }));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      registration: { userId: 'u-alice', required: 1 },
      passwordChange: { required: false, reason: null },
    });
  });

  it('adds, verifies and removes an email address', async () => {
    const api = createTestApi();
    let response = await api.handler(
      request('POST', '/me/methods', {
        as: 'alice',
        body: { kind: 'email', value: 'alice.new@example.org' },
      }),
    );
    expect(response.status).toBe(202);
    expect(await json(response)).toMatchObject({ kind: 'email', hint: expect.any(String) });
    const code = await api.codeSentTo('alice.new@example.org');

    response = await api.handler(
      request('POST', '/me/methods/verify', {
        as: 'alice',
        body: { kind: 'email', value: 'alice.new@example.org', code },
      }),
    );
    expect(response.status).toBe(200);
    const status = (await json(response)) as {
      methods: { id: string; kind: string; source: string }[];
    };
    const added = status.methods.find((m) => m.kind === 'email' && m.source === 'registered');
    expect(added).toBeDefined();

    response = await api.handler(
      request('DELETE', `/me/methods/${encodeURIComponent(added?.id ?? '')}`, {
        as: 'alice',
        body: {},
      }),
    );
    expect(response.status).toBe(200);
    const after = (await json(response)) as { methods: { id: string }[] };
    expect(after.methods.map((m) => m.id)).not.toContain(added?.id);

    response = await api.handler(
      request('DELETE', '/me/methods/nope', {
        as: 'alice',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(404);
    expect((await json(response)).error).toMatchObject({ code: 'method_not_found' });
  });

  it('asks for the current password without a recent sign-in (403), and checks it (422)', async () => {
    const api = createTestApi();
    const body = { kind: 'email', value: 'erin.new@example.org' };
    let response = await api.handler(request('POST', '/me/methods', { as: 'erin', body }));
    expect(response.status).toBe(403);
    expect((await json(response)).error).toMatchObject({ code: 'reauthentication_required' });
    response = await api.handler(
      request('POST', '/me/methods', {
        as: 'erin',
        body: { ...body, currentPassword: 'wrong one' },
      }),
    );
    expect(response.status).toBe(422);
    expect((await json(response)).error).toMatchObject({ code: 'incorrect_password' });
    response = await api.handler(
      request('POST', '/me/methods', {
        as: 'erin',
        body: { ...body, currentPassword: 'erin original passphrase' },
      }),
    );
    expect(response.status).toBe(202);
  });

  it('PUT /me/questions sets answers and POST /me/reconfirm restarts the clock', async () => {
    const api = createTestApi({ policy: QUESTIONS_POLICY });
    let response = await api.handler(
      request('PUT', '/me/questions', {
        as: 'alice',
        body: {
          answers: [
            { questionId: 'childhood-best-friend', answer: 'Marjolein' },
            { questionId: 'childhood-nickname', answer: 'Sprout' },
            { questionId: 'street-at-age-ten', answer: 'Lindengracht' },
          ],
        },
      }),
    );
    expect(response.status).toBe(200);
    const status = (await json(response)) as { methods: { kind: string }[] };
    expect(status.methods.map((m) => m.kind)).toContain('securityQuestions');

    response = await api.handler(
      request('PUT', '/me/questions', {
        as: 'alice',
        body: { answers: [{ questionId: 'childhood-nickname', answer: 'x' }] },
      }),
    );
    expect(response.status).toBe(400);

    api.clock.advance(MINUTE);
    response = await api.handler(request('POST', '/me/reconfirm', { as: 'alice', body: {} }));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ status: 'registered' });
  });

  it('POST /me/password changes the password; a wrong current one is 422', async () => {
    const api = createTestApi();
    let response = await api.handler(
      request('POST', '/me/password', {
        as: 'alice',
        body: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      }),
    );
    expect(response.status).toBe(422);
    expect((await json(response)).error).toMatchObject({ code: 'incorrect_password' });
    response = await api.handler(
      request('POST', '/me/password', {
        as: 'alice',
        body: { currentPassword: ALICE_PASSWORD, newPassword: NEW_PASSWORD },
      }),
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ changed: true });
    expect(await api.directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
  });

  it('answers 401 without a caller, and 404 for a caller the directory does not know', async () => {
    const api = createTestApi();
    let response = await api.handler(request('GET', '/me'));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await json(response)).error).toEqual({ code: 'unauthenticated' });
    response = await api.handler(request('GET', '/me', { as: 'ghost' }));
    expect(response.status).toBe(404);
    expect((await json(response)).error).toMatchObject({ code: 'user_not_found' });
  });

  it('answers 401 on every signed-in route when the host configured no authentication', async () => {
    const api = createTestApi();
    const handler = createHttpHandler(api.services);
    const response = await handler(request('GET', '/admin/policy', { as: 'admin' }));
    expect(response.status).toBe(401);
  });
});

describe('admin routes', () => {
  it('GET /admin/policy gives the policy and its revision as ETag', async () => {
    const api = createTestApi();
    const response = await api.handler(request('GET', '/admin/policy', { as: 'admin' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"0"');
    expect(await json(response)).toMatchObject({ revision: 0, policy: { gatesRequired: 1 } });
  });

  it('PUT /admin/policy saves with If-Match and refuses a stale revision with 409', async () => {
    const api = createTestApi();
    const body = { policy: { branding: { orgName: 'Acme' } } };
    let response = await api.handler(
      request('PUT', '/admin/policy', { as: 'admin', body, headers: { 'if-match': '"0"' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(await json(response)).toMatchObject({
      revision: 1,
      policy: { branding: { orgName: 'Acme' } },
    });

    response = await api.handler(
      request('PUT', '/admin/policy', { as: 'admin', body, headers: { 'if-match': '"0"' } }),
    );
    expect(response.status).toBe(409);
    expect((await json(response)).error).toEqual({ code: 'conflict' });

    response = await api.handler(
      request('PUT', '/admin/policy', { as: 'admin', body: { ...body, expectedRevision: 0 } }),
    );
    expect(response.status).toBe(409);

    const config = await json(await api.handler(request('GET', '/config')));
    expect(config.branding).toMatchObject({ orgName: 'Acme' });
  });

  it('PUT /admin/policy refuses an invalid policy with 400 and the fields', async () => {
    const api = createTestApi();
    const response = await api.handler(
      request('PUT', '/admin/policy', { as: 'admin', body: { policy: { gatesRequired: 7 } } }),
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error).toMatchObject({
      code: 'invalid_policy',
      issues: expect.arrayContaining([{ path: 'gatesRequired', code: 'too_big', maximum: 2 }]),
    });
  });

  it('PUT /admin/policy refuses a malformed If-Match or one that contradicts the body', async () => {
    const api = createTestApi();
    for (const [ifMatch, extra] of [
      ['W/"0"', {}],
      ['"1"', { expectedRevision: 0 }],
    ] as const) {
      const response = await api.handler(
        request('PUT', '/admin/policy', {
          as: 'admin',
          body: { policy: {}, ...extra },
          headers: { 'if-match': ifMatch },
        }),
      );
      expect(response.status).toBe(400);
    }
  });

  it('admin routes answer 403 to a user who is not an admin', async () => {
    const api = createTestApi();
    for (const path of ['/admin/policy', '/admin/reports/resets', '/admin/directory/status']) {
      const response = await api.handler(request('GET', path, { as: 'alice' }));
      expect(response.status).toBe(403);
      expect((await json(response)).error).toEqual({ code: 'forbidden' });
    }
  });

  it('reports come as JSON pages or as CSV by Accept', async () => {
    const api = createTestApi();
    const flowToken = await startFlow(api);
    await api.handler(request('POST', '/reset/cancel', { body: { flowToken } }));
    api.clock.advance(MINUTE);

    let response = await api.handler(
      request('GET', '/admin/reports/resets?limit=10', { as: 'admin' }),
    );
    expect(response.status).toBe(200);
    const page = (await json(response)) as { rows: { result: string }[]; nextCursor: unknown };
    expect(page.rows).toEqual([expect.objectContaining({ userId: 'u-alice', result: 'Canceled' })]);
    expect(page.nextCursor).toBeNull();

    response = await api.handler(
      request('GET', '/admin/reports/resets?result=Canceled', {
        as: 'admin',
        headers: { accept: 'text/csv' },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Origin, Accept');
    const csv = await response.text();
    expect(csv.split('\r\n')[0]).toBe(
      'time,userId,username,role,intent,methods,result,detail,flowId',
    );
    expect(csv).toContain('u-alice');

    response = await api.handler(
      request('GET', '/admin/reports/resets?limit=5', {
        as: 'admin',
        headers: { accept: 'text/csv' },
      }),
    );
    expect(response.status).toBe(400);

    response = await api.handler(request('GET', '/admin/reports/registrations', { as: 'admin' }));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ rows: [], nextCursor: null });

    response = await api.handler(
      request('GET', '/admin/reports/users', {
        as: 'admin',
        headers: { accept: 'text/csv, application/json;q=0.5' },
      }),
    );
    expect(response.status).toBe(200);
    expect((await response.text()).startsWith('userId,username,role')).toBe(true);
  });

  it('report queries are validated: ranges, limits, cursors, results, repeated parameters', async () => {
    const api = createTestApi();
    for (const query of [
      'from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z',
      'limit=0',
      'limit=abc',
      'limit=1&limit=1000',
      'result=Won',
      'cursor=forged',
      'from=yesterday',
      'flowToken=abc',
    ]) {
      const response = await api.handler(
        request('GET', `/admin/reports/resets?${query}`, { as: 'admin' }),
      );
      expect(response.status, query).toBe(400);
    }
  });

  it('the report routes answer 501 without a reports service', async () => {
    const api = createTestApi({ withoutReports: true });
    const response = await api.handler(request('GET', '/admin/reports/users', { as: 'admin' }));
    expect(response.status).toBe(501);
    expect((await json(response)).error).toEqual({ code: 'not_implemented' });
  });

  it('GET /admin/directory/status says whether the directory is reachable', async () => {
    const api = createTestApi();
    const response = await api.handler(request('GET', '/admin/directory/status', { as: 'admin' }));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ connected: true, checkedAt: expect.any(String) });
  });
});

describe('statuses', () => {
  it('400 for malformed JSON, a body of the wrong shape, unknown fields and no body', async () => {
    const api = createTestApi();
    const cases: [unknown, string][] = [
      ['{"identifier": ', 'invalid_json'],
      ['\u00ff', 'invalid_json'],
      [{ identifier: 5 }, 'invalid_request'],
      [{ identifier: ['alice', 'bob'] }, 'invalid_request'],
      [{ identifier: 'alice', isAdmin: true }, 'invalid_request'],
      [[], 'invalid_request'],
      [null, 'invalid_request'],
    ];
    for (const [body, code] of cases) {
      const response = await api.handler(request('POST', '/reset', { body }));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await json(response)).error).toMatchObject({ code });
    }
    const noBody = await api.handler(
      request('POST', '/reset', { headers: { 'content-type': 'application/json' } }),
    );
    expect(noBody.status).toBe(400);
    const issues = (
      await json(await api.handler(request('POST', '/reset', { body: { identifier: 5 } })))
    ).error as { issues: unknown[] };
    expect(issues.issues).toEqual([{ path: 'identifier', code: 'invalid_type' }]);
  });

  it('404 for unknown paths, paths outside basePath and a trailing slash', async () => {
    const api = createTestApi({ http: { basePath: '/api/openreset' } });
    for (const path of [
      '/config',
      '/api/openreset',
      '/api/openresetx/config',
      '/api/openreset/nope',
      '/api/openreset/config/',
      '/api/openreset//config',
    ]) {
      const response = await api.handler(request('GET', path));
      expect(response.status, path).toBe(404);
      expect((await json(response)).error).toEqual({ code: 'not_found' });
    }
    expect((await api.handler(request('GET', '/api/openreset/config'))).status).toBe(200);
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const api = createTestApi();
    let response = await api.handler(request('GET', '/reset'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await json(response)).error).toEqual({ code: 'unsupported_method' });
    response = await api.handler(request('PATCH', '/admin/policy', { body: {} }));
    expect(response.headers.get('allow')).toBe('GET, PUT');
  });

  it('409 for a step the flow is not ready for, 410 for an expired flow, 404 for an unknown one', async () => {
    const api = createTestApi();
    const flowToken = await startFlow(api);
    let response = await api.handler(
      request('POST', '/reset/verify', { body: { flowToken, methodId: 'm1', code: '123456' } }),
    );
    expect(response.status).toBe(409);
    expect((await json(response)).error).toEqual({ code: 'invalid_state' });
    response = await api.handler(request('POST', '/reset/status', { body: { flowToken: 'nope' } }));
    expect(response.status).toBe(404);
    expect((await json(response)).error).toEqual({ code: 'flow_not_found' });
    api.clock.advance(16 * MINUTE);
    response = await api.handler(request('POST', '/reset/status', { body: { flowToken } }));
    expect(response.status).toBe(410);
    expect((await json(response)).error).toEqual({ code: 'flow_expired' });
  });

  it('413 for a chunked body over the limit without Content-Length', async () => {
    const api = createTestApi({ http: { maxBodyBytes: 1024 } });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new TextEncoder().encode(`{"identifier":"${'a'.repeat(500)}`));
      },
    });
    const chunked = new Request(`${ORIGIN}/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.headers.get('content-length')).toBeNull();
    const response = await api.handler(chunked);
    expect(response.status).toBe(413);
    expect((await json(response)).error).toMatchObject({ code: 'payload_too_large' });
    expect(pulled).toBeLessThan(10);

    const declared = await api.handler(
      request('POST', '/reset', { body: { identifier: 'a'.repeat(2000) } }),
    );
    expect(declared.status).toBe(413);
  });

  it('415 for state changes without a JSON content type (CSRF)', async () => {
    const api = createTestApi();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/jsonp',
    ]) {
      const response = await api.handler(
        request('POST', '/reset', {
          body: '{"identifier":"alice"}',
          headers: { 'content-type': type },
        }),
      );
      expect(response.status, type).toBe(415);
      expect((await json(response)).error).toMatchObject({ code: 'unsupported_media_type' });
    }
    const none = await api.handler(
      new Request(`${ORIGIN}/me/reconfirm`, {
        method: 'POST',
        headers: { 'x-test-user': 'alice' },
      }),
    );
    expect(none.status).toBe(415);
    const ok = await api.handler(
      request('POST', '/reset', {
        body: { identifier: 'alice' },
        headers: { 'content-type': 'Application/JSON; charset=UTF-8' },
      }),
    );
    expect(ok.status).toBe(200);
  });

  it('422 for a wrong code', async () => {
    const api = createTestApi();
    const flowToken = await startFlow(api);
    await api.handler(
      request('POST', '/reset/challenge', {
        body: { flowToken, methodId: 'm1', confirm: '+31612345678' },
      }),
    );
    const code = await api.codeSentTo('+31612345678');
    const wrong = code === '000000' ? '000001' : '000000';
    const response = await api.handler(
      request('POST', '/reset/verify', { body: { flowToken, methodId: 'm1', code: wrong } }),
    );
    expect(response.status).toBe(422);
    expect((await json(response)).error).toEqual({ code: 'invalid_code', attemptsLeft: 4 });
  });

  it('429 with Retry-After when one address starts too many resets', async () => {
    const api = createTestApi({
      http: {
        clientIp: () => '203.0.113.7',
        rateLimits: { reset: { max: 3, windowMs: 10 * MINUTE } },
      },
    });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await api.handler(request('POST', '/reset', { body: { identifier: `user${i}` } }));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers.get('retry-after')).toBe('600');
    expect((await json(last as Response)).error).toEqual({
      code: 'rate_limited',
      retryAfterSeconds: 600,
    });
    // Another address is not affected.
    const other = createHttpHandler(api.services, {
      clientIp: () => '203.0.113.8',
      rateLimits: { reset: { max: 3, windowMs: 10 * MINUTE } },
    });
    expect((await other(request('POST', '/reset', { body: { identifier: 'x' } }))).status).toBe(
      200,
    );
  });

  it('counts every address of one IPv6 /64 as one client, and another /64 apart', async () => {
    const api = createTestApi();
    const limited = (ip: string) =>
      createHttpHandler(api.services, {
        clientIp: () => ip,
        rateLimits: { reset: { max: 1, windowMs: 10 * MINUTE } },
      });
    const start = (ip: string) =>
      limited(ip)(request('POST', '/reset', { body: { identifier: 'x' } })).then((r) => r.status);
    expect(await start('2001:db8:aa:bb::1')).toBe(200);
    // A fresh address from the same /64, written differently, shares the limit.
    expect(await start('2001:DB8:AA:BB:ffff:1:2:3')).toBe(429);
    expect(await start('2001:db8:aa:bc::1')).toBe(200);
    // IPv4 addresses stay whole, and IPv4-mapped IPv6 counts as its IPv4.
    expect(await start('192.0.2.1')).toBe(200);
    expect(await start('::ffff:192.0.2.1')).toBe(429);
    expect(await start('192.0.2.2')).toBe(200);
  });

  it('uses the X-Forwarded-For hop of the trusted proxy, not the one the client wrote', async () => {
    const api = createTestApi();
    const hit = vi.spyOn(api.services.rateLimit, 'hit');
    const handler = createHttpHandler(api.services, { trustProxy: 1, clientIp: () => '10.0.0.1' });
    await handler(
      request('POST', '/reset', {
        body: { identifier: 'alice' },
        headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.9' },
      }),
    );
    expect(hit.mock.calls[0]?.[0]).toBe('http:*:reset:198.51.100.9');
    const untrusting = createHttpHandler(api.services, { clientIp: () => '10.0.0.1' });
    await untrusting(
      request('POST', '/reset', {
        body: { identifier: 'alice' },
        headers: { 'x-forwarded-for': '1.2.3.4' },
      }),
    );
    expect(hit.mock.calls.at(-1)?.[0]).toBe('http:*:reset:10.0.0.1');
  });

  it('502 and 503 for directory failures', async () => {
    const api = createTestApi();
    const refusing = createHttpHandler(
      {
        ...api.services,
        change: {
          ...api.services.change,
          changePassword: () =>
            Promise.reject(
              new AccountError('directory_error', 'refused', { directoryCode: 'permissions' }),
            ),
        },
      },
      { authenticate: () => ({ userId: 'u-alice', isAdmin: false }) },
    );
    let response = await refusing(
      request('POST', '/me/password', {
        body: { currentPassword: ALICE_PASSWORD, newPassword: NEW_PASSWORD },
      }),
    );
    expect(response.status).toBe(502);
    expect((await json(response)).error).toEqual({
      code: 'directory_error',
      directoryCode: 'permissions',
    });

    api.directory.setAvailable(false);
    response = await api.handler(request('POST', '/reset', { body: { identifier: 'alice' } }));
    expect(response.status).toBe(503);
    expect((await json(response)).error).toMatchObject({
      code: 'directory_error',
      directoryCode: 'unavailable',
    });
    response = await api.handler(request('GET', '/me', { as: 'alice' }));
    expect(response.status).toBe(503);
  });

  it('500 internal without details for an unexpected fault, reported to onError', async () => {
    const api = createTestApi();
    const onError = vi.fn();
    const broken = createHttpHandler(
      {
        ...api.services,
        admin: {
          ...api.services.admin,
          directoryStatus: () => Promise.reject(new Error('db password is hunter2')),
          getPolicy: () => Promise.reject(new DirectoryError('permissions', 'no')),
        },
      },
      { authenticate: () => ({ userId: 'u-admin', isAdmin: true }), onError },
    );
    const response = await broken(request('GET', '/admin/directory/status'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal' } });
    expect(text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledOnce();
    // An unwrapped directory error is still the directory's: 502, not 500.
    expect((await broken(request('GET', '/config'))).status).toBe(502);
  });

  it('refuses bad options at once with TypeError', () => {
    const api = createTestApi();
    const bad = [
      { basePath: 'api' },
      { basePath: '/api/' },
      { allowedOrigins: ['*'] },
      { allowedOrigins: ['https://app.example.com/path'] },
      { publicOrigin: 'id.example.com' },
      { frameAncestors: ["'self'; script-src *"] },
      { trustProxy: -1 },
      { maxBodyBytes: 10 },
      { authenticate: () => null, jwt: { secret: 'x'.repeat(32), issuer: 'i', audience: 'a' } },
      { jwt: { secret: 'short', issuer: 'i', audience: 'a' } },
      { jwt: { secret: 'x'.repeat(32), issuer: 'i', audience: 'a', algorithms: ['none'] } },
    ];
    for (const options of bad) {
      expect(() => createHttpHandler(api.services, options), JSON.stringify(options)).toThrow(
        TypeError,
      );
    }
  });

  it('works under any basePath', async () => {
    const api = createTestApi({ http: { basePath: '/auth/self-service' } });
    const response = await api.handler(
      request('POST', '/auth/self-service/reset', { body: { identifier: 'alice' } }),
    );
    expect(response.status).toBe(200);
  });

  it('keeps the fake clock of the setup', () => {
    expect(createTestApi().clock.now()).toEqual(TEST_START);
  });
});
