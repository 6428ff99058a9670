/**
 * A breached-password corpus queried by k-anonymity, as in the "Pwned Passwords" range
 * API: the caller sends only the first 5 hex characters of the SHA-1 of the password, and
 * compares the suffixes itself, so the corpus never sees the password or its full hash.
 */
export interface BreachedPasswords {
  /**
   * Every breached hash starting with `prefix`.
   *
   * @param prefix - The first 5 characters of an upper-case hex SHA-1 digest.
   * @returns A map from the remaining 35 upper-case hex characters to how often that
   *   password was seen. MUST be empty, not throw, when nothing matches; MAY throw when
   *   the corpus is unreachable (callers then treat the check as skipped, not passed).
   */
  range(prefix: string): Promise<ReadonlyMap<string, number>>;
}
