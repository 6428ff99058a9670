import { describe, expect, it } from 'vitest';
import { createFakeClock } from './fake-clock.js';

describe('createFakeClock', () => {
  it('stands still until advanced', () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    expect(clock.now()).toEqual(new Date('2030-01-01T00:00:00Z'));
    clock.advance(90_000);
    expect(clock.now()).toEqual(new Date('2030-01-01T00:01:30Z'));
  });

  it('jumps to a set date, backwards too', () => {
    const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
    clock.set(new Date('2029-12-31T23:59:00Z'));
    expect(clock.now()).toEqual(new Date('2029-12-31T23:59:00Z'));
  });

  it('returns a fresh Date, so mutating one does not move the clock', () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const clock = createFakeClock(start);
    start.setTime(0);
    clock.now().setTime(0);
    expect(clock.now()).toEqual(new Date('2030-01-01T00:00:00Z'));
  });

  it('throws a TypeError for invalid dates and negative steps', () => {
    expect(() => createFakeClock(new Date('nope'))).toThrow(TypeError);
    const clock = createFakeClock(new Date(0));
    expect(() => clock.advance(-1)).toThrow(TypeError);
    expect(() => clock.advance(Number.NaN)).toThrow(TypeError);
    expect(() => clock.set(new Date(Number.NaN))).toThrow(TypeError);
  });
});
