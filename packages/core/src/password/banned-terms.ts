import { COMMON_PASSWORDS } from './common-passwords.js';
import { normalizeForMatching } from './normalize.js';

/** Where a banned term came from. */
export const BannedTermSource = {
  /** The bundled list of common passwords. */
  Common: 'common',
  /** The admin's `password.customBannedTerms`. */
  Custom: 'custom',
  /** The user's own given name, surname or username. */
  Personal: 'personal',
  /** The organization's name. */
  Organization: 'organization',
} as const;

/** The union of {@link BannedTermSource} values. */
export type BannedTermSource = (typeof BannedTermSource)[keyof typeof BannedTermSource];

/** A banned term found in a password. */
export interface BannedTermMatch {
  /** The term, normalized (lower case, substitutions undone). */
  term: string;
  source: BannedTermSource;
}

/** Fewest points a password must score (Entra Password Protection). */
export const MINIMUM_BANNED_SCORE = 5;

/** Shortest term, and shortest stretch of password a term can match (Entra: terms of 4+ characters). */
const MIN_TERM_LENGTH = 4;

/**
 * Banned terms indexed for matching within edit distance 1 by the symmetric-delete
 * method: every term is filed under itself and under each string left by deleting one of
 * its characters. Two strings within distance 1 always share such a key; candidates found
 * that way are then confirmed with a real distance check.
 */
export interface FuzzyTermIndex {
  keys: Map<string, string[]>;
  longest: number;
}

/** Builds a {@link FuzzyTermIndex} from raw terms (they are normalized here). */
export function createFuzzyTermIndex(terms: Iterable<string>): FuzzyTermIndex {
  const keys = new Map<string, string[]>();
  let longest = 0;
  for (const raw of terms) {
    const chars = normalizeForMatching(raw.trim());
    if (chars.length < MIN_TERM_LENGTH) continue;
    const term = chars.join('');
    longest = Math.max(longest, chars.length);
    for (const key of deletionKeys(chars)) {
      const filed = keys.get(key);
      if (filed === undefined) keys.set(key, [term]);
      else if (!filed.includes(term)) filed.push(term);
    }
  }
  return { keys, longest };
}

let commonIndex: FuzzyTermIndex | undefined;

/** The index of the bundled common-password list, built on first use. */
export function commonPasswordIndex(): FuzzyTermIndex {
  commonIndex ??= createFuzzyTermIndex(COMMON_PASSWORDS.split('\n'));
  return commonIndex;
}

/** The terms a password is matched against, by source. */
export interface BannedTermSet {
  /** Lists matched fuzzily (edit distance <= 1). */
  fuzzy: ReadonlyArray<{ index: FuzzyTermIndex; source: BannedTermSource }>;
  /** Terms matched only as exact substrings (the user's names, the org name). */
  exact: ReadonlyArray<{ terms: readonly string[]; source: BannedTermSource }>;
}

/** The outcome of {@link scoreBannedTerms}. */
export interface BannedScore {
  /** Points: 1 per banned term found + 1 per remaining character. */
  score: number;
  /** The terms counted in that score, in order of appearance. */
  matches: BannedTermMatch[];
}

interface Span {
  start: number;
  end: number;
  match: BannedTermMatch;
}

/**
 * Entra Password Protection's score: the password is normalized, banned terms are found
 * in it (lists by edit distance <= 1, names by exact substring), and it scores 1 point per
 * term found plus 1 per character outside them.
 *
 * Where Microsoft's description leaves room, we choose:
 * - a term matches a stretch of the password of its own length (equal, or one substitution)
 *   or one shorter (a deletion); one longer (an insertion) only when the term does not
 *   match a tighter stretch inside it; never a stretch under 4 characters. So a match never
 *   swallows a neighbouring character, which reproduces Microsoft's worked examples
 *   (`ContoS0Bl@nkf9!` scores 5: contoso + blank + f + 9 + !);
 * - when found terms overlap, the lowest-scoring way to cover the password counts (the
 *   strictest reading), computed exactly by dynamic programming.
 */
export function scoreBannedTerms(password: string, terms: BannedTermSet): BannedScore {
  const chars = normalizeForMatching(password);
  const spans = [...findFuzzySpans(chars, terms), ...findExactSpans(chars, terms)];
  const endingAt: Span[][] = Array.from({ length: chars.length + 1 }, () => []);
  for (const span of spans) endingAt[span.end]?.push(span);

  // best[i]: the lowest score of the first i characters; via[i]: the span that got it, if any.
  const best: number[] = [0];
  const via: Array<Span | undefined> = [undefined];
  for (let end = 1; end <= chars.length; end++) {
    let score = (best[end - 1] ?? 0) + 1;
    let through: Span | undefined;
    for (const span of endingAt[end] ?? []) {
      const candidate = (best[span.start] ?? 0) + 1;
      if (candidate < score) {
        score = candidate;
        through = span;
      }
    }
    best.push(score);
    via.push(through);
  }

  const matches: BannedTermMatch[] = [];
  for (let end = chars.length; end > 0; ) {
    const span = via[end];
    if (span === undefined) {
      end -= 1;
    } else {
      matches.unshift(span.match);
      end = span.start;
    }
  }
  return { score: best[chars.length] ?? 0, matches };
}

function findFuzzySpans(chars: readonly string[], terms: BannedTermSet): Span[] {
  const spans: Span[] = [];
  for (const { index, source } of terms.fuzzy) {
    // Every window within one edit of a term; `found` keys them as "term start length".
    const found = new Set<string>();
    const windows: Array<{ term: string; start: number; length: number; termLength: number }> = [];
    for (let start = 0; start < chars.length; start++) {
      const maxLength = Math.min(index.longest + 1, chars.length - start);
      for (let length = MIN_TERM_LENGTH; length <= maxLength; length++) {
        const window = chars.slice(start, start + length);
        for (const term of candidates(index, window)) {
          const termChars = [...term];
          if (!isWithinOneEdit(window, termChars)) continue;
          found.add(`${term} ${start} ${length}`);
          windows.push({ term, start, length, termLength: termChars.length });
        }
      }
    }
    for (const { term, start, length, termLength } of windows) {
      // A window one longer than the term (an insertion) counts only when the term does not
      // match a tighter window inside it, so a match never swallows a neighbouring character.
      const tighter =
        found.has(`${term} ${start} ${termLength}`) ||
        found.has(`${term} ${start + 1} ${termLength}`);
      if (length === termLength + 1 && tighter) continue;
      spans.push({ start, end: start + length, match: { term, source } });
    }
  }
  return spans;
}

function findExactSpans(chars: readonly string[], terms: BannedTermSet): Span[] {
  const spans: Span[] = [];
  const text = chars.join('');
  for (const { terms: list, source } of terms.exact) {
    for (const raw of list) {
      const term = normalizeForMatching(raw).join('');
      const termChars = [...term];
      if (termChars.length < MIN_TERM_LENGTH) continue;
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        const start = [...text.slice(0, at)].length;
        spans.push({ start, end: start + termChars.length, match: { term, source } });
      }
    }
  }
  return spans;
}

function* candidates(index: FuzzyTermIndex, window: readonly string[]): Generator<string> {
  const seen = new Set<string>();
  for (const key of deletionKeys(window)) {
    for (const term of index.keys.get(key) ?? []) {
      if (!seen.has(term)) {
        seen.add(term);
        yield term;
      }
    }
  }
}

/** The string itself and every string left by deleting one character. */
function deletionKeys(chars: readonly string[]): string[] {
  const keys = [chars.join('')];
  for (let skip = 0; skip < chars.length; skip++) {
    keys.push(chars.slice(0, skip).join('') + chars.slice(skip + 1).join(''));
  }
  return keys;
}

/** Levenshtein distance <= 1, in linear time. */
export function isWithinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (i === shorter.length) return true;
  const rest = (from: readonly string[], offset: number) => from.slice(offset).join('');
  return shorter.length === longer.length
    ? rest(shorter, i + 1) === rest(longer, i + 1)
    : rest(shorter, i) === rest(longer, i + 1);
}
