import { checkInteger } from '../check-integer.js';
import type { Random } from '../ports/random.js';

/** `crypto.getRandomValues` refuses more than this many bytes per call (Web Crypto). */
const MAX_BYTES_PER_CALL = 65_536;

/**
 * The platform's CSPRNG through Web Crypto `crypto.getRandomValues`, available in Node,
 * Deno, Bun, workers and browsers (NIST 800-63B 5.1.3.1; ASVS 6.4.1).
 *
 * `bytes(length)` MUST be given a non-negative safe integer and throws `TypeError`
 * otherwise. Requests above 65,536 bytes are filled in chunks, because Web Crypto caps a
 * single call there.
 */
export const systemRandom: Random = {
  bytes(length: number): Uint8Array {
    checkInteger('random byte length', length, 0);
    const bytes = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += MAX_BYTES_PER_CALL) {
      globalThis.crypto.getRandomValues(bytes.subarray(offset, offset + MAX_BYTES_PER_CALL));
    }
    return bytes;
  },
};
