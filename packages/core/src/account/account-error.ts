import { OpenResetError } from '../errors.js';
import type { PasswordIssue } from '../password/password-issue.js';
import type { DirectoryErrorCode } from '../ports/directory.js';

/**
 * Why a signed-in user's request (registration of recovery methods, password change) was
 * refused. Switch on `code`.
 */
export const AccountErrorCode = {
  /** The input has the wrong shape. */
  InvalidRequest: 'invalid_request',
  /** The change needs a recent sign-in or the current password. */
  ReauthenticationRequired: 'reauthentication_required',
  /** The directory does not know the user. */
  UserNotFound: 'user_not_found',
  /** The policy does not enable this kind of method, or users may not set it. */
  MethodNotAllowed: 'method_not_allowed',
  /** Not a valid E.164 phone number or email address. */
  InvalidValue: 'invalid_value',
  /**
   * The phone number's country calling code is not in the policy's
   * `limits.phoneCountryCallingCodes`: no code is sent there, as in recovery.
   */
  CountryNotAllowed: 'country_not_allowed',
  /** No such registered method. */
  MethodNotFound: 'method_not_found',
  /** Removing it would leave fewer methods than the policy requires. */
  BelowMinimum: 'below_minimum',
  /** The security answers break the rules; `answerIssues` says how. */
  InvalidAnswers: 'invalid_answers',
  /** No code was sent for this value, or it was replaced; or the authenticator app's code is wrong. */
  InvalidCode: 'invalid_code',
  /** The passkey could not be verified (another site's, no user verification, a stale challenge). */
  InvalidCredential: 'invalid_credential',
  /** A passkey or authenticator app needs a name of 1-64 characters without control characters. */
  InvalidName: 'invalid_name',
  /** The user already has the most passkeys (10) or authenticator apps (5) allowed. */
  TooManyMethods: 'too_many_methods',
  /** The code expired; ask for a new one. */
  CodeExpired: 'code_expired',
  /**
   * Too many wrong codes for this kind of method in the last hour; `retryAfterSeconds` says
   * when a code is looked at again. The code was not checked.
   */
  TooManyAttempts: 'too_many_attempts',
  /** A limit was hit; `retryAfterSeconds` says when to try again. */
  RateLimited: 'rate_limited',
  /** The current password is wrong. */
  IncorrectPassword: 'incorrect_password',
  /** The new password breaks the policy; `issues` lists why. */
  PasswordRejected: 'password_rejected',
  /** The directory refused or failed; `directoryCode` says how. */
  DirectoryError: 'directory_error',
  /** A concurrent request changed the data first; reload and try again. */
  Conflict: 'conflict',
  /** "Remind me later" was used as often as the policy's `registrationReminder` allows. */
  PostponeLimit: 'postpone_limit',
  /** The sign-in check asks for nothing that can be postponed (an expired password). */
  NotPostponable: 'not_postponable',
} as const;

/** The union of {@link AccountErrorCode} values. */
export type AccountErrorCode = (typeof AccountErrorCode)[keyof typeof AccountErrorCode];

/** A problem with one security answer. */
export interface AnswerIssue {
  /** The question the answer is for. */
  questionId: string;
  code:
    | 'unknown_question'
    | 'duplicate_question'
    | 'too_short'
    | 'too_long'
    | 'duplicate_answer'
    | 'contains_question'
    | 'contains_name';
}

/** Extra, code-specific fields of an {@link AccountError}. */
export interface AccountErrorDetails {
  retryAfterSeconds?: number;
  issues?: readonly PasswordIssue[];
  answerIssues?: readonly AnswerIssue[];
  directoryCode?: DirectoryErrorCode;
  cause?: unknown;
}

/** A refused registration or change request. */
export class AccountError extends OpenResetError<AccountErrorCode> {
  static override readonly brand: string = 'AccountError';
  readonly retryAfterSeconds?: number;
  readonly issues?: readonly PasswordIssue[];
  readonly answerIssues?: readonly AnswerIssue[];
  readonly directoryCode?: DirectoryErrorCode;

  constructor(code: AccountErrorCode, message: string, details: AccountErrorDetails = {}) {
    super(code, message, details.cause === undefined ? {} : { cause: details.cause });
    this.name = 'AccountError';
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.answerIssues !== undefined) this.answerIssues = details.answerIssues;
    if (details.directoryCode !== undefined) this.directoryCode = details.directoryCode;
  }
}
