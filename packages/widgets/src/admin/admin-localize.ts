import type { Locale } from '@openreset/core';
import { formatMessage, type MessageParams } from '../i18n/localize.js';
import { type AdminCatalog, type AdminMessageKey, en } from './locales/en.js';

// English ships in the admin bundles; the other admin catalogs are chunks, loaded on first use.
// The admin console is written in the first five locales only: an admin whose locale is
// another reads it in English (the user-facing elements speak all of them).
const loaders: Partial<Record<Exclude<Locale, 'en'>, () => Promise<AdminCatalog>>> = {
  nl: () => import('./locales/nl.js').then((module) => module.nl),
  de: () => import('./locales/de.js').then((module) => module.de),
  fr: () => import('./locales/fr.js').then((module) => module.fr),
  es: () => import('./locales/es.js').then((module) => module.es),
};
const loaded = new Map<Locale, Promise<AdminCatalog>>([['en', Promise.resolve(en)]]);

/** The English admin catalog, available at once. */
export const ADMIN_ENGLISH: AdminCatalog = en;

/** Loads the admin catalog of `locale` (English at once; the others once, then cached). */
export function loadAdminCatalog(locale: Locale): Promise<AdminCatalog> {
  let catalog = loaded.get(locale);
  if (catalog === undefined) {
    const loader = loaders[locale as Exclude<Locale, 'en'>];
    catalog = loader === undefined ? Promise.resolve(en) : loader().catch(() => en);
    loaded.set(locale, catalog);
  }
  return catalog;
}

/** A message of an admin catalog, formatted (English when the catalog lacks it). */
export function translateAdmin(
  catalog: AdminCatalog,
  key: AdminMessageKey,
  params?: MessageParams,
): string {
  return formatMessage(catalog[key] ?? en[key], params);
}

/** Whether `key` is a key of the admin catalogs (for keys built from data: a field's path). */
export function isAdminKey(key: string): key is AdminMessageKey {
  return Object.hasOwn(en, key);
}
