/**
 * Every failure the engine reports on purpose carries one of these codes.
 * Callers `switch` on `error.code`; messages are for developers and may change.
 */
export const ErrorCode = {
  /** A policy failed validation; `issues` names every bad field. */
  InvalidPolicy: 'invalid_policy',
  /** The service exists in the API but a later release implements it. */
  NotImplemented: 'not_implemented',
  /** A compare-and-set write lost to a concurrent writer. */
  Conflict: 'conflict',
  /** A record with the same identity already exists. */
  AlreadyExists: 'already_exists',
  /** A paging cursor that the store did not issue (tampered with, or from elsewhere). */
  InvalidCursor: 'invalid_cursor',
} as const;

/** The union of {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Options for {@link OpenResetError}. */
export interface OpenResetErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The base class of every domain error thrown by OpenReset. Misuse of the API
 * (a wrong argument type) throws `TypeError` instead.
 *
 * @example
 * ```ts
 * try {
 *   parsePolicy(input);
 * } catch (error) {
 *   if (error instanceof OpenResetError && error.code === 'invalid_policy') {
 *     console.log(error.issues);
 *   }
 * }
 * ```
 */
export class OpenResetError<Code extends string = ErrorCode> extends Error {
  /** A stable, machine-readable code. */
  readonly code: Code;

  constructor(code: Code, message: string, options: OpenResetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OpenResetError';
    this.code = code;
  }
}

/** One problem found in a policy: where it is, and zod's issue code and limits. */
export interface PolicyIssue {
  /** Dotted path of the bad field, e.g. `"questions.toAnswer"`; `""` for the root. */
  path: string;
  /** The kind of problem, e.g. `too_small`, `too_big`, `invalid_type`, `invalid_value`, `custom`. */
  code: string;
  /** A lower bound that was not met, when there is one. */
  minimum?: number;
  /** An upper bound that was exceeded, when there is one. */
  maximum?: number;
  /** Our own reason for cross-field rules (`custom` issues), e.g. `"answer_exceeds_register"`. */
  reason?: string;
}

/** Thrown by `parsePolicy` when the input is not a valid policy. */
export class InvalidPolicyError extends OpenResetError<'invalid_policy'> {
  /** Every problem found, not just the first. */
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    super(
      ErrorCode.InvalidPolicy,
      `Invalid policy: ${issues.map((issue) => `${issue.path || '(root)'} (${issue.code})`).join(', ')}`,
    );
    this.name = 'InvalidPolicyError';
    this.issues = issues;
  }
}
