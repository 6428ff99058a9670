import type { z } from 'zod';
import type { AdminService } from '../admin/admin-service.js';
import type { ChangeService } from '../change/change-service.js';
import { addressBlock } from '../engine/address-block.js';
import type { RateLimit } from '../engine/rate-limit.js';
import { Locale, type MethodType, type PolicyInput } from '../policy/policy-schema.js';
import type { RecoveryService } from '../recovery/recovery-service.js';
import type { RecentAuth, RegistrationService } from '../registration/registration-service.js';
import type { Reports } from '../reports/create-reports.js';
import { createJwtAuthenticator, type JwtOptions } from './authenticate-jwt.js';
import type { Authenticate, Caller } from './caller.js';
import { toErrorResponse } from './error-status.js';
import { HttpError, HttpErrorCode, type HttpIssue } from './http-error.js';
import { type OperationId, ROUTES, type RouteDefinition, type RouteLimit } from './http-routes.js';
import { createOpenApiDocument } from './openapi-document.js';
import { readJsonBody } from './read-json-body.js';

/** What the handler serves: the engine's services, as `createOpenReset` builds them. */
export interface HttpServices {
  recovery: RecoveryService;
  registration: RegistrationService;
  change: ChangeService;
  admin: AdminService;
  /** The engine's counters, for the per-IP limits (`createRateLimit`). */
  rateLimit: Pick<RateLimit, 'hit'>;
  /** Activity reports (`createReports`); without them the `/admin/reports/*` routes answer 501. */
  reports?: Reports;
  /**
   * Which message channels have a sender. When given, `GET /config` leaves out methods that
   * cannot be used (SMS without an SMS sender).
   * @default every method the policy enables is shown
   */
  channels?: { sms: boolean; voice: boolean; email: boolean };
}

/** A per-IP limit: at most `max` requests per `windowMs`. */
export interface HttpRateLimit {
  max: number;
  windowMs: number;
}

/** Options of {@link createHttpHandler}. */
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
  /** The clock of the reports' default range (the last 30 days). @default the system clock */
  now?: () => Date;
  /**
   * Called with every unexpected error (answered 500 `internal` without details), for the
   * host's logs. Never called for refusals.
   * @default none
   */
  onError?: (error: unknown, request: Request) => void;
}

/** A fetch handler: `(request) => response`. */
export type HttpHandler = (request: Request) => Promise<Response>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DEFAULT_LIMITS: Record<RouteLimit, HttpRateLimit> = {
  reset: { max: 30, windowMs: 10 * MINUTE },
  flow: { max: 300, windowMs: 10 * MINUTE },
  account: { max: 60, windowMs: 10 * MINUTE },
};
const ALLOWED_REQUEST_HEADERS = 'Content-Type, Authorization, If-Match, Accept-Language';
const EXPOSED_HEADERS = 'Retry-After, ETag';
const STATE_CHANGING = new Set(['POST', 'PUT', 'DELETE']);

type BodyOf<K extends OperationId> = (typeof ROUTES)[K] extends { body: infer B extends z.ZodType }
  ? z.output<B>
  : undefined;
type QueryOf<K extends OperationId> = (typeof ROUTES)[K] extends {
  query: infer Q extends z.ZodType;
}
  ? z.output<Q>
  : undefined;

/** What a route's function gets: the request, parsed. */
interface RouteContext<Body, Query> {
  request: Request;
  body: Body;
  query: Query;
  /** The decoded `{id}` path parameter, if the route has one. */
  id: string | undefined;
  caller: Caller | null;
  ip: string | undefined;
}

/** What a route's function returns. */
interface RouteResult {
  status?: number;
  json?: unknown;
  csv?: string;
  headers?: Record<string, string>;
}

type RouteHandlers = {
  [K in OperationId]: (context: RouteContext<BodyOf<K>, QueryOf<K>>) => Promise<RouteResult>;
};

interface CompiledRoute {
  operationId: OperationId;
  route: RouteDefinition;
  pattern: RegExp;
}

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
  const config = checkOptions(services, options);
  const tenant = options.tenantId === undefined ? {} : { tenantId: options.tenantId };
  const tenantKey = options.tenantId ?? '*';
  const openApi = createOpenApiDocument({
    basePath: config.basePath,
    ...(config.publicOrigin === undefined ? {} : { publicOrigin: config.publicOrigin }),
  });
  const compiled: CompiledRoute[] = (
    Object.entries(ROUTES) as [OperationId, RouteDefinition][]
  ).map(([operationId, route]) => ({
    operationId,
    route,
    pattern: new RegExp(`^${route.path.replace('{id}', '([^/]+)')}$`),
  }));

  const withIp = (ip: string | undefined) => (ip === undefined ? {} : { ip });
  const recentAuth = (caller: Caller | null, currentPassword: string | undefined): RecentAuth => ({
    ...(caller?.authTime === undefined ? {} : { authTime: caller.authTime }),
    ...(currentPassword === undefined ? {} : { currentPassword }),
  });

  /** A report's range: [`from`, `to`), by default the last 30 days. */
  function rangeOf(query: { from?: string | undefined; to?: string | undefined }) {
    const to = query.to === undefined ? config.now() : new Date(query.to);
    const from =
      query.from === undefined ? new Date(to.getTime() - 30 * DAY) : new Date(query.from);
    if (from.getTime() > to.getTime()) {
      throw new HttpError(400, HttpErrorCode.InvalidRequest, {
        issues: [{ path: 'from', code: 'after_to' }],
      });
    }
    return { from, to, ...tenant };
  }

  /**
   * Answers a report as a JSON page, or (with `Accept: text/csv`) as the whole range in one
   * CSV file, which has no paging: `cursor` and `limit` are refused with it.
   */
  async function report(
    request: Request,
    paging: { cursor?: string | undefined; limit?: number | undefined },
    run: (reports: Reports) => {
      page: (paging: { cursor?: string; limit?: number }) => Promise<object>;
      csv: () => Promise<string>;
    },
  ): Promise<RouteResult> {
    if (services.reports === undefined) throw new HttpError(501, HttpErrorCode.NotImplemented);
    const calls = run(services.reports);
    try {
      if (prefersCsv(request.headers.get('accept'))) {
        const extra = (['cursor', 'limit'] as const).filter((key) => paging[key] !== undefined);
        if (extra.length > 0) {
          throw new HttpError(400, HttpErrorCode.InvalidRequest, {
            issues: extra.map((key) => ({ path: key, code: 'not_with_csv' })),
          });
        }
        return { csv: await calls.csv() };
      }
      return {
        json: await calls.page({
          ...(paging.cursor === undefined ? {} : { cursor: paging.cursor }),
          ...(paging.limit === undefined ? {} : { limit: paging.limit }),
        }),
      };
    } catch (error) {
      // The reports refuse bad ranges and limits with TypeError: the query's fault here.
      if (error instanceof TypeError) throw new HttpError(400, HttpErrorCode.InvalidRequest);
      throw error;
    }
  }

  const handlers: RouteHandlers = {
    async getConfig() {
      const { policy } = await services.admin.getPolicy(options.tenantId);
      const channels = services.channels;
      const usable = (type: MethodType) =>
        channels === undefined ||
        (type === 'mobileSms'
          ? channels.sms
          : type === 'mobileVoice' || type === 'officeVoice'
            ? channels.voice
            : type === 'email'
              ? channels.email
              : true);
      const { branding, helpdesk, questions } = policy;
      return {
        json: {
          branding: {
            orgName: branding.orgName,
            ...(branding.logoUrl === undefined ? {} : { logoUrl: branding.logoUrl }),
            primaryColor: branding.primaryColor,
            backgroundColor: branding.backgroundColor,
            textColor: branding.textColor,
          },
          locales: Object.values(Locale),
          defaultLocale: policy.defaultLocale,
          helpdesk: {
            ...(helpdesk.email === undefined ? {} : { email: helpdesk.email }),
            ...(helpdesk.url === undefined ? {} : { url: helpdesk.url }),
          },
          password: {
            minLength: policy.password.minLength,
            maxLength: policy.password.maxLength,
          },
          methods: policy.methods.filter(usable),
          gatesRequired: policy.gatesRequired,
          unlockEnabled: policy.unlockEnabled,
          requireRegistration: policy.requireRegistration,
          ...(policy.methods.includes('securityQuestions')
            ? {
                questions: {
                  toRegister: questions.toRegister,
                  predefined: questions.predefined,
                  custom: questions.custom,
                },
              }
            : {}),
        },
      };
    },

    async startReset({ body, ip, request }) {
      const locale = body.locale ?? localeOf(request.headers.get('accept-language'));
      return {
        json: await services.recovery.start({
          identifier: body.identifier,
          ...(body.intent === undefined ? {} : { intent: body.intent }),
          ...(body.captcha === undefined ? {} : { captcha: body.captcha }),
          ...(locale === undefined ? {} : { locale }),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async challengeReset({ body, ip }) {
      return {
        json: await services.recovery.challenge({
          flowToken: body.flowToken,
          methodId: body.methodId,
          ...(body.confirm === undefined ? {} : { confirm: body.confirm }),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async verifyReset({ body, ip }) {
      return {
        json: await services.recovery.verify({
          flowToken: body.flowToken,
          methodId: body.methodId,
          ...(body.code === undefined ? {} : { code: body.code }),
          ...(body.answers === undefined ? {} : { answers: body.answers }),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async completeReset({ body, ip }) {
      return {
        json: await services.recovery.complete({
          flowToken: body.flowToken,
          ...(body.newPassword === undefined ? {} : { newPassword: body.newPassword }),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async resetStatus({ body }) {
      return { json: await services.recovery.getFlow({ flowToken: body.flowToken, ...tenant }) };
    },
    async cancelReset({ body, ip }) {
      return {
        json: await services.recovery.cancel({
          flowToken: body.flowToken,
          ...withIp(ip),
          ...tenant,
        }),
      };
    },

    async getMe({ caller }) {
      const userId = signedIn(caller).userId;
      const [registration, passwordChange] = await Promise.all([
        services.registration.getStatus({ userId, ...tenant }),
        services.change.needsPasswordChange({ user: userId, ...tenant }),
      ]);
      return { json: { registration, passwordChange } };
    },
    async addMethod({ body, caller, ip }) {
      return {
        status: 202,
        json: await services.registration.addMethod({
          userId: signedIn(caller).userId,
          kind: body.kind,
          value: body.value,
          auth: recentAuth(caller, body.currentPassword),
          ...(body.locale === undefined ? {} : { locale: body.locale }),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async verifyMethod({ body, caller, ip }) {
      return {
        json: await services.registration.verifyMethod({
          userId: signedIn(caller).userId,
          kind: body.kind,
          value: body.value,
          code: body.code,
          auth: recentAuth(caller, body.currentPassword),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async removeMethod({ body, caller, ip, id }) {
      return {
        json: await services.registration.removeMethod({
          userId: signedIn(caller).userId,
          methodId: id ?? '',
          auth: recentAuth(caller, body.currentPassword),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async setQuestions({ body, caller, ip }) {
      return {
        json: await services.registration.setQuestions({
          userId: signedIn(caller).userId,
          answers: body.answers,
          auth: recentAuth(caller, body.currentPassword),
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async reconfirm({ caller, ip }) {
      return {
        json: await services.registration.reconfirm({
          userId: signedIn(caller).userId,
          ...withIp(ip),
          ...tenant,
        }),
      };
    },
    async changePassword({ body, caller, ip }) {
      await services.change.changePassword({
        userId: signedIn(caller).userId,
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
        ...withIp(ip),
        ...tenant,
      });
      return { json: { changed: true } };
    },

    async getPolicy() {
      const state = await services.admin.getPolicy(options.tenantId);
      return { json: state, headers: { etag: `"${state.revision}"` } };
    },
    async updatePolicy({ body, caller, request, ip }) {
      const fromHeader = revisionOf(request.headers.get('if-match'));
      if (
        fromHeader !== undefined &&
        body.expectedRevision !== undefined &&
        fromHeader !== body.expectedRevision
      ) {
        throw new HttpError(400, HttpErrorCode.InvalidRequest, {
          issues: [{ path: 'expectedRevision', code: 'mismatch_with_if_match' }],
        });
      }
      const expectedRevision = fromHeader ?? body.expectedRevision;
      const state = await services.admin.updatePolicy(
        body.policy as PolicyInput,
        { kind: 'admin', id: signedIn(caller).userId },
        {
          ...tenant,
          ...withIp(ip),
          ...(expectedRevision === undefined ? {} : { expectedRevision }),
        },
      );
      return { json: state, headers: { etag: `"${state.revision}"` } };
    },
    async resetReport({ query, request }) {
      const range = {
        ...rangeOf(query),
        ...(query.result === undefined ? {} : { result: query.result }),
      };
      return report(request, query, (reports) => ({
        page: (paging) => reports.resetActivity({ ...range, ...paging }),
        csv: () => reports.resetActivityCsv(range),
      }));
    },
    async registrationReport({ query, request }) {
      const range = rangeOf(query);
      return report(request, query, (reports) => ({
        page: (paging) => reports.registrationActivity({ ...range, ...paging }),
        csv: () => reports.registrationActivityCsv(range),
      }));
    },
    async usageReport({ query, request }) {
      return report(request, query, (reports) => ({
        page: (paging) => reports.usage({ ...tenant, ...paging }),
        csv: () => reports.usageCsv(tenant),
      }));
    },
    async directoryStatus() {
      const status = await services.admin.directoryStatus();
      return {
        json: {
          connected: status.connected,
          description: status.description,
          checkedAt: status.checkedAt.toISOString(),
          ...(status.error === undefined ? {} : { error: status.error }),
        },
      };
    },
    async getOpenApi() {
      return { json: openApi };
    },
  };

  function clientIpOf(request: Request): string | undefined {
    if (config.trustProxy > 0) {
      const forwarded = request.headers.get('x-forwarded-for');
      if (forwarded !== null) {
        const hops = forwarded.split(',').map((hop) => hop.trim());
        const hop = hops[hops.length - config.trustProxy];
        if (hop !== undefined) return validIp(hop);
      }
    }
    const ip = options.clientIp?.(request);
    return typeof ip === 'string' ? validIp(ip) : undefined;
  }

  /** Counts the request against the route's per-address limit; an IPv6 address counts by its /64. */
  async function limitByIp(limitName: RouteLimit, ip: string | undefined): Promise<void> {
    const limit = config.limits[limitName];
    if (limit === false || ip === undefined) return;
    const result = await services.rateLimit.hit(
      `http:${tenantKey}:${limitName}:${addressBlock(ip)}`,
      limit.windowMs,
      limit.max,
    );
    if (!result.allowed) {
      throw new HttpError(429, HttpErrorCode.RateLimited, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }

  async function callerOf(request: Request): Promise<Caller | null> {
    if (config.authenticate === undefined) return null;
    const caller = await config.authenticate(request);
    if (caller === null || caller === undefined) return null;
    if (
      typeof caller.userId !== 'string' ||
      caller.userId.length === 0 ||
      typeof caller.isAdmin !== 'boolean' ||
      (caller.authTime !== undefined && !(caller.authTime instanceof Date))
    ) {
      throw new TypeError(
        'authenticate must return { userId: string, isAdmin: boolean, authTime?: Date } or null',
      );
    }
    return caller;
  }

  async function run(request: Request, path: string): Promise<RouteResult & { vary?: string }> {
    const matches = compiled
      .map((entry) => ({ entry, match: entry.pattern.exec(path) }))
      .filter((found) => found.match !== null);
    if (matches.length === 0) throw new HttpError(404, HttpErrorCode.NotFound);
    const allow = [...new Set(matches.map((found) => found.entry.route.method))].join(', ');
    const method = request.method.toUpperCase();

    if (method === 'OPTIONS') return preflight(request, allow);
    const found = matches.find((candidate) => candidate.entry.route.method === method);
    if (found === undefined) {
      throw new HttpError(405, HttpErrorCode.UnsupportedMethod, { headers: { allow } });
    }
    const { operationId, route } = found.entry;
    let id: string | undefined;
    if (found.match?.[1] !== undefined) {
      try {
        id = decodeURIComponent(found.match[1]);
      } catch {
        throw new HttpError(404, HttpErrorCode.NotFound);
      }
      if (id.length === 0 || id.length > 128) throw new HttpError(404, HttpErrorCode.NotFound);
    }

    // CSRF: a cross-site form or a simple fetch cannot send this content type.
    if (STATE_CHANGING.has(method) && !isJsonContentType(request.headers.get('content-type'))) {
      throw new HttpError(415, HttpErrorCode.UnsupportedMediaType);
    }
    const query = parseQuery(new URL(request.url).searchParams, route.query);
    const ip = clientIpOf(request);
    if (route.limit !== undefined) await limitByIp(route.limit, ip);

    let caller: Caller | null = null;
    if (route.access !== 'public') {
      caller = await callerOf(request);
      if (caller === null) {
        throw new HttpError(401, HttpErrorCode.Unauthenticated, {
          headers: { 'www-authenticate': 'Bearer' },
        });
      }
      if (route.access === 'admin' && !caller.isAdmin) {
        throw new HttpError(403, HttpErrorCode.Forbidden);
      }
    }

    let body: unknown;
    if (route.body !== undefined) {
      const raw = await readJsonBody(request, {
        maxBytes: config.maxBodyBytes,
        allowEmpty: route.bodyOptional === true,
      });
      body = parseWith(route.body, raw === undefined ? {} : raw);
    }

    const handler = handlers[operationId] as (
      context: RouteContext<unknown, unknown>,
    ) => Promise<RouteResult>;
    const result = await handler({ request, body, query, id, caller, ip });
    return { ...result, ...(route.csv === true ? { vary: 'Accept' } : {}) };
  }

  function preflight(request: Request, allow: string): RouteResult {
    const origin = allowedOrigin(request);
    const wanted = request.headers.get('access-control-request-method');
    const headers: Record<string, string> = { allow };
    if (origin !== null && wanted !== null && allow.split(', ').includes(wanted.toUpperCase())) {
      headers['access-control-allow-methods'] = allow;
      headers['access-control-allow-headers'] = ALLOWED_REQUEST_HEADERS;
      headers['access-control-max-age'] = '600';
    }
    return { status: 204, headers };
  }

  function allowedOrigin(request: Request): string | null {
    const origin = request.headers.get('origin');
    return origin !== null && config.origins.has(origin) ? origin : null;
  }

  function respond(request: Request, padded: boolean, result: RouteResult & { vary?: string }) {
    const headers = new Headers(config.securityHeaders);
    headers.set('vary', result.vary === undefined ? 'Origin' : `Origin, ${result.vary}`);
    const origin = allowedOrigin(request);
    if (origin !== null) {
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-expose-headers', EXPOSED_HEADERS);
      if (config.corsCredentials) headers.set('access-control-allow-credentials', 'true');
    }
    for (const [name, value] of Object.entries(result.headers ?? {})) headers.set(name, value);
    const status = result.status ?? 200;
    if (status === 204) return new Response(null, { status, headers });
    if (result.csv !== undefined) {
      headers.set('content-type', 'text/csv; charset=utf-8');
      headers.set('content-disposition', 'attachment; filename="report.csv"');
      return new Response(result.csv, { status, headers });
    }
    headers.set('content-type', 'application/json; charset=utf-8');
    const text = JSON.stringify(result.json ?? null);
    return new Response(padded ? pad(text, config.paddingBytes) : text, { status, headers });
  }

  return async function handle(request: Request): Promise<Response> {
    let padded = false;
    try {
      const path = pathBelow(request, config.basePath);
      padded = path === '/reset' || path.startsWith('/reset/');
      return respond(request, padded, await run(request, path));
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
      return respond(request, padded, {
        status: parts.status,
        json: parts.body,
        headers: parts.headers,
      });
    }
  };
}

// ---- helpers ------------------------------------------------------------------------------

interface CheckedOptions {
  basePath: string;
  publicOrigin: string | undefined;
  authenticate: Authenticate | undefined;
  origins: Set<string>;
  corsCredentials: boolean;
  trustProxy: number;
  maxBodyBytes: number;
  paddingBytes: number;
  limits: Record<RouteLimit, HttpRateLimit | false>;
  securityHeaders: Record<string, string>;
  now: () => Date;
}

function checkOptions(services: HttpServices, options: HttpOptions): CheckedOptions {
  if (services === null || typeof services !== 'object')
    throw new TypeError('services are required');
  for (const name of ['recovery', 'registration', 'change', 'admin', 'rateLimit'] as const) {
    if (services[name] === undefined) throw new TypeError(`services.${name} is required`);
  }
  const basePath = options.basePath ?? '';
  if (basePath !== '' && !/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*[^/]$/.test(basePath)) {
    throw new TypeError('basePath must start with "/" and not end with one (or be "")');
  }
  if (options.authenticate !== undefined && options.jwt !== undefined) {
    throw new TypeError('give authenticate or jwt, not both');
  }
  const origins = new Set<string>();
  for (const origin of options.allowedOrigins ?? [])
    origins.add(checkOrigin(origin, 'allowedOrigins'));
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
  if (!Number.isInteger(trustProxy) || trustProxy < 0) {
    throw new TypeError('trustProxy must be a whole number of hops');
  }
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 256) {
    throw new TypeError('maxBodyBytes must be an integer of at least 256');
  }
  const paddingBytes = options.paddingBytes ?? 1024;
  if (!Number.isInteger(paddingBytes) || paddingBytes < 1) {
    throw new TypeError('paddingBytes must be a positive integer');
  }
  const limits = { ...DEFAULT_LIMITS, ...options.rateLimits } as Record<
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
  const denyFraming = frameAncestors.length === 1 && frameAncestors[0] === "'none'";
  return {
    basePath,
    publicOrigin,
    authenticate:
      options.jwt === undefined ? options.authenticate : createJwtAuthenticator(options.jwt),
    origins,
    corsCredentials: options.corsCredentials ?? false,
    trustProxy,
    maxBodyBytes,
    paddingBytes,
    limits,
    securityHeaders: {
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-security-policy': `default-src 'none'; frame-ancestors ${frameAncestors.join(' ')}`,
      ...(denyFraming ? { 'x-frame-options': 'DENY' } : {}),
    },
    now: options.now ?? (() => new Date()),
  };
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

function signedIn(caller: Caller | null): Caller {
  if (caller === null) throw new HttpError(401, HttpErrorCode.Unauthenticated);
  return caller;
}

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const [type, ...parameters] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, setting] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || setting === 'utf-8' || setting === '"utf-8"';
  });
}

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpError(400, HttpErrorCode.InvalidRequest, {
    issues: result.error.issues.slice(0, 20).flatMap(toHttpIssues),
  });
}

function toHttpIssues(issue: z.core.$ZodIssue): HttpIssue[] {
  if (issue.code === 'unrecognized_keys') {
    // Name at most a few unknown keys, cut short: they are the client's own input.
    return issue.keys
      .slice(0, 5)
      .map((key) => ({ path: [...issue.path, key.slice(0, 64)].join('.'), code: issue.code }));
  }
  const result: HttpIssue = { path: issue.path.map(String).join('.'), code: issue.code };
  if (issue.code === 'too_small') result.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') result.maximum = Number(issue.maximum);
  return [result];
}

function parseQuery(params: URLSearchParams, schema: z.ZodType | undefined): unknown {
  const query: Record<string, string> = {};
  const repeated: HttpIssue[] = [];
  for (const [key, value] of params) {
    if (Object.hasOwn(query, key))
      repeated.push({ path: key.slice(0, 64), code: 'duplicate_parameter' });
    query[key] = value;
  }
  if (repeated.length > 0) {
    // Parameter pollution: `?limit=1&limit=1000` means nothing we would act on.
    throw new HttpError(400, HttpErrorCode.InvalidRequest, { issues: repeated.slice(0, 5) });
  }
  if (schema === undefined) {
    const keys = Object.keys(query);
    if (keys.length === 0) return undefined;
    throw new HttpError(400, HttpErrorCode.InvalidRequest, {
      issues: keys
        .slice(0, 5)
        .map((key) => ({ path: key.slice(0, 64), code: 'unrecognized_keys' })),
    });
  }
  return parseWith(schema, query);
}

/** A strong `If-Match: "<revision>"`; `*` or none means no expectation. */
function revisionOf(header: string | null): number | undefined {
  if (header === null || header.trim() === '*') return undefined;
  const match = /^"(\d{1,15})"$/.exec(header.trim());
  if (match?.[1] === undefined) {
    throw new HttpError(400, HttpErrorCode.InvalidRequest, {
      issues: [{ path: 'If-Match', code: 'invalid_format' }],
    });
  }
  return Number(match[1]);
}

function validIp(value: string): string | undefined {
  const ip = value.trim();
  return /^[0-9A-Fa-f:.]{2,45}$/.test(ip) ? ip : undefined;
}

/** The first supported locale in `Accept-Language`, by order of preference. */
function localeOf(header: string | null): string | undefined {
  if (header === null) return undefined;
  const supported = Object.values(Locale) as string[];
  const wanted = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return {
        language: tag.split('-')[0]?.toLowerCase() ?? '',
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((entry) => entry.q > 0 && supported.includes(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted[0]?.language;
}

/** Whether `Accept` ranks `text/csv` above JSON. */
function prefersCsv(accept: string | null): boolean {
  if (accept === null) return false;
  let csv = 0;
  let json = 0;
  for (const part of accept.split(',').slice(0, 20)) {
    const [type = '', ...parameters] = part.trim().toLowerCase().split(';');
    const qText = parameters
      .map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1])
      .find(Boolean);
    const q = qText === undefined ? 1 : Number(qText);
    if (type.trim() === 'text/csv') csv = Math.max(csv, q);
    if (type.trim() === 'application/json') json = Math.max(json, q);
  }
  return csv > json;
}

/** Pads JSON with trailing spaces to a multiple of `bucket` bytes (JSON allows them). */
function pad(text: string, bucket: number): string {
  const length = new TextEncoder().encode(text).byteLength;
  const remainder = length % bucket;
  return remainder === 0 ? text : text + ' '.repeat(bucket - remainder);
}
