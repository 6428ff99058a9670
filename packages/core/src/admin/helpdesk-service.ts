import { AccountError } from '../account/account-error.js';
import type { AuditActor, AuditTarget } from '../audit/audit-event.js';
import type { AuditEventInput, AuditLog } from '../audit/audit-log.js';
import { type ContactValueKind, normalizeContactValue } from '../contacts/contact-value.js';
import { encodeBase64Url } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import { type Notifier, notificationAddresses, otherAdminAddresses } from '../messages/notifier.js';
import { methodsOfKind } from '../methods/recovery-method.js';
import type { UserPasswordCheck } from '../password/user-password-check.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import { type Directory, DirectoryError, type DirectoryUser } from '../ports/directory.js';
import type { Random } from '../ports/random.js';
import {
  outsideTransaction,
  type RegisteredMethod,
  type Storage,
  type UserRegistration,
} from '../ports/storage.js';
import {
  generateRandomString,
  generateTemporaryAccessPass,
  macTemporaryAccessPass,
  temporaryAccessPassSlot,
} from '../verification/temporary-access-pass.js';

/** Where a helpdesk action comes from, for the audit event. */
export interface HelpdeskContext {
  /** The acting administrator. */
  actor: AuditActor;
  /** @default the engine's tenant */
  tenantId?: string | undefined;
  /** The client address. */
  ip?: string | undefined;
}

/** Options for {@link HelpdeskService.resetPassword}. */
export interface AdminResetOptions {
  /** The new password; without one a password is generated and returned once. */
  newPassword?: string | undefined;
  /** The user must choose a new password at next sign-in. @default false */
  mustChange?: boolean | undefined;
}

/** A user's phone numbers and recovery address as the helpdesk sets them; `null` removes. */
export interface HelpdeskContact {
  office?: string | null | undefined;
  mobile?: string | null | undefined;
  email?: string | null | undefined;
}

/** Options for {@link HelpdeskService.issueTemporaryAccessPass}. */
export interface IssuePassOptions {
  /** How long the pass works, 10 to 1440 minutes. @default 60 */
  lifetimeMinutes?: number | undefined;
  /** The pass works once (else until it expires). @default true */
  singleUse?: boolean | undefined;
}

/**
 * What an administrator does for a user who called the helpdesk: set a password, unlock,
 * set phone numbers and the recovery address, and issue or revoke a Temporary Access Pass.
 * Every action is audited with the acting admin (`actor`). Authorization (the admin role) is
 * the caller's job: the HTTP handler checks it on every request.
 */
export interface HelpdeskService {
  /**
   * Sets the user's password (audited as `password.reset` by the admin, reason
   * `admin_reset`), clears a lockout, tells the user (`reset` notice), and for an admin
   * account the other admins (under `notifications.adminsOnAdminReset`): an
   * `admin_reset_by_admin` notice naming the acting admin and the target, or `admin_reset`
   * when an admin reset their own.
   * @returns the generated password when none was given (shown once, never stored).
   * @throws {AccountError} `user_not_found`, `password_rejected` (`issues`), `directory_error`.
   */
  resetPassword(
    userId: string,
    options: AdminResetOptions,
    context: HelpdeskContext,
  ): Promise<{ password?: string }>;
  /** Clears a lockout (audited `account.unlocked`, reason `admin_unlock`). */
  unlock(userId: string, context: HelpdeskContext): Promise<void>;
  /**
   * Sets or removes (`null`) the user's registered office phone, mobile and recovery email,
   * each validated as registration does; fields left out stay. Audited as methods registered
   * or removed by the admin.
   * @returns the values registered after the change.
   * @throws {AccountError} `invalid_value` naming the field, `user_not_found`, `conflict`.
   */
  setContact(
    userId: string,
    contact: HelpdeskContact,
    context: HelpdeskContext,
  ): Promise<{ office?: string; mobile?: string; email?: string }>;
  /**
   * Issues a Temporary Access Pass, replacing any earlier one (one per user), stored as an
   * HMAC only. The policy must accept passes (`helpdesk.temporaryAccessPass`).
   * @returns the pass (shown once) and when it expires.
   * @throws {AccountError} `method_not_allowed` when the policy does not accept passes,
   *   `invalid_value` for a lifetime outside 10-1440 minutes, `user_not_found`.
   */
  issueTemporaryAccessPass(
    userId: string,
    options: IssuePassOptions,
    context: HelpdeskContext,
  ): Promise<{ pass: string; expiresAt: Date }>;
  /** Revokes the user's pass, if any (audited either way). */
  revokeTemporaryAccessPass(userId: string, context: HelpdeskContext): Promise<void>;
}

/** What {@link createHelpdeskService} needs. */
export interface HelpdeskServiceDependencies {
  storage: Pick<Storage, 'registrations' | 'challenges' | 'outsideTransaction'>;
  directory: Directory;
  keyring: Keyring;
  random: Random;
  audit: AuditLog;
  notifier: Notifier;
  clock: Clock;
  /** The password rules with the user's names and history (as reset and change check). */
  checkUserPassword: UserPasswordCheck;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

const MINUTE = 60_000;

/** Letters and digits of a generated password (ambiguous ones out: it may be read aloud). */
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Characters of a generated password, unless the policy asks more: about 116 bits. */
const GENERATED_LENGTH = 20;

/** The contact fields, with the registered kind each one sets. */
const CONTACT_FIELDS = ['office', 'mobile', 'email'] as const satisfies readonly ContactValueKind[];

/** Creates the {@link HelpdeskService}. */
export function createHelpdeskService(deps: HelpdeskServiceDependencies): HelpdeskService {
  const { storage, directory, keyring, random, audit, clock } = deps;
  const tenantOf = (context: HelpdeskContext) => context.tenantId ?? deps.tenantId;

  /** Runs a directory call; its failure becomes `directory_error` with the directory's code. */
  async function directoryCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof DirectoryError && error.code === 'user_not_found') {
        throw new AccountError('user_not_found', 'No such user');
      }
      if (error instanceof DirectoryError && error.code === 'password_policy') {
        throw new AccountError('password_rejected', "The directory's password policy refused it", {
          directoryCode: error.code,
        });
      }
      throw new AccountError('directory_error', 'The directory did not accept the change', {
        directoryCode: error instanceof DirectoryError ? error.code : 'unavailable',
        cause: error,
      });
    }
  }

  async function userOf(userId: string): Promise<DirectoryUser> {
    const user = await directoryCall(() => directory.getUser(userId));
    if (user === null) throw new AccountError('user_not_found', 'No such user');
    return user;
  }

  const targetOf = (user: DirectoryUser): AuditTarget => ({
    userId: user.id,
    username: user.username,
    role: user.isAdmin ? 'admin' : 'user',
  });

  /** The fields every helpdesk audit event shares; one correlation id per action. */
  function base(context: HelpdeskContext, user: DirectoryUser) {
    return {
      tenantId: tenantOf(context),
      actor: context.actor,
      target: targetOf(user),
      correlationId: `helpdesk:${encodeBase64Url(random.bytes(12))}`,
      ...(context.ip === undefined ? {} : { ip: context.ip }),
    };
  }

  const record = (event: AuditEventInput) => audit.record(event);

  return {
    async resetPassword(userId, options, context) {
      const tenantId = tenantOf(context);
      const user = await userOf(userId);
      const policy = await deps.getPolicy(tenantId);
      const password =
        options.newPassword ??
        generateRandomString(
          random,
          PASSWORD_ALPHABET,
          Math.max(GENERATED_LENGTH, policy.password.minLength),
        );
      // Outside the request's transaction: the history's hashes and the directory's write
      // (hashing, or a network call) hold none of the storage's locks.
      await outsideTransaction(storage, async () => {
        const check = await directoryCall(() => deps.checkUserPassword(password, user, policy));
        if (!check.ok) {
          throw new AccountError('password_rejected', 'The password breaks the policy', {
            issues: check.issues,
          });
        }
        await directoryCall(() =>
          directory.resetPassword(user.id, password, {
            unlock: true,
            mustChange: options.mustChange ?? false,
          }),
        );
      });
      const event = base(context, user);
      await record({
        ...event,
        type: 'password.reset',
        result: 'success',
        reason: 'admin_reset',
        methods: [],
      });
      const registration = await storage.registrations.get(tenantId, user.id);
      const own = notificationAddresses(user, registration);
      const notice = {
        tenantId,
        correlationId: event.correlationId,
        user,
        target: event.target,
        locale: policy.defaultLocale,
        policy,
      };
      if (policy.notifications.userOnReset) {
        await deps.notifier.notify({ ...notice, kind: 'reset', to: own });
      }
      if (user.isAdmin && policy.notifications.adminsOnAdminReset) {
        const others = await otherAdminAddresses(directory, own);
        const actorId = context.actor.id;
        if (actorId === undefined || actorId === user.id) {
          await deps.notifier.notify({ ...notice, kind: 'admin_reset', to: others });
        } else {
          // Another admin did it: the notice names both ("Ann reset Bob's password").
          const actor = await directory.getUser(actorId).catch(() => null);
          await deps.notifier.notify({
            ...notice,
            kind: 'admin_reset_by_admin',
            to: others,
            actor: actor?.displayName ?? actor?.username ?? actorId,
          });
        }
      }
      return options.newPassword === undefined ? { password } : {};
    },

    async unlock(userId, context) {
      const user = await userOf(userId);
      await directoryCall(() => directory.unlock(user.id));
      await record({
        ...base(context, user),
        type: 'account.unlocked',
        result: 'success',
        reason: 'admin_unlock',
        methods: [],
      });
    },

    async setContact(userId, contact, context) {
      const tenantId = tenantOf(context);
      // Parse every field before anything is read or written.
      const wanted = new Map<ContactValueKind, string | null>();
      for (const field of CONTACT_FIELDS) {
        const value = contact[field];
        if (value === undefined) continue;
        if (value === null) {
          wanted.set(field, null);
          continue;
        }
        const normalized = typeof value === 'string' ? normalizeContactValue(field, value) : null;
        if (normalized === null) throw new AccountError('invalid_value', `${field} is not valid`);
        wanted.set(field, normalized);
      }
      const user = await userOf(userId);
      const current = await storage.registrations.get(tenantId, user.id);
      const now = clock.now();
      let methods: readonly RegisteredMethod[] = current?.methods ?? [];
      const events: AuditEventInput[] = [];
      const event = base(context, user);
      for (const [kind, value] of wanted) {
        const before = methods.filter((method) => method.kind === kind);
        if (before.length === 1 && before[0]?.value === value) continue;
        methods = methods.filter((method) => method.kind !== kind);
        const method = methodsOfKind(kind)[0];
        if (before.length > 0) {
          events.push({ ...event, type: 'registration.method_removed', result: 'success', method });
        }
        if (value !== null) {
          methods = [
            ...methods,
            {
              id: encodeBase64Url(random.bytes(12)),
              kind,
              value,
              createdAt: now,
              verifiedAt: now,
            },
          ];
          events.push({
            ...event,
            type: 'registration.method_registered',
            result: 'success',
            reason: 'set_by_admin',
            method,
          });
        }
      }
      if (events.length > 0) {
        const next: UserRegistration = {
          tenantId,
          userId: user.id,
          revision: (current?.revision ?? 0) + 1,
          methods,
          reconfirmedAt: current?.reconfirmedAt ?? null,
          updatedAt: now,
        };
        if (!(await storage.registrations.save(next, current?.revision ?? null))) {
          throw new AccountError('conflict', 'The registration changed meanwhile; try again');
        }
        for (const change of events) await record(change);
      }
      const result: { office?: string; mobile?: string; email?: string } = {};
      for (const field of CONTACT_FIELDS) {
        const value = methods.find((method) => method.kind === field)?.value;
        if (value !== undefined) result[field] = value;
      }
      return result;
    },

    async issueTemporaryAccessPass(userId, options, context) {
      const tenantId = tenantOf(context);
      const policy = await deps.getPolicy(tenantId);
      if (!policy.helpdesk.temporaryAccessPass) {
        throw new AccountError(
          'method_not_allowed',
          'The policy does not accept Temporary Access Passes (helpdesk.temporaryAccessPass)',
        );
      }
      const lifetime = options.lifetimeMinutes ?? 60;
      if (!Number.isInteger(lifetime) || lifetime < 10 || lifetime > 1440) {
        throw new AccountError('invalid_value', 'lifetimeMinutes must be 10 to 1440');
      }
      const singleUse = options.singleUse ?? true;
      const user = await userOf(userId);
      const pass = generateTemporaryAccessPass(random);
      const { keyId, mac } = await macTemporaryAccessPass(
        keyring,
        user.id,
        pass,
        singleUse ? 'once' : 'until_expiry',
      );
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + lifetime * MINUTE);
      // One live record per user: issuing replaces (and so revokes) the previous pass.
      await storage.challenges.issue({
        tenantId,
        ...temporaryAccessPassSlot(user.id),
        secretHash: mac,
        keyId,
        createdAt: now,
        expiresAt,
      });
      await record({
        ...base(context, user),
        type: 'temporary_access_pass.issued',
        result: 'success',
        expiresAt: expiresAt.toISOString(),
        singleUse,
      });
      return { pass, expiresAt };
    },

    async revokeTemporaryAccessPass(userId, context) {
      const user = await userOf(userId);
      await storage.challenges.deleteByFlow(
        tenantOf(context),
        temporaryAccessPassSlot(user.id).flowId,
      );
      await record({
        ...base(context, user),
        type: 'temporary_access_pass.revoked',
        result: 'success',
      });
    },
  };
}
