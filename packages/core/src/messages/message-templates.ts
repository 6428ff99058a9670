import { OpenResetError } from '../errors.js';
import type { Locale } from '../policy/policy-schema.js';
import { type MessageCatalog, type MessageKey, messageCatalogs } from './message-catalog.js';

/**
 * A host's own wording of the messages OpenReset sends (codes by SMS, voice and email, and
 * every notice), per locale and catalog key: `{ en: { smsCode: '...' } }`. A key left out
 * keeps the shipped text. Each text is plain text with the `{name}` placeholders of the
 * shipped English text of that key (the renderers escape the template and what fills it, in
 * the HTML body too, so a template holds no markup and no value can inject any). See
 * {@link checkMessageTemplates} for what is refused.
 */
export type MessageTemplates = Readonly<
  Partial<Record<Locale, Readonly<Partial<Record<MessageKey, string>>>>>
>;

/** Why {@link checkMessageTemplates} refused a template. */
export type MessageTemplateErrorCode =
  /** The locale has no shipped catalog. */
  | 'unknown_locale'
  /** The key names no message (a typo, or a message of another release). */
  | 'unknown_template'
  /** The text is not a non-empty string. */
  | 'invalid_template'
  /** The text names a placeholder the shipped text of that key does not have. */
  | 'unknown_variable'
  /** The text drops the `{code}` placeholder of a code message: the code would not arrive. */
  | 'missing_variable';

/** Thrown at engine creation when `options.messages` names an unknown template or variable. */
export class MessageTemplateError extends OpenResetError<MessageTemplateErrorCode> {
  static override readonly brand: string = 'MessageTemplateError';
  /** The refused entry, as `locale.key` (or `locale`). Never the text itself. */
  readonly path: string;

  constructor(code: MessageTemplateErrorCode, path: string, message: string) {
    super(code, `messages.${path}: ${message}`);
    this.name = 'MessageTemplateError';
    this.path = path;
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders of a text. */
function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string));
}

/**
 * Checks a host's templates against the shipped catalogs: every locale must have a catalog,
 * every key must be a message key, every text a non-empty string that names only the
 * placeholders of the shipped English text of its key (so `{code}` can never be put into a
 * subject, which lock screens show) and keeps `{code}` where that text has it.
 *
 * @returns the templates, frozen, ready for the renderers.
 * @throws {MessageTemplateError} naming the first refused `locale.key` and why.
 */
export function checkMessageTemplates(templates: unknown): MessageTemplates {
  if (templates === null || typeof templates !== 'object' || Array.isArray(templates)) {
    throw new TypeError('options.messages must be an object of locales');
  }
  const english = messageCatalogs.en as Readonly<Record<string, string>>;
  const checked: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = {};
  for (const [locale, texts] of Object.entries(templates)) {
    if (!Object.hasOwn(messageCatalogs, locale)) {
      throw new MessageTemplateError('unknown_locale', locale, 'no message catalog for it');
    }
    if (texts === null || typeof texts !== 'object' || Array.isArray(texts)) {
      throw new TypeError(`options.messages.${locale} must be an object of templates`);
    }
    const own: Partial<Record<MessageKey, string>> = {};
    for (const [key, text] of Object.entries(texts as Record<string, unknown>)) {
      const path = `${locale}.${key}`;
      const source = Object.hasOwn(english, key) ? english[key] : undefined;
      if (source === undefined) {
        throw new MessageTemplateError('unknown_template', path, 'no such message');
      }
      if (typeof text !== 'string' || text.trim() === '') {
        throw new MessageTemplateError('invalid_template', path, 'must be a non-empty string');
      }
      const allowed = placeholders(source);
      for (const name of placeholders(text)) {
        if (!allowed.has(name)) {
          throw new MessageTemplateError(
            'unknown_variable',
            path,
            `{${name}} is not a variable of this message (it has ${[...allowed].map((n) => `{${n}}`).join(', ') || 'none'})`,
          );
        }
      }
      if (allowed.has('code') && !text.includes('{code}')) {
        throw new MessageTemplateError('missing_variable', path, 'must keep {code}');
      }
      own[key as MessageKey] = text;
    }
    checked[locale as Locale] = Object.freeze(own);
  }
  return Object.freeze(checked);
}

/** The merged catalogs, made once per templates object and locale. */
const merged = new WeakMap<MessageTemplates, Map<Locale, MessageCatalog>>();

/**
 * The catalog of `locale`, with the host's `templates` for it in place of the shipped texts.
 * @throws {TypeError} for a locale without a catalog.
 */
export function catalogFor(locale: Locale, templates?: MessageTemplates): MessageCatalog {
  if (typeof locale !== 'string' || !Object.hasOwn(messageCatalogs, locale)) {
    throw new TypeError(`no message catalog for locale ${String(locale)}`);
  }
  const shipped = messageCatalogs[locale];
  const own = templates?.[locale];
  if (templates === undefined || own === undefined) return shipped;
  let byLocale = merged.get(templates);
  if (byLocale === undefined) {
    byLocale = new Map();
    merged.set(templates, byLocale);
  }
  let catalog = byLocale.get(locale);
  if (catalog === undefined) {
    catalog = { ...shipped, ...own };
    byLocale.set(locale, catalog);
  }
  return catalog;
}
