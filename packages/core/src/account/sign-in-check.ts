import { sha256Base64Url } from '../crypto/encoding.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { CounterStore } from '../ports/storage.js';
import { AccountError } from './account-error.js';

/** What the host should do right after a user signed in. */
export interface SignInCheckResult {
  /**
   * `change_password`: send the user to the change form first (expired, or the directory
   * asks for it; never postponed); `register`: they have too few recovery methods and the
   * policy `requireRegistration`; `reconfirm`: the reconfirmation period has passed ("looks
   * good" or update); `none`: carry on.
   */
  action: 'none' | 'register' | 'reconfirm' | 'change_password';
  /** How many more times "remind me later" may postpone `register` or `reconfirm` (else 0). */
  postponesLeft: number;
  /**
   * Why: `expired` or `must_change` (change_password), `missing` (register),
   * `reconfirmation_due` (reconfirm), and for `none` `postponed` (asked again after the
   * policy's `registrationReminder.postponeDays`) or `password_expires_soon` (within
   * `password.expiryWarningDays`: a host may show a warning).
   */
  reason?: string;
}

/** Whose sign-in to check. */
export interface SignInCheckInput {
  /** The directory id of the signed-in user. */
  userId: string;
  /** @default the engine's tenant */
  tenantId?: string;
}

/** The sign-in check and its "remind me later". */
export interface SignInChecks {
  /**
   * What the host should do after a successful sign-in (see {@link SignInCheckResult}).
   * @throws {AccountError} `user_not_found`, `directory_error`.
   */
  check(input: SignInCheckInput): Promise<SignInCheckResult>;
  /**
   * "Remind me later" for a `register` or `reconfirm` check: not asked again for the
   * policy's `postponeDays`, and one postpone fewer left. Atomic: concurrent postpones
   * never exceed the limit.
   * @throws {AccountError} `postpone_limit` when none are left; `not_postponable` when
   *   the check asks for nothing that can be postponed (an expired password).
   */
  postpone(input: SignInCheckInput): Promise<{ postponesLeft: number }>;
}

/** What {@link createSignInChecks} needs: the registration status and password expiry. */
export interface SignInCheckDependencies {
  registrationStatus(input: { userId: string; tenantId: string }): Promise<{
    status: 'registered' | 'needs_reconfirmation' | 'missing';
    reconfirmedAt: string | null;
  }>;
  passwordChange(input: {
    user: string;
    tenantId: string;
  }): Promise<{ required: boolean; reason: 'must_change' | 'expired' | null; warn: boolean }>;
  counters: CounterStore;
  clock: Clock;
  getPolicy(tenantId: string): Promise<Policy>;
  tenantId: string;
}

const DAY = 24 * 60 * 60_000;
/** Postpones are counted for a year per registration (then a user gets them again). */
const COUNT_WINDOW = 365 * DAY;

/**
 * Creates the sign-in check. Postpones are counted per user and per registration state (the
 * time of the last registration or "looks good"), so registering or reconfirming starts the
 * count again, as Entra's registration campaign does.
 */
export function createSignInChecks(deps: SignInCheckDependencies): SignInChecks {
  async function evaluate(input: SignInCheckInput) {
    if (typeof input?.userId !== 'string' || input.userId.length === 0) {
      throw new AccountError('invalid_request', 'userId is required');
    }
    const tenantId = input.tenantId ?? deps.tenantId;
    const [policy, password, registration] = await Promise.all([
      deps.getPolicy(tenantId),
      deps.passwordChange({ user: input.userId, tenantId }),
      deps.registrationStatus({ userId: input.userId, tenantId }),
    ]);
    // The keys hold a hash of the id: directory ids can be long DNs.
    const user = await sha256Base64Url(input.userId);
    const epoch = registration.reconfirmedAt ?? 'never';
    const keys = {
      count: `${tenantId}:postpones:${user}:${epoch}`,
      postponed: `${tenantId}:postponed:${user}:${epoch}`,
    };
    let action: SignInCheckResult['action'] = 'none';
    let reason: string | undefined = password.warn ? 'password_expires_soon' : undefined;
    if (password.required) {
      action = 'change_password';
      reason = password.reason ?? 'expired';
    } else if (registration.status === 'missing' && policy.requireRegistration) {
      action = 'register';
      reason = 'missing';
    } else if (registration.status === 'needs_reconfirmation') {
      action = 'reconfirm';
      reason = 'reconfirmation_due';
    }
    return { policy, action, reason, keys };
  }

  return {
    async check(input) {
      const { policy, action, reason, keys } = await evaluate(input);
      if (action !== 'register' && action !== 'reconfirm') {
        return { action, postponesLeft: 0, ...(reason === undefined ? {} : { reason }) };
      }
      const now = deps.clock.now();
      const [used, postponed] = await Promise.all([
        deps.counters.get(keys.count, now),
        deps.counters.get(keys.postponed, now),
      ]);
      const { maxPostpones } = policy.registrationReminder;
      if (postponed.count > 0) return { action: 'none', postponesLeft: 0, reason: 'postponed' };
      return { action, postponesLeft: Math.max(0, maxPostpones - used.count), reason };
    },
    async postpone(input) {
      const { policy, action, keys } = await evaluate(input);
      if (action !== 'register' && action !== 'reconfirm') {
        throw new AccountError('not_postponable', 'There is nothing to postpone');
      }
      const { maxPostpones, postponeDays } = policy.registrationReminder;
      const now = deps.clock.now();
      const used = await deps.counters.increment(keys.count, { windowMs: COUNT_WINDOW, now });
      if (used.count > maxPostpones) {
        await deps.counters.decrement(keys.count, now);
        throw new AccountError('postpone_limit', 'No postpones are left');
      }
      if (postponeDays > 0) {
        await deps.counters.increment(keys.postponed, { windowMs: postponeDays * DAY, now });
      }
      return { postponesLeft: maxPostpones - used.count };
    },
  };
}
