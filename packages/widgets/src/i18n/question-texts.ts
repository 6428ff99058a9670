// The predefined questions' texts, loaded per locale when a questions step shows: a module of
// its own, so that `<openreset-reset>` loads it (and core's per-locale loaders) with its later
// steps, not with the file a page loads first.
import type { Locale } from '@openreset/core/locales';
import {
  loadQuestionTexts as loadCoreQuestionTexts,
  type QuestionTranslations,
} from '@openreset/core/question-texts';

/**
 * A predefined question's text by id in `locale`, else in English, from the texts loaded so
 * far ({@link loadQuestionTexts}); `undefined` when neither is loaded or the id is not one.
 */
export type QuestionTexts = (id: string, locale: Locale) => string | undefined;

/** The predefined question texts loaded so far, by locale. */
const questionTables = new Map<Locale, QuestionTranslations>();
/** The loads under way or done, by locale (a failed one is forgotten, so it is tried again). */
const questionLoads = new Map<Locale, Promise<void>>();

const lookUpQuestion: QuestionTexts = (id, locale) => {
  for (const table of [questionTables.get(locale), questionTables.get('en')]) {
    if (table !== undefined && Object.hasOwn(table, id)) {
      return table[id as keyof QuestionTranslations];
    }
  }
  return undefined;
};

/** Loads one locale's question texts once; a failed load is forgotten and rejects. */
function loadQuestionTable(locale: Locale): Promise<void> {
  let load = questionLoads.get(locale);
  if (load === undefined) {
    load = loadCoreQuestionTexts(locale).then(
      (table) => {
        questionTables.set(locale, table);
      },
      (error: unknown) => {
        questionLoads.delete(locale);
        throw error;
      },
    );
    questionLoads.set(locale, load);
  }
  return load;
}

/**
 * Loads the predefined question texts of `locale` (only the security-questions steps need
 * them): each locale is a chunk of its own, so a Dutch page downloads the Dutch texts only.
 * When that chunk cannot be loaded, English is loaded instead; when neither can, the lookup
 * finds nothing and the element shows the question's id.
 */
export async function loadQuestionTexts(locale: Locale): Promise<QuestionTexts> {
  try {
    await loadQuestionTable(locale);
  } catch {
    await loadQuestionTable('en').catch(() => undefined);
  }
  return lookUpQuestion;
}
