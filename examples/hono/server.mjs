// OpenReset in a Hono app on Node.js (@hono/node-server): the API under /api/openreset.
// `node server.mjs` serves it on $PORT (3000); the test imports `createApp`.
import process from 'node:process';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { BASE_PATH, handle } from '../shared/openreset.mjs';

/**
 * The Hono app. Hono builds the `Request` itself, so the peer address (for per-IP limits)
 * is handed over beside it. On Bun, Deno or workers, use their connection info instead.
 * @param {import('@openreset/core').OpenReset} [engine]
 */
export function createApp(engine) {
  const app = new Hono();
  app.all(`${BASE_PATH}/*`, (c) => handle(c.req.raw, getConnInfo(c).remote.address, engine));
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve({ fetch: createApp().fetch, port: Number(process.env.PORT ?? 3000) });
}
