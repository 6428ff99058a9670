import { AccountError, type AccountErrorCode } from '../account/account-error.js';
import { type ErrorCode, InvalidPolicyError, OpenResetError } from '../errors.js';
import { DirectoryError, type DirectoryErrorCode } from '../ports/directory.js';
import { RecoveryError, type RecoveryErrorCode } from '../recovery/recovery-error.js';
import { HttpError, HttpErrorCode } from './http-error.js';

/**
 * The HTTP status of every {@link RecoveryErrorCode}. Domain refusals are 422; a test keeps
 * this table complete. `directory_error` is refined by {@link directoryStatus}.
 */
export const RECOVERY_ERROR_STATUS: Readonly<Record<RecoveryErrorCode, number>> = {
  invalid_request: 400,
  captcha_failed: 422,
  not_eligible: 422,
  flow_not_found: 404,
  flow_expired: 410,
  invalid_state: 409,
  method_not_found: 422,
  method_already_used: 409,
  confirm_required: 422,
  rate_limited: 429,
  invalid_code: 422,
  code_expired: 422,
  too_many_attempts: 422,
  invalid_answers: 422,
  invalid_credential: 422,
  strong_method_required: 409,
  blocked: 429,
  password_required: 422,
  password_rejected: 422,
  directory_error: 502,
  conflict: 409,
};

/** The HTTP status of every {@link AccountErrorCode}; a test keeps this table complete. */
export const ACCOUNT_ERROR_STATUS: Readonly<Record<AccountErrorCode, number>> = {
  invalid_request: 400,
  reauthentication_required: 403,
  user_not_found: 404,
  method_not_allowed: 422,
  invalid_value: 422,
  country_not_allowed: 422,
  method_not_found: 404,
  below_minimum: 409,
  invalid_answers: 422,
  invalid_code: 422,
  invalid_credential: 422,
  invalid_name: 422,
  too_many_methods: 409,
  code_expired: 422,
  too_many_attempts: 422,
  rate_limited: 429,
  incorrect_password: 422,
  password_rejected: 422,
  directory_error: 502,
  conflict: 409,
  postpone_limit: 409,
  not_postponable: 409,
};

/** The HTTP status of every engine-wide {@link ErrorCode}. */
export const ENGINE_ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_policy: 400,
  not_implemented: 501,
  conflict: 409,
  already_exists: 409,
  invalid_cursor: 400,
  unavailable: 503,
};

/** The `Retry-After` of a storage that could not be reached: a restart takes seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * A directory failure as HTTP: the directory's own password rules refusing a password is the
 * user's to fix (422); an outage is 503; anything else the directory did wrong is 502.
 */
export function directoryStatus(code: DirectoryErrorCode | undefined): number {
  if (code === 'password_policy') return 422;
  if (code === 'unavailable' || code === undefined) return 503;
  return 502;
}

/** A JSON error body, `{ error: { code, ... } }`. */
export interface ErrorBody {
  error: { code: string } & Record<string, unknown>;
}

/** An error turned into a response's parts. */
export interface ErrorResponseParts {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

/**
 * Maps any thrown value to a status and body. Known codes keep their public fields
 * (`issues`, `retryAfterSeconds`, `directoryCode`, `reason`, `attemptsLeft`, `flow`,
 * `answerIssues`); anything else is `500 internal` with no details (no message, no stack).
 */
export function toErrorResponse(error: unknown): ErrorResponseParts {
  if (error instanceof HttpError) {
    return parts(error.status, error.code, error.headers, {
      issues: error.issues,
      retryAfterSeconds: error.retryAfterSeconds,
    });
  }
  if (error instanceof RecoveryError) return refusal(error, RECOVERY_ERROR_STATUS);
  if (error instanceof AccountError) return refusal(error, ACCOUNT_ERROR_STATUS);
  if (error instanceof DirectoryError) {
    // A service let a directory failure through unwrapped: still the directory's fault.
    return parts(directoryStatus(error.code), 'directory_error', {}, { directoryCode: error.code });
  }
  if (error instanceof InvalidPolicyError) {
    return parts(400, error.code, {}, { issues: error.issues });
  }
  if (error instanceof OpenResetError) {
    const status = ENGINE_ERROR_STATUS[error.code as ErrorCode];
    const retryAfterSeconds = status === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined;
    if (status !== undefined) return parts(status, error.code, {}, { retryAfterSeconds });
  }
  return parts(500, HttpErrorCode.Internal, {}, {});
}

/** The public fields a service's refusal carries in its body, in this order (when set). */
const REFUSAL_FIELDS = [
  'retryAfterSeconds',
  'issues',
  'answerIssues',
  'directoryCode',
  'reason',
  'attemptsLeft',
  'flow',
] as const;

/**
 * A service's refusal ({@link RecoveryError} or {@link AccountError}) as HTTP: the status its
 * service's table gives its code (`directory_error` refined by {@link directoryStatus}) and
 * its public fields; a code missing from the table is `500 internal` with no details.
 */
function refusal(
  error: RecoveryError | AccountError,
  table: Readonly<Record<string, number>>,
): ErrorResponseParts {
  const status =
    error.code === 'directory_error' ? directoryStatus(error.directoryCode) : table[error.code];
  if (status === undefined) return parts(500, HttpErrorCode.Internal, {}, {});
  const source: Partial<Record<(typeof REFUSAL_FIELDS)[number], unknown>> = error;
  const fields = Object.fromEntries(REFUSAL_FIELDS.map((name) => [name, source[name]]));
  return parts(status, error.code, {}, fields);
}

function parts(
  status: number,
  code: string,
  headers: Record<string, string>,
  fields: Record<string, unknown>,
): ErrorResponseParts {
  const error: ErrorBody['error'] = { code };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) error[key] = value;
  }
  const retryAfter = fields.retryAfterSeconds;
  const withRetry =
    typeof retryAfter === 'number' && (status === 429 || status === 503)
      ? { ...headers, 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) }
      : headers;
  return { status, body: { error }, headers: withRetry };
}
