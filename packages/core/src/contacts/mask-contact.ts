import { callingCodeOf } from './calling-code.js';

const BULLET = '•';
/** A fixed run of bullets, so a masked email does not reveal how long its parts are. */
const HIDDEN = BULLET.repeat(3);

/**
 * A hint for a phone number that reveals only the calling code, the length of the
 * national number and its last two digits: `+CC`, then the national digits masked and
 * grouped 2, 3 and the rest.
 *
 * @throws {TypeError} when `e164` is not an E.164 number.
 *
 * @example
 * ```ts
 * maskPhone('+31612345678'); // "+31 •• ••• ••78"
 * maskPhone('+14155550123'); // "+1 •• ••• •••23"
 * ```
 */
export function maskPhone(e164: string): string {
  const callingCode = callingCodeOf(e164);
  if (callingCode === null) throw new TypeError('maskPhone expects an E.164 number');
  const national = e164.slice(1 + callingCode.length);
  const masked = BULLET.repeat(national.length - 2) + national.slice(-2);
  // E.164 guarantees at least 5 national digits, but drop empty groups all the same.
  const groups = [masked.slice(0, 2), masked.slice(2, 5), masked.slice(5)].filter(
    (group) => group !== '',
  );
  return `+${callingCode} ${groups.join(' ')}`;
}

/**
 * A hint for an email address that reveals only the first character of the local part,
 * the first character of the domain and its last label (the TLD), with a fixed number of
 * bullets in between. Characters are code points, so an astral first character is kept
 * whole. A domain without a dot is shown without a TLD.
 *
 * @throws {TypeError} when `address` has no `@`, or nothing before or after its last `@`.
 *
 * @example
 * ```ts
 * maskEmail('alice@example.com'); // "a•••@e•••.com"
 * maskEmail('bob@mail.example.co.uk'); // "b•••@m•••.uk"
 * ```
 */
export function maskEmail(address: string): string {
  // The last `@`: a quoted local part may contain one, a domain never does.
  const at = address.lastIndexOf('@');
  const local = address.slice(0, Math.max(at, 0));
  const domain = address.slice(at + 1);
  if (at < 0 || local === '' || domain === '') {
    throw new TypeError('maskEmail expects an address with a local part, an @ and a domain');
  }
  const lastDot = domain.lastIndexOf('.');
  const tld = lastDot > 0 ? domain.slice(lastDot) : '';
  return `${firstCodePoint(local)}${HIDDEN}@${firstCodePoint(domain)}${HIDDEN}${tld}`;
}

function firstCodePoint(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}
