import {
  getCountries,
  getCountryCallingCode,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';

/** ASCII `+`, then 8 to 15 ASCII digits, the first not 0 (no calling code starts with 0). */
const E164 = /^\+[1-9][0-9]{7,14}$/;

/** {@link codesInService}, once found. */
let inService: ReadonlySet<string> | undefined;

/**
 * The calling codes in service in libphonenumber-js's metadata (the `min` set the parser
 * reads), found on first use: every country's, then the non-geographic ones (800 freephone,
 * 881 satellite, ...), which belong to no country, by asking the parser about each 3-digit
 * code that starts with no country's code (codes are prefix-free).
 */
function codesInService(): ReadonlySet<string> {
  if (inService === undefined) {
    const codes = new Set(getCountries().map((country) => getCountryCallingCode(country)));
    for (let number = 100; number <= 999; number += 1) {
      const code = String(number);
      if (codes.has(code.slice(0, 1)) || codes.has(code.slice(0, 2)) || codes.has(code)) continue;
      const parsed = parsePhoneNumberFromString(`+${code}0000000000`, { extract: false });
      if (parsed?.countryCallingCode === code) codes.add(code);
    }
    inService = codes;
  }
  return inService;
}

/**
 * Whether `code` (digits, without `+`) is a country calling code in service according to
 * libphonenumber-js's metadata (Google's libphonenumber): the code of a country or
 * territory (`"31"`, `"1"`), or a non-geographic one (`"800"` freephone, `"881"`
 * satellite, `"882"` international networks).
 *
 * @example
 * ```ts
 * isCallingCode('31'); // true
 * isCallingCode('12'); // false: +1 is North America, 12 is no code
 * isCallingCode('999'); // false: unassigned
 * ```
 */
export function isCallingCode(code: string): boolean {
  return codesInService().has(code);
}

/**
 * Whether `value` is a phone number in E.164 form (ITU-T E.164): `+`, then 8 to 15
 * ASCII digits with no separators, the first digit not 0, starting with a country calling
 * code in service. The national number is not checked against the country's numbering
 * plan.
 *
 * @example
 * ```ts
 * isE164('+31612345678'); // true
 * isE164('+31 6 12345678'); // false
 * isE164('+99912345678'); // false: 999 is not a calling code
 * ```
 */
export function isE164(value: string): boolean {
  return parseE164Number(value) !== undefined;
}

/**
 * The country calling code of an E.164 number, without the `+`, or `null` when `e164`
 * is not E.164 or does not start with a calling code in service (`+999...`). The code
 * is the one libphonenumber-js reads from the number; calling codes are prefix-free, so
 * `+1 876...` (Jamaica) is `1` and `+7 701...` (Kazakhstan) is `7`.
 *
 * @example
 * ```ts
 * callingCodeOf('+31612345678'); // "31"
 * callingCodeOf('+353861234567'); // "353"
 * callingCodeOf('+99912345678'); // null
 * ```
 */
export function callingCodeOf(e164: string): string | null {
  if (!E164.test(e164)) return null;
  // What the parser does to find the code, without finding the country (for +1 that tries
  // every member of the plan's numbering patterns, most of the cost of a parse): calling
  // codes are prefix-free, so at most one of the first 1 to 3 digits is a code in service.
  for (let length = 1; length <= 3; length += 1) {
    const code = e164.slice(1, 1 + length);
    if (codesInService().has(code)) return code;
  }
  return null;
}

/**
 * A phone number typed in international form (`+31 (0)6 1234 5678`, `+1 415-555-0123`),
 * parsed by libphonenumber-js into E.164, or `null` when it is not one: no `+` and calling
 * code, letters, or a length the country's numbering plan cannot have. The national `(0)`
 * people write after the calling code is dropped, as the numbering plan says.
 *
 * @example
 * ```ts
 * toE164('+31 (0)6 1234 5678'); // "+31612345678"
 * toE164('+12345678'); // null: too short for +1
 * ```
 */
export function toE164(typed: string): string | null {
  const text = typed.normalize('NFKC').trim();
  if (!text.startsWith('+') || /[^\d\s()./+-]/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, { extract: false });
  return parsed?.isPossible() === true ? parsed.number : null;
}

/**
 * `e164` parsed by libphonenumber-js, or `undefined` when it is not E.164 or has no
 * calling code in service. For the modules of this folder, not exported from the package.
 */
export function parseE164Number(e164: string): PhoneNumber | undefined {
  if (!E164.test(e164)) return undefined;
  // The input is `+` and digits only, so nothing is extracted from surrounding text.
  return parsePhoneNumberFromString(e164, { extract: false });
}
