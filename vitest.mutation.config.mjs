// The vitest configuration Stryker runs (`npm run mutate`, see docs/mutation-testing.md):
// the root configuration narrowed to core's own tests, which need no services, so a
// mutation run starts neither PostgreSQL nor slapd nor a browser.
import base from './vitest.config.ts';

// Not `mergeConfig`: it concatenates arrays, so `include` kept the root's
// `packages/*/src/**`, `examples/**` and `scripts/**` globs instead of narrowing to core
// (in the work tree `vitest related -c` this file then ran adapters' PostgreSQL tests; in
// the sandbox, scripts/ tests). The test options are replaced here.
export default {
  ...base,
  test: {
    ...base.test,
    include: ['packages/core/src/**/*.test.ts'],
    exclude: [
      ...base.test.exclude,
      // The HTTP fuzz test sends 10000 random requests (about 12 s) and checks only that
      // nothing answers 500; it covers nearly every mutant and kills almost none, so it
      // would multiply the run time without changing the score.
      'packages/core/src/http/http-fuzz.test.ts',
      // The chi-squared test over a thousand accounts (6-10 s, the slowest core suite) would
      // run for every mutant of the contact and decoy code each recovery start calls;
      // decoy-account, account-contacts and recovery-methods have unit tests instead. Scores
      // of the files it covers are therefore lower bounds.
      'packages/core/src/recovery/decoy-distribution.test.ts',
    ],
  },
};
