import {
  AccountErrorCode,
  HttpErrorCode,
  PasswordIssueCode,
  RecoveryErrorCode,
} from '@openreset/core';
import { describe, expect, it } from 'vitest';
import { ClientErrorCode } from '../client/client-error.js';
import { PasskeyErrorCode } from '../passkeys/passkey-ceremony.js';
import { type Catalog, en } from './locales/en.js';
import { enAccount } from './locales/en-account.js';
import { enFirst } from './locales/en-first.js';
import { enResetSteps } from './locales/en-reset-steps.js';
import { loadCatalog, SUPPORTED_LOCALES } from './localize.js';

// The parity test: every catalog (each loaded the way an element loads it) has exactly the
// English keys, the same `{parameters}`, every plural category its language needs, and no
// empty text; English has words for every code the widgets can be shown.

const others = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');
const catalogs = await Promise.all(
  others.map(async (locale) => [locale, await loadCatalog(locale)] as const),
);
const englishKeys = Object.keys(en).sort();
/** The names of `{name}` and `{name, plural, ...}`, each once. */
const parametersOf = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
/** The categories of each `{name, plural, ...}` in a text. */
const pluralsOf = (text: string) =>
  [...text.matchAll(/\{\w+,\s*plural,/g)].map((match) => {
    let depth = 0;
    let end = match.index;
    do {
      if (text[end] === '{') depth++;
      if (text[end] === '}') depth--;
      end++;
    } while (depth > 0 && end < text.length);
    const body = text.slice(match.index + match[0].length, end - 1);
    return [...body.matchAll(/(zero|one|two|few|many|other)\s*\{/g)].map((m) => m[1]);
  });

it('splits English into parts that together hold every key once', () => {
  const parts = [enFirst, enResetSteps, enAccount].map((part) => Object.keys(part));
  expect(parts.flat().sort()).toEqual(englishKeys);
});

it('ships 30 locales, each catalog its own (not English)', () => {
  expect(SUPPORTED_LOCALES).toHaveLength(30);
  for (const [locale, catalog] of catalogs) expect(catalog, locale).not.toBe(en);
});

describe.each(catalogs)('the %s catalog', (locale, catalog) => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('uses the same parameters as English in every message', () => {
    for (const key of englishKeys) {
      const k = key as keyof Catalog;
      expect(parametersOf(catalog[k]), key).toEqual(parametersOf(en[k]));
    }
  });

  it('gives every plural the categories of its language, and "other"', () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of englishKeys) {
      for (const categories of pluralsOf(catalog[key as keyof Catalog])) {
        expect(categories, key).toContain('other');
        for (const category of needed)
          expect(categories, `${key}: ${category}`).toContain(category);
      }
    }
  });

  it('has no empty message and none left in English', () => {
    // Words that are the same in some languages.
    const identical = [
      'action.next',
      'error.not_found',
      'register.questions.question',
      'register.named',
    ];
    for (const key of englishKeys) {
      const k = key as keyof Catalog;
      expect(catalog[k].trim(), key).not.toBe('');
      if (catalog[k] === en[k] && !identical.includes(key) && en[k].length > 12) {
        throw new Error(`${key} is not translated`);
      }
    }
  });
});

describe('the English catalog', () => {
  it('has words for every error code the API, the client and a passkey ceremony can answer', () => {
    const codes = new Set([
      ...Object.values(PasskeyErrorCode),
      ...Object.values(RecoveryErrorCode),
      ...Object.values(AccountErrorCode),
      ...Object.values(HttpErrorCode),
      ...Object.values(ClientErrorCode),
    ]);
    for (const code of codes) expect(Object.keys(en), code).toContain(`error.${code}`);
  });

  it('has words for every password issue code', () => {
    for (const code of Object.values(PasswordIssueCode)) {
      expect(Object.keys(en), code).toContain(`issue.${code}`);
    }
  });

  it('gives every plural the English categories', () => {
    for (const [key, text] of Object.entries(en)) {
      for (const categories of pluralsOf(text))
        expect(categories.sort(), key).toEqual(['one', 'other']);
    }
  });
});
