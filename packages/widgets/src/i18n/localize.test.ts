import { describe, expect, it } from 'vitest';
import { enResetSteps } from './locales/en-reset-steps.js';
import {
  addEnglish,
  ENGLISH,
  formatDelay,
  formatMessage,
  loadCatalog,
  registerStrings,
  translate,
} from './localize.js';

describe('formatDelay', () => {
  it('rounds up to whole seconds, minutes or hours, so nobody retries too early', () => {
    expect(formatDelay('en', 0.2)).toBe('in 1 second');
    expect(formatDelay('en', 89)).toBe('in 89 seconds');
    expect(formatDelay('en', 90)).toBe('in 2 minutes');
    expect(formatDelay('en', 89 * 60 + 1)).toBe('in 90 minutes');
    expect(formatDelay('en', 24 * 3600 - 5)).toBe('in 24 hours');
  });

  it('counts in minutes at the least when asked, as rate limits are told', () => {
    expect(formatDelay('en', 1, { smallestUnit: 'minute' })).toBe('in 1 minute');
    expect(formatDelay('en', 61, { smallestUnit: 'minute' })).toBe('in 2 minutes');
    expect(formatDelay('en', 600, { smallestUnit: 'minute' })).toBe('in 10 minutes');
    expect(formatDelay('nl', 600, { smallestUnit: 'minute' })).toBe('over 10 minuten');
  });
});

describe('formatMessage', () => {
  const days = '{count, plural, =0 {no days} one {# day} other {# days}} left, {name}';

  it("picks the plural branch that the locale's rules select, # standing for the number", () => {
    expect(formatMessage(days, { count: 1, name: 'Ann' })).toBe('1 day left, Ann');
    expect(formatMessage(days, { count: 2, name: 'Ann' })).toBe('2 days left, Ann');
    expect(formatMessage(days, { count: 0, name: 'Ann' })).toBe('no days left, Ann');
  });

  it('follows each language: Arabic has six categories, Polish three, Japanese one', () => {
    const arabic = '{n, plural, zero {z} one {o} two {t} few {f#} many {m#} other {x#}}';
    const rules = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => formatMessage(arabic, { n }, rules))).toEqual([
      'z',
      'o',
      't',
      'f3',
      'm11',
      'x100',
    ]);
    const polish = '{n, plural, one {# próba} few {# próby} many {# prób} other {# próby}}';
    const pl = new Intl.PluralRules('pl');
    expect([1, 2, 5, 22, 25].map((n) => formatMessage(polish, { n }, pl))).toEqual([
      '1 próba',
      '2 próby',
      '5 prób',
      '22 próby',
      '25 prób',
    ]);
    expect(
      formatMessage('{n, plural, other {残り#回}}', { n: 1 }, new Intl.PluralRules('ja')),
    ).toBe('残り1回');
  });

  it('leaves a plural as written when its number is missing or not a number', () => {
    expect(formatMessage(days, { name: 'Ann' })).toBe(`${days.split(' left')[0]} left, Ann`);
    expect(formatMessage(days, { count: 'many', name: 'Ann' })).toContain('{count, plural,');
  });

  it("formats a catalog's messages with the plural rules of that catalog's locale", async () => {
    const polish = await loadCatalog('pl');
    expect(translate(polish, 'issue.too_short', { minimum: 5, length: 2 })).toContain('5 znaków');
    expect(translate(polish, 'issue.too_short', { minimum: 2, length: 1 })).toContain('2 znaki');
    // Catalog keys per category stop at one/other (attemptsLeft.one, .other): the other text
    // carries the few and many forms its language needs.
    expect(translate(polish, 'attemptsLeft.other', { count: 2 })).toMatch(/^Zostały 2 próby,/);
    expect(translate(polish, 'attemptsLeft.other', { count: 5 })).toMatch(/^Zostało 5 prób,/);
  });
});

describe('registerStrings', () => {
  it("shows the host's strings in their locale only, filling the same parameters", async () => {
    const dutch = await loadCatalog('nl');
    const german = await loadCatalog('de');
    const shippedGerman = translate(german, 'method.progress', { current: 1, total: 2 });
    registerStrings('nl', {
      'link.text': 'Wachtwoord kwijt?',
      'method.progress': 'Stap {current}/{total}',
    });
    expect(translate(dutch, 'link.text')).toBe('Wachtwoord kwijt?');
    expect(translate(dutch, 'method.progress', { current: 1, total: 2 })).toBe('Stap 1/2');
    expect(translate(dutch, 'dialog.label')).toBe(dutch['dialog.label']);
    expect(translate(german, 'method.progress', { current: 1, total: 2 })).toBe(shippedGerman);
    expect(translate(ENGLISH, 'link.text')).toBe(ENGLISH['link.text']);
    registerStrings('en', { 'link.text': 'Locked out?' });
    expect(translate(ENGLISH, 'link.text')).toBe('Locked out?');
    expect(translate(dutch, 'link.text')).toBe('Wachtwoord kwijt?');
  });

  it('refuses an unknown locale, key or placeholder, and empty texts, naming them', () => {
    expect(() => registerStrings('xx' as never, {})).toThrow(/locale xx/);
    expect(() => registerStrings('en', { 'link.txt': 'x' } as never)).toThrow(
      /unknown key link.txt/,
    );
    expect(() => registerStrings('en', { 'method.progress': '{step} of {total}' })).toThrow(
      /\{step\} is not a variable of method.progress/,
    );
    expect(() => registerStrings('en', { 'link.text': ' ' })).toThrow(/non-empty/);
  });
});

describe('the English catalog in parts', () => {
  it('holds the first strings at once, shows a key of a part not added as the key, then its text', () => {
    expect(translate(ENGLISH, 'identify.heading.reset')).toBe('Reset your password');
    expect(translate(ENGLISH, 'code.heading')).toBe('code.heading');
    addEnglish(enResetSteps);
    expect(translate(ENGLISH, 'code.heading')).toBe('Enter the code');
  });
});
