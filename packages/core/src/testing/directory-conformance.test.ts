import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import type { Directory } from '../ports/directory.js';
import { caseNamed, expectFailure } from './conformance-test-setup.js';
import { directoryConformance } from './directory-conformance.js';
import { type DirectoryFixture, directoryFixture } from './directory-fixture.js';

const hasher = createPbkdf2Hasher({ iterations: 1000 });

/** A memory directory over the fixture with some methods replaced by broken ones. */
function brokenDirectory(breakIt: (inner: Directory) => Partial<Directory>) {
  return async (fixture: DirectoryFixture): Promise<Directory> => {
    const inner = createMemoryDirectory({ users: fixture.users, hasher });
    return { ...inner, ...breakIt(inner) };
  };
}

describe('directoryConformance', () => {
  it('names every case with a distinct sentence', () => {
    const names = directoryConformance(brokenDirectory(() => ({}))).map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('provides a fixture with an admin, a disabled user, a shared email and a mobile number', () => {
    const { users } = directoryFixture;
    expect(users.filter((user) => user.isAdmin)).toHaveLength(1);
    expect(users.some((user) => user.disabled)).toBe(true);
    expect(users.filter((user) => user.email === 'sam@example.com')).toHaveLength(2);
    expect(users.some((user) => user.contact.mobile !== undefined)).toBe(true);
  });

  it('fails a listUsers that ignores the page size', async () => {
    const suite = directoryConformance(
      brokenDirectory((inner) => ({
        listUsers: async () => ({ users: (await inner.listUsers?.({ limit: 1000 }))?.users ?? [] }),
      })),
    );
    await expectFailure(
      caseNamed(
        suite,
        'listUsers (when implemented) pages through every user once, in a stable order',
      ),
      /at most limit/,
    );
  });

  it('fails a listUsers whose search treats % as a wildcard', async () => {
    const suite = directoryConformance(
      brokenDirectory((inner) => ({
        listUsers: (options) =>
          inner.listUsers?.({ ...options, search: options.search?.replaceAll('%', '') ?? '' }) ??
          Promise.reject(new Error('no listUsers')),
      })),
    );
    await expectFailure(
      caseNamed(
        suite,
        'listUsers (when implemented) searches username and email prefixes, ignoring case, metacharacters as text',
      ),
      /search "%"/,
    );
  });

  it('fails a directory that returns no one instead of multi_match', async () => {
    const create = brokenDirectory((inner) => ({
      findUser: (identifier) => inner.findUser(identifier).catch(() => null),
    }));
    const c = caseNamed(
      directoryConformance(create),
      'findUser throws multi_match when two users share the identifier',
    );
    await expectFailure(
      c,
      /expected a rejection with code "multi_match", but it resolved with null/,
    );
  });

  it('fails a directory that compares identifiers case-sensitively', async () => {
    const create = brokenDirectory((inner) => ({
      findUser: async (identifier) => {
        const user = await inner.findUser(identifier);
        return user !== null && (user.username === identifier || user.email === identifier)
          ? user
          : null;
      },
    }));
    const suite = directoryConformance(create);
    await expectFailure(
      caseNamed(suite, 'findUser ignores case in usernames and email addresses'),
      /^findUser\("ALICE"\) found a user/,
    );
    await expectFailure(caseNamed(suite, 'findUser ignores case in non-ASCII usernames'), /ZOË/);
  });

  it('fails a directory that passes wildcards through to its query', async () => {
    const create = brokenDirectory((inner) => ({
      findUser: async (identifier) =>
        identifier.includes('*') ? inner.findUser('alice') : inner.findUser(identifier),
    }));
    const c = caseNamed(
      directoryConformance(create),
      'findUser treats query-language metacharacters as plain text',
    );
    await expectFailure(c, /^findUser\("\*"\): expected null/);
  });

  it('fails a directory whose change ignores the current password', async () => {
    const create = brokenDirectory((inner) => ({
      changePassword: (id, _current, next) => inner.resetPassword(id, next),
    }));
    const c = caseNamed(
      directoryConformance(create),
      'changePassword with a wrong current password throws incorrect_password and changes nothing',
    );
    await expectFailure(c, /expected a rejection with code "incorrect_password", but it resolved/);
  });

  it('fails a directory whose reset always unlocks', async () => {
    const create = brokenDirectory((inner) => ({
      resetPassword: (id, password) => inner.resetPassword(id, password),
    }));
    const c = caseNamed(
      directoryConformance(create),
      'resetPassword clears a lockout unless told not to',
    );
    await expectFailure(c, /^lockedOut after a reset with unlock: false: expected true, got false/);
  });

  it('fails a directory that lists every email as an admin email', async () => {
    const create = brokenDirectory(() => ({
      listAdminEmails: async () =>
        directoryFixture.users.flatMap((user) => (user.email ? [user.email] : [])),
    }));
    const c = caseNamed(
      directoryConformance(create),
      'listAdminEmails lists the administrators and nobody else',
    );
    await expectFailure(c, /^listAdminEmails: expected \["ada@example.com"\]/);
  });

  it('fails a directory whose status reports it unreachable', async () => {
    const create = async (fixture: DirectoryFixture) => {
      const directory = createMemoryDirectory({ users: fixture.users, hasher });
      directory.setAvailable(false);
      return directory;
    };
    const c = caseNamed(
      directoryConformance(create),
      'status reports a reachable directory with a description and a check time',
    );
    await expectFailure(c, /^status\(\).connected: expected true, got false/);
  });
});
