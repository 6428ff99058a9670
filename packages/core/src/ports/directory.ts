import { checkInteger } from '../check-integer.js';
import { OpenResetError } from '../errors.js';

/** A user as the directory (LDAP, Active Directory, SQL) knows them. */
export interface DirectoryUser {
  /** A stable id that never changes for this user (entryUUID, objectGUID, a primary key). */
  id: string;
  /** The sign-in name (uid, sAMAccountName, userPrincipalName). */
  username: string;
  /** The primary email address, if any. */
  email?: string;
  /** Given (first) name. */
  givenName?: string;
  /** Surname (last name). */
  surname?: string;
  /** A name for greetings in notifications. */
  displayName?: string;
  /** Names of the groups the user belongs to, for policy scoping. */
  groups: readonly string[];
  /** Administrators always need two gates and can never use security questions. */
  isAdmin: boolean;
  /** A disabled account can neither reset nor unlock. */
  disabled: boolean;
  /** The directory has locked the account after failed sign-ins. */
  lockedOut: boolean;
  /** Recovery data the directory already holds, which counts as registered where the policy allows. */
  contact: DirectoryContact;
  /** When the password was last set, for expiry. */
  passwordChangedAt?: Date;
  /**
   * When the directory itself will refuse the password as expired: its own answer (OpenLDAP:
   * `pwdChangedTime` plus the ppolicy's `pwdMaxAge`; Active Directory:
   * `msDS-UserPasswordExpiryTimeComputed`). Absent when the directory enforces no expiry for
   * this user or cannot tell; then the policy's `password.maxAgeDays` applies to
   * `passwordChangedAt` as before. When present it wins over the policy (see
   * {@link passwordExpiry}): the directory is what actually refuses the sign-in.
   */
  passwordExpiresAt?: Date;
  /** The directory asks for a new password at next sign-in. */
  mustChangePassword: boolean;
}

/** Phone numbers and addresses the directory holds for a user. */
export interface DirectoryContact {
  /** Mobile number in E.164 form (LDAP `mobile`). */
  mobile?: string;
  /** Office number in E.164 form (LDAP `telephoneNumber`). */
  office?: string;
  /** An alternate email address for recovery and notifications. */
  alternateEmail?: string;
}

/** How the directory is doing, for the admin page. */
export interface DirectoryStatus {
  /** Whether the last operation or probe reached the directory. */
  connected: boolean;
  /** A short, secret-free description, e.g. `"ldaps://dc1.example.com (AD)"`. */
  description: string;
  /** When the directory was last reached. */
  checkedAt: Date;
  /** The error code of the last failure, if the probe failed. */
  error?: DirectoryErrorCode;
}

/**
 * Where passwords live and are written back to. Every method MUST throw a
 * {@link DirectoryError} (never a raw library error) on failure, and MUST NOT log passwords.
 */
export interface Directory {
  /**
   * True when passwords live in an external directory (LDAP, Active Directory) that OpenReset
   * writes back to; then the policy's `writeback` switch decides whether self-service reset
   * may change them. False for an embedded directory whose passwords OpenReset owns.
   */
  readonly external: boolean;
  /**
   * Finds the one user a sign-in identifier names (username or email, case-insensitive as
   * the directory compares them). Returns `null` when nobody matches.
   * MUST escape the identifier for the directory's query language (LDAP filter escaping,
   * SQL parameters) and MUST throw `multi_match` when more than one user matches.
   * SHOULD do the same work whether or not someone matches (the same queries, reading
   * related rows for a miss too), so its timing does not tell which accounts exist.
   */
  findUser(identifier: string): Promise<DirectoryUser | null>;
  /** The user with this id, or `null`. SHOULD do the same work either way, like `findUser`. */
  getUser(id: string): Promise<DirectoryUser | null>;
  /**
   * One page of every user, in a stable order (by id or username), for usage & insights and
   * the helpdesk. `cursor` is the `next` of the previous page, opaque to the caller; `search`
   * narrows to users whose username or email starts with it (case-insensitive, escaped for the
   * directory's query language). Directories that cannot list leave it out; then usage &
   * insights covers only users with stored recovery data. MUST throw `TypeError` for a limit
   * outside 1-1000 ({@link checkListUsersLimit}) and `OpenResetError` code `invalid_cursor`
   * for a cursor it did not issue.
   */
  listUsers?(options: ListUsersOptions): Promise<DirectoryUserPage>;
  /** Email addresses of every administrator, for "an admin reset their password" notices. */
  listAdminEmails(): Promise<readonly string[]>;
  /** Checks a password by signing in as the user. MUST return `false` for a wrong password. */
  verifyPassword(id: string, password: string): Promise<boolean>;
  /**
   * Sets a new password with the service's own rights (self-service reset, writeback).
   * MUST apply the directory's own password policy and throw `password_policy` if it refuses.
   * When `unlock` is set, MUST also clear a lockout.
   */
  resetPassword(id: string, newPassword: string, options?: ResetPasswordOptions): Promise<void>;
  /**
   * Changes a password as the user (so the directory's history and quality rules apply).
   * MUST throw `incorrect_password` when `currentPassword` is wrong.
   */
  changePassword(id: string, currentPassword: string, newPassword: string): Promise<void>;
  /**
   * Hashes of the current and earlier passwords, newest first, made from their NFKC form by
   * the same `PasswordHasher` the engine is given, for `checkPassword`'s history rule.
   * Directories that enforce history themselves (LDAP ppolicy, Active Directory) leave it out
   * and refuse a reused password with `password_policy`.
   */
  passwordHistory?(id: string): Promise<readonly string[]>;
  /** Clears a lockout without touching the password. */
  unlock(id: string): Promise<void>;
  /** Reachability and configuration, for the admin page. MUST NOT throw for an unreachable directory. */
  status(): Promise<DirectoryStatus>;
}

/** Options for {@link Directory.listUsers}. */
export interface ListUsersOptions {
  /** Users per page, 1 to 1,000. */
  limit: number;
  /** Where to go on: the `next` of the previous page. */
  cursor?: string;
  /** Only users whose username or email starts with this (case-insensitive). */
  search?: string;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * When `user`'s password expires: the directory's own {@link DirectoryUser.passwordExpiresAt}
 * when it gives one (the directory is what refuses an expired password, so its answer wins
 * over OpenReset's policy), else `passwordChangedAt` plus `maxAgeDays` (the policy's
 * `password.maxAgeDays`; 0 = no expiry). `undefined` when neither applies, or for an
 * invalid Date.
 */
export function passwordExpiry(user: DirectoryUser, maxAgeDays: number): Date | undefined {
  const valid = (date: Date | undefined) =>
    date instanceof Date && !Number.isNaN(date.getTime()) ? date : undefined;
  const fromDirectory = valid(user.passwordExpiresAt);
  if (fromDirectory !== undefined) return fromDirectory;
  const changedAt = valid(user.passwordChangedAt);
  return changedAt === undefined || maxAgeDays <= 0
    ? undefined
    : new Date(changedAt.getTime() + maxAgeDays * DAY_MS);
}

/**
 * Checks {@link ListUsersOptions.limit}, as every `listUsers` MUST.
 * @throws {TypeError} unless it is an integer from 1 to 1000.
 */
export function checkListUsersLimit(limit: number): void {
  checkInteger('limit', limit, 1, 1000);
}

/** One page of {@link Directory.listUsers}. */
export interface DirectoryUserPage {
  /** The users of this page, in the directory's stable order. */
  users: readonly DirectoryUser[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  next?: string;
}

/** Options for {@link Directory.resetPassword}. */
export interface ResetPasswordOptions {
  /** Also clear a lockout. @default true */
  unlock?: boolean;
  /**
   * Ask for a new password at next sign-in (a helpdesk reset). When set, MUST set the flag
   * that `mustChangePassword` reads back (LDAP ppolicy `pwdReset`, AD `pwdLastSet=0`);
   * otherwise a reset clears it. @default false
   */
  mustChange?: boolean;
}

/** Directory failures, named as in Entra's writeback errors. */
export const DirectoryErrorCode = {
  UserNotFound: 'user_not_found',
  MultiMatch: 'multi_match',
  Permissions: 'permissions',
  AccountDisabled: 'account_disabled',
  AccountLockedOut: 'account_locked_out',
  IncorrectPassword: 'incorrect_password',
  PasswordPolicy: 'password_policy',
  Configuration: 'configuration',
  Unavailable: 'unavailable',
} as const;

/** The union of {@link DirectoryErrorCode} values. */
export type DirectoryErrorCode = (typeof DirectoryErrorCode)[keyof typeof DirectoryErrorCode];

/** Options for {@link DirectoryError}. */
export interface DirectoryErrorOptions {
  /** The underlying error (never holding a password). */
  cause?: unknown;
}

/** A directory operation failed; `code` says why. */
export class DirectoryError extends OpenResetError<DirectoryErrorCode> {
  static override readonly brand: string = 'DirectoryError';
  constructor(code: DirectoryErrorCode, message: string, options: DirectoryErrorOptions = {}) {
    super(code, message, options);
    this.name = 'DirectoryError';
  }
}
