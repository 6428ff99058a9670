import { ClientError, ClientErrorCode, type ClientErrorDetails } from './client-error.js';
import type {
  AddAuthenticatorInput,
  AddMethodInput,
  AddPasskeyInput,
  AuthenticatorSetup,
  CaptchaChallenge,
  ChallengeResetInput,
  ChangePasswordInput,
  CompleteResetInput,
  FlowView,
  MeResponse,
  PasskeyOptions,
  PendingVerification,
  PostponeResult,
  PublicConfig,
  ReauthInput,
  RegistrationStatusJson,
  RenameMethodInput,
  SetQuestionsInput,
  SignInCheckResult,
  StartResetInput,
  VerifyMethodInput,
  VerifyResetInput,
} from './client-types.js';

/** The base URL requests are built against when the client calls an in-page handler. */
export const IN_PAGE_ORIGIN = 'http://openreset.invalid';

/** Options shared by both ways of creating a client. */
interface CommonClientOptions {
  /**
   * Extra headers for every request (`Authorization: Bearer ...` for the signed-in routes).
   * A function is called per request, so a token can be refreshed.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
}

/** A client of an HTTP API mounted at `baseUrl`. */
export interface RemoteClientOptions extends CommonClientOptions {
  /** Where the handler is mounted: `https://id.example.com/api/openreset` or `/api/openreset`. */
  baseUrl: string;
  /**
   * Cookies for the signed-in routes. Use `include` when the API is on another origin
   * (and list that origin in the server's `allowedOrigins` with `corsCredentials`).
   * @default "same-origin"
   */
  credentials?: RequestCredentials;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** A client of a handler in the same page (stories, tests, a service worker). */
export interface HandlerClientOptions extends CommonClientOptions {
  /** The engine's fetch handler (`engine.handler`). */
  handler: (request: Request) => Promise<Response>;
}

/** Options of {@link createClient}: a `baseUrl` or a `handler`. */
export type CreateClientOptions = RemoteClientOptions | HandlerClientOptions;

/** Typed calls to the routes the widgets use. Each resolves with the body or throws {@link ClientError}. */
export interface OpenResetClient {
  /** `GET /config`. */
  getConfig(): Promise<PublicConfig>;
  /** `GET /captcha/challenge`: an ALTCHA challenge, when `GET /config` names ALTCHA. */
  captchaChallenge(): Promise<CaptchaChallenge>;
  /** `POST /reset`: the same answer for known and unknown accounts. */
  startReset(input: StartResetInput): Promise<FlowView>;
  /**
   * `POST /reset/challenge`: send a code (after confirming the contact), ask questions, or
   * start a passkey's ceremony (`challenge.publicKey`) or an authenticator app's code.
   */
  challengeReset(input: ChallengeResetInput): Promise<FlowView>;
  /** `POST /reset/verify`: a code, the answers, or a passkey's `credential`. */
  verifyReset(input: VerifyResetInput): Promise<FlowView>;
  /** `POST /reset/complete`. */
  completeReset(input: CompleteResetInput): Promise<FlowView>;
  /** `POST /reset/status`. */
  resetStatus(flowToken: string): Promise<FlowView>;
  /** `POST /reset/cancel`. */
  cancelReset(flowToken: string): Promise<FlowView>;
  /**
   * `POST /reset/contact-admin`: tells the tenant's administrators this user is stuck (an
   * open or blocked flow). The answer is the same for every flow, known account or not.
   */
  contactAdmin(flowToken: string): Promise<{ contacted: true }>;
  /** `GET /me` (signed in). */
  getMe(): Promise<MeResponse>;
  /** `POST /me/methods` (signed in). */
  addMethod(input: AddMethodInput): Promise<PendingVerification>;
  /** `POST /me/methods/verify` (signed in). */
  verifyMethod(input: VerifyMethodInput): Promise<RegistrationStatusJson>;
  /** `DELETE /me/methods/{id}` (signed in). */
  removeMethod(methodId: string, input?: ReauthInput): Promise<RegistrationStatusJson>;
  /** `POST /me/passkeys/options` (signed in): the options of a new passkey's ceremony. */
  passkeyOptions(input?: ReauthInput): Promise<PasskeyOptions>;
  /** `POST /me/passkeys` (signed in): registers the credential the ceremony created. */
  addPasskey(input: AddPasskeyInput): Promise<RegistrationStatusJson>;
  /** `POST /me/authenticators/setup` (signed in): a secret for a new authenticator app. */
  setupAuthenticator(input?: ReauthInput): Promise<AuthenticatorSetup>;
  /** `POST /me/authenticators` (signed in): registers the app once its first code checks out. */
  addAuthenticator(input: AddAuthenticatorInput): Promise<RegistrationStatusJson>;
  /** `PATCH /me/methods/{id}` (signed in): renames a passkey or an authenticator app. */
  renameMethod(methodId: string, input: RenameMethodInput): Promise<RegistrationStatusJson>;
  /** `PUT /me/questions` (signed in). */
  setQuestions(input: SetQuestionsInput): Promise<RegistrationStatusJson>;
  /** `POST /me/reconfirm` (signed in). */
  reconfirm(): Promise<RegistrationStatusJson>;
  /**
   * `GET /me/sign-in-check` (signed in): what the user should do after signing in (register,
   * reconfirm, change the password, or nothing) and how often it may still be postponed.
   */
  signInCheck(): Promise<SignInCheckResult>;
  /** `POST /me/sign-in-check/postpone` (signed in): "remind me later" (code `postpone_limit`). */
  postponeSignInCheck(): Promise<PostponeResult>;
  /** `POST /me/password` (signed in). */
  changePassword(input: ChangePasswordInput): Promise<{ changed: true }>;
}

/**
 * Creates the client the widgets talk through: over `fetch` to a mounted API, or straight to
 * an in-page handler (then requests are built against `http://openreset.invalid`).
 *
 * @throws {TypeError} when neither `baseUrl` nor `handler` is given.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: '/api/openreset' });
 * const flow = await client.startReset({ identifier: 'ada' });
 *
 * // Stories and tests: the real engine in the page.
 * const local = createClient({ handler: engine.handler });
 * ```
 */
export function createClient(options: CreateClientOptions): OpenResetClient {
  const call = createCaller(options);

  return {
    getConfig: () => call('GET', '/config'),
    captchaChallenge: () => call('GET', '/captcha/challenge'),
    startReset: (input) => call('POST', '/reset', input),
    challengeReset: (input) => call('POST', '/reset/challenge', input),
    verifyReset: (input) => call('POST', '/reset/verify', input),
    completeReset: (input) => call('POST', '/reset/complete', input),
    resetStatus: (flowToken) => call('POST', '/reset/status', { flowToken }),
    cancelReset: (flowToken) => call('POST', '/reset/cancel', { flowToken }),
    contactAdmin: (flowToken) => call('POST', '/reset/contact-admin', { flowToken }),
    getMe: () => call('GET', '/me'),
    addMethod: (input) => call('POST', '/me/methods', input),
    verifyMethod: (input) => call('POST', '/me/methods/verify', input),
    removeMethod: (methodId, input = {}) =>
      call('DELETE', `/me/methods/${encodeURIComponent(methodId)}`, input),
    passkeyOptions: (input = {}) => call('POST', '/me/passkeys/options', input),
    addPasskey: (input) => call('POST', '/me/passkeys', input),
    setupAuthenticator: (input = {}) => call('POST', '/me/authenticators/setup', input),
    addAuthenticator: (input) => call('POST', '/me/authenticators', input),
    renameMethod: (methodId, input) =>
      call('PATCH', `/me/methods/${encodeURIComponent(methodId)}`, input),
    setQuestions: (input) => call('PUT', '/me/questions', input),
    reconfirm: () => call('POST', '/me/reconfirm', {}),
    signInCheck: () => call('GET', '/me/sign-in-check'),
    postponeSignInCheck: () => call('POST', '/me/sign-in-check/postpone', {}),
    changePassword: (input) => call('POST', '/me/password', input),
  };
}

/**
 * One API call: resolves with the JSON body (or, with `accept` `text/csv`, the text) of a
 * successful answer, throws {@link ClientError} otherwise.
 */
export type ApiCall = <T>(
  method: string,
  path: string,
  body?: unknown,
  accept?: 'application/json' | 'text/csv',
) => Promise<T>;

/**
 * The request function {@link createClient} (and the admin client) call through: the
 * options' transport, headers, and the error body read into a {@link ClientError}.
 * @throws {TypeError} when neither `baseUrl` nor `handler` is given.
 */
export function createCaller(options: CreateClientOptions): ApiCall {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createClient needs { baseUrl } or { handler }');
  }
  const send = transportOf(options);
  return async <T>(
    method: string,
    path: string,
    body?: unknown,
    accept: 'application/json' | 'text/csv' = 'application/json',
  ): Promise<T> => {
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    headers.set('accept', accept);
    if (body !== undefined) headers.set('content-type', 'application/json');
    let response: Response;
    try {
      response = await send(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new ClientError(ClientErrorCode.NetworkError, 0, { cause });
    }
    const text = await response.text();
    if (response.ok && accept === 'text/csv') return text as T;
    if (response.status === 204) return undefined as T;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ClientError(ClientErrorCode.InvalidResponse, response.status, { cause });
    }
    if (!response.ok) throw errorOf(json, response);
    return json as T;
  };
}

type Transport = (path: string, init: RequestInit) => Promise<Response>;

function transportOf(options: CreateClientOptions): Transport {
  if ('handler' in options && typeof options.handler === 'function') {
    const { handler } = options;
    return (path, init) => handler(new Request(`${IN_PAGE_ORIGIN}${path}`, init));
  }
  if ('baseUrl' in options && typeof options.baseUrl === 'string' && options.baseUrl !== '') {
    const base = options.baseUrl.replace(/\/+$/, '');
    const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
    const credentials = options.credentials ?? 'same-origin';
    return (path, init) => fetcher(`${base}${path}`, { ...init, credentials });
  }
  throw new TypeError('createClient needs { baseUrl } or { handler }');
}

function errorOf(json: unknown, response: Response): ClientError {
  const error = (json as { error?: unknown } | null)?.error;
  if (
    error === null ||
    typeof error !== 'object' ||
    typeof (error as { code?: unknown }).code !== 'string'
  ) {
    return new ClientError(ClientErrorCode.InvalidResponse, response.status);
  }
  const { code, ...fields } = error as { code: string } & ClientErrorDetails;
  const details: ClientErrorDetails = {};
  if (Array.isArray(fields.issues)) details.issues = fields.issues;
  if (typeof fields.retryAfterSeconds === 'number') {
    details.retryAfterSeconds = fields.retryAfterSeconds;
  } else {
    const header = Number(response.headers.get('retry-after'));
    if (Number.isFinite(header) && header > 0) details.retryAfterSeconds = header;
  }
  if (typeof fields.directoryCode === 'string') details.directoryCode = fields.directoryCode;
  if (typeof fields.reason === 'string') details.reason = fields.reason;
  if (typeof fields.attemptsLeft === 'number') details.attemptsLeft = fields.attemptsLeft;
  if (fields.flow !== undefined && fields.flow !== null) details.flow = fields.flow;
  if (Array.isArray(fields.answerIssues)) details.answerIssues = fields.answerIssues;
  return new ClientError(code, response.status, details);
}
