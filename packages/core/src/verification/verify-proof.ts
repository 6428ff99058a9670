import type { Clock } from '../ports/clock.js';
import type { CounterStore } from '../ports/storage.js';

/** What a budget does with its reserved attempt once the proof passed. */
export const OnPass = {
  /** Give the attempt back: the budget counts failures (an account's failed proofs per day). */
  Release: 'release',
  /** Clear the counter: the budget counts failures in a row (consecutive failures). */
  Reset: 'reset',
  /** Keep it: the budget counts attempts, passed or not (tries of one code). */
  Keep: 'keep',
} as const;

/** The union of {@link OnPass} values. */
export type OnPass = (typeof OnPass)[keyof typeof OnPass];

/** One limit a proof attempt is reserved against, as a counter in storage. */
export interface ProofBudget {
  /** The counter's key, with the tenant in it. */
  key: string;
  windowMs: number;
  /** Most attempts outstanding in the window; the one beyond is refused unevaluated. */
  max: number;
  onPass: OnPass;
}

/** The result of {@link ProofVerifier.verify}. */
export type ProofOutcome =
  | { status: 'passed' }
  /**
   * Evaluated and wrong. `exhausted` lists the budgets this failure spent to their end;
   * `left` maps each budget's key to the attempts it has left (0 for an exhausted one).
   */
  | { status: 'failed'; exhausted: ProofBudget[]; left: ReadonlyMap<string, number> }
  /** Not evaluated: `budget` had nothing left. Says nothing about the guess. */
  | { status: 'refused'; budget: ProofBudget; retryAfterSeconds: number };

/**
 * The one place where a proof (a code, answers, a registration code, and later a passkey
 * assertion or an authenticator code) is checked: the attempt is reserved against every
 * budget, atomically in storage, before any comparison or slow hash runs (NIST 800-63B
 * 5.2.2; ASVS 5.0 6.3.1). A burst of N concurrent guesses therefore evaluates at most
 * `max` of them per budget, however many flows they come through, and a refused guess
 * is answered without looking at it, so right and wrong guesses are refused alike.
 */
export interface ProofVerifier {
  /**
   * Reserves one attempt against each budget in order, then runs `evaluate` only if all
   * had room. A refusal gives back the reservations it made, so refused guesses never
   * count as failures. After a pass each budget applies its {@link OnPass}; after a
   * failure the reservations stay (they are the failure count). If `evaluate` throws, the
   * `release` and `reset` reservations are given back and the error is rethrown.
   */
  verify(budgets: readonly ProofBudget[], evaluate: () => Promise<boolean>): Promise<ProofOutcome>;
}

/** What {@link createProofVerifier} needs. */
export interface ProofVerifierDependencies {
  counters: CounterStore;
  clock: Clock;
}

/** Creates the {@link ProofVerifier} every service uses. */
export function createProofVerifier(deps: ProofVerifierDependencies): ProofVerifier {
  const { counters, clock } = deps;

  async function giveBack(budgets: readonly ProofBudget[]): Promise<void> {
    const now = clock.now();
    await Promise.all(
      budgets
        .filter((budget) => budget.onPass !== OnPass.Keep)
        .map((budget) => counters.decrement(budget.key, now)),
    );
  }

  return {
    async verify(budgets, evaluate) {
      const reserved: ProofBudget[] = [];
      const counts: number[] = [];
      for (const budget of budgets) {
        const state = await counters.increment(budget.key, {
          windowMs: budget.windowMs,
          now: clock.now(),
        });
        if (state.count > budget.max) {
          // This hit is not an attempt: take it back with the others reserved so far.
          await Promise.all([counters.decrement(budget.key, clock.now()), giveBack(reserved)]);
          const end = state.resetAt?.getTime() ?? clock.now().getTime();
          return {
            status: 'refused',
            budget,
            retryAfterSeconds: Math.max(1, Math.ceil((end - clock.now().getTime()) / 1000)),
          };
        }
        reserved.push(budget);
        counts.push(state.count);
      }
      let passed: boolean;
      try {
        passed = await evaluate();
      } catch (error) {
        await giveBack(reserved);
        throw error;
      }
      if (!passed) {
        const left = new Map(
          reserved.map((budget, index) => [
            budget.key,
            Math.max(0, budget.max - (counts[index] ?? budget.max)),
          ]),
        );
        return {
          status: 'failed',
          exhausted: reserved.filter((budget) => left.get(budget.key) === 0),
          left,
        };
      }
      await Promise.all(
        reserved.map((budget) =>
          budget.onPass === OnPass.Release
            ? counters.decrement(budget.key, clock.now())
            : budget.onPass === OnPass.Reset
              ? counters.reset(budget.key)
              : undefined,
        ),
      );
      return { status: 'passed' };
    },
  };
}
