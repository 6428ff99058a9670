import { once } from 'node:events';
import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpOptions } from '@openreset/core';
import { createTestEngine } from '@openreset/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type FetchHandler, type NodeHandlerOptions, nodeClientIp, toNodeHandler } from './node.js';

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  }
});

/** The test engine (alice, erin and an admin on memory adapters), mounted under `/api`. */
function createEngine(http: Omit<HttpOptions, 'tenantId'> = {}) {
  return createTestEngine({
    seed: 5,
    channels: ['sms', 'email'],
    http: { basePath: '/api', clientIp: nodeClientIp, ...http },
  }).engine;
}

/** Serves `handler` through `toNodeHandler` on a free port of 127.0.0.1; returns its origin. */
async function serve(handler: FetchHandler, options?: NodeHandlerOptions): Promise<string> {
  const server = createServer(toNodeHandler(handler, options));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request through node:http, which (unlike fetch) sends any Host and chunked bodies. */
function send(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    chunks?: string[];
    agent?: Agent;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: init.agent },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          body += chunk;
        });
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    for (const chunk of init.chunks ?? []) outgoing.write(chunk);
    outgoing.end();
  });
}

describe('toNodeHandler with the engine', () => {
  it('answers GET /api/config with the engine’s JSON and security headers', async () => {
    const origin = await serve(createEngine().handler);
    const response = await fetch(`${origin}/api/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toMatchObject({
      defaultLocale: 'en',
      password: { minLength: 12 },
      methods: expect.arrayContaining(['mobileSms']),
    });
  });

  it('runs a POST /api/reset JSON round trip', async () => {
    const origin = await serve(createEngine().handler);
    const response = await fetch(`${origin}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'alice' }),
    });
    expect(response.status).toBe(200);
    const started = (await response.json()) as { flowToken: string; methods: { id: string }[] };
    expect(started).toMatchObject({ state: 'choose_method', flowToken: expect.any(String) });
    expect(started.methods.length).toBeGreaterThan(0);

    const status = await fetch(`${origin}/api/reset/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ flowToken: started.flowToken }),
    });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ flowToken: started.flowToken });
  });

  it('gives the handler the peer address through nodeClientIp, so per-IP limits count', async () => {
    const origin = await serve(
      createEngine({ rateLimits: { reset: { max: 1, windowMs: 60_000 } } }).handler,
    );
    const start = () =>
      fetch(`${origin}/api/reset`, {
        method: 'POST',
        // A forged X-Forwarded-For changes nothing: trustProxy is 0.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.${Date.now()}` },
        body: JSON.stringify({ identifier: 'alice' }),
      });
    expect((await start()).status).toBe(200);
    const limited = await start();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers 413 over a real socket, declared or chunked, and keeps the connection usable', async () => {
    const origin = await serve(createEngine().handler);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = JSON.stringify({ identifier: 'x'.repeat(20_000) });
      const declared = await send(`${origin}/api/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
        chunks: [big],
        agent,
      });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body)).toEqual({ error: { code: 'payload_too_large' } });

      // No Content-Length: the handler counts bytes as they stream in and stops at 16 KiB;
      // the rest of the megabyte is discarded, not buffered, and the socket stays open.
      const chunks = [
        `{"identifier":"`,
        ...Array.from({ length: 256 }, () => 'y'.repeat(4096)),
        '"}',
      ];
      const chunked = await send(`${origin}/api/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        chunks,
        agent,
      });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body)).toEqual({ error: { code: 'payload_too_large' } });

      // Refused before the body is read (415): it is discarded all the same.
      const unread = await send(`${origin}/api/reset`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
        chunks,
        agent,
      });
      expect(unread.status).toBe(415);

      const after = await send(`${origin}/api/config`, { agent });
      expect(after.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('answers HEAD with 405 and no body, and unknown routes with 404', async () => {
    const origin = await serve(createEngine().handler);
    const head = await send(`${origin}/api/config`, { method: 'HEAD' });
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe('GET');
    expect(head.body).toBe('');

    for (const path of ['/api/nope', '/api', '/elsewhere/config', '//evil.example/api/config']) {
      const response = await send(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.body)).toEqual({ error: { code: 'not_found' } });
    }
  });
});

describe('toNodeHandler', () => {
  it('builds the Request from the configured origin, never from Host', async () => {
    let seen: Request | undefined;
    const origin = await serve(
      async (request) => {
        seen = request;
        return new Response(await request.text());
      },
      { origin: 'https://id.example.com' },
    );
    const response = await send(`${origin}/api/echo?x=1&y=%C3%A9`, {
      method: 'PUT',
      headers: { host: 'evil.example', 'x-custom': 'kept', 'content-type': 'text/plain' },
      chunks: ['hello ', 'world'],
    });
    expect(response.body).toBe('hello world');
    expect(seen?.url).toBe('https://id.example.com/api/echo?x=1&y=%C3%A9');
    expect(seen?.method).toBe('PUT');
    expect(seen?.headers.get('x-custom')).toBe('kept');
    expect(seen?.headers.get('host')).toBe('evil.example');
    expect(nodeClientIp(seen as Request)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(nodeClientIp(new Request('https://id.example.com/'))).toBeUndefined();
  });

  it('writes the status, every Set-Cookie and a streamed body', async () => {
    const origin = await serve(async () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          for (const part of ['one,', 'two,', 'three']) {
            controller.enqueue(encoder.encode(part));
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          controller.close();
        },
      });
      const headers = new Headers({ 'content-type': 'text/plain' });
      headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
      headers.append('set-cookie', 'b=2; Path=/; Secure');
      return new Response(body, { status: 201, headers });
    });
    const response = await send(`${origin}/stream`);
    expect(response.status).toBe(201);
    expect(response.headers['set-cookie']).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; Secure',
    ]);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.body).toBe('one,two,three');
  });

  it('aborts the request signal when the client goes away', async () => {
    let aborted: () => void = () => undefined;
    const abortSeen = new Promise<void>((resolve) => {
      aborted = resolve;
    });
    let started: () => void = () => undefined;
    const handlerStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const origin = await serve(
      (request) =>
        new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted();
            resolve(new Response('too late'));
          });
          started();
        }),
    );
    const outgoing = request(`${origin}/slow`);
    outgoing.on('error', () => undefined);
    outgoing.end();
    await handlerStarted;
    outgoing.destroy();
    await abortSeen;
  });

  it('answers 500 without details when the handler throws, and reports the error', async () => {
    const reported: unknown[] = [];
    const origin = await serve(
      async () => {
        throw new Error('database password is hunter2');
      },
      { onError: (error) => reported.push(error) },
    );
    const response = await send(`${origin}/api/config`);
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toBe('{"error":{"code":"internal"}}');
    expect(reported).toHaveLength(1);
  });

  it('refuses an origin that is not an origin at once', () => {
    const handler: FetchHandler = async () => new Response(null);
    for (const origin of ['id.example.com', 'https://id.example.com/', 'ftp://x', 'https://a/b']) {
      expect(() => toNodeHandler(handler, { origin }), origin).toThrow(TypeError);
    }
    expect(() => toNodeHandler(undefined as unknown as FetchHandler)).toThrow(TypeError);
  });
});
