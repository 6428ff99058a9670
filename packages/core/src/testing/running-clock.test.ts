import { describe, expect, it } from 'vitest';
import { createRunningClock } from './running-clock.js';

describe('createRunningClock', () => {
  it('runs with real time and moves on when asked', () => {
    const clock = createRunningClock();
    const before = Date.now();
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    expect(clock.now().getTime()).toBeLessThan(before + 1000);
    clock.advance(3_600_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(Math.abs(clock.now().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1000);
  });

  it('refuses to go back by advance, and an invalid date', () => {
    const clock = createRunningClock();
    expect(() => clock.advance(-1)).toThrow(TypeError);
    expect(() => clock.advance(Number.NaN)).toThrow(TypeError);
    expect(() => clock.set(new Date('nope'))).toThrow(TypeError);
  });
});
