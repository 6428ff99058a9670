import { DeliveryError } from '@openreset/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Parses a recipient number and returns it in E.164 form (`+31612345678`).
 *
 * Only international numbers (with a leading `+`) are accepted: the engine stores numbers in
 * E.164 already, so anything else is a caller's mistake, never a guess at a country.
 *
 * @throws {DeliveryError} `invalid_recipient` (not retryable) for a number that is not a
 *   valid, dialable phone number; nothing is sent.
 */
export function parseE164(to: string): string {
  // Control characters never belong in a number, and must not reach a provider's form.
  if (typeof to !== 'string' || /[\p{Cc}]/u.test(to) || !to.trim().startsWith('+')) {
    throw new DeliveryError('invalid_recipient', 'The phone number is not in E.164 form', {
      retryable: false,
    });
  }
  const parsed = parsePhoneNumberFromString(to.trim());
  if (parsed === undefined || !parsed.isValid()) {
    throw new DeliveryError('invalid_recipient', 'The phone number is not valid', {
      retryable: false,
    });
  }
  return parsed.number;
}
