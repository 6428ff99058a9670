// Test service: a throwaway PostgreSQL server for the adapter tests (see scripts/test.mjs).
//
// It uses Debian's PostgreSQL (installing the `postgresql` package as root when no server is
// found), creates a fresh cluster in a temporary folder, starts it on a free port on 127.0.0.1
// with trust authentication, creates the database `openreset_test`, and returns its URL as
// OPENRESET_TEST_POSTGRES_URL. initdb and pg_ctl refuse to run as root, so as root they run as
// the `postgres` user (runuser). The server stops and its folder is removed when npm test exits.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { freePort } from '../lib/process-helpers.mjs';

const DATABASE = 'openreset_test';

/** The bin folder of the newest PostgreSQL under /usr/lib/postgresql, or null. */
function findBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

/** The uid and gid of a system user, via `id`. */
function userIds(name) {
  const id = (flag) => {
    const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`there is no ${name} user (${result.stderr.trim()})`);
    return Number(result.stdout.trim());
  };
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * `stop()` and `start()` (pg_ctl, waiting) of each server this process started, by its URL:
 * the reliability suite restarts one under load (bench/reliability/db-restart.ts).
 * @type {Map<string, { stop: () => void, start: () => void }>}
 */
export const controls = new Map();

/** Runs a command to completion; throws with its stderr when it fails. */
function runChecked(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
}

/**
 * Starts PostgreSQL and returns `{ OPENRESET_TEST_POSTGRES_URL }`.
 * @param {{ run: (command: string, args: string[], options?: object) => void, aptInstall: (packages: string[]) => boolean, isRoot: boolean }} helpers
 */
export async function start({ run, aptInstall, isRoot }) {
  let bin = findBinaries();
  if (bin === null && isRoot) {
    console.log('PostgreSQL not found under /usr/lib/postgresql; installing the Debian package.');
    aptInstall(['postgresql']);
    bin = findBinaries();
  }
  if (bin === null) {
    throw new Error(
      'PostgreSQL is required for the storage tests and was not found under /usr/lib/postgresql. ' +
        'Install it (as root: apt-get install postgresql), or run npm test as root to install it.',
    );
  }

  const folder = mkdtempSync(join(tmpdir(), 'openreset-postgres-'));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'server.log');
  // As root, the server runs as `postgres`, which must own the folder.
  const asServerUser = (command, args) =>
    isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  if (isRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(folder, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');

  let started = false;
  process.on('exit', () => {
    if (started) {
      const [command, args] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']);
      spawnSync(command, args, { stdio: 'ignore' });
    }
    rmSync(folder, { recursive: true, force: true });
  });

  run(
    ...asServerUser(join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]),
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const serverOptions = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${folder}'`,
    '-c fsync=off',
    '-c max_connections=200',
  ].join(' ');
  run(...asServerUser(pgCtl, ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', 'start']));
  started = true;
  run(join(bin, 'psql'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-q',
    '-c',
    `create database ${DATABASE}`,
  ]);
  const version = spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout;
  console.log(`PostgreSQL (${version.trim()}) listening on 127.0.0.1:${port}`);
  const url = `postgres://postgres@127.0.0.1:${port}/${DATABASE}`;
  controls.set(url, {
    stop: () => runChecked(...asServerUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop'])),
    start: () =>
      runChecked(
        ...asServerUser(pgCtl, ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', 'start']),
      ),
  });
  return { OPENRESET_TEST_POSTGRES_URL: url };
}
