import { describe, expect, it } from 'vitest';
import { createHttpHandler } from './create-http-handler.js';
import { createTestApi, json, request } from './http-test-setup.js';

const APP = 'https://app.example.com';
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

function securityHeadersOf(response: Response) {
  return {
    cache: response.headers.get('cache-control'),
    referrer: response.headers.get('referrer-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    csp: response.headers.get('content-security-policy'),
    vary: response.headers.get('vary')?.split(', ')[0],
  };
}

const EXPECTED_HEADERS = {
  cache: 'no-store',
  referrer: 'no-referrer',
  nosniff: 'nosniff',
  csp: "default-src 'none'; frame-ancestors 'none'",
  vary: 'Origin',
};

/** Everything but `Date`, which a host may add. */
function headersOf(response: Response): [string, string][] {
  return [...response.headers].filter(([name]) => name !== 'date');
}

describe('security headers', () => {
  it('are on every response: success, preflight, refusals, 404 outside basePath and 500', async () => {
    const api = createTestApi({
      http: {
        basePath: '/api',
        clientIp: () => '192.0.2.1',
        rateLimits: { reset: { max: 1, windowMs: 60_000 } },
      },
    });
    const broken = createHttpHandler(
      {
        ...api.services,
        admin: { ...api.services.admin, getPolicy: () => Promise.reject(new Error('x')) },
      },
      { basePath: '/api' },
    );
    const responses = [
      await api.handler(request('GET', '/api/config')),
      await api.handler(request('POST', '/api/reset', { body: { identifier: 'alice' } })),
      await api.handler(request('POST', '/api/reset', { body: { identifier: 'alice' } })), // 429
      await api.handler(
        request('OPTIONS', '/api/reset', {
          headers: { origin: APP, 'access-control-request-method': 'POST' },
        }),
      ),
      await api.handler(request('POST', '/api/reset/status', { body: '{' })),
      await api.handler(request('GET', '/api/me')),
      await api.handler(request('GET', '/api/admin/policy', { as: 'alice' })),
      await api.handler(request('GET', '/elsewhere')),
      await api.handler(request('DELETE', '/api/config')),
      await api.handler(
        request('POST', '/api/reset', { body: 'x', headers: { 'content-type': 'text/plain' } }),
      ),
      await api.handler(
        request('POST', '/api/reset/status', { body: { flowToken: 'x'.repeat(20_000) } }),
      ),
      await broken(request('GET', '/api/config')),
    ];
    expect(responses.map((r) => r.status)).toEqual([
      200, 200, 429, 204, 400, 401, 403, 404, 405, 415, 413, 500,
    ]);
    for (const response of responses) {
      expect(securityHeadersOf(response), String(response.status)).toEqual(EXPECTED_HEADERS);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('frame-ancestors comes from the options', async () => {
    const api = createTestApi({
      http: { frameAncestors: ["'self'", 'https://portal.example.com'] },
    });
    const response = await api.handler(request('GET', '/config'));
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'self' https://portal.example.com",
    );
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});

describe('CORS', () => {
  const api = createTestApi({ http: { allowedOrigins: [APP] } });

  it('echoes an allowed origin exactly, with Vary: Origin', async () => {
    const response = await api.handler(request('GET', '/config', { headers: { origin: APP } }));
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives other origins no Access-Control-Allow-Origin (never reflected, never *)', async () => {
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.com.evil.com',
      'http://app.example.com',
      'null',
      'https://APP.example.com',
    ]) {
      const response = await api.handler(request('GET', '/config', { headers: { origin } }));
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('vary')).toBe('Origin');
    }
  });

  it('answers a preflight for an allowed origin and method', async () => {
    const response = await api.handler(
      request('OPTIONS', '/me/methods/m1', {
        headers: {
          origin: APP,
          'access-control-request-method': 'DELETE',
          'access-control-request-headers': 'content-type, authorization',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toBe('DELETE, PATCH');
    expect(response.headers.get('access-control-allow-headers')).toMatch(
      /Content-Type, Authorization/,
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('gives a preflight from another origin, or for another method, no grant', async () => {
    const evil = await api.handler(
      request('OPTIONS', '/reset', {
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      }),
    );
    expect(evil.status).toBe(204);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-methods')).toBeNull();
    const wrongMethod = await api.handler(
      request('OPTIONS', '/reset', {
        headers: { origin: APP, 'access-control-request-method': 'PUT' },
      }),
    );
    expect(wrongMethod.headers.get('access-control-allow-methods')).toBeNull();
    const unknown = await api.handler(
      request('OPTIONS', '/nowhere', {
        headers: { origin: APP, 'access-control-request-method': 'GET' },
      }),
    );
    expect(unknown.status).toBe(404);
  });

  it('allows credentials only when asked to', async () => {
    const handler = createHttpHandler(api.services, {
      allowedOrigins: [APP],
      corsCredentials: true,
    });
    const response = await handler(request('GET', '/config', { headers: { origin: APP } }));
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('links', () => {
  it('Host and X-Forwarded-Host do not change any link', async () => {
    const api = createTestApi({
      http: { publicOrigin: 'https://id.example.com', basePath: '/sspr' },
    });
    const plain = await api.handler(request('GET', '/sspr/openapi.json'));
    const poisoned = await api.handler(
      request('GET', '/sspr/openapi.json', {
        url: 'https://evil.example.net/sspr/openapi.json',
        headers: {
          host: 'evil.example.net',
          'x-forwarded-host': 'evil.example.net',
          'x-forwarded-proto': 'http',
          forwarded: 'host=evil.example.net',
        },
      }),
    );
    const text = await poisoned.text();
    expect(text).toBe(await plain.text());
    expect(text).not.toContain('evil');
    expect(JSON.parse(text).servers).toEqual([{ url: 'https://id.example.com/sspr' }]);
    for (const path of ['/sspr/config', '/sspr/reset']) {
      const method = path.endsWith('reset') ? 'POST' : 'GET';
      const response = await api.handler(
        request(method, path, {
          url: `https://evil.example.net${path}`,
          headers: { 'x-forwarded-host': 'evil.example.net' },
          ...(method === 'POST' ? { body: { identifier: 'alice' } } : {}),
        }),
      );
      expect(await response.text()).not.toContain('evil');
    }
  });

  it('without publicOrigin the server URL is relative', async () => {
    const api = createTestApi({ http: { basePath: '/sspr' } });
    const response = await api.handler(
      request('GET', '/sspr/openapi.json', { url: 'https://evil.example.net/sspr/openapi.json' }),
    );
    expect((await json(response)).servers).toEqual([{ url: '/sspr' }]);
  });
});

describe('enumeration', () => {
  /** Every value replaced by its type, hints by their format: what the shape may show. */
  function shapeOf(text: string): unknown {
    return JSON.parse(text, (key, value) => {
      if (key === 'flowToken') return 'token';
      if (key === 'hint' && typeof value === 'string') {
        // Only the last two digits may differ; they are uniform for real and decoy phones.
        if (/^••• ••• ••\d\d$/.test(value)) return 'phone hint';
      }
      return value;
    });
  }

  it('POST /reset answers a known and an unknown account alike: status, headers, shape and length', async () => {
    const api = createTestApi({ http: { allowedOrigins: [APP], clientIp: () => '192.0.2.10' } });
    const send = (identifier: string) =>
      api.handler(request('POST', '/reset', { body: { identifier }, headers: { origin: APP } }));
    const known = await send('alice');
    const unknown = await send('nobody.at.all@example.com');
    expect(unknown.status).toBe(known.status);
    expect(headersOf(unknown)).toEqual(headersOf(known));
    const [knownText, unknownText] = [await known.text(), await unknown.text()];
    expect(bytes(unknownText)).toBe(bytes(knownText));
    expect(bytes(knownText) % 1024).toBe(0);
    expect(shapeOf(unknownText)).toEqual(shapeOf(knownText));
  });

  it('a wrong confirmation answers alike too', async () => {
    const api = createTestApi();
    const responses: Response[] = [];
    for (const identifier of ['alice', 'nobody.at.all@example.com']) {
      const flow = await json(
        await api.handler(request('POST', '/reset', { body: { identifier } })),
      );
      responses.push(
        await api.handler(
          request('POST', '/reset/challenge', {
            body: { flowToken: flow.flowToken, methodId: 'm3', confirm: 'guess@example.com' },
          }),
        ),
      );
    }
    const [known, unknown] = responses as [Response, Response];
    expect(unknown.status).toBe(known.status);
    expect(headersOf(unknown)).toEqual(headersOf(known));
    const [a, b] = [await known.text(), await unknown.text()];
    expect(bytes(b)).toBe(bytes(a));
    expect(shapeOf(b)).toEqual(shapeOf(a));
  });

  it('pads errors of the /reset routes as well', async () => {
    const api = createTestApi();
    const response = await api.handler(
      request('POST', '/reset/status', { body: { flowToken: 'nope' } }),
    );
    const text = await response.text();
    expect(text.length).toBe(1024);
    expect(JSON.parse(text)).toEqual({ error: { code: 'flow_not_found' } });
  });
});

describe('tokens', () => {
  it('a flow token in the query string is refused, never read', async () => {
    const api = createTestApi();
    const response = await api.handler(
      request('POST', '/reset/status?flowToken=abc', { body: { flowToken: 'abc' } }),
    );
    expect(response.status).toBe(400);
  });
});
