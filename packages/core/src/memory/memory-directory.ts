import { decodeCursor, encodeCursor } from '../audit/audit-cursor.js';
import { systemClock } from '../crypto/system-clock.js';
import { ErrorCode, OpenResetError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import {
  checkListUsersLimit,
  type Directory,
  type DirectoryContact,
  DirectoryError,
  type DirectoryStatus,
  type DirectoryUser,
  type DirectoryUserPage,
  type ListUsersOptions,
} from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';

/** A user to seed a memory directory with; only `username` and `password` are required. */
export interface MemoryDirectoryUser {
  /** A stable id. @default `user-<n>`, `n` being the 1-based position in `users` */
  id?: string;
  username: string;
  /** The initial password, hashed at once with the directory's hasher and never kept. */
  password: string;
  email?: string;
  givenName?: string;
  surname?: string;
  displayName?: string;
  /** @default [] */
  groups?: readonly string[];
  /** @default false */
  isAdmin?: boolean;
  /** @default false */
  disabled?: boolean;
  /** @default false */
  lockedOut?: boolean;
  /** @default {} */
  contact?: DirectoryContact;
  /** @default false */
  mustChangePassword?: boolean;
  /** When the password was last set. */
  passwordChangedAt?: Date;
  /**
   * When the directory itself expires this password (see `DirectoryUser.passwordExpiresAt`).
   * @default `passwordChangedAt` plus the directory's `passwordMaxAgeDays`, when both are set
   */
  passwordExpiresAt?: Date;
}

/** Options for {@link createMemoryDirectory}. */
export interface MemoryDirectoryOptions {
  /** The users; usernames and ids MUST be unique (usernames compared case-insensitively). */
  users: readonly MemoryDirectoryUser[];
  /** Hashes the passwords it keeps. A low-cost one (e.g. PBKDF2 with 1000 iterations) keeps tests fast. */
  hasher: PasswordHasher;
  /** Stamps `passwordChangedAt` and `status().checkedAt`. @default systemClock */
  clock?: Clock;
  /**
   * The directory's own password policy: return `false` to refuse a new password with
   * `password_policy`, as a real directory's quality rules would.
   * @default accepts every non-empty password
   */
  passwordPolicy?: (password: string, user: DirectoryUser) => boolean;
  /** What `status()` describes. @default "in-memory directory" */
  description?: string;
  /** Act as an external directory, so the policy's `writeback` switch applies. @default false */
  external?: boolean;
  /**
   * The directory's own maximum password age, as OpenLDAP's ppolicy `pwdMaxAge` or AD's
   * `maxPwdAge`: every password set through the directory gets `passwordExpiresAt` this many
   * days after it was set. Without it, a password write drops a seeded `passwordExpiresAt`
   * (the directory enforces no expiry).
   */
  passwordMaxAgeDays?: number;
}

/** A {@link Directory} in memory, with a switch to simulate an outage. */
export interface MemoryDirectory extends Directory {
  /**
   * `false` makes every method throw `DirectoryError` code `unavailable` and `status()`
   * report `connected: false`, until it is set back to `true`.
   */
  setAvailable(available: boolean): void;
}

interface Account {
  user: DirectoryUser;
  /** Swapped for a new promise on every password write; compared to detect concurrent writes. */
  passwordHash: Promise<string>;
  /** Hashes of earlier passwords, newest first, at most {@link HISTORY_DEPTH}. */
  history: Promise<string>[];
}

/** Earlier passwords kept per account (the policy's `historyCount` range goes to 24). */
const HISTORY_DEPTH = 24;

/**
 * A directory for tests, Storybook and apps without LDAP. It behaves like a real one where
 * the engine can tell: `findUser` matches username or email case-insensitively (lower case
 * of NFKC, so `ZOË` finds `zoë`) and throws `multi_match` when two users match; signing in
 * (`verifyPassword`) fails for disabled and locked-out accounts; `changePassword` checks the
 * current password (`incorrect_password`) and refuses disabled (`account_disabled`) and
 * locked-out (`account_locked_out`) accounts; `resetPassword` refuses disabled accounts;
 * unknown ids throw `user_not_found`. It MUST pass `directoryConformance`.
 *
 * Passwords are kept only as hashes of their NFKC form (NIST 800-63B 5.1.1.2), with the 24
 * before them for `passwordHistory`; no method returns a password.
 *
 * @throws {TypeError} for duplicate ids or usernames.
 *
 * @example
 * ```ts
 * const directory = createMemoryDirectory({
 *   hasher: createPbkdf2Hasher(),
 *   users: [{ username: 'alice', password: 'correct horse battery staple', email: 'alice@example.com' }],
 * });
 * directory.setAvailable(false); // every call now fails with `unavailable`
 * ```
 */
export function createMemoryDirectory(options: MemoryDirectoryOptions): MemoryDirectory {
  const { hasher } = options;
  const clock = options.clock ?? systemClock;
  const passwordPolicy = options.passwordPolicy ?? ((password: string) => password.length > 0);
  const description = options.description ?? 'in-memory directory';
  const accounts = new Map<string, Account>();
  const usernames = new Set<string>();
  let available = true;

  options.users.forEach((input, index) => {
    const user = toDirectoryUser(input, input.id ?? `user-${index + 1}`);
    if (input.passwordExpiresAt === undefined) setDirectoryExpiry(user, options.passwordMaxAgeDays);
    if (accounts.has(user.id)) throw new TypeError(`duplicate user id ${user.id}`);
    if (usernames.has(fold(user.username)))
      throw new TypeError(`duplicate username ${user.username}`);
    usernames.add(fold(user.username));
    accounts.set(user.id, { user, passwordHash: startHash(input.password), history: [] });
  });

  function startHash(password: string): Promise<string> {
    const hashing = hasher.hash(password.normalize('NFKC'));
    // Observed later by whoever awaits it; this only avoids an unhandled-rejection warning.
    hashing.catch(() => {});
    return hashing;
  }

  function replacePassword(target: Account, newHash: string): void {
    target.history = [target.passwordHash, ...target.history].slice(0, HISTORY_DEPTH);
    target.passwordHash = Promise.resolve(newHash);
    target.user.passwordChangedAt = clock.now();
    target.user.mustChangePassword = false;
    setDirectoryExpiry(target.user, options.passwordMaxAgeDays);
  }

  function assertAvailable(): void {
    if (!available) throw new DirectoryError('unavailable', 'The directory is unavailable');
  }

  function account(id: string): Account {
    const found = accounts.get(id);
    if (found === undefined) throw new DirectoryError('user_not_found', 'No user has this id');
    return found;
  }

  function assertPolicy(password: string, user: DirectoryUser): void {
    if (!passwordPolicy(password, user)) {
      throw new DirectoryError(
        'password_policy',
        "The directory's password policy refused the password",
      );
    }
  }

  function assertCanChange(user: DirectoryUser): void {
    if (user.disabled) throw new DirectoryError('account_disabled', 'The account is disabled');
    if (user.lockedOut) throw new DirectoryError('account_locked_out', 'The account is locked out');
  }

  return {
    external: options.external ?? false,
    async findUser(identifier) {
      assertAvailable();
      if (typeof identifier !== 'string') throw new TypeError('identifier must be a string');
      const wanted = fold(identifier);
      const matches = [...accounts.values()].filter(
        ({ user }) =>
          fold(user.username) === wanted ||
          (user.email !== undefined && fold(user.email) === wanted),
      );
      if (matches.length > 1)
        throw new DirectoryError('multi_match', 'More than one user matches the identifier');
      return matches[0] === undefined ? null : structuredClone(matches[0].user);
    },

    async getUser(id) {
      assertAvailable();
      const found = accounts.get(id);
      return found === undefined ? null : structuredClone(found.user);
    },

    async listUsers(listOptions: ListUsersOptions): Promise<DirectoryUserPage> {
      assertAvailable();
      const { limit, cursor, search } = listOptions;
      checkListUsersLimit(limit);
      let after = '';
      if (cursor !== undefined) {
        const position = decodeCursor(cursor, ['string', 'string']);
        if (position === null || position[0] !== 'memory-users') {
          throw new OpenResetError(ErrorCode.InvalidCursor, 'cursor is not one listUsers returned');
        }
        after = position[1];
      }
      const prefix = search === undefined ? '' : fold(search);
      const matching = [...accounts.values()]
        .map(({ user }) => ({ key: fold(user.username), user }))
        .filter(
          ({ key, user }) =>
            key > after &&
            (key.startsWith(prefix) ||
              (user.email !== undefined && fold(user.email).startsWith(prefix))),
        )
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const page = matching.slice(0, limit);
      const last = page.at(-1);
      return {
        users: page.map(({ user }) => structuredClone(user)),
        ...(matching.length > limit && last !== undefined
          ? { next: encodeCursor(['memory-users', last.key]) }
          : {}),
      };
    },

    async listAdminEmails() {
      assertAvailable();
      return [...accounts.values()].flatMap(({ user }) =>
        user.isAdmin && !user.disabled && user.email !== undefined ? [user.email] : [],
      );
    },

    async verifyPassword(id, password) {
      assertAvailable();
      const found = accounts.get(id);
      // A sign-in fails for disabled and locked-out accounts whatever the password.
      if (found === undefined || found.user.disabled || found.user.lockedOut) return false;
      return hasher.verify(await found.passwordHash, password.normalize('NFKC'));
    },

    async resetPassword(id, newPassword, resetOptions = {}) {
      assertAvailable();
      const target = account(id);
      if (target.user.disabled)
        throw new DirectoryError('account_disabled', 'The account is disabled');
      assertPolicy(newPassword, target.user);
      const newHash = await hasher.hash(newPassword.normalize('NFKC'));
      replacePassword(target, newHash);
      target.user.mustChangePassword = resetOptions.mustChange ?? false;
      if (resetOptions.unlock ?? true) target.user.lockedOut = false;
    },

    async changePassword(id, currentPassword, newPassword) {
      assertAvailable();
      const target = account(id);
      assertCanChange(target.user);
      const verifiedHash = target.passwordHash;
      if (!(await hasher.verify(await verifiedHash, currentPassword.normalize('NFKC')))) {
        throw new DirectoryError('incorrect_password', 'The current password is incorrect');
      }
      assertPolicy(newPassword, target.user);
      const newHash = await hasher.hash(newPassword.normalize('NFKC'));
      // Re-check after the awaits: a concurrent write means the verified password is stale.
      assertCanChange(target.user);
      if (target.passwordHash !== verifiedHash) {
        throw new DirectoryError('incorrect_password', 'The password changed during the request');
      }
      replacePassword(target, newHash);
    },

    async passwordHistory(id) {
      assertAvailable();
      const target = account(id);
      return Promise.all([target.passwordHash, ...target.history]);
    },

    async unlock(id) {
      assertAvailable();
      account(id).user.lockedOut = false;
    },

    async status(): Promise<DirectoryStatus> {
      const checkedAt = clock.now();
      return available
        ? { connected: true, description, checkedAt }
        : { connected: false, description, checkedAt, error: 'unavailable' };
    },

    setAvailable(isAvailable) {
      available = isAvailable;
    },
  };
}

/** How the directory compares identifiers: lower case of the NFKC form. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function toDirectoryUser(input: MemoryDirectoryUser, id: string): DirectoryUser {
  if (typeof input.username !== 'string' || input.username === '')
    throw new TypeError('every user needs a username');
  if (typeof input.password !== 'string')
    throw new TypeError(`user ${input.username} needs a password`);
  const user: DirectoryUser = {
    id,
    username: input.username,
    groups: [...(input.groups ?? [])],
    isAdmin: input.isAdmin ?? false,
    disabled: input.disabled ?? false,
    lockedOut: input.lockedOut ?? false,
    contact: structuredClone(input.contact ?? {}),
    mustChangePassword: input.mustChangePassword ?? false,
  };
  // Optional fields are left out rather than set to `undefined`, as a real directory returns them.
  if (input.email !== undefined) user.email = input.email;
  if (input.givenName !== undefined) user.givenName = input.givenName;
  if (input.surname !== undefined) user.surname = input.surname;
  if (input.displayName !== undefined) user.displayName = input.displayName;
  if (input.passwordChangedAt !== undefined)
    user.passwordChangedAt = new Date(input.passwordChangedAt.getTime());
  if (input.passwordExpiresAt !== undefined)
    user.passwordExpiresAt = new Date(input.passwordExpiresAt.getTime());
  return user;
}

/** Sets `passwordExpiresAt` from the directory's own maximum age, or drops it without one. */
function setDirectoryExpiry(user: DirectoryUser, maxAgeDays: number | undefined): void {
  const changedAt = user.passwordChangedAt?.getTime();
  if (maxAgeDays === undefined || maxAgeDays <= 0 || changedAt === undefined) {
    delete user.passwordExpiresAt;
    return;
  }
  user.passwordExpiresAt = new Date(changedAt + maxAgeDays * 24 * 60 * 60_000);
}
