import { describe, expect, it } from 'vitest';
import { checkInteger, positiveIntegerOptions } from './check-integer.js';

describe('checkInteger', () => {
  it('accepts the bounds and what lies between', () => {
    for (const value of [1, 500, 1000])
      expect(() => checkInteger('limit', value, 1, 1000)).not.toThrow();
    expect(() => checkInteger('hops', 0, 0)).not.toThrow();
  });

  it('refuses each side of the range, fractions, unsafe integers and non-numbers', () => {
    for (const value of [
      0,
      1001,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      '5',
      undefined,
    ]) {
      expect(() => checkInteger('limit', value, 1, 1000), String(value)).toThrow(TypeError);
    }
  });

  it('names the option, the range and the value in its message', () => {
    expect(() => checkInteger('limit', 0, 1, 1000)).toThrow(
      'limit must be an integer from 1 to 1000, got 0',
    );
    expect(() => checkInteger('windowMs', -3, 1)).toThrow(
      'windowMs must be a positive integer, got -3',
    );
    expect(() => checkInteger('maxBodyBytes', 255, 256)).toThrow(
      'maxBodyBytes must be an integer of at least 256, got 255',
    );
  });
});

describe('positiveIntegerOptions', () => {
  const defaults = { threshold: 10, windowSeconds: 600 };

  it('fills in the defaults and keeps what is given', () => {
    expect(positiveIntegerOptions('lockout', {}, defaults)).toEqual(defaults);
    expect(positiveIntegerOptions('lockout', { threshold: 3 }, defaults)).toEqual({
      threshold: 3,
      windowSeconds: 600,
    });
  });

  it('refuses a setting below 1 or not whole, named with its prefix', () => {
    expect(() => positiveIntegerOptions('lockout', { windowSeconds: 0 }, defaults)).toThrow(
      'lockout.windowSeconds must be a positive integer, got 0',
    );
    expect(() => positiveIntegerOptions('lockout', { threshold: 2.5 }, defaults)).toThrow(
      'lockout.threshold',
    );
  });

  it('ignores keys it has no default for', () => {
    const options = { threshold: 4, extra: -1 } as { threshold: number };
    expect(positiveIntegerOptions('lockout', options, defaults)).toEqual({
      threshold: 4,
      windowSeconds: 600,
    });
  });
});
