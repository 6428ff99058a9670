import { describe, expect, it } from 'vitest';
import { preferredLocale, prefersCsv } from './content-negotiation.js';

describe('preferredLocale', () => {
  it('picks the supported language with the highest weight, earlier first on a tie', () => {
    expect(preferredLocale('xx, de-CH;q=0.9, fr;q=0.8')).toBe('de');
    expect(preferredLocale('fr;q=0.5, nl;q=0.7')).toBe('nl');
    expect(preferredLocale('es, nl')).toBe('es');
    expect(preferredLocale('NL-be')).toBe('nl');
  });

  it('matches each entry as the widgets do: by script for Chinese, by region for Portuguese', () => {
    expect(preferredLocale('zh-TW, en;q=0.5')).toBe('zh-Hant');
    expect(preferredLocale('xx, zh-CN;q=0.9')).toBe('zh-Hans');
    expect(preferredLocale('pt-PT, pt;q=0.9')).toBe('pt-PT');
    expect(preferredLocale('ar-EG;q=0.8, he;q=0.9')).toBe('he');
  });

  it('skips languages weighted 0 and gives nothing when none is supported', () => {
    expect(preferredLocale('de;q=0, fr;q=0.1')).toBe('fr');
    expect(preferredLocale('xx, yy;q=0.5')).toBeUndefined();
    expect(preferredLocale(null)).toBeUndefined();
  });

  it('gives nothing when every supported language is weighted 0', () => {
    expect(preferredLocale('de;q=0')).toBeUndefined();
    expect(preferredLocale('xx, fr;q=0')).toBeUndefined();
  });

  it('reads q only as a whole parameter, with spaces around it and up to 3 decimals', () => {
    // Spaces around a parameter are allowed (RFC 9110 5.6.6: OWS before and after `;`).
    expect(preferredLocale('fr; q=0.1, de; q=0.5')).toBe('de');
    expect(preferredLocale('fr;q=0.1 ;x=y, de;q=0.5')).toBe('de');
    expect(preferredLocale('fr;q=0.25, de;q=0.5')).toBe('de');
    // Not a q parameter, or not only one: the entry keeps weight 1.
    expect(preferredLocale('fr;xq=0.1, de;q=0.5')).toBe('fr');
    expect(preferredLocale('fr;q=0.1x, de;q=0.5')).toBe('fr');
  });

  it('reads a weight it cannot parse as 1, and only the first 20 entries', () => {
    expect(preferredLocale('fr;q=0.5, de;q=high')).toBe('de');
    expect(preferredLocale(`${'xx, '.repeat(20)}de`)).toBeUndefined();
    expect(preferredLocale(`${'xx, '.repeat(19)}de`)).toBe('de');
  });
});

describe('prefersCsv', () => {
  it('is true only when text/csv outweighs application/json', () => {
    expect(prefersCsv('text/csv')).toBe(true);
    expect(prefersCsv('TEXT/CSV; Q=0.9, application/json;q=0.5')).toBe(true);
    expect(prefersCsv('text/csv;q=0.5, application/json')).toBe(false);
    expect(prefersCsv('text/csv, application/json')).toBe(false);
    expect(prefersCsv('text/csv;q=0')).toBe(false);
    expect(prefersCsv('*/*')).toBe(false);
    expect(prefersCsv(null)).toBe(false);
    // A space before `;` belongs to no media type.
    expect(prefersCsv('text/csv ;q=1, application/json;q=0.5')).toBe(true);
    expect(prefersCsv('text/csv;q=0.5, application/json ;q=0.9')).toBe(false);
  });
});
