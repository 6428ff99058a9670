import { describe, expect, it } from 'vitest';
import { systemRandom } from './system-random.js';

describe('systemRandom', () => {
  it('returns the requested number of bytes', () => {
    expect(systemRandom.bytes(0)).toHaveLength(0);
    expect(systemRandom.bytes(32)).toHaveLength(32);
  });

  it('fills requests above the 65,536-byte Web Crypto limit, to the last byte', () => {
    const bytes = systemRandom.bytes(200_000);
    expect(bytes).toHaveLength(200_000);
    // The chance that a filled 1000-byte tail is all zeros is 2^-8000.
    expect(bytes.subarray(199_000).some((byte) => byte !== 0)).toBe(true);
  });

  it('returns different bytes on each call', () => {
    expect(systemRandom.bytes(16)).not.toEqual(systemRandom.bytes(16));
  });

  it('throws a TypeError for a negative or fractional length', () => {
    expect(() => systemRandom.bytes(-1)).toThrow(TypeError);
    expect(() => systemRandom.bytes(2.5)).toThrow(TypeError);
  });
});
