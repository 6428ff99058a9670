import type { Directory, DirectoryUser } from '@openreset/core';
import { expect } from 'vitest';

/** The users {@link checkListUsers} expects the directory to hold, and nobody else. */
export const LIST_USERS = ['bob', 'Alice', 'carol', 'al.ice', 'dave', 'erin'] as const;

function listOf(directory: Directory): NonNullable<Directory['listUsers']> {
  const list = directory.listUsers?.bind(directory);
  if (list === undefined) throw new Error('the directory has no listUsers');
  return list;
}

async function allPages(directory: Directory, limit: number, search?: string) {
  const list = listOf(directory);
  const users: DirectoryUser[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await list({
      limit,
      ...(cursor === undefined ? {} : { cursor }),
      ...(search === undefined ? {} : { search }),
    });
    users.push(...page.users);
    cursor = page.next;
    pages += 1;
    if (pages > 20) throw new Error('listUsers never reached its last page');
  } while (cursor !== undefined);
  return { users, pages };
}

/**
 * What the core conformance suite leaves out of an LDAP `listUsers`, against a directory
 * holding exactly {@link LIST_USERS} (email `<username>@example.com`): the order is by
 * lower-cased username (`al.ice` before `Alice` before `bob`) at every page size, with no
 * empty last page; a search is trimmed and never matches control characters (OpenLDAP would
 * stop the value at NUL); a cursor is a place, so it gives the same page twice, and a
 * cursor with a character added is refused.
 */
export async function checkListUsers(directory: Directory): Promise<void> {
  const expected = [...LIST_USERS].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  expect(expected.slice(0, 3)).toEqual(['al.ice', 'Alice', 'bob']);
  for (const limit of [1, 4, 6, 1000]) {
    const { users, pages } = await allPages(directory, limit);
    expect(
      users.map((user) => user.username),
      `limit ${limit}`,
    ).toEqual(expected);
    expect(pages, `pages of ${limit}`).toBe(Math.ceil(expected.length / limit));
  }

  const names = async (search: string) =>
    (await allPages(directory, 2, search)).users.map((user) => user.username);
  expect(await names('AL')).toEqual(['al.ice', 'Alice']);
  expect(await names('  bob ')).toEqual(['bob']);
  for (const hostile of ['al\u0000', '\u0000', 'a\nl', 'a(']) {
    expect(await names(hostile), JSON.stringify(hostile)).toEqual([]);
  }

  const list = listOf(directory);
  const first = await list({ limit: 2 });
  expect(first.next).toBeTypeOf('string');
  const again = await list({ limit: 2, cursor: first.next });
  expect(again.users.map((user) => user.username)).toEqual(expected.slice(2, 4));
  expect(await list({ limit: 2, cursor: first.next })).toEqual(again);
  await expect(list({ limit: 2, cursor: `${first.next}x` })).rejects.toMatchObject({
    code: 'invalid_cursor',
  });
}
