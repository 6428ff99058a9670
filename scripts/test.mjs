#!/usr/bin/env node
// `npm test`: the one command that runs every test, on a fresh machine too.
//
// It first provides what the tests need (each `ensure*` function installs or starts
// one prerequisite, or fails with a clear message), then builds and runs each suite.
// A missing prerequisite is a failure, never a skip. It stops at the first failure.
//
// To add a prerequisite (PostgreSQL, slapd, ...), write an `ensureX()` beside
// `ensureChromium()` and list it in `main()`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import process from 'node:process';

const isRoot = process.getuid?.() === 0;

/** Runs a command with inherited stdio; exits with its status if it fails. */
function run(command, args, options = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    fail(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/** Prints a message and exits non-zero. */
function fail(message) {
  console.error(`\nnpm test: ${message}`);
  process.exit(1);
}

/** Installs Debian packages (as root); used by the `ensure*` steps. */
function aptInstall(packages) {
  if (!isRoot) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...packages], { env });
  return true;
}

/** The browser tests need Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium. */
function ensureChromium() {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromePath)) return;
  if (!process.env.CHROME_PATH && isRoot) {
    console.log(`Chromium not found at ${chromePath}; installing the Debian package.`);
    aptInstall(['chromium']);
  }
  if (!existsSync(chromePath)) {
    fail(
      `Chromium is required for the browser tests and was not found at ${chromePath}. ` +
        'Install it (as root: apt-get install chromium) or set CHROME_PATH to a Chrome binary.',
    );
  }
}

/**
 * Test services (PostgreSQL, OpenLDAP, ...): each `scripts/services/<name>.mjs` exports
 * `async function start()` that installs what is missing (apt-get, as root), starts the
 * service on 127.0.0.1 on a port of its own, and returns the environment variables the
 * tests read (e.g. `OPENRESET_TEST_POSTGRES_URL`), or throws with a clear message. The
 * services stay up while the tests run and stop with this process.
 */
async function startServices() {
  const folder = new URL('./services/', import.meta.url);
  if (!existsSync(folder)) return {};
  const env = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.mjs'))
    .sort()) {
    console.log(`\n> starting test service ${file}`);
    try {
      const service = await import(new URL(file, folder).href);
      Object.assign(env, await service.start({ run, aptInstall, isRoot }));
    } catch (error) {
      fail(
        `test service ${file} could not start: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return env;
}

async function main() {
  ensureChromium();
  run('npm', ['run', 'build']);
  // The API reference (TypeDoc): no errors and no broken links.
  run('npm', ['run', 'docs']);
  const env = { ...process.env, ...(await startServices()) };
  run('npx', ['vitest', 'run'], { env });
  run('npx', ['web-test-runner']);
  // The packed packages in scratch projects outside the workspace (Express + SQLite,
  // node:http + PostgreSQL without better-sqlite3): what a registry install gets.
  run('node', ['scripts/tarball-install.mjs'], { env });
  // The Next.js, SvelteKit and Nuxt recipes (examples/), installed from the packed packages,
  // built and started in production mode: a whole reset over HTTP and the widget page in
  // Chromium. Express, Fastify and Hono run in vitest (examples/recipes.test.ts).
  run('node', ['scripts/framework-recipes.mjs'], { env });
  // Last: the reliability suite's short variant (docs/reliability.md), which fails on any
  // broken invariant (a lost or doubled message, a 5xx, a stuck flow, ...).
  run('node', ['bench/reliability/run.mjs', '--short'], { env });
  console.log('\nnpm test: every suite passed.');
}

await main();
process.exit(0);
