import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import { describe, expect, it } from 'vitest';
import { callingCodeOf, isCallingCode, isE164, toE164 } from './calling-code.js';

describe('isE164', () => {
  it('accepts a plus and 8 to 15 digits', () => {
    expect(isE164('+31612345678')).toBe(true);
    expect(isE164('+12345678')).toBe(true);
    expect(isE164('+123456789012345')).toBe(true);
  });

  it('rejects a number whose calling code is not in service', () => {
    for (const value of ['+99912345678', '+42212345678', '+21012345678', '+80612345678']) {
      expect(isE164(value), value).toBe(false);
    }
  });

  it('accepts non-geographic calling codes', () => {
    expect(isE164('+80012345678')).toBe(true);
    expect(isE164('+882123456789')).toBe(true);
  });

  it('rejects too few or too many digits', () => {
    expect(isE164('+1234567')).toBe(false);
    expect(isE164('+1234567890123456')).toBe(false);
  });

  it('rejects separators, a missing plus, a leading zero and non-ASCII digits', () => {
    for (const value of [
      '31612345678',
      '0031612345678',
      '+31 612345678',
      '+31-612-345-678',
      '+031612345678',
      '+３１612345678',
      '+٣١612345678',
      '+31612345678\n',
      ' +31612345678',
      '',
    ]) {
      expect(isE164(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('callingCodeOf', () => {
  it('finds the code of real numbers', () => {
    expect(callingCodeOf('+31612345678')).toBe('31');
    expect(callingCodeOf('+14155550123')).toBe('1');
    expect(callingCodeOf('+353861234567')).toBe('353');
    expect(callingCodeOf('+79161234567')).toBe('7');
    expect(callingCodeOf('+441632960961')).toBe('44');
  });

  it('reads 1 and 7 as one digit even where 2- or 3-digit codes would start the same', () => {
    // Kazakhstan shares +7; Caribbean NANP members share +1 (e.g. Jamaica, +1 876).
    expect(callingCodeOf('+77011234567')).toBe('7');
    expect(callingCodeOf('+18765551234')).toBe('1');
  });

  it('reads every listed 2-digit code as two digits', () => {
    const twoDigit = [20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51];
    twoDigit.push(52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90);
    twoDigit.push(91, 92, 93, 94, 95, 98);
    for (const code of twoDigit) expect(callingCodeOf(`+${code}123456789`)).toBe(String(code));
  });

  it('reads every other code as three digits', () => {
    expect(callingCodeOf('+351912345678')).toBe('351'); // Portugal
    expect(callingCodeOf('+380501234567')).toBe('380'); // Ukraine
    expect(callingCodeOf('+971501234567')).toBe('971'); // United Arab Emirates
    expect(callingCodeOf('+234803123456')).toBe('234'); // Nigeria
    expect(callingCodeOf('+298123456')).toBe('298'); // Faroe Islands, 6-digit national number
  });

  it('returns null for a calling code that is not in service', () => {
    // 999, 422 and 210 are unassigned; 806 is a spare non-geographic code.
    for (const value of ['+99912345678', '+42212345678', '+21012345678', '+80612345678']) {
      expect(callingCodeOf(value), value).toBeNull();
    }
  });

  it('finds non-geographic calling codes', () => {
    expect(callingCodeOf('+80012345678')).toBe('800'); // international freephone
    expect(callingCodeOf('+881612345678')).toBe('881'); // global mobile satellite system
    expect(callingCodeOf('+882123456789')).toBe('882'); // international networks
  });

  it('reads the code the full parser reads, for every 1- to 3-digit prefix and length', () => {
    // Digits after the prefix from a fixed sequence, so every run checks the same numbers.
    const tail = '5550123456789012';
    let checked = 0;
    for (let prefix = 1; prefix <= 999; prefix += 1) {
      for (let digits = 8; digits <= 15; digits += 1) {
        const e164 = `+${`${prefix}${tail}`.slice(0, digits)}`;
        const parsed = parsePhoneNumberFromString(e164, { extract: false });
        expect(callingCodeOf(e164), e164).toBe(parsed?.countryCallingCode ?? null);
        checked += parsed === undefined ? 0 : 1;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('returns null for anything that is not E.164', () => {
    expect(callingCodeOf('0031612345678')).toBeNull();
    expect(callingCodeOf('+31 6 12345678')).toBeNull();
    expect(callingCodeOf('+')).toBeNull();
  });
});

describe('isCallingCode', () => {
  it('accepts country and non-geographic calling codes in service', () => {
    for (const code of ['1', '7', '31', '39', '36', '44', '353', '298', '800', '882', '979']) {
      expect(isCallingCode(code), code).toBe(true);
    }
  });

  it('is exactly the codes of every country plus the non-geographic ones', () => {
    const expected = new Set([
      ...getCountries().map((country) => getCountryCallingCode(country)),
      ...Object.keys(metadata.nonGeographic),
    ]);
    expect(expected.size).toBeGreaterThan(200);
    const found = [];
    for (let code = 1; code <= 999; code++) {
      if (isCallingCode(String(code))) found.push(String(code));
    }
    expect(new Set(found)).toEqual(expected);
  });

  it('refuses unassigned codes and anything that is not the digits of a code', () => {
    for (const code of ['12', '999', '422', '210', '0', '031', '+31', ' 31', '3 1', '', '31a']) {
      expect(isCallingCode(code), JSON.stringify(code)).toBe(false);
    }
  });
});

describe('toE164', () => {
  it('reads international forms people type, dropping the national (0)', () => {
    expect(toE164('+31 (0)6 1234 5678')).toBe('+31612345678');
    expect(toE164(' +1 415-555-0123 ')).toBe('+14155550123');
    expect(toE164('+36 30/123-4567')).toBe('+36301234567');
  });

  it('refuses what cannot be a number: no +, letters, a length the plan cannot have', () => {
    for (const typed of ['0612345678', '+31 6 CALL NOW', '+12345678', '+999123456789', '']) {
      expect(toE164(typed), typed).toBeNull();
    }
  });
});
