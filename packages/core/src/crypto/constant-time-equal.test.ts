import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from './constant-time-equal.js';

describe('timingSafeEqual', () => {
  it('is true for equal bytes, empty ones included', () => {
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(timingSafeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it('is false when any byte differs, first or last', () => {
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(0, 2, 3))).toBe(false);
    expect(timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
  });

  it('is false for different lengths', () => {
    expect(timingSafeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
  });
});
