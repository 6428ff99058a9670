// Fuzz: N generated requests per route (full 10,000, short 500; --fuzz-runs) against the
// fetch handler, in process, with the generators of packages/core/src/http/http-fuzz.test.ts
// (http-fuzz-arbitraries.ts): mostly the route's own method with a body close to its schema,
// sometimes anything, with hostile query strings and headers. Invariants: no 5xx at all, every
// error is JSON with a code, every response says `cache-control: no-store`.
import fc from 'fast-check';
import { fuzzArbitraries } from '../../packages/core/src/http/http-fuzz-arbitraries.js';
import { ROUTES } from '../../packages/core/src/http/http-routes.js';
import { createTestApi, ORIGIN } from '../../packages/core/src/http/http-test-setup.js';
import { option, SHORT, scenario } from './lib.js';

const run = scenario('fuzz');
const RUNS = option('fuzz-runs', SHORT ? 500 : 10_000);
const BASE = '/api';

const api = createTestApi({
  policy: {
    methods: ['mobileSms', 'mobileVoice', 'email', 'securityQuestions'],
    questions: { predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'] },
  },
  // No response floor: the fuzz looks for faults and malformed answers, not timing, and the
  // floor would add its 5 ms to each of the many /reset* requests.
  http: {
    basePath: BASE,
    trustProxy: 1,
    allowedOrigins: ['https://app.example.com'],
    minResponseMs: 0,
  },
});
const tokens: string[] = [];
for (const identifier of ['alice', 'erin', 'admin', 'nobody@example.com']) {
  tokens.push((await api.engine.recovery.start({ identifier })).flowToken);
}
await api.engine.recovery.challenge({
  flowToken: tokens[0] ?? '',
  methodId: 'm1',
  confirm: '+31612345678',
});
const { requestFor, query, headers } = fuzzArbitraries(BASE, tokens);

const perRoute: Record<string, { requests: number; statuses: Record<number, number> }> = {};
const failures: string[] = [];
let total = 0;
let errors5xx = 0;
const started = performance.now();
for (const [name, route] of Object.entries(ROUTES)) {
  const statuses: Record<number, number> = {};
  const samples = fc.sample(fc.tuple(requestFor(route), query, headers), {
    numRuns: RUNS,
    seed: 17,
  });
  for (const [[method, path, body], q, h] of samples) {
    const canHaveBody = method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
    const { 'content-length': _, ...rest } = h;
    const response = await api.handler(
      new Request(`${ORIGIN}${path}${q}`, {
        method,
        headers: rest,
        ...(canHaveBody && body !== undefined ? { body } : {}),
      }),
    );
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    total += 1;
    const text = await response.text();
    let bad: string | undefined;
    if (response.status >= 500) {
      errors5xx += 1;
      bad = `${response.status}`;
    } else if (response.headers.get('cache-control') !== 'no-store') bad = 'no no-store';
    else if (response.status >= 400) {
      try {
        if (typeof (JSON.parse(text) as { error?: { code?: unknown } }).error?.code !== 'string')
          bad = 'no code';
      } catch {
        bad = 'not JSON';
      }
    }
    if (bad !== undefined && failures.length < 20)
      failures.push(`${name} ${method} ${path}${q}: ${bad}`);
    else if (bad !== undefined) failures.push('');
  }
  perRoute[name] = { requests: samples.length, statuses };
}

const served = Object.values(perRoute).reduce((sum, r) => sum + (r.statuses[200] ?? 0), 0);
Object.assign(run.figures, {
  routes: Object.keys(perRoute).length,
  requestsPerRoute: RUNS,
  requests: total,
  errors5xx,
  answered200: served,
  seconds: Math.round((performance.now() - started) / 1000),
  perRoute,
  failureExamples: failures.filter((f) => f !== '').slice(0, 20),
});
run.check(
  `${RUNS} requests per route, every route`,
  Object.values(perRoute).every((r) => r.requests === RUNS),
);
run.check('0 5xx', errors5xx === 0, errors5xx);
run.check(
  'every error JSON with a code, every answer no-store',
  failures.length === 0,
  failures.slice(0, 5),
);
// The run reached the services, not only the refusals in front of them.
run.check('the services were reached (over 1 % answered 200)', served > total / 100, served);
run.finish();
