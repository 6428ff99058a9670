// The demo's background work in a process of its own (`node examples/demo/worker.mjs`): the
// worker of @openreset/server (as `openreset worker`) with the demo's additions: the outbox
// dispatcher and the scheduled jobs (flow expiry, writeback reconciliation, retention,
// expiry warnings, reset-request notices), for hosts that keep them apart from their web
// servers. Start the web server with OPENRESET_DEMO_BACKGROUND=worker so it runs none of
// it, and give both the same OPENRESET_DATA_DIR (the keys) and OPENRESET_STORAGE. Any
// number of workers and servers may share one database: each job runs once per period.
// Messages this process sends leave through SMTP and Twilio when configured; with the dev
// outbox they stay in this process, so the web server's /outbox does not show them.
import { createDevOutbox } from '@openreset/adapters/dev-outbox';
import { startWorker } from '@openreset/server';
import { readConfig } from './config.mjs';
import { demoOptions } from './setup.mjs';

const config = readConfig();
const worker = await startWorker(config.server, demoOptions(config, createDevOutbox()));
console.log(
  `OpenReset worker: delivering messages and running scheduled jobs (data in ${config.dataDir})`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await worker.close();
    process.exit(0);
  });
}
