import type { Captcha } from '../ports/captcha.js';

/**
 * A {@link Captcha} for tests and demos that accepts exactly the given tokens, each once:
 * a used, unknown, empty or non-string token verifies `false`, as the contract requires of
 * real providers (which refuse replayed tokens).
 *
 * @example
 * ```ts
 * const captcha = createMemoryCaptcha(['human-1']);
 * await captcha.verify('human-1', {}); // true
 * await captcha.verify('human-1', {}); // false: already used
 * ```
 */
export function createMemoryCaptcha(validTokens: Iterable<string>): Captcha {
  const unused = new Set(validTokens);
  return {
    async verify(token) {
      // Set.delete is the check and the use in one step: a token passes once.
      return typeof token === 'string' && token !== '' && unused.delete(token);
    },
  };
}
