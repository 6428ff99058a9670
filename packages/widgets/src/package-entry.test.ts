// `import '@openreset/widgets'` must register every element, through a bundler too.
//
// Bundlers drop a module imported only for its side effects unless the package's
// `sideEffects` list names it; the elements are defined by the `openreset-*` entry modules,
// so a list that misses them (or a build that drops their import from the root entry)
// leaves a page with no elements and no error. This test bundles the BUILT package the way
// an application does (esbuild, as Vite uses it, tree shaking on) and runs the bundle in
// headless Chromium. The elements it expects are the tags of the shipped manifest, so a new
// element has to be registered by the root entry too. Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '../..');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

/** Every tag the shipped custom-elements.json declares. */
function manifestTags(): string[] {
  const manifest = JSON.parse(
    readFileSync(join(packageDir, 'dist/custom-elements.json'), 'utf8'),
  ) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []))
    .sort();
}

/** Loads an HTML file in headless Chromium and returns the DOM after its scripts ran. */
function dumpDom(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chromium = spawn(chromePath, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(scratch, 'profile')}`,
      '--dump-dom',
      pathToFileURL(file).href,
    ]);
    let out = '';
    chromium.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    chromium.on('error', reject);
    chromium.on('close', (status) =>
      status === 0 ? resolve(out) : reject(new Error(`chromium exited with ${status}`)),
    );
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'openreset-entry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the widgets' custom-elements.json", () => {
  it('is named by package.json and names only files the package ships', () => {
    const manifestFile = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
      .customElements as string;
    expect(existsSync(join(packageDir, manifestFile)), manifestFile).toBe(true);
    const paths = new Set<string>();
    JSON.stringify(
      JSON.parse(readFileSync(join(packageDir, manifestFile), 'utf8')),
      (name, value) => {
        if ((name === 'path' || name === 'module') && typeof value === 'string') paths.add(value);
        return value;
      },
    );
    expect(paths.size).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path, path).toMatch(/^dist\//);
      expect(existsSync(join(packageDir, path)), path).toBe(true);
    }
  });
});

describe("each element's entry, as TypeScript sees the shipped .d.ts", () => {
  // A whole tsc run over lit's and the package's .d.ts: slow on a busy 2-core machine.
  it('types the element and its events in the DOM maps', { timeout: 300_000 }, () => {
    // Inside the repository, so `@openreset/widgets` resolves as in an application's node_modules.
    const project = mkdtempSync(join(repoRoot, '.types-check-'));
    try {
      const tags = manifestTags();
      for (const tag of tags) {
        writeFileSync(
          join(project, `${tag}.ts`),
          `import '@openreset/widgets/${tag}';\n` +
            `const element = document.createElement('${tag}');\n` +
            "element.addEventListener('openreset-error', (event) => console.log(event.detail.code.length));\n" +
            '// @ts-expect-error: not a field of the detail\n' +
            "element.addEventListener('openreset-error', (event) => console.log(event.detail.nope));\n",
        );
      }
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            lib: ['es2022', 'dom'],
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          include: ['*.ts'],
        }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project],
        {
          encoding: 'utf8',
        },
      );
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("the widgets' root entry, bundled by an application", () => {
  it('registers every element of the manifest', async () => {
    expect(existsSync(join(packageDir, 'dist/index.js')), 'run `npm run build` first').toBe(true);
    const tags = manifestTags();
    expect(tags).toContain('openreset-reset');

    const bundle = await build({
      stdin: { contents: "import '@openreset/widgets';", resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    // `</script>` inside the bundle would end the inline script early.
    const inline = code.replaceAll('</script', '<\\/script');
    const page = join(scratch, 'index.html');
    writeFileSync(
      page,
      `<!doctype html><html><body><script type="module">${inline}</script>` +
        '<script type="module">' +
        `document.body.dataset.defined = ${JSON.stringify(tags)}` +
        '.filter((tag) => customElements.get(tag)).join(",");</script></body></html>',
    );

    const dom = await dumpDom(page);
    const defined = dom.match(/data-defined="([^"]*)"/)?.[1];
    expect(defined?.split(',').filter(Boolean)).toEqual(tags);
  });
});

describe('@openreset/widgets/react, in a React 19 app bundled by esbuild', () => {
  it('renders the element, sets properties and maps its events to on* props', async () => {
    const app = `
      import { createElement } from 'react';
      import { flushSync } from 'react-dom';
      import { createRoot } from 'react-dom/client';
      import { OpenResetReset } from '@openreset/widgets/react';
      const seen = [];
      const root = createRoot(document.getElementById('app'));
      flushSync(() => root.render(createElement(OpenResetReset, {
        api: '/nowhere',
        orgName: 'Acme',
        onSuccess: (event) => seen.push('success:' + event.detail.intent),
        onBeforeSubmit: (event) => { seen.push('before'); event.preventDefault(); },
      })));
      const element = document.querySelector('openreset-reset');
      element.dispatchEvent(new CustomEvent('openreset-success', { detail: { intent: 'reset' }, bubbles: true, composed: true }));
      const allowed = element.dispatchEvent(new CustomEvent('openreset-before-submit', { detail: {}, bubbles: true, composed: true, cancelable: true }));
      document.body.dataset.result = JSON.stringify({
        upgraded: element instanceof customElements.get('openreset-reset'),
        orgName: element.orgName,
        seen,
        allowed,
      });
    `;
    const bundle = await build({
      stdin: { contents: app, resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const code = (bundle.outputFiles[0]?.text ?? '').replaceAll('</script', '<\\/script');
    const page = join(scratch, 'react.html');
    writeFileSync(
      page,
      `<!doctype html><html><body><div id="app"></div><script type="module">${code}</script></body></html>`,
    );
    const dom = await dumpDom(page);
    const result = dom.match(/data-result="([^"]*)"/)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(result ?? '{}')).toEqual({
      upgraded: true,
      orgName: 'Acme',
      seen: ['success:reset', 'before'],
      allowed: false,
    });
  });
});
