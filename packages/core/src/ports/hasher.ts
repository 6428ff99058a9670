/**
 * A slow, salted one-way hash for passwords and security answers
 * (OWASP: argon2id m=19456 KiB t=2 p=1, or PBKDF2-SHA256 600,000 iterations).
 */
export interface PasswordHasher {
  /**
   * Hashes a secret with a fresh random salt of at least 128 bits.
   * MUST return a self-describing string (PHC format) holding algorithm, parameters,
   * salt and digest, so a later verify needs nothing else.
   */
  hash(secret: string): Promise<string>;
  /**
   * Checks a secret against a hash made by `hash`. MUST compare in constant time and
   * MUST return `false` (not throw) for a hash it cannot read.
   */
  verify(hash: string, secret: string): Promise<boolean>;
  /** True when the hash uses weaker parameters than this hasher would choose today. */
  needsRehash(hash: string): boolean;
}
