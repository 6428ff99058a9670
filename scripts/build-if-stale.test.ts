import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuild } from './build-if-stale.mjs';

// A checkout in a temp folder, each file written at a given time (seconds after an epoch).
let root: string;
const EPOCH = new Date('2026-01-01T00:00:00Z').getTime() / 1000;

function write(path: string, at: number) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, EPOCH + at, EPOCH + at);
}

/** Sources at time 1, a build at time 2. */
function builtCheckout() {
  write('rollup.config.mjs', 1);
  write('package-lock.json', 1);
  write('packages/core/package.json', 1);
  write('packages/core/src/index.ts', 1);
  write('packages/core/src/password/policy.ts', 1);
  write('packages/widgets/src/openreset-reset.ts', 1);
  write('packages/core/dist/index.js', 2);
  write('packages/widgets/dist/index.js', 2);
  write('packages/widgets/dist/standalone/openreset-reset.js', 2);
  write('packages/widgets/dist/standalone/chunks/nl-abc.js', 2);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'openreset-build-check-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkBuild', () => {
  it('finds a fresh checkout stale: nothing is built yet', () => {
    write('rollup.config.mjs', 1);
    write('packages/core/src/index.ts', 1);
    expect(checkBuild(root)).toEqual({
      isStale: true,
      reason: 'packages/core/dist is missing or empty',
    });
  });

  it('finds a build newer than every source fresh', () => {
    builtCheckout();
    expect(checkBuild(root).isStale).toBe(false);
  });

  it('finds it stale when a source deep in src changed after the build', () => {
    builtCheckout();
    write('packages/core/src/password/policy.ts', 3);
    expect(checkBuild(root)).toEqual({
      isStale: true,
      reason: 'packages/core/src/password/policy.ts is newer than packages/core/dist/index.js',
    });
  });

  it('finds it stale when the Rollup config, a package.json or the lockfile changed', () => {
    for (const path of ['rollup.config.mjs', 'packages/core/package.json', 'package-lock.json']) {
      builtCheckout();
      write(path, 3);
      expect(checkBuild(root).isStale, path).toBe(true);
    }
  });

  it('finds it stale when one output is older than a source, though another is newer', () => {
    builtCheckout();
    write('packages/core/src/index.ts', 3);
    write('packages/core/dist/index.js', 4);
    expect(checkBuild(root).isStale).toBe(true);
  });

  it('finds it stale when the widgets’ standalone folder is missing or empty', () => {
    builtCheckout();
    rmSync(join(root, 'packages/widgets/dist/standalone'), { recursive: true });
    expect(checkBuild(root)).toEqual({
      isStale: true,
      reason: 'packages/widgets/dist/standalone is missing or empty',
    });
    mkdirSync(join(root, 'packages/widgets/dist/standalone'));
    expect(checkBuild(root).isStale).toBe(true);
  });

  it('ignores tests and stories: they are not built', () => {
    builtCheckout();
    write('packages/core/src/password/policy.test.ts', 3);
    write('packages/widgets/src/openreset-reset.stories.ts', 3);
    expect(checkBuild(root).isStale).toBe(false);
  });
});
