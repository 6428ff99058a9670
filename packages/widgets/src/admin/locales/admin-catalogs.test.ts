import { createTestEngine } from '@openreset/core/testing';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from '../admin-client.js';
import { sectionsOf } from '../policy-form.js';
import { de } from './de.js';
import { type AdminCatalog, en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

// The admin catalogs' parity: every catalog has exactly the English keys, the same
// `{parameters}`, no empty text and nothing left in English; English names every section
// and field the policy schema generates.

const catalogs: Record<string, AdminCatalog> = { nl, de, fr, es };
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
