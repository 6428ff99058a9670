import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random.js';

describe('createSeededRandom', () => {
  it('yields the same bytes for the same seed', () => {
    expect(createSeededRandom(42).bytes(37)).toEqual(createSeededRandom(42).bytes(37));
  });

  it('yields different bytes for different seeds', () => {
    expect(createSeededRandom(1).bytes(16)).not.toEqual(createSeededRandom(2).bytes(16));
  });

  it('continues the stream across calls', () => {
    const random = createSeededRandom(7);
    expect(random.bytes(8)).not.toEqual(random.bytes(8));
  });

  it('fills any length, including zero and lengths that are not a multiple of four', () => {
    const random = createSeededRandom(3);
    expect(random.bytes(0)).toHaveLength(0);
    expect(random.bytes(5)).toHaveLength(5);
  });

  it('spreads bytes roughly evenly', () => {
    const bytes = createSeededRandom(99).bytes(65_536);
    const mean = bytes.reduce((sum, byte) => sum + byte, 0) / bytes.length;
    expect(mean).toBeGreaterThan(125);
    expect(mean).toBeLessThan(130);
    expect(new Set(bytes).size).toBe(256);
  });

  it('throws a TypeError for a non-finite seed or a bad length', () => {
    expect(() => createSeededRandom(Number.NaN)).toThrow(TypeError);
    expect(() => createSeededRandom(1).bytes(-1)).toThrow(TypeError);
    expect(() => createSeededRandom(1).bytes(1.5)).toThrow(TypeError);
  });
});
