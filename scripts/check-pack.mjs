#!/usr/bin/env node
// Packaging check: for every workspace package that is not private, lists what
// `npm pack` would publish and fails if a file is neither under dist/ nor one of
// README.md, LICENSE, package.json nor a `bin` command, or if a file named in `exports`
// is missing.
// Then it lints each package with publint (strict) and @arethetypeswrong/cli (profile
// `esm-only`: the packages are ESM only, so CommonJS resolutions are not checked).
// Run it after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const allowedTopLevel = new Set(['README.md', 'LICENSE', 'package.json']);

/** Every file path named by an `exports` map, without the leading `./`. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports.replace(/^\.\//, '')];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

function packedFiles(dir) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--workspace', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm pack --workspace ${dir} failed`);
  const [report] = JSON.parse(result.stdout);
  return report.files.map((file) => file.path);
}

/** publint's and attw's findings for one package directory, one line each. */
async function lint(dir) {
  const { messages, pkg } = await publint({ pkgDir: dir, strict: true });
  const found = messages.map((message) => `publint: ${formatMessage(message, pkg)}`);
  const attw = spawnSync(
    'npx',
    ['attw', '--pack', dir, '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
    { encoding: 'utf8' },
  );
  if (attw.status !== 0) found.push(`attw:\n${attw.stdout}${attw.stderr}`);
  return found;
}

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const dir of root.workspaces) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) {
    console.log(`${manifest.name}: private, not published`);
    continue;
  }
  const files = packedFiles(dir);
  // A command a package installs (`bin`) ships as written.
  const commands = new Set(
    Object.values(manifest.bin ?? {}).map((file) => file.replace(/^\.\//, '')),
  );
  for (const file of files) {
    if (!file.startsWith('dist/') && !allowedTopLevel.has(file) && !commands.has(file)) {
      problems.push(`${manifest.name}: would publish ${file}`);
    }
  }
  for (const target of exportTargets(manifest.exports)) {
    if (!files.includes(target)) problems.push(`${manifest.name}: exports ${target}, not packed`);
  }
  console.log(`${manifest.name}: ${files.length} files`);
  problems.push(...(await lint(dir)).map((problem) => `${manifest.name}: ${problem}`));
}

if (problems.length > 0) {
  console.error(`\ncheck-pack: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'check-pack: every published package contains only dist/, its commands, README.md, LICENSE; publint and attw find nothing.',
);
