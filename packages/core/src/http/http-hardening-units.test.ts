// Unit tests of the HTTP layer's small hardening helpers: body reading, client addresses,
// per-address limits, CORS, response writing and the access check (mutation testing,
// issue 20; the handler suites reach them only through whole requests).
import { describe, expect, it } from 'vitest';
import { createAddressLimiter, DEFAULT_RATE_LIMITS } from './address-limits.js';
import { createCallerAuthorizer } from './authorize-caller.js';
import type { Caller } from './caller.js';
import { createClientAddress } from './client-address.js';
import { createCors } from './cors.js';
import { HttpError } from './http-error.js';
import { resolveHttpOptions } from './http-options.js';
import { readJsonBody } from './read-json-body.js';
import { createResponseWriter } from './write-response.js';

const URL_ = 'https://api.example.com/x';

/** A request whose body arrives in the given chunks, without Content-Length. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request(URL_, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected an HttpError');
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readJsonBody', () => {
  const options = { maxBytes: 10, allowEmpty: false };

  it('reads a body of exactly maxBytes, refuses one byte more with 413', async () => {
    await expect(readJsonBody(streamed([encode('"12345678"')]), options)).resolves.toBe('12345678');
    const error = await refusal(readJsonBody(streamed([encode('"123456789"')]), options));
    expect([error.status, error.code]).toEqual([413, 'payload_too_large']);
  });

  it('joins chunks in order, and counts them together against the limit', async () => {
    await expect(
      readJsonBody(streamed([encode('[1,'), encode('2,'), encode('3]')]), options),
    ).resolves.toEqual([1, 2, 3]);
    const error = await refusal(
      readJsonBody(streamed([encode('[1,2,'), encode('3,4,'), encode('5]')]), options),
    );
    expect(error.status).toBe(413);
  });

  it('stops pulling a stream at the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(encode('[1,2,3,4,5,6,7,8,9]'));
      },
    });
    const request = new Request(URL_, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect((await refusal(readJsonBody(request, options))).status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const request = new Request(URL_, {
      method: 'POST',
      body: '1',
      headers: { 'content-length': '11' },
    });
    expect((await refusal(readJsonBody(request, options))).status).toBe(413);
    // A declared length at the limit, or one that is not a number, is not trusted either way.
    const atLimit = new Request(URL_, {
      method: 'POST',
      body: '1',
      headers: { 'content-length': ' 10 ' },
    });
    await expect(readJsonBody(atLimit, options)).resolves.toBe(1);
  });

  it('reads an empty body as undefined only where allowed', async () => {
    const empty = () => new Request(URL_, { method: 'POST' });
    await expect(
      readJsonBody(empty(), { maxBytes: 10, allowEmpty: true }),
    ).resolves.toBeUndefined();
    const error = await refusal(readJsonBody(empty(), options));
    expect([error.status, error.code]).toEqual([400, 'invalid_json']);
    await expect(
      readJsonBody(streamed([encode('  \n')]), { maxBytes: 10, allowEmpty: true }),
    ).resolves.toBeUndefined();
    expect((await refusal(readJsonBody(streamed([encode('  \n')]), options))).code).toBe(
      'invalid_json',
    );
    expect((await refusal(readJsonBody(streamed([new Uint8Array(0)]), options))).code).toBe(
      'invalid_json',
    );
  });

  it('refuses bytes that are not UTF-8, and text that is not JSON, with 400', async () => {
    for (const body of [Uint8Array.of(0x22, 0xff, 0x22), encode('{'), encode("{'a':1}")]) {
      const error = await refusal(
        readJsonBody(streamed([body]), { maxBytes: 100, allowEmpty: true }),
      );
      expect([error.status, error.code]).toEqual([400, 'invalid_json']);
    }
  });

  it('answers a broken stream with 400, not 500', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode('[1'));
        controller.error(new Error('connection reset'));
      },
    });
    const request = new Request(URL_, { method: 'POST', body, duplex: 'half' } as RequestInit);
    const error = await refusal(readJsonBody(request, { maxBytes: 100, allowEmpty: false }));
    expect([error.status, error.code]).toEqual([400, 'invalid_json']);
  });
});

describe('createClientAddress', () => {
  const withHeaders = (headers: Record<string, string>) => new Request(URL_, { headers });

  it('takes the entry trustProxy hops from the right of X-Forwarded-For', () => {
    const request = withHeaders({ 'x-forwarded-for': '10.0.0.1, 203.0.113.5 , 198.51.100.7' });
    const of = (trustProxy: number) =>
      createClientAddress({ trustProxy, clientIp: () => '192.0.2.9' })(request);
    expect(of(1)).toBe('198.51.100.7');
    expect(of(2)).toBe('203.0.113.5');
    expect(of(3)).toBe('10.0.0.1');
    // More hops than entries: the header cannot say, so the connection's address counts.
    expect(of(4)).toBe('192.0.2.9');
    expect(of(0)).toBe('192.0.2.9');
  });

  it('falls back to the host address without the header, and to nothing without either', () => {
    const trusting = createClientAddress({ trustProxy: 1, clientIp: () => ' 2001:db8::1 ' });
    expect(trusting(withHeaders({}))).toBe('2001:db8::1');
    expect(createClientAddress({ trustProxy: 1, clientIp: undefined })(withHeaders({}))).toBe(
      undefined,
    );
    expect(
      createClientAddress({ trustProxy: 0, clientIp: () => undefined })(withHeaders({})),
    ).toBeUndefined();
  });

  it('treats anything that does not look like an IP address as unknown', () => {
    const of = (value: string) =>
      createClientAddress({ trustProxy: 1, clientIp: undefined })(
        withHeaders({ 'x-forwarded-for': value }),
      );
    expect(of('192.0.2.1')).toBe('192.0.2.1');
    expect(of('::1')).toBe('::1');
    for (const value of ['a', 'evil.example', '192.0.2.1 x', `${'1'.repeat(46)}`, ':']) {
      expect(of(value), value).toBeUndefined();
    }
    expect(of('1'.repeat(45))).toBe('1'.repeat(45));
    expect(of('12')).toBe('12');
  });
});

describe('createAddressLimiter', () => {
  function counters() {
    const hits: Array<[string, number, number]> = [];
    let allowed = true;
    return {
      hits,
      refuse() {
        allowed = false;
      },
      rateLimit: {
        async hit(key: string, windowMs: number, max: number) {
          hits.push([key, windowMs, max]);
          return { allowed, count: hits.length, retryAfterSeconds: 42 };
        },
      },
    };
  }

  it('counts by tenant, limit and address block with the limit of that route', async () => {
    const store = counters();
    const limit = createAddressLimiter(store, {
      limits: {
        reset: { max: 3, windowMs: 1000 },
        flow: false,
        account: { max: 5, windowMs: 2000 },
      },
      tenantId: 'acme',
    });
    await limit('reset', '2001:db8:1:2:3:4:5:6');
    await limit('account', '192.0.2.1');
    await limit('flow', '192.0.2.1');
    await limit('reset', undefined);
    expect(store.hits).toEqual([
      ['http:acme:reset:2001:db8:1:2::/64', 1000, 3],
      ['http:acme:account:192.0.2.1', 2000, 5],
    ]);
  });

  it("keeps the engine's own tenant as *, and answers 429 with Retry-After when used up", async () => {
    const store = counters();
    const limit = createAddressLimiter(store, {
      limits: { reset: { max: 1, windowMs: 1000 }, flow: false, account: false },
      tenantId: undefined,
    });
    store.refuse();
    const error = await refusal(limit('reset', '192.0.2.1'));
    expect(store.hits[0]?.[0]).toBe('http:*:reset:192.0.2.1');
    expect([error.status, error.code, error.retryAfterSeconds]).toEqual([429, 'rate_limited', 42]);
  });
});

describe('createCors', () => {
  const APP = 'https://app.example.com';
  const cors = (credentials = false) => createCors({ origins: new Set([APP]), credentials });
  const preflight = (headers: Record<string, string>) =>
    cors().preflight(new Request(URL_, { method: 'OPTIONS', headers }), 'GET, POST');

  it('grants a preflight of an allowed origin for a method of the path, in any case', () => {
    for (const method of ['POST', 'post']) {
      expect(preflight({ origin: APP, 'access-control-request-method': method })).toEqual({
        status: 204,
        headers: {
          allow: 'GET, POST',
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'Content-Type, Authorization, If-Match, Accept-Language',
          'access-control-max-age': '600',
        },
      });
    }
  });

  it('grants nothing to another origin, another method, or a preflight naming none', () => {
    const bare = { status: 204, headers: { allow: 'GET, POST' } };
    expect(
      preflight({ origin: 'https://evil.example', 'access-control-request-method': 'POST' }),
    ).toEqual(bare);
    expect(preflight({ origin: APP, 'access-control-request-method': 'DELETE' })).toEqual(bare);
    expect(preflight({ origin: APP, 'access-control-request-method': 'GET, POST' })).toEqual(bare);
    expect(preflight({ origin: APP })).toEqual(bare);
    expect(preflight({ 'access-control-request-method': 'POST' })).toEqual(bare);
  });

  it('adds the response headers for an allowed origin only, credentials when configured', () => {
    const headersFor = (origin: string | undefined, credentials: boolean) => {
      const headers = new Headers();
      cors(credentials).addHeaders(
        headers,
        new Request(URL_, { headers: origin === undefined ? {} : { origin } }),
      );
      return Object.fromEntries(headers);
    };
    expect(headersFor(APP, false)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-expose-headers': 'Retry-After, ETag',
    });
    expect(headersFor(APP, true)).toMatchObject({ 'access-control-allow-credentials': 'true' });
    expect(headersFor('https://evil.example', true)).toEqual({});
    expect(headersFor(undefined, true)).toEqual({});
  });
});

describe('createResponseWriter', () => {
  const write = createResponseWriter({
    securityHeaders: { 'x-content-type-options': 'nosniff' },
    cors: createCors({ origins: new Set(), credentials: false }),
    paddingBytes: 16,
  });
  const request = new Request(URL_);

  it('writes JSON with the security headers and Vary, padded to the bucket only when asked', async () => {
    const plain = write(request, { json: { a: 1 } }, { padded: false });
    expect(plain.status).toBe(200);
    expect(Object.fromEntries(plain.headers)).toEqual({
      'x-content-type-options': 'nosniff',
      vary: 'Origin',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(await plain.text()).toBe('{"a":1}');
    const padded = await write(request, { json: { a: 1 } }, { padded: true }).text();
    expect(padded).toBe(`{"a":1}${' '.repeat(9)}`);
    // Already a multiple of the bucket (counted in bytes, not characters): left as is.
    const exact = await write(request, { json: 'ééééééé' }, { padded: true }).text();
    expect(exact).toBe('"ééééééé"');
    expect(await write(request, { json: '€€€€€' }, { padded: true }).text()).toBe(
      `"€€€€€"${' '.repeat(15)}`,
    );
  });

  it('writes null for no body, the route status and headers, and Vary with the route one', async () => {
    const response = write(
      request,
      { status: 201, headers: { etag: '"3"' }, vary: 'Accept' },
      { padded: false },
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"3"');
    expect(response.headers.get('vary')).toBe('Origin, Accept');
    expect(await response.text()).toBe('null');
  });

  it('writes 204 without a body, and CSV as an attachment', async () => {
    const empty = write(request, { status: 204, json: { a: 1 } }, { padded: true });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    expect(empty.headers.get('content-type')).toBeNull();
    const csv = write(request, { csv: 'a,b\r\n1,2\r\n' }, { padded: true });
    expect(Object.fromEntries(csv.headers)).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="report.csv"',
    });
    expect(await csv.text()).toBe('a,b\r\n1,2\r\n');
  });
});

describe('createCallerAuthorizer', () => {
  const request = new Request(URL_);
  const user: Caller = { userId: 'u1', isAdmin: false };

  it('asks nobody on a public route', async () => {
    let asked = 0;
    const authorize = createCallerAuthorizer(() => {
      asked += 1;
      return user;
    });
    await expect(authorize(request, 'public')).resolves.toBeNull();
    expect(asked).toBe(0);
  });

  it('answers 401 with a Bearer challenge without a caller or without authentication', async () => {
    for (const authenticate of [undefined, () => null, () => undefined as unknown as null]) {
      const error = await refusal(createCallerAuthorizer(authenticate)(request, 'user'));
      expect([error.status, error.code, error.headers]).toEqual([
        401,
        'unauthenticated',
        { 'www-authenticate': 'Bearer' },
      ]);
    }
  });

  it('answers 403 to a user on an admin route, and lets an admin through', async () => {
    const error = await refusal(createCallerAuthorizer(() => user)(request, 'admin'));
    expect([error.status, error.code]).toEqual([403, 'forbidden']);
    const admin = { userId: 'a1', isAdmin: true, authTime: new Date(0) };
    await expect(createCallerAuthorizer(async () => admin)(request, 'admin')).resolves.toBe(admin);
    await expect(createCallerAuthorizer(() => user)(request, 'user')).resolves.toBe(user);
  });

  it('refuses a host authenticate that returns something other than a caller', async () => {
    for (const odd of [
      { userId: '', isAdmin: false },
      { userId: 7, isAdmin: false },
      { userId: 'u1', isAdmin: 'yes' },
      { userId: 'u1', isAdmin: false, authTime: '2026-01-01' },
    ]) {
      const authorize = createCallerAuthorizer(() => odd as unknown as Caller);
      await expect(authorize(request, 'user'), JSON.stringify(odd)).rejects.toThrow(TypeError);
    }
  });
});

describe('resolveHttpOptions', () => {
  it('fills in the defaults', () => {
    const resolved = resolveHttpOptions({});
    expect(resolved).toMatchObject({
      basePath: '',
      publicOrigin: undefined,
      authenticate: undefined,
      corsCredentials: false,
      trustProxy: 0,
      maxBodyBytes: 16_384,
      paddingBytes: 1024,
      limits: DEFAULT_RATE_LIMITS,
      securityHeaders: {
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-frame-options': 'DENY',
      },
    });
    expect([...resolved.origins]).toEqual([]);
    expect(resolved.now()).toBeInstanceOf(Date);
  });

  it('takes the smallest allowed values and refuses one less', () => {
    expect(resolveHttpOptions({ maxBodyBytes: 256, paddingBytes: 1, trustProxy: 0 })).toMatchObject(
      { maxBodyBytes: 256, paddingBytes: 1, trustProxy: 0 },
    );
    for (const options of [
      { maxBodyBytes: 255 },
      { maxBodyBytes: 300.5 },
      { paddingBytes: 0 },
      { paddingBytes: 1.5 },
      { trustProxy: 1.5 },
      { trustProxy: -1 },
      { frameAncestors: [] },
      { frameAncestors: ['a b'] },
      { frameAncestors: [7 as unknown as string] },
      { rateLimits: { reset: { max: 0, windowMs: 1000 } } },
      { rateLimits: { flow: { max: 1.5, windowMs: 1000 } } },
      { rateLimits: { account: { max: 1, windowMs: 0 } } },
      { rateLimits: { account: { max: 1, windowMs: Number.NaN } } },
      { basePath: '/' },
      { basePath: '/a b' },
      { publicOrigin: 'file:///etc/passwd' },
      { publicOrigin: 'not a url' },
    ]) {
      expect(() => resolveHttpOptions(options), JSON.stringify(options)).toThrow(TypeError);
    }
  });

  it('keeps valid values: a base path, origins, frame ancestors and limits turned off', () => {
    const resolved = resolveHttpOptions({
      basePath: '/auth/self-service',
      allowedOrigins: ['https://app.example.com', 'https://b.example.com:8443/'],
      publicOrigin: 'https://id.example.com/',
      frameAncestors: ["'self'", 'https://portal.example.com'],
      corsCredentials: true,
      rateLimits: { flow: false, reset: { max: 1, windowMs: 1 } },
    });
    expect(resolved.basePath).toBe('/auth/self-service');
    expect([...resolved.origins]).toEqual([
      'https://app.example.com',
      'https://b.example.com:8443',
    ]);
    expect(resolved.publicOrigin).toBe('https://id.example.com');
    expect(resolved.corsCredentials).toBe(true);
    expect(resolved.limits).toEqual({
      ...DEFAULT_RATE_LIMITS,
      flow: false,
      reset: { max: 1, windowMs: 1 },
    });
    expect(resolved.securityHeaders['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'self' https://portal.example.com",
    );
    // X-Frame-Options can only say "nobody", so it is left out when framing is allowed.
    expect(resolved.securityHeaders).not.toHaveProperty('x-frame-options');
  });
});
