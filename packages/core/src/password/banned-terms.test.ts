import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BannedTermSet,
  commonPasswordIndex,
  createFuzzyTermIndex,
  createFuzzyTermIndexFromLines,
  decodeFuzzyTermIndex,
  encodeFuzzyTermIndex,
  type FuzzyTermIndex,
  isWithinOneEdit,
  scoreBannedTerms,
} from './banned-terms.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

// Worked examples with small term lists, so every score can be counted by hand.
// Normalization: lower case, 0→o 1→l 3→e 4→a 5→s 7→t $→s @→a !→i |→l +→t.
function terms(custom: string[], org: string[] = [], personal: string[] = []): BannedTermSet {
  return {
    fuzzy: [{ index: createFuzzyTermIndex(custom), source: 'custom' }],
    exact: [
      { terms: org, source: 'organization' },
      { terms: personal, source: 'personal' },
    ],
  };
}

describe('scoreBannedTerms', () => {
  it("scores Microsoft's rejected example C0ntos0Blank12 at 4", () => {
    // "contosoblankl2": contoso (1) + blank (1) + l (1) + 2 (1) = 4
    const result = scoreBannedTerms('C0ntos0Blank12', terms(['blank'], ['Contoso']));
    expect(result.score).toBe(4);
    expect(result.matches).toEqual([
      { term: 'contoso', source: 'organization' },
      { term: 'blank', source: 'custom' },
    ]);
  });

  it("scores Microsoft's accepted example ContoS0Bl@nkf9! at 5", () => {
    // "contosoblankf9i": contoso (1) + blank (1) + f, 9, i (3) = 5
    expect(scoreBannedTerms('ContoS0Bl@nkf9!', terms(['blank'], ['Contoso'])).score).toBe(5);
  });

  it('matches a term with one character substituted', () => {
    // "fabrlkamii": fabrlkam is fabrikam with i→l (1) + i, i (2) = 3
    expect(scoreBannedTerms('Fabr1kam!!', terms(['fabrikam'])).score).toBe(3);
  });

  it('matches a term with one character missing or one extra', () => {
    expect(scoreBannedTerms('fabrkam', terms(['fabrikam'])).score).toBe(1);
    expect(scoreBannedTerms('fabrikkam', terms(['fabrikam'])).score).toBe(1);
  });

  it('matches a term whose first or second character is the edit', () => {
    // The walk's first nodes skip children that cannot lead anywhere: none that can is skipped.
    const scores = ['xabrikam', 'abrikam', 'fxbrikam', 'fbrikam', 'faxbrikam'].map(
      (password) => scoreBannedTerms(password, terms(['fabrikam'])).score,
    );
    expect(scores).toEqual([1, 1, 1, 1, 1]);
    // Within a longer password too.
    expect(scoreBannedTerms('99xabrikam', terms(['fabrikam'])).score).toBe(3);
  });

  it('does not match a term two edits away', () => {
    // "fabrkm" is fabrikam less i and a: 6 characters, 6 points
    expect(scoreBannedTerms('fabrkm', terms(['fabrikam'])).score).toBe(6);
  });

  it('counts each occurrence of a term', () => {
    // blank (1) + blank (1) + 9 (1) = 3
    expect(scoreBannedTerms('blankblank9', terms(['blank'])).score).toBe(3);
  });

  it('counts the cheapest cover when found terms overlap', () => {
    // "abcdefgh": abcd + e f g h = 5, or a b + cdefgh = 3; the lower counts
    const result = scoreBannedTerms('abcdefgh', terms(['abcd', 'cdefgh']));
    expect(result.score).toBe(3);
    expect(result.matches).toEqual([{ term: 'cdefgh', source: 'custom' }]);
  });

  it('matches names only as exact substrings', () => {
    // "kontoso" is one edit from contoso, but names are not matched fuzzily: 7 points
    expect(scoreBannedTerms('Kontoso', terms([], ['Contoso'])).score).toBe(7);
    // alice (1) + smith (1) + 7→t (1) = 3
    expect(scoreBannedTerms('AliceSmith7', terms([], [], ['Alice', 'Smith'])).score).toBe(3);
  });

  it('ignores terms shorter than 4 characters', () => {
    expect(scoreBannedTerms('bobbob', terms(['bob'], [], ['Bob'])).score).toBe(6);
  });

  it('matches a term with its last character substituted', () => {
    expect(scoreBannedTerms('fabrikan', terms(['fabrikam'])).score).toBe(1);
  });

  it('bans terms of exactly 4 characters, and trims custom terms', () => {
    expect(scoreBannedTerms('lion', terms(['lion'])).score).toBe(1);
    expect(scoreBannedTerms('blank', terms([' blank\n'])).score).toBe(1);
    expect(scoreBannedTerms('annaanna', terms([], [], ['Anna'])).score).toBe(2);
  });

  it('keeps the earlier term when two covers score the same', () => {
    // "abcde": abcd + e = 2, or a + bcde = 2
    expect(scoreBannedTerms('abcde', terms(['abcd', 'bcde']))).toEqual({
      score: 2,
      matches: [{ term: 'abcd', source: 'custom' }],
    });
  });

  it('finds a term through a deletion key another term filed first', () => {
    // "abcx" reaches abcd only through the key "abc", which zabc (two edits away) filed first.
    expect(scoreBannedTerms('abcx', terms(['zabc', 'abcd']))).toEqual({
      score: 1,
      matches: [{ term: 'abcd', source: 'custom' }],
    });
  });

  it('reports only the terms of the cheapest cover, not a term it overlaps', () => {
    // a, b, c, d + efghijklm = 5 beats abcde + f..m = 9; abcde ends inside efghijklm.
    expect(scoreBannedTerms('abcdefghijklm', terms([], ['abcde', 'efghijklm']))).toEqual({
      score: 5,
      matches: [{ term: 'efghijklm', source: 'organization' }],
    });
  });

  it('finds the bundled common passwords', () => {
    const common: BannedTermSet = {
      fuzzy: [{ index: commonPasswordIndex(), source: 'common' }],
      exact: [],
    };
    expect(scoreBannedTerms('P@ssw0rd', common)).toEqual({
      score: 1,
      matches: [{ term: 'password', source: 'common' }],
    });
  });

  it('names, of terms that match the same stretch, the one the symmetric-delete index listed first', () => {
    // Not by list order: an exact match first, then the term whose edit comes earlier.
    expect(scoreBannedTerms('abcd', terms(['xbcd', 'abcd'])).matches).toEqual([
      { term: 'abcd', source: 'custom' },
    ]);
    expect(scoreBannedTerms('abcd', terms(['abcx', 'xbcd'])).matches).toEqual([
      { term: 'xbcd', source: 'custom' },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    // four emoji and "blank": 4 + 1 = 5
    expect(scoreBannedTerms('😀😀blank😀😀', terms(['blank'])).score).toBe(5);
  });
});

describe('isWithinOneEdit', () => {
  it('tells one edit from two', () => {
    const chars = (text: string) => [...text];
    expect(isWithinOneEdit(chars('blank'), chars('blank'))).toBe(true);
    expect(isWithinOneEdit(chars('blank'), chars('blunk'))).toBe(true);
    expect(isWithinOneEdit(chars('blank'), chars('blan'))).toBe(true);
    expect(isWithinOneEdit(chars('blank'), chars('bblank'))).toBe(true);
    expect(isWithinOneEdit(chars('blank'), chars('lbank'))).toBe(false);
    expect(isWithinOneEdit(chars('blank'), chars('bla'))).toBe(false);
    expect(isWithinOneEdit(chars('blank'), chars('bunk'))).toBe(false);
    expect(isWithinOneEdit(chars('bunk'), chars('blank'))).toBe(false);
  });
});

describe('createFuzzyTermIndexFromLines', () => {
  it('builds the bundled list into the index createFuzzyTermIndex builds from its lines', () => {
    const index = createFuzzyTermIndexFromLines(COMMON_PASSWORDS);
    // Compared field by field: toEqual's diff of two differing 27,000-entry arrays takes minutes.
    const general = createFuzzyTermIndex(COMMON_PASSWORDS.split('\n'));
    expect(index.terms).toEqual(general.terms);
    for (const field of [
      'firstChild',
      'nextSibling',
      'label',
      'parent',
      'term',
      'children',
    ] as const)
      expect(Buffer.compare(bytes(index[field]), bytes(general[field])), field).toBe(0);
    // Normalized (123456 is l2eas6), deduplicated (p@ssw0rd is password), in the list's order.
    expect(index.terms.slice(0, 3)).toEqual(['l2eas6', 'password', 'l2eas6t8']);
    expect(index.terms.filter((term) => term === 'password')).toHaveLength(1);
    expect(index.longest).toBe(16);
  });

  it('takes the general path for lines that need trimming, lower case or NFKC', () => {
    for (const text of [
      'blank\nFabrikam\nc0nt0so',
      'blank\n fabrikam\t\nabc',
      'blank\r\nfabrikam',
      'ab\n\uFB03x\nblank', // "ﬃx" is 2 characters, "ffix" after NFKC: a term
      'ÅSTRÖM\nblank',
      '😀😀😀😀\nblank',
      '',
      'p@ssw0rd\npassword\nabc\n\nabcd\nab|e+',
    ]) {
      expect(createFuzzyTermIndexFromLines(text), text).toEqual(
        createFuzzyTermIndex(text.split('\n')),
      );
    }
    expect(createFuzzyTermIndexFromLines('ab\n\uFB03x').terms).toEqual(['ffix']);
  });
});

describe('scoreBannedTerms against a brute-force reference', () => {
  /** Levenshtein distance <= 1 by the textbook table, independent of the code under test. */
  function distanceAtMostOne(a: string[], b: string[]): boolean {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
        row.push(Math.min(substitution, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1));
      }
      previous = row;
    }
    return (previous[b.length] ?? 0) <= 1;
  }

  /** The score as the README states the rules: every window of 4+ characters within one edit. */
  function referenceScore(password: string, list: string[]): number {
    const chars = [...password];
    const terms = list.map((term) => [...term]);
    const best = [0];
    for (let end = 1; end <= chars.length; end++) {
      let score = (best[end - 1] ?? 0) + 1;
      for (let start = 0; start <= end - 4; start++) {
        const window = chars.slice(start, end);
        const matches = terms.some((term) => {
          if (!distanceAtMostOne(window, term)) return false;
          if (window.length !== term.length + 1) return true;
          // one longer: only when no tighter window inside matches
          return !(
            distanceAtMostOne(window.slice(0, -1), term) || distanceAtMostOne(window.slice(1), term)
          );
        });
        if (matches) score = Math.min(score, (best[start] ?? 0) + 1);
      }
      best.push(score);
    }
    return best[chars.length] ?? 0;
  }

  it('scores random passwords over a small alphabet as the reference does', () => {
    // Few letters and terms that share prefixes, so windows meet terms by every kind of edit.
    const list = ['abab', 'aabb', 'abba', 'baab', 'bbbb', 'aaaab', 'ababa', 'bcbcb', 'abcab'];
    const index = createFuzzyTermIndex(list);
    let seed = 18;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 400; i++) {
      const length = 1 + Math.floor(random() * 16);
      const password = Array.from({ length }, () => 'abc'[Math.floor(random() * 3)]).join('');
      const set: BannedTermSet = { fuzzy: [{ index, source: 'custom' }], exact: [] };
      expect(scoreBannedTerms(password, set).score, password).toBe(referenceScore(password, list));
    }
  });
});

function bytes(array: Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

describe('encodeFuzzyTermIndex and decodeFuzzyTermIndex', () => {
  const built = createFuzzyTermIndexFromLines(COMMON_PASSWORDS);
  const decoded = commonPasswordIndex();
  const setOf = (index: FuzzyTermIndex): BannedTermSet => ({
    fuzzy: [{ index, source: 'common' }],
    exact: [],
  });

  it('decodes the bundled trie into the index built from the list, numbered in preorder', () => {
    expect(decoded.terms).toEqual(built.terms);
    expect(decoded.longest).toBe(built.longest);
    expect(decoded.label.length).toBe(built.label.length);
    expect(encodeFuzzyTermIndex(decoded)).toEqual(encodeFuzzyTermIndex(built));
  });

  it('scores every password alike with the decoded and the built index', () => {
    const common = fc.constantFrom(...built.terms.slice(0, 2000));
    const piece = fc.oneof(
      common,
      fc.string({ maxLength: 6 }),
      fc.constantFrom('1', '!', '@', '0'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const password = pieces.join('');
        expect(scoreBannedTerms(password, setOf(decoded))).toEqual(
          scoreBannedTerms(password, setOf(built)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips small indexes, with shared prefixes and terms inside terms', () => {
    for (const list of [['blank'], ['contoso', 'contosoltd', 'cont', 'fabrikam', 'fab', 'blank']]) {
      const index = createFuzzyTermIndex(list);
      const again = decodeFuzzyTermIndex(encodeFuzzyTermIndex(index));
      expect(again.terms).toEqual(index.terms);
      expect(encodeFuzzyTermIndex(again)).toEqual(encodeFuzzyTermIndex(index));
    }
    expect(decodeFuzzyTermIndex(encodeFuzzyTermIndex(createFuzzyTermIndex([]))).terms).toEqual([]);
  });

  it('refuses a malformed encoding with a RangeError', () => {
    const good = encodeFuzzyTermIndex(createFuzzyTermIndex(['blank', 'bland']));
    for (const bad of [
      { ...good, labels: good.labels.slice(1) }, // fewer labels than shapes
      { ...good, shape: `4${good.shape.slice(1)}` }, // the first node at depth 2: no parent
      { ...good, ranks: good.ranks.slice(3) }, // fewer ranks than term nodes
      { ...good, ranks: good.ranks.slice(0, 3).repeat(2) }, // one rank given twice
    ]) {
      expect(() => decodeFuzzyTermIndex(bad)).toThrow(RangeError);
    }
    expect(() => encodeFuzzyTermIndex(createFuzzyTermIndex(['😀😀😀😀']))).toThrow(RangeError);
  });
});
