// Builds the API reference with TypeDoc (after `tsc -b`) (typedoc.json: every package's public entries, into
// docs/api/) and fails on any TypeDoc error or broken link ("Failed to resolve link"), so the
// reference in CI never points nowhere. Other warnings (a type named in a signature but not
// exported by that entry) are printed and left for later.
// Usage: node scripts/check-docs.mjs (npm run docs)
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { stripVTControlCharacters } from 'node:util';

// TypeDoc compiles each package through its tsconfig, whose project references need the
// referenced packages' declarations (.tsbuild/): on a fresh checkout, `tsc -b` makes them.
const built = spawnSync('npx', ['tsc', '-b'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.error(`check-docs: tsc -b exited ${built.status}; fix the type errors first`);
  process.exit(1);
}

const result = spawnSync('npx', ['typedoc'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
process.stdout.write(output);
const broken = output.split('\n').filter((line) => /\[error\]|Failed to resolve link/.test(line));
if (result.status !== 0 || broken.length > 0) {
  console.error(
    `\ncheck-docs: TypeDoc exited ${result.status}; ${broken.length} errors or broken links`,
  );
  process.exit(1);
}
const warnings = output.split('\n').filter((line) => line.includes('[warning]')).length;
console.log(`check-docs: API reference built in docs/api (${warnings} warnings, no broken links)`);
