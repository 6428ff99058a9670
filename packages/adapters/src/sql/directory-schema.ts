import type { Generated } from 'kysely';
import type { Flag, Json, Millis, NullableMillis } from './sql-values.js';

/** `openreset_users`: the SQL directory's accounts. */
export interface UserTable {
  id: string;
  username: string;
  /** Lower case of the NFKC username: what lookups compare. Unique. */
  username_key: string;
  email: string | null;
  /** Lower case of the NFKC email, or null. Not unique (two accounts may share an address). */
  email_key: string | null;
  given_name: string | null;
  surname: string | null;
  display_name: string | null;
  is_admin: Flag;
  disabled: Flag;
  /** Locked by an admin (or an import) until unlocked. */
  locked_out: Flag;
  /** Smart lockout: wrong passwords since `failures_since`, within the window. */
  failed_sign_ins: Generated<number>;
  failures_since: NullableMillis;
  /** Smart lockout: locked until this instant after too many wrong passwords. */
  locked_until: NullableMillis;
  must_change_password: Flag;
  mobile: string | null;
  office: string | null;
  alternate_email: string | null;
  /** PHC hash of the NFKC password; null for an account that has none yet. */
  password_hash: string | null;
  /** JSON array of earlier hashes, newest first, at most 24. */
  password_history: Json;
  password_changed_at: NullableMillis;
  created_at: Millis;
  updated_at: Millis;
}

/** `openreset_user_groups`: group memberships. */
export interface UserGroupTable {
  user_id: string;
  group_name: string;
}

/** The directory tables, for Kysely. */
export interface DirectorySchema {
  openreset_users: UserTable;
  openreset_user_groups: UserGroupTable;
}
