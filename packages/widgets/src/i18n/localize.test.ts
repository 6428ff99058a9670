import { describe, expect, it } from 'vitest';
import { formatDelay } from './localize.js';

describe('formatDelay', () => {
  it('rounds up to whole seconds, minutes or hours, so nobody retries too early', () => {
    expect(formatDelay('en', 0.2)).toBe('in 1 second');
    expect(formatDelay('en', 89)).toBe('in 89 seconds');
    expect(formatDelay('en', 90)).toBe('in 2 minutes');
    expect(formatDelay('en', 89 * 60 + 1)).toBe('in 90 minutes');
    expect(formatDelay('en', 24 * 3600 - 5)).toBe('in 24 hours');
  });

  it('counts in minutes at the least when asked, as rate limits are told', () => {
    expect(formatDelay('en', 1, { smallestUnit: 'minute' })).toBe('in 1 minute');
    expect(formatDelay('en', 61, { smallestUnit: 'minute' })).toBe('in 2 minutes');
    expect(formatDelay('en', 600, { smallestUnit: 'minute' })).toBe('in 10 minutes');
    expect(formatDelay('nl', 600, { smallestUnit: 'minute' })).toBe('over 10 minuten');
  });
});
