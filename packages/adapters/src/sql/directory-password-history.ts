import type { Selectable } from 'kysely';
import type { UserTable } from './directory-schema.js';
import { fromJson, toJson } from './sql-values.js';

/** Earlier passwords kept per account, besides the current one (the policy's history goes to 24). */
const HISTORY_DEPTH = 24;

/** An account's password hashes, newest first: the current one (if any), then earlier ones. */
export function readPasswordHistory(row: Selectable<UserTable>): string[] {
  const earlier = fromJson<string[]>(row.password_history);
  return row.password_hash === null ? earlier : [row.password_hash, ...earlier];
}

/**
 * The `password_history` column once the current password is replaced: the current hash joins
 * the front, and the oldest beyond {@link HISTORY_DEPTH} drop off.
 */
export function historyAfterReplacing(row: Selectable<UserTable>): string {
  return toJson(readPasswordHistory(row).slice(0, HISTORY_DEPTH));
}
