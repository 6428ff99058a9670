// Static guard for "core imports nothing from node:". It reads the built files, so
// run it after `npm run build` (scripts/test.mjs does); a missing dist is a failure.
// Tests (`*.test.ts`) run in Node under vitest and are never shipped, so they may use
// Node (e.g. node:crypto as an oracle independent of the code under test).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const coreDir = join(root, 'packages/core');
const builtins = new Set(builtinModules);

/** Files under `dir` (recursively) whose names end with `suffix`; none if `dir` is absent. */
function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name))
    .sort();
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier);
}

/** Every Node import in `file`, as `path:line: reason`. */
function findNodeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const where = (offset: number) =>
    `${relative(root, file)}:${text.slice(0, offset).split('\n').length}`;
  const offenders: string[] = [];
  for (const pattern of [/from\s*'node:/g, /from\s*"node:/g, /\brequire\s*\(/g]) {
    for (const match of text.matchAll(pattern)) {
      offenders.push(`${where(match.index)}: ${match[0]}`);
    }
  }
  // The TypeScript pre-processor finds static, dynamic and require() specifiers, and
  // skips comments, so bare built-ins (`'fs'`, `'crypto'`) are caught exactly.
  const { importedFiles } = ts.preProcessFile(text, true, true);
  for (const { fileName, pos } of importedFiles) {
    if (isNodeBuiltin(fileName)) offenders.push(`${where(pos)}: imports '${fileName}'`);
  }
  return [...new Set(offenders)];
}

describe('@openreset/core imports nothing from Node', () => {
  it('has been built before this check runs', () => {
    expect(existsSync(join(coreDir, 'dist/index.js')), 'run `npm run build` first').toBe(true);
  });

  it('ships JavaScript without Node built-ins or require()', () => {
    const files = listFiles(join(coreDir, 'dist'), '.js');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(findNodeImports)).toEqual([]);
  });

  it('has TypeScript sources without Node built-ins or require()', () => {
    const files = listFiles(join(coreDir, 'src'), '.ts').filter((f) => !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(findNodeImports)).toEqual([]);
  });
});
