import { LOCALES, type Locale } from '../policy/locales.js';
import { ar } from './locales/ar.js';
import { bg } from './locales/bg.js';
import { cs } from './locales/cs.js';
import { da } from './locales/da.js';
import { de } from './locales/de.js';
import { el } from './locales/el.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fi } from './locales/fi.js';
import { fr } from './locales/fr.js';
import { he } from './locales/he.js';
import { hr } from './locales/hr.js';
import { hu } from './locales/hu.js';
import { id } from './locales/id.js';
import { it } from './locales/it.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { nb } from './locales/nb.js';
import { nl } from './locales/nl.js';
import { pl } from './locales/pl.js';
import { ptBR } from './locales/pt-BR.js';
import { ptPT } from './locales/pt-PT.js';
import { ro } from './locales/ro.js';
import { ru } from './locales/ru.js';
import { sk } from './locales/sk.js';
import { sv } from './locales/sv.js';
import { tr } from './locales/tr.js';
import { uk } from './locales/uk.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';

/** One predefined security question: a stable id and its text in every {@link Locale}. */
export interface PredefinedQuestion {
  /** Stable id (kebab-case, matches the policy's `^[a-z0-9-]{1,64}$`); answers are stored against it. */
  readonly id: string;
  /** The question in each supported locale. */
  readonly text: Readonly<Record<Locale, string>>;
}

/** A custom question as the policy holds it (`policy.questions.custom`); not localized. */
export interface CustomQuestion {
  readonly id: string;
  readonly text: string;
}

// The ids, in the order an admin sees them; each locale's texts are a module of its own in
// `./locales/` (so that a UI loads one locale's: `@openreset/core/question-texts`).
const IDS = [
  'childhood-best-friend',
  'childhood-best-friend-street',
  'childhood-nickname',
  'street-at-age-ten',
  'childhood-neighbor-surname',
  'childhood-neighbor-pet',
  'first-pet-name',
  'first-stuffed-toy',
  'first-babysitter-name',
  'oldest-cousin-name',
  'first-teacher-surname',
  'first-grade-desk-mate',
  'first-high-school-friend',
  'first-crush-name',
  'first-coach-surname',
  'first-sports-club',
  'first-music-teacher-surname',
  'first-concert',
  'first-album',
  'first-film-in-cinema',
  'driving-instructor-name',
  'first-summer-job',
  'first-manager-name',
  'first-roommate-name',
  'first-landlord-surname',
] as const;

/** The id of a predefined question. */
export type PredefinedQuestionId = (typeof IDS)[number];

/** One locale's texts of every predefined question, by id (a module in `./locales/`). */
export type QuestionTranslations = Readonly<Record<PredefinedQuestionId, string>>;

/** The texts of every locale, checked complete by the compiler. */
const TRANSLATIONS: Readonly<Record<Locale, QuestionTranslations>> = {
  en,
  nl,
  de,
  fr,
  es,
  ar,
  he,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  pl,
  ko,
  it,
  'pt-BR': ptBR,
  'pt-PT': ptPT,
  sv,
  da,
  nb,
  fi,
  ru,
  uk,
  tr,
  cs,
  el,
  ro,
  hu,
  sk,
  bg,
  hr,
  id,
};

/**
 * The predefined security questions an admin can offer (`policy.questions.predefined`),
 * written for OpenReset and localized in every supported locale.
 *
 * Chosen for answers that are private, stable over a lifetime and spread over many
 * values: names of people, pets and places from childhood or a first job, not facts in
 * public records or on social profiles (city of birth, mother's maiden name, school
 * name) and not questions with a handful of likely answers (favorite color, car make,
 * yes/no). Several ask for a first or last name, or pin an age, so that the same person
 * gives the same answer years later. Security questions stay a weak factor all the same
 * (ASVS: "not present"): they are off by default and never the only factor for admins.
 *
 * Ids never change once shipped: registered answers are stored against them. A question
 * that has to go is removed, not reworded into a different one under the same id.
 *
 * Locale style follows the message catalogs: nl informal (je), de formal (Sie), fr formal
 * (vous) with a no-break space before "?", es informal (tú) with "¿...?"; each locale's
 * module in `./locales/` says its own. The translations beyond English were drafted by the
 * maintainers; reviews by native speakers are welcome.
 */
export const PREDEFINED_QUESTIONS: ReadonlyArray<PredefinedQuestion> = IDS.map((questionId) => ({
  id: questionId,
  text: Object.fromEntries(
    LOCALES.map((locale) => [locale, TRANSLATIONS[locale][questionId]]),
  ) as Record<Locale, string>,
}));

const byId: ReadonlyMap<string, PredefinedQuestion> = new Map(
  PREDEFINED_QUESTIONS.map((question) => [question.id, question]),
);

/**
 * The predefined question with this id, or `undefined` when there is none (a `Map`
 * lookup, so ids such as `__proto__` or `toString` find nothing).
 *
 * @example
 * ```ts
 * predefinedQuestion('first-pet-name')?.text.de; // 'Wie hieß Ihr erstes Haustier?'
 * ```
 */
export function predefinedQuestion(id: string): PredefinedQuestion | undefined {
  return typeof id === 'string' ? byId.get(id) : undefined;
}

/**
 * The text to show for a question id: the admin's text for a custom question (custom
 * questions are not localized, as in Entra), else the predefined question in `locale`,
 * else `undefined` for an id that is neither.
 *
 * Custom questions are looked up first: an admin's question that reuses a predefined id
 * is the one its users registered answers for. The policy itself rejects an id that is
 * both offered as predefined and defined as custom.
 *
 * @param customQuestions `policy.questions.custom`.
 * @throws {TypeError} for an unknown locale, even when the id is custom (a caller bug
 *   should not hide until someone picks a predefined question).
 *
 * @example
 * ```ts
 * for (const id of registration.questionIds) {
 *   const text = questionText(id, locale, policy.questions.custom);
 *   if (text === undefined) continue; // a question the policy no longer knows
 * }
 * ```
 */
export function questionText(
  id: string,
  locale: Locale,
  customQuestions: ReadonlyArray<CustomQuestion>,
): string | undefined {
  if (typeof locale !== 'string' || !LOCALES.includes(locale)) {
    throw new TypeError(`no question texts for locale ${String(locale)}`);
  }
  const custom = customQuestions.find((candidate) => candidate.id === id);
  if (custom !== undefined) return custom.text;
  return predefinedQuestion(id)?.text[locale];
}
