import { callingCodeOf } from './calling-code.js';

/** Separators people type inside phone numbers: white space, any dash, dots, parentheses. */
const SEPARATORS = /[\s\p{Pd}.()]/gu;

/**
 * Whether `typed` is the whole phone number `e164` stands for, written in one of the
 * forms people use: international with `+` (`+31 6 1234 5678`), international with the
 * `00` prefix (`0031 6 12345678`), or national with a trunk `0` (`06-12345678`).
 * Separators are ignored and NFKC turns full-width digits into ASCII ones; nothing else
 * is lenient. In particular, a suffix of the number (what a masked hint nearly shows) or
 * the national number without its trunk `0` does not match.
 *
 * Not constant time: the stored number is this user's own, not a secret from them.
 *
 * @throws {TypeError} when `e164` is not an E.164 number.
 *
 * @example
 * ```ts
 * matchesPhone('06 12345678', '+31612345678'); // true
 * matchesPhone('12345678', '+31612345678'); // false
 * ```
 */
export function matchesPhone(typed: string, e164: string): boolean {
  const callingCode = callingCodeOf(e164);
  if (callingCode === null) throw new TypeError('matchesPhone expects an E.164 number');
  const national = e164.slice(1 + callingCode.length);
  const compact = typed.normalize('NFKC').replace(SEPARATORS, '');
  if (!/^(\+|0)?[0-9]+$/.test(compact)) return false;
  if (compact.startsWith('+')) return compact === e164;
  if (compact.startsWith('00')) return `+${compact.slice(2)}` === e164;
  if (compact.startsWith('0')) return compact.slice(1) === national;
  return false;
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
