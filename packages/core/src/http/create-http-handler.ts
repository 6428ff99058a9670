import { createAccountRoutes } from './account-routes.js';
import { createAddressLimiter } from './address-limits.js';
import { createAdminRoutes } from './admin-routes.js';
import { createCallerAuthorizer } from './authorize-caller.js';
import { createClientAddress } from './client-address.js';
import { createCors } from './cors.js';
import { toErrorResponse } from './error-status.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import { type HttpOptions, resolveHttpOptions } from './http-options.js';
import { type OperationId, ROUTES, type RouteDefinition } from './http-routes.js';
import { checkHttpServices, type HttpServices } from './http-services.js';
import { createLifecycleRoutes } from './lifecycle-routes.js';
import { createMetaRoutes } from './meta-routes.js';
import { createOpenApiDocument } from './openapi-document.js';
import { parseBody, parseQuery, requireJsonContentType } from './parse-request.js';
import { type BodyBytes, readBodyBytes } from './read-json-body.js';
import { createRecoveryRoutes } from './recovery-routes.js';
import { createReportRoutes } from './report-routes.js';
import type { DispatchedRouteHandler, RouteHandlers, RouteResult } from './route-handlers.js';
import { createRouter } from './router.js';
import { createResponseWriter } from './write-response.js';

export type { HttpOptions } from './http-options.js';
export type { HttpServices } from './http-services.js';

/** A fetch handler: `(request) => response`. */
export type HttpHandler = (request: Request) => Promise<Response>;

/**
 * Creates the HTTP API as one fetch handler, `(Request) => Promise<Response>`, for any host
 * that speaks the Fetch API (Node through an adapter, Deno, Bun, workers, Hono, Next.js).
 *
 * Every response is JSON (CSV for reports on request) with `Cache-Control: no-store`,
 * `Referrer-Policy: no-referrer`, `X-Content-Type-Options: nosniff` and CSP
 * `frame-ancestors`; errors are `{ error: { code, ... } }`, 4xx for anything the client
 * did (a 500 `internal` only for a fault, without details). State changes need POST, PUT
 * or DELETE with `Content-Type: application/json` (a cross-site form cannot send it).
 * Flow tokens travel only in bodies, never in URLs.
 *
 * @throws {TypeError} at once for bad options (a `basePath` without a leading slash, a CORS
 *   origin that is not an origin, both `authenticate` and `jwt`, ...).
 *
 * @example
 * ```ts
 * const handler = createHttpHandler(
 *   { recovery, registration, change, admin, rateLimit },
 *   { basePath: '/api/openreset', allowedOrigins: ['https://app.example.com'], trustProxy: 1 },
 * );
 * const response = await handler(new Request('https://id.example.com/api/openreset/config'));
 * ```
 */
export function createHttpHandler(services: HttpServices, options: HttpOptions = {}): HttpHandler {
  checkHttpServices(services);
  const config = resolveHttpOptions(options);
  const { tenantId } = config;
  const openApi = createOpenApiDocument({
    basePath: config.basePath,
    publicOrigin: config.publicOrigin,
  });
  const handlers: RouteHandlers = {
    ...createMetaRoutes(services, {
      tenantId,
      openApi,
      challengeUrl: `${config.publicOrigin ?? ''}${config.basePath}${ROUTES.captchaChallenge.path}`,
    }),
    ...createLifecycleRoutes(services, { tenantId }),
    ...createRecoveryRoutes(services, { tenantId }),
    ...createAccountRoutes(services, { tenantId }),
    ...createAdminRoutes(services, { tenantId }),
    ...createReportRoutes(services, { tenantId, now: config.now }),
  };
  const match = createRouter<OperationId, RouteDefinition>(ROUTES);
  const clientAddressOf = createClientAddress({
    trustProxy: config.trustProxy,
    clientIp: config.clientIp,
  });
  const limitByAddress = createAddressLimiter(services, { limits: config.limits, tenantId });
  const authorize = createCallerAuthorizer(config.authenticate);
  const cors = createCors({ origins: config.origins, credentials: config.corsCredentials });
  const writeResponse = createResponseWriter({
    securityHeaders: config.securityHeaders,
    paddingBytes: config.paddingBytes,
    cors,
  });

  /** The checks in the order they run: the cheap and anonymous ones before any work. */
  async function run(request: Request, path: string, read?: BodyBytes): Promise<RouteResult> {
    const method = request.method.toUpperCase();
    const { allow, route } = match(method, path);
    if (method === 'OPTIONS') return cors.preflight(request, allow);
    if (route === null) {
      throw new HttpError(405, HttpErrorCode.UnsupportedMethod, { headers: { allow } });
    }
    const { key, definition, id } = route;
    requireJsonContentType(method, request);
    const query = parseQuery(new URL(request.url).searchParams, definition.query);
    const ip = clientAddressOf(request);
    if (definition.limit !== undefined) await limitByAddress(definition.limit, ip);
    const caller = await authorize(request, definition.access);
    const body = await parseBody(request, definition, config.maxBodyBytes, read);
    const handler = handlers[key] as DispatchedRouteHandler;
    return handler({ request, body, query, id, caller, ip });
  }

  const { transaction } = services;
  /**
   * `run` in one storage transaction for a state-changing method. A refusal is carried out of
   * it, so the attempts and limits it counted commit with the rest; a fault rolls back.
   */
  async function runOnce(request: Request, path: string): Promise<RouteResult> {
    if (transaction === undefined || !WRITE_METHODS.has(request.method.toUpperCase())) {
      return run(request, path);
    }
    // The body is read before the transaction opens: a client sending it slowly would hold the
    // storage's write lock (SQLite's one writer) for as long. A refusal reading it (413, 400)
    // is raised where the body is parsed, so refusals keep their order.
    const read = await readBodyBytes(request, config.maxBodyBytes);
    const outcome = await transaction(async () => {
      try {
        return { result: await run(request, path, read) };
      } catch (error) {
        if (toErrorResponse(error).status >= 500) throw error;
        return { refusal: error };
      }
    });
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.result;
  }

  return async function handle(request: Request): Promise<Response> {
    let padded = false;
    let floor: Promise<void> | undefined;
    try {
      const path = pathBelow(request, config.basePath);
      // Every answer under /reset, refusals included, has the same size bucket, and leaves
      // when a timer started as the request arrived fires (or when its work is done, if that
      // took longer): the work's time below the floor never shows.
      padded = path === '/reset' || path.startsWith('/reset/');
      if (padded && config.minResponseMs > 0) floor = delay(config.minResponseMs);
      const result = await runOnce(request, path);
      await floor;
      return writeResponse(request, result, { padded });
    } catch (error) {
      const parts = toErrorResponse(error);
      if (
        parts.status >= 500 &&
        !(error instanceof HttpError) &&
        parts.body.error.code === 'internal'
      ) {
        try {
          options.onError?.(error, request);
        } catch {
          // A failing logger must not turn into another error.
        }
      }
      await floor;
      return writeResponse(
        request,
        { status: parts.status, json: parts.body, headers: parts.headers },
        { padded },
      );
    }
  };
}

/** Resolves after `ms` milliseconds. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The methods whose requests run in one storage transaction. */
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request's path below `basePath`, or a 404. */
function pathBelow(request: Request, basePath: string): string {
  let pathname: string;
  try {
    pathname = new URL(request.url).pathname;
  } catch {
    throw new HttpError(404, HttpErrorCode.NotFound);
  }
  if (!pathname.startsWith(basePath)) throw new HttpError(404, HttpErrorCode.NotFound);
  const rest = pathname.slice(basePath.length);
  if (!rest.startsWith('/')) throw new HttpError(404, HttpErrorCode.NotFound);
  return rest;
}
