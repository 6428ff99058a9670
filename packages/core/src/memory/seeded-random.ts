import { checkInteger } from '../check-integer.js';
import type { Random } from '../ports/random.js';

/**
 * A deterministic {@link Random} for TESTS ONLY: the same seed always yields the same
 * bytes, so codes, ids and question selections are reproducible. It is sfc32 (Chris
 * Doty-Humphrey's Small Fast Counter) seeded through splitmix32: statistically fine,
 * cryptographically worthless. Production code MUST use `systemRandom` (a CSPRNG).
 *
 * @throws {TypeError} when `seed` is not a finite number, or `bytes` gets a bad length.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random.bytes(4); // the same four bytes on every run
 * ```
 */
export function createSeededRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new TypeError(`seed must be a finite number, got ${seed}`);
  let mix = Math.trunc(seed) >>> 0;
  const splitmix32 = () => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let counter = 1;

  const next = () => {
    const result = (a + b + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + result) >>> 0;
    return result;
  };
  // Discard the first outputs, as sfc32's author recommends, to mix the seed in.
  for (let round = 0; round < 12; round++) next();

  return {
    bytes(length) {
      checkInteger('random byte length', length, 0);
      const bytes = new Uint8Array(length);
      for (let offset = 0; offset < length; offset += 4) {
        const word = next();
        for (let shift = 0; shift < 4 && offset + shift < length; shift++)
          bytes[offset + shift] = word >>> (shift * 8);
      }
      return bytes;
    },
  };
}
