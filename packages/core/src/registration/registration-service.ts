import { AccountError, type AccountErrorCode, type AnswerIssue } from '../account/account-error.js';
import type { AuditTarget } from '../audit/audit-event.js';
import type { AuditEventInput, AuditLog } from '../audit/audit-log.js';
import { callingCodeOf } from '../contacts/calling-code.js';
import { normalizeContactValue } from '../contacts/contact-value.js';
import { maskEmail, maskPhone } from '../contacts/mask-contact.js';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import { encodeBase64Url } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import { addressBlock } from '../limits/address-block.js';
import type { RateLimit } from '../limits/rate-limit.js';
import type { MessageTemplates } from '../messages/message-templates.js';
import { type Notifier, notificationAddresses } from '../messages/notifier.js';
import { renderCodeMessage } from '../messages/render-messages.js';
import {
  type DeliveryChannel,
  deliveryChannel,
  methodsOfKind,
} from '../methods/recovery-method.js';
import type { OutboxWriter } from '../outbox/create-outbox-writer.js';
import { ANSWER_LENGTH, Locale, type Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import { type Directory, DirectoryError, type DirectoryUser } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import type { Random } from '../ports/random.js';
import {
  type ChallengeRecord,
  outsideTransaction,
  type RecoveryMethodKind,
  type RegisteredMethod,
  type Storage,
  type UserRegistration,
} from '../ports/storage.js';
import { normalizeAnswer } from '../questions/normalize-answer.js';
import { questionText } from '../questions/predefined-questions.js';
import type { Passkeys } from '../verification/passkey.js';
import { generateCode } from '../verification/verification-code.js';
import { OnPass, type ProofBudget, type ProofVerifier } from '../verification/verify-proof.js';
import {
  type CredentialRegistration,
  createCredentialRegistration,
  type RegistrationKit,
} from './credential-registration.js';

/**
 * Proof that the caller is who they say, for changes to recovery data (NIST 800-63B:
 * binding a new authenticator needs authentication): a sign-in within the policy's
 * `recentAuthMinutes`, as the host reports it, or the current password.
 */
export interface RecentAuth {
  /** When the user last signed in, as the host's session knows it. */
  authTime?: Date;
  /** The current password, checked with the directory. */
  currentPassword?: string;
}

/** The kinds a user adds with a code sent to them. */
export type ContactKind = 'mobile' | 'office' | 'email';

/** Fields shared by every registration request. */
export interface RegistrationRequest {
  userId: string;
  /**
   * The client address, for audit and for the per-address limits on code sends (IPv6
   * counted by its /64). Without it those limits cannot apply; the HTTP handler sets it.
   */
  ip?: string;
  /** @default the engine's tenant */
  tenantId?: string;
}

/** Input of {@link RegistrationService.addMethod}. */
export interface AddMethodInput extends RegistrationRequest {
  kind: ContactKind;
  /** An E.164 phone number (`+31612345678`) or an email address. */
  value: string;
  auth: RecentAuth;
  /** The locale of the code message. @default the policy's default locale */
  locale?: string;
  /** Set by an admin acting for the user (office phones can always be set by admins). */
  byAdmin?: boolean;
}

/** Input of {@link RegistrationService.verifyMethod}: the same kind and value, and the code sent to it. */
export interface VerifyMethodInput extends RegistrationRequest {
  kind: ContactKind;
  value: string;
  code: string;
  auth: RecentAuth;
  byAdmin?: boolean;
}

/** Input of {@link RegistrationService.removeMethod}. */
export interface RemoveMethodInput extends RegistrationRequest {
  methodId: string;
  auth: RecentAuth;
}

/** Input of {@link RegistrationService.setQuestions}. */
export interface SetQuestionsInput extends RegistrationRequest {
  answers: ReadonlyArray<{ questionId: string; answer: string }>;
  auth: RecentAuth;
}

/** A method as the user's status page shows it. */
export interface RegistrationMethodView {
  /** The registered method's id; directory data has `directory:<field>`. */
  id: string;
  kind: RecoveryMethodKind;
  /** A masked phone or address; `null` for questions, passkeys and authenticator apps. */
  hint: string | null;
  /** The user's name for a passkey or authenticator app. */
  name?: string;
  /** When a passkey or authenticator app last passed a recovery gate (`null`: never). */
  lastUsedAt?: string | null;
  /** Registered here, or held by the directory (which counts as registered, as in Entra). */
  source: 'registered' | 'directory';
  /** When it was verified (registered methods). */
  verifiedAt?: string;
  /** The questions answered (security questions). */
  questionIds?: string[];
}

/** A user's registration status. */
export interface RegistrationStatus {
  userId: string;
  /**
   * `registered`: enough methods for the policy; `needs_reconfirmation`: enough, but the
   * reconfirmation period has passed; `missing`: not enough methods.
   */
  status: 'registered' | 'needs_reconfirmation' | 'missing';
  /** How many distinct methods the policy requires of this user (admins: 2). */
  required: number;
  methods: RegistrationMethodView[];
  reconfirmedAt: string | null;
  /** When reconfirmation falls due; `null` when the policy never asks. */
  reconfirmDueAt: string | null;
}

/** The code that was sent when adding a method. */
export interface PendingVerification {
  kind: ContactKind;
  hint: string;
  /** When the code stops working. */
  expiresAt: string;
}

/**
 * Registration and reconfirmation of a signed-in user's recovery methods. The host
 * authenticates the user; changes additionally need {@link RecentAuth}. Passkeys and
 * authenticator apps: see {@link CredentialRegistration}.
 */
export interface RegistrationService extends CredentialRegistration {
  /** The user's methods and whether they satisfy the policy. */
  getStatus(input: RegistrationRequest): Promise<RegistrationStatus>;
  /** Sends a code to a new phone or address. Nothing is stored until it is verified. */
  addMethod(input: AddMethodInput): Promise<PendingVerification>;
  /** Stores the phone or address (replacing the user's previous one of that kind) once its code is right. */
  verifyMethod(input: VerifyMethodInput): Promise<RegistrationStatus>;
  /** Removes a method, never below the policy's minimum while registration is required. */
  removeMethod(input: RemoveMethodInput): Promise<RegistrationStatus>;
  /** Sets the security questions and answers (all of them at once). */
  setQuestions(input: SetQuestionsInput): Promise<RegistrationStatus>;
  /** "Looks good": restarts the reconfirmation clock. */
  reconfirm(input: RegistrationRequest): Promise<RegistrationStatus>;
}

/** What {@link createRegistrationService} needs. */
export interface RegistrationServiceDependencies {
  storage: Storage;
  /** The host's own message texts (`options.messages`). @default the shipped texts */
  templates?: MessageTemplates;
  directory: Directory;
  keyring: Keyring;
  outbox: OutboxWriter;
  notifier: Notifier;
  rateLimit: RateLimit;
  audit: AuditLog;
  clock: Clock;
  random: Random;
  hasher: PasswordHasher;
  /** Checks every registration code against its attempt budget (the engine's one verifier). */
  verifier: ProofVerifier;
  channels: { sms: boolean; voice: boolean; email: boolean };
  /** The passkey ceremonies of the engine's relying party; without it passkeys cannot be added. */
  passkeys?: Passkeys;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Registration code sends of any kind from one client address (an IPv6 /64) per hour, as
 * a multiple of the policy's `limits.sendsPerMethodPerHour`: ten users behind one office
 * NAT can each use their whole per-method allowance, while one client signed in to many
 * accounts cannot send without bound. Phone sends are further capped per address by
 * `limits.phoneSendsPerIpPerHour` and per tenant by `limits.phoneSendsPerHour`, shared
 * with recovery. A multiple rather than a policy field of its own, so the policy schema
 * keeps one knob for send rates.
 */
export const REGISTRATION_SENDS_PER_IP_FACTOR = 10;

/**
 * Wrong registration codes allowed per user and method kind in this window (the policy's
 * `limits.failedProofsPerDay` of them): after that no code is looked at until the window
 * ends, then a fresh code works again (NIST 800-63B 5.2.2: limit failed attempts, without
 * locking the user out for good).
 */
export const REGISTRATION_CODE_WINDOW_MS = HOUR;

/**
 * The budget a registration code is checked against: wrong codes for one user and kind in
 * {@link REGISTRATION_CODE_WINDOW_MS}, across every code sent in that time. A right code
 * gives its attempt back, so only failures count.
 */
function registrationCodeBudget(
  tenantId: string,
  userId: string,
  kind: ContactKind,
  policy: Policy,
): ProofBudget {
  return {
    key: `${tenantId}:registration-code:${userId}:${kind}`,
    windowMs: REGISTRATION_CODE_WINDOW_MS,
    max: policy.limits.failedProofsPerDay,
    onPass: OnPass.Release,
  };
}

/** Whether codes may go to this E.164 number under the policy's country allowlist (empty: any). */
function callingCodeAllowed(e164: string, allowed: readonly string[]): boolean {
  const code = callingCodeOf(e164);
  return code !== null && (allowed.length === 0 || allowed.includes(code));
}

/** Creates the {@link RegistrationService}. */
export function createRegistrationService(
  deps: RegistrationServiceDependencies,
): RegistrationService {
  const { storage, directory, keyring, audit, clock, random, hasher } = deps;

  const fail = (code: AccountErrorCode, message: string, details = {}): never => {
    throw new AccountError(code, message, details);
  };
  const tenantOf = (input: { tenantId?: string | undefined }) => input.tenantId ?? deps.tenantId;

  async function userOf(tenantId: string, userId: string): Promise<DirectoryUser> {
    let user: DirectoryUser | null;
    try {
      user =
        typeof userId === 'string' && userId.length > 0 ? await directory.getUser(userId) : null;
    } catch (error) {
      return fail('directory_error', 'The directory could not be reached', {
        directoryCode: error instanceof DirectoryError ? error.code : 'unavailable',
        cause: error,
      });
    }
    if (user === null) fail('user_not_found', `No user ${userId} in tenant ${tenantId}`);
    return user as DirectoryUser;
  }

  function targetOf(user: DirectoryUser): AuditTarget {
    return { userId: user.id, username: user.username, role: user.isAdmin ? 'admin' : 'user' };
  }

  async function record(event: AuditEventInput, ip: string | undefined): Promise<void> {
    await audit.record(ip === undefined ? event : { ...event, ip });
  }

  async function requireRecentAuth(
    tenantId: string,
    user: DirectoryUser,
    policy: Policy,
    auth: RecentAuth | undefined,
  ) {
    const now = clock.now().getTime();
    const authTime = auth?.authTime?.getTime();
    // A sign-in time from the future (beyond a minute of skew) proves nothing.
    if (
      authTime !== undefined &&
      now - authTime <= policy.recentAuthMinutes * MINUTE &&
      authTime - now <= MINUTE
    ) {
      return;
    }
    if (typeof auth?.currentPassword === 'string' && auth.currentPassword.length > 0) {
      const currentPassword = auth.currentPassword;
      // The password is a proof like a code: reserved against its budget before the hash.
      const outcome = await deps.verifier.verify(
        [
          {
            key: `${tenantId}:password-checks:${user.id}`,
            windowMs: HOUR,
            max: policy.limits.failedProofsPerDay,
            onPass: OnPass.Release,
          },
        ],
        () =>
          directory.verifyPassword(user.id, currentPassword).catch((error: unknown) =>
            fail('directory_error', 'The directory could not be reached', {
              directoryCode: error instanceof DirectoryError ? error.code : 'unavailable',
              cause: error,
            }),
          ),
      );
      if (outcome.status === 'refused') {
        fail('rate_limited', 'Too many password checks', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        });
      }
      const valid = outcome.status === 'passed';
      if (valid) return;
      fail('incorrect_password', 'The current password is wrong');
    }
    fail('reauthentication_required', 'Sign in again, or give the current password');
  }

  /**
   * Audits a registered, replaced or removed method and, when the policy says so, tells the
   * user at `to` (`registration.method_registered` / `_removed`, `method_added` / `_removed`).
   */
  async function announce(change: {
    tenantId: string;
    user: DirectoryUser;
    policy: Policy;
    change: 'added' | 'replaced' | 'removed';
    kind: RecoveryMethodKind;
    byAdmin: boolean;
    correlationId: string;
    to: string[];
    hint?: string;
    ip: string | undefined;
  }): Promise<void> {
    const { tenantId, user, policy, correlationId } = change;
    const removed = change.change === 'removed';
    const target = targetOf(user);
    const [method] = methodsOfKind(change.kind);
    await record(
      {
        type: removed ? 'registration.method_removed' : 'registration.method_registered',
        tenantId,
        actor: { kind: change.byAdmin ? 'admin' : 'user', id: user.id },
        target,
        result: 'success',
        ...(removed ? {} : { reason: change.change }),
        correlationId,
        method,
      },
      change.ip,
    );
    if (!policy.notifications.userOnChange) return;
    await deps.notifier.notify({
      tenantId,
      correlationId,
      user,
      target,
      locale: policy.defaultLocale,
      policy,
      kind: removed ? 'method_removed' : 'method_added',
      to: change.to,
      method: change.kind,
      ...(change.hint === undefined ? {} : { hint: change.hint }),
    });
  }

  /** Refuses a phone or address kind the policy does not let this user (or admin) set. */
  function requireContactKind(
    kind: ContactKind,
    policy: Policy,
    user: DirectoryUser,
    byAdmin: boolean,
  ): void {
    if (
      !['mobile', 'office', 'email'].includes(kind) ||
      !kindAllowed(kind, policy, user, byAdmin)
    ) {
      fail('method_not_allowed', `Users may not set ${String(kind)}`);
    }
  }

  /** Registration kinds the policy enables, and that this user may set. */
  function kindAllowed(
    kind: RecoveryMethodKind,
    policy: Policy,
    user: DirectoryUser,
    byAdmin: boolean,
  ) {
    const enabled = methodsOfKind(kind).some((type) => policy.methods.includes(type));
    switch (kind) {
      case 'office':
        return enabled && (byAdmin || policy.usersSetOfficePhone);
      case 'securityQuestions':
        return enabled && !user.isAdmin;
      case 'passkey':
        return enabled && deps.passkeys !== undefined;
      default:
        return enabled;
    }
  }

  function normalizeValue(kind: ContactKind, value: unknown): string {
    if (typeof value !== 'string') return fail('invalid_value', 'value must be a string');
    return (
      normalizeContactValue(kind, value) ??
      fail(
        'invalid_value',
        kind === 'email'
          ? 'Not an email address'
          : 'Not a phone number in international form (+ and country code)',
      )
    );
  }

  function hintOf(kind: RecoveryMethodKind, value: string | undefined): string | null {
    if (value === undefined) return null;
    return kind === 'email' ? maskEmail(value) : maskPhone(value);
  }

  /** Distinct usable methods, as reset counts them: one phone number is one method. */
  function distinctUsable(
    entries: ReadonlyArray<{ kind: RecoveryMethodKind; value?: string; answers?: number }>,
    policy: Policy,
    user: DirectoryUser,
  ): number {
    const channels = new Set<string>();
    for (const entry of entries) {
      if (!kindAllowed(entry.kind, policy, user, true)) continue;
      if (entry.kind === 'securityQuestions') {
        if ((entry.answers ?? 0) >= policy.questions.toAnswer) channels.add('questions');
      } else if (entry.kind === 'passkey' || entry.kind === 'authenticator') {
        channels.add(entry.kind);
      } else if (entry.value !== undefined) {
        channels.add(`${entry.kind === 'email' ? 'email' : 'phone'}:${entry.value.toLowerCase()}`);
      }
    }
    return channels.size;
  }

  async function statusOf(
    tenantId: string,
    user: DirectoryUser,
    registration: UserRegistration | null,
  ): Promise<RegistrationStatus> {
    const policy = await deps.getPolicy(tenantId);
    const entries: Array<{ kind: RecoveryMethodKind; value?: string; answers?: number }> = (
      registration?.methods ?? []
    ).map((method) => ({
      kind: method.kind,
      ...(method.value === undefined ? {} : { value: method.value }),
      ...(method.answers === undefined ? {} : { answers: method.answers.length }),
    }));
    const methods: RegistrationMethodView[] = (registration?.methods ?? []).map((method) => ({
      id: method.id,
      kind: method.kind,
      hint: hintOf(method.kind, method.value),
      source: 'registered',
      verifiedAt: method.verifiedAt.toISOString(),
      ...(method.answers === undefined
        ? {}
        : { questionIds: method.answers.map((a) => a.questionId) }),
      ...(method.kind === 'passkey' || method.kind === 'authenticator'
        ? { name: method.name ?? '', lastUsedAt: method.lastUsedAt?.toISOString() ?? null }
        : {}),
    }));
    if (policy.useDirectoryMethods) {
      const fields = [
        ['mobile', 'mobile', user.contact.mobile],
        ['office', 'office', user.contact.office],
        ['alternateEmail', 'email', user.contact.alternateEmail],
      ] as const;
      for (const [field, kind, value] of fields) {
        if (
          value !== undefined &&
          !methods.some((m) => m.kind === kind && m.hint === hintOf(kind, value))
        ) {
          methods.push({
            id: `directory:${field}`,
            kind,
            hint: hintOf(kind, value),
            source: 'directory',
          });
          entries.push({ kind, value });
        }
      }
    }
    const required = user.isAdmin ? 2 : policy.gatesRequired;
    const enough = distinctUsable(entries, policy, user) >= required;
    const reconfirmedAt = registration?.reconfirmedAt ?? null;
    const reconfirmDueAt =
      policy.reconfirmDays === 0 || reconfirmedAt === null
        ? null
        : new Date(reconfirmedAt.getTime() + policy.reconfirmDays * DAY);
    // Due on day N exactly, not before (NIST-style inclusive boundary).
    const due =
      policy.reconfirmDays > 0 &&
      (reconfirmDueAt === null || clock.now().getTime() >= reconfirmDueAt.getTime());
    return {
      userId: user.id,
      status: !enough ? 'missing' : due ? 'needs_reconfirmation' : 'registered',
      required,
      methods,
      reconfirmedAt: reconfirmedAt?.toISOString() ?? null,
      reconfirmDueAt: reconfirmDueAt?.toISOString() ?? null,
    };
  }

  async function save(
    tenantId: string,
    user: DirectoryUser,
    current: UserRegistration | null,
    methods: readonly RegisteredMethod[],
  ): Promise<UserRegistration> {
    const now = clock.now();
    const next: UserRegistration = {
      tenantId,
      userId: user.id,
      revision: (current?.revision ?? 0) + 1,
      methods,
      // Registering or changing methods counts as confirming them (as in Entra).
      reconfirmedAt: now,
      updatedAt: now,
    };
    if (!(await storage.registrations.save(next, current?.revision ?? null))) {
      fail('conflict', 'The registration changed meanwhile; reload it');
    }
    return next;
  }

  /**
   * Spends one send on every limit that applies, narrowest first, so a refused request
   * leaves the wider (shared) budgets alone: the user's sends of this kind, the address
   * block's registration sends, and for phones the address block's and the tenant's phone
   * sends, the very counters recovery's real sends use.
   */
  async function limitSends(
    tenantId: string,
    user: DirectoryUser,
    kind: ContactKind,
    isPhone: boolean,
    ip: string | undefined,
    policy: Policy,
  ): Promise<void> {
    const block = ip === undefined ? undefined : addressBlock(ip);
    const limits: Array<[key: string, max: number]> = [
      [`${tenantId}:registration-sends:${user.id}:${kind}`, policy.limits.sendsPerMethodPerHour],
    ];
    if (block !== undefined) {
      limits.push([
        `${tenantId}:registration-ip:${block}`,
        REGISTRATION_SENDS_PER_IP_FACTOR * policy.limits.sendsPerMethodPerHour,
      ]);
    }
    if (isPhone) {
      if (block !== undefined) {
        limits.push([`${tenantId}:phone-ip:${block}`, policy.limits.phoneSendsPerIpPerHour]);
      }
      limits.push([`${tenantId}:phone`, policy.limits.phoneSendsPerHour]);
    }
    for (const [key, max] of limits) {
      const result = await deps.rateLimit.hit(key, HOUR, max);
      if (!result.allowed) {
        fail('rate_limited', 'Too many codes', { retryAfterSeconds: result.retryAfterSeconds });
      }
    }
  }

  function challengeMessage(userId: string, kind: ContactKind, value: string, code: string) {
    return `${userId}\u0000${kind}\u0000${value}\u0000${code}`;
  }

  const kit: RegistrationKit = {
    deps,
    passkeys: deps.passkeys,
    fail,
    async begin(input, kind) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const policy = await deps.getPolicy(tenantId);
      if (kind !== null && !kindAllowed(kind, policy, user, false)) {
        fail('method_not_allowed', `The policy does not enable ${kind}`);
      }
      await requireRecentAuth(tenantId, user, policy, input.auth);
      return {
        tenantId,
        user,
        policy,
        current: await storage.registrations.get(tenantId, user.id),
      };
    },
    save,
    announce,
    statusOf,
  };

  return {
    ...createCredentialRegistration(kit),
    async getStatus(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      return statusOf(tenantId, user, await storage.registrations.get(tenantId, user.id));
    },

    async addMethod(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const policy = await deps.getPolicy(tenantId);
      // Cheap validation first, then the country, then the counters: a request that is
      // refused for its input spends no budget.
      requireContactKind(input.kind, policy, user, input.byAdmin === true);
      const value = normalizeValue(input.kind, input.value);
      // The first method of the kind that the policy enables and a sender can deliver.
      const channel =
        methodsOfKind(input.kind)
          .filter((type) => policy.methods.includes(type))
          .map(deliveryChannel)
          .find((candidate): candidate is NonNullable<DeliveryChannel> =>
            candidate === null ? false : deps.channels[candidate],
          ) ?? fail('method_not_allowed', `No sender is configured for ${input.kind}`);
      const isPhone = channel !== 'email';
      if (isPhone && !callingCodeAllowed(value, policy.limits.phoneCountryCallingCodes)) {
        fail('country_not_allowed', 'The policy does not allow codes to this country');
      }
      await requireRecentAuth(tenantId, user, policy, input.auth);
      await limitSends(tenantId, user, input.kind, isPhone, input.ip, policy);

      const code = generateCode(random, policy.codeLength);
      const { keyId, mac } = await keyring.mac(
        'registration-code',
        challengeMessage(user.id, input.kind, value, code),
      );
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + policy.codeTtlMinutes * MINUTE);
      await storage.challenges.issue({
        tenantId,
        flowId: `registration:${user.id}:${input.kind}`,
        methodId: input.kind,
        secretHash: mac,
        keyId,
        createdAt: now,
        expiresAt,
      });
      const locale = (Object.values(Locale) as string[]).includes(input.locale ?? '')
        ? (input.locale as Locale)
        : policy.defaultLocale;
      await deps.outbox.enqueue({
        tenantId,
        purpose: `registration_code:${input.kind}`,
        correlationId: `registration:${user.id}`,
        payload: {
          channel,
          target: targetOf(user),
          message: renderCodeMessage({
            channel,
            to: value,
            code,
            minutes: policy.codeTtlMinutes,
            locale,
            branding: policy.branding,
            ...(deps.templates === undefined ? {} : { templates: deps.templates }),
          }),
        } as never,
      });
      return {
        kind: input.kind,
        hint: hintOf(input.kind, value) ?? '',
        expiresAt: expiresAt.toISOString(),
      };
    },

    async verifyMethod(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const policy = await deps.getPolicy(tenantId);
      requireContactKind(input.kind, policy, user, input.byAdmin === true);
      await requireRecentAuth(tenantId, user, policy, input.auth);
      const value = normalizeValue(input.kind, input.value);
      if (typeof input.code !== 'string' || !/^\d{6,8}$/.test(input.code))
        fail('invalid_request', 'code must be 6-8 digits');
      const flowId = `registration:${user.id}:${input.kind}`;
      // Whether a code is pending, and until when, says nothing about the guess: answered
      // before the budget, so a typo after expiry costs no attempt.
      const pending = await storage.challenges.get(tenantId, flowId, input.kind);
      if (pending === null) fail('invalid_code', 'No code was sent for this method');
      const challenge = pending as ChallengeRecord;
      if (challenge.expiresAt.getTime() <= clock.now().getTime())
        fail('code_expired', 'The code expired');
      const outcome = await deps.verifier.verify(
        [registrationCodeBudget(tenantId, user.id, input.kind, policy)],
        async () => {
          const candidate = await keyring.macWith(
            challenge.keyId,
            'registration-code',
            challengeMessage(user.id, input.kind, value, input.code),
          );
          const encoder = new TextEncoder();
          return (
            candidate !== null &&
            timingSafeEqual(encoder.encode(candidate), encoder.encode(challenge.secretHash)) &&
            (await storage.challenges.consume(
              tenantId,
              flowId,
              input.kind,
              challenge.secretHash,
              clock.now(),
            ))
          );
        },
      );
      if (outcome.status === 'refused') {
        fail('too_many_attempts', 'Too many wrong codes; try again later', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        });
      }
      if (outcome.status === 'failed') fail('invalid_code', 'The code is wrong');
      // The code is used up; nothing of it stays behind.
      await storage.challenges.deleteByFlow(tenantId, flowId);

      const current = await storage.registrations.get(tenantId, user.id);
      const previous = current?.methods.find((m) => m.kind === input.kind);
      const now = clock.now();
      const method: RegisteredMethod = {
        id: previous?.id ?? encodeBase64Url(random.bytes(9)),
        kind: input.kind,
        value,
        createdAt: previous?.createdAt ?? now,
        verifiedAt: now,
      };
      const saved = await save(tenantId, user, current, [
        ...(current?.methods ?? []).filter((m) => m.kind !== input.kind),
        method,
      ]);
      await announce({
        tenantId,
        user,
        policy,
        change: previous === undefined ? 'added' : 'replaced',
        kind: input.kind,
        byAdmin: input.byAdmin === true,
        correlationId: flowId,
        to: notificationAddresses(user, saved),
        hint: hintOf(input.kind, value) ?? '',
        ip: input.ip,
      });
      if (
        policy.notifications.userOnChange &&
        input.kind === 'email' &&
        previous?.value !== undefined &&
        previous.value !== value
      ) {
        // The old address hears of the change too (OWASP forgot-password cheat sheet).
        await deps.notifier.notify({
          tenantId,
          correlationId: flowId,
          user,
          target: targetOf(user),
          locale: policy.defaultLocale,
          policy,
          kind: 'email_changed_old_address',
          to: [previous.value],
          method: 'email',
          hint: hintOf('email', value) ?? '',
        });
      }
      return statusOf(tenantId, user, saved);
    },

    async removeMethod(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const policy = await deps.getPolicy(tenantId);
      await requireRecentAuth(tenantId, user, policy, input.auth);
      const current = await storage.registrations.get(tenantId, user.id);
      const method = current?.methods.find((m) => m.id === input.methodId);
      if (current === null || method === undefined)
        fail('method_not_found', 'No such registered method');
      const registration = current as UserRegistration;
      const removed = registration.methods.filter((m) => m.id !== input.methodId);
      if (policy.requireRegistration) {
        const before = await statusOf(tenantId, user, registration);
        const after = await statusOf(tenantId, user, { ...registration, methods: removed });
        if (before.status !== 'missing' && after.status === 'missing') {
          fail('below_minimum', `The policy requires ${after.required} methods`);
        }
      }
      const saved = await save(tenantId, user, registration, removed);
      const removedMethod = method as RegisteredMethod;
      await announce({
        tenantId,
        user,
        policy,
        change: 'removed',
        kind: removedMethod.kind,
        byAdmin: false,
        correlationId: `registration:${user.id}`,
        // The removed address hears of it too.
        to: notificationAddresses(user, registration),
        hint: hintOf(removedMethod.kind, removedMethod.value) ?? removedMethod.name ?? '',
        ip: input.ip,
      });
      return statusOf(tenantId, user, saved);
    },

    async setQuestions(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const policy = await deps.getPolicy(tenantId);
      if (!kindAllowed('securityQuestions', policy, user, false)) {
        fail('method_not_allowed', 'Security questions are not enabled for this user');
      }
      await requireRecentAuth(tenantId, user, policy, input.auth);
      const answers = Array.isArray(input.answers) ? input.answers : [];
      if (
        answers.length !== policy.questions.toRegister ||
        !answers.every((a) => typeof a?.questionId === 'string' && typeof a.answer === 'string')
      ) {
        fail('invalid_request', `Answer exactly ${policy.questions.toRegister} questions`);
      }
      const issues = answerIssues(answers, policy, user);
      if (issues.length > 0)
        fail('invalid_answers', 'The answers break the rules', { answerIssues: issues });
      // Hashed outside the request's transaction: argon2id holds none of the storage's locks.
      const hashed = await outsideTransaction(storage, () =>
        Promise.all(
          answers.map(async ({ questionId, answer }) => ({
            questionId,
            answerHash: await hasher.hash(normalizeAnswer(answer)),
          })),
        ),
      );
      const current = await storage.registrations.get(tenantId, user.id);
      const previous = current?.methods.find((m) => m.kind === 'securityQuestions');
      const now = clock.now();
      const saved = await save(tenantId, user, current, [
        ...(current?.methods ?? []).filter((m) => m.kind !== 'securityQuestions'),
        {
          id: previous?.id ?? encodeBase64Url(random.bytes(9)),
          kind: 'securityQuestions',
          answers: hashed,
          createdAt: previous?.createdAt ?? now,
          verifiedAt: now,
        },
      ]);
      await announce({
        tenantId,
        user,
        policy,
        change: previous === undefined ? 'added' : 'replaced',
        kind: 'securityQuestions',
        byAdmin: false,
        correlationId: `registration:${user.id}`,
        to: notificationAddresses(user, saved),
        ip: input.ip,
      });
      return statusOf(tenantId, user, saved);
    },

    async reconfirm(input) {
      const tenantId = tenantOf(input);
      const user = await userOf(tenantId, input.userId);
      const current = await storage.registrations.get(tenantId, user.id);
      const saved = await save(tenantId, user, current, current?.methods ?? []);
      await record(
        {
          type: 'registration.reconfirmed',
          tenantId,
          actor: { kind: 'user', id: user.id },
          target: targetOf(user),
          result: 'success',
          correlationId: `registration:${user.id}`,
        },
        input.ip,
      );
      return statusOf(tenantId, user, saved);
    },
  };
}

/**
 * Entra's rules for security answers, and ours: questions defined by the policy and each
 * once; answers of 3-40 characters, all different, containing neither the question nor
 * the user's names.
 */
function answerIssues(
  answers: ReadonlyArray<{ questionId: string; answer: string }>,
  policy: Policy,
  user: DirectoryUser,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const defined = new Set([
    ...policy.questions.predefined,
    ...policy.questions.custom.map((q) => q.id),
  ]);
  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  const names = [user.username, user.givenName, user.surname]
    .filter((name): name is string => name !== undefined && [...name].length >= 3)
    .map(normalizeAnswer);
  for (const { questionId, answer } of answers) {
    const add = (code: AnswerIssue['code']) => issues.push({ questionId, code });
    if (!defined.has(questionId)) add('unknown_question');
    if (seenQuestions.has(questionId)) add('duplicate_question');
    seenQuestions.add(questionId);
    const normalized = normalizeAnswer(answer);
    const length = [...normalized].length;
    if (length < ANSWER_LENGTH.min) add('too_short');
    if (length > ANSWER_LENGTH.max) add('too_long');
    if (seenAnswers.has(normalized)) add('duplicate_answer');
    seenAnswers.add(normalized);
    const texts = Object.values(Locale)
      .map((locale) => questionText(questionId, locale, policy.questions.custom))
      .filter((text): text is string => text !== undefined)
      .map(normalizeAnswer);
    if (length > 0 && texts.some((text) => normalized.includes(text) || text === normalized)) {
      add('contains_question');
    }
    if (names.some((name) => normalized.includes(name))) add('contains_name');
  }
  return issues;
}
