import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryCounterStore } from '../memory/memory-counter-store.js';
import type { CounterStore } from '../ports/storage.js';
import { createProofVerifier, OnPass, type ProofBudget } from './verify-proof.js';

const HOUR = 3_600_000;

function setup() {
  const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
  const counters = createMemoryCounterStore();
  const verifier = createProofVerifier({ counters, clock });
  const daily: ProofBudget = {
    key: 't:fail:a',
    windowMs: 24 * HOUR,
    max: 5,
    onPass: OnPass.Release,
  };
  const inARow: ProofBudget = {
    key: 't:row:a',
    windowMs: 100 * HOUR,
    max: 100,
    onPass: OnPass.Reset,
  };
  const code: ProofBudget = { key: 't:code:f', windowMs: HOUR, max: 5, onPass: OnPass.Keep };
  return { clock, counters, verifier, daily, inARow, code };
}

/** Resolves after every pending microtask and timer of this turn, so calls interleave. */
const yieldTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('verify proof', () => {
  it('evaluates at most max of 100 concurrent wrong proofs, and refuses the rest unevaluated', async () => {
    const { verifier, daily, inARow } = setup();
    let evaluated = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () =>
        verifier.verify([daily, inARow], async () => {
          evaluated += 1;
          await yieldTurn(); // a slow hash: every other request arrives meanwhile
          return false;
        }),
      ),
    );
    expect(evaluated).toBe(5);
    expect(outcomes.filter((o) => o.status === 'failed')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'refused')).toHaveLength(95);
  });

  it('refuses the right answer exactly like a wrong one once the budget is spent', async () => {
    const { verifier, daily } = setup();
    for (let i = 0; i < 5; i++) await verifier.verify([daily], async () => false);
    let evaluated = false;
    const right = await verifier.verify([daily], async () => {
      evaluated = true;
      return true;
    });
    expect(evaluated).toBe(false);
    const wrong = await verifier.verify([daily], async () => false);
    expect(right).toEqual(wrong);
    expect(right).toMatchObject({ status: 'refused', budget: daily, retryAfterSeconds: 24 * 3600 });
  });

  it('names the budgets a failure spent to their end', async () => {
    const { verifier, daily, code } = setup();
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(await verifier.verify([daily, code], async () => false));
    expect(outcomes.map((o) => (o.status === 'failed' ? o.exhausted.length : -1))).toEqual([
      0, 0, 0, 0, 2,
    ]);
  });

  it('counts down the attempts each budget has left after every failure', async () => {
    const { verifier, daily, inARow } = setup();
    const left = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await verifier.verify([daily, inARow], async () => false);
      left.push(outcome.status === 'failed' ? [...outcome.left.values()] : []);
    }
    expect(left).toEqual([
      [4, 99],
      [3, 98],
      [2, 97],
      [1, 96],
      [0, 95],
    ]);
  });

  it("gives a failure budget back on a pass, clears a run of failures, keeps a code's tries", async () => {
    const { verifier, counters, clock, daily, inARow, code } = setup();
    await verifier.verify([daily, inARow, code], async () => false);
    await verifier.verify([daily, inARow, code], async () => true);
    const now = clock.now();
    expect((await counters.get(daily.key, now)).count).toBe(1);
    expect((await counters.get(inARow.key, now)).count).toBe(0);
    expect((await counters.get(code.key, now)).count).toBe(2);
  });

  it('does not count refused attempts as failures', async () => {
    const { verifier, counters, clock, daily, code } = setup();
    for (let i = 0; i < 5; i++) await verifier.verify([code], async () => false);
    // The code's tries are spent; the daily budget is reserved first and must be given back.
    const outcome = await verifier.verify([daily, code], async () => false);
    expect(outcome).toMatchObject({ status: 'refused', budget: code });
    expect((await counters.get(daily.key, clock.now())).count).toBe(0);
  });

  it('gives failure budgets back when the evaluation throws', async () => {
    const { verifier, counters, clock, daily, code } = setup();
    await expect(
      verifier.verify([daily, code], async () => {
        throw new Error('directory down');
      }),
    ).rejects.toThrow('directory down');
    expect((await counters.get(daily.key, clock.now())).count).toBe(0);
    expect((await counters.get(code.key, clock.now())).count).toBe(1);
  });

  it('opens the budget again when its window ends', async () => {
    const { verifier, clock, daily } = setup();
    for (let i = 0; i < 5; i++) await verifier.verify([daily], async () => false);
    clock.advance(24 * HOUR);
    expect(await verifier.verify([daily], async () => true)).toEqual({ status: 'passed' });
  });

  it('asks to retry after one second when the store names no window end', async () => {
    const { clock, counters, daily } = setup();
    // The port allows `resetAt: null`; a store that cannot tell must not break refusals.
    const windowless: CounterStore = {
      ...counters,
      increment: async (key, options) => ({
        ...(await counters.increment(key, options)),
        resetAt: null,
      }),
    };
    const verifier = createProofVerifier({ counters: windowless, clock });
    for (let i = 0; i < 5; i++) await verifier.verify([daily], async () => false);
    expect(await verifier.verify([daily], async () => true)).toEqual({
      status: 'refused',
      budget: daily,
      retryAfterSeconds: 1,
    });
  });
});
