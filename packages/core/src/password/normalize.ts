/**
 * Character substitutions undone before banned terms are matched, so `P@ssw0rd` is
 * seen as `password` (Entra Password Protection: "normalization").
 */
export const SUBSTITUTIONS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

/**
 * The form a password is measured, hashed and compared in: Unicode NFKC, as NIST
 * 800-63B 5.1.1.2 asks, so that visually equal inputs (U+212B Å and U+00C5 Å) are equal.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/**
 * The form banned terms are matched in: NFKC, lower case, substitutions undone.
 * Returns code points, because lengths and positions are counted in code points.
 */
export function normalizeForMatching(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase()].map((char) => SUBSTITUTIONS[char] ?? char);
}
