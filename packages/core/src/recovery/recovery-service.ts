import type { AuditTarget } from '../audit/audit-event.js';
import type { AuditEventInput, AuditLog } from '../audit/audit-log.js';
import {
  type AccountContacts,
  accountContacts,
  provableKinds,
  type SkippedContact,
} from '../contacts/account-contacts.js';
import { decodeBase64Url, encodeBase64Url, sha256Base64Url } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import { addressBlock } from '../limits/address-block.js';
import type { RateLimit } from '../limits/rate-limit.js';
import type { MessageTemplates } from '../messages/message-templates.js';
import { type Notifier, notificationAddresses, otherAdminAddresses } from '../messages/notifier.js';
import { type MethodType, methodKind, STRONG_KINDS } from '../methods/recovery-method.js';
import type { OutboxWriter } from '../outbox/create-outbox-writer.js';
import type { PasswordIssue } from '../password/password-issue.js';
import type { UserPasswordCheck } from '../password/user-password-check.js';
import { Locale, type Policy } from '../policy/policy-schema.js';
import type { Captcha } from '../ports/captcha.js';
import type { Clock } from '../ports/clock.js';
import { type Directory, DirectoryError, type DirectoryUser } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import type { Random } from '../ports/random.js';
import {
  commitNow,
  type FlowRecord,
  type JsonObject,
  outsideTransaction,
  type Storage,
} from '../ports/storage.js';
import type { Passkeys } from '../verification/passkey.js';
import {
  OnPass,
  type ProofBudget,
  type ProofOutcome,
  type ProofVerifier,
} from '../verification/verify-proof.js';
import { createAuthenticatorStrategy } from './authenticator-strategy.js';
import { createCodeStrategy } from './code-strategy.js';
import { decoyAccount } from './decoy-account.js';
import type { FlowData, FlowMethod, RequiredMethods } from './flow-data.js';
import {
  FLOW_MACHINE_VERSION,
  type FlowEvent,
  type FlowState,
  nextFlowState,
  OPEN_FLOW_STATES,
} from './flow-machine.js';
import type { FlowChallengeView, FlowView } from './flow-view.js';
import type { MethodStrategy, Proof, ProofContext } from './method-strategy.js';
import { createPasskeyStrategy } from './passkey-strategy.js';
import { createQuestionsStrategy } from './questions-strategy.js';
import { fail } from './recovery-error.js';
import { offeredMethods } from './recovery-methods.js';
import { spendLimit } from './spend-limit.js';
import {
  createTemporaryAccessPassStrategy,
  holdsTemporaryAccessPass,
  passOwner,
} from './temporary-access-pass-strategy.js';

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

/**
 * Input of {@link RecoveryService.verify}: a code (sent, or an authenticator app's), answers
 * to the questions asked, or a passkey assertion.
 */
export interface VerifyInput {
  flowToken: string;
  methodId: string;
  code?: string;
  answers?: ReadonlyArray<{ questionId: string; answer: string }>;
  /** For a passkey: what `startAuthentication` of `@simplewebauthn/browser` returned. */
  credential?: unknown;
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
  /** Checks a code, answers or a passkey assertion; a pass counts as one gate. */
  verify(input: VerifyInput): Promise<FlowView>;
  /** Sets the new password (reset) or unlocks the account (unlock) through the directory. */
  complete(input: CompleteInput): Promise<FlowView>;
  /**
   * Records that the user chose to contact the helpdesk or an administrator (the reports'
   * "ContactedAdmin" result). Accepted while the flow is open and once it is blocked (the
   * user is stuck); the flow's state does not change.
   */
  contactAdmin(input: GetFlowInput & { ip?: string }): Promise<FlowView>;
  /** The flow as it is now, e.g. to see whether a code's delivery failed. */
  getFlow(input: GetFlowInput): Promise<FlowView>;
  /** Ends the flow at the user's request. */
  cancel(input: CancelInput): Promise<FlowView>;
  /** Marks flows that expired unfinished as abandoned (audit `flow.abandoned`); returns how many. */
  expireFlows(options?: { limit?: number }): Promise<number>;
}

/** What complete's slow part did (see `writeBack` in {@link createRecoveryService}). */
type WritebackOutcome =
  | { result: 'written' }
  | { result: 'refused'; issues: readonly PasswordIssue[] }
  /** The history could not be read (`check`), or the directory refused or failed the write. */
  | { result: 'failed'; step: 'check' | 'write'; error: unknown };

/** What {@link createRecoveryService} needs. */
export interface RecoveryServiceDependencies {
  storage: Storage;
  /** The host's own message texts (`options.messages`). @default the shipped texts */
  templates?: MessageTemplates;
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
  /** The passkey ceremonies of the engine's relying party; without it passkeys are not offered. */
  passkeys?: Passkeys;
  getPolicy(tenantId: string): Promise<Policy>;
  rateLimit: RateLimit;
  /** Checks every proof against its budgets: the one place attempts are counted. */
  proofs: ProofVerifier;
  notifier: Notifier;
  tenantId: string;
}

/**
 * Open states that expire into `abandoned`: all but `writing_back`, whose outcome only the
 * directory knows; the `reconcile-writeback` job settles those (schedule/reconcile-writeback).
 */
const EXPIRING_FLOW_STATES = OPEN_FLOW_STATES.filter((state) => state !== 'writing_back');
/**
 * Where "contact your administrator" is offered: every open flow, and a blocked one (the
 * user is stuck there: the block is exactly when help is needed). Decoy flows block alike.
 */
const CONTACT_ADMIN_FLOW_STATES: FlowState[] = [...OPEN_FLOW_STATES, 'blocked'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A window long enough to mean "until reset", for consecutive failures. */
const FOREVER = 100 * 365 * 24 * HOUR;
const IDENTIFIER_MAX = 256;
/** "Contact your administrator" requests: per flow, per account a day, per address block an hour. */
const CONTACT_ADMIN_PER_FLOW = 2;
const CONTACT_ADMIN_PER_ACCOUNT_PER_DAY = 3;
const CONTACT_ADMIN_PER_ADDRESS_PER_HOUR = 10;
/** Tries of `/reset/complete` per flow before the flow is canceled (each may hash the history). */
const COMPLETE_ATTEMPTS = 5;

/** Creates the {@link RecoveryService}. */
export function createRecoveryService(deps: RecoveryServiceDependencies): RecoveryService {
  const { storage, directory, keyring, audit, clock, random } = deps;
  const strategies: MethodStrategy[] = [
    createCodeStrategy(deps),
    createQuestionsStrategy(deps),
    createPasskeyStrategy(deps, deps.passkeys),
    createAuthenticatorStrategy(deps),
    createTemporaryAccessPassStrategy(deps),
  ];
  const channels = { ...deps.channels, passkey: deps.passkeys !== undefined };

  // ---- helpers ------------------------------------------------------------------------

  const now = () => clock.now();
  const tenantOf = (input: { tenantId?: string | undefined }) => input.tenantId ?? deps.tenantId;

  function strategyFor(type: MethodType): MethodStrategy {
    return (
      strategies.find((strategy) => strategy.types.includes(type)) ??
      fail('invalid_state', `No strategy proves ${type}`)
    );
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

  /** The fields every audit event of a flow shares. */
  function auditBase(flow: FlowRecord, actor: 'anonymous' | 'system' = 'anonymous') {
    const target = dataOf(flow).target;
    return {
      tenantId: flow.tenantId,
      actor: { kind: actor } as const,
      correlationId: flow.id,
      ...(target === undefined ? {} : { target }),
    };
  }

  async function record(event: AuditEventInput, ip: string | undefined): Promise<void> {
    await audit.record(ip === undefined ? event : { ...event, ip });
  }

  const retryAfter = (resetAt: Date | null) => deps.rateLimit.retryAfter(resetAt);

  async function blockedFor(tenantId: string, accountKey: string): Promise<number | null> {
    const state = await storage.counters.get(`${tenantId}:blocked:${accountKey}`, now());
    return state.count > 0 ? retryAfter(state.resetAt) : null;
  }

  async function refuseIfBlocked(tenantId: string, accountKey: string): Promise<void> {
    const blocked = await blockedFor(tenantId, accountKey);
    if (blocked !== null) {
      fail('blocked', 'Self-service is blocked for now', { retryAfterSeconds: blocked });
    }
  }

  /**
   * The account behind a flow and what it registered, read the same way for every flow: a
   * decoy looks up its seed (a real directory search that finds nothing) and a registration
   * that does not exist, so that no step of a real flow costs a read a decoy skips.
   */
  async function lookUp(flow: FlowRecord): Promise<AccountContacts> {
    const data = dataOf(flow);
    const [user, registration] = await Promise.all([
      directoryCall(() =>
        flow.userId === null
          ? directory.findUser(data.seed).then(() => null)
          : directory.getUser(flow.userId),
      ),
      storage.registrations.get(flow.tenantId, flow.userId ?? `decoy:${data.seed}`),
    ]);
    const policy = await deps.getPolicy(flow.tenantId);
    return accountContacts({ user, registration, policy, onSkipped: () => undefined });
  }

  async function loadFlow(input: {
    flowToken: string;
    tenantId?: string | undefined;
  }): Promise<FlowRecord> {
    if (
      typeof input.flowToken !== 'string' ||
      input.flowToken.length === 0 ||
      input.flowToken.length > 128
    ) {
      fail('flow_not_found', 'No such flow');
    }
    const flow = await storage.flows.get(tenantOf(input), await sha256Base64Url(input.flowToken));
    if (flow === null) fail('flow_not_found', 'No such flow');
    if (flow.expiresAt.getTime() <= now().getTime()) {
      if ((EXPIRING_FLOW_STATES as readonly string[]).includes(flow.state)) {
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
      ...auditBase(flow, 'system'),
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

  /** The kinds (see `methodKind`) that passed a gate: each may pass only one. */
  function passedKinds(data: FlowData): Set<string> {
    return new Set(
      data.passed.flatMap((id) => {
        const method = data.methods.find((m) => m.id === id);
        return method === undefined ? [] : [methodKind(method.type)];
      }),
    );
  }

  /**
   * The flow as the client sees it; `policy` when the caller has it already (saves a read),
   * `started` when the challenge was just started and its strategy said what it shows.
   */
  async function view(
    flow: FlowRecord,
    flowToken: string,
    policy?: Policy,
    started?: FlowChallengeView,
  ): Promise<FlowView> {
    const data = dataOf(flow);
    const kinds = passedKinds(data);
    const result: FlowView = {
      flowToken,
      intent: flow.intent,
      state: flow.state as FlowState,
      // What the account needs shows only after a proof: before it, every flow shows the policy's.
      gatesRequired: data.passed.length === 0 ? data.gatesShown : data.gatesRequired,
      gatesPassed: data.passed.length,
      methods: data.methods.map((method) => ({
        id: method.id,
        type: method.type,
        hint: method.hint,
        used: kinds.has(methodKind(method.type)),
      })),
      expiresAt: flow.expiresAt.toISOString(),
    };
    const nextGate = restriction(data);
    if (nextGate !== undefined) result.nextGate = nextGate;
    if (data.registerNext === true && flow.state === 'completed') result.registerNext = true;
    const method = data.methods.find((m) => m.id === data.active?.methodId);
    if (flow.state === 'awaiting_proof' && data.active !== null && method !== undefined) {
      result.challenge =
        started?.methodId === method.id
          ? started
          : await strategyFor(method.type).view(
              { flow, policy: policy ?? (await deps.getPolicy(flow.tenantId)) },
              data.active,
            );
    }
    return result;
  }

  /**
   * The methods the next gate must be one of, once a first proof passed: the account's
   * strong methods while none of them passed and the flow is at its last gate.
   */
  function restriction(data: FlowData): RequiredMethods | undefined {
    const rule = data.mustPass;
    if (rule === undefined || data.passed.length === 0) return undefined;
    const passedTypes = data.passed.map((id) => data.methods.find((m) => m.id === id)?.type);
    if (passedTypes.some((type) => type !== undefined && rule.methods.includes(type))) {
      return undefined;
    }
    return data.gatesRequired - data.passed.length <= 1 ? rule : undefined;
  }

  /** The proof budgets of one attempt: the account's day and run of failures, this method's tries. */
  function budgetsFor(flow: FlowRecord, methodId: string, policy: Policy): ProofBudget[] {
    const { accountKey } = dataOf(flow);
    const { limits } = policy;
    return [
      {
        key: `${flow.tenantId}:fail:${accountKey}`,
        windowMs: 24 * HOUR,
        max: limits.failedProofsPerDay,
        onPass: OnPass.Release,
      },
      {
        key: `${flow.tenantId}:consecutive:${accountKey}`,
        windowMs: FOREVER,
        max: limits.maxConsecutiveFailures,
        onPass: OnPass.Reset,
      },
      {
        key: `${flow.tenantId}:tries:${flow.id}:${methodId}`,
        windowMs: policy.flowTtlMinutes * MINUTE,
        max: limits.failedProofsPerDay,
        onPass: OnPass.Keep,
      },
    ];
  }

  /**
   * Blocks the account's self-service after its failure budget ran out: the flow ends, and
   * the owner of a real account is told once per block (the attacker learns nothing new:
   * the answer is `blocked` for every identifier whose budget ran out, real or not).
   */
  async function block(flow: FlowRecord, reason: string, ip: string | undefined): Promise<never> {
    const data = dataOf(flow);
    const policy = await deps.getPolicy(flow.tenantId);
    const state = await storage.counters.increment(`${flow.tenantId}:blocked:${data.accountKey}`, {
      windowMs: policy.limits.blockHours * HOUR,
      now: now(),
    });
    await advance(flow, 'block').catch(() => undefined);
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await record({ ...auditBase(flow), type: 'flow.blocked', result: 'failure', reason }, ip);
    if (state.count === 1 && flow.userId !== null) {
      const [user, registration] = await Promise.all([
        directory.getUser(flow.userId).catch(() => null),
        storage.registrations.get(flow.tenantId, flow.userId),
      ]);
      if (user !== null) {
        await deps.notifier.notify({
          tenantId: flow.tenantId,
          correlationId: flow.id,
          user,
          target: targetOf(user),
          kind: 'self_service_blocked',
          to: notificationAddresses(user, registration),
          locale: data.locale,
          policy,
          hours: policy.limits.blockHours,
        });
      }
    }
    fail('blocked', 'Too many failed attempts', { retryAfterSeconds: retryAfter(state.resetAt) });
  }

  /**
   * The methods one of which this account must pass, if any: a passkey for an admin under
   * `adminsRequirePasskey`; otherwise, under `mfaAwareRecovery`, the strong methods (passkey,
   * authenticator app) the account registered and the flow offers.
   */
  function requiredMethods(
    user: DirectoryUser | null,
    policy: Policy,
    usableKinds: ReadonlySet<string>,
    methods: readonly FlowMethod[],
  ): RequiredMethods | undefined {
    const offered = (kinds: ReadonlySet<string>) =>
      methods
        .map((method) => method.type)
        .filter((type) => kinds.has(methodKind(type)) && usableKinds.has(methodKind(type)));
    if (user?.isAdmin === true && policy.adminsRequirePasskey) {
      return { methods: offered(new Set(['passkey'])), reason: 'admin_phishing_resistant' };
    }
    const strong = offered(STRONG_KINDS);
    return policy.mfaAwareRecovery && strong.length > 0
      ? { methods: strong, reason: 'strong_method_registered' }
      : undefined;
  }

  /**
   * Whether this start must pass the captcha: always under `captcha.afterStarts` 0 or from an
   * unknown address; otherwise once the address's block made more starts this hour.
   */
  async function captchaAsked(
    tenantId: string,
    policy: Policy,
    ip: string | undefined,
  ): Promise<boolean> {
    const { afterStarts } = policy.captcha;
    if (afterStarts === 0 || ip === undefined) return true;
    const key = `${tenantId}:captcha-starts:${addressBlock(ip)}`;
    return !(await deps.rateLimit.hit(key, HOUR, afterStarts)).allowed;
  }

  // ---- start --------------------------------------------------------------------------

  async function start(input: StartRecoveryInput): Promise<FlowView> {
    const tenantId = tenantOf(input);
    const identifier =
      typeof input.identifier === 'string' ? input.identifier.normalize('NFKC').trim() : '';
    if (identifier.length === 0 || [...identifier].length > IDENTIFIER_MAX) {
      fail('invalid_request', 'identifier must be 1-256 characters');
    }
    if (/\p{Cc}/u.test(identifier)) {
      fail('invalid_request', 'identifier must not contain control characters');
    }
    const intent = input.intent ?? 'reset';
    if (intent !== 'reset' && intent !== 'unlock')
      fail('invalid_request', 'intent must be reset or unlock');
    const policy = await deps.getPolicy(tenantId);
    const { captcha } = deps;
    if (captcha !== undefined && (await captchaAsked(tenantId, policy, input.ip))) {
      const token = input.captcha;
      const passed =
        typeof token === 'string' &&
        token.length > 0 &&
        // Outside the request's transaction: the check may be a call to the provider
        // (Turnstile, hCaptcha, reCAPTCHA), which must not hold the storage's locks.
        (await outsideTransaction(storage, () =>
          captcha.verify(token, input.ip === undefined ? {} : { ip: input.ip }),
        ));
      if (!passed) fail('captcha_failed', 'The captcha was not solved');
    }
    const locale = (Object.values(Locale) as string[]).includes(input.locale ?? '')
      ? (input.locale as Locale)
      : policy.defaultLocale;

    const seed = (await keyring.mac('identifier', `${tenantId}\u0000${identifier.toLowerCase()}`))
      .mac;
    // Counted per identifier as typed (and per address by the HTTP layer), never per existing
    // account, so the answer is the same whether the identifier names an account or not.
    await spendLimit(deps.rateLimit, {
      key: `${tenantId}:starts:${seed}`,
      windowMs: HOUR,
      max: policy.limits.resetsPerHour,
      what: 'resets',
    });
    // An ambiguous identifier is treated like an unknown one; an outage is an outage for all.
    const user = await directoryCall(() =>
      directory.findUser(identifier).catch((error: unknown) => {
        if (error instanceof DirectoryError && error.code === 'multi_match') return null;
        throw error;
      }),
    );
    // The same reads and HMACs for every identifier, known or not.
    const [{ mac: accountKey }, registration, holdsPass] = await Promise.all([
      keyring.mac('account', `${tenantId}\u0000${user === null ? `identifier:${seed}` : user.id}`),
      storage.registrations.get(tenantId, user?.id ?? `decoy:${seed}`),
      // Read for every flow when passes are accepted: a holder who lost every method gets a real flow.
      policy.helpdesk.temporaryAccessPass &&
        holdsTemporaryAccessPass(
          storage.challenges,
          tenantId,
          passOwner(user?.id ?? null, seed),
          now(),
        ),
    ]);
    await refuseIfBlocked(tenantId, accountKey);

    const skipped: SkippedContact[] = [];
    const contacts = accountContacts({
      user,
      registration,
      policy,
      onSkipped: (contact) => skipped.push(contact),
    });
    const gatesRequired = user?.isAdmin === true ? 2 : policy.gatesRequired;
    const methods = offeredMethods({
      policy,
      channels,
      contacts,
      decoy: decoyAccount(decodeBase64Url(seed) ?? new Uint8Array(16)),
    });
    const usableKinds = provableKinds(
      contacts,
      methods.map((method) => method.type),
    );

    let reason: string | null = null;
    if (user === null) reason = 'not_found';
    else if (user.disabled) reason = 'disabled';
    else if (policy.enabled === 'none') reason = 'not_enabled';
    else if (policy.enabled === 'selected' && !user.groups.some((g) => policy.groups.includes(g)))
      reason = 'not_in_scope';
    else if (intent === 'unlock' && !policy.unlockEnabled) reason = 'unlock_disabled';
    else if (directory.external && !policy.writeback) reason = 'writeback_disabled';
    else if (holdsPass) reason = null;
    else if (usableKinds.size < gatesRequired) reason = 'not_registered';
    else if (user.isAdmin && policy.adminsRequirePasskey && !usableKinds.has('passkey'))
      reason = 'passkey_required';

    if (reason !== null && policy.detailedErrors) {
      fail('not_eligible', `This account cannot use self-service (${reason})`, { reason });
    }
    const decoy = reason !== null;
    const flowToken = encodeBase64Url(random.bytes(32));
    const created = now();
    const data: FlowData = {
      accountKey,
      seed,
      decoy,
      gatesRequired: decoy ? policy.gatesRequired : gatesRequired,
      gatesShown: policy.gatesRequired,
      methods,
      passed: [],
      passedContacts: [],
      active: null,
      locale,
      ...(user === null ? {} : { target: targetOf(user) }),
    };
    const mustPass = decoy ? undefined : requiredMethods(user, policy, usableKinds, methods);
    if (mustPass !== undefined) data.mustPass = mustPass;
    const flow: FlowRecord = {
      tenantId,
      id: await sha256Base64Url(flowToken),
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
        ...auditBase(flow),
        result: decoy ? 'failure' : 'success',
        intent,
        decoy,
        ...(reason === null ? {} : { reason }),
      },
      input.ip,
    );
    for (const contact of skipped) {
      await record(
        {
          type: 'flow.contact_skipped',
          ...auditBase(flow, 'system'),
          result: 'failure',
          reason: 'malformed_contact',
          ...contact,
        },
        input.ip,
      );
    }
    return view(flow, flowToken);
  }

  // ---- challenge ----------------------------------------------------------------------

  /** The flow's method, its strategy and context for a challenge or a verification. */
  async function proofContext(
    flow: FlowRecord,
    methodId: string,
  ): Promise<{ context: ProofContext; strategy: MethodStrategy }> {
    const data = dataOf(flow);
    const method = data.methods.find((m) => m.id === methodId);
    if (method === undefined) fail('method_not_found', 'The flow offers no such method');
    const policy = await deps.getPolicy(flow.tenantId);
    let contacts: Promise<AccountContacts> | undefined;
    return {
      strategy: strategyFor(method.type),
      context: { flow, data, method, policy, contacts: () => (contacts ??= lookUp(flow)) },
    };
  }

  async function challenge(input: ChallengeInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, 'choose_method', 'awaiting_proof');
    const { context, strategy } = await proofContext(flow, input.methodId);
    const { data, method } = context;
    if (passedKinds(data).has(methodKind(method.type))) {
      fail('method_already_used', 'This kind of method already passed a gate');
    }
    const required = restriction(data);
    if (
      required !== undefined &&
      !required.methods.includes(method.type) &&
      strategy.replacesGates !== true
    ) {
      fail('strong_method_required', 'Use one of the methods the flow asks for', {
        flow: await view(flow, input.flowToken),
      });
    }
    if (
      strategy.needsConfirm &&
      (typeof input.confirm !== 'string' ||
        input.confirm.trim().length === 0 ||
        input.confirm.length > 320)
    ) {
      fail('confirm_required', 'Type the full phone number or address the hint stands for');
    }
    await refuseIfBlocked(flow.tenantId, data.accountKey);
    const started = await strategy.challenge(context, input);
    const next = await advance(flow, 'send_challenge', { ...data, active: started.active });
    await record(
      { ...auditBase(flow), type: 'flow.challenge_sent', method: method.type, ...started.audit },
      input.ip,
    );
    return view(next, input.flowToken, context.policy, started.view);
  }

  // ---- verify -------------------------------------------------------------------------

  async function verify(input: VerifyInput): Promise<FlowView> {
    let flow = await loadFlow(input);
    const { context, strategy } = await proofContext(flow, input.methodId);
    if (strategy.opensOnVerify === true && dataOf(flow).active?.methodId !== input.methodId) {
      // A proof without a challenge (a pass) is opened by its verification.
      requireState(flow, 'choose_method', 'awaiting_proof');
      const started = await strategy.challenge(context, input);
      flow = await advance(flow, 'send_challenge', { ...dataOf(flow), active: started.active });
      context.flow = flow;
      context.data = dataOf(flow);
    }
    requireState(flow, 'awaiting_proof');
    const data = dataOf(flow);
    const active = data.active;
    if (active?.methodId !== input.methodId) fail('invalid_state', 'No challenge for this method');
    await refuseIfBlocked(flow.tenantId, data.accountKey);
    const budgets = budgetsFor(flow, context.method.id, context.policy);
    const proof = await strategy.verify(context, active, input, budgets);
    const { outcome } = proof;
    if (outcome.status === 'passed') {
      return pass(flow, context.method, proof.contact, input, context.policy, strategy);
    }
    const attemptsLeft = await refused(flow, context.method, proof, outcome, input.ip);
    if (proof.retry !== undefined) {
      const next = await advance(flow, 'proof_failed', { ...data, active: proof.retry });
      fail(proof.failure.code, proof.failure.message, {
        attemptsLeft,
        flow: await view(next, input.flowToken, context.policy),
      });
    }
    fail(proof.failure.code, proof.failure.message, { attemptsLeft });
  }

  /**
   * After a proof that did not pass: a refused attempt (no budget left) answers `blocked`
   * or `too_many_attempts` without a word about the guess; a failed one is audited and,
   * when it spent the account's last attempt, blocks self-service. Otherwise it answers how
   * many failed proofs the account has left before the block: the fewest its day and its run
   * of failures have left. A decoy's counters run exactly like a real account's, so the count
   * is the same for both.
   */
  async function refused(
    flow: FlowRecord,
    method: FlowMethod,
    proof: Proof,
    outcome: Exclude<ProofOutcome, { status: 'passed' }>,
    ip: string | undefined,
  ): Promise<number> {
    const accountBudgets = budgetsFor(flow, method.id, await deps.getPolicy(flow.tenantId))
      .slice(0, 2)
      .map((budget) => budget.key);
    if (outcome.status === 'refused') {
      if (accountBudgets.includes(outcome.budget.key)) {
        fail('blocked', 'Self-service is blocked for now', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        });
      }
      fail('too_many_attempts', 'This method was tried too often; ask for a new code');
    }
    await record(
      {
        ...auditBase(flow),
        type: 'flow.method_failed',
        method: method.type,
        result: 'failure',
        reason: proof.failure.code,
      },
      ip,
    );
    const spent = outcome.exhausted.find((budget) => accountBudgets.includes(budget.key));
    if (spent !== undefined) {
      await block(
        flow,
        spent.key === accountBudgets[0] ? 'failed_proofs' : 'consecutive_failures',
        ip,
      );
    }
    return Math.min(...accountBudgets.map((key) => outcome.left.get(key) ?? 0));
  }

  async function pass(
    flow: FlowRecord,
    method: FlowMethod,
    contact: string | undefined,
    input: VerifyInput,
    policy: Policy,
    strategy: MethodStrategy,
  ): Promise<FlowView> {
    const data = dataOf(flow);
    const passed = [...data.passed, method.id];
    const replaces = strategy.replacesGates === true;
    const passedContacts =
      contact === undefined ? data.passedContacts : [...data.passedContacts, contact];
    // MFA-aware recovery: the gates are not all passed while a required method is not among
    // them; the flow then asks for one more gate, which must be one of them.
    const rule = data.mustPass;
    const met =
      rule === undefined ||
      replaces ||
      passed.some((id) => {
        const type = data.methods.find((m) => m.id === id)?.type;
        return type !== undefined && rule.methods.includes(type);
      });
    const gatesRequired = replaces
      ? passed.length
      : !met && passed.length >= data.gatesRequired
        ? passed.length + 1
        : data.gatesRequired;
    const event = passed.length >= gatesRequired ? 'all_gates_passed' : 'gate_passed';
    const next = await advance(flow, event, {
      ...data,
      gatesRequired,
      passed,
      passedContacts,
      active: null,
      ...(replaces ? { registerNext: true as const } : {}),
    });
    await record(
      {
        ...auditBase(flow),
        type: 'flow.method_verified',
        result: 'success',
        method: method.type,
      },
      input.ip,
    );
    return view(next, input.flowToken, policy);
  }

  // ---- complete -----------------------------------------------------------------------

  /**
   * The try is counted and the writeback claimed (`writing_back`, a compare-and-set: of
   * concurrent completes on one flow one gets it, the others are refused before any hashing);
   * then the new password is checked (hashing the history) and written to the directory
   * (hashing it, or a network write) outside the request's transaction, so that this slow
   * part holds none of the storage's locks (SQLite has one writer for the whole process); the
   * outcome is recorded in a new one, or the flow goes back to `verified` for another try. A
   * flow hashes one try at a time and at most `COMPLETE_ATTEMPTS` in all. A process that dies
   * during the slow part leaves the flow in `writing_back`, committed, for the
   * `reconcile-writeback` job to settle from the directory.
   */
  async function complete(input: CompleteInput): Promise<FlowView> {
    const { flow, user, policy, base, writing } = await admitCompletion(input);
    const outcome = await outsideTransaction(storage, () => writeBack(flow, user, policy, input));
    if (outcome.result === 'refused') {
      await advance(writing, 'password_refused');
      await record(
        { ...base, type: 'password.reset_failed', result: 'failure', reason: 'password_rejected' },
        input.ip,
      );
      fail('password_rejected', 'The password breaks the policy', { issues: outcome.issues });
    }
    if (outcome.result === 'failed') {
      const { error } = outcome;
      const directoryCode = error instanceof DirectoryError ? error.code : 'unavailable';
      // Kept although the request's transaction rolls back with the 502: the flow open for
      // another try, and the audit of the failure (a writeback's only when one was tried).
      await commitNow(storage, async () => {
        await advance(writing, 'writeback_failed');
        if (outcome.step === 'write') {
          await record(
            { ...base, type: 'writeback.failed', result: 'failure', reason: directoryCode },
            input.ip,
          );
        }
        if (flow.intent === 'reset') {
          await record(
            { ...base, type: 'password.reset_failed', result: 'failure', reason: directoryCode },
            input.ip,
          );
        }
      });
      fail(
        'directory_error',
        outcome.step === 'check'
          ? 'The directory could not be reached'
          : 'The directory did not accept the change',
        { directoryCode, cause: error },
      );
    }

    // The directory has the change: record it first, so the audit never misses one.
    await record(
      {
        ...base,
        type: flow.intent === 'reset' ? 'password.reset' : 'account.unlocked',
        result: 'success',
        methods: methodsPassed(flow),
      },
      input.ip,
    );
    const done = await advance(writing, 'complete');
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await notify(flow, user, policy);
    return view(done, input.flowToken);
  }

  /**
   * Complete's slow part, outside any transaction: the new password checked (a reset) and the
   * directory written. Says what happened instead of throwing for a refusal or a failure.
   */
  async function writeBack(
    flow: FlowRecord,
    user: DirectoryUser,
    policy: Policy,
    input: CompleteInput,
  ): Promise<WritebackOutcome> {
    if (flow.intent === 'reset') {
      const newPassword = input.newPassword as string;
      let check: Awaited<ReturnType<UserPasswordCheck>>;
      try {
        check = await deps.checkUserPassword(newPassword, user, policy);
      } catch (error) {
        return { result: 'failed', step: 'check', error };
      }
      if (!check.ok) return { result: 'refused', issues: check.issues };
    }
    try {
      if (flow.intent === 'reset') {
        await directory.resetPassword(user.id, input.newPassword as string, { unlock: true });
      } else {
        await directory.unlock(user.id);
      }
    } catch (error) {
      return { result: 'failed', step: 'write', error };
    }
    return { result: 'written' };
  }

  /**
   * Complete's first step: the flow, its user and policy, the try counted (a reset), and the
   * writeback claimed.
   */
  async function admitCompletion(input: CompleteInput) {
    const flow = await loadFlow(input);
    requireState(flow, 'verified');
    const data = dataOf(flow);
    const policy = await deps.getPolicy(flow.tenantId);
    const user =
      flow.userId === null
        ? null
        : await directoryCall(() => directory.getUser(flow.userId as string));
    if (user === null || data.decoy) fail('invalid_state', 'The flow cannot complete');
    const base = { ...auditBase(flow), target: targetOf(user) };
    if (flow.intent === 'reset') {
      if (typeof input.newPassword !== 'string' || input.newPassword.length === 0) {
        fail('password_required', 'A reset needs a new password');
      }
      // Each try may hash the whole history: a few per flow, then the flow ends.
      const tries = await deps.rateLimit.hit(
        `${flow.tenantId}:complete:${flow.id}`,
        policy.flowTtlMinutes * MINUTE,
        COMPLETE_ATTEMPTS,
      );
      if (!tries.allowed) {
        // Unless a concurrent try claimed the writeback first: that one finishes it.
        if (await advance(flow, 'cancel').then(Boolean, () => false)) {
          await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
          await record(
            { ...base, type: 'flow.canceled', result: 'failure', reason: 'too_many_passwords' },
            input.ip,
          );
        }
        fail('too_many_attempts', 'Too many passwords were refused; start again');
      }
    }
    // Claim the writeback: of two concurrent completes, one wins this compare-and-set.
    const writing = await advance(flow, 'begin_writeback');
    return { flow, user, policy, base, writing };
  }

  /** The types of the methods whose gates the flow passed, in order. */
  function methodsPassed(flow: FlowRecord): MethodType[] {
    const data = dataOf(flow);
    return data.passed
      .map((id) => data.methods.find((m) => m.id === id)?.type)
      .filter((t) => t !== undefined);
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
      const others = await otherAdminAddresses(directory, own);
      await deps.notifier.notify({ ...notice, kind: 'admin_reset', to: others });
    }
  }

  // ---- cancel and expiry --------------------------------------------------------------

  async function cancel(input: CancelInput): Promise<FlowView> {
    const flow = await loadFlow(input);
    const next = await advance(flow, 'cancel');
    await storage.challenges.deleteByFlow(flow.tenantId, flow.id);
    await record({ ...auditBase(flow), type: 'flow.canceled', result: 'failure' }, input.ip);
    return view(next, input.flowToken);
  }

  async function expireFlows(options: { limit?: number } = {}): Promise<number> {
    const expired = await storage.flows.listExpired({
      before: now(),
      states: EXPIRING_FLOW_STATES,
      limit: options.limit ?? 100,
    });
    let abandoned = 0;
    for (const flow of expired) if (await abandon(flow)) abandoned += 1;
    return abandoned;
  }

  async function getFlow(input: GetFlowInput): Promise<FlowView> {
    return view(await loadFlow(input), input.flowToken);
  }

  /**
   * "Contact your administrator". Every flow (real or decoy) spends the same limits (a few
   * per flow, per account and per address block) and does the same directory reads; only a
   * real account's request mails the admins (at most 100, `help_requested`), and only when
   * the policy names no helpdesk (the user is shown that instead). Open and blocked flows
   * are accepted (`CONTACT_ADMIN_FLOW_STATES`); a finished one is `invalid_state`.
   */
  async function contactAdmin(input: GetFlowInput & { ip?: string }): Promise<FlowView> {
    const flow = await loadFlow(input);
    requireState(flow, ...CONTACT_ADMIN_FLOW_STATES);
    const data = dataOf(flow);
    const policy = await deps.getPolicy(flow.tenantId);
    const what = 'requests for help';
    await spendLimit(deps.rateLimit, {
      key: `${flow.tenantId}:contact-admin:flow:${flow.id}`,
      windowMs: policy.flowTtlMinutes * MINUTE,
      max: CONTACT_ADMIN_PER_FLOW,
      what,
    });
    await spendLimit(deps.rateLimit, {
      key: `${flow.tenantId}:contact-admin:account:${data.accountKey}`,
      windowMs: 24 * HOUR,
      max: CONTACT_ADMIN_PER_ACCOUNT_PER_DAY,
      what,
    });
    if (input.ip !== undefined) {
      await spendLimit(deps.rateLimit, {
        key: `${flow.tenantId}:contact-admin:ip:${addressBlock(input.ip)}`,
        windowMs: HOUR,
        max: CONTACT_ADMIN_PER_ADDRESS_PER_HOUR,
        what,
      });
    }
    const [user, admins] = await Promise.all([
      directoryCall(() =>
        flow.userId === null ? directory.findUser(data.seed) : directory.getUser(flow.userId),
      ),
      otherAdminAddresses(directory, []),
    ]);
    const helpdesk = policy.helpdesk.email !== undefined || policy.helpdesk.url !== undefined;
    const mail = !data.decoy && user !== null && !helpdesk;
    if (mail) {
      await deps.notifier.notify({
        tenantId: flow.tenantId,
        correlationId: flow.id,
        user,
        target: targetOf(user),
        kind: 'help_requested',
        to: admins,
        locale: policy.defaultLocale,
        policy,
      });
    }
    await record(
      {
        ...auditBase(flow),
        type: 'flow.contacted_admin',
        result: 'success',
        reason: data.decoy ? 'decoy' : helpdesk ? 'helpdesk' : 'admins_mailed',
      },
      input.ip,
    );
    return view(flow, input.flowToken, policy);
  }

  return { start, challenge, verify, complete, getFlow, contactAdmin, cancel, expireFlows };
}
