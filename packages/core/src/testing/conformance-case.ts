/**
 * One check of a conformance suite, independent of any test framework. Turn a suite into
 * tests with `for (const c of suite) it(c.name, c.run)` (vitest, jest, node:test, mocha).
 */
export interface ConformanceCase {
  /** What the case proves, as a sentence; unique within its suite. */
  name: string;
  /** Runs the case; MUST reject with a `ConformanceError` when the implementation fails it. */
  run(): Promise<void>;
}
