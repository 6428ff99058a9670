import type { z } from 'zod';
import {
  addAuthenticatorBody,
  addMethodBody,
  addPasskeyBody,
  authenticatorSetupResponse,
  captchaChallengeResponse,
  challengeBody,
  changePasswordBody,
  completeBody,
  configResponse,
  directoryStatusResponse,
  flowTokenBody,
  flowViewResponse,
  meResponse,
  openApiResponse,
  passkeyOptionsResponse,
  passwordChangedResponse,
  pendingVerificationResponse,
  policyStateResponse,
  postponeBody,
  postponeResponse,
  reauthBody,
  reconfirmBody,
  registrationReportQuery,
  registrationStatusResponse,
  removeMethodBody,
  renameMethodBody,
  reportPageResponse,
  resetReportQuery,
  setQuestionsBody,
  signInCheckResponse,
  startResetBody,
  updatePolicyBody,
  updatePolicyBodyDoc,
  usageReportQuery,
  verifyBody,
  verifyMethodBody,
} from './http-schemas.js';

/** Who may call a route. */
export type RouteAccess = 'public' | 'user' | 'admin';

/** The per-IP limit a route counts against (see `HttpOptions.rateLimits`). */
export type RouteLimit = 'reset' | 'flow' | 'account';

/** One route of the API: the data that both dispatch and the OpenAPI document read. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path below `basePath`; `{id}` is a path parameter. */
  path: string;
  summary: string;
  tag: 'recovery' | 'account' | 'admin' | 'meta';
  access: RouteAccess;
  /** The JSON body's schema (state-changing routes). */
  body?: z.ZodType;
  /** How the body is documented, when it differs from how it is parsed. */
  bodyDoc?: z.ZodType;
  /** Whether the body may be left out (read as `{}`). */
  bodyOptional?: boolean;
  /** The query's schema; without one, any query parameter is refused. */
  query?: z.ZodType;
  /** The success response's schema. */
  response: z.ZodType;
  /** The success status. @default 200 */
  status?: number;
  /** Also answers `text/csv` when asked by `Accept`. */
  csv?: boolean;
  /** The per-IP limit. */
  limit?: RouteLimit;
  /** Responses are padded to a fixed size bucket (enumeration safety). */
  padded?: boolean;
  /** Error statuses worth documenting beyond the ones every route has. */
  errors: readonly number[];
}

/**
 * Every route, keyed by its OpenAPI `operationId`. The handler has one function per key
 * (its type makes that exhaustive) and the OpenAPI document lists every entry.
 */
export const ROUTES = {
  getConfig: {
    method: 'GET',
    path: '/config',
    summary: 'Branding, locales, helpdesk, password rules and methods a public form may show',
    tag: 'meta',
    access: 'public',
    response: configResponse,
    errors: [],
  },
  startReset: {
    method: 'POST',
    path: '/reset',
    summary: 'Start a reset or unlock flow (the same answer for known and unknown accounts)',
    tag: 'recovery',
    access: 'public',
    body: startResetBody,
    response: flowViewResponse,
    limit: 'reset',
    padded: true,
    errors: [422, 429, 502, 503],
  },
  captchaChallenge: {
    method: 'GET',
    path: '/captcha/challenge',
    summary:
      'A new ALTCHA proof-of-work challenge for POST /reset (404 when the captcha is not ALTCHA)',
    tag: 'recovery',
    access: 'public',
    response: captchaChallengeResponse,
    limit: 'flow',
    errors: [404, 429],
  },
  challengeReset: {
    method: 'POST',
    path: '/reset/challenge',
    summary:
      'Send a code to a method (after confirming the full number or address), or ask questions',
    tag: 'recovery',
    access: 'public',
    body: challengeBody,
    response: flowViewResponse,
    limit: 'flow',
    padded: true,
    errors: [404, 409, 410, 422, 429],
  },
  verifyReset: {
    method: 'POST',
    path: '/reset/verify',
    summary: 'Check a code, the answers or a passkey assertion; a pass counts as one gate',
    tag: 'recovery',
    access: 'public',
    body: verifyBody,
    response: flowViewResponse,
    limit: 'flow',
    padded: true,
    errors: [404, 409, 410, 422, 429],
  },
  completeReset: {
    method: 'POST',
    path: '/reset/complete',
    summary: 'Set the new password (reset) or unlock the account (unlock)',
    tag: 'recovery',
    access: 'public',
    body: completeBody,
    response: flowViewResponse,
    limit: 'flow',
    padded: true,
    errors: [404, 409, 410, 422, 502, 503],
  },
  resetStatus: {
    method: 'POST',
    path: '/reset/status',
    summary: 'The flow as it is now (e.g. whether a code could not be delivered)',
    tag: 'recovery',
    access: 'public',
    body: flowTokenBody,
    response: flowViewResponse,
    limit: 'flow',
    padded: true,
    errors: [404, 410],
  },
  cancelReset: {
    method: 'POST',
    path: '/reset/cancel',
    summary: 'End the flow at the user’s request',
    tag: 'recovery',
    access: 'public',
    body: flowTokenBody,
    response: flowViewResponse,
    limit: 'flow',
    padded: true,
    errors: [404, 409, 410],
  },
  getMe: {
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user’s registration status and whether the password must change',
    tag: 'account',
    access: 'user',
    response: meResponse,
    errors: [404, 502, 503],
  },
  signInCheck: {
    method: 'GET',
    path: '/me/sign-in-check',
    summary:
      'After sign-in: change an expired password, register or reconfirm recovery methods, or carry on',
    tag: 'account',
    access: 'user',
    response: signInCheckResponse,
    errors: [404, 501, 502, 503],
  },
  postponeSignInCheck: {
    method: 'POST',
    path: '/me/sign-in-check/postpone',
    summary: '“Remind me later” for registration or reconfirmation (limited by the policy)',
    tag: 'account',
    access: 'user',
    body: postponeBody,
    bodyOptional: true,
    response: postponeResponse,
    limit: 'account',
    errors: [404, 409, 501],
  },
  addMethod: {
    method: 'POST',
    path: '/me/methods',
    summary: 'Send a code to a new phone or address (stored once verified)',
    tag: 'account',
    access: 'user',
    body: addMethodBody,
    response: pendingVerificationResponse,
    status: 202,
    limit: 'account',
    errors: [403, 422, 429, 502, 503],
  },
  verifyMethod: {
    method: 'POST',
    path: '/me/methods/verify',
    summary: 'Store the phone or address once its code is right',
    tag: 'account',
    access: 'user',
    body: verifyMethodBody,
    response: registrationStatusResponse,
    limit: 'account',
    errors: [403, 409, 422, 429],
  },
  removeMethod: {
    method: 'DELETE',
    path: '/me/methods/{id}',
    summary: 'Remove a registered method (never below the policy’s minimum)',
    tag: 'account',
    access: 'user',
    body: removeMethodBody,
    bodyOptional: true,
    response: registrationStatusResponse,
    limit: 'account',
    errors: [403, 404, 409, 422],
  },
  renameMethod: {
    method: 'PATCH',
    path: '/me/methods/{id}',
    summary: 'Rename a passkey or authenticator app',
    tag: 'account',
    access: 'user',
    body: renameMethodBody,
    response: registrationStatusResponse,
    limit: 'account',
    errors: [403, 404, 409, 422],
  },
  passkeyOptions: {
    method: 'POST',
    path: '/me/passkeys/options',
    summary: 'Options for registering a passkey (startRegistration)',
    tag: 'account',
    access: 'user',
    body: reauthBody,
    bodyOptional: true,
    response: passkeyOptionsResponse,
    limit: 'account',
    errors: [403, 409, 422],
  },
  addPasskey: {
    method: 'POST',
    path: '/me/passkeys',
    summary: 'Store a passkey once its registration verifies',
    tag: 'account',
    access: 'user',
    body: addPasskeyBody,
    response: registrationStatusResponse,
    status: 201,
    limit: 'account',
    errors: [403, 409, 422],
  },
  authenticatorSetup: {
    method: 'POST',
    path: '/me/authenticators/setup',
    summary:
      'A new authenticator-app secret (QR code and text); stored once its first code is confirmed',
    tag: 'account',
    access: 'user',
    body: reauthBody,
    bodyOptional: true,
    response: authenticatorSetupResponse,
    limit: 'account',
    errors: [403, 409, 422],
  },
  addAuthenticator: {
    method: 'POST',
    path: '/me/authenticators',
    summary: 'Store the authenticator app once its current code is right',
    tag: 'account',
    access: 'user',
    body: addAuthenticatorBody,
    response: registrationStatusResponse,
    status: 201,
    limit: 'account',
    errors: [403, 409, 422],
  },
  setQuestions: {
    method: 'PUT',
    path: '/me/questions',
    summary: 'Set the security questions and answers (all at once)',
    tag: 'account',
    access: 'user',
    body: setQuestionsBody,
    response: registrationStatusResponse,
    limit: 'account',
    errors: [403, 422],
  },
  reconfirm: {
    method: 'POST',
    path: '/me/reconfirm',
    summary: '“Looks good”: restart the reconfirmation clock',
    tag: 'account',
    access: 'user',
    body: reconfirmBody,
    bodyOptional: true,
    response: registrationStatusResponse,
    limit: 'account',
    errors: [409],
  },
  changePassword: {
    method: 'POST',
    path: '/me/password',
    summary: 'Change the password (current and new)',
    tag: 'account',
    access: 'user',
    body: changePasswordBody,
    response: passwordChangedResponse,
    limit: 'account',
    errors: [422, 429, 502, 503],
  },
  getPolicy: {
    method: 'GET',
    path: '/admin/policy',
    summary: 'The policy in force and its revision (also the ETag)',
    tag: 'admin',
    access: 'admin',
    response: policyStateResponse,
    errors: [403],
  },
  updatePolicy: {
    method: 'PUT',
    path: '/admin/policy',
    summary: 'Replace the policy (If-Match or expectedRevision guards against lost updates)',
    tag: 'admin',
    access: 'admin',
    body: updatePolicyBody,
    bodyDoc: updatePolicyBodyDoc,
    response: policyStateResponse,
    errors: [403, 409],
  },
  resetReport: {
    method: 'GET',
    path: '/admin/reports/resets',
    summary: 'Reset activity (JSON, or CSV with Accept: text/csv)',
    tag: 'admin',
    access: 'admin',
    query: resetReportQuery,
    response: reportPageResponse,
    csv: true,
    errors: [403, 501],
  },
  registrationReport: {
    method: 'GET',
    path: '/admin/reports/registrations',
    summary: 'Registration activity (JSON, or CSV with Accept: text/csv)',
    tag: 'admin',
    access: 'admin',
    query: registrationReportQuery,
    response: reportPageResponse,
    csv: true,
    errors: [403, 501],
  },
  usageReport: {
    method: 'GET',
    path: '/admin/reports/users',
    summary: 'Per-user registered, enabled and capable (JSON, or CSV with Accept: text/csv)',
    tag: 'admin',
    access: 'admin',
    query: usageReportQuery,
    response: reportPageResponse,
    csv: true,
    errors: [403, 501],
  },
  directoryStatus: {
    method: 'GET',
    path: '/admin/directory/status',
    summary: 'Whether the directory is reachable',
    tag: 'admin',
    access: 'admin',
    response: directoryStatusResponse,
    errors: [403],
  },
  getOpenApi: {
    method: 'GET',
    path: '/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'meta',
    access: 'public',
    response: openApiResponse,
    errors: [],
  },
} as const satisfies Record<string, RouteDefinition>;

/** A route's key (its OpenAPI `operationId`). */
export type OperationId = keyof typeof ROUTES;
