/**
 * The form a security-question answer is hashed and compared in, so that case and white
 * space do not make a right answer wrong: Unicode NFKC, so full-width and compatibility
 * forms equal their plain ones; lower case via `toLowerCase()` (not full case folding, so
 * `ß` stays distinct from `ss`); every run of white space, Unicode spaces such as NBSP
 * included, collapsed to one ASCII space; trimmed.
 *
 * @example
 * ```ts
 * normalizeAnswer('  New\u00A0 York '); // "new york"
 * ```
 */
export function normalizeAnswer(answer: string): string {
  return answer.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
