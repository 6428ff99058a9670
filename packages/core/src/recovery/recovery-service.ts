import type { AuditTarget } from '../audit/audit-event.js';
import type { AuditEventInput, AuditLog } from '../audit/audit-log.js';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import { type Notifier, notificationAddresses, uniqueAddresses } from '../engine/notifier.js';
import type { RateLimit } from '../engine/rate-limit.js';
import type { UserPasswordCheck } from '../engine/user-password-check.js';
import { renderCodeMessage } from '../messages/render-messages.js';
import type { OutboxWriter } from '../outbox/create-outbox-writer.js';
import { Locale, type Policy } from '../policy/policy-schema.js';
import type { Captcha } from '../ports/captcha.js';
import type { Clock } from '../ports/clock.js';
import { type Directory, DirectoryError, type DirectoryUser } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import type { Random } from '../ports/random.js';
import type { FlowRecord, JsonObject, Storage } from '../ports/storage.js';
import { matchesEmail, matchesPhone } from './confirm-contact.js';
import { decoyContacts } from './decoy-contacts.js';
import type { FlowData, FlowMethod } from './flow-data.js';
import {
  FLOW_MACHINE_VERSION,
  type FlowEvent,
  type FlowState,
  nextFlowState,
  OPEN_FLOW_STATES,
} from './flow-machine.js';
import type { FlowView } from './flow-view.js';
import { normalizeAnswer } from './normalize-answer.js';
import { RecoveryError, type RecoveryErrorCode } from './recovery-error.js';
import { decoyMethods, realMethods } from './recovery-methods.js';
import { generateCode } from './verification-code.js';

/** Input of {@link RecoveryService.start}. */
export interface StartRecoveryInput {
  /** The username or email address the user typed. */
  identifier: string;
  /** Reset the password, or unlock the account without a reset. @default "reset" */
  intent?: 'reset' | 'unlock';
  /** The captcha token, required when the engine has a `captcha`. */
  captcha?: string;
  /** The user's preferred locale for messages; falls back to the policy's default. */
  locale?: string;
  /** The client address, for limits and audit. */
  ip?: string;
  /** @default the engine's tenant */
  tenantId?: string;
}

/** Input of {@link RecoveryService.challenge}. */
export interface ChallengeInput {
  flowToken: string;
  methodId: string;
  /** The full phone number or address the hint stands for (phone and email methods). */
  confirm?: string;
  ip?: string;
  tenantId?: string;
}

/** Input of {@link RecoveryService.verify}: a code, or answers to the questions asked. */
export interface VerifyInput {
  flowToken: string;
  methodId: string;
  code?: string;
  answers?: ReadonlyArray<{ questionId: string; answer: string }>;
  ip?: string;
  tenantId?: string;
}

/** Input of {@link RecoveryService.complete}. */
export interface CompleteInput {
  flowToken: string;
  /** The new password (reset only). */
  newPassword?: string;
  ip?: string;
  tenantId?: string;
}

/** Input of {@link RecoveryService.getFlow}. */
export interface GetFlowInput {
  flowToken: string;
  tenantId?: string;
}

/** Input of {@link RecoveryService.cancel}. */
export interface CancelInput {
  flowToken: string;
  ip?: string;
  tenantId?: string;
}

/**
 * "Can't access your account?": the reset and unlock flow, one or two gates, enumeration-safe.
 * Every method either returns the flow as the user may see it, or throws a {@link RecoveryError}.
 */
export interface RecoveryService {
  /**
   * Opens a flow. Unknown, ineligible, blocked and over-limit accounts get a decoy flow that
   * looks the same (unless the policy has `detailedErrors`).
   */
  start(input: StartRecoveryInput): Promise<FlowView>;
  /**
   * Sends a code to a method (after the user typed the full number or address), or picks the
   * security questions to answer. A repeat is a resend: a new code that replaces the old one.
   */
  challenge(input: ChallengeInput): Promise<FlowView>;
  /** Checks a code or answers; a pass counts as one gate. */
  verify(input: VerifyInput): Promise<FlowView>;
  /** Sets the new password (reset) or unlocks the account (unlock) through the directory. */
  complete(input: CompleteInput): Promise<FlowView>;
  /**
   * Records that the user chose to contact the helpdesk or an administrator (the reports'
   * "ContactedAdmin" result). The flow stays open.
   */
  contactAdmin(input: GetFlowInput & { ip?: string }): Promise<FlowView>;
  /** The flow as it is now, e.g. to see whether a code's delivery failed. */
  getFlow(input: GetFlowInput): Promise<FlowView>;
  /** Ends the flow at the user's request. */
  cancel(input: CancelInput): Promise<FlowView>;
  /** Marks flows that expired unfinished as abandoned (audit `flow.abandoned`); returns how many. */
  expireFlows(options?: { limit?: number }): Promise<number>;
}

/** What {@link createRecoveryService} needs. */
export interface RecoveryServiceDependencies {
  storage: Storage;
  directory: Directory;
  keyring: Keyring;
  outbox: OutboxWriter;
  audit: AuditLog;
  clock: Clock;
  random: Random;
  hasher: PasswordHasher;
  /** The password rules with the user's names and history, shared with change. */
  checkUserPassword: UserPasswordCheck;
  captcha?: Captcha;
  /** Which message channels have a sender; methods without one are not offered. */
  channels: { sms: boolean; voice: boolean; email: boolean };
  getPolicy(tenantId: string): Promise<Policy>;
  rateLimit: RateLimit;
  notifier: Notifier;
  tenantId: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A window long enough to mean "until reset", for consecutive failures. */
const FOREVER = 100 * 365 * 24 * HOUR;
const IDENTIFIER_MAX = 256;

/** Creates the {@link RecoveryService}. */
export function createRecoveryService(deps: RecoveryServiceDependencies): RecoveryService {
  const { storage, directory, keyring, audit, clock, random, hasher } = deps;
  let decoyAnswerHash: Promise<string> | undefined;

  // ---- helpers ------------------------------------------------------------------------

  const now = () => clock.now();
  const tenantOf = (input: { tenantId?: string | undefined }) => input.tenantId ?? deps.tenantId;

  async function sha256(text: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return encodeBase64Url(new Uint8Array(digest));
  }

  function fail(code: RecoveryErrorCode, message: string, details = {}): never {
    throw new RecoveryError(code, message, details);
  }

  /** Runs a directory call; its failure becomes `directory_error` with the directory's code. */
  async function directoryCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      fail('directory_error', 'The directory could not be reached', {
        directoryCode: error instanceof DirectoryError ? error.code : 'unavailable',
        cause: error,
      });
    }
  }

  function dataOf(flow: FlowRecord): FlowData {
    return flow.data as unknown as FlowData;
  }

  function targetOf(user: DirectoryUser): AuditTarget {
    return { userId: user.id, username: user.username, role: user.isAdmin ? 'admin' : 'user' };
  }

  async function targetOfFlow(flow: FlowRecord): Promise<AuditTarget | undefined> {
    if (flow.userId === null) return undefined;
    const user = await directory.getUser(flow.userId).catch(() => null);
    return user === null ? undefined : targetOf(user);
  }

  /** The fields every audit event of a flow shares. */
  async function auditBase(
    flow: FlowRecord,
    options: { actor?: 'anonymous' | 'system'; target?: AuditTarget } = {},
  ) {
    const target = options.target ?? (await targetOfFlow(flow));
    return {
      tenantId: flow.tenantId,
      actor: { kind: options.actor ?? 'anonymous' } as const,
      correlationId: flow.id,
      ...(target === undefined ? {} : { target }),
    };
  }

  async function record(event: AuditEventInput, ip: string | undefined): Promise<void> {
    await audit.record(ip === undefined ? event : { ...event, ip });
  }

  async function count(key: string, windowMs: number) {
    return storage.counters.increment(key, { windowMs, now: now() });
  }

  const retryAfter = (resetAt: Date | null) => deps.rateLimit.retryAfter(resetAt);

  async function limit(key: string, windowMs: number, max: number, what: string): Promise<void> {
    const result = await deps.rateLimit.hit(key, windowMs, max);
    if (!result.allowed) {
      fail('rate_limited', `Too many ${what}`, { retryAfterSeconds: result.retryAfterSeconds });
    }
  }

  async function loadFlow(input: {
    flowToken: string;
    tenantId?: string | undefined;
    ip?: string | undefined;
  }): Promise<FlowRecord> {
    if (
      typeof input.flowToken !== 'string' ||
      input.flowToken.length === 0 ||
      input.flowToken.length > 128
    ) {
      fail('flow_not_found', 'No such flow');
    }
    const flow = await storage.flows.get(tenantOf(input), await sha256(input.flowToken));
    if (flow === null) fail('flow_not_found', 'No such flow');
    if (flow.expiresAt.getTime() <= now().getTime()) {
      if ((OPEN_FLOW_STATES as readonly string[]).includes(flow.state)) {
        await abandon(flow);
      }
      fail('flow_expired', 'The flow expired');
    }
    return flow;
  }

  /** Moves the flow by `event` and stores it, compare-and-set. */
  async function advance(
    flow: FlowRecord,
    event: FlowEvent,
    data: FlowData = dataOf(flow),
  ): Promise<FlowRecord> {
    let state: FlowState;
    try {
      state = nextFlowState(flow.state as FlowState, event);
    } catch {
      fail('invalid_state', `The flow is ${flow.state}`);
    }
    const next: FlowRecord = {
      ...flow,
      state,
      revision: flow.revision + 1,
      updatedAt: now(),
      data: data as unknown as JsonObject,
    };
    if (!(await storage.flows.update(next, flow.revision))) {
      fail('conflict', 'The flow changed meanwhile; reload it');
    }
    return next;
  }

  async function abandon(flow: FlowRecord): Promise<boolean> {
    const next = {
      ...flow,
      state: nextFlowState(flow.state as FlowState, 'expire'),
      revision: flow.revision + 1,
      updatedAt: now(),
    };
    if (!(await storage.flows.update(next, flow.revision))) return false;
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await audit.record({
      ...(await auditBase(flow, { actor: 'system' })),
      type: 'flow.abandoned',
      result: 'failure',
      reason: `expired_in_${flow.state}`,
    });
    return true;
  }

  function requireState(flow: FlowRecord, ...states: FlowState[]): void {
    if (!(states as string[]).includes(flow.state))
      fail('invalid_state', `The flow is ${flow.state}`);
  }

  async function view(flow: FlowRecord, flowToken: string): Promise<FlowView> {
    const data = dataOf(flow);
    const result: FlowView = {
      flowToken,
      intent: flow.intent,
      state: flow.state as FlowState,
      gatesRequired: data.gatesRequired,
      gatesPassed: data.passed.length,
      methods: data.methods.map((method) => ({
        id: method.id,
        type: method.type,
        hint: method.hint,
        used: data.passedChannels.includes(method.channel),
      })),
      expiresAt: flow.expiresAt.toISOString(),
    };
    if (flow.state === 'awaiting_proof' && data.active !== null) {
      const { methodId, questionIds } = data.active;
      if (questionIds !== undefined) {
        const policy = await deps.getPolicy(flow.tenantId);
        result.challenge = {
          methodId,
          questions: questionIds.map((id) => {
            const custom = policy.questions.custom.find((question) => question.id === id);
            return custom === undefined ? { id } : { id, text: custom.text };
          }),
        };
      } else {
        // A decoy looks up a message that does not exist: the same read as a real flow.
        const messageId = data.active.messageId ?? encodeBase64Url(random.bytes(16));
        const [challenge, message] = await Promise.all([
          storage.challenges.get(flow.tenantId, flow.id, methodId),
          storage.outbox.get(flow.tenantId, messageId),
        ]);
        result.challenge = {
          methodId,
          delivery: message?.status === 'failed' ? 'failed' : 'queued',
          ...(challenge === null ? {} : { expiresAt: challenge.expiresAt.toISOString() }),
        };
      }
    }
    return result;
  }

  function pickQuestions(from: readonly string[], howMany: number): string[] {
    const pool = [...from];
    const picked: string[] = [];
    while (picked.length < howMany && pool.length > 0) {
      const bytes = random.bytes(4);
      const index =
        (((bytes[0] ?? 0) << 24) |
          ((bytes[1] ?? 0) << 16) |
          ((bytes[2] ?? 0) << 8) |
          (bytes[3] ?? 0)) >>>
        0;
      picked.push(...pool.splice(index % pool.length, 1));
    }
    return picked;
  }

  /** The phone number or address behind a flow method, looked up fresh. */
  async function contactOf(flow: FlowRecord, method: FlowMethod): Promise<string | undefined> {
    const data = dataOf(flow);
    const source = method.source;
    if (source.kind === 'decoy') {
      const seed = decodeBase64Url(data.seed) ?? new Uint8Array(16);
      const policy = await deps.getPolicy(flow.tenantId);
      const fake = decoyContacts(seed, { callingCodes: policy.limits.phoneCountryCallingCodes });
      return source.field === 'phone'
        ? fake.phone
        : source.field === 'email'
          ? fake.email
          : undefined;
    }
    if (flow.userId === null) return undefined;
    if (source.kind === 'directory') {
      const user = await directory.getUser(flow.userId);
      return user?.contact[source.field];
    }
    const registration = await storage.registrations.get(flow.tenantId, flow.userId);
    return registration?.methods.find((m) => m.id === source.methodId)?.value;
  }

  async function registeredAnswers(flow: FlowRecord): Promise<Map<string, string>> {
    if (flow.userId === null) return new Map();
    const registration = await storage.registrations.get(flow.tenantId, flow.userId);
    const questions = registration?.methods.find((m) => m.kind === 'securityQuestions');
    return new Map((questions?.answers ?? []).map((a) => [a.questionId, a.answerHash]));
  }

  /** Counts a failed proof; blocks the account (and the flow) when a limit is reached. */
  async function recordFailure(flow: FlowRecord, method: FlowMethod, reason: string, ip?: string) {
    const data = dataOf(flow);
    const policy = await deps.getPolicy(flow.tenantId);
    const base = await auditBase(flow);
    await record(
      { ...base, type: 'flow.method_failed', method: method.type, result: 'failure', reason },
      ip,
    );
    const day = await count(`${flow.tenantId}:fail:${data.accountKey}`, 24 * HOUR);
    const consecutive = await count(`${flow.tenantId}:consecutive:${data.accountKey}`, FOREVER);
    if (
      day.count >= policy.limits.failedProofsPerDay ||
      consecutive.count >= policy.limits.maxConsecutiveFailures
    ) {
      const block = await count(
        `${flow.tenantId}:blocked:${data.accountKey}`,
        policy.limits.blockHours * HOUR,
      );
      await advance(flow, 'block').catch(() => undefined);
      await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
      await record(
        {
          ...base,
          type: 'flow.blocked',
          result: 'failure',
          reason:
            day.count >= policy.limits.failedProofsPerDay
              ? 'failed_proofs'
              : 'consecutive_failures',
        },
        ip,
      );
      fail('blocked', 'Too many failed attempts', { retryAfterSeconds: retryAfter(block.resetAt) });
    }
  }

  async function blockedFor(tenantId: string, accountKey: string): Promise<number | null> {
    const state = await storage.counters.get(`${tenantId}:blocked:${accountKey}`, now());
    return state.count > 0 ? retryAfter(state.resetAt) : null;
  }

  // ---- start --------------------------------------------------------------------------

  async function start(input: StartRecoveryInput): Promise<FlowView> {
    const tenantId = tenantOf(input);
    const identifier =
      typeof input.identifier === 'string' ? input.identifier.normalize('NFKC').trim() : '';
    if (identifier.length === 0 || [...identifier].length > IDENTIFIER_MAX) {
      fail('invalid_request', 'identifier must be 1-256 characters');
    }
    const intent = input.intent ?? 'reset';
    if (intent !== 'reset' && intent !== 'unlock')
      fail('invalid_request', 'intent must be reset or unlock');
    if (deps.captcha !== undefined) {
      const token = input.captcha;
      const passed =
        typeof token === 'string' &&
        token.length > 0 &&
        (await deps.captcha.verify(token, input.ip === undefined ? {} : { ip: input.ip }));
      if (!passed) fail('captcha_failed', 'The captcha was not solved');
    }
    const policy = await deps.getPolicy(tenantId);
    const locale = (Object.values(Locale) as string[]).includes(input.locale ?? '')
      ? (input.locale as Locale)
      : policy.defaultLocale;

    const seed = (await keyring.mac('identifier', `${tenantId}\u0000${identifier.toLowerCase()}`))
      .mac;
    // An ambiguous identifier is treated like an unknown one; an outage is an outage for all.
    const user = await directoryCall(() =>
      directory.findUser(identifier).catch((error: unknown) => {
        if (error instanceof DirectoryError && error.code === 'multi_match') return null;
        throw error;
      }),
    );
    const accountKey =
      user === null ? seed : (await keyring.mac('account', `${tenantId}\u0000${user.id}`)).mac;

    // Every identifier, known or not, spends the same counters and lookups.
    const starts = await count(`${tenantId}:starts:${accountKey}`, HOUR);
    const blocked = await blockedFor(tenantId, accountKey);
    const registration = await storage.registrations.get(tenantId, user?.id ?? `decoy:${seed}`);
    const methods =
      user === null
        ? []
        : await realMethods({
            user,
            registration,
            policy,
            channels: deps.channels,
            intent,
            hash: sha256,
          });

    let reason: string | null = null;
    const gatesRequired = user?.isAdmin === true ? 2 : policy.gatesRequired;
    if (user === null) reason = 'not_found';
    else if (user.disabled) reason = 'disabled';
    else if (policy.enabled === 'none') reason = 'not_enabled';
    else if (policy.enabled === 'selected' && !user.groups.some((g) => policy.groups.includes(g)))
      reason = 'not_in_scope';
    else if (intent === 'unlock' && !policy.unlockEnabled) reason = 'unlock_disabled';
    else if (directory.external && !policy.writeback) reason = 'writeback_disabled';
    else if (new Set(methods.map((m) => m.channel)).size < gatesRequired) reason = 'not_registered';
    else if (blocked !== null) reason = 'blocked';
    else if (starts.count > policy.limits.resetsPerHour) reason = 'rate_limited';

    if (reason !== null && policy.detailedErrors) {
      if (reason === 'blocked')
        fail('blocked', 'Self-service is blocked for now', { retryAfterSeconds: blocked ?? 1 });
      if (reason === 'rate_limited')
        fail('rate_limited', 'Too many resets', { retryAfterSeconds: retryAfter(starts.resetAt) });
      fail('not_eligible', `This account cannot use self-service (${reason})`, { reason });
    }
    const decoy = reason !== null;
    const flowMethods = decoy
      ? await decoyMethods({
          seed: decodeBase64Url(seed) ?? new Uint8Array(16),
          policy,
          channels: deps.channels,
          hash: sha256,
        })
      : methods;

    const flowToken = encodeBase64Url(random.bytes(32));
    const created = now();
    const data: FlowData = {
      accountKey,
      seed,
      decoy,
      role: !decoy && user?.isAdmin === true ? 'admin' : 'user',
      gatesRequired: decoy ? policy.gatesRequired : gatesRequired,
      methods: flowMethods,
      passed: [],
      passedChannels: [],
      active: null,
      locale,
    };
    const flow: FlowRecord = {
      tenantId,
      id: await sha256(flowToken),
      intent,
      state: 'choose_method',
      machineVersion: FLOW_MACHINE_VERSION,
      revision: 1,
      userId: decoy || user === null ? null : user.id,
      createdAt: created,
      updatedAt: created,
      expiresAt: new Date(created.getTime() + policy.flowTtlMinutes * MINUTE),
      data: data as unknown as JsonObject,
    };
    await storage.flows.create(flow);
    await record(
      {
        type: 'flow.started',
        tenantId,
        actor: { kind: 'anonymous' },
        result: decoy ? 'failure' : 'success',
        correlationId: flow.id,
        intent,
        decoy,
        ...(reason === null ? {} : { reason }),
        ...(user === null ? {} : { target: targetOf(user) }),
      },
      input.ip,
    );
    return view(flow, flowToken);
  }

  // ---- challenge ----------------------------------------------------------------------

  async function challenge(input: ChallengeInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, 'choose_method', 'awaiting_proof');
    const data = dataOf(flow);
    const method = data.methods.find((m) => m.id === input.methodId);
    if (method === undefined) fail('method_not_found', 'The flow offers no such method');
    if (data.passedChannels.includes(method.channel)) {
      fail('method_already_used', 'This phone or address already passed a gate');
    }
    const policy = await deps.getPolicy(flow.tenantId);
    const base = await auditBase(flow);
    const target = base.target;

    if (method.type === 'securityQuestions') {
      const registered = data.decoy ? [] : [...(await registeredAnswers(flow)).keys()];
      const defined = [...policy.questions.predefined, ...policy.questions.custom.map((q) => q.id)];
      const questionIds = pickQuestions(
        data.decoy ? defined : registered,
        policy.questions.toAnswer,
      );
      const next = await advance(flow, 'send_challenge', {
        ...data,
        active: { methodId: method.id, questionIds },
      });
      await record(
        { ...base, type: 'flow.challenge_sent', method: method.type, result: 'success' },
        input.ip,
      );
      return view(next, input.flowToken);
    }

    if (
      typeof input.confirm !== 'string' ||
      input.confirm.trim().length === 0 ||
      input.confirm.length > 320
    ) {
      fail('confirm_required', 'Type the full phone number or address the hint stands for');
    }
    const isPhone = method.type !== 'email';
    const contact = await contactOf(flow, method);
    const matches =
      contact !== undefined &&
      (isPhone ? matchesPhone(input.confirm, contact) : matchesEmail(input.confirm, contact));

    // Limits are spent alike for decoys, mismatches and real sends, before anything is sent.
    const sendsKey = `${flow.tenantId}:sends:${data.accountKey}:${method.channel}`;
    await limit(sendsKey, HOUR, policy.limits.sendsPerMethodPerHour, 'codes for this method');
    if (isPhone) {
      if (input.ip !== undefined) {
        await limit(
          `${flow.tenantId}:phone-ip:${input.ip}`,
          HOUR,
          policy.limits.phoneSendsPerIpPerHour,
          'calls and texts from this address',
        );
      }
      await limit(
        `${flow.tenantId}:phone`,
        HOUR,
        policy.limits.phoneSendsPerHour,
        'calls and texts',
      );
    } else {
      await limit(
        `${flow.tenantId}:emails:${data.accountKey}`,
        10 * MINUTE,
        policy.limits.emailsPerTenMinutes,
        'emails',
      );
    }

    const code = generateCode(random, policy.codeLength);
    const { keyId, mac } = await keyring.mac('code', `${flow.id}\u0000${method.id}\u0000${code}`);
    const issuedAt = now();
    await storage.challenges.issue({
      tenantId: flow.tenantId,
      flowId: flow.id,
      methodId: method.id,
      secretHash: mac,
      keyId,
      createdAt: issuedAt,
      expiresAt: new Date(issuedAt.getTime() + policy.codeTtlMinutes * MINUTE),
    });
    const deliver = !data.decoy && matches && contact !== undefined;
    let messageId: string | undefined;
    if (deliver) {
      const channel =
        method.type === 'mobileSms' ? 'sms' : method.type === 'email' ? 'email' : 'voice';
      const message = renderCodeMessage({
        channel,
        to: contact,
        code,
        minutes: policy.codeTtlMinutes,
        locale: data.locale,
        branding: policy.branding,
      });
      messageId = await deps.outbox.enqueue({
        tenantId: flow.tenantId,
        purpose: `code:${method.id}`,
        correlationId: flow.id,
        payload: { channel, message, ...(target === undefined ? {} : { target }) } as never,
      });
    }
    const active =
      messageId === undefined ? { methodId: method.id } : { methodId: method.id, messageId };
    const next = await advance(flow, 'send_challenge', { ...data, active });
    await record(
      {
        ...base,
        type: 'flow.challenge_sent',
        method: method.type,
        result: deliver ? 'success' : 'failure',
        ...(deliver ? {} : { reason: data.decoy ? 'decoy' : 'confirm_mismatch' }),
      },
      input.ip,
    );
    return view(next, input.flowToken);
  }

  // ---- verify -------------------------------------------------------------------------

  async function verify(input: VerifyInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, 'awaiting_proof');
    const data = dataOf(flow);
    if (data.active?.methodId !== input.methodId)
      fail('invalid_state', 'No challenge for this method');
    const method = data.methods.find((m) => m.id === input.methodId);
    if (method === undefined) fail('method_not_found', 'The flow offers no such method');
    const blocked = await blockedFor(flow.tenantId, data.accountKey);
    if (blocked !== null) {
      await advance(flow, 'block').catch(() => undefined);
      await record(
        {
          ...(await auditBase(flow)),
          type: 'flow.blocked',
          result: 'failure',
          reason: 'account_blocked',
        },
        input.ip,
      );
      fail('blocked', 'Self-service is blocked for now', { retryAfterSeconds: blocked });
    }
    const policy = await deps.getPolicy(flow.tenantId);

    if (method.type === 'securityQuestions') {
      const asked = data.active.questionIds ?? [];
      const answers = input.answers;
      if (
        !Array.isArray(answers) ||
        answers.length !== asked.length ||
        !asked.every((id) =>
          answers.some(
            (a) => a?.questionId === id && typeof a.answer === 'string' && a.answer.length <= 200,
          ),
        )
      ) {
        fail('invalid_request', 'Answer exactly the questions asked');
      }
      const hashes = await registeredAnswers(flow);
      decoyAnswerHash ??= hasher.hash(encodeBase64Url(random.bytes(16)));
      const fallback = await decoyAnswerHash;
      // Every answer is hashed, right or wrong, known account or not: the same work each time.
      const results = await Promise.all(
        asked.map((id) => {
          const answer = answers.find((a) => a.questionId === id)?.answer ?? '';
          return hasher.verify(hashes.get(id) ?? fallback, normalizeAnswer(answer));
        }),
      );
      const passed = !data.decoy && results.every(Boolean) && results.length > 0;
      if (!passed) {
        await recordFailure(flow, method, 'invalid_answers', input.ip);
        // A wrong answer restarts the selection with a new random set (as Entra does).
        const registered = data.decoy
          ? [...policy.questions.predefined, ...policy.questions.custom.map((q) => q.id)]
          : [...hashes.keys()];
        const questionIds = pickQuestions(registered, policy.questions.toAnswer);
        const next = await advance(flow, 'proof_failed', {
          ...data,
          active: { methodId: method.id, questionIds },
        });
        fail('invalid_answers', 'At least one answer is wrong', {
          flow: await view(next, input.flowToken),
        });
      }
      return pass(flow, method, input);
    }

    const code = input.code;
    if (typeof code !== 'string' || !/^\d{6,8}$/.test(code))
      fail('invalid_request', 'code must be 6-8 digits');
    // Counted before it is checked, atomically: N parallel guesses spend N attempts.
    const attempt = await storage.challenges.recordAttempt(flow.tenantId, flow.id, method.id);
    if (attempt === null) fail('invalid_state', 'No code was sent for this method');
    if (attempt.attempts > policy.limits.failedProofsPerDay) {
      fail('too_many_attempts', 'This code was tried too often; ask for a new one');
    }
    if (attempt.expiresAt.getTime() <= now().getTime()) fail('code_expired', 'The code expired');
    const candidate = await keyring.macWith(
      attempt.keyId,
      'code',
      `${flow.id}\u0000${method.id}\u0000${code}`,
    );
    const expected = new TextEncoder().encode(attempt.secretHash);
    const matches =
      candidate !== null && timingSafeEqual(new TextEncoder().encode(candidate), expected);
    if (!matches || data.decoy) {
      await recordFailure(flow, method, 'invalid_code', input.ip);
      fail('invalid_code', 'The code is wrong');
    }
    if (
      !(await storage.challenges.consume(
        flow.tenantId,
        flow.id,
        method.id,
        attempt.secretHash,
        now(),
      ))
    ) {
      fail('invalid_code', 'The code was already used');
    }
    return pass(flow, method, input);
  }

  async function pass(flow: FlowRecord, method: FlowMethod, input: VerifyInput): Promise<FlowView> {
    const data = dataOf(flow);
    await storage.counters.reset(`${flow.tenantId}:consecutive:${data.accountKey}`);
    const passed = [...data.passed, method.id];
    const passedChannels = [...data.passedChannels, method.channel];
    const event = passed.length >= data.gatesRequired ? 'all_gates_passed' : 'gate_passed';
    const next = await advance(flow, event, { ...data, passed, passedChannels, active: null });
    await record(
      {
        ...(await auditBase(flow)),
        type: 'flow.method_verified',
        result: 'success',
        method: method.type,
      },
      input.ip,
    );
    return view(next, input.flowToken);
  }

  // ---- complete -----------------------------------------------------------------------

  async function complete(input: CompleteInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, 'verified');
    const data = dataOf(flow);
    const policy = await deps.getPolicy(flow.tenantId);
    const user =
      flow.userId === null
        ? null
        : await directoryCall(() => directory.getUser(flow.userId as string));
    if (user === null || data.decoy) fail('invalid_state', 'The flow cannot complete');
    const base = await auditBase(flow, { target: targetOf(user) });
    const methods = data.passed
      .map((id) => data.methods.find((m) => m.id === id)?.type)
      .filter((t) => t !== undefined);

    if (flow.intent === 'reset') {
      if (typeof input.newPassword !== 'string' || input.newPassword.length === 0) {
        fail('password_required', 'A reset needs a new password');
      }
      const newPassword = input.newPassword;
      const check = await directoryCall(() => deps.checkUserPassword(newPassword, user, policy));
      if (!check.ok) {
        await record(
          {
            ...base,
            type: 'password.reset_failed',
            result: 'failure',
            reason: 'password_rejected',
          },
          input.ip,
        );
        fail('password_rejected', 'The password breaks the policy', { issues: check.issues });
      }
    }

    // Claim the writeback: of two concurrent completes, one wins this compare-and-set.
    const writing = await advance(flow, 'begin_writeback');
    try {
      if (flow.intent === 'reset') {
        await directory.resetPassword(user.id, input.newPassword as string, { unlock: true });
      } else {
        await directory.unlock(user.id);
      }
    } catch (error) {
      await advance(writing, 'writeback_failed');
      const directoryCode = error instanceof DirectoryError ? error.code : 'unavailable';
      await record(
        { ...base, type: 'writeback.failed', result: 'failure', reason: directoryCode },
        input.ip,
      );
      if (flow.intent === 'reset') {
        await record(
          { ...base, type: 'password.reset_failed', result: 'failure', reason: directoryCode },
          input.ip,
        );
      }
      fail('directory_error', 'The directory did not accept the change', {
        directoryCode,
        cause: error,
      });
    }

    // The directory has the change: record it before anything that could fail or crash, so
    // the audit never misses a change that happened. A crash before `complete` leaves the flow
    // in writing_back, which expires into abandoned; the reports still show it succeeded.
    await record(
      {
        ...base,
        type: flow.intent === 'reset' ? 'password.reset' : 'account.unlocked',
        result: 'success',
        methods,
      },
      input.ip,
    );
    const done = await advance(writing, 'complete');
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await storage.counters.reset(`${flow.tenantId}:consecutive:${data.accountKey}`);
    await notify(flow, user, policy);
    return view(done, input.flowToken);
  }

  /** Tells the user (every notification address) and, for an admin, the other admins. */
  async function notify(flow: FlowRecord, user: DirectoryUser, policy: Policy): Promise<void> {
    const registration = await storage.registrations.get(flow.tenantId, user.id);
    const own = notificationAddresses(user, registration);
    const notice = {
      tenantId: flow.tenantId,
      correlationId: flow.id,
      user,
      target: targetOf(user),
      locale: dataOf(flow).locale,
      policy,
    };
    if (policy.notifications.userOnReset) {
      await deps.notifier.notify({ ...notice, kind: flow.intent, to: own });
    }
    if (user.isAdmin && flow.intent === 'reset' && policy.notifications.adminsOnAdminReset) {
      const admins = uniqueAddresses(await directory.listAdminEmails().catch(() => []));
      const others = admins.filter((address) => !own.includes(address)).slice(0, 100);
      await deps.notifier.notify({ ...notice, kind: 'admin_reset', to: others });
    }
  }

  // ---- cancel and expiry --------------------------------------------------------------

  async function cancel(input: CancelInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    const next = await advance(flow, 'cancel');
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await record(
      { ...(await auditBase(flow)), type: 'flow.canceled', result: 'failure' },
      input.ip,
    );
    return view(next, input.flowToken);
  }

  async function expireFlows(options: { limit?: number } = {}): Promise<number> {
    const expired = await storage.flows.listExpired({
      before: now(),
      states: OPEN_FLOW_STATES,
      limit: options.limit ?? 100,
    });
    let abandoned = 0;
    for (const flow of expired) if (await abandon(flow)) abandoned += 1;
    return abandoned;
  }

  async function getFlow(input: GetFlowInput): Promise<FlowView> {
    return view(await loadFlow(input), input.flowToken);
  }

  async function contactAdmin(input: GetFlowInput & { ip?: string }): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, ...OPEN_FLOW_STATES);
    await record(
      { ...(await auditBase(flow)), type: 'flow.contacted_admin', result: 'success' },
      input.ip,
    );
    return view(flow, input.flowToken);
  }

  return { start, challenge, verify, complete, getFlow, contactAdmin, cancel, expireFlows };
}
