// `cem analyze` reads this (rollup.config.mjs runs it after the widgets build):
// custom-elements.json from the element classes' JSDoc, written to dist/.
//
// The analyzer describes the sources (src/reset/openreset-reset.ts, ...), which are not
// published; `shippedPaths` rewrites the manifest so that every path in it names a file of
// the package: one module per public entry (dist/index.js, dist/openreset-reset.js, ...),
// each element described in the module of the entry that defines it.

import { readFileSync } from 'node:fs';

/** The sources of the package's entries, from package.json `exports` (`./dist/x.js` <- `src/x`). */
const entrySources = new Set(
  Object.values(JSON.parse(readFileSync('package.json', 'utf8')).exports).flatMap((target) => {
    const file = typeof target === 'string' ? target : target.default;
    const match = /^\.\/dist\/([^/]+)\.js$/.exec(file ?? '');
    return match ? [`src/${match[1]}`] : [];
  }),
);

/**
 * One name per source module, however the analyzer spells it: `src/reset/x.ts`,
 * `/src/reset/x.js` and (relative to src/, in a re-export) `./reset/x.js` are `src/reset/x`.
 */
function key(path) {
  const bare = path.replace(/\.(ts|js)$/, '');
  if (bare.startsWith('./')) return `src/${bare.slice(2)}`;
  return bare.replace(/^\//, '');
}

/** The published file of an entry source (`src/client.ts` to `dist/client.js`). */
const entryFile = (path) => `dist/${key(path).slice('src/'.length)}.js`;

/** A CEM analyzer plugin: see the comment above. */
function shippedPaths() {
  return {
    name: 'openreset-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const entries = modules.filter((module) => entrySources.has(key(module.path)));
      // Where each element class is defined: its declaring source -> its entry's file.
      const shipped = new Map(entries.map((entry) => [key(entry.path), entryFile(entry.path)]));
      for (const entry of entries) {
        for (const exported of entry.exports ?? []) {
          if (exported.kind === 'custom-element-definition') {
            shipped.set(key(exported.declaration.module), entryFile(entry.path));
          }
        }
      }
      const rewrite = (reference) => {
        if (reference?.module === undefined) return;
        const file = shipped.get(key(reference.module));
        if (file === undefined) delete reference.module;
        else reference.module = file;
      };
      const result = [];
      for (const entry of entries) {
        const declaring = modules.filter(
          (module) => module !== entry && shipped.get(key(module.path)) === entryFile(entry.path),
        );
        const declarations = [
          ...(entry.declarations ?? []),
          ...declaring.flatMap((module) => module.declarations ?? []),
        ];
        for (const declaration of declarations) {
          rewrite(declaration.superclass);
          for (const member of [
            ...(declaration.members ?? []),
            ...(declaration.attributes ?? []),
          ]) {
            rewrite(member.inheritedFrom);
          }
        }
        const exports = (entry.exports ?? []).map((exported) => {
          // An entry re-exporting a class it defines names its own file.
          if (declarations.some((declaration) => declaration.name === exported.name)) {
            return {
              ...exported,
              declaration: { name: exported.declaration.name, module: entryFile(entry.path) },
            };
          }
          const copy = { ...exported, declaration: { ...exported.declaration } };
          rewrite(copy.declaration);
          return copy;
        });
        result.push({ ...entry, path: entryFile(entry.path), declarations, exports });
      }
      customElementsManifest.modules = result;
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [shippedPaths()],
};
