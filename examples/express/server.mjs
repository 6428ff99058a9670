// OpenReset in an Express 5 app: the API under /api/openreset. `node server.mjs` serves it on
// $PORT (3000); the test imports `createApp`.
import process from 'node:process';
import { toNodeHandler } from '@openreset/adapters/node';
import express from 'express';
import { BASE_PATH, openReset } from '../shared/openreset.mjs';

/**
 * The Express app with the handler mounted. `toNodeHandler` reads `req.originalUrl`, so the
 * mount path is the engine's `basePath` as it is.
 * @param {import('@openreset/core').OpenReset} [engine]
 */
export function createApp(engine = openReset()) {
  const app = express();
  // Before any body parser: express.json() would drain the body the handler reads.
  app.use(
    BASE_PATH,
    toNodeHandler(engine.handler, { origin: process.env.OPENRESET_PUBLIC_ORIGIN }),
  );
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createApp().listen(Number(process.env.PORT ?? 3000));
}
