import type { AnswerIssue, PasswordIssue } from '@openreset/core';
import type { FlowView } from './client-types.js';

/**
 * Codes the client itself produces, besides the server's codes (`RecoveryErrorCode`,
 * `AccountErrorCode`, `HttpErrorCode`, which pass through unchanged).
 */
export const ClientErrorCode = {
  /** The request never got an answer (offline, DNS, CORS refused). `status` is 0. */
  NetworkError: 'network_error',
  /** The answer was not the JSON the API sends (a proxy's HTML error page). */
  InvalidResponse: 'invalid_response',
} as const;

/** The union of {@link ClientErrorCode} values. */
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** The fields of an error body `{ error: { code, ... } }`. */
export interface ClientErrorDetails {
  /** Password issues (`password_rejected`) or request issues (`invalid_request`). */
  issues?: readonly (PasswordIssue | { code: string; path?: string })[];
  /** For `rate_limited` and `blocked`: seconds until a retry can succeed. */
  retryAfterSeconds?: number;
  /** For `directory_error`. */
  directoryCode?: string;
  /** For `not_eligible` (only with the policy's `detailedErrors`). */
  reason?: string;
  /**
   * For a wrong code, answers or passkey in a reset: failed proofs left before self-service
   * is blocked.
   */
  attemptsLeft?: number;
  /** The flow as it is now, when the step changed it (a new set of questions). */
  flow?: FlowView;
  /** For `invalid_answers` from the registration routes. */
  answerIssues?: readonly AnswerIssue[];
  cause?: unknown;
}

/**
 * A refused or failed API call. Switch on `code` (the server's, or a {@link ClientErrorCode});
 * `status` is the HTTP status (0 when there was no answer).
 */
export class ClientError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues?: ClientErrorDetails['issues'];
  readonly retryAfterSeconds?: number;
  readonly directoryCode?: string;
  readonly reason?: string;
  readonly attemptsLeft?: number;
  readonly flow?: FlowView;
  readonly answerIssues?: readonly AnswerIssue[];

  constructor(code: string, status: number, details: ClientErrorDetails = {}) {
    super(
      `OpenReset API error ${code} (${status})`,
      details.cause === undefined ? {} : { cause: details.cause },
    );
    this.name = 'ClientError';
    this.code = code;
    this.status = status;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.directoryCode !== undefined) this.directoryCode = details.directoryCode;
    if (details.reason !== undefined) this.reason = details.reason;
    if (details.attemptsLeft !== undefined) this.attemptsLeft = details.attemptsLeft;
    if (details.flow !== undefined) this.flow = details.flow;
    if (details.answerIssues !== undefined) this.answerIssues = details.answerIssues;
  }
}

/** Whether `value` is a {@link ClientError} (also across bundle copies). */
export function isClientError(value: unknown): value is ClientError {
  return (
    value instanceof ClientError ||
    (value instanceof Error &&
      value.name === 'ClientError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
