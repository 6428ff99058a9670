import { LOCALES, type Locale, matchLocale } from '@openreset/core/locales';
import { type Catalog, en, type MessageKey } from './locales/en.js';
import { enFirst } from './locales/en-first.js';

export { localeDirection, matchLocale } from '@openreset/core/locales';

/** The locales the widgets ship catalogs for, English first (the fallback). */
export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;

/** Parameters of a message: `{name}` in the text is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Translates a key (an element's `t`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The locale of each loaded catalog (the widgets' and the admin elements'), for its plurals. */
const catalogLocales = new WeakMap<object, Locale>();
/** The host's own strings, per locale ({@link registerStrings}). */
const hostStrings = new Map<Locale, Partial<Catalog>>();

/**
 * The loader of one family of catalogs (the widgets', the admin elements'): English at once,
 * each other locale's catalog once, then cached; a catalog that cannot be loaded (or a locale
 * without one) gives English. Each loader is a literal `import()`, so that the bundler makes
 * each locale a chunk of its own.
 */
export function catalogLoader<C extends object>(
  english: C,
  loaders: Readonly<Partial<Record<Locale, () => Promise<C>>>>,
): (locale: Locale) => Promise<C> {
  catalogLocales.set(english, 'en');
  const loaded = new Map<Locale, Promise<C>>([['en', Promise.resolve(english)]]);
  return (locale) => {
    let catalog = loaded.get(locale);
    if (catalog === undefined) {
      const loader = Object.hasOwn(loaders, locale) ? loaders[locale] : undefined;
      catalog = loader === undefined ? Promise.resolve(english) : loader().catch(() => english);
      void catalog.then((own) => {
        if (own !== english) catalogLocales.set(own, locale);
      });
      loaded.set(locale, catalog);
    }
    return catalog;
  };
}

/** The `{name}` placeholders of a text. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((match) => match[1] as string);
}

/**
 * Replaces the widgets' shipped wording with the host's own, for one locale, without
 * forking: `registerStrings('en', { 'link.text': 'Locked out?' })`. Every element that
 * renders afterwards uses them (register them before the elements render, e.g. next to the
 * import that defines them); a later call for the same locale adds to or replaces earlier
 * ones. Keys left out keep the shipped text. Texts are plain text (Lit escapes them) with
 * only the `{name}` placeholders of the shipped English text of their key.
 *
 * @throws {TypeError} naming the locale or key: a locale the widgets do not speak, a key
 *   that is not in the catalog, a text that is not a non-empty string, or a placeholder the
 *   shipped text does not have.
 *
 * @example
 * ```ts
 * import { registerStrings } from '@openreset/widgets';
 * registerStrings('nl', { 'link.text': 'Wachtwoord vergeten of account geblokkeerd?' });
 * ```
 */
export function registerStrings(
  locale: Locale,
  strings: Readonly<Partial<Record<MessageKey, string>>>,
): void {
  if (!SUPPORTED_LOCALES.includes(locale)) {
    throw new TypeError(
      `registerStrings: the widgets have no catalog for locale ${String(locale)}`,
    );
  }
  if (strings === null || typeof strings !== 'object') {
    throw new TypeError('registerStrings: strings must be an object of catalog keys');
  }
  const checked: Partial<Record<MessageKey, string>> = {};
  for (const [key, text] of Object.entries(strings)) {
    if (!Object.hasOwn(en, key)) throw new TypeError(`registerStrings: unknown key ${key}`);
    if (typeof text !== 'string' || text.trim() === '') {
      throw new TypeError(`registerStrings: ${key} must be a non-empty string`);
    }
    const allowed = placeholders(en[key as MessageKey]);
    const unknown = placeholders(text).find((name) => !allowed.includes(name));
    if (unknown !== undefined) {
      throw new TypeError(`registerStrings: {${unknown}} is not a variable of ${key}`);
    }
    checked[key as MessageKey] = text;
  }
  hostStrings.set(locale, { ...hostStrings.get(locale), ...checked });
}

/**
 * The English catalog as far as the elements on the page have added it: the strings every
 * element shows first ({@link enFirst}) at once, and each part an element adds when it loads
 * ({@link addEnglish}): `<openreset-reset>` adds its later steps' strings with their chunk, the
 * other elements add the whole catalog. An element reads only the keys of the parts it added.
 */
export const ENGLISH: Catalog = { ...enFirst } as Catalog;

/** Adds a part of the English catalog to {@link ENGLISH} (each element, for what it shows). */
export function addEnglish(part: Partial<Catalog>): void {
  Object.assign(ENGLISH, part);
}

/**
 * The locale an element speaks: its `locale` attribute, else the nearest `lang` (the page's),
 * else the browser's languages, else English. Each is matched by `matchLocale` (`ar-EG` gives
 * `ar`, `zh-TW` gives `zh-Hant`).
 */
export function resolveLocale(element: HTMLElement, attribute: string | undefined): Locale {
  const fromAttribute = matchLocale(attribute);
  if (fromAttribute !== undefined) return fromAttribute;
  const lang = element.closest('[lang]')?.getAttribute('lang');
  const fromLang = matchLocale(lang);
  if (fromLang !== undefined) return fromLang;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchLocale(tag);
    if (match !== undefined) return match;
  }
  return 'en';
}

/** Loads the widgets' catalog of `locale` (English at once; the others once, then cached). */
export const loadCatalog: (locale: Locale) => Promise<Catalog> = catalogLoader(ENGLISH, {
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

/** A branch of a plural: its category (`one`, `few`, ...) or exact value (`=0`) and text. */
const PLURAL_BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;
/** `{name, plural, one {...} other {...}}`: branches hold text and `{name}` parameters only. */
const PLURAL =
  /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;

/**
 * Replaces every `{name}` in `template` by its parameter (unknown names stay as written), and
 * every `{name, plural, one {# day} other {# days}}` (the ICU MessageFormat subset: the CLDR
 * categories `zero`, `one`, `two`, `few`, `many`, `other` and exact `=n`) by the branch that
 * `plurals` (the locale's `Intl.PluralRules`) selects for the number, `#` standing for it.
 */
export function formatMessage(
  template: string,
  params: MessageParams = {},
  plurals: Intl.PluralRules = englishPlurals(),
): string {
  const counted = template.replace(PLURAL, (whole, name: string, branches: string) => {
    const count = Number(params[name]);
    if (!Object.hasOwn(params, name) || !Number.isFinite(count)) return whole;
    const texts = new Map([...branches.matchAll(PLURAL_BRANCH)].map((m) => [m[1], m[2] ?? '']));
    const text = texts.get(`=${count}`) ?? texts.get(plurals.select(count)) ?? texts.get('other');
    return (text ?? whole).replaceAll('#', String(count));
  });
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Plural rules by locale, made on first use. */
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralRulesOf(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** English plural rules. */
function englishPlurals(): Intl.PluralRules {
  return pluralRulesOf('en');
}

/**
 * A message from `catalog` (or the host's string for it, {@link registerStrings}), formatted
 * with the plural rules of the catalog's locale; English where the catalog lacks the key, and
 * the key itself where the English part that holds it is not loaded (never a crash).
 */
export function translate(catalog: Catalog, key: MessageKey, params?: MessageParams): string {
  const locale = catalogLocales.get(catalog);
  const own = locale === undefined ? undefined : hostStrings.get(locale)?.[key];
  return formatIn(catalog, own ?? catalog[key] ?? ENGLISH[key] ?? key, params);
}

/**
 * `text` formatted with `params` and the plural rules of the locale `catalog` was loaded for
 * (by a {@link catalogLoader}; English for any other object).
 */
export function formatIn(catalog: object, text: string, params?: MessageParams): string {
  return formatMessage(text, params, pluralRulesOf(catalogLocales.get(catalog) ?? 'en'));
}

/** The catalog key of an error code, or of `error.unknown` when there is none. */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return Object.hasOwn(ENGLISH, key) ? (key as MessageKey) : 'error.unknown';
}

/** The catalog key of a password issue code, if it has one. */
export function issueKey(code: string): MessageKey | undefined {
  const key = `issue.${code}`;
  return Object.hasOwn(ENGLISH, key) ? (key as MessageKey) : undefined;
}

/** Options of {@link formatDelay}. */
export interface FormatDelayOptions {
  /**
   * The smallest unit the delay is counted in; a shorter delay is rounded up to one of it
   * ("in 1 minute", never "in 40 seconds").
   * @default "second"
   */
  smallestUnit?: 'second' | 'minute';
}

/**
 * "in 3 hours", "over 3 uur", ...: a delay in `locale`, rounded up to a whole unit (seconds
 * under 90 s, minutes under 90 min, hours above), so the user never retries too early.
 */
export function formatDelay(
  locale: Locale,
  seconds: number,
  options: FormatDelayOptions = {},
): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 90 && options.smallestUnit !== 'minute') {
    return format.format(Math.max(1, Math.ceil(seconds)), 'second');
  }
  if (seconds < 90 * 60) return format.format(Math.max(1, Math.ceil(seconds / 60)), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}

/** A date in `locale` ("20 Nov 2026"), or the text as given when it is not a date. */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** `m:ss` for a countdown. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
