// Runs every bench/*.bench.mjs in turn, each in its own node process; builds first if needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
    .status === 0;

if (!existsSync(`${root}packages/core/dist/index.js`) && !run('npm', ['run', 'build'])) {
  process.exit(1);
}

const benches = readdirSync(`${root}bench`)
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort();
const failed = benches.filter((name) => {
  console.log(`\n# ${name}`);
  return !run(process.execPath, [`bench/${name}`]);
});
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
