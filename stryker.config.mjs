// Mutation testing of the security-critical modules (issue 20): `npm run mutate`.
// One module at a time: `npm run mutate -- --mutate packages/core/src/verification/verify-proof.ts`.
// How to read the results and the list of equivalent mutants: docs/mutation-testing.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    // Core's tests only (no PostgreSQL, slapd or browser), see that file.
    configFile: 'vitest.mutation.config.mjs',
    // Run only the test files that import the mutated file, directly or not.
    related: true,
  },
  // Globs, not paths: modules move between folders of packages/core/src.
  mutate: [
    'packages/core/src/verification/*.ts',
    'packages/core/src/**/rate-limit.ts',
    'packages/core/src/**/address-block.ts',
    'packages/core/src/**/keyring.ts',
    'packages/core/src/password/*.ts',
    // Generated data (10000 passwords): every string mutant there is noise.
    '!packages/core/src/password/common-passwords.ts',
    'packages/core/src/recovery/*.ts',
    // Moved out of recovery/: contact confirmation and masking, answer normalization.
    'packages/core/src/contacts/*.ts',
    'packages/core/src/questions/normalize-answer.ts',
    'packages/core/src/**/registration-service.ts',
    // HTTP hardening: body reading, JWT checks, limits, error mapping, the handler.
    'packages/core/src/http/**/*.ts',
    '!packages/core/src/http/**/*test-setup*.ts',
    '!packages/core/src/http/openapi-document.ts',
    '!packages/core/src/**/*.test.ts',
    '!packages/core/src/**/*testbed*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Reuse results of mutants whose code and covering tests did not change. The file is
  // git-ignored with the reports: it changes on every run and with every test anyone
  // edits, so a committed copy would be stale or a merge conflict; CI can cache it.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two shared, busy cores: two sandboxes, and generous timeouts so a slow machine does
  // not turn surviving mutants into "timeouts" (which count as killed).
  concurrency: 2,
  timeoutFactor: 3,
  timeoutMS: 15_000,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  // The sandbox needs core, the root configs and node_modules (linked), not the rest:
  // other packages keep only their manifests and tsconfig (the root tsconfig names them).
  ignorePatterns: [
    // Anchored with a leading slash: a bare `reports` would also drop packages/core/src/reports.
    '/packages/widgets/src',
    '/packages/widgets/test',
    '/packages/adapters/src',
    '/packages/adapters/examples',
    '/examples',
    '/stories',
    '/bench',
    '/storybook-static',
    '/.openreset',
    '/coverage',
    '/reports',
    '**/dist',
    '**/.tsbuild',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
