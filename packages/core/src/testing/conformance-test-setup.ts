// Shared by the conformance suites' own tests only (not exported from the package): finding
// one case of a suite, and running a case that must fail.

import { expect } from 'vitest';
import type { ConformanceCase } from './conformance-case.js';
import { ConformanceError } from './conformance-error.js';

/** The one case of `suite` named `name`. @throws {Error} unless exactly one has that name. */
export function caseNamed(suite: readonly ConformanceCase[], name: string): ConformanceCase {
  const matches = suite.filter((c) => c.name === name);
  if (matches.length !== 1)
    throw new Error(`expected one case named "${name}", found ${matches.length}`);
  return matches[0] as ConformanceCase;
}

/** Runs a case that must fail, and checks it failed as a ConformanceError saying `message`. */
export async function expectFailure(c: ConformanceCase, message: RegExp): Promise<void> {
  const error = await c.run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConformanceError);
  expect((error as ConformanceError).message).toMatch(message);
}
