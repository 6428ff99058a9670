// A server child of the reliability scenarios: one OpenReset instance over SQLite or
// PostgreSQL, serving its fetch handler on 127.0.0.1 (a free port) with the background loops
// running (engine.start: dispatcher and scheduled jobs), as a deployment runs it. Its SMS and
// email senders accept every message and report it to the parent over IPC, which is how the
// parent reads codes and counts sends. Signed-in routes trust an `x-bench-user: <username>`
// header (loopback only, for the bench). Per-IP limits are off (no clientIp, no trustProxy):
// every request comes from 127.0.0.1.
//
// Started by lib.ts `startServer` with the JSON `ServerConfig` as its argument; `{type:'stop'}`
// over IPC stops the engine, closes the storage and exits 0.
import { createServer } from 'node:http';
import process from 'node:process';
import { toNodeHandler } from '../../packages/adapters/src/node.js';
import { createOpenReset } from '../../packages/core/src/create-open-reset.js';
import {
  BENCH_KEYS,
  BENCH_POLICY,
  benchHasher,
  openStores,
  type ServerConfig,
  seedUsers,
} from './lib.js';

const config = JSON.parse(process.argv[2] ?? '{}') as ServerConfig;
const report = (message: Record<string, unknown>) => process.send?.(message);
const { storage, directory } = await openStores(config.target);
if (config.seed !== undefined) await seedUsers(directory, config.seed[0], config.seed[1]);

const sender = (channel: 'sms' | 'email') => ({
  async send(message: { to: string; text: string }) {
    report({
      type: 'sent',
      instance: config.instance,
      channel,
      to: message.to,
      text: message.text,
    });
    return {};
  },
});
const engine = createOpenReset({
  storage,
  directory,
  keys: BENCH_KEYS,
  hasher: benchHasher(),
  policy: BENCH_POLICY,
  sms: sender('sms'),
  email: sender('email'),
  http: {
    async authenticate(request) {
      const username = request.headers.get('x-bench-user');
      if (username === null) return null;
      const user = await directory.findUser(username);
      return user === null ? null : { userId: user.id, isAdmin: false, authTime: new Date() };
    },
  },
});
const loopMs = config.loopMs ?? 100;
engine.start({
  dispatchIntervalMs: loopMs,
  scheduleIntervalMs: loopMs,
  onError: (error, source) => report({ type: 'error', error: `${source}: ${String(error)}` }),
});

const server = createServer(
  toNodeHandler(engine.handler, {
    origin: 'http://127.0.0.1',
    onError: (error) => report({ type: 'error', error: `handler: ${String(error)}` }),
  }),
);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  report({
    type: 'listening',
    port: typeof address === 'object' && address !== null ? address.port : 0,
  });
});

const gc = (globalThis as { gc?: () => void }).gc;
const sampler =
  (config.memoryEveryMs ?? 0) > 0
    ? setInterval(() => {
        gc?.();
        const { rss, heapUsed } = process.memoryUsage();
        report({ type: 'memory', at: Date.now(), rss, heapUsed });
      }, config.memoryEveryMs)
    : undefined;

process.on('message', async (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  if (sampler !== undefined) clearInterval(sampler);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await engine.stop();
  await storage.close();
  process.exit(0);
});
