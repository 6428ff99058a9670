import { describe, expect, it } from 'vitest';
import { decoyAccount } from './decoy-account.js';

/** A big-endian seed of `length` bytes holding `value`. */
function seedOf(value: bigint, length = 16): Uint8Array {
  const seed = new Uint8Array(length);
  let rest = value;
  for (let index = length - 1; index >= 0; index--) {
    seed[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return seed;
}

// Read as a mixed-radix number: 47 (mobile), 3 (office), then 2 of 4, 1 of 3, 1 of 2.
const SEED = seedOf(47n + 100n * (3n + 100n * (2n + 4n * (1n + 3n * 1n))));

describe('decoyAccount', () => {
  it('throws a TypeError for a seed shorter than 16 bytes and accepts 16', () => {
    expect(() => decoyAccount(new Uint8Array(15))).toThrow(
      new TypeError('decoy seed must be at least 16 bytes'),
    );
    expect(decoyAccount(new Uint8Array(16)).mobileDigits).toBe('00');
  });

  it('takes the two digits from the seed, zero-padded', () => {
    const decoy = decoyAccount(SEED);
    expect(decoy.mobileDigits).toBe('47');
    expect(decoy.officeDigits).toBe('03');
  });

  it('takes the questions from the seed past the digits, the same on every call', () => {
    const decoy = decoyAccount(SEED);
    expect(decoy.questionIds(['a', 'b', 'c', 'd'], 3)).toEqual(['c', 'b', 'd']);
    expect(decoy.questionIds(['a', 'b', 'c', 'd'], 3)).toEqual(['c', 'b', 'd']);
    expect(decoy.questionIds(['a', 'b', 'c', 'd'], 1)).toEqual(['c']);
  });

  it('returns every question, each once, when asked for more than are defined', () => {
    const picked = decoyAccount(SEED).questionIds(['a', 'b', 'c'], 5);
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
    expect(decoyAccount(SEED).questionIds([], 2)).toEqual([]);
    expect(decoyAccount(SEED).questionIds(['a'], 0)).toEqual([]);
  });

  it('reads every byte of a longer seed', () => {
    const long = new Uint8Array(32);
    long[31] = 12;
    expect(decoyAccount(long).mobileDigits).toBe('12');
    long[0] = 1;
    // 2^248 + 12 ends in ...
    expect(decoyAccount(long).mobileDigits).toBe(
      String((2n ** 248n + 12n) % 100n).padStart(2, '0'),
    );
  });
});
