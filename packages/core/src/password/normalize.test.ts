import { describe, expect, it } from 'vitest';
import { normalizeForMatching, normalizePassword } from './normalize.js';

describe('normalizeForMatching', () => {
  it('undoes every substitution, as code points', () => {
    expect(normalizeForMatching('0134 57$@ !|+')).toEqual([
      'o',
      'l',
      'e',
      'a',
      ' ',
      's',
      't',
      's',
      'a',
      ' ',
      'i',
      'l',
      't',
    ]);
  });

  it('lower-cases after NFKC and leaves other characters alone', () => {
    expect(normalizeForMatching('ＰＡＳＳ😀ß').join('')).toBe('pass😀ß');
  });
});

describe('normalizePassword', () => {
  it('applies NFKC and nothing else', () => {
    expect(normalizePassword('\u212BÅ P@ss')).toBe('\u00C5\u00C5 P@ss');
  });
});
