// Builds the API reference with TypeDoc (after `tsc -b`) (typedoc.json: every package's public entries, into
// docs/api/) and fails on any TypeDoc error or warning (a broken link, a link to something the
// reference leaves out, an unused @param, ...): typedoc.json has treatWarningsAsErrors, and this
// script counts them too, so the reference in CI never points nowhere. Each package's
// tsconfig.typedoc.json compiles it against the other packages' sources (not their .tsbuild
// declarations), so a link from one package to another's export lands on that export's page.
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
const problems = output.split('\n').filter((line) => /\[error\]|\[warning\]/.test(line));
if (result.status !== 0 || problems.length > 0) {
  console.error(
    `\ncheck-docs: TypeDoc exited ${result.status}; ${problems.length} errors or warnings`,
  );
  process.exit(1);
}
console.log('check-docs: API reference built in docs/api (no errors, no warnings)');
