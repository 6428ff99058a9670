// Loaded on demand (only the security-questions step needs it): the predefined question
// texts live in core, in every locale.
import type { Locale } from '@openreset/core';
import { predefinedQuestion } from '@openreset/core/questions';

/** The predefined question `id` in `locale`, if there is one. */
export function predefinedQuestionText(id: string, locale: Locale): string | undefined {
  return predefinedQuestion(id)?.text[locale];
}
