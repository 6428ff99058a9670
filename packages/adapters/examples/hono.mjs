import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createOpenReset } from '@openreset/core';
import { Hono } from 'hono';
import { directory, keys, storage } from './ports.mjs';

// Hono builds the Request, so the peer address travels beside it, for per-IP limits.
const peers = new WeakMap();

const engine = createOpenReset({
  storage,
  directory,
  keys,
  http: { basePath: '/api', clientIp: (request) => peers.get(request) },
});

const app = new Hono();
app.all('/api/*', (c) => {
  peers.set(c.req.raw, getConnInfo(c).remote.address);
  return engine.handler(c.req.raw);
});

export const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
