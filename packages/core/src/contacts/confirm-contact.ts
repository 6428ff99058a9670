import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { parseE164Number } from './calling-code.js';

/**
 * Separators people type inside phone numbers: white space, any dash, dots, parentheses
 * and slashes (`06-30/123-4567` in Hungary, `030/1234567` in Germany).
 */
const SEPARATORS = /[\s\p{Pd}.()/]/gu;

/**
 * Whether `typed` is the whole phone number `e164` stands for, written in one of the
 * forms people use. `typed` is parsed by libphonenumber-js with the stored number's
 * country as the default region, so a user may type it as they would at home:
 *
 * - international with `+` (`+31 6 1234 5678`, also `+31 (0)6 1234 5678`);
 * - international with `00`, the ITU-T E.164 recommended prefix, accepted from every
 *   country (`0031 6 12345678`, `001 415 555 0123`), or with the country's own
 *   international prefix (`011 1 415 555 0123` in the US);
 * - national, as the country's numbering plan writes it: with its trunk prefix where it
 *   has one (`06-12345678` in the Netherlands, `06 30 123 4567` in Hungary,
 *   `1 415 555 0123` in the US) or without it (`(415) 555-0123`, `6 12345678`), and in
 *   Italy with the leading `0` of a landline, which is part of the number
 *   (`06 1234 5678` for `+390612345678`).
 *
 * Separators are ignored and NFKC turns full-width digits into ASCII ones. Anything else
 * than digits, separators and one leading `+` never matches: letters (an extension such
 * as `x12`, a vanity number), other symbols, a `+` in the middle. Nor does a part of the
 * number: a suffix (what a masked hint nearly shows) parses as another, shorter number.
 *
 * Not constant time: the stored number is this user's own, not a secret from them.
 *
 * @throws {TypeError} when `e164` is not an E.164 number (see `isE164`).
 *
 * @example
 * ```ts
 * matchesPhone('06 12345678', '+31612345678'); // true
 * matchesPhone('(415) 555-0123', '+14155550123'); // true
 * matchesPhone('12345678', '+31612345678'); // false
 * ```
 */
export function matchesPhone(typed: string, e164: string): boolean {
  const stored = parseE164Number(e164);
  if (stored === undefined) throw new TypeError('matchesPhone expects an E.164 number');
  const compact = typed.normalize('NFKC').replace(SEPARATORS, '');
  // libphonenumber-js would read letters as an extension or a vanity number; refuse them.
  if (!/^\+?[0-9]+$/.test(compact)) return false;
  const readings = [compact];
  // `00` is international everywhere it is typed, even where the local prefix is `011`.
  if (compact.startsWith('00')) readings.push(`+${compact.slice(2)}`);
  return readings.some((reading) => {
    const parsed = parsePhoneNumberFromString(reading, {
      defaultCountry: stored.country,
      // A number libphonenumber-js places in no single country (`+882`) still has a plan.
      defaultCallingCode: stored.countryCallingCode,
      extract: false,
    });
    return parsed?.number === stored.number;
  });
}

/**
 * Whether `typed` is the email address `address`, ignoring surrounding white space,
 * compatibility forms (NFKC) and case. No other leniency: dots and `+tags` count.
 *
 * Case is compared with `toLowerCase()`, never `toUpperCase()`, so dotless `ı` (U+0131)
 * stays distinct from `i` (its upper case is `I`) and `İ` (U+0130) lowers to `i̇`, not `i`.
 * NFKC does map the Kelvin sign `K` (U+212A) to `K` and long `ſ` (U+017F) to `s`, so
 * `\u212Aim@x.com` matches `kim@x.com`. That is acceptable: a match only confirms what
 * the user typed, and messages are only ever sent to the stored address, never to the
 * typed one (OWASP Forgot Password: Unicode case-mapping collisions).
 *
 * Not constant time: the stored address is this user's own, not a secret from them.
 *
 * @example
 * ```ts
 * matchesEmail(' Alice@Example.com ', 'alice@example.com'); // true
 * matchesEmail('a.lice@example.com', 'alice@example.com'); // false
 * ```
 */
export function matchesEmail(typed: string, address: string): boolean {
  return comparable(typed) === comparable(address);
}

function comparable(address: string): string {
  return address.normalize('NFKC').trim().toLowerCase();
}
