import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Workspace packages whose public subpaths tests import from source, not from dist. */
const workspacePackages = ['packages/core', 'packages/adapters', 'packages/widgets'];

interface Manifest {
  name: string;
  exports?: Record<string, string | { default?: string }>;
}

/**
 * One exact-match alias per export subpath (`@openreset/core`, `@openreset/core/memory`,
 * ...), derived from package.json `exports` by mapping `./dist/x.js` to `./src/x.ts`.
 * Anchored patterns keep the bare name from swallowing its subpaths.
 */
function sourceAliases(dir: string): { find: RegExp; replacement: string }[] {
  const root = fileURLToPath(new URL(`${dir}/`, import.meta.url));
  const manifestPath = `${root}package.json`;
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    const match = file?.match(/^\.\/dist\/(.+)\.js$/);
    if (!match) return [];
    const source = `${root}src/${match[1]}.ts`;
    const specifier = `${manifest.name}${subpath.slice(1)}`;
    return [
      {
        find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
        replacement: source,
      },
    ];
  });
}

export default defineConfig({
  resolve: {
    alias: workspacePackages.flatMap(sourceAliases),
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globals: false,
    // CI runs on two busy cores: a test that starts databases or processes can take far
    // longer than vitest's 5 s default without anything being wrong. Hangs still fail.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
