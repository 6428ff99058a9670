import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { Random } from '../ports/random.js';
import { generateCode } from './verification-code.js';

/** A Random that serves the given bytes in order, however they are asked for. */
function scriptedRandom(script: readonly number[]): Random & { served: number } {
  const random = {
    served: 0,
    bytes(length: number) {
      if (random.served + length > script.length) throw new Error('script exhausted');
      const bytes = Uint8Array.from(script.slice(random.served, random.served + length));
      random.served += length;
      return bytes;
    },
  };
  return random;
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: readonly number[], total: number): number {
  const expected = total / counts.length;
  return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('generateCode', () => {
  it('returns exactly `length` ASCII digits for every allowed length', () => {
    const random = createSeededRandom(1);
    for (const length of [6, 7, 8]) {
      for (let round = 0; round < 200; round++) {
        expect(generateCode(random, length)).toMatch(new RegExp(`^[0-9]{${length}}$`));
      }
    }
  });

  it('keeps leading zeros', () => {
    expect(generateCode(scriptedRandom([0, 10, 20, 1, 2, 3]), 6)).toBe('000123');
  });

  it('spreads digits evenly at every position (chi-square over 20,000 codes)', () => {
    const random = createSeededRandom(2024);
    const total = 20_000;
    const counts = Array.from({ length: 6 }, () => new Array<number>(10).fill(0));
    for (let round = 0; round < total; round++) {
      const code = generateCode(random, 6);
      for (let position = 0; position < 6; position++) {
        const row = counts[position] as number[];
        const digit = Number(code[position]);
        row[digit] = (row[digit] ?? 0) + 1;
      }
    }
    for (const row of counts) {
      // 9 degrees of freedom: p = 0.001 is at 27.9; 40 is generous.
      expect(chiSquare(row, total)).toBeLessThan(40);
    }
  });

  it('maps the 250 accepted byte values onto each digit exactly 25 times (no modulo bias)', () => {
    const everyAcceptedByte = Array.from({ length: 250 }, (_, byte) => byte);
    const random = scriptedRandom([
      ...everyAcceptedByte,
      ...everyAcceptedByte,
      ...everyAcceptedByte,
    ]);
    const counts = new Array<number>(10).fill(0);
    for (let round = 0; round < 125; round++) {
      for (const digit of generateCode(random, 6))
        counts[Number(digit)] = (counts[Number(digit)] ?? 0) + 1;
    }
    expect(counts).toEqual(new Array<number>(10).fill(75));
  });

  it('rejects bytes from 250 up and draws again', () => {
    const random = scriptedRandom([250, 255, 252, 253, 254, 251, 249, 250, 10, 21, 32, 43, 54]);
    expect(generateCode(random, 6)).toBe('901234');
    expect(random.served).toBe(13);
  });

  it('throws a TypeError for a length outside 6 to 8 or not an integer', () => {
    const random = createSeededRandom(3);
    for (const length of [5, 9, 0, -6, 6.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => generateCode(random, length), String(length)).toThrow(TypeError);
    }
    expect(() => generateCode(random, 9)).toThrow(
      new TypeError('code length must be an integer from 6 to 8, got 9'),
    );
  });
});
