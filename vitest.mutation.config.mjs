// The vitest configuration Stryker runs (`npm run mutate`, see docs/mutation-testing.md):
// the root configuration narrowed to core's own tests, which need no services, so a
// mutation run starts neither PostgreSQL nor slapd nor a browser.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['packages/core/src/**/*.test.ts'],
      // The HTTP fuzz test sends 10000 random requests (about 12 s) and checks only that
      // nothing answers 500; it covers nearly every mutant and kills almost none, so it
      // would multiply the run time without changing the score.
      exclude: ['packages/core/src/http/http-fuzz.test.ts'],
    },
  }),
);
