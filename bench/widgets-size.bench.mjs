// Size of the standalone widget bundles: min+gzip bytes of each
// packages/widgets/dist/standalone/<tag>.js (already minified by the build; Lit included),
// and of each lazily loaded chunk: the locales, the question texts (a chunk per locale), the
// WebAuthn client (@simplewebauthn/browser), the QR encoder (uqr), the ALTCHA solver and the
// reset's later steps (the new-password fields and the passkey ceremony). Writes
// bench/results/widgets-size.json. Fails when the question texts are not one chunk per locale.
// Target: <openreset-reset> with one locale (English, built in) at or under 15 kB gzip
// (15,360 B, issue 18); each other locale is a chunk of its own and does not count.
// Fails too when the WebAuthn client, the QR encoder, the ALTCHA solver or the reset's later
// steps is not a chunk of its own, when a bundle imports one of them statically (they must load
// only when their step is near), or when
// a bundle imports any chunk statically (it must stay one self-contained file), or when the
// reset element's module graph (dist/openreset-reset.js and every chunk it imports, lazily
// too, read from their source maps) holds a module of the admin elements.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LOCALES } from '../packages/core/dist/locales.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}packages/widgets/dist/standalone`;
const TARGET_BYTES = 15 * 1024;
/** Chunks that must stay lazy: a bundle may load them with `import()` only. */
const LAZY_ONLY = ['webauthn', 'qr-matrix', 'altcha-solver', 'later-steps'];

if (!existsSync(dir)) {
  console.error('widgets-size: run `npm run build` first (no packages/widgets/dist/standalone)');
  process.exit(1);
}

/** @param {string} file */
function measure(file) {
  const source = readFileSync(file);
  return {
    minBytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    brotliBytes: brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** The chunk's name without its hash: `webauthn` for `webauthn-C8EjxPCI.js`. */
const chunkName = (file) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');

/** The chunks a minified module imports: statically (`from"./chunks/x.js"`) and with `import()`. */
function importsOf(file) {
  const source = readFileSync(file, 'utf8');
  const found = (pattern) => [
    ...new Set([...source.matchAll(pattern)].map((m) => chunkName(m[1]))),
  ];
  return {
    staticImports: found(/(?:from|import)\s*["'](?:\.\/)?(?:chunks\/)?([\w.-]+\.js)["']/g),
    lazyImports: found(/import\(\s*["'](?:\.\/)?(?:chunks\/)?([\w.-]+\.js)["']\s*\)/g),
  };
}

const bundles = readdirSync(dir)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => ({
    tag: name.replace(/\.js$/, ''),
    file: `standalone/${name}`,
    ...measure(`${dir}/${name}`),
    ...importsOf(`${dir}/${name}`),
  }));
const chunks = readdirSync(`${dir}/chunks`)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => ({
    name: chunkName(name),
    file: `standalone/chunks/${name}`,
    ...measure(`${dir}/chunks/${name}`),
  }));

const problems = [];
// A standalone file is one self-contained module: a static import means rollup turned it
// into a facade over a shared chunk (as when a lazy chunk imports the element's own code).
for (const bundle of bundles) {
  if (bundle.staticImports.length > 0) {
    problems.push(
      `${bundle.file} is not self-contained: it imports ${bundle.staticImports.join(', ')}`,
    );
  }
}
for (const name of LAZY_ONLY) {
  if (!chunks.some((chunk) => chunk.name === name)) {
    problems.push(`no ${name} chunk: it was bundled into an element instead of split out`);
  }
  for (const bundle of bundles) {
    if (bundle.staticImports.includes(name)) {
      problems.push(`${bundle.file} imports the ${name} chunk statically`);
    }
  }
}

/** Folders of the admin elements' modules, which the reset element must never load. */
const ADMIN_ONLY = ['src/admin/', 'src/activity/'];

/**
 * Every source module in the graph of a built ESM file: the file, each chunk it imports
 * (statically or with `import()`), transitively, by the `sources` of their source maps.
 */
function sourcesOfGraph(entry) {
  const seen = new Set();
  const sources = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const source of JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources) {
      sources.add(source);
    }
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[\w./-]+\.js)["']/g)) {
      visit(new URL(match[1], `file://${file}`).pathname);
    }
  };
  visit(entry);
  return [...sources];
}

const resetSources = sourcesOfGraph(`${root}packages/widgets/dist/openreset-reset.js`);
if (resetSources.length === 0)
  problems.push('dist/openreset-reset.js or its source map is missing');
for (const source of resetSources) {
  if (ADMIN_ONLY.some((folder) => source.includes(folder))) {
    problems.push(`the reset element's module graph holds ${source}`);
  }
}
const reset = bundles.find((bundle) => bundle.tag === 'openreset-reset');
// The standalone reset bundle and its lazy chunks never name the admin elements' tags.
const resetFiles = [
  ...(reset === undefined ? [] : [`${dir}/openreset-reset.js`]),
  ...(reset?.lazyImports ?? []).flatMap((lazy) =>
    chunks
      .filter((chunk) => chunk.name === lazy)
      .map((chunk) => `${root}packages/widgets/dist/${chunk.file}`),
  ),
];
for (const file of resetFiles) {
  for (const tag of ['openreset-admin', 'openreset-activity']) {
    if (readFileSync(file, 'utf8').includes(tag)) problems.push(`${file} names ${tag}`);
  }
}
// The predefined question texts: a chunk per locale (`question-texts-<locale>`), none with all.
const questionChunks = chunks.filter((chunk) => chunk.name.startsWith('question-texts-'));
if (questionChunks.length !== LOCALES.length) {
  problems.push(
    `${questionChunks.length} question-text chunks, not one per locale (${LOCALES.length})`,
  );
}
if (chunks.some((chunk) => chunk.name === 'question-texts')) {
  problems.push('a question-texts chunk holds every locale');
}
const questionGzip = questionChunks.map((chunk) => chunk.gzipBytes);

const result = {
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  targetGzipBytes: TARGET_BYTES,
  resetWithinTarget: reset !== undefined && reset.gzipBytes <= TARGET_BYTES,
  // Modules of the reset element's ESM graph (the admin elements' must not be among them).
  resetModuleCount: resetSources.length,
  // What a page downloads for a passkey reset: the element, then the WebAuthn client.
  resetWithPasskeyGzipBytes:
    (reset?.gzipBytes ?? 0) + (chunks.find((chunk) => chunk.name === 'webauthn')?.gzipBytes ?? 0),
  // What a page downloads for the question texts of its locale: one chunk of these.
  questionTextsPerLocale: {
    chunks: questionChunks.length,
    minGzipBytes: Math.min(...questionGzip),
    maxGzipBytes: Math.max(...questionGzip),
    gzipBytes: Object.fromEntries(
      questionChunks.map((chunk) => [chunk.name.slice('question-texts-'.length), chunk.gzipBytes]),
    ),
  },
  bundles,
  chunks,
};
writeFileSync(`${root}bench/results/widgets-size.json`, `${JSON.stringify(result, null, 2)}\n`);

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('| File | min kB | min+gzip kB | min+brotli kB |');
console.log('| --- | ---: | ---: | ---: |');
for (const entry of [...bundles, ...chunks]) {
  console.log(
    `| ${entry.file} | ${kb(entry.minBytes)} | ${kb(entry.gzipBytes)} | ${kb(entry.brotliBytes)} |`,
  );
}
for (const bundle of bundles) {
  console.log(`${bundle.file} loads lazily: ${bundle.lazyImports.join(', ') || 'nothing'}`);
}
console.log(
  `openreset-reset.js + the WebAuthn chunk: ${kb(result.resetWithPasskeyGzipBytes)} kB gzip`,
);
console.log(
  `question texts: ${questionChunks.length} chunks, one locale each, ${kb(result.questionTextsPerLocale.minGzipBytes)} to ${kb(result.questionTextsPerLocale.maxGzipBytes)} kB gzip`,
);
if (!result.resetWithinTarget) {
  problems.push(`openreset-reset.js is over the ${kb(TARGET_BYTES)} kB gzip target`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`widgets-size: ${problem}`);
  process.exit(1);
}
