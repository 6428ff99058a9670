#!/usr/bin/env node
// `npm start` runs this first: it builds the packages (`npm run build`) only when a build
// output is missing or older than what it is built from, so a second start is immediate.
// `npm run build` still builds unconditionally.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Files at the repository root that change every package's build. */
const ROOT_INPUTS = ['rollup.config.mjs', 'tsconfig.base.json', 'package-lock.json'];

/** Whether a file under a package's `src/` goes into its build (tests and stories do not). */
const isBuildInput = (name) => !/\.(test|stories)\.[cm]?[jt]sx?$/.test(name);

/** Every file under `dir` (recursively) with its mtime; none when `dir` is missing. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, mtimeMs: statSync(path).mtimeMs };
    });
}

/** The newest of `files`, or `undefined`. */
const newestOf = (files) =>
  files.reduce(
    (newest, file) => (newest === undefined || file.mtimeMs > newest.mtimeMs ? file : newest),
    undefined,
  );

/**
 * Decides whether the build under `root` (a checkout of this repository) is stale.
 *
 * Inputs: every package's `src/` (tests and stories left out), its `package.json`,
 * `tsconfig*.json` and `*.config.mjs`, and the root's Rollup config, base tsconfig and
 * lockfile. Outputs: every package's `dist/`, and the widgets' `dist/standalone/` the demo
 * serves. Each output folder is as old as its newest file (the build empties it first); the
 * build is stale when one is missing or empty, or an input is newer than the oldest of them.
 *
 * @param {string} root the repository root
 * @returns {{ isStale: boolean, reason: string }}
 *
 * @example
 * ```js
 * const { isStale, reason } = checkBuild(process.cwd());
 * ```
 */
export function checkBuild(root) {
  const packagesDir = join(root, 'packages');
  const packages = existsSync(packagesDir)
    ? readdirSync(packagesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'src')))
        .map((entry) => join(packagesDir, entry.name))
    : [];
  if (packages.length === 0) return { isStale: true, reason: 'no package sources found' };

  const inputs = ROOT_INPUTS.map((name) => join(root, name))
    .filter((path) => existsSync(path))
    .map((path) => ({ path, mtimeMs: statSync(path).mtimeMs }));
  const outputs = [];
  for (const dir of packages) {
    inputs.push(...filesUnder(join(dir, 'src')).filter((file) => isBuildInput(file.path)));
    for (const name of readdirSync(dir)) {
      if (name === 'package.json' || /^tsconfig.*\.json$|\.config\.mjs$/.test(name)) {
        inputs.push({ path: join(dir, name), mtimeMs: statSync(join(dir, name)).mtimeMs });
      }
    }
    outputs.push(join(dir, 'dist'));
    if (existsSync(join(dir, 'src', 'openreset-reset.ts'))) {
      outputs.push(join(dir, 'dist', 'standalone'));
    }
  }

  let oldestOutput;
  for (const dir of outputs) {
    const newest = newestOf(filesUnder(dir));
    if (newest === undefined) {
      return { isStale: true, reason: `${relative(root, dir)} is missing or empty` };
    }
    if (oldestOutput === undefined || newest.mtimeMs < oldestOutput.mtimeMs) oldestOutput = newest;
  }
  const newestInput = newestOf(inputs);
  if (newestInput !== undefined && newestInput.mtimeMs > oldestOutput.mtimeMs) {
    return {
      isStale: true,
      reason: `${relative(root, newestInput.path)} is newer than ${relative(root, oldestOutput.path)}`,
    };
  }
  return { isStale: false, reason: 'every build output is newer than its sources' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { isStale, reason } = checkBuild(root);
  if (!isStale) {
    console.log(`Build up to date (${reason}); \`npm run build\` rebuilds anyway.`);
  } else {
    console.log(`Building: ${reason}.`);
    // Under `npm start`, the npm that runs it; else the one on PATH.
    const npm = process.env.npm_execpath;
    const result = npm?.endsWith('.js')
      ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.error !== undefined) throw result.error;
    process.exit(result.status ?? 1);
  }
}
