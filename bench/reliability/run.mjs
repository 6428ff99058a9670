#!/usr/bin/env node
// `npm run reliability`: the fault scenarios of docs/reliability.md, each in its own node
// process, one after the other. Each checks its invariants and exits 1 when one breaks; this
// runner then exits 1 too (after running the rest), so CI fails on a wrong figure.
//
//   npm run reliability                    every scenario, full length (the soak: 1 hour)
//   npm run reliability -- --short         the CI variant (a few minutes on 2 busy cores)
//   npm run reliability -- --only=soak,fuzz [--soak-minutes=60 --soak-rate=2 ...]
//
// Any `--name=value` reaches the scenarios as RELIABILITY_NAME (see each scenario's header).
// The scenarios are TypeScript over the sources (not dist/): esbuild bundles them first into
// node_modules/.cache/openreset-reliability, npm packages left external. PostgreSQL: the
// server of OPENRESET_TEST_POSTGRES_URL (npm test sets it), else one started here through
// scripts/services/postgres.mjs. Figures are merged into bench/results/reliability.json (a
// scenario not run keeps its last figures) and summarized in bench/results/reliability.md;
// a --short run writes reliability-short.json and .md instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = join(root, 'bench/reliability');
// One folder per run, so that a run (a long soak) survives another one started meanwhile.
const out = join(root, 'node_modules/.cache/openreset-reliability', String(process.pid));
const results = join(root, 'bench/results');

/** Every scenario, in the order they run. */
const SCENARIOS = ['fuzz', 'outage', 'crash', 'two-instances', 'db-restart', 'soak'];

const args = process.argv.slice(2);
const env = { ...process.env, RELIABILITY_SHORT: args.includes('--short') ? '1' : '0' };
let only = SCENARIOS;
for (const arg of args) {
  const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
  if (match === null) {
    console.error(`reliability: unknown argument ${arg}`);
    process.exit(2);
  }
  const [, name, value = '1'] = match;
  if (name === 'only') only = value.split(',');
  else if (name !== 'short') env[`RELIABILITY_${name.toUpperCase().replace(/-/g, '_')}`] = value;
}
const unknown = only.filter((name) => !SCENARIOS.includes(name));
if (unknown.length > 0) {
  console.error(
    `reliability: no scenario ${unknown.join(', ')} (there are ${SCENARIOS.join(', ')})`,
  );
  process.exit(2);
}

/**
 * `@openreset/core` and `@openreset/adapters` (and their subpaths) come from their sources;
 * other npm packages stay external (imported from the root node_modules at run time), except those
 * a workspace package has a copy of its own in its node_modules (core's zod 4 beside the
 * root's zod 3): those are bundled from there, as that package resolves them.
 */
const nestedDependenciesBundled = {
  name: 'nested-dependencies-bundled',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      // The workspace packages from source, as vitest.config.ts aliases them.
      const workspace = /^@openreset\/(core|adapters)(?:\/(.+))?$/.exec(args.path);
      if (workspace !== null) {
        return {
          path: join(root, 'packages', workspace[1], 'src', `${workspace[2] ?? 'index'}.ts`),
        };
      }
      const name = args.path.startsWith('@')
        ? args.path.split('/').slice(0, 2).join('/')
        : args.path.split('/')[0];
      const owner = /\/packages\/[^/]+\//.exec(args.importer)?.[0];
      const nested = owner === undefined ? null : join(root, owner, 'node_modules', name);
      return nested !== null && existsSync(nested) ? undefined : { external: true };
    });
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [...only, 'server', 'crash-child']
    .map((name) => join(here, `${name}.ts`))
    .filter((file) => existsSync(file)),
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [nestedDependenciesBundled],
  sourcemap: 'inline',
  logLevel: 'warning',
});

// Exit handlers (the PostgreSQL started below stops in one) run on Ctrl-C and kill too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// db-restart starts a server of its own (it stops and starts it).
const needsPostgres = only.some((name) => ['crash', 'two-instances'].includes(name));
if (needsPostgres && env.OPENRESET_TEST_POSTGRES_URL === undefined) {
  const { start } = await import('../../scripts/services/postgres.mjs');
  const run = (command, commandArgs, options = {}) => {
    const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
    if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
  };
  Object.assign(
    env,
    await start({
      run,
      aptInstall: (packages) => {
        run('apt-get', ['install', '-y', ...packages]);
        return true;
      },
      isRoot: process.getuid?.() === 0,
    }),
  );
}

mkdirSync(results, { recursive: true });
// The short (CI) variant has files of its own, so it never replaces the full run's figures.
const stem = env.RELIABILITY_SHORT === '1' ? 'reliability-short' : 'reliability';
const jsonFile = join(results, `${stem}.json`);
const reports = {};
const failed = [];
for (const name of only) {
  console.log(`\n# reliability: ${name}${env.RELIABILITY_SHORT === '1' ? ' (short)' : ''}`);
  const reportFile = join(out, `${name}.report.json`);
  const status = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', join(out, `${name}.mjs`)], {
      cwd: root,
      env: { ...env, RELIABILITY_OUT: reportFile },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  if (status !== 0 || report === null) failed.push(`${name} (exit ${status})`);
  if (report !== null) {
    reports[name] = {
      ...report,
      machine: { cpus: cpus().length, loadavg1: Number(loadavg()[0].toFixed(2)) },
    };
    for (const invariant of report.invariants) {
      console.log(`  ${invariant.ok ? 'ok    ' : 'BROKEN'} ${invariant.name}`);
    }
    console.log(`  figures: ${JSON.stringify(report.figures)}`);
  }
}

rmSync(out, { recursive: true, force: true });
// Read only now: another run may have written figures of other scenarios meanwhile.
const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : {};
Object.assign(reports, { ...previous.scenarios, ...reports });
const combined = {
  node: process.version,
  updatedAt: new Date().toISOString(),
  scenarios: Object.fromEntries(
    SCENARIOS.filter((name) => name in reports).map((n) => [n, reports[n]]),
  ),
};
writeFileSync(jsonFile, `${JSON.stringify(combined, null, 2)}\n`);
writeFileSync(join(results, `${stem}.md`), summary(combined));
console.log(`\nreliability: wrote ${jsonFile} and ${stem}.md`);
if (failed.length > 0) {
  console.error(`\nreliability: FAILED ${failed.join(', ')}`);
  process.exit(1);
}
console.log('reliability: every invariant held.');

/** The readable summary: per scenario, its mode, date, invariants and figures. */
function summary(data) {
  const lines = [
    '# Reliability results',
    '',
    `Written by \`npm run reliability\` (bench/reliability/run.mjs); see docs/reliability.md.`,
    `Node ${data.node}. Updated ${data.updatedAt}.`,
    '',
  ];
  for (const [name, report] of Object.entries(data.scenarios)) {
    const broken = report.invariants.filter((invariant) => !invariant.ok);
    lines.push(
      `## ${name}`,
      '',
      `${report.mode} run of ${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s, ` +
        `${report.machine.cpus} cores at load ${report.machine.loadavg1}: ` +
        (broken.length === 0
          ? `all ${report.invariants.length} invariants held.`
          : `${broken.length} of ${report.invariants.length} invariants BROKEN.`),
      '',
      '| figure | value |',
      '| --- | --- |',
      ...Object.entries(report.figures)
        .filter(([, value]) => typeof value !== 'object' || value === null)
        .map(([key, value]) => `| ${key} | ${value} |`),
      '',
      ...report.invariants.map((i) => `- ${i.ok ? 'held' : '**BROKEN**'}: ${i.name}`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
