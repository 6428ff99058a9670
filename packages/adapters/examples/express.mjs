import { nodeClientIp, toNodeHandler } from '@openreset/adapters/node';
import { createOpenReset } from '@openreset/core';
import express from 'express';
import { directory, keys, storage } from './ports.mjs';

const engine = createOpenReset({
  storage,
  directory,
  keys,
  // Express strips the mount path from req.url, but toNodeHandler reads req.originalUrl:
  // basePath is the full public prefix, the same as the mount path.
  http: { basePath: '/api', clientIp: nodeClientIp },
});

const app = express();
// Before any body parser (express.json() would drain the body the handler reads).
app.use('/api', toNodeHandler(engine.handler, { origin: 'https://id.example.com' }));

export const server = app.listen(Number(process.env.PORT ?? 3000));
