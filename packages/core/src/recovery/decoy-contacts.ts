import { callingCodeOf } from './calling-code.js';

/** Options for {@link decoyContacts}. */
export interface DecoyContactsOptions {
  /**
   * Country calling codes (without `+`) the deployment sends SMS to; the decoy phone uses
   * one of them. An empty list means any, and then a common code is used:
   * 1, 31, 32, 33, 34, 44 or 49.
   */
  callingCodes: readonly string[];
}

/** A fake phone number and email address that look like a real account's. */
export interface DecoyContacts {
  /** An E.164 number. */
  phone: string;
  /** An address at a large email provider. */
  email: string;
}

/** The shortest seed accepted: 128 bits, enough for every choice below. */
const MINIMUM_SEED_BYTES = 16;

const COMMON_CALLING_CODES = ['1', '31', '32', '33', '34', '44', '49'] as const;

/** How a mobile number looks after its calling code: national length and first digits. */
interface NationalFormat {
  length: number;
  firstDigits: string;
}

const DEFAULT_FORMAT: NationalFormat = { length: 9, firstDigits: '123456789' };

/** Mobile number formats of common countries; others get {@link DEFAULT_FORMAT}. */
const NATIONAL_FORMATS: Readonly<Record<string, NationalFormat>> = {
  '1': { length: 10, firstDigits: '23456789' },
  '7': { length: 10, firstDigits: '9' },
  '31': { length: 9, firstDigits: '6' },
  '32': { length: 9, firstDigits: '4' },
  '33': { length: 9, firstDigits: '67' },
  '34': { length: 9, firstDigits: '67' },
  '39': { length: 10, firstDigits: '3' },
  '41': { length: 9, firstDigits: '7' },
  '44': { length: 10, firstDigits: '7' },
  '45': { length: 8, firstDigits: '2345' },
  '46': { length: 9, firstDigits: '7' },
  '47': { length: 8, firstDigits: '49' },
  '48': { length: 9, firstDigits: '5678' },
  '49': { length: 10, firstDigits: '1' },
  '61': { length: 9, firstDigits: '4' },
  '81': { length: 10, firstDigits: '789' },
  '86': { length: 11, firstDigits: '1' },
  '91': { length: 10, firstDigits: '6789' },
  '353': { length: 9, firstDigits: '8' },
};

const EMAIL_DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'hotmail.com',
  'proton.me',
  'gmx.de',
  'orange.fr',
] as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS_AND_DIGITS = `${LETTERS}0123456789`;

/**
 * Deterministic fake contacts for an account that does not exist or cannot reset, so
 * that its masked hints look like a real account's and reveal nothing (OWASP Forgot
 * Password; ASVS 5.0 6.3.8: no account enumeration). The same seed always gives the
 * same contacts, so asking twice shows the same hints; different seeds spread out.
 *
 * The phone has a calling code from `options.callingCodes` and a national number of a
 * plausible length for it; the email has a local part starting with a letter and a
 * domain of a large provider. Every choice is taken from the seed read as one big number
 * in mixed radix, which is uniform up to a bias below 2^-20.
 *
 * @param seed - at least 16 bytes of a keyed hash (an HMAC) of the identifier, never the
 *   bare identifier, so nobody without the key can predict the decoys.
 * @throws {TypeError} when `seed` is shorter than 16 bytes, or a calling code is not one
 *   (`"3"`, `"12"`, `"+31"`).
 *
 * @example
 * ```ts
 * const seed = await hmacSha256(decoyKey, identifier);
 * const { phone, email } = decoyContacts(seed, { callingCodes: ['31', '32'] });
 * maskPhone(phone); // e.g. "+31 •• ••• ••47"
 * ```
 */
export function decoyContacts(seed: Uint8Array, options: DecoyContactsOptions): DecoyContacts {
  if (seed.length < MINIMUM_SEED_BYTES) {
    throw new TypeError(`decoy seed must be at least ${MINIMUM_SEED_BYTES} bytes`);
  }
  for (const code of options.callingCodes) {
    if (!isCallingCode(code)) throw new TypeError(`not a country calling code: ${code}`);
  }
  const pick = createPicker(seed);
  const choose = <T>(items: ArrayLike<T>): T => items[pick(items.length)] as T;

  const codes = options.callingCodes.length > 0 ? options.callingCodes : COMMON_CALLING_CODES;
  const callingCode = choose(codes);
  const format = NATIONAL_FORMATS[callingCode] ?? DEFAULT_FORMAT;
  let national = choose(format.firstDigits);
  while (national.length < format.length) national += String(pick(10));

  let local = choose(LETTERS);
  const localLength = 6 + pick(5);
  while (local.length < localLength) local += choose(LETTERS_AND_DIGITS);

  return { phone: `+${callingCode}${national}`, email: `${local}@${choose(EMAIL_DOMAINS)}` };
}

/** Whether `code` is a whole country calling code under the prefix-free assignment. */
function isCallingCode(code: string): boolean {
  return /^[1-9][0-9]{0,2}$/.test(code) && callingCodeOf(`+${code}00000000`) === code;
}

/**
 * Returns `pick(n)`, each call an integer in [0, n) taken from the seed as digits of a
 * mixed-radix number. The seed has at least 128 bits; one decoy uses under 110, so the
 * remainder always dwarfs `n` and the bias stays negligible.
 */
function createPicker(seed: Uint8Array): (n: number) => number {
  let rest = 0n;
  for (const byte of seed) rest = (rest << 8n) | BigInt(byte);
  return (n) => {
    const radix = BigInt(n);
    const value = Number(rest % radix);
    rest /= radix;
    return value;
  };
}
