// Runs the README's "Mounting the HTTP handler" examples, which live in `examples/*.mjs`, and
// checks that the README shows each file exactly: editing one without the other fails here.
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Storage } from '@openreset/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const examplesUrl = new URL('../examples/', import.meta.url);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's blocks fenced as ```js example=<name>, by name. */
function readmeExamples(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(/^```js example=([a-z-]+)\n([\s\S]*?)^```$/gm)) {
    const [, name = '', code = ''] = match;
    expect(blocks.has(name), `two README blocks named ${name}`).toBe(false);
    blocks.set(name, code);
  }
  return blocks;
}

/** Every example file but the stand-in ports, by name. */
function exampleFiles(): Map<string, string> {
  return new Map(
    readdirSync(examplesUrl)
      .filter((file) => file.endsWith('.mjs') && file !== 'ports.mjs')
      .map((file) => [
        file.slice(0, -'.mjs'.length),
        readFileSync(new URL(file, examplesUrl), 'utf8'),
      ]),
  );
}

/** A module of examples/ (plain JavaScript, so imported by a computed name). */
function importExample(name: string): Promise<unknown> {
  return import(`../examples/${name}.mjs`);
}

/** Imports an example with PORT=0 and returns the server it started. */
async function startExample(name: string): Promise<Server> {
  const previous = process.env.PORT;
  process.env.PORT = '0';
  try {
    const example = (await importExample(name)) as {
      server?: Server;
      default?: { fetch: (request: Request) => Promise<Response> };
    };
    // Deno, Bun and workers serve `export default { fetch }`; @hono/node-server does the same.
    const server =
      example.server ??
      (serve({ fetch: example.default?.fetch ?? (() => undefined), port: 0 }) as Server);
    if (!server.listening) await once(server, 'listening');
    return server;
  } finally {
    if (previous === undefined) delete process.env.PORT;
    else process.env.PORT = previous;
  }
}

describe('the README examples', () => {
  it('show every file of examples/ exactly as it is tested', () => {
    const inReadme = readmeExamples();
    const files = exampleFiles();
    expect([...inReadme.keys()].sort()).toEqual([...files.keys()].sort());
    expect(files.size).toBe(4);
    for (const [name, code] of files) expect(inReadme.get(name), name).toBe(code);
  });
});

describe.each([
  { name: 'node-http', peer: true },
  { name: 'express', peer: true },
  { name: 'hono', peer: true },
  { name: 'fetch', peer: false },
])('the $name example', ({ name, peer }) => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = await startExample(name);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  it('answers GET /api/config', async () => {
    const response = await fetch(`${origin}/api/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      defaultLocale: 'en',
      password: { minLength: 12 },
    });
  });

  it('starts a reset with POST /api/reset and hands the handler the client address', async () => {
    const response = await fetch(`${origin}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'alice' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      state: 'choose_method',
      flowToken: expect.any(String),
    });
    const { storage } = (await importExample('ports')) as { storage: Storage };
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 1 });
    if (peer) expect(events[0]?.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    else expect(events[0]?.ip).toBeUndefined();
  });

  it('serves the OpenAPI document with /api as its server', async () => {
    const response = await fetch(`${origin}/api/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ servers: [{ url: '/api' }] });
  });

  it('answers unknown routes with 404 and large bodies with 413', async () => {
    const missing = await fetch(`${origin}/api/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found' } });

    const large = await fetch(`${origin}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'x'.repeat(20_000) }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ error: { code: 'payload_too_large' } });
  });
});
