import type { BannedTermMatch } from './banned-terms.js';

/**
 * Why a password was refused. Widgets and hosts map each code to words in their own
 * locale catalogs; core never returns English.
 */
export const PasswordIssueCode = {
  /** Fewer code points than `password.minLength` (after NFKC). Fields: `minimum`, `length`. */
  TooShort: 'too_short',
  /** More code points than `password.maxLength`; never truncated. Fields: `maximum`, `length`. */
  TooLong: 'too_long',
  /**
   * Made mostly of banned terms (common passwords, the admin's list, the user's names, the
   * org name): it scored under `minimumScore`. Fields: `score`, `minimumScore`, `matches`.
   */
  Banned: 'banned',
  /** Found in a breach corpus. Fields: `count` (times seen). */
  Breached: 'breached',
  /**
   * Equal to one of the last `password.historyCount` passwords. Only checked, and so only
   * reported, when every other rule passed. Fields: `historyCount`.
   */
  Reused: 'reused',
  /** Contains the username or the email address (or its local part). Fields: `identifier`. */
  ContainsIdentifier: 'contains_identifier',
} as const;

/** The union of {@link PasswordIssueCode} values. */
export type PasswordIssueCode = (typeof PasswordIssueCode)[keyof typeof PasswordIssueCode];

/** One reason a password was refused, with structured fields a UI can show. */
export type PasswordIssue =
  | { code: 'too_short'; minimum: number; length: number }
  | { code: 'too_long'; maximum: number; length: number }
  | { code: 'banned'; score: number; minimumScore: number; matches: BannedTermMatch[] }
  | { code: 'breached'; count: number }
  | { code: 'reused'; historyCount: number }
  | { code: 'contains_identifier'; identifier: 'username' | 'email' };
