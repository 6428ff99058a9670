// The locales OpenReset ships texts for, and how a BCP 47 tag picks one of them. No zod and
// no other module here, so that the widgets can bundle it (`@openreset/core/locales`).

/**
 * Locales the widgets, notifications and predefined questions ship texts for: BCP 47 tags,
 * with a script for Chinese (`zh-Hans` simplified, `zh-Hant` traditional) and a region for
 * the two written standards of Portuguese (`pt-BR`, `pt-PT`).
 */
export const Locale = {
  En: 'en',
  Nl: 'nl',
  De: 'de',
  Fr: 'fr',
  Es: 'es',
  Ar: 'ar',
  He: 'he',
  Ja: 'ja',
  ZhHans: 'zh-Hans',
  ZhHant: 'zh-Hant',
  Pl: 'pl',
  Ko: 'ko',
  It: 'it',
  PtBr: 'pt-BR',
  PtPt: 'pt-PT',
  Sv: 'sv',
  Da: 'da',
  Nb: 'nb',
  Fi: 'fi',
  Ru: 'ru',
  Uk: 'uk',
  Tr: 'tr',
  Cs: 'cs',
  El: 'el',
  Ro: 'ro',
  Hu: 'hu',
  Sk: 'sk',
  Bg: 'bg',
  Hr: 'hr',
  Id: 'id',
} as const;

/** The union of {@link Locale} values. */
export type Locale = (typeof Locale)[keyof typeof Locale];

/** Every supported locale, English first. */
export const LOCALES: readonly Locale[] = Object.values(Locale);

/** The locales written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he']);

/**
 * The direction `locale` is written in: `rtl` for Arabic and Hebrew, else `ltr`. The value
 * of an HTML `dir` attribute.
 */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** Deprecated or macro-language subtags, as CLDR's likely-subtags would read them. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  iw: 'he',
  in: 'id',
  no: 'nb',
  nn: 'nb',
};

/** `tag` split into its language, script and region (`zh-TW` has the script `Hant`). */
function subtagsOf(tag: string): { language: string; script?: string; region?: string } {
  try {
    const locale = new Intl.Locale(tag);
    const maximized = locale.maximize();
    return {
      language: locale.language.toLowerCase(),
      script: maximized.script,
      region: locale.region,
    };
  } catch {
    // Not a well-formed tag ("en_US", "english"): its first part may still name a language.
    return { language: tag.split(/[-_]/)[0]?.toLowerCase() ?? '' };
  }
}

/**
 * The supported locale a BCP 47 tag asks for, or `undefined`: `nl-BE` gives `nl`, `ar-EG`
 * `ar`, `zh-TW`, `zh-HK` and `zh-Hant` give `zh-Hant`, `zh`, `zh-CN` and `zh-SG` give
 * `zh-Hans`, `pt` and `pt-BR` give `pt-BR` while `pt-PT`, `pt-AO` or `pt-MZ` give `pt-PT`,
 * and `no`, `nn` give `nb` (Norwegian: Bokmål is what most write). Case-insensitive;
 * `_` accepted for `-`.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string' || tag === '' || tag.length > 64) return undefined;
  const cleaned = tag.trim().replaceAll('_', '-');
  const exact = LOCALES.find((locale) => locale.toLowerCase() === cleaned.toLowerCase());
  if (exact !== undefined) return exact;
  const { language: written, script, region } = subtagsOf(cleaned);
  const language = LANGUAGE_ALIASES[written] ?? written;
  const candidates =
    language === 'zh'
      ? [`zh-${script === 'Hant' ? 'Hant' : 'Hans'}`]
      : language === 'pt'
        ? [region === undefined || region === 'BR' ? 'pt-BR' : 'pt-PT']
        : [language];
  return LOCALES.find((locale) => candidates.includes(locale));
}
