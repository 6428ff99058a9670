/**
 * Codes the HTTP layer itself answers with, before (or instead of) a service. Service codes
 * (`RecoveryErrorCode`, `AccountErrorCode`, `ErrorCode`) pass through unchanged.
 */
export const HttpErrorCode = {
  /** No route at this path (or the path is outside the handler's `basePath`). 404. */
  NotFound: 'not_found',
  /** The route exists but not with this HTTP method; `Allow` lists the ones it has. 405. */
  UnsupportedMethod: 'unsupported_method',
  /** The body is not JSON (or not UTF-8). 400. */
  InvalidJson: 'invalid_json',
  /** The body or query does not fit the route's schema; `issues` says where. 400. */
  InvalidRequest: 'invalid_request',
  /** The body is larger than `maxBodyBytes`. 413. */
  PayloadTooLarge: 'payload_too_large',
  /** A state-changing request without `Content-Type: application/json` (CSRF defence). 415. */
  UnsupportedMediaType: 'unsupported_media_type',
  /** The route needs a signed-in caller and there is none (or the token was refused). 401. */
  Unauthenticated: 'unauthenticated',
  /** The caller is signed in but may not do this (admin routes). 403. */
  Forbidden: 'forbidden',
  /** Too many requests from this client address; `retryAfterSeconds` says when to retry. 429. */
  RateLimited: 'rate_limited',
  /** The token could not be checked because the key set (JWKS) was unreachable. 503. */
  AuthenticationUnavailable: 'authentication_unavailable',
  /** The deployment has no reports service. 501. */
  NotImplemented: 'not_implemented',
  /** Anything unexpected; no details are given out. 500. */
  Internal: 'internal',
} as const;

/** The union of {@link HttpErrorCode} values. */
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/** One problem with a request's body or query, as the client sees it (no English, no input echo). */
export interface HttpIssue {
  /** Dotted path of the bad field (`"answers.0.answer"`); `""` for the root. */
  path: string;
  /** zod's issue code (`invalid_type`, `too_big`, `unrecognized_keys`, ...). */
  code: string;
  minimum?: number;
  maximum?: number;
}

/** Extra fields of an {@link HttpError}. */
export interface HttpErrorDetails {
  issues?: readonly HttpIssue[];
  retryAfterSeconds?: number;
  /** Extra response headers (`Allow`, `WWW-Authenticate`). */
  headers?: Record<string, string>;
}

/** A refusal by the HTTP layer, with the status it is answered with. */
export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  readonly issues?: readonly HttpIssue[];
  readonly retryAfterSeconds?: number;
  readonly headers: Record<string, string>;

  constructor(status: number, code: HttpErrorCode, details: HttpErrorDetails = {}) {
    super(code);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = details.headers ?? {};
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
