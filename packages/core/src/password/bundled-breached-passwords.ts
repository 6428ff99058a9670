import type { BreachedPasswords } from '../ports/breached-passwords.js';
import { COMMON_PASSWORD_PREFIXES } from './common-password-prefixes.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { sha1Hex } from './sha1-hex.js';

/**
 * An offline {@link BreachedPasswords} over the bundled common-password list, for hosts
 * that cannot or will not call a breach corpus such as Pwned Passwords. It answers the
 * same k-anonymity range queries; counts are 1 (the list has ranks, not counts).
 *
 * The first 3 hex digits of each password's SHA-1 are bundled (`common-password-prefixes.ts`,
 * generated), so a query hashes only the 2 or 3 passwords that share them, once, instead of
 * all 10,000 on the first query.
 *
 * @example
 * ```ts
 * const result = await checkPassword(candidate, context, policy, {
 *   breached: createBundledBreachedPasswords(),
 * });
 * ```
 */
export function createBundledBreachedPasswords(): BreachedPasswords {
  let buckets: PrefixBuckets | undefined;
  // Per 3-digit bucket: the SHA-1 digests of its passwords, hashed on its first query.
  const digests = new Map<number, Promise<string[]>>();
  return {
    async range(prefix) {
      const upper = prefix.toUpperCase();
      if (!/^[0-9A-F]{5}$/.test(upper)) return new Map();
      const bucket = Number.parseInt(upper.slice(0, 3), 16);
      let hashed = digests.get(bucket);
      if (hashed === undefined) {
        buckets ??= indexPrefixes(COMMON_PASSWORDS.split('\n'), COMMON_PASSWORD_PREFIXES);
        hashed = Promise.all(buckets.passwordsIn(bucket).map(sha1Hex));
        digests.set(bucket, hashed);
      }
      const range = new Map<string, number>();
      for (const digest of await hashed) {
        if (digest.startsWith(upper)) range.set(digest.slice(5), 1);
      }
      return range;
    },
  };
}

interface PrefixBuckets {
  /** The passwords whose SHA-1 starts with the 3 hex digits `bucket` (0 to 0xFFF). */
  passwordsIn(bucket: number): string[];
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Groups `passwords` by their bundled 12-bit SHA-1 prefixes (a counting sort). */
function indexPrefixes(passwords: readonly string[], encoded: string): PrefixBuckets {
  if (encoded.length !== passwords.length * 2) {
    throw new Error('common-password-prefixes.ts does not match common-passwords.ts');
  }
  const sixBits = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64URL.length; i++) sixBits[BASE64URL.charCodeAt(i)] = i;
  const bucketOf = new Uint16Array(passwords.length);
  // starts[b]..starts[b + 1] is bucket b's slice of `order`.
  const starts = new Uint16Array(0x1002);
  for (let i = 0; i < passwords.length; i++) {
    const high = sixBits[encoded.charCodeAt(2 * i)] ?? -1;
    const low = sixBits[encoded.charCodeAt(2 * i + 1)] ?? -1;
    if (high < 0 || low < 0) throw new Error('common-password-prefixes.ts is not base64url');
    const bucket = (high << 6) | low;
    bucketOf[i] = bucket;
    starts[bucket + 2] = (starts[bucket + 2] ?? 0) + 1;
  }
  for (let b = 2; b < starts.length; b++) starts[b] = (starts[b] ?? 0) + (starts[b - 1] ?? 0);
  const order = new Uint16Array(passwords.length);
  for (let i = 0; i < passwords.length; i++) {
    const bucket = bucketOf[i] ?? 0;
    const at = starts[bucket + 1] ?? 0;
    order[at] = i;
    starts[bucket + 1] = at + 1;
  }
  return {
    passwordsIn(bucket) {
      return Array.from(
        order.subarray(starts[bucket] ?? 0, starts[bucket + 1] ?? 0),
        (i) => passwords[i] ?? '',
      );
    },
  };
}
