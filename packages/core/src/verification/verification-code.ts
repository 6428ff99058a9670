import { checkInteger } from '../check-integer.js';
import type { Random } from '../ports/random.js';

/** Bytes at or above this value are rejected: 250 is the largest multiple of 10 below 256. */
const REJECTION_LIMIT = 250;

/**
 * Generates a one-time numeric code of `length` decimal digits, each uniformly
 * distributed, leading zeros allowed. Digits come from `random` by rejection sampling:
 * a byte is used only when it is below 250, so every digit has exactly 25 byte values
 * and there is no modulo bias. At least 6 digits, from a CSPRNG (NIST 800-63B 5.1.3.2).
 *
 * @throws {TypeError} unless `length` is an integer from 6 to 8.
 *
 * @example
 * ```ts
 * const code = generateCode(systemRandom, 6); // e.g. "042917"
 * ```
 */
export function generateCode(random: Random, length: number): string {
  checkInteger('code length', length, 6, 8);
  let code = '';
  while (code.length < length) {
    // Ask only for the digits still missing; rejected bytes (about 2 %) cost another round.
    for (const byte of random.bytes(length - code.length)) {
      if (byte < REJECTION_LIMIT) code += String(byte % 10);
    }
  }
  return code;
}
