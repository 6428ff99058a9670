// The in-process framework recipes (examples/express, fastify, hono): each app, listening on a
// port of its own, runs a whole reset over HTTP (scripts/lib/reset-over-http.mjs) and shows
// that the handler gets the body unread and the client's address. Next.js, SvelteKit and Nuxt
// are built and run from the packed tarballs by scripts/framework-recipes.mjs.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenReset } from '@openreset/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetOverHttp } from '../scripts/lib/reset-over-http.mjs';
import { createApp as createExpressApp } from './express/server.mjs';
import { createApp as createFastifyApp } from './fastify/server.mjs';
import { createApp as createHonoApp } from './hono/server.mjs';
import { BASE_PATH, createEngine } from './shared/openreset.mjs';

/** Starts each recipe's app on 127.0.0.1 and a free port; resolves with its server. */
const recipes: Record<string, (engine: OpenReset) => Promise<Server>> = {
  express: async (engine) => {
    const server = createExpressApp(engine).listen(0, '127.0.0.1');
    await once(server, 'listening');
    return server;
  },
  fastify: async (engine) => {
    const app = createFastifyApp(engine);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app.server;
  },
  hono: async (engine) => {
    const server = serve({ fetch: createHonoApp(engine).fetch, port: 0, hostname: '127.0.0.1' });
    await once(server, 'listening');
    return server as Server;
  },
};

describe.each(Object.entries(recipes))('the %s recipe', (_name, start) => {
  const waiting: ((text: string) => void)[] = [];
  const engine = createEngine({
    env: { OPENRESET_SECRET: 'a test secret of at least thirty-two bytes' },
    email: {
      async send(message) {
        waiting.shift()?.(message.text);
        return {};
      },
    },
  });
  let server: Server;
  let api: string;
  let stopBackground: () => Promise<void>;

  beforeAll(async () => {
    server = await start(engine);
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
    stopBackground = engine.start();
  });

  afterAll(async () => {
    await stopBackground();
    server.closeAllConnections();
    server.close();
  });

  it('runs a whole reset over HTTP, the code mailed by the outbox dispatcher', async () => {
    const flowToken = await resetOverHttp({
      apiUrl: api,
      nextEmailText: () => new Promise((resolve) => waiting.push(resolve)),
    });
    expect(flowToken).toEqual(expect.any(String));
  });

  it('hands the handler the client address for per-IP limits', async () => {
    await fetch(`${api}/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'nobody' }),
    });
    const { events } = await engine.audit.query({
      tenantId: 'default',
      types: ['flow.started'],
      limit: 50,
    });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('leaves the body to the handler (its own 16 KiB limit answers 413) and answers 404 inside the base path', async () => {
    const large = await fetch(`${api}/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'x'.repeat(20_000) }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ error: { code: 'payload_too_large' } });
    const missing = await fetch(`${api}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found' } });
  });
});

describe('the shared engine module', () => {
  it('refuses a missing or short OPENRESET_SECRET, and SMTP settings left out', () => {
    expect(() => createEngine({ env: {} })).toThrow(/OPENRESET_SECRET/);
    expect(() => createEngine({ env: { OPENRESET_SECRET: 'short' } })).toThrow(/OPENRESET_SECRET/);
    expect(() =>
      createEngine({ env: { OPENRESET_SECRET: 'a test secret of at least thirty-two bytes' } }),
    ).toThrow(/OPENRESET_SMTP_URL/);
  });

  it('refuses an OPENRESET_TRUST_PROXY that is not a number of proxies', () => {
    const secret = 'a test secret of at least thirty-two bytes';
    const email = { send: async () => ({}) };
    for (const value of ['one', '-1', '1.5', '1e3']) {
      expect(() =>
        createEngine({ env: { OPENRESET_SECRET: secret, OPENRESET_TRUST_PROXY: value }, email }),
      ).toThrow(/OPENRESET_TRUST_PROXY/);
    }
    expect(() =>
      createEngine({ env: { OPENRESET_SECRET: secret, OPENRESET_TRUST_PROXY: '1' }, email }),
    ).not.toThrow();
  });
});
