import { toE164 } from './calling-code.js';

/** A phone number (`mobile`, `office`) or an address (`email`) a user or an admin sets. */
export type ContactValueKind = 'mobile' | 'office' | 'email';

/**
 * A phone number or address as typed, in the form it is stored in: a phone in E.164
 * (`toE164`: `+` and the country code), an address trimmed and in lower case (at most 254
 * characters, one `@`, a dot in the domain, no spaces or control characters), both NFKC.
 * `null` when it is neither. Registration and the helpdesk validate with this one function.
 *
 * @example
 * ```ts
 * normalizeContactValue('mobile', '+31 6 1234 5678'); // "+31612345678"
 * normalizeContactValue('email', ' Ada@Example.COM '); // "ada@example.com"
 * normalizeContactValue('email', 'not an address'); // null
 * ```
 */
export function normalizeContactValue(kind: ContactValueKind, value: string): string | null {
  const trimmed = value.normalize('NFKC').trim();
  if (kind === 'email') {
    const valid =
      trimmed.length <= 254 &&
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(trimmed) &&
      !/\p{Cc}/u.test(trimmed);
    return valid ? trimmed.toLowerCase() : null;
  }
  return toE164(trimmed);
}
