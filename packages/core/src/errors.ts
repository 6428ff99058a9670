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
  /**
   * The storage could not be reached (a database restart, a failover, a network cut):
   * nothing was written by the failed call; retry in a few seconds. HTTP 503 with
   * `Retry-After`. Storage adapters throw it for connection failures.
   */
  Unavailable: 'unavailable',
} as const;

/** The union of {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Options for {@link OpenResetError}. */
export interface OpenResetErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Where an OpenReset error keeps the names of its classes, so that `instanceof` recognizes
 * it even when it comes from another copy of the package (a bundled copy beside the one in
 * `node_modules`, or two versions an adapter and the engine each resolved). A registered
 * symbol: every copy sees the same one.
 */
const BRANDS: unique symbol = Symbol.for('@openreset/core.error-brands') as never;

/**
 * The base class of every domain error thrown by OpenReset. Misuse of the API
 * (a wrong argument type) throws `TypeError` instead.
 *
 * `instanceof` works across copies of the package: each class has a `brand` (its name),
 * every error carries the brands of its classes, and `instanceof` compares those rather
 * than prototypes. A subclass without a `brand` of its own is checked by prototype.
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
  /** The name `instanceof` knows this class by, in every copy of the package. */
  static readonly brand: string = 'OpenResetError';

  /** A stable, machine-readable code. */
  readonly code: Code;
  declare readonly [BRANDS]: readonly string[];

  constructor(code: Code, message: string, options: OpenResetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OpenResetError';
    this.code = code;
    const brands: string[] = [];
    for (let type: unknown = new.target; type !== Error; type = Object.getPrototypeOf(type)) {
      if (typeof type !== 'function') break;
      if (Object.hasOwn(type, 'brand')) brands.push((type as typeof OpenResetError).brand);
    }
    Object.defineProperty(this, BRANDS, { value: Object.freeze(brands) });
  }

  /** Whether `value` is an error of this class (or a subclass), from any copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class asked about (a subclass inherits this method), named once.
    // biome-ignore lint/complexity/noThisInStatic: see above
    // biome-ignore lint/complexity/noUselessThisAlias: see above
    const type: typeof OpenResetError = this;
    if (!Object.hasOwn(type, 'brand')) {
      return Function.prototype[Symbol.hasInstance].call(type, value);
    }
    if (typeof value !== 'object' || value === null) return false;
    const brands = (value as { [BRANDS]?: unknown })[BRANDS];
    return Array.isArray(brands) && brands.includes(type.brand);
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
  static override readonly brand: string = 'InvalidPolicyError';
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
