import { describe, expect, it } from 'vitest';
import { systemClock } from './system-clock.js';

describe('systemClock', () => {
  it('tells the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('returns a new Date on every call', () => {
    expect(systemClock.now()).not.toBe(systemClock.now());
  });
});
