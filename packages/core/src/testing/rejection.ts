/** An error as a test reads it: its stable `code` and whatever fields come with it. */
export interface Rejection {
  code: string;
  [key: string]: unknown;
}

/**
 * The error `promise` rejects with, to assert on its `code`; throws when it resolves.
 *
 * @example
 * ```ts
 * expect((await rejection(engine.change.changePassword(input))).code).toBe('incorrect_password');
 * ```
 */
export async function rejection(promise: Promise<unknown>): Promise<Rejection> {
  try {
    await promise;
  } catch (error) {
    return error as Rejection;
  }
  throw new Error('expected a rejection');
}
