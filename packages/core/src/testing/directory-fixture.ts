import type { DirectoryUser } from '../ports/directory.js';

/**
 * One account that `directoryConformance` expects the directory under test to hold: a
 * {@link DirectoryUser} without the id, change time and expiry the directory assigns (a
 * directory with its own maximum password age, e.g. a memory directory's
 * `passwordMaxAgeDays` or an LDAP password policy, gives `passwordExpiresAt` itself), with
 * its current password.
 */
export interface DirectoryFixtureUser
  extends Omit<DirectoryUser, 'id' | 'passwordChangedAt' | 'passwordExpiresAt'> {
  /** The account's current password. */
  password: string;
}

/** The accounts `directoryConformance` runs against. */
export interface DirectoryFixture {
  users: readonly DirectoryFixtureUser[];
}

/**
 * The fixed accounts of `directoryConformance`. An adapter's factory seeds its backend with
 * exactly these before each case (ids are the directory's own): `alice` (all fields, a
 * mobile number), `ada.admin` (the only administrator), `dave` (disabled), `sam.one` and
 * `sam.two` (sharing `sam@example.com`, to provoke `multi_match`), `lena` (locked out) and
 * `zoë` (a non-ASCII username, must change her password). Passwords are strong enough for
 * any directory's quality rules.
 */
export const directoryFixture: DirectoryFixture = {
  users: [
    {
      username: 'alice',
      password: 'Alice-Wonder-2030!',
      email: 'alice@example.com',
      givenName: 'Alice',
      surname: 'Liddell',
      displayName: 'Alice Liddell',
      groups: ['finance', 'staff'],
      isAdmin: false,
      disabled: false,
      lockedOut: false,
      contact: {
        mobile: '+31612345678',
        office: '+31201234567',
        alternateEmail: 'alice.home@example.net',
      },
      mustChangePassword: false,
    },
    {
      username: 'ada.admin',
      password: 'Ada-Lovelace-1815!',
      email: 'ada@example.com',
      givenName: 'Ada',
      surname: 'Lovelace',
      displayName: 'Ada Lovelace',
      groups: ['admins'],
      isAdmin: true,
      disabled: false,
      lockedOut: false,
      contact: { mobile: '+31687654321' },
      mustChangePassword: false,
    },
    {
      username: 'dave',
      password: 'Dave-Disabled-42!',
      email: 'dave@example.com',
      groups: ['staff'],
      isAdmin: false,
      disabled: true,
      lockedOut: false,
      contact: {},
      mustChangePassword: false,
    },
    {
      username: 'sam.one',
      password: 'Sam-First-Shared-1!',
      email: 'sam@example.com',
      groups: ['staff'],
      isAdmin: false,
      disabled: false,
      lockedOut: false,
      contact: {},
      mustChangePassword: false,
    },
    {
      username: 'sam.two',
      password: 'Sam-Second-Shared-2!',
      email: 'sam@example.com',
      groups: ['staff'],
      isAdmin: false,
      disabled: false,
      lockedOut: false,
      contact: {},
      mustChangePassword: false,
    },
    {
      username: 'lena',
      password: 'Lena-Locked-Out-7!',
      email: 'lena@example.com',
      groups: ['staff'],
      isAdmin: false,
      disabled: false,
      lockedOut: true,
      contact: {},
      mustChangePassword: false,
    },
    {
      username: 'zoë',
      password: 'Zoe-Unicode-Name-9!',
      email: 'zoe@example.com',
      groups: [],
      isAdmin: false,
      disabled: false,
      lockedOut: false,
      contact: {},
      mustChangePassword: true,
    },
  ],
};
