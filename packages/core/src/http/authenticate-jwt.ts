import {
  createRemoteJWKSet,
  errors,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  type KeyObject,
} from 'jose';
import type { Authenticate, Caller } from './caller.js';
import { HttpError, HttpErrorCode } from './http-error.js';

/** Which claim makes a caller an admin. */
export interface JwtAdminClaim {
  /** The claim's name, e.g. `"roles"` or `"openreset_admin"`. */
  name: string;
  /**
   * The value that means "admin": the claim equals it, or is an array containing it.
   * @default true (the claim must be the boolean `true`)
   */
  value?: string | number | boolean;
}

/**
 * Verifies `Authorization: Bearer <jwt>` with jose. Give exactly one of `secret`,
 * `publicKey` and `jwksUrl`. Unsigned tokens (`alg: none`) are never accepted; expired,
 * not-yet-valid, wrong-issuer and wrong-audience tokens are refused with 401.
 */
export interface JwtOptions {
  /** A shared HMAC secret (HS256/384/512), at least 32 bytes. */
  secret?: string | Uint8Array;
  /** A public key (RS*, PS*, ES*, EdDSA) as a `CryptoKey`, a Node `KeyObject` or a JWK. */
  publicKey?: CryptoKey | KeyObject | JWK;
  /** An identity provider's key set, fetched and cached by jose. `https:` (or `http:` on localhost). */
  jwksUrl?: string;
  /** The required `iss`. */
  issuer: string | string[];
  /** The required `aud` (one of them). */
  audience: string | string[];
  /**
   * The accepted `alg` values.
   * @default `["HS256","HS384","HS512"]` with `secret`, else the RSA, RSA-PSS, ECDSA and EdDSA ones
   */
  algorithms?: string[];
  /** The claim holding the user id. @default "sub" */
  userIdClaim?: string;
  /** Which claim makes the caller an admin. @default none: no token grants admin */
  adminClaim?: JwtAdminClaim;
  /** Leeway for `exp` and `nbf`, in seconds. @default 0 */
  clockToleranceSeconds?: number;
  /** When a token is checked; a test clock. @default the system clock */
  currentDate?: () => Date;
}

const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'];
const PUBLIC_KEY_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];
const MIN_SECRET_BYTES = 32;
const MAX_TOKEN_LENGTH = 8192;

/**
 * Creates an {@link Authenticate} that verifies a bearer JWT. No token gives `null` (the
 * route answers 401); a bad one throws `HttpError` 401 `unauthenticated`; an unreachable
 * JWKS throws 503 `authentication_unavailable`. `auth_time` (OIDC) becomes `authTime`;
 * `iat` never does, since a refreshed token says nothing about when the user signed in.
 *
 * @throws {TypeError} at once when the options are incomplete or contradictory.
 *
 * @example
 * ```ts
 * const authenticate = createJwtAuthenticator({
 *   jwksUrl: 'https://login.example.com/.well-known/jwks.json',
 *   issuer: 'https://login.example.com/',
 *   audience: 'openreset',
 *   adminClaim: { name: 'roles', value: 'helpdesk-admin' },
 * });
 * ```
 */
export function createJwtAuthenticator(options: JwtOptions): Authenticate {
  if (options === null || typeof options !== 'object')
    throw new TypeError('jwt options are required');
  const sources = [options.secret, options.publicKey, options.jwksUrl].filter(
    (s) => s !== undefined,
  );
  if (sources.length !== 1) {
    throw new TypeError('jwt needs exactly one of secret, publicKey and jwksUrl');
  }
  if (!nonEmpty(options.issuer)) throw new TypeError('jwt.issuer is required');
  if (!nonEmpty(options.audience)) throw new TypeError('jwt.audience is required');
  const algorithms =
    options.algorithms ?? (options.secret === undefined ? PUBLIC_KEY_ALGORITHMS : HMAC_ALGORITHMS);
  if (algorithms.length === 0 || algorithms.some((alg) => alg.toLowerCase() === 'none')) {
    throw new TypeError('jwt.algorithms must list signing algorithms (never "none")');
  }
  const userIdClaim = options.userIdClaim ?? 'sub';
  const remote = options.jwksUrl !== undefined;

  let key: Uint8Array | CryptoKey | KeyObject | JWK | JWTVerifyGetKey;
  if (options.secret !== undefined) {
    const secret =
      typeof options.secret === 'string'
        ? new TextEncoder().encode(options.secret)
        : options.secret;
    if (!(secret instanceof Uint8Array) || secret.byteLength < MIN_SECRET_BYTES) {
      throw new TypeError(`jwt.secret must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    key = secret;
  } else if (options.jwksUrl !== undefined) {
    key = createRemoteJWKSet(checkJwksUrl(options.jwksUrl));
  } else {
    key = options.publicKey as CryptoKey | KeyObject | JWK;
  }

  return async (request) => {
    const header = request.headers.get('authorization');
    if (header === null) return null;
    const match = /^Bearer ([A-Za-z0-9_.~+/-]+=*)$/i.exec(header.trim());
    const token = match?.[1];
    if (token === undefined || token.length > MAX_TOKEN_LENGTH) throw unauthenticated();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        clockTolerance: options.clockToleranceSeconds,
        currentDate: options.currentDate?.(),
      }));
    } catch (error) {
      // An unreachable or unreadable key set is the server's problem, not the caller's.
      const keySetDown =
        remote &&
        (error instanceof errors.JWKSTimeout ||
          error instanceof errors.JWKSInvalid ||
          !(error instanceof errors.JOSEError));
      if (keySetDown) throw new HttpError(503, HttpErrorCode.AuthenticationUnavailable);
      throw unauthenticated();
    }
    const userId = payload[userIdClaim];
    if (typeof userId !== 'string' || userId.length === 0 || userId.length > 256) {
      throw unauthenticated();
    }
    const caller: Caller = { userId, isAdmin: isAdmin(payload, options.adminClaim) };
    const authTime = payload.auth_time;
    if (typeof authTime === 'number' && Number.isFinite(authTime)) {
      caller.authTime = new Date(authTime * 1000);
    }
    return caller;
  };
}

function isAdmin(payload: JWTPayload, claim: JwtAdminClaim | undefined): boolean {
  if (claim === undefined) return false;
  const value = payload[claim.name];
  const wanted = claim.value ?? true;
  return value === wanted || (Array.isArray(value) && value.includes(wanted));
}

function unauthenticated(): HttpError {
  return new HttpError(401, HttpErrorCode.Unauthenticated, {
    headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  });
}

function nonEmpty(value: string | string[] | undefined): boolean {
  if (typeof value === 'string') return value.length > 0;
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

function checkJwksUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError('jwt.jwksUrl must be an absolute URL');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new TypeError('jwt.jwksUrl must be https');
  }
  return url;
}
