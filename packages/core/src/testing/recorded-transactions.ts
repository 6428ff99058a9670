import type { RunInTransaction } from '../ports/storage.js';

/** What {@link recordedTransactions} hands a test. */
export interface RecordedTransactions {
  /** A `transaction` that runs `fn` and records how it ended. */
  transaction: RunInTransaction;
  /**
   * An `outsideTransaction` to go with it: inside a transaction it records the part before as
   * a `commit`, and runs `fn` with none open.
   */
  outsideTransaction: RunInTransaction;
  /** How each transaction ended, in order: `commit`, or `rollback` when `fn` threw. */
  runs: ('commit' | 'rollback')[];
  /** Whether a transaction is running now. */
  isOpen(): boolean;
  /**
   * Makes each call of `object[method]` push `"<label>, transaction open: <isOpen()>"` onto
   * {@link calls}. @throws {TypeError} when it is not a function.
   */
  watch<T extends object>(object: T, method: keyof T & string, label: string): void;
  /** What {@link watch} saw, in order. */
  calls: string[];
}

/**
 * A `transaction` and an `outsideTransaction` that record each run, for tests of what runs
 * inside one and what commits (give them to the HTTP handler, or to a storage:
 * `{ ...createMemoryStorage(), transaction, outsideTransaction }`). They add no isolation:
 * `fn` runs as is (the memory storage's calls are atomic).
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
  const outsideTransaction: RunInTransaction = async (fn) => {
    if (open === 0) return fn();
    runs.push('commit');
    const depth = open;
    open = 0;
    try {
      return await fn();
    } finally {
      open = depth;
    }
  };
  const calls: string[] = [];
  function watch<T extends object>(object: T, method: keyof T & string, label: string): void {
    const original = object[method];
    if (typeof original !== 'function') throw new TypeError(`${method} is not a function`);
    Object.assign(object, {
      [method]: (...args: unknown[]) => {
        calls.push(`${label}, transaction open: ${open > 0}`);
        return original.apply(object, args);
      },
    });
  }
  return {
    transaction,
    outsideTransaction,
    runs,
    isOpen: () => open > 0,
    watch,
    calls,
  };
}
