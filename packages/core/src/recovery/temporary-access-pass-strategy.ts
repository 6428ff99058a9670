import type { ChallengeStore } from '../ports/storage.js';
import {
  matchTemporaryAccessPass,
  normalizeTemporaryAccessPass,
  temporaryAccessPassSlot,
} from '../verification/temporary-access-pass.js';
import type { MethodStrategy } from './method-strategy.js';
import { fail } from './recovery-error.js';
import type { RecoveryServiceDependencies } from './recovery-service.js';

/**
 * Whose pass slot a flow reads: the account's, or for a flow without one (an unknown
 * identifier) a slot named after the flow's seed that never holds a pass, so both read alike.
 */
export function passOwner(userId: string | null, seed: string): string {
  return userId ?? `decoy:${seed}`;
}

/**
 * Whether `owner` holds a pass that can still be used at `now` (unused, unexpired). Read for
 * every flow when the policy accepts passes, so that a holder's flow costs what any other
 * costs; a holder who registered nothing gets a real flow instead of a decoy.
 */
export async function holdsTemporaryAccessPass(
  challenges: ChallengeStore,
  tenantId: string,
  owner: string,
  now: Date,
): Promise<boolean> {
  const slot = temporaryAccessPassSlot(owner);
  const stored = await challenges.get(tenantId, slot.flowId, slot.methodId);
  return (
    stored !== null && stored.consumedAt === null && stored.expiresAt.getTime() > now.getTime()
  );
}

/**
 * The Temporary Access Pass (`temporary_access_pass`): a pass the helpdesk issued, typed as
 * `code`. It needs no challenge (verifying it opens it), and a valid pass replaces every gate
 * of the flow (`replacesGates`), after which the user is asked to register new methods.
 *
 * Every check goes through the shared proof verifier with the flow's budgets, like a code:
 * a wrong, expired, revoked or used pass costs an attempt and answers `invalid_code` alike
 * (no word about whether the account holds a pass). A single-use pass is consumed inside the
 * evaluation with the store's atomic `consume`, so of concurrent checks exactly one passes.
 * A decoy reads a slot that holds nothing and computes the same two HMACs.
 */
export function createTemporaryAccessPassStrategy(
  deps: RecoveryServiceDependencies,
): MethodStrategy {
  const { storage, keyring } = deps;
  return {
    types: ['temporary_access_pass'],
    needsConfirm: false,
    opensOnVerify: true,
    replacesGates: true,

    async challenge({ method }) {
      return { active: { methodId: method.id }, audit: { result: 'success' } };
    },

    async view(_context, active) {
      return { methodId: active.methodId };
    },

    async verify({ flow, data }, _active, input, budgets) {
      const pass = normalizeTemporaryAccessPass(input.code);
      if (pass === null) fail('invalid_request', 'code must be a Temporary Access Pass');
      const owner = passOwner(flow.userId, data.seed);
      const slot = temporaryAccessPassSlot(owner);
      const stored = await storage.challenges.get(flow.tenantId, slot.flowId, slot.methodId);
      const outcome = await deps.proofs.verify(budgets, async () => {
        const use = await matchTemporaryAccessPass(keyring, stored, owner, pass);
        const now = deps.clock.now();
        if (use === null || stored === null || data.decoy) return false;
        if (stored.consumedAt !== null || stored.expiresAt.getTime() <= now.getTime()) return false;
        if (use === 'until_expiry') return true;
        return storage.challenges.consume(
          flow.tenantId,
          slot.flowId,
          slot.methodId,
          stored.secretHash,
          now,
        );
      });
      return { outcome, failure: { code: 'invalid_code', message: 'The pass is wrong' } };
    },
  };
}
