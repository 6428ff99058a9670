import { LOCALES, type Locale } from '../policy/locales.js';
import { ar } from './locales/ar.js';
import { bg } from './locales/bg.js';
import { cs } from './locales/cs.js';
import { da } from './locales/da.js';
import { el } from './locales/el.js';
import { fi } from './locales/fi.js';
import { he } from './locales/he.js';
import { hr } from './locales/hr.js';
import { hu } from './locales/hu.js';
import { id } from './locales/id.js';
import { it } from './locales/it.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { nb } from './locales/nb.js';
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

// The questions with their texts in the first five locales (the others: ./locales/).
const WRITTEN = [
  {
    id: 'childhood-best-friend',
    text: {
      en: 'What was the first name of your best friend as a child?',
      nl: 'Wat was de voornaam van je beste vriend of vriendin toen je klein was?',
      de: 'Wie hieß Ihr bester Freund oder Ihre beste Freundin aus der Kindheit mit Vornamen?',
      fr: 'Quel était le prénom de votre meilleur ami ou meilleure amie d’enfance\u00a0?',
      es: '¿Cómo se llamaba tu mejor amigo o amiga de la infancia?',
    },
  },
  {
    id: 'childhood-best-friend-street',
    text: {
      en: 'On what street did your best friend live when you were a child?',
      nl: 'In welke straat woonde je beste vriend of vriendin toen je klein was?',
      de: 'In welcher Straße wohnte Ihr bester Freund oder Ihre beste Freundin aus der Kindheit?',
      fr: 'Dans quelle rue habitait votre meilleur ami ou meilleure amie d’enfance\u00a0?',
      es: '¿En qué calle vivía tu mejor amigo o amiga de la infancia?',
    },
  },
  {
    id: 'childhood-nickname',
    text: {
      en: 'What nickname did your family use for you as a child?',
      nl: 'Welke bijnaam gaf je familie je toen je klein was?',
      de: 'Welchen Spitznamen hatten Sie als Kind in Ihrer Familie?',
      fr: 'Quel surnom votre famille vous donnait-elle quand vous étiez enfant\u00a0?',
      es: '¿Qué apodo te ponía tu familia en la infancia?',
    },
  },
  {
    id: 'street-at-age-ten',
    text: {
      en: 'What street did you live on when you were ten years old?',
      nl: 'In welke straat woonde je toen je tien jaar was?',
      de: 'In welcher Straße haben Sie gewohnt, als Sie zehn Jahre alt waren?',
      fr: 'Dans quelle rue habitiez-vous quand vous aviez dix ans\u00a0?',
      es: '¿En qué calle vivías cuando tenías diez años?',
    },
  },
  {
    id: 'childhood-neighbor-surname',
    text: {
      en: 'What was the last name of your next-door neighbors when you were a child?',
      nl: 'Wat was de achternaam van je buren toen je klein was?',
      de: 'Wie hießen Ihre direkten Nachbarn in Ihrer Kindheit mit Nachnamen?',
      fr: 'Quel était le nom de famille de vos voisins quand vous étiez enfant\u00a0?',
      es: '¿Cuál era el apellido de tus vecinos de al lado en tu infancia?',
    },
  },
  {
    id: 'childhood-neighbor-pet',
    text: {
      en: 'What was the name of your neighbors’ pet when you were a child?',
      nl: 'Hoe heette het huisdier van je buren toen je klein was?',
      de: 'Wie hieß das Haustier Ihrer Nachbarn in Ihrer Kindheit?',
      fr: 'Comment s’appelait l’animal de compagnie de vos voisins quand vous étiez enfant\u00a0?',
      es: '¿Cómo se llamaba la mascota de tus vecinos en tu infancia?',
    },
  },
  {
    id: 'first-pet-name',
    text: {
      en: 'What was the name of your first pet?',
      nl: 'Hoe heette je eerste huisdier?',
      de: 'Wie hieß Ihr erstes Haustier?',
      fr: 'Comment s’appelait votre premier animal de compagnie\u00a0?',
      es: '¿Cómo se llamaba tu primera mascota?',
    },
  },
  {
    id: 'first-stuffed-toy',
    text: {
      en: 'What was the name of your first stuffed animal?',
      nl: 'Hoe heette je eerste knuffel?',
      de: 'Wie hieß Ihr erstes Kuscheltier?',
      fr: 'Comment s’appelait votre première peluche\u00a0?',
      es: '¿Cómo se llamaba tu primer peluche?',
    },
  },
  {
    id: 'first-babysitter-name',
    text: {
      en: 'What was the first name of your first babysitter?',
      nl: 'Wat was de voornaam van je eerste oppas?',
      de: 'Wie hieß Ihre erste Babysitterin oder Ihr erster Babysitter mit Vornamen?',
      fr: 'Quel était le prénom de votre première ou premier baby-sitter\u00a0?',
      es: '¿Cómo se llamaba tu primera niñera o canguro?',
    },
  },
  {
    id: 'oldest-cousin-name',
    text: {
      en: 'What is the first name of your oldest cousin?',
      nl: 'Wat is de voornaam van je oudste neef of nicht?',
      de: 'Wie heißt Ihre älteste Cousine oder Ihr ältester Cousin mit Vornamen?',
      fr: 'Quel est le prénom de l’aîné ou de l’aînée de vos cousins\u00a0?',
      es: '¿Cómo se llama el mayor de tus primos o primas?',
    },
  },
  {
    id: 'first-teacher-surname',
    text: {
      en: 'What was the last name of your first teacher in elementary school?',
      nl: 'Wat was de achternaam van je eerste juf of meester op de basisschool?',
      de: 'Wie hieß Ihre erste Lehrerin oder Ihr erster Lehrer in der Grundschule mit Nachnamen?',
      fr: 'Quel était le nom de famille de votre première maîtresse ou premier maître d’école\u00a0?',
      es: '¿Cuál era el apellido de tu primer maestro o maestra de primaria?',
    },
  },
  {
    id: 'first-grade-desk-mate',
    text: {
      en: 'What was the first name of the classmate who sat next to you in first grade?',
      nl: 'Wat was de voornaam van de klasgenoot naast wie je zat in je eerste schooljaar?',
      de: 'Wie hieß Ihr Banknachbar oder Ihre Banknachbarin in der ersten Klasse mit Vornamen?',
      fr: 'Quel était le prénom de votre voisin ou voisine de table lors de votre première année d’école\u00a0?',
      es: '¿Cómo se llamaba el compañero o la compañera que se sentaba a tu lado en primero de primaria?',
    },
  },
  {
    id: 'first-high-school-friend',
    text: {
      en: 'What was the first name of the first friend you made in high school?',
      nl: 'Wat was de voornaam van de eerste vriend of vriendin die je op de middelbare school maakte?',
      de: 'Wie hieß der erste Freund oder die erste Freundin auf Ihrer weiterführenden Schule mit Vornamen?',
      fr: 'Quel était le prénom du premier ami ou de la première amie que vous vous êtes fait au collège\u00a0?',
      es: '¿Cómo se llamaba la primera persona con la que hiciste amistad en el instituto?',
    },
  },
  {
    id: 'first-crush-name',
    text: {
      en: 'What was the first name of your first crush?',
      nl: 'Wat was de voornaam van de eerste persoon op wie je verliefd was?',
      de: 'Wie hieß Ihr erster Schwarm mit Vornamen?',
      fr: 'Quel était le prénom de votre premier béguin\u00a0?',
      es: '¿Cómo se llamaba la primera persona que te gustó?',
    },
  },
  {
    id: 'first-coach-surname',
    text: {
      en: 'What was the last name of your first sports coach?',
      nl: 'Wat was de achternaam van je eerste sporttrainer?',
      de: 'Wie hieß Ihre erste Trainerin oder Ihr erster Trainer im Sport mit Nachnamen?',
      fr: 'Quel était le nom de famille de votre premier entraîneur sportif\u00a0?',
      es: '¿Cuál era el apellido de tu primer entrenador o entrenadora?',
    },
  },
  {
    id: 'first-sports-club',
    text: {
      en: 'What was the name of the first sports club you were a member of?',
      nl: 'Hoe heette de eerste sportvereniging waar je lid van was?',
      de: 'Wie hieß der erste Sportverein, in dem Sie Mitglied waren?',
      fr: 'Quel était le nom du premier club de sport dont vous avez été membre\u00a0?',
      es: '¿Cómo se llamaba el primer club deportivo en el que jugaste?',
    },
  },
  {
    id: 'first-music-teacher-surname',
    text: {
      en: 'What was the last name of your first music teacher?',
      nl: 'Wat was de achternaam van je eerste muziekleraar of muzieklerares?',
      de: 'Wie hieß Ihre erste Musiklehrerin oder Ihr erster Musiklehrer mit Nachnamen?',
      fr: 'Quel était le nom de famille de votre premier professeur de musique\u00a0?',
      es: '¿Cuál era el apellido de tu primer profesor o profesora de música?',
    },
  },
  {
    id: 'first-concert',
    text: {
      en: 'Which artist or band did you see at your first concert?',
      nl: 'Welke artiest of band zag je bij je eerste concert?',
      de: 'Welchen Künstler oder welche Band haben Sie bei Ihrem ersten Konzert gesehen?',
      fr: 'Quel artiste ou groupe avez-vous vu lors de votre premier concert\u00a0?',
      es: '¿Qué artista o grupo viste en tu primer concierto?',
    },
  },
  {
    id: 'first-album',
    text: {
      en: 'What was the first music album you bought?',
      nl: 'Wat was het eerste muziekalbum dat je kocht?',
      de: 'Welches Musikalbum haben Sie als Erstes gekauft?',
      fr: 'Quel est le premier album de musique que vous avez acheté\u00a0?',
      es: '¿Cuál fue el primer álbum de música que compraste?',
    },
  },
  {
    id: 'first-film-in-cinema',
    text: {
      en: 'What was the first movie you saw in a movie theater?',
      nl: 'Wat was de eerste film die je in de bioscoop zag?',
      de: 'Welchen Film haben Sie als Erstes im Kino gesehen?',
      fr: 'Quel est le premier film que vous avez vu au cinéma\u00a0?',
      es: '¿Cuál fue la primera película que viste en el cine?',
    },
  },
  {
    id: 'driving-instructor-name',
    text: {
      en: 'What was the first name of your driving instructor?',
      nl: 'Wat was de voornaam van je rij-instructeur?',
      de: 'Wie hieß Ihre Fahrlehrerin oder Ihr Fahrlehrer mit Vornamen?',
      fr: 'Quel était le prénom de votre moniteur ou monitrice d’auto-école\u00a0?',
      es: '¿Cómo se llamaba tu profesor o profesora de autoescuela?',
    },
  },
  {
    id: 'first-summer-job',
    text: {
      en: 'What was the name of the business where you had your first summer job?',
      nl: 'Hoe heette het bedrijf waar je je eerste vakantiebaantje had?',
      de: 'Wie hieß der Betrieb, in dem Sie Ihren ersten Ferienjob hatten?',
      fr: 'Quel était le nom de l’entreprise où vous avez eu votre premier job d’été\u00a0?',
      es: '¿Cómo se llamaba el sitio donde tuviste tu primer trabajo de verano?',
    },
  },
  {
    id: 'first-manager-name',
    text: {
      en: 'What was the first name of your manager at your first job?',
      nl: 'Wat was de voornaam van je leidinggevende bij je eerste baan?',
      de: 'Wie hieß Ihre erste Vorgesetzte oder Ihr erster Vorgesetzter mit Vornamen?',
      fr: 'Quel était le prénom de votre responsable lors de votre premier emploi\u00a0?',
      es: '¿Cuál era el nombre de pila de tu jefe o jefa en tu primer trabajo?',
    },
  },
  {
    id: 'first-roommate-name',
    text: {
      en: 'What was the first name of your first roommate?',
      nl: 'Wat was de voornaam van je eerste huisgenoot?',
      de: 'Wie hieß Ihre erste Mitbewohnerin oder Ihr erster Mitbewohner mit Vornamen?',
      fr: 'Quel était le prénom de votre premier ou première colocataire\u00a0?',
      es: '¿Cómo se llamaba tu primer compañero o compañera de piso?',
    },
  },
  {
    id: 'first-landlord-surname',
    text: {
      en: 'What was the last name of your first landlord?',
      nl: 'Wat was de achternaam van je eerste huisbaas?',
      de: 'Wie hieß Ihre erste Vermieterin oder Ihr erster Vermieter mit Nachnamen?',
      fr: 'Quel était le nom de famille de votre premier propriétaire quand vous étiez locataire\u00a0?',
      es: '¿Cuál era el apellido de tu primer casero o casera?',
    },
  },
] as const satisfies ReadonlyArray<{ id: string; text: Readonly<Record<FirstLocale, string>> }>;

/** The locales written inline above; every other locale has a module in `./locales/`. */
type FirstLocale = 'en' | 'nl' | 'de' | 'fr' | 'es';

/** The id of a predefined question. */
export type PredefinedQuestionId = (typeof WRITTEN)[number]['id'];

/** One locale's texts of every predefined question, by id (a module in `./locales/`). */
export type QuestionTranslations = Readonly<Record<PredefinedQuestionId, string>>;

/** The texts of the other locales, checked complete by the compiler. */
const TRANSLATIONS: Readonly<Record<Exclude<Locale, FirstLocale>, QuestionTranslations>> = {
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
export const PREDEFINED_QUESTIONS: ReadonlyArray<PredefinedQuestion> = WRITTEN.map(
  ({ id, text }) => ({
    id,
    text: {
      ...text,
      ...Object.fromEntries(
        Object.entries<QuestionTranslations>(TRANSLATIONS).map(([locale, texts]) => [
          locale,
          texts[id],
        ]),
      ),
    } as Record<Locale, string>,
  }),
);

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
