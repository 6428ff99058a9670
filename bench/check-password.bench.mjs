// Times checkPassword (built package, default policy) against one default PBKDF2 hash.
// Usage: node bench/check-password.bench.mjs (or npm run bench). Writes bench/results/check-password.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkPassword, createPbkdf2Hasher, parsePolicy } from '../packages/core/dist/index.js';

const policy = parsePolicy({});
// The longest policy the schema allows (maxLength 1024 code points), for the worst cases.
const longest = parsePolicy({ password: { maxLength: 1024 } });
const PBKDF2_ITERATIONS = 600_000; // createPbkdf2Hasher's default
const TARGET_MS = 1500; // timed run per case
const WARMUP_MS = 300;
const MIN_ITERATIONS = 100; // so that p99 is not simply the slowest call
const COLD_RUNS = 9; // fresh processes for the first call

const LONG_TEXT =
  'Copper kettles whistled softly while seven sleepy otters drifted past the old lighthouse, ' +
  'and a tired baker counted forty-two loaves before the morning ferry left the misty harbour; ' +
  'nobody noticed the purple umbrella floating calmly down the river towards the sea at dawn!';
const CASES = [
  { name: 'passphrase-16', password: 'tidal-ferns-wink' },
  {
    name: 'passphrase-64',
    password: 'Seven sleepy otters drifted past the old lighthouse before dawn!',
  },
  { name: 'passphrase-256', password: LONG_TEXT.slice(0, policy.password.maxLength) },
  {
    name: 'passphrase-1024',
    password: `${LONG_TEXT} `.repeat(4).slice(0, longest.password.maxLength),
    rules: longest,
  },
  {
    // The slowest 1024-character input found: every window is within one edit of several
    // bundled passwords (1111, 111111, 1111111a, ...), about 20,000 finds.
    name: 'repeated-1-1024',
    password: '1'.repeat(longest.password.maxLength),
    rules: longest,
  },
  { name: 'common', password: 'Password1234' },
];

const check = (password, rules = policy) => checkPassword(password, {}, rules);
const issueCodes = (result) => result.issues.map((issue) => issue.code);

if (process.argv[2] === '--first-call') {
  // A fresh process: this call builds the lazy indexes of the bundled common passwords.
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await check(CASES[0].password);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  console.log(
    JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, issues: issueCodes(result) }),
  );
  process.exit(0);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = percentile(sorted, 50);
  return {
    medianMs,
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    opsPerSecond: 1000 / medianMs,
  };
}

/**
 * Warms `fn` up for WARMUP_MS, then times enough single calls to last about TARGET_MS: their
 * wall-clock times, and the CPU time the process spent in each (`process.cpuUsage`), which a
 * busy machine's preemptions do not add to.
 */
async function measure(fn, minIterations) {
  let calls = 0;
  const warmStart = performance.now();
  do {
    await fn();
    calls++;
  } while (performance.now() - warmStart < WARMUP_MS);
  const estimate = (performance.now() - warmStart) / calls;
  const iterations = Math.max(minIterations, Math.ceil(TARGET_MS / estimate));
  const samples = new Array(iterations);
  const cpuSamples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    samples[i] = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    cpuSamples[i] = (cpu.user + cpu.system) / 1000;
  }
  const cpu = summarize(cpuSamples);
  return { iterations, ...summarize(samples), cpuMedianMs: cpu.medianMs, cpuP99Ms: cpu.p99Ms };
}

const script = fileURLToPath(import.meta.url);
const cold = Array.from({ length: COLD_RUNS }, () =>
  JSON.parse(execFileSync(process.execPath, [script, '--first-call'], { encoding: 'utf8' })),
);
const cases = [
  {
    name: 'first-call (cold)',
    length: CASES[0].password.length,
    iterations: COLD_RUNS,
    ...summarize(cold.map((run) => run.ms)),
    cpuMedianMs: summarize(cold.map((run) => run.cpuMs)).medianMs,
    cpuP99Ms: summarize(cold.map((run) => run.cpuMs)).p99Ms,
    issues: cold[0].issues,
  },
];
for (const { name, password, rules } of CASES) {
  const result = await check(password, rules);
  cases.push({
    name,
    length: [...password].length,
    ...(await measure(() => check(password, rules), MIN_ITERATIONS)),
    issues: issueCodes(result),
  });
}

const hasher = createPbkdf2Hasher();
const timed = await measure(() => hasher.hash(CASES[0].password), 5);
const pbkdf2 = {
  iterations: PBKDF2_ITERATIONS,
  runs: timed.iterations,
  medianMs: timed.medianMs,
  p95Ms: timed.p95Ms,
};
const ratios = Object.fromEntries(cases.map((c) => [c.name, c.medianMs / pbkdf2.medianMs]));

const fmt = (n, digits = 3) => n.toFixed(digits);
console.table(
  Object.fromEntries(
    cases.map((c) => [
      c.name,
      {
        length: c.length,
        iterations: c.iterations,
        'median ms': fmt(c.medianMs),
        'p95 ms': fmt(c.p95Ms),
        'p99 ms': fmt(c.p99Ms),
        'cpu median': c.cpuMedianMs === undefined ? '-' : fmt(c.cpuMedianMs),
        'cpu p99': c.cpuP99Ms === undefined ? '-' : fmt(c.cpuP99Ms),
        'ops/s': Math.round(c.opsPerSecond),
        'vs PBKDF2': `${fmt(ratios[c.name] * 100, 2)} %`,
        issues: c.issues.join(',') || 'none',
      },
    ]),
  ),
);
console.log(
  `PBKDF2-SHA256 hash, ${PBKDF2_ITERATIONS} iterations: median ${fmt(pbkdf2.medianMs, 1)} ms, ` +
    `p95 ${fmt(pbkdf2.p95Ms, 1)} ms (${pbkdf2.runs} runs)`,
);

const results = {
  node: process.version,
  loadAverage: loadavg(),
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  policy: 'parsePolicy({}) (defaults, bundled breach list)',
  cases,
  pbkdf2,
  ratios,
};
const dir = fileURLToPath(new URL('results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}check-password.json.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${dir}check-password.json.tmp`, `${dir}check-password.json`);
console.log('Wrote bench/results/check-password.json');
