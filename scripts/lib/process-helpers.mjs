// What the test services (scripts/services: postgres.mjs, slapd.mjs, samba.mjs) share: a free port, a checked
// command, and a server child process tied to this process's life.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import net from 'node:net';
import process from 'node:process';

/** A TCP port that nobody listened on at 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a command to completion and returns its stdout; throws with its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} [input] written to its stdin
 */
export function exec(command, args, input) {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/**
 * Ties a server child process to this process: when this process exits, or a signal ends it
 * ('exit' does not run then), the child gets SIGTERM and its data folder `dir` is removed.
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} dir
 * @returns {() => boolean} whether the child still runs (to fail start-up waits early)
 */
export function superviseChild(child, dir) {
  let alive = true;
  child.once('exit', () => {
    alive = false;
  });
  const stop = () => {
    if (alive) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
  return () => alive;
}
