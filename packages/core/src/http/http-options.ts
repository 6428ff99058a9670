import { checkInteger } from '../check-integer.js';
import {
  type AddressLimiterOptions,
  DEFAULT_RATE_LIMITS,
  type HttpRateLimit,
} from './address-limits.js';
import { createJwtAuthenticator, type JwtOptions } from './authenticate-jwt.js';
import type { Authenticate } from './caller.js';
import type { RouteLimit } from './http-routes.js';

/** Options of `createHttpHandler`. */
export interface HttpOptions {
  /**
   * The prefix the host mounts the handler under (`/api/openreset`). Paths outside it answer
   * 404. No trailing slash.
   * @default ""
   */
  basePath?: string;
  /**
   * Tells who is signed in (the host's session, an API gateway's header, ...). Give this or
   * `jwt`, not both. Without either, every signed-in route answers 401.
   * @default none
   */
  authenticate?: Authenticate;
  /**
   * Verifies `Authorization: Bearer <jwt>` with jose against a secret, a public key or a
   * JWKS URL, with issuer and audience. See {@link JwtOptions}.
   * @default none
   */
  jwt?: JwtOptions;
  /**
   * Origins (`https://app.example.com`) allowed to call from a browser (CORS). An allowed
   * `Origin` is echoed exactly; any other gets no `Access-Control-Allow-Origin`. Never `*`.
   * @default [] (same-origin only)
   */
  allowedOrigins?: string[];
  /**
   * Send `Access-Control-Allow-Credentials: true` to allowed origins (cookie sessions across
   * origins).
   * @default false
   */
  corsCredentials?: boolean;
  /**
   * Who may frame the responses: CSP `frame-ancestors` sources (`'self'`, `https://a.example`).
   * @default ["'none'"]
   */
  frameAncestors?: string[];
  /**
   * How many reverse proxies in front of the handler append to `X-Forwarded-For`; the
   * client address is the entry that many from the right. 0 ignores the header (it is
   * trivially forged) and uses `clientIp`.
   * @default 0
   */
  trustProxy?: number;
  /**
   * The connection's peer address, which the host knows (e.g. Node's `socket.remoteAddress`).
   * Without it (and without `trustProxy`), per-IP limits are skipped.
   * @default none
   */
  clientIp?: (request: Request) => string | undefined;
  /** The largest request body read, in bytes; larger ones get 413. @default 16384 */
  maxBodyBytes?: number;
  /**
   * The public origin (`https://id.example.com`) links are built from (the OpenAPI server
   * URL). Never taken from `Host` or `X-Forwarded-Host`. Without it, links are relative.
   * @default none
   */
  publicOrigin?: string;
  /** The tenant every request acts on. @default the engine's tenant */
  tenantId?: string;
  /**
   * Per-IP limits over the engine's counters; `false` turns one off. An IPv6 client counts
   * by its /64, which one host or home router is routinely given (see `addressBlock`).
   * @default reset: 30 per 10 minutes (POST /reset); flow: 300 per 10 minutes (the other
   *   /reset routes); account: 60 per 10 minutes (signed-in changes)
   */
  rateLimits?: Partial<Record<RouteLimit, HttpRateLimit | false>>;
  /**
   * The size bucket the `/reset*` responses are padded to with trailing spaces, so a known
   * and an unknown account give bodies of the very same length.
   * @default 1024
   */
  paddingBytes?: number;
  /**
   * The least time, in ms, between a `/reset*` request's arrival and its answer (refusals
   * included), counted by a timer started as the request arrives, so the answer leaves when
   * the timer fires, whatever the work took below it. The work for a known and an unknown
   * account differs by tens of microseconds (a read returns a row or none), which a thousand
   * timed requests in process can tell apart; under the floor they cannot. Set it above the
   * time a `/reset*` request takes on your servers under load; it costs latency, not
   * throughput (nothing runs while an answer waits). 0 turns it off.
   * @default 5
   */
  minResponseMs?: number;
  /** The clock of the reports' default range (the last 30 days). @default the system clock */
  now?: () => Date;
  /**
   * Called with every unexpected error (answered 500 `internal` without details), for the
   * host's logs. Never called for refusals.
   * @default none
   */
  onError?: (error: unknown, request: Request) => void;
}

/** {@link HttpOptions} checked, with every default filled in. */
export interface ResolvedHttpOptions {
  basePath: string;
  publicOrigin: string | undefined;
  /** `authenticate`, or the JWT verifier built from `jwt`. */
  authenticate: Authenticate | undefined;
  origins: ReadonlySet<string>;
  corsCredentials: boolean;
  trustProxy: number;
  clientIp: ((request: Request) => string | undefined) | undefined;
  maxBodyBytes: number;
  paddingBytes: number;
  minResponseMs: number;
  tenantId: string | undefined;
  limits: AddressLimiterOptions['limits'];
  /** The headers on every response (no-store, no-referrer, nosniff, CSP frame-ancestors). */
  securityHeaders: Readonly<Record<string, string>>;
  now: () => Date;
}

/**
 * Checks the options and fills in the defaults.
 *
 * @throws {TypeError} for a `basePath` without a leading slash, a CORS origin that is not an
 *   origin, both `authenticate` and `jwt`, a limit that is not a positive integer, ...
 */
export function resolveHttpOptions(options: HttpOptions): ResolvedHttpOptions {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && !/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*[^/]$/.test(basePath)) {
    throw new TypeError('basePath must start with "/" and not end with one (or be "")');
  }
  if (options.authenticate !== undefined && options.jwt !== undefined) {
    throw new TypeError('give authenticate or jwt, not both');
  }
  const origins = new Set<string>();
  for (const origin of options.allowedOrigins ?? []) {
    origins.add(checkOrigin(origin, 'allowedOrigins'));
  }
  const publicOrigin =
    options.publicOrigin === undefined
      ? undefined
      : checkOrigin(options.publicOrigin, 'publicOrigin');
  const frameAncestors = options.frameAncestors ?? ["'none'"];
  if (
    frameAncestors.length === 0 ||
    frameAncestors.some((source) => typeof source !== 'string' || !/^[^\s;,]+$/.test(source))
  ) {
    throw new TypeError('frameAncestors must be CSP sources without spaces, ";" or ","');
  }
  const trustProxy = options.trustProxy ?? 0;
  checkInteger('trustProxy', trustProxy, 0);
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;
  checkInteger('maxBodyBytes', maxBodyBytes, 256);
  const paddingBytes = options.paddingBytes ?? 1024;
  checkInteger('paddingBytes', paddingBytes, 1);
  const minResponseMs = options.minResponseMs ?? 5;
  checkInteger('minResponseMs', minResponseMs, 0, 60_000);
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits } as Record<
    RouteLimit,
    HttpRateLimit | false
  >;
  for (const limit of Object.values(limits)) {
    if (
      limit !== false &&
      (!Number.isInteger(limit.max) || limit.max < 1 || !(limit.windowMs > 0))
    ) {
      throw new TypeError('rateLimits need a positive integer max and windowMs (or false)');
    }
  }
  return {
    basePath,
    publicOrigin,
    authenticate:
      options.jwt === undefined ? options.authenticate : createJwtAuthenticator(options.jwt),
    origins,
    corsCredentials: options.corsCredentials ?? false,
    trustProxy,
    clientIp: options.clientIp,
    maxBodyBytes,
    paddingBytes,
    minResponseMs,
    tenantId: options.tenantId,
    limits,
    securityHeaders: securityHeadersFor(frameAncestors),
    now: options.now ?? (() => new Date()),
  };
}

function securityHeadersFor(frameAncestors: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `default-src 'none'; frame-ancestors ${frameAncestors.join(' ')}`,
  };
  // The older header for browsers without CSP frame-ancestors; it can only say "nobody".
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") {
    headers['x-frame-options'] = 'DENY';
  }
  return headers;
}

function checkOrigin(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${option}: ${String(value)} is not an origin`);
  }
  if (url.origin === 'null' || url.origin !== value.replace(/\/$/, '')) {
    throw new TypeError(`${option}: ${value} is not an origin (scheme://host[:port], no path)`);
  }
  return url.origin;
}
