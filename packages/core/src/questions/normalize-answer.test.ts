import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalize-answer.js';

describe('normalizeAnswer', () => {
  it('trims and lower-cases', () => {
    expect(normalizeAnswer('  Amsterdam  ')).toBe('amsterdam');
    expect(normalizeAnswer('  Amsterdam  ')).toBe(normalizeAnswer('amsterdam'));
  });

  it('collapses runs of white space, Unicode spaces included, to one ASCII space', () => {
    expect(normalizeAnswer('New\u00A0 York')).toBe('new york');
    expect(normalizeAnswer('New\u00A0 York')).toBe(normalizeAnswer('new york'));
    expect(normalizeAnswer('\tSan\u2003\u3000 Francisco\n')).toBe('san francisco');
    expect(normalizeAnswer('a\u202Fb\u205Fc\u1680d\u2028e\uFEFFf')).toBe('a b c d e f');
  });

  it('applies NFKC, so full-width and composed forms match their plain ones', () => {
    expect(normalizeAnswer('ＡＢＣ')).toBe('abc');
    expect(normalizeAnswer('ＡＢＣ')).toBe(normalizeAnswer('abc'));
    expect(normalizeAnswer('Zu\u0308rich')).toBe(normalizeAnswer('Z\u00FCrich'));
    expect(normalizeAnswer('\uFB01sh')).toBe('fish');
  });

  it('lower-cases without full case folding', () => {
    expect(normalizeAnswer('STRASSE')).toBe('strasse');
    expect(normalizeAnswer('Straße')).toBe('straße');
    // toLowerCase() knows final sigma: a word-final Σ lowers to ς, as a Greek typist writes it.
    expect(normalizeAnswer('ΟΔΥΣΣΕΥΣ')).toBe(normalizeAnswer('Οδυσσευς'));
  });

  it('keeps answers that differ in more than case and spacing apart', () => {
    expect(normalizeAnswer('New York')).not.toBe(normalizeAnswer('NewYork'));
    expect(normalizeAnswer('kım')).not.toBe(normalizeAnswer('kim'));
  });

  it('turns white space only into the empty string', () => {
    expect(normalizeAnswer(' \u00A0\t\n ')).toBe('');
  });
});
