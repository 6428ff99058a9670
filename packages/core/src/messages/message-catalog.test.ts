import { describe, expect, it } from 'vitest';
import { Locale } from '../policy/policy-schema.js';
import { messageCatalogs } from './message-catalog.js';

const KNOWN_PLACEHOLDERS = new Set([
  'org',
  'code',
  'minutes',
  'helpdesk',
  'user',
  'time',
  'method',
  'hint',
  'hours',
  'actor',
]);

// The keys the renderers look up; English defines them, so the parity test below then
// requires them of every locale.
const RENDERED_KEYS = [
  'passwordChangedSubject',
  'passwordChangedHeading',
  'passwordChangedBody',
  'methodAddedSubject',
  'methodAddedHeading',
  'methodAddedBody',
  'methodRemovedSubject',
  'methodRemovedHeading',
  'methodRemovedBody',
  'methodMobile',
  'methodOffice',
  'methodEmail',
  'methodSecurityQuestions',
  'methodWithHint',
  'emailChangedSubject',
  'emailChangedHeading',
  'emailChangedBody',
  'emailChangedNewAddress',
  'emailChangedWhy',
  'selfServiceBlockedSubject',
  'selfServiceBlockedHeading',
  'selfServiceBlockedBody',
  'selfServiceBlockedNext',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe('messageCatalogs', () => {
  const english = messageCatalogs.en;
  const requiredKeys = Object.keys(english).sort();

  it('has a catalog for every supported locale and no other', () => {
    expect(Object.keys(messageCatalogs).sort()).toEqual(Object.values(Locale).sort());
  });

  it('defines the keys of every notice in English', () => {
    for (const key of RENDERED_KEYS) expect(requiredKeys).toContain(key);
  });

  it('uses only the documented placeholders in English', () => {
    for (const text of Object.values(english)) {
      for (const name of placeholders(text)) expect(KNOWN_PLACEHOLDERS).toContain(name);
    }
  });

  it('uses {hours} only in the self-service block body, the one text given a duration', () => {
    for (const [key, text] of Object.entries(english)) {
      if (placeholders(text).includes('hours')) expect(key).toBe('selfServiceBlockedBody');
    }
    expect(placeholders(english.selfServiceBlockedBody).sort()).toEqual(['hours', 'org', 'time']);
  });

  for (const locale of Object.values(Locale)) {
    it(`gives ${locale} every English key with the same placeholders`, () => {
      const catalog = messageCatalogs[locale];
      expect(Object.keys(catalog).sort()).toEqual(requiredKeys);
      for (const key of requiredKeys) {
        const text = (catalog as Record<string, string>)[key] ?? '';
        const source = (english as Record<string, string>)[key] ?? '';
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text).sort(), `${locale}.${key}`).toEqual(placeholders(source).sort());
        // Words only: the renderers add markup, and a subject must stay on one line.
        expect(text, `${locale}.${key}`).not.toMatch(/[<>\r\n]/);
      }
    });
  }

  it('writes each locale in its own words, not copied English', () => {
    for (const locale of Object.values(Locale)) {
      if (locale === 'en') continue;
      expect(messageCatalogs[locale].emailCodeSubject).not.toBe(english.emailCodeSubject);
      expect(messageCatalogs[locale].notYouAdmin).not.toBe(english.notYouAdmin);
      for (const key of [
        'passwordChangedBody',
        'methodAddedBody',
        'emailChangedWhy',
        'selfServiceBlockedBody',
        'selfServiceBlockedNext',
      ] as const) {
        expect(messageCatalogs[locale][key], `${locale}.${key}`).not.toBe(english[key]);
      }
    }
  });
});
