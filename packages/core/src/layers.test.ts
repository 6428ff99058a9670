// The folders of core import one way (ARCHITECTURE.md): contracts <- rules <- reference
// adapters <- services <- HTTP <- the composition root. Checked on every runtime import of
// every source file; `import type` is exempt, since contracts name each other's types and
// types cost nothing at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Lowest first. A file may import from its own layer or a lower one. */
const LAYERS: readonly (readonly string[])[] = [
  ['ports', 'methods', 'errors.ts', 'check-integer.ts'],
  [
    'account',
    'audit',
    'captcha',
    'contacts',
    'crypto',
    'limits',
    'messages',
    'outbox',
    'password',
    'policy',
    'questions',
    'schedule',
    'verification',
  ],
  ['memory'],
  ['admin', 'change', 'recovery', 'registration', 'reports'],
  // telemetry/ names routes by their templates, from http/.
  ['http', 'telemetry'],
  // testing/ builds whole engines for the suites (test-engine.ts), so it sits with the root.
  [
    'create-open-reset.ts',
    'index.ts',
    'locales.ts',
    'memory.ts',
    'question-texts.ts',
    'questions.ts',
    'testing',
    'testing.ts',
  ],
];
/** Services orchestrate; none may reach into another's folder. */
const SERVICES = new Set(LAYERS[3]);

/** The unit a file belongs to: its top folder, or its own name at the top of src. */
function unitOf(file: string): string {
  const [first = ''] = relative(SRC, file).split('/');
  return first;
}

function layerOf(unit: string): number {
  const index = LAYERS.findIndex((layer) => layer.includes(unit));
  if (index < 0) throw new Error(`${unit} is in no layer: add it to LAYERS`);
  return index;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource =
      entry.name.endsWith('.ts') && !/\.test\.ts$|-testbed\.ts$|-test-setup\.ts$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

/** Relative runtime imports and re-exports (`import type` and `export type` left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms;
  return [...text.matchAll(pattern)].map((match) =>
    normalize(join(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'))),
  );
}

describe('core layers', () => {
  it('has every source folder in a layer', () => {
    for (const file of sourceFiles(SRC)) expect(() => layerOf(unitOf(file)), file).not.toThrow();
  });

  it('imports only from its own layer or lower ones, and no service from another', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = unitOf(file);
      for (const target of runtimeImports(file)) {
        const to = unitOf(target);
        if (to === from) continue;
        const upward = layerOf(to) > layerOf(from);
        const sideways = SERVICES.has(from) && SERVICES.has(to);
        if (upward || sideways)
          violations.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('runs anywhere: no runtime import of a node: module or of OpenTelemetry (an optional peer)', () => {
    const pattern =
      /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'((?:node:|@opentelemetry\/)[^']*)'|import\(\s*'((?:node:|@opentelemetry\/)[^']*)'/gms;
    const found = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].map(
        (match) => `${relative(SRC, file)}: ${match[1] ?? match[2]}`,
      ),
    );
    expect(found).toEqual([]);
    expect("import { trace } from '@opentelemetry/api';".match(pattern)).not.toBeNull();
    expect("import type { Span } from '@opentelemetry/api';".match(pattern)).toBeNull();
  });

  it('would catch an upward import (the check can fail)', () => {
    expect(layerOf('recovery')).toBeGreaterThan(layerOf('policy'));
    expect(layerOf('http')).toBeGreaterThan(layerOf('recovery'));
    expect(
      runtimeImports(join(SRC, 'create-open-reset.ts')).some((path) => unitOf(path) === 'http'),
    ).toBe(true);
  });
});
