import type { Directory, DirectoryUser } from '../ports/directory.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { defineCase } from './define-case.js';
import {
  type DirectoryFixture,
  type DirectoryFixtureUser,
  directoryFixture,
} from './directory-fixture.js';

/** A password no fixture account has, accepted by any reasonable quality rule. */
const NEW_PASSWORD = 'Fresh-Start-2031?';

function fixtureUser(username: string): DirectoryFixtureUser {
  const user = directoryFixture.users.find((candidate) => candidate.username === username);
  if (user === undefined) throw new TypeError(`no fixture user ${username}`);
  return user;
}

const alice = fixtureUser('alice');
const ada = fixtureUser('ada.admin');
const dave = fixtureUser('dave');
const lena = fixtureUser('lena');
const zoe = fixtureUser('zoë');

async function findExisting(directory: Directory, identifier: string): Promise<DirectoryUser> {
  const user = await directory.findUser(identifier);
  assert.ok(user !== null, `findUser(${JSON.stringify(identifier)}) found a user`);
  return user;
}

/** The fields of a user that the fixture fixes, in a comparable form. */
function profile(user: DirectoryUser | DirectoryFixtureUser) {
  return {
    username: user.username,
    email: user.email,
    givenName: user.givenName,
    surname: user.surname,
    displayName: user.displayName,
    groups: [...user.groups].sort(),
    isAdmin: user.isAdmin,
    disabled: user.disabled,
    lockedOut: user.lockedOut,
    contact: user.contact,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Checks `user.passwordExpiresAt`, when the directory gives one: a valid Date, later than
 * `passwordChangedAt` (when given) and than `notBefore` (ms; a fresh password has not expired).
 */
function checkExpiry(user: DirectoryUser | null, notBefore: number, label: string): void {
  assert.ok(user !== null, `${label}: the user exists`);
  const expires = user.passwordExpiresAt;
  if (expires === undefined) return;
  assert.ok(
    expires instanceof Date && !Number.isNaN(expires.getTime()),
    `${label}: passwordExpiresAt is a valid Date`,
  );
  const changed = user.passwordChangedAt?.getTime() ?? notBefore;
  assert.ok(
    expires.getTime() > Math.max(changed, notBefore),
    `${label}: passwordExpiresAt ${expires.toISOString()} is after the password was set`,
  );
}

/**
 * The conformance suite for {@link Directory}: lookup (by username or email, case-insensitive,
 * escaped, `multi_match`), admin emails, password checks, reset, change, unlock, status, and
 * the directory's own `passwordExpiresAt` (when it gives one: valid, after the password was
 * set, moved by every password write).
 *
 * `createDirectory` is called once per case and MUST return a directory holding exactly the
 * accounts of `fixture` (always {@link directoryFixture}) in their initial state, since
 * cases change passwords and lockouts.
 *
 * @example
 * ```ts
 * for (const c of directoryConformance(async (fixture) => seedLdap(fixture))) it(c.name, c.run);
 * ```
 */
export function directoryConformance(
  createDirectory: (fixture: DirectoryFixture) => Promise<Directory>,
): ConformanceCase[] {
  const cases: Record<string, (directory: Directory) => Promise<void>> = {
    'findUser finds a user by username with every field the directory holds': async (directory) => {
      const user = await findExisting(directory, 'alice');
      assert.ok(typeof user.id === 'string' && user.id !== '', 'the user has a non-empty id');
      assert.equal(profile(user), profile(alice), 'the profile of alice');
    },

    'findUser finds a user by email address': async (directory) => {
      const byUsername = await findExisting(directory, 'alice');
      const byEmail = await findExisting(directory, 'alice@example.com');
      assert.equal(byEmail.id, byUsername.id, 'the id found by email');
    },

    'findUser ignores case in usernames and email addresses': async (directory) => {
      const { id } = await findExisting(directory, 'alice');
      for (const identifier of ['ALICE', 'Alice', 'Alice@Example.COM', 'ALICE@EXAMPLE.COM']) {
        assert.equal(
          (await findExisting(directory, identifier)).id,
          id,
          `the id found by ${identifier}`,
        );
      }
    },

    'findUser ignores case in non-ASCII usernames': async (directory) => {
      const user = await findExisting(directory, 'ZOË');
      assert.equal(user.username, zoe.username, 'the user found by ZOË');
    },

    'findUser returns null for an identifier nobody has': async (directory) => {
      for (const identifier of ['nobody', 'nobody@example.com', 'alic', 'alice@example']) {
        assert.equal(
          await directory.findUser(identifier),
          null,
          `findUser(${JSON.stringify(identifier)})`,
        );
      }
    },

    'findUser treats query-language metacharacters as plain text': async (directory) => {
      const hostile = [
        '*',
        'a*',
        'al*ce',
        'alice)(uid=*',
        '*)(|(mail=*',
        '%',
        'alice%',
        '_lice',
        "alice' OR '1'='1",
        'alice\\',
      ];
      for (const identifier of hostile) {
        assert.equal(
          await directory.findUser(identifier),
          null,
          `findUser(${JSON.stringify(identifier)})`,
        );
      }
    },

    'findUser throws multi_match when two users share the identifier': async (directory) => {
      for (const identifier of ['sam@example.com', 'SAM@Example.com']) {
        await assert.rejectsWithCode(
          () => directory.findUser(identifier),
          'multi_match',
          `findUser(${JSON.stringify(identifier)})`,
        );
      }
      assert.equal(
        (await findExisting(directory, 'sam.one')).username,
        'sam.one',
        'findUser(sam.one)',
      );
    },

    'findUser reports disabled, locked-out, admin and must-change accounts as such': async (
      directory,
    ) => {
      for (const fixture of [ada, dave, lena, zoe]) {
        assert.equal(
          profile(await findExisting(directory, fixture.username)),
          profile(fixture),
          `the profile of ${fixture.username}`,
        );
      }
    },

    'getUser returns the user findUser found, and null for an unknown id': async (directory) => {
      const found = await findExisting(directory, 'alice');
      assert.equal(await directory.getUser(found.id), found, 'getUser of the id findUser returned');
      assert.equal(await directory.getUser('no-such-user-id'), null, 'getUser of an unknown id');
    },

    'listAdminEmails lists the administrators and nobody else': async (directory) => {
      assert.equal([...(await directory.listAdminEmails())], [ada.email], 'listAdminEmails');
    },

    'verifyPassword accepts the right password and refuses every other': async (directory) => {
      const { id } = await findExisting(directory, 'alice');
      assert.equal(await directory.verifyPassword(id, alice.password), true, 'the right password');
      for (const wrong of [ada.password, alice.password.toUpperCase(), `${alice.password} `, 'x']) {
        assert.equal(
          await directory.verifyPassword(id, wrong),
          false,
          `the wrong password ${JSON.stringify(wrong)}`,
        );
      }
    },

    'resetPassword sets a password that verifies, and the old one stops working': async (
      directory,
    ) => {
      const { id } = await findExisting(directory, 'alice');
      await directory.resetPassword(id, NEW_PASSWORD);
      assert.equal(await directory.verifyPassword(id, NEW_PASSWORD), true, 'the new password');
      assert.equal(await directory.verifyPassword(id, alice.password), false, 'the old password');
    },

    'resetPassword clears a lockout unless told not to': async (directory) => {
      const { id } = await findExisting(directory, 'lena');
      await directory.resetPassword(id, NEW_PASSWORD, { unlock: false });
      assert.equal(
        (await directory.getUser(id))?.lockedOut,
        true,
        'lockedOut after a reset with unlock: false',
      );
      await directory.resetPassword(id, `${NEW_PASSWORD}2`);
      assert.equal(
        (await directory.getUser(id))?.lockedOut,
        false,
        'lockedOut after a reset with the default',
      );
      assert.equal(
        await directory.verifyPassword(id, `${NEW_PASSWORD}2`),
        true,
        'the new password after unlock',
      );
    },

    'resetPassword of an unknown id throws user_not_found': async (directory) => {
      await assert.rejectsWithCode(
        () => directory.resetPassword('no-such-user-id', NEW_PASSWORD),
        'user_not_found',
        'resetPassword of an unknown id',
      );
    },

    'changePassword with the right current password sets the new one': async (directory) => {
      const { id } = await findExisting(directory, 'alice');
      await directory.changePassword(id, alice.password, NEW_PASSWORD);
      assert.equal(await directory.verifyPassword(id, NEW_PASSWORD), true, 'the new password');
      assert.equal(await directory.verifyPassword(id, alice.password), false, 'the old password');
    },

    'changePassword with a wrong current password throws incorrect_password and changes nothing':
      async (directory) => {
        const { id } = await findExisting(directory, 'alice');
        await assert.rejectsWithCode(
          () => directory.changePassword(id, 'Not-Her-Password-1!', NEW_PASSWORD),
          'incorrect_password',
          'changePassword with a wrong current password',
        );
        assert.equal(
          await directory.verifyPassword(id, alice.password),
          true,
          'the unchanged password',
        );
        assert.equal(
          await directory.verifyPassword(id, NEW_PASSWORD),
          false,
          'the refused new password',
        );
      },

    'passwordExpiresAt, when given, is a valid Date after passwordChangedAt': async (directory) => {
      for (const { username } of directoryFixture.users) {
        const user = await findExisting(directory, username);
        checkExpiry(user, 0, `${username}`);
      }
    },

    'resetPassword and changePassword move passwordExpiresAt, when given, past the write': async (
      directory,
    ) => {
      const { id } = await findExisting(directory, 'alice');
      const beforeReset = Date.now();
      await directory.resetPassword(id, NEW_PASSWORD);
      checkExpiry(await directory.getUser(id), beforeReset, 'alice after resetPassword');
      const beforeChange = Date.now();
      await directory.changePassword(id, NEW_PASSWORD, 'Second-Fresh-2032?');
      checkExpiry(await directory.getUser(id), beforeChange, 'alice after changePassword');
    },

    'changePassword of a disabled account throws account_disabled': async (directory) => {
      const { id } = await findExisting(directory, 'dave');
      await assert.rejectsWithCode(
        () => directory.changePassword(id, dave.password, NEW_PASSWORD),
        'account_disabled',
        'changePassword of a disabled account',
      );
    },

    'unlock clears a lockout and leaves the password alone': async (directory) => {
      const { id } = await findExisting(directory, 'lena');
      await directory.unlock(id);
      assert.equal((await directory.getUser(id))?.lockedOut, false, 'lockedOut after unlock');
      assert.equal(
        await directory.verifyPassword(id, lena.password),
        true,
        'the password after unlock',
      );
    },

    'resetPassword with mustChange asks for a new password at next sign-in; a plain reset does not':
      async (directory) => {
        const { id } = await findExisting(directory, 'alice');
        await directory.resetPassword(id, NEW_PASSWORD, { mustChange: true });
        assert.equal(
          (await directory.getUser(id))?.mustChangePassword,
          true,
          'mustChangePassword after a reset with mustChange',
        );
        await directory.resetPassword(id, `${NEW_PASSWORD}2`);
        assert.equal(
          (await directory.getUser(id))?.mustChangePassword,
          false,
          'mustChangePassword after a plain reset',
        );
      },

    'listUsers (when implemented) pages through every user once, in a stable order': async (
      directory,
    ) => {
      if (directory.listUsers === undefined) return;
      const seen: DirectoryUser[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page += 1) {
        const result = await directory.listUsers({ limit: 2, ...(cursor ? { cursor } : {}) });
        assert.ok(result.users.length <= 2, 'a page holds at most limit users');
        seen.push(...result.users);
        cursor = result.next;
        if (cursor === undefined) break;
      }
      assert.equal(cursor, undefined, 'the last page has no next');
      const names = seen.map((user) => user.username);
      assert.equal(
        [...names].sort(),
        directoryFixture.users.map((user) => user.username).sort(),
        'every user, once',
      );
      const again = await directory.listUsers({ limit: 1000 });
      assert.equal(
        again.users.map((user) => user.username),
        names,
        'one page of everything lists them in the same order',
      );
      for (const user of seen) {
        assert.equal(await directory.getUser(user.id), user, `getUser(${user.username})`);
      }
    },

    'listUsers (when implemented) searches username and email prefixes, ignoring case, metacharacters as text':
      async (directory) => {
        if (directory.listUsers === undefined) return;
        const search = async (text: string) =>
          (await directory.listUsers?.({ limit: 100, search: text }))?.users
            .map((user) => user.username)
            .sort();
        assert.equal(await search('ALI'), ['alice'], 'search ALI');
        assert.equal(await search('ada@'), ['ada.admin'], 'search by email prefix ada@');
        assert.equal(await search('SAM@EXAMPLE'), ['sam.one', 'sam.two'], 'search SAM@EXAMPLE');
        assert.equal(await search('Zo'), ['zoë'], 'search Zo (username zoë, email zoe@)');
        for (const hostile of [
          '%',
          '_lice',
          'a%',
          '*',
          'al*',
          'alice)(uid=*',
          "a' OR '1'='1",
          '\\',
        ]) {
          assert.equal(await search(hostile), [], `search ${JSON.stringify(hostile)}`);
        }
      },

    'listUsers (when implemented) refuses a cursor it did not issue and a limit out of range':
      async (directory) => {
        if (directory.listUsers === undefined) return;
        const list = directory.listUsers.bind(directory);
        for (const cursor of ['not-a-cursor', 'WyJ4Il0']) {
          await assert.rejectsWithCode(
            () => list({ limit: 10, cursor }),
            'invalid_cursor',
            `listUsers with cursor ${cursor}`,
          );
        }
        for (const limit of [0, 1001, 1.5]) {
          const refused = await list({ limit }).then(
            () => null,
            (error: unknown) => error,
          );
          assert.ok(refused instanceof TypeError, `listUsers with limit ${limit} throws TypeError`);
        }
      },

    'status reports a reachable directory with a description and a check time': async (
      directory,
    ) => {
      const status = await directory.status();
      assert.equal(status.connected, true, 'status().connected');
      assert.ok(
        typeof status.description === 'string' && status.description !== '',
        'status().description is set',
      );
      assert.ok(
        status.checkedAt instanceof Date && !Number.isNaN(status.checkedAt.getTime()),
        'status().checkedAt is a valid Date',
      );
      assert.equal(status.error, undefined, 'status().error');
    },
  };

  return Object.entries(cases).map(([name, body]) =>
    defineCase(name, async () => body(await createDirectory(directoryFixture))),
  );
}
