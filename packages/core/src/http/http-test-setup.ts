// Shared by the http tests only (not exported from the package): the test engine
// (createTestEngine, its default users) and a handler over its services.

import { createRateLimit } from '../limits/rate-limit.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { createTestEngine, TEST_START } from '../testing/test-engine.js';
import type { WebAuthnOptions } from '../verification/passkey.js';
import type { Caller } from './caller.js';
import { createHttpHandler, type HttpOptions, type HttpServices } from './create-http-handler.js';
import { HttpError } from './http-error.js';

export { TEST_START };
export const ORIGIN = 'https://id.example.com';
export const ALICE_PASSWORD = 'morning tide over quiet water';
export const NEW_PASSWORD = 'violet harbour quantum teapots';

/** Options of {@link createTestApi}. */
export interface TestApiOptions {
  policy?: PolicyInput;
  http?: HttpOptions;
  /** Leave the reports out (501). */
  withoutReports?: boolean;
  /** The relying party of passkeys (without it, passkey routes answer 409). */
  webauthn?: WebAuthnOptions;
}

/**
 * The test engine with its default users (alice, erin, an admin) and a handler over its services;
 * `request(..., { as })` marks a request as signed in through the `authenticate` callback.
 */
export function createTestApi(options: TestApiOptions = {}) {
  const testbed = createTestEngine({
    seed: 7,
    policy: options.policy ?? {},
    ...(options.webauthn === undefined ? {} : { webauthn: options.webauthn }),
  });
  const { engine, storage, clock } = testbed;
  const services: HttpServices = {
    recovery: engine.recovery,
    registration: engine.registration,
    change: engine.change,
    admin: engine.admin,
    helpdesk: engine.helpdesk,
    rateLimit: createRateLimit(storage.counters, clock),
    channels: { sms: true, voice: true, email: true },
    signIn: { check: engine.signInCheck, postpone: engine.postponeSignInCheck },
    ...(options.withoutReports === true ? {} : { reports: engine.reports }),
  };
  const callers = new Map<string, Caller>([
    ['alice', { userId: 'u-alice', isAdmin: false, authTime: TEST_START }],
    ['erin', { userId: 'u-erin', isAdmin: false }],
    ['admin', { userId: 'u-admin', isAdmin: true, authTime: TEST_START }],
    ['ghost', { userId: 'u-ghost', isAdmin: false }],
  ]);
  const handler = createHttpHandler(services, {
    authenticate: (request) => callers.get(request.headers.get('x-test-user') ?? '') ?? null,
    now: () => clock.now(),
    ...options.http,
  });

  return { ...testbed, services, handler };
}

/** Options of {@link request}. */
export interface RequestOptions {
  body?: unknown;
  /** Signed in as this test user (`alice`, `erin`, `admin`, `ghost`). */
  as?: string;
  headers?: Record<string, string>;
  /** @default ORIGIN + path */
  url?: string;
}

/** A JSON request to the handler's path. */
export function request(method: string, path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  if (options.as !== undefined) headers.set('x-test-user', options.as);
  return new Request(options.url ?? `${ORIGIN}${path}`, {
    method,
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
}

/** The response's JSON (padded bodies included). */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return JSON.parse(await response.text()) as Record<string, unknown>;
}

/**
 * The HttpError a route's call was refused with; throws (failing the test) when the call
 * resolved or threw anything else.
 */
export async function httpRefusal(call: Promise<unknown>): Promise<HttpError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
}
