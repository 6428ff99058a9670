import {
  AccountErrorCode,
  HttpErrorCode,
  PasswordIssueCode,
  RecoveryErrorCode,
} from '@openreset/core';
import { describe, expect, it } from 'vitest';
import { ClientErrorCode } from '../client/client-error.js';
import { PasskeyErrorCode } from '../passkeys/passkey-ceremony.js';
import { de } from './locales/de.js';
import { type Catalog, en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { nl } from './locales/nl.js';

// The parity test: every catalog has exactly the English keys, the same `{parameters}`, and
// no empty text; English has words for every code the widgets can be shown.

const catalogs: Record<string, Catalog> = { nl, de, fr, es };
const englishKeys = Object.keys(en).sort();
const parametersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(catalogs))('the %s catalog', (_locale, catalog) => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('uses the same parameters as English in every message', () => {
    for (const key of englishKeys) {
      const k = key as keyof Catalog;
      expect(parametersOf(catalog[k]), key).toEqual(parametersOf(en[k]));
    }
  });

  it('has no empty message and none left in English', () => {
    // Words that are the same in some languages.
    const identical = ['action.next', 'error.not_found', 'register.questions.question'];
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
});
