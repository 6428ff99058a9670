import { describe, expect, it, vi } from 'vitest';
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

  it('serves small requests from one Web Crypto call per 4 KiB, never the same bytes twice', () => {
    const calls = vi.spyOn(globalThis.crypto, 'getRandomValues');
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 1000; i++) {
        const bytes = systemRandom.bytes(16);
        expect(bytes).toHaveLength(16);
        seen.add(Buffer.from(bytes).toString('hex'));
      }
      expect(seen.size).toBe(1000);
      // 16,000 bytes: 4 refills of 4,096 bytes (5 if the pool was part used before).
      expect(calls.mock.calls.length).toBeLessThanOrEqual(5);
      expect(calls.mock.calls.length).toBeGreaterThanOrEqual(3);
    } finally {
      calls.mockRestore();
    }
  });

  it('hands out bytes that never change afterwards, across refills of the pool', () => {
    const first = systemRandom.bytes(32);
    const kept = Uint8Array.from(first);
    // The chance that 32 CSPRNG bytes are all zero (as a zeroed slice would be) is 2^-256.
    expect(first.some((byte) => byte !== 0)).toBe(true);
    for (let i = 0; i < 40; i++) systemRandom.bytes(256); // 10 KiB: two refills at least
    expect(first).toEqual(kept);
    expect(systemRandom.bytes(257)).toHaveLength(257);
  });

  it('throws a TypeError for a negative or fractional length', () => {
    expect(() => systemRandom.bytes(-1)).toThrow(TypeError);
    expect(() => systemRandom.bytes(2.5)).toThrow(TypeError);
  });
});
