#!/usr/bin/env node
// Installs the PACKED packages into scratch projects outside the workspace (no workspace
// links, only what the registry would serve) and runs a whole reset through each:
//
//   express  Express + SQLite (better-sqlite3), the SQL directory, a captured email sender;
//   node-pg  node:http + PostgreSQL only: better-sqlite3 is NOT installed, so nothing of the
//            SQLite driver may be needed by the PostgreSQL path.
//
// Run after `npm run build`; the PostgreSQL project needs OPENRESET_TEST_POSTGRES_URL (npm
// test starts PostgreSQL and sets it). Under CI=true a missing URL fails; elsewhere it skips
// that project with a notice. `--keep` leaves the scratch folder for a look; `--only <name>`
// runs one project.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { installedVersion, packWorkspaces, root, run } from './lib/scratch.mjs';

const keep = process.argv.includes('--keep');
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const postgresUrl = process.env.OPENRESET_TEST_POSTGRES_URL;

const scratch = mkdtempSync(join(tmpdir(), 'openreset-tarballs-'));
const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);
console.log(`tarball-install: packing into ${tarballs}`);
const tarball = packWorkspaces(['packages/core', 'packages/adapters'], tarballs);

/** The reset every project runs, the same file the server's tests use. */
const resetScript = readFileSync(join(root, 'scripts/lib/reset-over-http.mjs'), 'utf8');

/** The imports and email capture every project's app.mjs starts with. */
const appHeader = `
import { once } from 'node:events';
import { resetOverHttp } from './reset-over-http.mjs';

/** An EmailSender that hands each message's text to whoever awaits the next one. */
const waiting = [];
const email = { async send(message) { waiting.shift()?.(message.text); } };
const nextEmailText = () => new Promise((resolve) => waiting.push(resolve));
`;

const projects = {
  express: {
    dependencies: [
      tarball('openreset-core-'),
      tarball('openreset-adapters-'),
      `express@^${installedVersion('express')}`,
      `better-sqlite3@^${installedVersion('better-sqlite3')}`,
    ],
    app: `${appHeader}
import { toNodeHandler } from '@openreset/adapters/node';
import { createSqliteStorage } from '@openreset/adapters/sqlite';
import { createArgon2Hasher, createSqlDirectory } from '@openreset/adapters/sql-directory';
import { createOpenReset } from '@openreset/core';
import express from 'express';

const storage = await createSqliteStorage({ filename: ':memory:' });
const hasher = createArgon2Hasher();
const directory = await createSqlDirectory({ db: storage, hasher });
await directory.createUser({ username: 'alice', password: 'an old passphrase of alice', contact: { alternateEmail: 'alice@example.com' } });
const engine = createOpenReset({
  storage, directory, hasher, email,
  keys: [{ id: 'k1', secret: 'a secret of at least thirty-two bytes!!' }],
  http: { basePath: '/api' },
});
const app = express();
app.use('/api', toNodeHandler(engine.handler, { origin: 'https://id.example.com' }));
const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const stopBackground = engine.start(); // the outbox dispatcher sends the code mail
await resetOverHttp({
  apiUrl: 'http://127.0.0.1:' + server.address().port + '/api',
  origin: 'https://id.example.com',
  nextEmailText,
});
console.log('express + SQLite: reset completed');
server.close();
await stopBackground();
`,
  },
  'node-pg': {
    skip: postgresUrl ? undefined : 'OPENRESET_TEST_POSTGRES_URL is not set',
    dependencies: [
      tarball('openreset-core-'),
      tarball('openreset-adapters-'),
      `pg@^${installedVersion('pg')}`,
    ],
    app: `${appHeader}
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { toNodeHandler } from '@openreset/adapters/node';
import { createPostgresStorage } from '@openreset/adapters/postgres';
import { createArgon2Hasher, createSqlDirectory } from '@openreset/adapters/sql-directory';
import { createOpenReset } from '@openreset/core';

await assert.rejects(import('better-sqlite3'), 'better-sqlite3 is not installed here');
const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL });
const hasher = createArgon2Hasher();
const directory = await createSqlDirectory({ db: storage, hasher });
const username = 'alice';
const existing = await directory.findUser(username);
if (existing) await directory.setPassword(existing.id, 'an old passphrase of alice');
else await directory.createUser({ username, password: 'an old passphrase of alice', contact: { alternateEmail: 'alice@example.com' } });
const engine = createOpenReset({
  storage, directory, hasher, email,
  keys: [{ id: 'k1', secret: 'a secret of at least thirty-two bytes!!' }],
  http: { basePath: '/api' },
});
const server = createServer(toNodeHandler(engine.handler, { origin: 'https://id.example.com' }));
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const stopBackground = engine.start(); // the outbox dispatcher sends the code mail
await resetOverHttp({
  apiUrl: 'http://127.0.0.1:' + server.address().port + '/api',
  origin: 'https://id.example.com',
  nextEmailText,
});
console.log('node:http + PostgreSQL (no better-sqlite3): reset completed');
server.close();
await stopBackground();
await storage.close();
`,
  },
};

let failed = false;
for (const [name, project] of Object.entries(projects)) {
  if (only !== undefined && name !== only) continue;
  if (project.skip) {
    if (process.env.CI === 'true') {
      console.error(`tarball-install: ${name}: ${project.skip} (required under CI=true)`);
      failed = true;
    } else console.warn(`tarball-install: ${name}: skipped, ${project.skip}`);
    continue;
  }
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `scratch-${name}`, private: true, type: 'module' }),
  );
  writeFileSync(join(dir, 'reset-over-http.mjs'), resetScript);
  writeFileSync(join(dir, 'app.mjs'), project.app);
  const started = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', ...project.dependencies], dir);
  console.log(
    `tarball-install: ${name}: installed in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  const result = spawnSync(process.execPath, ['app.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: postgresUrl ?? '' },
    timeout: 300_000,
  });
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    console.error(
      `tarball-install: ${name} failed (${result.status ?? result.signal}):\n${result.stderr}`,
    );
    failed = true;
  }
}

if (!keep) rmSync(scratch, { recursive: true, force: true });
if (failed) process.exit(1);
console.log('tarball-install: every packed project ran a reset.');
