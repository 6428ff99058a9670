/**
 * `@openreset/core/question-texts`: the predefined security questions' texts one locale at a
 * time, each locale a module (and, once bundled, a chunk) of its own, for UIs that show the
 * questions in one language and should not download the other 29.
 *
 * @module
 */
export { loadQuestionTexts } from './questions/load-question-texts.js';
export type {
  PredefinedQuestionId,
  QuestionTranslations,
} from './questions/predefined-questions.js';
