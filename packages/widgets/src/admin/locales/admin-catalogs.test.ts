import { createTestEngine } from '@openreset/core/testing';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../i18n/localize.js';
import { createAdminClient } from '../admin-client.js';
import { loadAdminCatalog } from '../admin-localize.js';
import { sectionsOf } from '../policy-form.js';
import { type AdminCatalog, en } from './en.js';

// The admin catalogs' parity: every locale the widgets speak has an admin catalog of its own
// (each loaded the way the elements load it: a chunk per locale), with exactly the English
// keys, the same `{parameters}`, no empty text and nothing left in English; English names
// every section and field the policy schema generates.

const others = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');
const catalogs: Record<string, AdminCatalog> = Object.fromEntries(
  await Promise.all(others.map(async (locale) => [locale, await loadAdminCatalog(locale)])),
);
const englishKeys = Object.keys(en).sort();
const parametersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Words that are the same in some languages (short ones are not checked at all). */
const IDENTICAL = [
  'section.helpdesk',
  'section.notifications',
  'role.admin',
  'methodName.passkey',
  'activity.page',
  'policy.revision',
];

it('ships an admin catalog of its own for each of the 30 locales', () => {
  expect(Object.keys(catalogs)).toHaveLength(29);
  for (const [locale, catalog] of Object.entries(catalogs)) {
    expect(catalog, locale).not.toBe(en);
  }
  expect(new Set(Object.values(catalogs)).size).toBe(29);
});

describe.each(Object.entries(catalogs))('the %s admin catalog', (_locale, catalog) => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('uses the same parameters as English in every message', () => {
    for (const key of englishKeys) {
      const k = key as keyof AdminCatalog;
      expect(parametersOf(catalog[k]), key).toEqual(parametersOf(en[k]));
    }
  });

  it('has no empty message and none left in English', () => {
    for (const key of englishKeys) {
      const k = key as keyof AdminCatalog;
      expect(catalog[k].trim(), key).not.toBe('');
      if (catalog[k] === en[k] && !IDENTICAL.includes(key) && en[k].length > 12) {
        throw new Error(`${key} is not translated`);
      }
    }
  });
});

describe('the English admin catalog', () => {
  it('names every section and field the policy schema generates', async () => {
    const { engine } = createTestEngine({ users: [] });
    const schema = await createAdminClient({ handler: engine.handler }).policySchema();
    for (const section of sectionsOf(schema)) {
      expect(Object.keys(en), section.id).toContain(`section.${section.id}`);
      for (const field of section.fields) {
        expect(Object.keys(en), field.path).toContain(`field.${field.path}`);
      }
    }
  });
});
