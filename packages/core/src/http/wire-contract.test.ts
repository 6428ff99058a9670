// The wire contract: every route of the handler, driven with real requests, answers bodies
// that parse with the route's response schema in http-routes.ts (or `errorResponse` for a
// refusal). The schemas are strict, so a field the server adds without adding it to the
// schema (and so to the types the widgets' client is built on) fails here.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { PolicyIssue } from '../errors.js';
import { createTestEngine } from '../testing/test-engine.js';
import { totpCode } from '../verification/totp.js';
import { ROUTES } from './http-routes.js';
import { errorResponse, openApiResponse, policyStateResponse } from './http-schemas.js';
import { ALICE_PASSWORD, createTestApi, NEW_PASSWORD, ORIGIN, request } from './http-test-setup.js';

type RouteKey = keyof typeof ROUTES;
type Body = Record<string, unknown>;

/** The route `method path` dispatches to (path parameters as `{id}`). */
function routeOf(method: string, path: string): RouteKey {
  const bare = path.split('?')[0] ?? path;
  const key = (Object.keys(ROUTES) as RouteKey[]).find((name) => {
    const route = ROUTES[name];
    const pattern = new RegExp(`^${route.path.replace(/\{id\}/g, '[^/]+')}$`);
    return route.method === method && pattern.test(bare);
  });
  if (key === undefined) throw new Error(`no route for ${method} ${path}`);
  return key;
}

/** Fails unless `schema` refuses `body` with one more key (the schema is strict). */
function expectStrict(schema: z.ZodType, body: unknown, where: string): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
  const widened = schema.safeParse({ ...body, unexpectedField: true });
  expect(widened.success, `${where} accepts an unknown field`).toBe(false);
}

/** Parses `body` with `schema`, failing with the issues and the route named. */
function expectParses(schema: z.ZodType, body: unknown, where: string): void {
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues, where).toEqual([]);
}

function createContractApi() {
  const api = createTestApi({
    policy: {
      methods: [
        'mobileSms',
        'mobileVoice',
        'email',
        'securityQuestions',
        'passkey',
        'authenticatorApp',
      ],
      questions: {
        predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'],
        toRegister: 3,
        toAnswer: 3,
      },
      helpdesk: { temporaryAccessPass: true },
    },
    webauthn: { rpId: 'id.example.com', rpName: 'Example', origins: [ORIGIN] },
  });
  /** Statuses seen per route. */
  const seen = new Map<RouteKey, number[]>();

  /** One request; its body is checked against the contract and returned. */
  async function call(
    method: string,
    path: string,
    options: { body?: unknown; as?: string; headers?: Record<string, string> } = {},
    handler: (request: Request) => Promise<Response> = api.handler,
  ): Promise<{ status: number; body: Body }> {
    const response = await handler(request(method, path, options));
    const key = routeOf(method, path);
    const route: (typeof ROUTES)[RouteKey] = ROUTES[key];
    seen.set(key, [...(seen.get(key) ?? []), response.status]);
    const where = `${method} ${path} (${response.status})`;
    if (response.status === 204) {
      expect(await response.text(), where).toBe('');
      return { status: 204, body: {} };
    }
    const body = JSON.parse(await response.text()) as Body;
    if (response.ok) {
      expect(response.status, where).toBe('status' in route ? route.status : 200);
      expectParses(route.response, body, where);
      if (route.response !== openApiResponse) expectStrict(route.response, body, where);
    } else {
      expectParses(errorResponse, body, where);
      expectStrict(errorResponse, body, where);
    }
    return { status: response.status, body };
  }

  return { ...api, call, seen };
}

describe('the wire contract', () => {
  it('answers every route with a body its strict response schema parses', async () => {
    const api = createContractApi();
    const { call, codeSentTo } = api;

    // Public: config, a reset with a wrong code (attemptsLeft), then the right one.
    await call('GET', '/config');
    await call('GET', '/openapi.json');
    let flow = (await call('POST', '/reset', { body: { identifier: 'alice' } })).body;
    const flowToken = flow.flowToken as string;
    await call('POST', '/reset/challenge', {
      body: { flowToken, methodId: 'm1', confirm: '+31 6 12345678' },
    });
    const wrong = await call('POST', '/reset/verify', {
      body: { flowToken, methodId: 'm1', code: '000000' },
    });
    expect(wrong.body.error).toMatchObject({ code: 'invalid_code', attemptsLeft: 4 });
    const code = await codeSentTo('+31612345678');
    await call('POST', '/reset/verify', { body: { flowToken, methodId: 'm1', code } });
    await call('POST', '/reset/status', { body: { flowToken } });
    const rejected = await call('POST', '/reset/complete', {
      body: { flowToken, newPassword: 'password123' },
    });
    expect(rejected.status).toBe(422);
    flow = (
      await call('POST', '/reset/complete', { body: { flowToken, newPassword: NEW_PASSWORD } })
    ).body;
    expect(flow.state).toBe('completed');
    const other = (await call('POST', '/reset', { body: { identifier: 'erin' } })).body;
    await call('POST', '/reset/contact-admin', { body: { flowToken: other.flowToken } });
    await call('POST', '/reset/cancel', { body: { flowToken: other.flowToken } });
    // A refusal with a flow in it: wrong answers ask new questions.
    await call('PUT', '/me/questions', {
      as: 'erin',
      body: {
        answers: [
          { questionId: 'childhood-best-friend', answer: 'Sam the pal' },
          { questionId: 'childhood-nickname', answer: 'Bubbles' },
          { questionId: 'street-at-age-ten', answer: 'Elm Street' },
        ],
        currentPassword: 'erin original passphrase',
      },
    });
    const asked = (await call('POST', '/reset', { body: { identifier: 'erin' } })).body;
    const questions = (asked.methods as { id: string; type: string }[]).find(
      (method) => method.type === 'securityQuestions',
    );
    const challenged = (
      await call('POST', '/reset/challenge', {
        body: { flowToken: asked.flowToken, methodId: questions?.id },
      })
    ).body as { challenge: { questions: { id: string }[] } };
    const wrongAnswers = await call('POST', '/reset/verify', {
      body: {
        flowToken: asked.flowToken,
        methodId: questions?.id,
        answers: challenged.challenge.questions.map(({ id }) => ({
          questionId: id,
          answer: 'not it at all',
        })),
      },
    });
    expect(wrongAnswers.body.error).toMatchObject({ code: 'invalid_answers', attemptsLeft: 4 });

    // ALTCHA's challenge comes from an engine with the captcha on.
    const withCaptcha = createTestEngine({ captcha: 'altcha' });
    await call('GET', '/captcha/challenge', {}, withCaptcha.engine.handler);

    // Signed in as alice (a recent sign-in).
    await call('GET', '/me', { as: 'alice' });
    await call('GET', '/me/sign-in-check', { as: 'alice' });
    await call('POST', '/me/sign-in-check/postpone', { as: 'admin', body: {} });
    await call('POST', '/me/methods', {
      as: 'alice',
      body: { kind: 'email', value: 'alice.new@example.org' },
    });
    const status = (
      await call('POST', '/me/methods/verify', {
        as: 'alice',
        body: {
          kind: 'email',
          value: 'alice.new@example.org',
          code: await codeSentTo('alice.new@example.org'),
        },
      })
    ).body as { methods: { id: string; kind: string; source: string }[] };
    const added = status.methods.find((m) => m.kind === 'email' && m.source === 'registered');
    await call('DELETE', `/me/methods/${encodeURIComponent(added?.id ?? '')}`, {
      as: 'alice',
      body: {},
    });
    await call('POST', '/me/passkeys/options', { as: 'alice', body: {} });
    // A passkey's registration needs an authenticator: here only its refusal.
    await call('POST', '/me/passkeys', {
      as: 'alice',
      body: {
        name: 'Laptop',
        credential: {
          id: 'AAAA',
          rawId: 'AAAA',
          type: 'public-key',
          response: { clientDataJSON: 'AAAA', attestationObject: 'AAAA' },
          clientExtensionResults: {},
        },
      },
    });
    const setup = (await call('POST', '/me/authenticators/setup', { as: 'alice', body: {} }))
      .body as { secret: string; enrolmentToken: string };
    const withApp = (
      await call('POST', '/me/authenticators', {
        as: 'alice',
        body: {
          enrolmentToken: setup.enrolmentToken,
          code: totpCode(setup.secret, api.clock.now()),
          name: 'Phone app',
        },
      })
    ).body as { methods: { id: string; kind: string }[] };
    const app = withApp.methods.find((method) => method.kind === 'authenticator');
    await call('PATCH', `/me/methods/${encodeURIComponent(app?.id ?? '')}`, {
      as: 'alice',
      body: { name: 'Old phone' },
    });
    await call('POST', '/me/reconfirm', { as: 'alice', body: {} });
    await call('POST', '/me/password', {
      as: 'alice',
      body: { currentPassword: NEW_PASSWORD, newPassword: `${ALICE_PASSWORD} again` },
    });

    // The admin.
    const policy = await call('GET', '/admin/policy', { as: 'admin' });
    await call('PUT', '/admin/policy', {
      as: 'admin',
      body: { policy: policy.body.policy, expectedRevision: policy.body.revision },
    });
    await call('GET', '/admin/reports/resets', { as: 'admin' });
    await call('GET', '/admin/reports/registrations', { as: 'admin' });
    await call('GET', '/admin/reports/users', { as: 'admin' });
    await call('GET', '/admin/directory/status', { as: 'admin' });
    await call('GET', '/admin/users', { as: 'admin' });
    await call('GET', '/admin/audit', { as: 'admin' });
    await call('POST', '/admin/users/u-erin/password', { as: 'admin', body: {} });
    await call('POST', '/admin/users/u-erin/unlock', { as: 'admin', body: {} });
    await call('PUT', '/admin/users/u-erin/contact', {
      as: 'admin',
      body: { mobile: '+31611113333' },
    });
    await call('POST', '/admin/users/u-erin/temporary-access-pass', { as: 'admin', body: {} });
    await call('DELETE', '/admin/users/u-erin/temporary-access-pass', { as: 'admin', body: {} });

    // Every route answered, and every one but the passkey registration with success.
    const succeeded = [...api.seen]
      .filter(([, statuses]) => statuses.some((status) => status < 300))
      .map(([key]) => key);
    const unproved = (Object.keys(ROUTES) as RouteKey[]).filter((key) => !succeeded.includes(key));
    expect(unproved).toEqual(['addPasskey']);
    expect(api.seen.get('addPasskey')).toEqual([422]);
  });

  it('answers a stored policy that no longer parses with strict issues (PolicyStateJson)', async () => {
    const api = createContractApi();
    // Saved by a version that had a method since withdrawn, and a bound since lowered.
    await api.storage.policies.save(
      {
        tenantId: 'default',
        policy: { methods: ['email', 'fax'], codeLength: 99 },
        revision: 1,
        updatedAt: new Date('2026-01-01T00:00:00Z'),
      },
      null,
    );
    const { body } = await api.call('GET', '/admin/policy', { as: 'admin' });
    const issues = body.storedIssues as PolicyIssue[];
    expect(issues.map((issue) => issue.path).sort()).toEqual(['codeLength', 'methods.1']);
    expect(issues.find((issue) => issue.path === 'codeLength')?.maximum).toBeTypeOf('number');
    // Each issue is exactly core's PolicyIssue: one more key is refused.
    for (const issue of issues) {
      const widened = { ...body, storedIssues: [{ ...issue, unexpectedField: true }] };
      expect(policyStateResponse.safeParse(widened).success, issue.path).toBe(false);
    }
  });
});
