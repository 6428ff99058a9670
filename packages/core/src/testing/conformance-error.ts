/** Options for {@link ConformanceError}. */
export interface ConformanceErrorOptions {
  /** What the contract requires. */
  expected?: unknown;
  /** What the implementation did. */
  actual?: unknown;
  /** An error the implementation threw, if that was the failure. */
  cause?: unknown;
}

/**
 * Thrown by a conformance case when the implementation under test breaks its contract.
 * The message says what was expected and what happened; `expected` and `actual` hold the
 * values for a test runner's diff.
 */
export class ConformanceError extends Error {
  /** What the contract requires, when the check compared values. */
  readonly expected: unknown;
  /** What the implementation did, when the check compared values. */
  readonly actual: unknown;

  constructor(message: string, options: ConformanceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConformanceError';
    this.expected = options.expected;
    this.actual = options.actual;
  }
}
