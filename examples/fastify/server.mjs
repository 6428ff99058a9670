// OpenReset in a Fastify 5 app: the API under /api/openreset. `node server.mjs` serves it on
// $PORT (3000); the test imports `createApp`.
import process from 'node:process';
import { toNodeHandler } from '@openreset/adapters/node';
import Fastify from 'fastify';
import { BASE_PATH, openReset } from '../shared/openreset.mjs';

/**
 * The Fastify app with the handler mounted in a scope of its own: there, no content-type
 * parser reads the body (the handler streams it, with its own size limit), and each request
 * is hijacked, so the handler writes the raw response.
 * @param {import('@openreset/core').OpenReset} [engine]
 */
export function createApp(engine = openReset()) {
  const app = Fastify();
  const handler = toNodeHandler(engine.handler, { origin: process.env.OPENRESET_PUBLIC_ORIGIN });
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(`${BASE_PATH}/*`, async (request, reply) => {
      reply.hijack();
      await handler(request.raw, reply.raw);
    });
  });
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createApp().listen({ port: Number(process.env.PORT ?? 3000) });
}
