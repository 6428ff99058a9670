import type { Locale } from '@openreset/core/locales';
import { catalogLoader, formatIn, type MessageParams } from '../i18n/localize.js';
import { type AdminCatalog, type AdminMessageKey, en } from './locales/en.js';

/** The English admin catalog, available at once. */
export const ADMIN_ENGLISH: AdminCatalog = en;

/**
 * Loads the admin catalog of `locale` (English at once; the others once, then cached), through
 * the same loader as the widgets' catalogs: each locale is a chunk of its own.
 */
export const loadAdminCatalog: (locale: Locale) => Promise<AdminCatalog> = catalogLoader(en, {
  nl: () => import('./locales/nl.js').then((module) => module.nl),
  de: () => import('./locales/de.js').then((module) => module.de),
  fr: () => import('./locales/fr.js').then((module) => module.fr),
  es: () => import('./locales/es.js').then((module) => module.es),
  ar: () => import('./locales/ar.js').then((module) => module.ar),
  he: () => import('./locales/he.js').then((module) => module.he),
  ja: () => import('./locales/ja.js').then((module) => module.ja),
  'zh-Hans': () => import('./locales/zh-Hans.js').then((module) => module.zhHans),
  'zh-Hant': () => import('./locales/zh-Hant.js').then((module) => module.zhHant),
  pl: () => import('./locales/pl.js').then((module) => module.pl),
  ko: () => import('./locales/ko.js').then((module) => module.ko),
  it: () => import('./locales/it.js').then((module) => module.it),
  'pt-BR': () => import('./locales/pt-BR.js').then((module) => module.ptBR),
  'pt-PT': () => import('./locales/pt-PT.js').then((module) => module.ptPT),
  sv: () => import('./locales/sv.js').then((module) => module.sv),
  da: () => import('./locales/da.js').then((module) => module.da),
  nb: () => import('./locales/nb.js').then((module) => module.nb),
  fi: () => import('./locales/fi.js').then((module) => module.fi),
  ru: () => import('./locales/ru.js').then((module) => module.ru),
  uk: () => import('./locales/uk.js').then((module) => module.uk),
  tr: () => import('./locales/tr.js').then((module) => module.tr),
  cs: () => import('./locales/cs.js').then((module) => module.cs),
  el: () => import('./locales/el.js').then((module) => module.el),
  ro: () => import('./locales/ro.js').then((module) => module.ro),
  hu: () => import('./locales/hu.js').then((module) => module.hu),
  sk: () => import('./locales/sk.js').then((module) => module.sk),
  bg: () => import('./locales/bg.js').then((module) => module.bg),
  hr: () => import('./locales/hr.js').then((module) => module.hr),
  id: () => import('./locales/id.js').then((module) => module.id),
});

/**
 * A message of an admin catalog (English's when the catalog lacks it), formatted with the
 * plural rules of the catalog's locale.
 */
export function translateAdmin(
  catalog: AdminCatalog,
  key: AdminMessageKey,
  params?: MessageParams,
): string {
  return formatIn(catalog, catalog[key] ?? en[key], params);
}

/** Whether `key` is a key of the admin catalogs (for keys built from data: a field's path). */
export function isAdminKey(key: string): key is AdminMessageKey {
  return Object.hasOwn(en, key);
}
