import type { BreachedPasswords } from '../ports/breached-passwords.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { sha1Hex } from './sha1-hex.js';

/**
 * An offline {@link BreachedPasswords} over the bundled common-password list, for hosts
 * that cannot or will not call a breach corpus such as Pwned Passwords. It answers the
 * same k-anonymity range queries; counts are 1 (the list has ranks, not counts).
 *
 * @example
 * ```ts
 * const result = await checkPassword(candidate, context, policy, {
 *   breached: createBundledBreachedPasswords(),
 * });
 * ```
 */
export function createBundledBreachedPasswords(): BreachedPasswords {
  let byPrefix: Promise<Map<string, Map<string, number>>> | undefined;
  return {
    async range(prefix) {
      byPrefix ??= indexByPrefix(COMMON_PASSWORDS.split('\n'));
      return (await byPrefix).get(prefix.toUpperCase()) ?? new Map();
    },
  };
}

async function indexByPrefix(passwords: readonly string[]) {
  const index = new Map<string, Map<string, number>>();
  for (const digest of await Promise.all(passwords.map(sha1Hex))) {
    const prefix = digest.slice(0, 5);
    let suffixes = index.get(prefix);
    if (suffixes === undefined) {
      suffixes = new Map();
      index.set(prefix, suffixes);
    }
    suffixes.set(digest.slice(5), 1);
  }
  return index;
}
