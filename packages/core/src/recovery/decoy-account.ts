/** The shortest seed accepted: 128 bits, enough for every choice below. */
const MINIMUM_SEED_BYTES = 16;

/**
 * What a flow shows for an account when it has nothing real to show: the last two digits
 * of a phone it does not have, and the security questions it never registered. Derived
 * from a keyed hash of the identifier, so the same identifier always shows the same
 * (OWASP Forgot Password; ASVS 5.0 6.3.8) and nobody without the key can predict it.
 *
 * Real flows reveal of a phone only its last two digits, which are close to uniform over
 * real numbers, so two uniform digits here follow the same distribution. A decoy's
 * questions are a fixed set of `toRegister` taken uniformly from the policy's questions,
 * asked `toAnswer` at a time like a real user's registered set.
 */
export interface DecoyAccount {
  /** Two digits standing for the last two of a mobile phone. */
  mobileDigits: string;
  /** Two digits standing for the last two of an office phone. */
  officeDigits: string;
  /**
   * The questions this identifier "registered": `count` distinct ids of `defined`, the
   * same for the same seed and list.
   */
  questionIds(defined: readonly string[], count: number): string[];
}

/**
 * The {@link DecoyAccount} of a seed.
 *
 * @param seed - at least 16 bytes of a keyed hash (an HMAC) of the identifier, never the
 *   bare identifier.
 * @throws {TypeError} when `seed` is shorter than 16 bytes.
 *
 * @example
 * ```ts
 * const decoy = decoyAccount(await hmacSha256(key, identifier));
 * decoy.mobileDigits; // e.g. "47"
 * decoy.questionIds(['q1', 'q2', 'q3', 'q4'], 3); // e.g. ['q4', 'q1', 'q3']
 * ```
 */
export function decoyAccount(seed: Uint8Array): DecoyAccount {
  if (seed.length < MINIMUM_SEED_BYTES) {
    throw new TypeError(`decoy seed must be at least ${MINIMUM_SEED_BYTES} bytes`);
  }
  const pick = createPicker(seed);
  const twoDigits = () => String(pick(100)).padStart(2, '0');
  const mobileDigits = twoDigits();
  const officeDigits = twoDigits();
  return {
    mobileDigits,
    officeDigits,
    questionIds(defined, count) {
      // A fresh picker past the two digits, so every call gives the same list.
      const pickQuestion = createPicker(seed);
      pickQuestion(100);
      pickQuestion(100);
      const pool = [...defined];
      const picked: string[] = [];
      while (picked.length < count && pool.length > 0) {
        picked.push(...pool.splice(pickQuestion(pool.length), 1));
      }
      return picked;
    },
  };
}

/**
 * Returns `pick(n)`, each call an integer in [0, n) taken from the seed as digits of a
 * mixed-radix number. The seed has at least 128 bits and a decoy uses under 60 of them,
 * so the remainder always dwarfs `n` and the bias is negligible.
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
