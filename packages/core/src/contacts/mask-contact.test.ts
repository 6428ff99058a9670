import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from './mask-contact.js';

describe('maskPhone', () => {
  it('shows the calling code and the last two digits, grouped 2, 3 and the rest', () => {
    expect(maskPhone('+31612345678')).toBe('+31 •• ••• ••78');
    expect(maskPhone('+14155550123')).toBe('+1 •• ••• •••23');
    expect(maskPhone('+353861234567')).toBe('+353 •• ••• ••67');
    expect(maskPhone('+79161234567')).toBe('+7 •• ••• •••67');
  });

  it('handles the shortest national numbers E.164 allows', () => {
    expect(maskPhone('+29812345')).toBe('+298 •• •45');
    expect(maskPhone('+4512345678')).toBe('+45 •• ••• •78');
  });

  it('reveals no other digit', () => {
    const masked = maskPhone('+441632960961');
    expect(masked).toBe('+44 •• ••• •••61');
    expect(masked.replace(/^\+44/, '').replace(/[ •]/g, '')).toBe('61');
  });

  it('throws a TypeError for input that is not E.164', () => {
    for (const value of ['0612345678', '+31 6 12345678', '+3161', '']) {
      expect(() => maskPhone(value), value).toThrow(TypeError);
    }
  });
});

describe('maskEmail', () => {
  it('shows the first characters and the last domain label only', () => {
    expect(maskEmail('alice@example.com')).toBe('a•••@e•••.com');
    expect(maskEmail('bob@mail.example.co.uk')).toBe('b•••@m•••.uk');
  });

  it('uses fixed bullet counts, so lengths do not leak', () => {
    expect(maskEmail('a@b.io')).toBe('a•••@b•••.io');
    expect(maskEmail('alexandra.longname@subdomain.example.io')).toBe('a•••@s•••.io');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(maskEmail('😀smile@example.com')).toBe('😀•••@e•••.com');
    expect(maskEmail('josé@𝒳mail.com')).toBe('j•••@𝒳•••.com');
  });

  it('splits at the last @, as a quoted local part may contain one', () => {
    expect(maskEmail('"a@b"@example.org')).toBe('"•••@e•••.org');
  });

  it('shows no TLD for a domain without a dot', () => {
    expect(maskEmail('root@localhost')).toBe('r•••@l•••');
  });

  it('throws a TypeError without an @ or with nothing on one side of it', () => {
    for (const value of ['alice.example.com', '@example.com', 'alice@', '']) {
      expect(() => maskEmail(value), value).toThrow(TypeError);
    }
  });
});
