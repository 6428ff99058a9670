import type { Policy } from '../policy/policy-schema.js';
import type { BreachedPasswords } from '../ports/breached-passwords.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import { checkPassword, type PasswordCheckResult } from './check-password.js';

/**
 * Checks a user's new password with everything known about them: names, username, email,
 * the org name and the directory's password history. Reset and change use the same one.
 * The history is read from the directory, and its hashes verified, only for a password
 * every cheaper rule accepts (see `checkPassword`); `reused` is then the only issue.
 * May throw the directory's `DirectoryError` while reading the history.
 */
export type UserPasswordCheck = (
  password: string,
  user: DirectoryUser,
  policy: Policy,
) => Promise<PasswordCheckResult>;

/** What {@link createUserPasswordCheck} needs. */
export interface UserPasswordCheckDependencies {
  directory: Directory;
  /** Verifies the history hashes the directory returns. */
  hasher: PasswordHasher;
  breached?: BreachedPasswords;
}

/** Creates the {@link UserPasswordCheck} shared by reset and change. */
export function createUserPasswordCheck(deps: UserPasswordCheckDependencies): UserPasswordCheck {
  const { directory } = deps;
  return async (password, user, policy) =>
    checkPassword(
      password,
      {
        username: user.username,
        ...(user.email === undefined ? {} : { email: user.email }),
        ...(user.givenName === undefined ? {} : { givenName: user.givenName }),
        ...(user.surname === undefined ? {} : { surname: user.surname }),
        orgName: policy.branding.orgName,
        // Read lazily: a password the cheap rules refuse costs no directory round trip.
        ...(directory.passwordHistory === undefined
          ? {}
          : { history: () => directory.passwordHistory?.(user.id) ?? Promise.resolve([]) }),
      },
      policy,
      { hasher: deps.hasher, ...(deps.breached === undefined ? {} : { breached: deps.breached }) },
    );
}
