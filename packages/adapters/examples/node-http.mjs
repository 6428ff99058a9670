import { createServer } from 'node:http';
import { nodeClientIp, toNodeHandler } from '@openreset/adapters/node';
import { createOpenReset } from '@openreset/core';
import { directory, keys, storage } from './ports.mjs';

const engine = createOpenReset({
  storage,
  directory,
  keys,
  http: { basePath: '/api', clientIp: nodeClientIp },
});

export const server = createServer(
  toNodeHandler(engine.handler, { origin: 'https://id.example.com' }),
);
server.listen(Number(process.env.PORT ?? 3000));
