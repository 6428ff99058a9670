/**
 * A cryptographically secure random source (a CSPRNG). Codes, ids, salts and question
 * selections all come from here. Inject a seeded one only in tests.
 */
export interface Random {
  /**
   * Fills and returns a new array of `length` random bytes.
   * MUST come from a CSPRNG in production (NIST 800-63B 5.1.3.1; ASVS 6.4.1).
   */
  bytes(length: number): Uint8Array;
}
