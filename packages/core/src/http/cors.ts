import type { RouteResult } from './route-handlers.js';

const ALLOWED_REQUEST_HEADERS = 'Content-Type, Authorization, If-Match, Accept-Language';
const EXPOSED_HEADERS = 'Retry-After, ETag';

/** Options of {@link createCors}. */
export interface CorsOptions {
  /** The origins allowed to call from a browser; never `*`. */
  origins: ReadonlySet<string>;
  /** Whether allowed origins may send credentials (cookies). */
  credentials: boolean;
}

/** Cross-origin access for the allowed origins only. */
export interface Cors {
  /** The answer to an `OPTIONS` preflight for a path whose methods are `allow`. */
  preflight(request: Request, allow: string): RouteResult;
  /** Adds the CORS headers of a response to `request`, when its origin is allowed. */
  addHeaders(headers: Headers, request: Request): void;
}

/**
 * Creates the CORS rules: an allowed `Origin` is echoed exactly, any other gets no
 * `Access-Control-Allow-Origin` (the browser then keeps the response from the page).
 */
export function createCors(options: CorsOptions): Cors {
  function allowedOrigin(request: Request): string | null {
    const origin = request.headers.get('origin');
    return origin !== null && options.origins.has(origin) ? origin : null;
  }

  return {
    preflight(request, allow) {
      const origin = allowedOrigin(request);
      const wanted = request.headers.get('access-control-request-method');
      const headers: Record<string, string> = { allow };
      if (origin !== null && wanted !== null && allow.split(', ').includes(wanted.toUpperCase())) {
        headers['access-control-allow-methods'] = allow;
        headers['access-control-allow-headers'] = ALLOWED_REQUEST_HEADERS;
        headers['access-control-max-age'] = '600';
      }
      return { status: 204, headers };
    },
    addHeaders(headers, request) {
      const origin = allowedOrigin(request);
      if (origin === null) return;
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-expose-headers', EXPOSED_HEADERS);
      if (options.credentials) headers.set('access-control-allow-credentials', 'true');
    },
  };
}
