#!/usr/bin/env node
// The framework recipes with a build of their own (examples/nextjs, examples/sveltekit,
// examples/nuxt), as a developer would run them: each example is copied into a scratch
// folder outside the workspace, its @openreset/* dependencies pointed at the PACKED
// tarballs, installed (the framework from the registry, so npm's cache makes re-runs
// fast), built in production mode and started. Then a whole reset runs over HTTP
// (scripts/lib/reset-over-http.mjs, the code mailed to a local SMTP catcher) and the
// recipe's widget page is opened in Chromium, where <openreset-reset> must be defined and
// rendered. Each phase's time is printed.
//
// Run after `npm run build`. `--only <name>` runs one recipe; `--keep` leaves the scratch
// folder. Express, Fastify and Hono run in-process in examples/recipes.test.ts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { startMailCatcher } from './lib/mail-catcher.mjs';
import { resetOverHttp } from './lib/reset-over-http.mjs';
import { packWorkspaces, root, run } from './lib/scratch.mjs';

const keep = process.argv.includes('--keep');
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;

/** How each recipe is built and started (`port` is free on 127.0.0.1). */
const recipes = {
  nextjs: {
    build: ['npx', 'next', 'build'],
    start: (port) => ({
      command: ['node_modules/.bin/next', 'start', '-H', '127.0.0.1', '-p', port],
    }),
  },
  sveltekit: {
    build: ['npx', 'vite', 'build'],
    start: (port) => ({
      command: ['node', 'build/index.js'],
      env: { HOST: '127.0.0.1', PORT: port, ORIGIN: `http://127.0.0.1:${port}` },
    }),
  },
  nuxt: {
    build: ['npx', 'nuxt', 'build'],
    start: (port) => ({
      command: ['node', '.output/server/index.mjs'],
      env: { HOST: '127.0.0.1', PORT: port },
    }),
  },
};

/** The recipes mount the API and serve the widget page here. */
const API_PATH = '/api/openreset';
const PAGE_PATH = '/reset';

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return String(port);
}

/** Seconds since `started`, for the timings. */
const seconds = (started) => Math.round((Date.now() - started) / 1000);

/**
 * Resolves once GET `url` answers 200; rejects when the server exits first or after
 * `timeoutMs` (a production server on a busy 2-core machine can take a while).
 */
async function untilUp(url, child, timeoutMs = 180_000) {
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the server exited (${code}) before answering ${url}`);
  });
  const up = (async () => {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const status = await fetch(url).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
  })();
  return Promise.race([up, exited]);
}

/** Opens the widget page in Chromium; resolves once <openreset-reset> has rendered its form. */
async function checkWidgetPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    // Defined, upgraded, and its first step (the identifier field) rendered in its shadow root.
    await page.waitForSelector('openreset-reset >>> input', { timeout: 60_000 });
    const api = await page.$eval('openreset-reset', (element) => element.getAttribute('api'));
    if (api !== API_PATH) throw new Error(`<openreset-reset api="${api}">, not ${API_PATH}`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await page.close();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'openreset-recipes-'));
const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);
const tarball = packWorkspaces(
  ['packages/core', 'packages/adapters', 'packages/widgets'],
  tarballs,
);
const mail = await startMailCatcher();
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});

let failed = false;
for (const [name, recipe] of Object.entries(recipes)) {
  if (only !== undefined && name !== only) continue;
  const dir = join(scratch, name);
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  const timings = [];
  try {
    cpSync(join(root, 'examples', name), dir, {
      recursive: true,
      dereference: true,
      filter: (source) => !/node_modules|\.next|\.nuxt|\.output|\.svelte-kit|\/build$/.test(source),
    });
    const manifestPath = join(dir, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies)) {
      const packed = dependency.match(/^@openreset\/(.+)$/)?.[1];
      if (packed) manifest.dependencies[dependency] = `file:${tarball(`openreset-${packed}-`)}`;
    }
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

    let started = Date.now();
    // --prefer-offline: packages already in npm's cache are not revalidated one by one.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    timings.push(`install ${seconds(started)} s`);
    started = Date.now();
    run(recipe.build[0], recipe.build.slice(1), dir, { ...process.env, NODE_ENV: 'production' });
    timings.push(`build ${seconds(started)} s`);

    started = Date.now();
    const port = await freePort();
    const { command, env } = recipe.start(port);
    // A process group of its own, so that stopping it stops the server's children too.
    server = spawn(command[0], command.slice(1), {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        ...env,
        NODE_ENV: 'production',
        OPENRESET_SECRET: 'a recipe test secret of at least 32 bytes',
        OPENRESET_SMTP_URL: mail.url,
        OPENRESET_MAIL_FROM: 'no-reply@example.com',
      },
    });
    const origin = `http://127.0.0.1:${port}`;
    await untilUp(`${origin}${API_PATH}/config`, server);
    timings.push(`start ${seconds(started)} s`);
    started = Date.now();
    await resetOverHttp({ apiUrl: `${origin}${API_PATH}`, nextEmailText: mail.nextEmailText });
    await checkWidgetPage(browser, `${origin}${PAGE_PATH}`);
    timings.push(`reset and page ${seconds(started)} s`);
    console.log(`framework-recipes: ${name}: passed (${timings.join(', ')})`);
  } catch (error) {
    console.error(`framework-recipes: ${name} failed (${timings.join(', ')}):`, error);
    failed = true;
  } finally {
    // SIGKILL: adapter-node's graceful SIGTERM shutdown can outwait the run (and keep it alive).
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = once(server, 'exit');
      process.kill(-server.pid, 'SIGKILL');
      await exited;
    }
  }
}

await browser.close();
await mail.close();
if (!keep) rmSync(scratch, { recursive: true, force: true });
if (failed) process.exit(1);
console.log('framework-recipes: every recipe ran a reset and served its widget page.');
