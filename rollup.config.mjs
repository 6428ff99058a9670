// One Rollup config for every publishable package in the monorepo.
//
// To build a new package (or a new subpath of one), add a line to `packages`.
// Each entry name `x` becomes `dist/x.js` plus a bundled `dist/x.d.ts`; code shared
// between entries lands in `dist/chunks/`. An entry whose file does not exist yet is
// skipped with a notice, so a package can grow one subpath at a time.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

/** @type {{ dir: string, entries: Record<string, string>, tsconfig?: string, plugins?: () => import('rollup').Plugin[] }[]} */
const packages = [
  {
    dir: 'packages/core',
    entries: {
      index: 'src/index.ts',
      memory: 'src/memory.ts',
      testing: 'src/testing.ts',
      questions: 'src/questions.ts',
      locales: 'src/locales.ts',
      'question-texts': 'src/question-texts.ts',
    },
  },
  {
    dir: 'packages/adapters',
    entries: Object.fromEntries(
      [
        'sql',
        'sqlite',
        'postgres',
        'sql-directory',
        'smtp',
        'twilio',
        'webhook',
        'dev-outbox',
        'ldap',
        'node',
      ].map((name) => [name, `src/${name}.ts`]),
    ),
  },
  {
    dir: 'packages/server',
    entries: { index: 'src/index.ts', cli: 'src/cli.ts' },
  },
  {
    dir: 'packages/widgets',
    entries: {
      index: 'src/index.ts',
      client: 'src/client.ts',
      'openreset-reset': 'src/openreset-reset.ts',
      'openreset-link': 'src/openreset-link.ts',
      'openreset-change': 'src/openreset-change.ts',
      'openreset-register': 'src/openreset-register.ts',
      'openreset-admin': 'src/openreset-admin.ts',
      'openreset-activity': 'src/openreset-activity.ts',
      react: 'src/react.ts',
      // Types only (React 19 JSX and Vue GlobalComponents): empty modules with their .d.ts.
      jsx: 'src/jsx.ts',
      vue: 'src/vue.ts',
    },
    // After the ESM build: custom-elements.json (see widgetsManifest below).
    plugins: () => [widgetsManifest()],
  },
];

/**
 * Chunk file names: `chunks/<name>-<hash>.js`, except the predefined questions' texts of one
 * locale (core's `src/questions/locales/<locale>.ts`, loaded by `@openreset/core/question-texts`),
 * which are `chunks/question-texts-<locale>-<hash>.js` in core's build and in the standalone
 * widgets built from it (the size bench and the demo's test look for them by that name).
 * @param {import('rollup').PreRenderedChunk} chunk
 */
function chunkFileNames(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const locale =
    id.match(/\/questions\/locales\/([\w-]+)\.ts$/)?.[1] ??
    id.match(/\/question-texts-([\w-]+)-[\w-]{8}\.js$/)?.[1];
  return locale === undefined
    ? 'chunks/[name]-[hash].js'
    : `chunks/question-texts-${locale}-[hash].js`;
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Dependencies and peer dependencies (and their subpaths) stay imports; so do Node
 * built-ins, which scripts/no-node-imports.test.ts forbids in core.
 * @param {string} dir
 */
function externalFor(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  /** @param {string} id */
  return (id) =>
    nodeBuiltins.has(id) ||
    id.startsWith('node:') ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

/** @param {(typeof packages)[number]} pkg */
function configsFor(pkg) {
  const input = Object.fromEntries(
    Object.entries(pkg.entries).map(([name, file]) => [name, join(pkg.dir, file)]),
  );
  // An entry whose source does not exist yet is skipped, so a package can grow one subpath
  // at a time; check-pack refuses to publish a package whose exports point at missing files.
  for (const [name, file] of Object.entries(input)) {
    if (!existsSync(file)) {
      console.warn(`rollup: skipping ${file} (not written yet)`);
      delete input[name];
    }
  }
  if (Object.keys(input).length === 0) return [];
  const tsconfig = join(pkg.dir, pkg.tsconfig ?? 'tsconfig.json');
  const outDir = join(pkg.dir, 'dist');
  const external = externalFor(pkg.dir);
  // Packages declare `"sideEffects": false`: an import only kept for its side effects
  // (`import 'zod'`) is dead weight.
  const treeshake = { moduleSideEffects: 'no-external' };
  const output = {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames,
    sourcemap: true,
    hoistTransitiveImports: false,
  };
  return [
    {
      input,
      external,
      treeshake,
      output,
      plugins: [
        // Stale hashed chunks from an earlier build would otherwise be published.
        { name: 'clean-dist', buildStart: () => rmSync(outDir, { recursive: true, force: true }) },
        nodeResolve(),
        typescript({
          tsconfig,
          filterRoot: pkg.dir,
          include: ['src/**/*.ts'],
          exclude: ['**/*.test.ts'],
          // The package tsconfig serves `tsc -b`; the bundle needs plain JS only.
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          outDir,
          composite: false,
          incremental: false,
          // tsconfig maps @openreset/* to sources for `tsc -b`; a bundle imports the built package.
          paths: {},
          declaration: false,
          declarationMap: false,
          emitDeclarationOnly: false,
          sourceMap: true,
          noEmitOnError: true,
        }),
        ...(pkg.plugins?.() ?? []),
      ],
    },
    {
      input,
      external,
      treeshake,
      output: {
        ...output,
        entryFileNames: '[name].d.ts',
        chunkFileNames: 'chunks/[name]-[hash].d.ts',
        sourcemap: false,
      },
      plugins: [
        dts({
          tsconfig,
          compilerOptions: {
            composite: false,
            incremental: false,
            paths: {},
            emitDeclarationOnly: true,
            declarationMap: false,
          },
        }),
      ],
    },
  ];
}

/**
 * Writes packages/widgets/dist/custom-elements.json with the analyzer (config in
 * packages/widgets/custom-elements-manifest.config.mjs), once the widgets' ESM is built.
 * @returns {import('rollup').Plugin}
 */
function widgetsManifest() {
  return {
    name: 'widgets-custom-elements-manifest',
    writeBundle() {
      const result = spawnSync(
        process.execPath,
        [join(process.cwd(), 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'],
        { cwd: 'packages/widgets', stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (result.status !== 0) this.error('custom-elements-manifest analyze failed');
    },
  };
}

/**
 * The standalone widgets: one self-contained, minified module per element, Lit included, at
 * packages/widgets/dist/standalone/<tag>.js, for a `<script type="module">` drop-in. English
 * is built in; the other locales are chunks beside it, loaded on first use. Besides terser,
 * the HTML and CSS inside Lit's `html` and `css` templates are minified (Lit's own plugin:
 * white space collapsed, CSS by lightningcss), which terser leaves as written: 0.37 kB of the
 * reset's 15 kB gzip budget (issue 18). The npm build keeps the templates as written (an
 * app's bundler minifies them with the app).
 */
function widgetsStandalone() {
  const dir = 'packages/widgets';
  const outDir = join(dir, 'dist/standalone');
  return [
    'openreset-reset',
    'openreset-link',
    'openreset-change',
    'openreset-register',
    'openreset-admin',
    'openreset-activity',
  ]
    .filter((tag) => existsSync(join(dir, `src/${tag}.ts`)))
    .map((tag) => ({
      input: { [tag]: join(dir, `src/${tag}.ts`) },
      treeshake: { moduleSideEffects: 'no-external' },
      // A lazy chunk imports what it shares with the element (Lit, the base element) from the
      // element's own file, which exports it too: rollup would otherwise move the shared code
      // into a chunk of its own that the element imports statically, and the element would be
      // a facade rather than one self-contained file.
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: outDir,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames,
        sourcemap: false,
      },
      plugins: [
        // Before the TypeScript plugin: it reads the templates in the sources.
        minifyHtmlLiterals({ include: [`${dir}/src/**/*.ts`], failOnError: true }),
        nodeResolve({ browser: true }),
        typescript({
          tsconfig: join(dir, 'tsconfig.json'),
          filterRoot: dir,
          include: ['src/**/*.ts'],
          exclude: ['**/*.test.ts'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          outDir,
          composite: false,
          incremental: false,
          // tsconfig maps @openreset/* to sources for `tsc -b`; a bundle imports the built package.
          paths: {},
          declaration: false,
          declarationMap: false,
          emitDeclarationOnly: false,
          sourceMap: false,
          noEmitOnError: true,
        }),
        terser({ format: { comments: false } }),
      ],
    }));
}

const configs = [...packages.flatMap(configsFor), ...widgetsStandalone()];
if (configs.length === 0) {
  throw new Error('rollup: no package has all of its entry files yet; nothing to build');
}

export default configs;
