import { OpenResetError } from '../errors.js';
import type { PasswordIssue } from '../password/password-issue.js';
import type { DirectoryErrorCode } from '../ports/directory.js';
import type { FlowView } from './flow-view.js';

/**
 * Why a recovery step was refused. Unknown and ineligible accounts get the very same codes
 * as real ones (a decoy flow), so none of these reveals whether an account exists, unless
 * the policy opts into `detailedErrors` (then `not_eligible` says why).
 */
export const RecoveryErrorCode = {
  /** Input of the wrong shape (an empty identifier, a code with letters). */
  InvalidRequest: 'invalid_request',
  /** The captcha token was missing or refused. */
  CaptchaFailed: 'captcha_failed',
  /** Only with `detailedErrors`: this account cannot use self-service; `reason` says why. */
  NotEligible: 'not_eligible',
  /** No flow has this token (never had, or finished and removed). */
  FlowNotFound: 'flow_not_found',
  /** The flow's 15 minutes (policy) ran out. */
  FlowExpired: 'flow_expired',
  /** This step does not fit the flow's state (e.g. verifying before a challenge). */
  InvalidState: 'invalid_state',
  /** The flow offers no method with this id. */
  MethodNotFound: 'method_not_found',
  /** The method, or another reaching the same phone or address, already passed a gate. */
  MethodAlreadyUsed: 'method_already_used',
  /** A phone or email method needs the full number or address the hint stands for. */
  ConfirmRequired: 'confirm_required',
  /** A send or start limit was hit; `retryAfterSeconds` says when to try again. */
  RateLimited: 'rate_limited',
  /** The code is wrong or was already used. */
  InvalidCode: 'invalid_code',
  /** The code expired; ask for a new one. */
  CodeExpired: 'code_expired',
  /** The code was tried too often; ask for a new one. */
  TooManyAttempts: 'too_many_attempts',
  /** At least one answer is wrong; `flow` carries a new set of questions. */
  InvalidAnswers: 'invalid_answers',
  /** The passkey assertion did not verify (another site's, another account's, no user verification). */
  InvalidCredential: 'invalid_credential',
  /**
   * The next gate must be one of the methods in the flow's `nextGate` (the account has a
   * passkey or authenticator app, or an admin must use a passkey).
   */
  StrongMethodRequired: 'strong_method_required',
  /** Too many failed proofs: self-service is blocked for this account for a while. */
  Blocked: 'blocked',
  /** A reset needs `newPassword`. */
  PasswordRequired: 'password_required',
  /** The new password breaks the policy; `issues` lists why. The flow stays open for another try. */
  PasswordRejected: 'password_rejected',
  /** The directory refused or failed; `directoryCode` says how. The flow stays open for a retry. */
  DirectoryError: 'directory_error',
  /** A concurrent request changed the flow first; reload and try again. */
  Conflict: 'conflict',
} as const;

/** The union of {@link RecoveryErrorCode} values. */
export type RecoveryErrorCode = (typeof RecoveryErrorCode)[keyof typeof RecoveryErrorCode];

/** Extra, code-specific fields of a {@link RecoveryError}. */
export interface RecoveryErrorDetails {
  /** For `rate_limited` and `blocked`: seconds until a retry can succeed. */
  retryAfterSeconds?: number;
  /** For `password_rejected`. */
  issues?: readonly PasswordIssue[];
  /** For `directory_error`. */
  directoryCode?: DirectoryErrorCode;
  /** For `not_eligible` (only with `detailedErrors`): `not_found`, `disabled`, `not_registered`, ... */
  reason?: string;
  /**
   * For `invalid_code`, `invalid_answers` and `invalid_credential`: how many more failed
   * proofs the account may make before self-service is blocked (1 or more; the failure that
   * spends the last one answers `blocked`). The same for a decoy as for a real account.
   */
  attemptsLeft?: number;
  /** The flow as it is now, when the step changed it (a new set of questions). */
  flow?: FlowView;
  /** The underlying error. */
  cause?: unknown;
}

/** A refused recovery step. Switch on `code`. */
export class RecoveryError extends OpenResetError<RecoveryErrorCode> {
  static override readonly brand: string = 'RecoveryError';
  readonly retryAfterSeconds?: number;
  readonly issues?: readonly PasswordIssue[];
  readonly directoryCode?: DirectoryErrorCode;
  readonly reason?: string;
  readonly attemptsLeft?: number;
  readonly flow?: FlowView;

  constructor(code: RecoveryErrorCode, message: string, details: RecoveryErrorDetails = {}) {
    super(code, message, details.cause === undefined ? {} : { cause: details.cause });
    this.name = 'RecoveryError';
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.directoryCode !== undefined) this.directoryCode = details.directoryCode;
    if (details.reason !== undefined) this.reason = details.reason;
    if (details.attemptsLeft !== undefined) this.attemptsLeft = details.attemptsLeft;
    if (details.flow !== undefined) this.flow = details.flow;
  }
}

/** Throws a {@link RecoveryError}: the one way recovery refuses a step. */
export function fail(
  code: RecoveryErrorCode,
  message: string,
  details: RecoveryErrorDetails = {},
): never {
  throw new RecoveryError(code, message, details);
}
