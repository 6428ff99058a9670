// Helpers of the scripts that install the PACKED packages into scratch projects outside the
// workspace (tarball-install.mjs, framework-recipes.mjs). Node.js only.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs a command to its end; throws with its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} [env]
 */
export function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status ?? result.signal}\n` +
        `${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/**
 * The version of `name` the root lockfile installed, so the scratch projects test what CI tests.
 * @param {string} name
 */
export function installedVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Packs the named workspaces (`packages/core`, ...) into `destination` (built first: run
 * `npm run build`) and returns the path of a tarball by its file name's start
 * (`openreset-core-`).
 * @param {string[]} workspaces
 * @param {string} destination
 * @returns {(prefix: string) => string}
 */
export function packWorkspaces(workspaces, destination) {
  run(
    'npm',
    [
      'pack',
      ...workspaces.flatMap((workspace) => ['--workspace', workspace]),
      '--pack-destination',
      destination,
    ],
    root,
  );
  return (prefix) => {
    const file = readdirSync(destination).find((name) => name.startsWith(prefix));
    if (!file) throw new Error(`no tarball ${prefix}*.tgz in ${destination}`);
    return join(destination, file);
  };
}
