import type { RunInTransaction } from '../ports/storage.js';

/** What {@link recordedTransactions} hands a test. */
export interface RecordedTransactions {
  /** A `transaction` that runs `fn` and records how it ended. */
  transaction: RunInTransaction;
  /** How each transaction ended, in order: `commit`, or `rollback` when `fn` threw. */
  runs: ('commit' | 'rollback')[];
  /** Whether a transaction is running now. */
  isOpen(): boolean;
}

/**
 * A `transaction` that records each run, for tests of what runs inside one and what commits
 * (give it to the HTTP handler, or to a storage: `{ ...createMemoryStorage(), transaction }`).
 * It adds no isolation: `fn` runs as is (the memory storage's calls are atomic).
 */
export function recordedTransactions(): RecordedTransactions {
  const runs: ('commit' | 'rollback')[] = [];
  let open = 0;
  const transaction: RunInTransaction = async (fn) => {
    open += 1;
    try {
      const result = await fn();
      runs.push('commit');
      return result;
    } catch (error) {
      runs.push('rollback');
      throw error;
    } finally {
      open -= 1;
    }
  };
  return {
    transaction,
    runs,
    isOpen: () => open > 0,
  };
}
