import { matchTotp, TOTP_PARAMETERS } from '../verification/totp.js';
import { markUsed } from './mark-used.js';
import type { MethodStrategy } from './method-strategy.js';
import { fail } from './recovery-error.js';
import type { RecoveryServiceDependencies } from './recovery-service.js';

/**
 * Most authenticator apps one user can register (registration refuses more). A code is
 * checked against this many slots, a stand-in where the account has none, so a real
 * account costs what a decoy costs.
 */
export const AUTHENTICATOR_SLOTS = 5;

/** A secret no account has, sealed and opened in the place of an empty slot. */
const STAND_IN_SECRET = 'OPENRESETSTANDINOPENRESETSTANDIN';

/** How long a used step is remembered: the steps a code is accepted in, and one more. */
const USED_STEP_WINDOW_MS = (2 * TOTP_PARAMETERS.window + 2) * TOTP_PARAMETERS.period * 1000;

/**
 * An authenticator app's code (TOTP, RFC 6238). Nothing is sent. A code counts once: the
 * step it matched is claimed atomically in the counter store per authenticator, so a code
 * seen over the user's shoulder or replayed within its 90 seconds fails (RFC 6238 5.2).
 */
export function createAuthenticatorStrategy(deps: RecoveryServiceDependencies): MethodStrategy {
  const { storage, keyring } = deps;
  let sealedStandIn: Promise<string> | undefined;

  return {
    types: ['authenticatorApp'],
    needsConfirm: false,

    async challenge({ data, method, contacts }) {
      const { authenticators } = await contacts();
      const usable = !data.decoy && authenticators.length > 0;
      return {
        active: { methodId: method.id },
        audit: usable
          ? { result: 'success' }
          : { result: 'failure', reason: data.decoy ? 'decoy' : 'not_registered' },
      };
    },

    async view(_context, active) {
      return { methodId: active.methodId };
    },

    async verify({ flow, data, contacts: readContacts }, _active, input, budgets) {
      const code = input.code;
      if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
        fail('invalid_request', 'code must be 6 digits');
      }
      const { authenticators } = await readContacts();
      const slots = Array.from({ length: AUTHENTICATOR_SLOTS }, (_, i) => authenticators[i]);
      const now = deps.clock.now();
      let used: { id: string } | undefined;
      const outcome = await deps.proofs.verify(budgets, async () => {
        sealedStandIn ??= keyring.seal(STAND_IN_SECRET);
        const standIn = await sealedStandIn;
        const secrets = await Promise.all(
          slots.map((method) => keyring.open(method?.secret ?? standIn)),
        );
        const steps = secrets.map((secret) =>
          secret === null ? null : matchTotp(secret, code, now),
        );
        const index = slots.findIndex((method, i) => method !== undefined && steps[i] !== null);
        const matched = slots[index];
        // Every path claims one step: the matched one, or a throwaway one for this flow.
        const claim = await storage.counters.increment(
          matched === undefined
            ? `${flow.tenantId}:totp-miss:${flow.id}`
            : `${flow.tenantId}:totp:${matched.id}:${steps[index]}`,
          { windowMs: USED_STEP_WINDOW_MS, now },
        );
        if (matched === undefined || claim.count !== 1 || data.decoy) return false;
        used = matched;
        return true;
      });
      if (outcome.status === 'passed' && used !== undefined && flow.userId !== null) {
        await markUsed(
          storage,
          { tenantId: flow.tenantId, userId: flow.userId, methodId: used.id },
          { lastUsedAt: now },
          now,
        );
      }
      return { outcome, failure: { code: 'invalid_code', message: 'The code is wrong' } };
    },
  };
}
