import { checkInteger } from '../check-integer.js';
import type { Random } from '../ports/random.js';

/** `crypto.getRandomValues` refuses more than this many bytes per call (Web Crypto). */
const MAX_BYTES_PER_CALL = 65_536;
/** Requests of at most this many bytes are served from {@link pool}. */
const POOLED_MAX = 256;

/**
 * Random bytes drawn in one call and handed out in slices (issue 18: a reset cycle asks for
 * about a hundred ids, nonces, tokens and codes of 4 to 32 bytes, and each Web Crypto call
 * costs microseconds of its own). Node's `crypto.randomUUID` keeps such a cache too. Each
 * slice is zeroed once handed out, so the pool only ever holds bytes nobody has used yet.
 */
const pool = new Uint8Array(4096);
/** Bytes of {@link pool} already handed out; the pool is refilled when a request does not fit. */
let used = pool.length;

/**
 * The platform's CSPRNG through Web Crypto `crypto.getRandomValues`, available in Node,
 * Deno, Bun, workers and browsers (NIST 800-63B 5.1.3.1; ASVS 6.4.1).
 *
 * `bytes(length)` MUST be given a non-negative safe integer and throws `TypeError`
 * otherwise. Requests of up to 256 bytes are cut from a 4 KiB buffer filled by one call
 * (refilled when a request no longer fits; handed-out bytes are zeroed in it); larger ones
 * are filled directly, in chunks above 65,536 bytes, because Web Crypto caps a single call
 * there.
 */
export const systemRandom: Random = {
  bytes(length: number): Uint8Array {
    checkInteger('random byte length', length, 0);
    if (length <= POOLED_MAX) {
      if (used + length > pool.length) {
        globalThis.crypto.getRandomValues(pool);
        used = 0;
      }
      const bytes = pool.slice(used, used + length);
      pool.fill(0, used, used + length);
      used += length;
      return bytes;
    }
    const bytes = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += MAX_BYTES_PER_CALL) {
      globalThis.crypto.getRandomValues(bytes.subarray(offset, offset + MAX_BYTES_PER_CALL));
    }
    return bytes;
  },
};
