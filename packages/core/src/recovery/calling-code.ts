/** ASCII `+`, then 8 to 15 ASCII digits, the first not 0 (no calling code starts with 0). */
const E164 = /^\+[1-9][0-9]{7,14}$/;

/** The only 1-digit country calling codes (ITU-T E.164 assignment). */
const ONE_DIGIT = new Set(['1', '7']);

/** Every 2-digit country calling code; any other code is 3 digits (the set is prefix-free). */
const TWO_DIGIT = new Set(
  [
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54',
    '55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether `value` is a phone number in E.164 form (ITU-T E.164): `+`, then 8 to 15
 * ASCII digits with no separators, the first digit not 0.
 *
 * @example
 * ```ts
 * isE164('+31612345678'); // true
 * isE164('+31 6 12345678'); // false
 * ```
 */
export function isE164(value: string): boolean {
  return E164.test(value);
}

/**
 * The country calling code of an E.164 number, without the `+`, or `null` when `e164`
 * is not E.164. The prefix-free ITU assignment decides the length: `1` and `7` are one
 * digit, a fixed set is two digits, everything else is three. A three-digit code is not
 * checked against the list of codes actually in service.
 *
 * @example
 * ```ts
 * callingCodeOf('+31612345678'); // "31"
 * callingCodeOf('+353861234567'); // "353"
 * ```
 */
export function callingCodeOf(e164: string): string | null {
  if (!isE164(e164)) return null;
  const one = e164.slice(1, 2);
  if (ONE_DIGIT.has(one)) return one;
  const two = e164.slice(1, 3);
  if (TWO_DIGIT.has(two)) return two;
  return e164.slice(1, 4);
}
