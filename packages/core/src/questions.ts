/**
 * `@openreset/core/questions`: the predefined security questions and their texts in every
 * supported locale, without the rest of the engine (no zod, no jose), for UIs that show them.
 *
 * @module
 */
export {
  type CustomQuestion,
  PREDEFINED_QUESTIONS,
  type PredefinedQuestion,
  predefinedQuestion,
  questionText,
} from './questions/predefined-questions.js';
