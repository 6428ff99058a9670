import { describe, expect, it } from 'vitest';
import { matchesEmail, matchesPhone } from './confirm-contact.js';

describe('matchesPhone', () => {
  const stored = '+31612345678';

  it('accepts the international form with a plus, with or without separators', () => {
    for (const typed of [
      '+31612345678',
      '+31 6 12345678',
      '+31 (6) 123-456.78',
      ' +31 6 1234 5678 ',
    ]) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
  });

  it('accepts the international form with the 00 prefix', () => {
    expect(matchesPhone('0031612345678', stored)).toBe(true);
    expect(matchesPhone('00 31 6 12 34 56 78', stored)).toBe(true);
  });

  it('accepts the national form with a trunk 0', () => {
    expect(matchesPhone('06 12345678', stored)).toBe(true);
    expect(matchesPhone('06-123 456 78', stored)).toBe(true);
    expect(matchesPhone('(0)612345678', stored)).toBe(true);
  });

  it('accepts Unicode spaces, dashes and full-width digits', () => {
    expect(matchesPhone('06\u00A012\u2011345\u2013678', stored)).toBe(true);
    expect(matchesPhone('＋３１６１２３４５６７８', stored)).toBe(true);
  });

  it('rejects a suffix, a prefix or the national number without its trunk 0', () => {
    for (const typed of ['78', '345678', '12345678', '612345678', '+3161234567', '3161234567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('rejects the number with a longer tail or another calling code', () => {
    for (const typed of ['+316123456789', '+32612345678', '0032612345678', '061234567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('rejects letters, other symbols and empty input', () => {
    for (const typed of ['', '+', '0', '00', '+31612345678x', '+31/612345678', '++31612345678']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('rejects a trunk 0 before an international number', () => {
    expect(matchesPhone('0+31612345678', stored)).toBe(false);
    expect(matchesPhone('000031612345678', stored)).toBe(false);
  });

  it('works for one- and three-digit calling codes', () => {
    expect(matchesPhone('+1 (415) 555-0123', '+14155550123')).toBe(true);
    expect(matchesPhone('001 415 555 0123', '+14155550123')).toBe(true);
    expect(matchesPhone('087 123 4567', '+353871234567')).toBe(true);
    expect(matchesPhone('00353871234567', '+353871234567')).toBe(true);
  });

  it('throws a TypeError when the stored number is not E.164', () => {
    expect(() => matchesPhone('0612345678', '0612345678')).toThrow(TypeError);
  });
});

describe('matchesEmail', () => {
  it('accepts the address whatever its case and surrounding white space', () => {
    expect(matchesEmail('alice@example.com', 'alice@example.com')).toBe(true);
    expect(matchesEmail('  Alice@EXAMPLE.com\n', 'alice@example.com')).toBe(true);
    expect(matchesEmail('alice@example.com', 'Alice@Example.COM')).toBe(true);
  });

  it('applies NFKC, so full-width forms match', () => {
    expect(matchesEmail('ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'alice@example.com')).toBe(true);
  });

  it('does not strip dots or plus tags, nor accept a part of the address', () => {
    for (const typed of [
      'a.lice@example.com',
      'alice+x@example.com',
      'alice@example',
      'lice@example.com',
      'alice@example.com.',
      'alice @example.com',
      '',
    ]) {
      expect(matchesEmail(typed, 'alice@example.com'), typed).toBe(false);
    }
  });

  it('keeps dotless ı and dotted İ apart from i', () => {
    expect(matchesEmail('kım@x.com', 'kim@x.com')).toBe(false);
    expect(matchesEmail('KIM@x.com', 'kım@x.com')).toBe(false);
    expect(matchesEmail('kİm@x.com', 'kim@x.com')).toBe(false);
  });

  it('matches the Kelvin sign and long s, which NFKC maps to K and s (we only send to the stored address)', () => {
    expect(matchesEmail('\u212Aim@x.com', 'kim@x.com')).toBe(true);
    expect(matchesEmail('\u017Fam@x.com', 'sam@x.com')).toBe(true);
  });
});
