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

  it('rejects a suffix or a prefix of the number', () => {
    for (const typed of ['78', '345678', '12345678', '2345678', '+3161234567', '3161234567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('accepts the national significant number without the trunk 0, as the plan allows', () => {
    // Nothing a hint hides is missing from it: the hint shows the calling code already.
    expect(matchesPhone('6 12345678', stored)).toBe(true);
    expect(matchesPhone('+31 (0)6 12345678', stored)).toBe(true);
  });

  it('rejects the number with a longer tail or another calling code', () => {
    for (const typed of ['+316123456789', '+32612345678', '0032612345678', '061234567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('rejects letters, other symbols and empty input', () => {
    for (const typed of [
      '',
      '+',
      '0',
      '00',
      '+31612345678x',
      '+31612345678 ext 1',
      '06-CALL-NOW',
      '0612345678#',
      '+31*612345678',
      '+31_612345678',
      '31+612345678',
      '++31612345678',
    ]) {
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
    expect(() => matchesPhone('+99912345678', '+99912345678')).toThrow(TypeError);
  });
});

describe('matchesPhone with national formats', () => {
  it('matches what a US user types for a US number', () => {
    const stored = '+14155550123';
    for (const typed of [
      '(415) 555-0123',
      '415-555-0123',
      '415.555.0123',
      '1 415 555 0123',
      '1-415-555-0123',
      '+1 415 555 0123',
      '011 1 415 555 0123',
      '001 415 555 0123',
    ]) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
    for (const typed of ['555-0123', '55-0123', '415 555 012', '415 555 01234', '1 415 555 0124']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('matches an Italian landline with its leading 0, which Italy dials everywhere', () => {
    const stored = '+390612345678';
    for (const typed of ['06 1234 5678', '06/12345678', '+39 06 1234 5678', '0039 06 1234 5678']) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
    // Italy has no trunk prefix: without its 0 it is another number.
    for (const typed of ['6 1234 5678', '+39 6 1234 5678', '1234 5678', '5678']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('matches an Italian mobile typed nationally or internationally', () => {
    const stored = '+393331234567';
    for (const typed of ['333 123 4567', '333-1234567', '+39 333 123 4567', '0039 333 1234567']) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
    for (const typed of ['0333 123 4567', '123 4567', '33 123 4567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('matches a Hungarian mobile with the 06 trunk prefix', () => {
    const stored = '+36301234567';
    for (const typed of [
      '06 30 123 4567',
      '06-30/123-4567',
      '06 (30) 123-4567',
      '+36 30 123 4567',
      '0036 30 123 4567',
    ]) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
    for (const typed of ['123 4567', '0 30 123 4567', '06 30 123 456', '06 20 123 4567']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it('matches a Dutch mobile with the 0 trunk prefix', () => {
    const stored = '+31612345678';
    for (const typed of ['06-12345678', '06 12 34 56 78', '+31 6 12345678', '0031 6 12345678']) {
      expect(matchesPhone(typed, stored), typed).toBe(true);
    }
    for (const typed of ['12345678', '06-1234567', '06-123456789']) {
      expect(matchesPhone(typed, stored), typed).toBe(false);
    }
  });

  it("reads a national form in the stored number's country", () => {
    // The same digits are three numbers: Dutch (trunk 0), Italian (the 0 belongs to the
    // number) and, after Hungary's trunk prefix 06, a Budapest one.
    expect(matchesPhone('0612345678', '+31612345678')).toBe(true);
    expect(matchesPhone('0612345678', '+390612345678')).toBe(true);
    expect(matchesPhone('0612345678', '+3612345678')).toBe(true);
    expect(matchesPhone('0612345678', '+36612345678')).toBe(false);
    expect(matchesPhone('0612345678', '+3912345678')).toBe(false);
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
