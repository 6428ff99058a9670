import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { Locale } from '../policy/policy-schema.js';
import { loadQuestionTexts } from './load-question-texts.js';
import {
  PREDEFINED_QUESTIONS,
  type PredefinedQuestionId,
  predefinedQuestion,
  questionText,
} from './predefined-questions.js';

// The policy's pattern for `questions.predefined` ids.
const POLICY_ID = /^[a-z0-9-]{1,64}$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUESTION_MARK: Partial<Record<string, RegExp>> = {
  ar: /[^\s]؟$/,
  el: /[^\s];$/,
  ja: /[^\s]？$/,
  'zh-Hans': /[^\s]？$/,
  'zh-Hant': /[^\s]？$/,
};

describe('PREDEFINED_QUESTIONS', () => {
  it('offers about 25 questions with unique kebab-case ids the policy accepts', () => {
    expect(PREDEFINED_QUESTIONS.length).toBeGreaterThanOrEqual(20);
    const ids = PREDEFINED_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(POLICY_ID);
      expect(id).toMatch(KEBAB_CASE);
    }
  });

  it('is accepted by the policy as predefined ids', () => {
    // The policy caps predefined + custom questions at 20, so offer the first 20.
    const predefined = PREDEFINED_QUESTIONS.slice(0, 20).map((question) => question.id);
    expect(parsePolicy({ questions: { predefined } }).questions.predefined).toEqual(predefined);
  });

  it('words every question in every locale, and no other', () => {
    for (const question of PREDEFINED_QUESTIONS) {
      expect(Object.keys(question.text).sort(), question.id).toEqual(Object.values(Locale).sort());
      for (const locale of Object.values(Locale)) {
        const text = question.text[locale];
        expect(text.trim(), `${question.id}.${locale}`).not.toBe('');
        expect(text, `${question.id}.${locale}`).toBe(text.trim());
        expect(text, `${question.id}.${locale}`).not.toMatch(/[\p{Cc}<>]/u);
        // Each script's question mark: Arabic ؟, a full-width ？ in Chinese and Japanese, and
        // Greek's ; (U+037E folds to it).
        expect(text, `${question.id}.${locale}`).toMatch(QUESTION_MARK[locale] ?? /\?$/);
        if (locale === 'es') expect(text, question.id).toMatch(/^¿[^¿?]+\?$/);
        // French typography: a no-break space before the question mark.
        if (locale === 'fr') expect(text, question.id).toMatch(/[^\s]\u00a0\?$/);
        if (locale !== 'en') expect(text, `${question.id}.${locale}`).not.toBe(question.text.en);
      }
    }
  });

  it('keeps each text unique within a locale', () => {
    for (const locale of Object.values(Locale)) {
      const texts = PREDEFINED_QUESTIONS.map((question) => question.text[locale]);
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  it('leaves out questions with few or public answers', () => {
    const english = PREDEFINED_QUESTIONS.map((question) => question.text.en.toLowerCase());
    for (const weak of ['favorite', 'favourite', 'color', 'maiden', 'born', 'birth', 'car ']) {
      for (const text of english) expect(text).not.toContain(weak);
    }
    for (const text of english) expect(text).not.toMatch(/^(did|do|are|were|have|is) /);
  });
});

describe('predefinedQuestion', () => {
  it('finds a question by id', () => {
    expect(predefinedQuestion('first-pet-name')?.text.de).toBe('Wie hieß Ihr erstes Haustier?');
    expect(predefinedQuestion('childhood-best-friend')?.id).toBe('childhood-best-friend');
  });

  it('finds nothing for unknown ids, prototype keys included', () => {
    for (const id of ['favorite-color', '', 'FIRST-PET-NAME', '__proto__', 'toString']) {
      expect(predefinedQuestion(id)).toBeUndefined();
    }
  });
});

describe('questionText', () => {
  const custom = [
    { id: 'Team_Mascot', text: 'What was the name of our first team mascot?' },
    { id: 'first-concert', text: 'Which band played at the 2019 company party?' },
  ];

  it('gives the localized predefined text', () => {
    for (const locale of Object.values(Locale)) {
      expect(questionText('first-pet-name', locale, [])).toBe(
        predefinedQuestion('first-pet-name')?.text[locale],
      );
    }
    expect(questionText('first-pet-name', 'es', custom)).toBe(
      '¿Cómo se llamaba tu primera mascota?',
    );
  });

  it('gives the custom text, unlocalized, for a custom id', () => {
    for (const locale of Object.values(Locale)) {
      expect(questionText('Team_Mascot', locale, custom)).toBe(
        'What was the name of our first team mascot?',
      );
    }
  });

  it('prefers the admin’s custom question when it reuses a predefined id', () => {
    expect(questionText('first-concert', 'nl', custom)).toBe(
      'Which band played at the 2019 company party?',
    );
  });

  it('gives undefined for an id that is neither', () => {
    expect(questionText('favorite-color', 'en', custom)).toBeUndefined();
    expect(questionText('team_mascot', 'en', custom)).toBeUndefined();
    expect(questionText('__proto__', 'fr', [])).toBeUndefined();
  });

  it('works with the custom questions of a parsed policy', () => {
    const policy = parsePolicy({
      questions: { predefined: ['first-pet-name'], custom: [{ id: 'mascot', text: 'Mascot?' }] },
    });
    expect(questionText('mascot', 'de', policy.questions.custom)).toBe('Mascot?');
    expect(questionText('first-pet-name', 'de', policy.questions.custom)).toBe(
      'Wie hieß Ihr erstes Haustier?',
    );
  });

  it('throws a TypeError for an unknown locale', () => {
    expect(() => questionText('first-pet-name', 'xx' as Locale, [])).toThrow(TypeError);
    expect(() => questionText('Team_Mascot', 'toString' as Locale, custom)).toThrow(TypeError);
  });
});

describe('loadQuestionTexts', () => {
  it('loads one locale’s texts of every question, as PREDEFINED_QUESTIONS words them', async () => {
    for (const locale of Object.values(Locale)) {
      const texts = await loadQuestionTexts(locale);
      expect(Object.keys(texts), locale).toEqual(PREDEFINED_QUESTIONS.map((q) => q.id));
      for (const question of PREDEFINED_QUESTIONS) {
        expect(texts[question.id as PredefinedQuestionId], `${question.id}.${locale}`).toBe(
          question.text[locale],
        );
      }
    }
  });

  it('throws a TypeError for a locale that is not supported, prototype keys included', () => {
    for (const locale of ['xx', 'toString', '__proto__', 'EN']) {
      expect(() => loadQuestionTexts(locale as Locale), locale).toThrow(TypeError);
    }
  });
});
