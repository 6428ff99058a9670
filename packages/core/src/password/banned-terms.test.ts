import { describe, expect, it } from 'vitest';
import {
  type BannedTermSet,
  commonPasswordIndex,
  createFuzzyTermIndex,
  isWithinOneEdit,
  scoreBannedTerms,
} from './banned-terms.js';

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
