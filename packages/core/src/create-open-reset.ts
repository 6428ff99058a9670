import {
  createSignInChecks,
  type SignInCheckInput,
  type SignInCheckResult,
} from './account/sign-in-check.js';
import { type AdminService, createAdminService } from './admin/admin-service.js';
import { createHelpdeskService, type HelpdeskService } from './admin/helpdesk-service.js';
import type { AuditEvent } from './audit/audit-event.js';
import { type AuditHook, runAuditHooks } from './audit/audit-hooks.js';
import { type AuditLog, createAuditLog } from './audit/audit-log.js';
import {
  type AltchaCaptcha,
  type AltchaSettings,
  createAltchaCaptcha,
} from './captcha/altcha-captcha.js';
import { type ChangeService, createChangeService } from './change/change-service.js';
import { createKeyring, type ServerKey } from './crypto/keyring.js';
import { createPbkdf2Hasher } from './crypto/pbkdf2-hasher.js';
import { systemClock } from './crypto/system-clock.js';
import { systemRandom } from './crypto/system-random.js';
import { createHttpHandler, type HttpOptions } from './http/create-http-handler.js';
import { createRateLimit } from './limits/rate-limit.js';
import { checkMessageTemplates, type MessageTemplates } from './messages/message-templates.js';
import { createNotifier } from './messages/notifier.js';
import {
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
} from './outbox/create-dispatcher.js';
import { createOutboxWriter, type OutboxWriter } from './outbox/create-outbox-writer.js';
import {
  checkWebhookEndpoints,
  createWebhookSender,
  type WebhookEndpoint,
  wantsEvent,
  webhookMessage,
} from './outbox/standard-webhooks.js';
import {
  type CheckPasswordOptions,
  checkPassword,
  type PasswordCheckResult,
  type PasswordContext,
} from './password/check-password.js';
import { createUserPasswordCheck } from './password/user-password-check.js';
import { parsePolicy } from './policy/parse-policy.js';
import type { Policy, PolicyInput } from './policy/policy-schema.js';
import type { BreachedPasswords } from './ports/breached-passwords.js';
import type { Captcha } from './ports/captcha.js';
import type { Clock } from './ports/clock.js';
import type { Directory } from './ports/directory.js';
import type { PasswordHasher } from './ports/hasher.js';
import type { EmailSender, SmsSender, VoiceCaller } from './ports/messaging.js';
import type { Random } from './ports/random.js';
import type { Storage } from './ports/storage.js';
import { FlowState, nextFlowState, TERMINAL_FLOW_STATES } from './recovery/flow-machine.js';
import { createRecoveryService, type RecoveryService } from './recovery/recovery-service.js';
import {
  createRegistrationService,
  type RegistrationService,
} from './registration/registration-service.js';
import { createReports, type Reports } from './reports/create-reports.js';
import { evaluateUsage } from './reports/usage.js';
import { createScheduler, type Scheduler } from './schedule/create-scheduler.js';
import { sendExpiryWarnings } from './schedule/expiry-warnings.js';
import {
  checkedRetention,
  purgeRetained,
  type RetentionOptions,
} from './schedule/purge-retained.js';
import { reconcileWriteback, type WritebackStates } from './schedule/reconcile-writeback.js';
import { sendRegistrationReminders } from './schedule/registration-reminders.js';
import { sendResetRequestNotices } from './schedule/reset-request-notices.js';
import {
  createTelemetry,
  type Telemetry,
  type TelemetryApi,
} from './telemetry/create-telemetry.js';
import { createPasskeys, type WebAuthnOptions, webAuthnIssues } from './verification/passkey.js';
import { createProofVerifier } from './verification/verify-proof.js';

/** The moves of the `reconcile-writeback` job, from the flow machine. */
const WRITEBACK_STATES: WritebackStates = {
  writingBack: FlowState.WritingBack,
  completed: nextFlowState(FlowState.WritingBack, 'complete'),
  failed: nextFlowState(FlowState.WritingBack, 'writeback_failed'),
};

/** What {@link createOpenReset} is built from. Every port is injected; nothing is global. */
export interface OpenResetOptions {
  /** Where flows, codes, registrations, audit, outbox, counters and policies live. */
  storage: Storage;
  /** Where passwords live and are written back to. */
  directory: Directory;
  /**
   * Server secrets (32+ bytes each) for code HMACs, identifier hashes and sealing outbox
   * messages. The first signs new data; keep old ones listed until their codes and messages
   * are gone, to rotate. Every instance sharing a store needs the same keys.
   */
  keys: readonly ServerKey[];
  /**
   * The policy of tenants that have none stored (an admin's saved policy wins).
   * @default parsePolicy({}) — every secure default
   */
  policy?: PolicyInput;
  /** The tenant used when a call names none. @default "default" */
  tenantId?: string;
  /** Sends SMS codes; without it, SMS methods are unavailable. */
  sms?: SmsSender;
  /** Places voice calls; without it, voice methods are unavailable. */
  voice?: VoiceCaller;
  /** Sends email codes and notifications; without it, email is unavailable. */
  email?: EmailSender;
  /** Hashes security answers and verifies password history. @default createPbkdf2Hasher() */
  hasher?: PasswordHasher;
  /** The breach corpus. @default the bundled common-password list, offline */
  breached?: BreachedPasswords;
  /**
   * A human check in front of starting a reset: `'altcha'` (or {@link AltchaSettings}) for
   * the built-in proof of work (no third party; challenges at `GET /captcha/challenge`),
   * `createTurnstileCaptcha(...)` or `createHcaptchaCaptcha(...)`, or any {@link Captcha}.
   * It turns the check on; the policy's `captcha.afterStarts` says when a start must pass
   * it (always, by default). Without it there is no captcha.
   */
  captcha?: Captcha | 'altcha' | AltchaSettings;
  /** @default the system clock */
  clock?: Clock;
  /** @default Web Crypto's CSPRNG */
  random?: Random;
  /** Retry, lease and batch settings of the outbox dispatcher. */
  delivery?: Pick<DispatcherOptions, 'retry' | 'leaseMs' | 'batchSize'>;
  /** How the HTTP handler authenticates callers, which origins may call it, and its limits. */
  http?: Omit<HttpOptions, 'tenantId'>;
  /**
   * The relying party passkeys are made for: without it, passkeys are neither offered nor
   * registered. Refused at start (`TypeError`) when it is malformed, or when the handler's
   * `http.publicOrigin` is not one of its `origins`, or one of its `origins` is neither the
   * public origin nor an allowed CORS origin (the widgets there could not call the handler).
   */
  webauthn?: WebAuthnOptions;
  /**
   * How long finished data is kept (the hourly `purge` job of `start`): audit events 365
   * days, finished flows 30, sent and failed messages 7; ended counters go at once.
   */
  retention?: RetentionOptions;
  /**
   * Told about misconfiguration and background failures (a job or delivery batch that
   * threw). Messages name the problem, never a secret, code or password.
   * @default nothing is logged
   */
  logger?: OpenResetLogger;
  /**
   * The host's own wording of the messages it sends (codes by SMS, voice and email, and the
   * notices), per locale and catalog key, with the variables of the shipped text and the
   * same escaping: `{ en: { smsCode: '{org}: your code is {code}. Valid for {minutes}.' } }`.
   * Keys left out keep the shipped texts.
   * @throws {MessageTemplateError} at creation for an unknown locale, template or variable,
   *   or a code message without `{code}`.
   */
  messages?: MessageTemplates;
  /**
   * Told about every audit event once it is stored, e.g. to revoke the user's sessions after
   * `password.reset`. Each hook gets its own copy of the event (events never hold a code,
   * answer, password or token), runs after the step that recorded it (which never waits for
   * it), and a hook that throws is logged through `logger` and changes nothing. An event
   * whose transaction later rolls back (a lost race) may still reach a hook.
   */
  onAudit?: AuditHook | readonly AuditHook[];
  /**
   * Endpoints that receive the audit events as signed Standard Webhooks, queued in the
   * outbox with the event (in its transaction) and sent by the dispatcher with its retries:
   * at least once, the `webhook-id` (the event's id) the same on every attempt. Webhook
   * deliveries are audited (`notification.*`, channel `webhook`) but not sent as webhooks.
   * @throws {TypeError} at creation for a bad URL, secret or event type.
   */
  webhooks?: readonly WebhookEndpoint[];
  /**
   * OpenTelemetry spans and metrics: pass the host's `@opentelemetry/api` module
   * (`import * as otel from '@opentelemetry/api'`, an optional peer). Flows started and
   * completed by result, messages by channel, outbox lag, and a span and a duration per
   * HTTP request by route (see `createTelemetry` for the names). Without it nothing is
   * measured and nothing costs anything.
   */
  telemetry?: TelemetryApi;
}

/** Where the engine reports what an operator should see (console, pino, winston...). */
export interface OpenResetLogger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** The engine: every service, sharing one set of ports. */
export interface OpenReset {
  /**
   * Checks a password against a tenant's policy, as reset and change do.
   * See `checkPassword` for the rules and issue codes.
   */
  checkPassword(
    password: string,
    context: PasswordContext,
    options?: CheckPasswordServiceOptions,
  ): Promise<PasswordCheckResult>;
  /** The audit log: every step of every flow writes one event. */
  audit: AuditLog;
  /** Policy administration and directory health. */
  admin: AdminService;
  /** Helpdesk actions: set a password, unlock, set contacts, Temporary Access Passes. */
  helpdesk: HelpdeskService;
  /** "Can't access your account?": reset and unlock. */
  recovery: RecoveryService;
  /**
   * Sends what requests queued in the outbox (codes, notices), with retries. Call
   * `dispatcher.start()` once per process (or `runOnce()` from a scheduler).
   */
  dispatcher: Dispatcher;
  /** Registration and reconfirmation of a signed-in user's recovery methods. */
  registration: RegistrationService;
  /** Password change by a signed-in user, and expiry. */
  change: ChangeService;
  /** Reset activity, registration activity and per-user usage, from the audit log. */
  reports: Reports;
  /**
   * The fetch-style HTTP handler, `(Request) => Promise<Response>`, that a host mounts under
   * any prefix (set `http.basePath`). See the package README for the routes.
   */
  handler(request: Request): Promise<Response>;
  /**
   * Runs what an instance must run in the background: the outbox dispatcher and the
   * scheduled jobs (`scheduler`, each once per period across all instances: flows that
   * expired unfinished become `abandoned` every minute; flows a dying process left in
   * `writing_back` are settled against the directory every minute (`reconcile-writeback`);
   * the directory is probed every 5 minutes and the result stored for the admin page
   * (`directory-status`); `retention` is applied hourly; password expiry warnings are
   * mailed hourly (`expiry-warnings`) and registration and reconfirmation reminders daily
   * (`registration-reminders`), each at most once per user and period). Call it once per
   * process that should do background work;
   * a web server that leaves it to a worker process skips it.
   * @returns `stop`, the same as {@link OpenReset.stop}.
   * @throws {TypeError} when already started.
   */
  start(options?: EngineStartOptions): () => Promise<void>;
  /** Stops what `start` started and waits for the running batch and jobs; a no-op when not started. */
  stop(): Promise<void>;
  /** The scheduled jobs, each run once per period by whichever instance claims it first. */
  scheduler: Scheduler;
  /**
   * What the host should do right after a user signed in: change an expired password,
   * register recovery methods (`requireRegistration`), reconfirm them (`reconfirmDays`), or
   * carry on (with `reason: 'password_expires_soon'` inside the warning days). Also
   * `GET /me/sign-in-check`; `<openreset-register mode="interrupt">` shows it.
   * @throws {AccountError} `user_not_found`, `directory_error`.
   */
  signInCheck(input: SignInCheckInput): Promise<SignInCheckResult>;
  /**
   * "Remind me later" for a `register` or `reconfirm` sign-in check, within the policy's
   * `registrationReminder` (also `POST /me/sign-in-check/postpone`).
   * @throws {AccountError} `postpone_limit`, `not_postponable`.
   */
  postponeSignInCheck(input: SignInCheckInput): Promise<{ postponesLeft: number }>;
}

/** Options for {@link OpenReset.start}. */
export interface EngineStartOptions {
  /** How often the dispatcher looks for due messages, in ms. @default 1000 */
  dispatchIntervalMs?: number;
  /** How often the scheduler looks for due jobs, in ms. @default 5000 */
  scheduleIntervalMs?: number;
  /** Told about a failed delivery batch or job (the loops go on). */
  onError?: (error: unknown, source: string) => void;
}

/** Options for {@link OpenReset.checkPassword}. */
export interface CheckPasswordServiceOptions {
  /** Whose policy applies. @default the engine's `tenantId` */
  tenantId?: string;
}

/**
 * Builds the engine from its ports. No singletons and no work at import time: two engines
 * in one process are independent.
 *
 * @throws {TypeError} when `storage` or `directory` is missing.
 * @throws {InvalidPolicyError} when `options.policy` is not a valid policy.
 *
 * @example
 * ```ts
 * import { createOpenReset } from '@openreset/core';
 * import { createMemoryDirectory, createMemoryStorage } from '@openreset/core/memory';
 *
 * const engine = createOpenReset({
 *   storage: createMemoryStorage(),
 *   directory: createMemoryDirectory({ users: [], hasher }),
 *   policy: { gatesRequired: 2, methods: ['email', 'mobileSms'] },
 * });
 * const { ok, issues } = await engine.checkPassword('correct horse battery', { username: 'ada' });
 * ```
 */
export function createOpenReset(options: OpenResetOptions): OpenReset {
  if (options === null || typeof options !== 'object') throw new TypeError('options are required');
  if (options.storage === undefined) throw new TypeError('options.storage is required');
  if (options.directory === undefined) throw new TypeError('options.directory is required');
  if (!Array.isArray(options.keys)) throw new TypeError('options.keys is required');

  const defaultPolicy: Policy = parsePolicy(options.policy ?? {});
  const templates =
    options.messages === undefined ? undefined : checkMessageTemplates(options.messages);
  const withTemplates = templates === undefined ? {} : { templates };
  const passkeys =
    options.webauthn === undefined ? undefined : createPasskeys(checkedWebAuthn(options));
  const tenantId = options.tenantId ?? 'default';
  const clock = options.clock ?? systemClock;
  const random = options.random ?? systemRandom;
  const hasher = options.hasher ?? createPbkdf2Hasher({ random });
  const keyring = createKeyring(options.keys, { random });
  const passwordOptions: CheckPasswordOptions = { hasher };
  const getPolicy = async (id: string) => (await admin.getPolicy(id)).policy;
  const logger = options.logger;
  warnAboutSetup(options);
  const writer = createOutboxWriter({ store: options.storage.outbox, keyring, clock, random });
  let warnedIdle = false;
  const outbox: OutboxWriter = {
    async enqueue(entry) {
      const id = await writer.enqueue(entry);
      // Said once per process: a web server that leaves delivery to a worker hears it too.
      if (stopRunning === undefined && !warnedIdle && logger !== undefined) {
        warnedIdle = true;
        logger.warn(
          'a message waits in the outbox, but this process runs no dispatcher: call engine.start() here or in a worker process',
        );
      }
      return id;
    },
  };
  const webhooks = options.webhooks === undefined ? [] : checkWebhookEndpoints(options.webhooks);
  const telemetry: Telemetry | undefined =
    options.telemetry === undefined ? undefined : createTelemetry(options.telemetry);
  const hooks: readonly AuditHook[] = options.onAudit === undefined ? [] : [options.onAudit].flat();
  if (hooks.some((hook) => typeof hook !== 'function')) {
    throw new TypeError('options.onAudit must be a function or an array of functions');
  }
  const hookFailed = (error: unknown, event: AuditEvent) =>
    logger?.error(`an audit hook failed on ${event.type}`, {
      event: event.id,
      error: describeError(error),
    });
  const audit = createAuditLog({
    store: options.storage.audit,
    clock,
    random,
    async onRecord(event) {
      // A webhook's own delivery is audited, but never sent as a webhook (no loop).
      const aboutWebhook = 'channel' in event && event.channel === 'webhook';
      for (const endpoint of webhooks) {
        if (aboutWebhook || !wantsEvent(endpoint, event.type)) continue;
        await outbox.enqueue({
          tenantId: event.tenantId,
          purpose: `webhook:${event.type}`,
          correlationId: event.correlationId,
          payload: { channel: 'webhook', message: webhookMessage(endpoint, event) },
        });
      }
      telemetry?.recordAudit(event);
      if (hooks.length > 0) runAuditHooks(hooks, event, hookFailed);
    },
  });
  const admin = createAdminService({
    policies: options.storage.policies,
    directory: options.directory,
    audit,
    clock,
    defaultPolicy,
    tenantId,
  });
  const rateLimit = createRateLimit(options.storage.counters, clock);
  const verifier = createProofVerifier({ counters: options.storage.counters, clock });
  const channels = {
    sms: options.sms !== undefined,
    voice: options.voice !== undefined,
    email: options.email !== undefined,
  };
  const checkUserPassword = createUserPasswordCheck({
    directory: options.directory,
    hasher,
    ...(options.breached === undefined ? {} : { breached: options.breached }),
  });
  const notifier = createNotifier({
    outbox,
    clock,
    canEmail: options.email !== undefined,
    ...withTemplates,
  });
  const captcha = resolveCaptcha(options.captcha, {
    keyring,
    counters: options.storage.counters,
    clock,
  });
  const recovery = createRecoveryService({
    storage: options.storage,
    directory: options.directory,
    keyring,
    outbox,
    rateLimit,
    proofs: verifier,
    notifier,
    audit,
    clock,
    random,
    hasher,
    checkUserPassword,
    ...(captcha === undefined ? {} : { captcha }),
    ...(passkeys === undefined ? {} : { passkeys }),
    channels,
    getPolicy,
    tenantId,
    ...withTemplates,
  });
  const transaction = options.storage.transaction?.bind(options.storage);
  const dispatcher = createDispatcher({
    ...options.delivery,
    ...(transaction === undefined ? {} : { transaction }),
    store: options.storage.outbox,
    keyring,
    senders: {
      ...(options.sms === undefined ? {} : { sms: options.sms }),
      ...(options.voice === undefined ? {} : { voice: options.voice }),
      ...(options.email === undefined ? {} : { email: options.email }),
      ...(webhooks.length === 0
        ? {}
        : { webhook: createWebhookSender({ endpoints: webhooks, clock }) }),
    },
    audit,
    clock,
    random,
    ...(telemetry === undefined ? {} : { onOutcome: telemetry.recordDelivery }),
  });
  if (options.breached !== undefined) passwordOptions.breached = options.breached;

  const registration = createRegistrationService({
    storage: options.storage,
    directory: options.directory,
    keyring,
    outbox,
    notifier,
    rateLimit,
    audit,
    clock,
    random,
    hasher,
    verifier,
    channels,
    ...(passkeys === undefined ? {} : { passkeys }),
    getPolicy,
    tenantId,
    ...withTemplates,
  });
  const change = createChangeService({
    storage: options.storage,
    directory: options.directory,
    notifier,
    rateLimit,
    audit,
    clock,
    checkUserPassword,
    getPolicy,
    tenantId,
  });
  const helpdesk = createHelpdeskService({
    storage: options.storage,
    directory: options.directory,
    keyring,
    random,
    audit,
    notifier,
    clock,
    checkUserPassword,
    getPolicy,
    tenantId,
  });
  const reports = createReports({
    audit: options.storage.audit,
    registrations: options.storage.registrations,
    directory: options.directory,
    getPolicy,
    clock,
    tenantId,
  });

  const signIn = createSignInChecks({
    registrationStatus: (input) => registration.getStatus(input),
    passwordChange: (input) => change.needsPasswordChange(input),
    counters: options.storage.counters,
    clock,
    getPolicy,
    tenantId,
  });

  const httpHandler = createHttpHandler(
    {
      recovery,
      registration,
      change,
      admin,
      helpdesk,
      rateLimit,
      reports,
      channels: { ...channels, passkey: passkeys !== undefined },
      ...(captcha === undefined ? {} : { captcha }),
      signIn,
      ...(transaction === undefined ? {} : { transaction }),
    },
    { ...options.http, tenantId },
  );
  const handler =
    telemetry === undefined
      ? httpHandler
      : telemetry.wrapHandler(httpHandler, options.http?.basePath ?? '');

  const retention = checkedRetention(options.retention ?? {});
  /** What the scheduled mail jobs share (`schedule/scheduled-mail.ts`). */
  const scheduledMail = {
    directory: options.directory,
    registrations: options.storage.registrations,
    counters: options.storage.counters,
    notifier,
    clock,
    getPolicy,
    tenantId,
  };
  const scheduler = createScheduler({
    counters: options.storage.counters,
    clock,
    tenantId,
    jobs: [
      { name: 'expire-flows', everyMs: 60_000, run: () => recovery.expireFlows() },
      // The directory's reachability, stored for the admin page's history.
      { name: 'directory-status', everyMs: 5 * 60_000, run: () => admin.checkDirectory() },
      {
        name: 'reconcile-writeback',
        everyMs: 60_000,
        run: () =>
          reconcileWriteback({
            flows: options.storage.flows,
            directory: options.directory,
            audit,
            now: clock.now(),
            states: WRITEBACK_STATES,
          }),
      },
      {
        name: 'purge',
        everyMs: 60 * 60_000,
        run: () =>
          purgeRetained(options.storage, {
            tenantId,
            now: clock.now(),
            retention,
            finishedStates: TERMINAL_FLOW_STATES,
          }),
      },
      {
        name: 'expiry-warnings',
        everyMs: 60 * 60_000,
        run: () => sendExpiryWarnings(scheduledMail),
      },
      {
        name: 'registration-reminders',
        everyMs: 24 * 60 * 60_000,
        run: () => sendRegistrationReminders({ ...scheduledMail, evaluateUsage }),
      },
      {
        name: 'reset-request-notices',
        everyMs: 5 * 60_000,
        run: () => sendResetRequestNotices({ ...scheduledMail, audit: options.storage.audit }),
      },
    ],
  });
  let stopRunning: (() => Promise<void>) | undefined;
  const stop = async () => {
    const running = stopRunning;
    stopRunning = undefined;
    await running?.();
  };

  return {
    async checkPassword(password, context, serviceOptions = {}) {
      const policy = await getPolicy(serviceOptions.tenantId ?? tenantId);
      return checkPassword(password, context, policy, passwordOptions);
    },
    audit,
    admin,
    helpdesk,
    recovery,
    dispatcher,
    registration,
    change,
    reports,
    handler,
    scheduler,
    signInCheck: (input) => signIn.check(input),
    postponeSignInCheck: (input) => signIn.postpone(input),
    start(startOptions = {}) {
      if (stopRunning !== undefined) throw new TypeError('the engine is already started');
      const onError =
        startOptions.onError ??
        (logger === undefined
          ? undefined
          : (error: unknown, source: string) =>
              logger.error(`background work failed: ${source}`, {
                source,
                error: describeError(error),
              }));
      const stopDispatcher = dispatcher.start({
        ...(startOptions.dispatchIntervalMs === undefined
          ? {}
          : { intervalMs: startOptions.dispatchIntervalMs }),
        ...(onError === undefined ? {} : { onError: (error) => onError(error, 'dispatcher') }),
      });
      const stopScheduler = scheduler.start({
        ...(startOptions.scheduleIntervalMs === undefined
          ? {}
          : { intervalMs: startOptions.scheduleIntervalMs }),
        ...(onError === undefined ? {} : { onError: (error, job) => onError(error, job) }),
      });
      stopRunning = async () => {
        await Promise.all([stopDispatcher(), stopScheduler()]);
      };
      return stop;
    },
    stop,
  };
}

/** The engine's captcha: the built-in ALTCHA for `'altcha'` or its settings, else as given. */
function resolveCaptcha(
  option: OpenResetOptions['captcha'],
  deps: Parameters<typeof createAltchaCaptcha>[0],
): (Captcha & Partial<Pick<AltchaCaptcha, 'challenge'>>) | undefined {
  if (option === undefined) return undefined;
  if (option === 'altcha') return createAltchaCaptcha(deps);
  if ('provider' in option && option.provider === 'altcha' && !('verify' in option)) {
    return createAltchaCaptcha(deps, option);
  }
  if (typeof (option as Captcha).verify !== 'function') {
    throw new TypeError("options.captcha must be 'altcha', ALTCHA settings or a Captcha");
  }
  return option as Captcha;
}

/** Warns through the logger about settings that quietly turn a protection off. */
function warnAboutSetup(options: OpenResetOptions): void {
  const { logger, http = {} } = options;
  if (logger === undefined) return;
  if (http.clientIp === undefined && (http.trustProxy ?? 0) === 0) {
    logger.warn(
      'per-IP limits are off: the HTTP handler knows no client address (set http.clientIp, or http.trustProxy behind a proxy)',
    );
  }
  if (options.hasher === undefined && options.directory.passwordHistory !== undefined) {
    logger.warn(
      'password history cannot be checked: the directory keeps hashes of its own hasher, so pass it as options.hasher',
    );
  }
}

/** An error as a log line: its name, code and message (the engine's never hold a secret). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message.slice(0, 200)}`;
}

/**
 * The engine's WebAuthn options after the checks of {@link OpenResetOptions.webauthn}.
 * @throws {TypeError} naming every problem.
 */
function checkedWebAuthn(options: OpenResetOptions): WebAuthnOptions {
  const webauthn = options.webauthn as WebAuthnOptions;
  const issues = webAuthnIssues(webauthn);
  const { publicOrigin, allowedOrigins = [] } = options.http ?? {};
  if (publicOrigin !== undefined && !webauthn.origins.includes(publicOrigin)) {
    issues.push(`http.publicOrigin ${publicOrigin} is not one of webauthn.origins`);
  }
  if (publicOrigin !== undefined || allowedOrigins.length > 0) {
    for (const origin of webauthn.origins) {
      if (origin !== publicOrigin && !allowedOrigins.includes(origin)) {
        issues.push(`${origin} is neither http.publicOrigin nor in http.allowedOrigins`);
      }
    }
  }
  if (issues.length > 0) throw new TypeError(`webauthn: ${issues.join('; ')}`);
  return webauthn;
}
