import { checkInteger } from '../check-integer.js';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Random } from '../ports/random.js';
import type { ChallengeRecord } from '../ports/storage.js';

/**
 * The characters of a Temporary Access Pass: digits and capital letters without the ones
 * that read alike (0/O, 1/I/L), so it can be read out over the phone. 31 characters.
 */
export const TEMPORARY_ACCESS_PASS_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters in a pass: 12 of 31 is about 59 bits, far beyond any attempt budget. */
export const TEMPORARY_ACCESS_PASS_LENGTH = 12;

/** The keyring purpose of a pass's HMAC (never the purpose of codes). */
const PURPOSE = 'temporary-access-pass';

/**
 * `length` characters drawn uniformly from `alphabet` (2-256 distinct characters) with a
 * CSPRNG: a byte is used only below the largest multiple of the alphabet's size under 256
 * (rejection sampling, no modulo bias). For passes and generated passwords.
 *
 * @throws {TypeError} for an alphabet outside 2-256 characters or a length below 1.
 */
export function generateRandomString(random: Random, alphabet: string, length: number): string {
  const size = alphabet.length;
  if (size < 2 || size > 256) throw new TypeError('alphabet must have 2-256 characters');
  checkInteger('length', length, 1);
  const limit = 256 - (256 % size);
  let text = '';
  while (text.length < length) {
    for (const byte of random.bytes(length - text.length)) {
      if (byte < limit) text += alphabet[byte % size];
    }
  }
  return text;
}

/**
 * Generates a pass of {@link TEMPORARY_ACCESS_PASS_LENGTH} characters from
 * {@link TEMPORARY_ACCESS_PASS_ALPHABET}, each uniform, from a CSPRNG (NIST 800-63B 5.1.2.1
 * asks 20 bits for a look-up secret; this has 59).
 *
 * @example
 * ```ts
 * generateTemporaryAccessPass(systemRandom); // e.g. "K7QH2MXR9TPA"
 * ```
 */
export function generateTemporaryAccessPass(random: Random): string {
  return generateRandomString(random, TEMPORARY_ACCESS_PASS_ALPHABET, TEMPORARY_ACCESS_PASS_LENGTH);
}

/**
 * A pass as a user typed it, in its stored form: spaces and hyphens dropped, upper case.
 * `null` when it cannot be a pass (wrong length or characters): the caller refuses it as a
 * malformed request before any attempt is spent.
 */
export function normalizeTemporaryAccessPass(typed: unknown): string | null {
  if (typeof typed !== 'string' || typed.length > 64) return null;
  const pass = typed.replace(/[\s-]/g, '').toUpperCase();
  const valid =
    pass.length === TEMPORARY_ACCESS_PASS_LENGTH &&
    [...pass].every((char) => TEMPORARY_ACCESS_PASS_ALPHABET.includes(char));
  return valid ? pass : null;
}

/**
 * Where a user's pass is kept: one challenge record per user in the challenge store (one
 * live record per flow and method, replaced on reissue, consumed atomically), so a pass has
 * a code's guarantees without a store of its own. The user id is the "flow".
 */
export function temporaryAccessPassSlot(userId: string): { flowId: string; methodId: string } {
  return { flowId: `${TEMPORARY_ACCESS_PASS_FLOW_PREFIX}${userId}`, methodId: 'pass' };
}

/** How every pass's "flow" id starts (see {@link temporaryAccessPassSlot}); the purge uses it. */
export const TEMPORARY_ACCESS_PASS_FLOW_PREFIX = 'temporary-access-pass:';

/** How a pass may be used: once (then consumed), or until it expires. */
export type PassUse = 'once' | 'until_expiry';

const passMessage = (userId: string, pass: string, use: PassUse) =>
  `${userId}\u0000${use}\u0000${pass}`;

/**
 * The keyed hash a pass is stored as, bound to its user and to how it may be used (so
 * the use cannot be changed at rest without the key).
 */
export function macTemporaryAccessPass(
  keyring: Keyring,
  userId: string,
  pass: string,
  use: PassUse,
): Promise<{ keyId: string; mac: string }> {
  return keyring.mac(PURPOSE, passMessage(userId, pass, use));
}

/**
 * How a typed pass matches a stored one: `once`, `until_expiry`, or `null` for no match.
 * Both uses are computed and compared in constant time whatever the input, so a check costs
 * the same for a hit, a miss and an account without a pass (`stored` null: compared with a
 * stand-in).
 */
export async function matchTemporaryAccessPass(
  keyring: Keyring,
  stored: Pick<ChallengeRecord, 'keyId' | 'secretHash'> | null,
  userId: string,
  pass: string,
): Promise<PassUse | null> {
  const keyId = stored?.keyId ?? '';
  const expected = new TextEncoder().encode(stored?.secretHash ?? 'no-pass');
  let found: PassUse | null = null;
  for (const use of ['once', 'until_expiry'] as const) {
    const candidate =
      (await keyring.macWith(keyId, PURPOSE, passMessage(userId, pass, use))) ??
      (await keyring.mac(PURPOSE, passMessage(userId, pass, use))).mac;
    if (timingSafeEqual(new TextEncoder().encode(candidate), expected) && stored !== null) {
      found = use;
    }
  }
  return found;
}
