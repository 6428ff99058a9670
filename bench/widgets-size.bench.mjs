// Size of the standalone widget bundles: min+gzip bytes of each
// packages/widgets/dist/standalone/<tag>.js (already minified by the build; Lit included),
// and of each lazily loaded locale chunk. Writes bench/results/widgets-size.json.
// Target: <openreset-reset> with one locale (English, built in) under 20 kB gzip.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}packages/widgets/dist/standalone`;
const TARGET_BYTES = 20 * 1024;

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

const bundles = readdirSync(dir)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => ({
    tag: name.replace(/\.js$/, ''),
    file: `standalone/${name}`,
    ...measure(`${dir}/${name}`),
  }));
const chunks = readdirSync(`${dir}/chunks`)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => ({ file: `standalone/chunks/${name}`, ...measure(`${dir}/chunks/${name}`) }));

const reset = bundles.find((bundle) => bundle.tag === 'openreset-reset');
const result = {
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  targetGzipBytes: TARGET_BYTES,
  resetWithinTarget: reset !== undefined && reset.gzipBytes < TARGET_BYTES,
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
if (!result.resetWithinTarget) {
  console.error(`widgets-size: openreset-reset.js is over the ${kb(TARGET_BYTES)} kB gzip target`);
  process.exit(1);
}
