import { randomUUID } from 'node:crypto';
import {
  type Clock,
  checkListUsersLimit,
  type DirectoryContact,
  DirectoryError,
  type DirectoryUser,
  type DirectoryUserPage,
  decodeCursor,
  encodeCursor,
  type ListUsersOptions,
  OpenResetError,
} from '@openreset/core';
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DirectorySchema, UserTable } from './directory-schema.js';
import type { SqlDirectoryUserInput } from './directory-user-input.js';
import { prepareStatement } from './sql-prepared.js';
import { fromNullableMillis, isUniqueViolation, toFlag, toJson, toMillis } from './sql-values.js';

/** The fields of an account that `updateUser` sets as given. */
type SettableField =
  | 'username'
  | 'groups'
  | 'isAdmin'
  | 'disabled'
  | 'lockedOut'
  | 'contact'
  | 'mustChangePassword';

/**
 * Changes to an account for `SqlDirectory.updateUser`: `null` clears an optional field;
 * `groups` replaces every membership and `contact` every contact field.
 */
export interface SqlDirectoryUserChanges extends Partial<Pick<DirectoryUser, SettableField>> {
  email?: string | null;
  givenName?: string | null;
  surname?: string | null;
  displayName?: string | null;
}

/** An account as stored, and as the directory hands it out. */
export interface DirectoryAccount {
  row: Selectable<UserTable>;
  user: DirectoryUser;
}

/** An account ready to insert: its row and its groups (without repeats). */
export interface NewAccount {
  row: Insertable<UserTable> & { id: string };
  groups: string[];
}

/** Reads and writes the directory's accounts (`openreset_users`, `openreset_user_groups`). */
export interface DirectoryAccountStore {
  /**
   * The account whose id, or whose username or email (ignoring case), matches; a hit and a
   * miss run the same queries.
   * @throws {DirectoryError} `multi_match` when two accounts match a name.
   */
  find(match: { id: string } | { name: string }): Promise<DirectoryAccount | undefined>;
  /** @throws {DirectoryError} `user_not_found`. */
  get(id: string): Promise<DirectoryAccount>;
  /** The row and groups for a checked input, stamped now; `passwordHash` is already hashed. */
  toNewAccount(input: SqlDirectoryUserInput, passwordHash: string | null): NewAccount;
  /** @throws {OpenResetError} `already_exists` when the username or id is taken. */
  create(account: NewAccount): Promise<void>;
  /**
   * Inserts all in one transaction. @returns how many were created.
   * @throws {OpenResetError} `already_exists` (and inserts none) when one is taken, unless `onConflict` is `skip`.
   */
  import(accounts: readonly NewAccount[], onConflict: 'fail' | 'skip'): Promise<number>;
  /**
   * Applies profile and flag changes, groups in the same transaction.
   * @throws {DirectoryError} `user_not_found`; {@link OpenResetError} `already_exists` for a taken username.
   * @throws {TypeError} for an empty username.
   */
  update(id: string, changes: SqlDirectoryUserChanges): Promise<DirectoryUser>;
  /** The emails of enabled administrators, by username. */
  listAdminEmails(): Promise<string[]>;
  /** One page of accounts by username key (see `Directory.listUsers`). */
  list(options: ListUsersOptions): Promise<DirectoryUserPage>;
  /** Reads one row: throws when the database cannot be reached. */
  probe(): Promise<void>;
}

/** The account store on a directory's Kysely instance. */
export function createDirectoryAccountStore(
  db: Kysely<DirectorySchema>,
  clock: Clock,
): DirectoryAccountStore {
  // Every flow step reads an account: these are compiled once.
  const selectById = prepareStatement<Selectable<UserTable>>(
    db,
    'select * from openreset_users where id = ? limit 2',
  );
  const selectByName = prepareStatement<Selectable<UserTable>>(
    db,
    'select * from openreset_users where username_key = ? or email_key = ? limit 2',
  );
  const selectGroups = prepareStatement<{ group_name: string }>(
    db,
    'select group_name from openreset_user_groups where user_id = ? order by group_name',
  );
  /**
   * The account whose id, or whose username or email key, matches: the same two queries
   * whether it exists or not (the groups are read for a miss too), so a lookup's timing does
   * not tell whether an account exists (enumeration safety reaches into the adapter).
   */
  async function find(match: { id: string } | { name: string }) {
    const { rows } =
      'id' in match
        ? await selectById([match.id])
        : await selectByName([fold(match.name), fold(match.name)]);
    const [row] = rows;
    const groups = (await selectGroups([row?.id ?? ''])).rows;
    if (rows.length > 1) {
      throw new DirectoryError('multi_match', 'More than one user matches the identifier');
    }
    if (row === undefined) return undefined;
    return {
      row,
      user: toDirectoryUser(
        row,
        groups.map((group) => group.group_name),
        clock.now(),
      ),
    };
  }

  async function get(id: string) {
    const found = await find({ id });
    if (found === undefined) throw new DirectoryError('user_not_found', 'No user has this id');
    return found;
  }

  return {
    find,
    get,

    toNewAccount(input, passwordHash) {
      const now = toMillis(clock.now());
      return {
        row: {
          id: input.id ?? randomUUID(),
          username: input.username,
          username_key: fold(input.username),
          email: input.email ?? null,
          email_key: input.email === undefined ? null : fold(input.email),
          given_name: input.givenName ?? null,
          surname: input.surname ?? null,
          display_name: input.displayName ?? null,
          is_admin: toFlag(input.isAdmin ?? false),
          disabled: toFlag(input.disabled ?? false),
          locked_out: toFlag(input.lockedOut ?? false),
          must_change_password: toFlag(input.mustChangePassword ?? false),
          mobile: input.contact?.mobile ?? null,
          office: input.contact?.office ?? null,
          alternate_email: input.contact?.alternateEmail ?? null,
          password_hash: passwordHash,
          password_history: toJson([]),
          password_changed_at:
            input.passwordChangedAt !== undefined
              ? toMillis(input.passwordChangedAt)
              : passwordHash === null
                ? null
                : now,
          created_at: now,
          updated_at: now,
        },
        groups: [...new Set(input.groups ?? [])],
      };
    },

    async create(account) {
      await conflictsAsAlreadyExists(() => insertAccounts(db, [account], 'fail'));
    },

    import: (accounts, onConflict) =>
      conflictsAsAlreadyExists(() =>
        db.transaction().execute((trx) => insertAccounts(trx, accounts, onConflict)),
      ),

    async update(id, changes) {
      const { user } = await get(id);
      const set: Updateable<UserTable> = { updated_at: toMillis(clock.now()) };
      if (changes.username !== undefined) {
        if (typeof changes.username !== 'string' || changes.username === '') {
          throw new TypeError('username must be a non-empty string');
        }
        set.username = changes.username;
        set.username_key = fold(changes.username);
      }
      if (changes.email !== undefined) {
        set.email = changes.email;
        set.email_key = changes.email === null ? null : fold(changes.email);
      }
      if (changes.givenName !== undefined) set.given_name = changes.givenName;
      if (changes.surname !== undefined) set.surname = changes.surname;
      if (changes.displayName !== undefined) set.display_name = changes.displayName;
      if (changes.isAdmin !== undefined) set.is_admin = toFlag(changes.isAdmin);
      if (changes.disabled !== undefined) set.disabled = toFlag(changes.disabled);
      if (changes.lockedOut !== undefined) {
        set.locked_out = toFlag(changes.lockedOut);
        if (!changes.lockedOut) Object.assign(set, UNLOCKED);
      }
      if (changes.mustChangePassword !== undefined) {
        set.must_change_password = toFlag(changes.mustChangePassword);
      }
      if (changes.contact !== undefined) {
        set.mobile = changes.contact.mobile ?? null;
        set.office = changes.contact.office ?? null;
        set.alternate_email = changes.contact.alternateEmail ?? null;
      }
      await conflictsAsAlreadyExists(() =>
        db.transaction().execute(async (trx) => {
          await trx.updateTable('openreset_users').set(set).where('id', '=', user.id).execute();
          if (changes.groups === undefined) return;
          await trx.deleteFrom('openreset_user_groups').where('user_id', '=', user.id).execute();
          await insertGroups(trx, user.id, [...new Set(changes.groups)]);
        }),
      );
      return (await get(id)).user;
    },

    async listAdminEmails() {
      const rows = await db
        .selectFrom('openreset_users')
        .select('email')
        .where('is_admin', '=', 1)
        .where('disabled', '=', 0)
        .where('email', 'is not', null)
        .orderBy('username_key')
        .execute();
      return rows.flatMap((row) => (row.email === null ? [] : [row.email]));
    },

    async list({ limit, cursor, search }) {
      checkListUsersLimit(limit);
      const after = cursor === undefined ? undefined : decodeListCursor(cursor);
      const pattern = search === undefined ? undefined : `${escapeLike(fold(search))}%`;
      // Keyset paging on the unique username key; one more row tells whether a page follows.
      const rows = await db
        .selectFrom('openreset_users')
        .selectAll()
        .$if(after !== undefined, (query) => query.where('username_key', '>', after as string))
        .$if(pattern !== undefined, (query) =>
          query.where(
            sql<boolean>`(username_key like ${pattern} escape '\\' or email_key like ${pattern} escape '\\')`,
          ),
        )
        .orderBy('username_key')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const memberships =
        page.length === 0
          ? []
          : await db
              .selectFrom('openreset_user_groups')
              .select(['user_id', 'group_name'])
              .where(
                'user_id',
                'in',
                page.map((row) => row.id),
              )
              .orderBy('group_name')
              .execute();
      const now = clock.now();
      const users = page.map((row) =>
        toDirectoryUser(
          row,
          memberships.filter((m) => m.user_id === row.id).map((m) => m.group_name),
          now,
        ),
      );
      const last = page.at(-1);
      return {
        users,
        ...(rows.length > limit && last !== undefined
          ? { next: encodeCursor([LIST_CURSOR, last.username_key]) }
          : {}),
      };
    },

    async probe() {
      await db.selectFrom('openreset_users').select('id').limit(1).execute();
    },
  };
}

/** The name in `listUsers` cursors, so no other cursor reads as one. */
const LIST_CURSOR = 'sql-users';

/** @throws {OpenResetError} `invalid_cursor` for a cursor `list` did not issue. */
function decodeListCursor(cursor: string): string {
  const position = decodeCursor(cursor, ['string', 'string']);
  if (position === null || position[0] !== LIST_CURSOR) {
    throw new OpenResetError('invalid_cursor', 'cursor is not one listUsers returned');
  }
  return position[1];
}

/** A LIKE pattern's text with `\`, `%` and `_` escaped (used with `escape '\'`). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** How the directory compares identifiers: lower case of the NFKC form. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** @returns how many were inserted (with `skip`, a taken username or id is passed over). */
async function insertAccounts(
  db: Kysely<DirectorySchema>,
  accounts: readonly NewAccount[],
  onConflict: 'fail' | 'skip',
): Promise<number> {
  let created = 0;
  for (const { row, groups } of accounts) {
    if (onConflict === 'skip') {
      const inserted = await db
        .insertInto('openreset_users')
        .values(row)
        .onConflict((conflict) => conflict.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted === undefined) continue;
    } else {
      await db.insertInto('openreset_users').values(row).execute();
    }
    await insertGroups(db, row.id, groups);
    created += 1;
  }
  return created;
}

async function insertGroups(
  db: Kysely<DirectorySchema>,
  userId: string,
  groups: readonly string[],
): Promise<void> {
  if (groups.length === 0) return;
  await db
    .insertInto('openreset_user_groups')
    .values(groups.map((group_name) => ({ user_id: userId, group_name })))
    .execute();
}

/** Columns that end a smart lockout and forget the wrong passwords counted so far. */
export const UNLOCKED = { failed_sign_ins: 0, failures_since: null, locked_until: null } as const;

async function conflictsAsAlreadyExists<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new OpenResetError('already_exists', 'A user with this username or id already exists', {
        cause: error,
      });
    }
    throw error;
  }
}

function toDirectoryUser(row: Selectable<UserTable>, groups: string[], now: Date): DirectoryUser {
  const contact: DirectoryContact = {};
  if (row.mobile !== null) contact.mobile = row.mobile;
  if (row.office !== null) contact.office = row.office;
  if (row.alternate_email !== null) contact.alternateEmail = row.alternate_email;
  const user: DirectoryUser = {
    id: row.id,
    username: row.username,
    groups,
    isAdmin: Number(row.is_admin) === 1,
    disabled: Number(row.disabled) === 1,
    // Locked by an admin, or by smart lockout until `locked_until`.
    lockedOut:
      Number(row.locked_out) === 1 ||
      (row.locked_until !== null && Number(row.locked_until) > now.getTime()),
    contact,
    mustChangePassword: Number(row.must_change_password) === 1,
  };
  // Optional fields are left out rather than set to `undefined`, as other directories return them.
  if (row.email !== null) user.email = row.email;
  if (row.given_name !== null) user.givenName = row.given_name;
  if (row.surname !== null) user.surname = row.surname;
  if (row.display_name !== null) user.displayName = row.display_name;
  const changedAt = fromNullableMillis(row.password_changed_at);
  if (changedAt !== null) user.passwordChangedAt = changedAt;
  return user;
}
