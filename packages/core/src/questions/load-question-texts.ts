import type { Locale } from '../policy/locales.js';
import type { QuestionTranslations } from './predefined-questions.js';

// One literal `import()` per locale, so that a bundler makes each locale's texts a chunk of
// its own: a page loads only the texts of the locale it shows.
const loaders: Readonly<Record<Locale, () => Promise<QuestionTranslations>>> = {
  en: () => import('./locales/en.js').then((module) => module.en),
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
};

/**
 * The texts of every predefined question in `locale`, by id, loaded on demand: each locale
 * is a module of its own (a chunk of its own once bundled), so a page that shows Dutch
 * downloads the Dutch texts only. The promise is the module loader's (cached by the runtime);
 * it rejects when the module cannot be fetched, and callers fall back to English.
 *
 * @throws {TypeError} for a locale that is not a supported one (a caller bug).
 *
 * @example
 * ```ts
 * import { loadQuestionTexts } from '@openreset/core/question-texts';
 * const texts = await loadQuestionTexts('nl');
 * texts['first-pet-name']; // 'Hoe heette je eerste huisdier?'
 * ```
 */
export function loadQuestionTexts(locale: Locale): Promise<QuestionTranslations> {
  const loader = Object.hasOwn(loaders, locale) ? loaders[locale] : undefined;
  if (loader === undefined) throw new TypeError(`no question texts for locale ${String(locale)}`);
  return loader();
}
