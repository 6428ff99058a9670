import { describe, expect, it } from 'vitest';
import { LOCALES, localeDirection, matchLocale } from './locales.js';

describe('LOCALES', () => {
  it('has 30 locales, English first, each a canonical BCP 47 tag', () => {
    expect(LOCALES).toHaveLength(30);
    expect(LOCALES[0]).toBe('en');
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    for (const locale of LOCALES) expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
  });
});

describe('matchLocale', () => {
  it('finds a supported locale from a regional tag, in any case and with _ for -', () => {
    expect(matchLocale('ar-EG')).toBe('ar');
    expect(matchLocale('he-IL')).toBe('he');
    expect(matchLocale('nl-BE')).toBe('nl');
    expect(matchLocale('DE_ch')).toBe('de');
    expect(matchLocale('ja-JP')).toBe('ja');
    expect(matchLocale('sv')).toBe('sv');
  });

  it('picks traditional or simplified Chinese by script, region or neither', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-hant-tw', 'zh_TW']) {
      expect(matchLocale(tag), tag).toBe('zh-Hant');
    }
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'ZH-cn']) {
      expect(matchLocale(tag), tag).toBe('zh-Hans');
    }
  });

  it("picks Brazil's or Portugal's Portuguese, Brazil's when no region says otherwise", () => {
    expect(matchLocale('pt')).toBe('pt-BR');
    expect(matchLocale('pt-BR')).toBe('pt-BR');
    expect(matchLocale('pt-PT')).toBe('pt-PT');
    expect(matchLocale('pt-AO')).toBe('pt-PT');
    expect(matchLocale('pt-br')).toBe('pt-BR');
  });

  it('reads the old and the macro-language codes as CLDR does', () => {
    expect(matchLocale('no')).toBe('nb');
    expect(matchLocale('nn-NO')).toBe('nb');
    expect(matchLocale('nb-NO')).toBe('nb');
    expect(matchLocale('iw')).toBe('he');
    expect(matchLocale('in-ID')).toBe('id');
  });

  it('finds nothing for a language without a catalog or a tag that is not one', () => {
    for (const tag of ['xx', 'sw-KE', '', '*', 'x'.repeat(200), undefined, null]) {
      expect(matchLocale(tag), String(tag)).toBeUndefined();
    }
    expect(matchLocale(42 as unknown as string)).toBeUndefined();
    // Malformed tags still name their language.
    expect(matchLocale('en_US.UTF-8')).toBe('en');
  });
});

describe('localeDirection', () => {
  it('writes Arabic and Hebrew right to left, every other locale left to right', () => {
    for (const locale of LOCALES) {
      expect(localeDirection(locale), locale).toBe(
        locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr',
      );
    }
  });
});
