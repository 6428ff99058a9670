/**
 * `@openreset/core/locales`: the supported locales, their writing direction and how a BCP 47
 * tag (from `Accept-Language`, a page's `lang` or `navigator.languages`) picks one, with no
 * other dependency, for UIs that negotiate a language the way the server does.
 *
 * @module
 */
export { LOCALES, Locale, localeDirection, matchLocale } from './policy/locales.js';
