import { ConformanceError } from './conformance-error.js';

/** The checks conformance cases make; each throws a {@link ConformanceError} on failure. */
export interface Assert {
  /**
   * Deep equality: Dates by instant, byte arrays by content, arrays by order, objects by
   * own keys (a key holding `undefined` counts as absent, as after a JSON round trip).
   */
  equal(actual: unknown, expected: unknown, what: string): void;
  /** The condition holds. */
  ok(condition: unknown, what: string): asserts condition;
  /** The action rejects with an error whose `code` is `code`. */
  rejectsWithCode(action: () => Promise<unknown>, code: string, what: string): Promise<void>;
}

/** Internal to the suites: a framework-free assertion helper. */
export const assert: Assert = {
  equal(actual, expected, what) {
    const path = firstDifference(actual, expected, '');
    if (path === null) return;
    const where = path === '' ? '' : ` (first difference at ${path})`;
    throw new ConformanceError(`${what}: expected ${show(expected)}, got ${show(actual)}${where}`, {
      expected,
      actual,
    });
  },

  ok(condition, what) {
    if (!condition) throw new ConformanceError(`${what}: expected it to hold, but it did not`);
  },

  async rejectsWithCode(action, code, what) {
    let value: unknown;
    try {
      value = await action();
    } catch (error) {
      const actualCode = (error as { code?: unknown } | null)?.code;
      if (error instanceof Error && actualCode === code) return;
      throw new ConformanceError(
        `${what}: expected a rejection with code "${code}", got ${
          error instanceof Error
            ? `${error.name} with code ${show(actualCode)}: ${error.message}`
            : show(error)
        }`,
        { expected: code, actual: actualCode, cause: error },
      );
    }
    throw new ConformanceError(
      `${what}: expected a rejection with code "${code}", but it resolved with ${show(value)}`,
      {
        expected: code,
        actual: value,
      },
    );
  },
};

/** The path of the first place `a` and `b` differ, or `null` when they are deeply equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Object.is(a, b)) return null;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime())
      ? null
      : path;
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array &&
      b instanceof Uint8Array &&
      a.length === b.length &&
      a.every((x, i) => x === b[i])
      ? null
      : path;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return path;
    if (a.length !== b.length) return `${path}.length`;
    for (let index = 0; index < a.length; index++) {
      const difference = firstDifference(a[index], b[index], `${path}[${index}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...definedKeys(a), ...definedKeys(b)]);
    for (const key of [...keys].sort()) {
      const difference = firstDifference(a[key], b[key], `${path}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** A short rendering for messages: JSON with Dates as ISO strings, cut at 400 characters. */
function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, item: unknown) =>
        item instanceof Uint8Array ? `Uint8Array(${item.length})` : item,
      ) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 400 ? `${text.slice(0, 400)}...` : text;
}
