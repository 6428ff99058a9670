/**
 * Compares two byte arrays in time that depends only on their lengths, never on where
 * they first differ, so a digest or MAC comparison leaks nothing about the expected value
 * (ASVS 6.2.x, "compare secrets in constant time").
 *
 * Arrays of different lengths are unequal at once: lengths of digests are public.
 *
 * @example
 * ```ts
 * if (!timingSafeEqual(expectedMac, givenMac)) return false;
 * ```
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) {
    // `?? 0` only satisfies noUncheckedIndexedAccess; indices are in range.
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}
