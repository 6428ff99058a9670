import { randomUUID } from 'node:crypto';
import {
  createLdapDirectory,
  escapeDnValue,
  type LdapDirectoryOptions,
} from '@openreset/adapters/ldap';
import { type DirectoryFixtureUser, directoryConformance } from '@openreset/core/testing';
import { Attribute, Change, Client, Control } from 'ldapts';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expiryWarningsSent,
  idOf,
  OLD,
  plainUser,
  resetThroughEngine,
} from './ldap/testing/ldap-test-users.js';
import { checkListUsers, LIST_USERS } from './ldap/testing/list-users-checks.js';

// Started by scripts/services/slapd.mjs (npm test); a missing server is a failure, not a skip.
const env = {
  url: process.env.OPENRESET_TEST_LDAP_URL ?? '',
  adminDn: process.env.OPENRESET_TEST_LDAP_ADMIN_DN ?? '',
  adminPassword: process.env.OPENRESET_TEST_LDAP_ADMIN_PASSWORD ?? '',
  baseDn: process.env.OPENRESET_TEST_LDAP_BASE_DN ?? '',
  serviceDn: process.env.OPENRESET_TEST_LDAP_SERVICE_DN ?? '',
  servicePassword: process.env.OPENRESET_TEST_LDAP_SERVICE_PASSWORD ?? '',
};
if (env.url === '') {
  throw new Error(
    'OPENRESET_TEST_LDAP_URL is not set: run the tests with `npm test`, which starts slapd ' +
      '(scripts/services/slapd.mjs).',
  );
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ url: env.url, timeout: 5000 });
  try {
    await client.bind(env.adminDn, env.adminPassword);
    return await work(client);
  } finally {
    await client.unbind();
  }
}

/** Binds as `dn`; true when the server accepts the password. */
async function canBind(dn: string, password: string): Promise<boolean> {
  const client = new Client({ url: env.url, timeout: 5000 });
  try {
    await client.bind(dn, password);
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind();
  }
}

/** The test slapd's password policies (scripts/services/slapd.mjs). */
const policyDn = (name: 'default' | 'expiring-30d') => `cn=${name},ou=policies,${env.baseDn}`;

/**
 * A fresh subtree `ou=<random>` holding these users and their groups, and a directory on it
 * (with the slapd's default password policy, and `extra` options).
 */
async function seed(
  users: readonly DirectoryFixtureUser[],
  extra: Partial<LdapDirectoryOptions> = {},
) {
  const root = `ou=t${randomUUID().slice(0, 8)},${env.baseDn}`;
  const people = `ou=people,${root}`;
  const groups = `ou=groups,${root}`;
  const dnOf = (username: string) => `uid=${escapeDnValue(username)},${people}`;
  await asAdmin(async (client) => {
    await client.add(root, {
      objectClass: 'organizationalUnit',
      ou: root.slice(3, root.indexOf(',')),
    });
    await client.add(people, { objectClass: 'organizationalUnit', ou: 'people' });
    await client.add(groups, { objectClass: 'organizationalUnit', ou: 'groups' });
    for (const user of users) {
      const attributes: Record<string, string | string[]> = {
        // person needs a surname; accounts without one are `account` + extensibleObject.
        objectClass:
          user.surname === undefined
            ? ['account', 'extensibleObject']
            : ['inetOrgPerson', 'openResetRecovery'],
        uid: user.username,
        cn: user.displayName ?? user.username,
        userPassword: user.password,
      };
      const optional: Record<string, string | undefined> = {
        sn: user.surname,
        givenName: user.givenName,
        displayName: user.displayName,
        mail: user.email,
        mobile: user.contact.mobile,
        telephoneNumber: user.contact.office,
        mailAlternateAddress: user.contact.alternateEmail,
        pwdAccountLockedTime: user.disabled
          ? '000001010000Z'
          : user.lockedOut
            ? '20260101000000Z'
            : undefined,
        pwdReset: user.mustChangePassword ? 'TRUE' : undefined,
      };
      for (const [name, value] of Object.entries(optional)) {
        if (value !== undefined) attributes[name] = value;
      }
      await client.add(dnOf(user.username), attributes);
    }
    const groupNames = [...new Set(users.flatMap((user) => user.groups))];
    for (const name of groupNames) {
      await client.add(`cn=${escapeDnValue(name)},${groups}`, {
        objectClass: 'groupOfNames',
        cn: name,
        member: users
          .filter((user) => user.groups.includes(name))
          .map((user) => dnOf(user.username)),
      });
    }
  });
  cleanups.push(() =>
    asAdmin(async (client) => {
      const { searchEntries } = await client.search(root, { scope: 'sub', attributes: ['1.1'] });
      // Children before parents.
      for (const entry of searchEntries.sort((a, b) => b.dn.length - a.dn.length)) {
        await client.del(entry.dn);
      }
    }),
  );
  const directory = createLdapDirectory({
    url: env.url,
    bindDn: env.serviceDn,
    bindPassword: env.servicePassword,
    baseDn: people,
    userFilter: '(|(objectClass=inetOrgPerson)(objectClass=account))',
    attributes: { alternateEmail: 'mailAlternateAddress' },
    groups: { baseDn: groups },
    adminGroups: ['admins'],
    defaultPasswordPolicyDn: policyDn('default'),
    ...extra,
  });
  return { directory, dnOf };
}

describe('LDAP directory: the core conformance suite against slapd', () => {
  for (const testCase of directoryConformance(
    async (fixture) => (await seed(fixture.users)).directory,
  )) {
    it(testCase.name, testCase.run);
  }
});

describe('LDAP directory against slapd with ppolicy', () => {
  it('resets with the service account: the new password binds, the old one does not', async () => {
    const { directory, dnOf } = await seed([plainUser('rita')]);
    const id = await idOf(directory, 'rita');
    await directory.resetPassword(id, 'Brand-New-Pass-77!');
    expect(await canBind(dnOf('rita'), 'Brand-New-Pass-77!')).toBe(true);
    expect(await canBind(dnOf('rita'), OLD)).toBe(false);
  });

  it('refuses a change back to a password in the history with password_policy', async () => {
    const { directory } = await seed([plainUser('hank')]);
    const id = await idOf(directory, 'hank');
    await directory.changePassword(id, OLD, 'Second-Pass-2031!');
    await expect(directory.changePassword(id, 'Second-Pass-2031!', OLD)).rejects.toMatchObject({
      code: 'password_policy',
    });
    expect(await directory.verifyPassword(id, 'Second-Pass-2031!')).toBe(true);
  });

  it('refuses a password shorter than the policy minimum with password_policy', async () => {
    const { directory } = await seed([plainUser('tina')]);
    const id = await idOf(directory, 'tina');
    await expect(directory.changePassword(id, OLD, 'short')).rejects.toMatchObject({
      code: 'password_policy',
    });
    await expect(directory.resetPassword(id, 'short')).rejects.toMatchObject({
      code: 'password_policy',
    });
  });

  it('locks an account after 3 wrong passwords, and unlock lets the right one in again', async () => {
    const { directory, dnOf } = await seed([plainUser('lars')]);
    const id = await idOf(directory, 'lars');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await directory.verifyPassword(id, 'Wrong-Guess-000!')).toBe(false);
    }
    expect((await directory.getUser(id))?.lockedOut).toBe(true);
    expect(await canBind(dnOf('lars'), OLD)).toBe(false);
    expect(await directory.verifyPassword(id, OLD)).toBe(false);
    await expect(directory.changePassword(id, OLD, 'Other-Pass-2032!')).rejects.toMatchObject({
      code: 'account_locked_out',
    });
    await directory.unlock(id);
    expect((await directory.getUser(id))?.lockedOut).toBe(false);
    expect(await directory.verifyPassword(id, OLD)).toBe(true);
  });

  it('answers an unknown user with null and user_not_found', async () => {
    const { directory } = await seed([plainUser('uma')]);
    expect(await directory.findUser('nobody-here')).toBeNull();
    expect(await directory.getUser(randomUUID())).toBeNull();
    expect(await directory.getUser('uid=uma')).toBeNull();
    await expect(directory.resetPassword(randomUUID(), 'Brand-New-Pass-77!')).rejects.toMatchObject(
      {
        code: 'user_not_found',
      },
    );
    await expect(directory.unlock(randomUUID())).rejects.toMatchObject({ code: 'user_not_found' });
  });

  it('refuses a wrong or empty password without binding anonymously', async () => {
    const { directory } = await seed([plainUser('wes')]);
    const id = await idOf(directory, 'wes');
    expect(await directory.verifyPassword(id, 'not-his-password')).toBe(false);
    expect(await directory.verifyPassword(id, '')).toBe(false);
    await expect(
      directory.changePassword(id, 'not-his-password', 'New-Pass-2033!'),
    ).rejects.toMatchObject({
      code: 'incorrect_password',
    });
  });

  it('never widens a search with filter metacharacters, NUL or backslashes', async () => {
    const { directory } = await seed([plainUser('eve'), plainUser('eva')]);
    for (const hostile of [
      '*',
      'e*',
      'ev?',
      '(uid=*)',
      'eve)(uid=*',
      '*)(|(uid=*',
      'eve)(|(objectClass=*',
      '\\2a',
      'eve\\',
      'eve\u0000',
      '\u0000*',
      'eve*)(mail=*',
    ]) {
      expect(await directory.findUser(hostile), JSON.stringify(hostile)).toBeNull();
    }
    expect((await directory.findUser('EVE'))?.username).toBe('eve');
  });

  it('marks a user as must-change, and a reset clears it', async () => {
    const { directory } = await seed([plainUser('mona')]);
    const id = await idOf(directory, 'mona');
    await directory.requirePasswordChange(id);
    expect((await directory.getUser(id))?.mustChangePassword).toBe(true);
    await directory.resetPassword(id, 'Brand-New-Pass-77!');
    expect((await directory.getUser(id))?.mustChangePassword).toBe(false);
  });

  it('reports a wrong service password as configuration', async () => {
    const directory = createLdapDirectory({
      url: env.url,
      bindDn: env.serviceDn,
      bindPassword: 'not-the-service-password',
      baseDn: env.baseDn,
    });
    await expect(directory.findUser('alice')).rejects.toMatchObject({ code: 'configuration' });
    expect(await directory.status()).toMatchObject({ connected: false, error: 'configuration' });
  });

  it('reports a server that is down as unavailable, in errors and in status', async () => {
    const directory = createLdapDirectory({
      url: 'ldap://127.0.0.1:1',
      bindDn: env.serviceDn,
      bindPassword: env.servicePassword,
      baseDn: env.baseDn,
      timeoutMs: 1000,
    });
    await expect(directory.findUser('alice')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(directory.getUser(randomUUID())).rejects.toMatchObject({ code: 'unavailable' });
    const status = await directory.status();
    expect(status).toMatchObject({ connected: false, error: 'unavailable' });
    expect(status.description).toBe('ldap://127.0.0.1:1 (OpenLDAP)');
    expect(status.description).not.toContain('service-secret');
  });

  it('fails over to the next URL when the first cannot be reached', async () => {
    const { directory: _unused } = await seed([]);
    const directory = createLdapDirectory({
      url: ['ldap://127.0.0.1:1', env.url],
      bindDn: env.serviceDn,
      bindPassword: env.servicePassword,
      baseDn: env.baseDn,
      timeoutMs: 1000,
    });
    expect(await directory.status()).toMatchObject({ connected: true });
  });
});

describe('listUsers against slapd', () => {
  it('pages through every user in a stable order, and narrows by a username or email prefix', async () => {
    const { directory } = await seed(LIST_USERS.map((username) => plainUser(username)));
    await checkListUsers(directory);
  });
});

describe('end to end: a self-service reset through the engine writes back to slapd', () => {
  it('changes the password in slapd: the new one binds, the old one does not', async () => {
    const { directory, dnOf } = await seed([plainUser('erin')]);
    await resetThroughEngine(directory, 'erin', 'violet harbour quantum teapots');
    expect(await canBind(dnOf('erin'), 'violet harbour quantum teapots')).toBe(true);
    expect(await canBind(dnOf('erin'), OLD)).toBe(false);
  });
});

describe("password expiry from slapd's ppolicy", () => {
  const DAY = 24 * 60 * 60_000;
  /** The LDAP Relax Rules control: lets the root DN set ppolicy's operational attributes. */
  const relax = new Control('1.3.6.1.4.1.4203.666.5.12', { critical: true });
  const replace = (type: string, value: string) =>
    new Change({ operation: 'replace', modification: new Attribute({ type, values: [value] }) });
  /** A generalized time, whole seconds as slapd keeps them. */
  const generalized = (date: Date) => `${date.toISOString().replace(/[-:T]|\.\d+/g, '')}`;

  it("gives pwdChangedTime plus the user's policy's pwdMaxAge, and the warnings job mails once", async () => {
    const { directory, dnOf } = await seed([plainUser('nina'), plainUser('otto')]);
    // Both passwords were changed 20 days ago; nina is under the 30-day policy.
    const changedAt = new Date(Math.floor((Date.now() - 20 * DAY) / 1000) * 1000);
    await asAdmin(async (client) => {
      await client.modify(
        dnOf('nina'),
        [
          replace('pwdPolicySubentry', policyDn('expiring-30d')),
          replace('pwdChangedTime', generalized(changedAt)),
        ],
        relax,
      );
      await client.modify(dnOf('otto'), [replace('pwdChangedTime', generalized(changedAt))], relax);
    });
    const nina = await directory.findUser('nina');
    const otto = await directory.findUser('otto');
    expect(nina?.passwordChangedAt).toEqual(changedAt);
    expect(nina?.passwordExpiresAt).toEqual(new Date(changedAt.getTime() + 30 * DAY));
    // The overlay's default policy (365 days) for a user without a pwdPolicySubentry.
    expect(otto?.passwordExpiresAt).toEqual(new Date(changedAt.getTime() + 365 * DAY));

    // OpenReset's own maximum age is off: the warning follows slapd's (nina: 10 days left).
    const warnings = await expiryWarningsSent(directory);
    expect(warnings).toEqual(['nina@example.com']);
  });

  it('gives no expiry where ppolicy enforces none: no policy, no such entry, no pwdMaxAge', async () => {
    const changedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const expiryOf = async (extra: Partial<LdapDirectoryOptions>, subentry?: string) => {
      const { directory, dnOf } = await seed([plainUser('pia')], extra);
      await asAdmin((client) =>
        client.modify(
          dnOf('pia'),
          [
            replace('pwdChangedTime', generalized(changedAt)),
            ...(subentry === undefined ? [] : [replace('pwdPolicySubentry', subentry)]),
          ],
          relax,
        ),
      );
      const pia = await directory.findUser('pia');
      expect(pia?.passwordChangedAt).toEqual(changedAt);
      return pia?.passwordExpiresAt;
    };
    // No pwdPolicySubentry and no default policy DN given: the adapter cannot tell.
    expect(await expiryOf({ defaultPasswordPolicyDn: undefined })).toBeUndefined();
    // A policy DN that names no entry: ppolicy enforces nothing.
    const missing = `cn=no-such-policy,ou=policies,${env.baseDn}`;
    expect(await expiryOf({ defaultPasswordPolicyDn: missing })).toBeUndefined();
    // The user's own policy entry has no pwdMaxAge (here: the base entry), over the default's.
    expect(await expiryOf({}, env.baseDn)).toBeUndefined();
    // The control: the same user under the default policy expires in 365 days.
    expect(await expiryOf({})).toEqual(new Date(changedAt.getTime() + 365 * DAY));
  });

  it('refuses a defaultPasswordPolicyDn in Active Directory mode or an empty one', () => {
    const base = {
      url: env.url,
      bindDn: env.serviceDn,
      bindPassword: env.servicePassword,
      baseDn: env.baseDn,
    };
    expect(() =>
      createLdapDirectory({ ...base, mode: 'ad', defaultPasswordPolicyDn: policyDn('default') }),
    ).toThrow(TypeError);
    expect(() => createLdapDirectory({ ...base, defaultPasswordPolicyDn: '' })).toThrow(TypeError);
  });
});
