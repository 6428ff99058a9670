// Times checkPassword (built package, default policy) against one default PBKDF2 hash.
// Usage: node bench/check-password.bench.mjs (or npm run bench). Writes bench/results/check-password.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkPassword, createPbkdf2Hasher, parsePolicy } from '../packages/core/dist/index.js';

const loadAverageAtStart = loadavg();
const policy = parsePolicy({});
// The longest policy the schema allows (maxLength 1024 code points), for the worst cases.
const longest = parsePolicy({ password: { maxLength: 1024 } });
const PBKDF2_ITERATIONS = 600_000; // createPbkdf2Hasher's default
const TARGET_MS = 1500; // timed run per case
const WARMUP_MS = 300;
const MIN_ITERATIONS = 1000; // so that p99 is not simply one of the slowest few calls
const MIN_ITERATIONS_1024 = 100; // the 1024-character cases take up to 20 ms of CPU each
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

/** The CPU time the process used since `since` (every thread: V8's helpers too), in ms. */
const processCpuMs = (since) => {
  const cpu = process.cpuUsage(since);
  return (cpu.user + cpu.system) / 1000;
};

// A fresh process: one call, timed (not counting the import of the module). `--decode` is an
// empty password without the breach check: the call then does little but decode the bundled
// common passwords' trie, so its time is the decode's.
if (process.argv[2] === '--first-call' || process.argv[2] === '--decode') {
  const decodeOnly = process.argv[2] === '--decode';
  const rules = decodeOnly ? parsePolicy({ password: { checkBreached: false } }) : policy;
  const password = decodeOnly ? '' : CASES[0].password;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await check(password, rules);
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, cpuMs: processCpuMs(cpuStart), issues: issueCodes(result) }));
  process.exit(0);
}

// Every garbage collection of this process, as [start, end] on performance.now()'s clock.
const collections = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    collections.push([entry.startTime, entry.startTime + entry.duration]);
  }
}).observe({ entryTypes: ['gc'] });

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
 * wall-clock times, and the CPU time the process spent in each (`process.cpuUsage`, every
 * thread), which a busy machine's preemptions do not add to. A call during which a garbage
 * collection ran is counted in `gcCalls`, and `cpuP99WithoutGcMs` is the CPU p99 of the
 * others: the tail that is the check's own work. (The main thread's own CPU time is not
 * used: Linux updates `/proc/thread-self/schedstat` only at each 4 ms scheduler tick.)
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
  const spans = new Array(iterations);
  collections.length = 0;
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    const end = performance.now();
    cpuSamples[i] = processCpuMs(cpuStart);
    samples[i] = end - start;
    spans[i] = [start, end];
  }
  // The observer hears of the last collections on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const collected = spans.map(([start, end]) =>
    collections.some(([from, to]) => from < end && to > start),
  );
  const cpu = summarize(cpuSamples);
  const withoutGc = cpuSamples.filter((_, i) => !collected[i]);
  return {
    iterations,
    ...summarize(samples),
    cpuMedianMs: cpu.medianMs,
    cpuP99Ms: cpu.p99Ms,
    gcCalls: collected.filter(Boolean).length,
    cpuP99WithoutGcMs: withoutGc.length > 0 ? summarize(withoutGc).p99Ms : null,
  };
}

const script = fileURLToPath(import.meta.url);
/** COLD_RUNS fresh processes, one call each (`--first-call` or `--decode`), summarized. */
function coldCase(name, flag, length) {
  const runs = Array.from({ length: COLD_RUNS }, () =>
    JSON.parse(execFileSync(process.execPath, [script, flag], { encoding: 'utf8' })),
  );
  const cpu = summarize(runs.map((run) => run.cpuMs));
  return {
    name,
    length,
    iterations: COLD_RUNS,
    ...summarize(runs.map((run) => run.ms)),
    cpuMedianMs: cpu.medianMs,
    cpuP99Ms: cpu.p99Ms,
    issues: runs[0].issues,
  };
}
const cases = [
  coldCase('first-call (cold)', '--first-call', CASES[0].password.length),
  coldCase('decode (cold)', '--decode', 0),
];
for (const { name, password, rules } of CASES) {
  const result = await check(password, rules);
  const minIterations = rules === undefined ? MIN_ITERATIONS : MIN_ITERATIONS_1024;
  cases.push({
    name,
    length: [...password].length,
    ...(await measure(() => check(password, rules), minIterations)),
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
        'cpu median': fmt(c.cpuMedianMs),
        'cpu p99': fmt(c.cpuP99Ms),
        'gc calls': c.gcCalls ?? '-',
        'cpu p99 no gc': c.cpuP99WithoutGcMs == null ? '-' : fmt(c.cpuP99WithoutGcMs),
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
  loadAverageAtStart,
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
