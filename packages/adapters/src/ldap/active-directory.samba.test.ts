import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLdapDirectory, escapeDnValue } from '@openreset/adapters/ldap';
import { type DirectoryFixtureUser, directoryConformance } from '@openreset/core/testing';
import { Attribute, Change, Client } from 'ldapts';
import { describe, expect, it } from 'vitest';
import { encodeUnicodePwd, fileTimeToDate } from './active-directory.js';
import {
  expiryWarningsSent,
  idOf,
  OLD,
  plainUser,
  resetThroughEngine,
} from './testing/ldap-test-users.js';
import { checkListUsers, LIST_USERS } from './testing/list-users-checks.js';

// Started by scripts/services/samba.mjs (npm test). Under CI a missing server is a failure;
// elsewhere (Samba needs root and the fixed ports 389/636) the suite skips and says why.
const env = {
  url: process.env.OPENRESET_TEST_AD_URL ?? '',
  adminDn: process.env.OPENRESET_TEST_AD_ADMIN_DN ?? '',
  adminPassword: process.env.OPENRESET_TEST_AD_ADMIN_PASSWORD ?? '',
  bindDn: process.env.OPENRESET_TEST_AD_BIND_DN ?? '',
  bindPassword: process.env.OPENRESET_TEST_AD_BIND_PASSWORD ?? '',
  baseDn: process.env.OPENRESET_TEST_AD_BASE_DN ?? '',
  caFile: process.env.OPENRESET_TEST_AD_CA_FILE ?? '',
  servername: process.env.OPENRESET_TEST_AD_TLS_SERVERNAME ?? '',
  privateDir: process.env.OPENRESET_TEST_AD_PRIVATE_DIR ?? '',
};
const missing = env.url === '';
if (missing && process.env.CI === 'true') {
  throw new Error(
    'OPENRESET_TEST_AD_URL is not set: run the tests with `npm test`, which starts Samba AD ' +
      '(scripts/services/samba.mjs).',
  );
}
const skipReason =
  'OPENRESET_TEST_AD_URL is not set (Samba AD not started: it needs root and ports 389/636)';
const describeAd = missing ? describe.skip : describe;
if (missing) console.warn(`active-directory.samba.test.ts skipped: ${skipReason}`);

const tls = missing ? {} : { ca: [readFileSync(env.caFile)], servername: env.servername };
const REALM = 'openreset.test';
/** The domain's lockout threshold (scripts/services/samba.mjs). */
const LOCKOUT_THRESHOLD = 5;

async function connect(dn: string, password: string): Promise<Client> {
  const client = new Client({ url: env.url, timeout: 10_000, tlsOptions: tls });
  try {
    await client.bind(dn, password);
    return client;
  } catch (error) {
    await client.unbind().catch(() => undefined);
    throw error;
  }
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connect(env.adminDn, env.adminPassword);
  try {
    return await work(client);
  } finally {
    await client.unbind();
  }
}

/** The AD sub-code of a bind as `dn` (`52e`, `773`...), or `ok`. */
async function bindResult(dn: string, password: string): Promise<string> {
  try {
    const client = await connect(dn, password);
    await client.unbind();
    return 'ok';
  } catch (error) {
    return /data ([0-9a-f]+)/.exec((error as Error).message)?.[1] ?? String(error);
  }
}

function replace(type: string, values: string[]): Change {
  return new Change({ operation: 'replace', modification: new Attribute({ type, values }) });
}

/** The subtree of the previous seed: sAMAccountName is unique in the domain, so it goes first. */
let previousRoot: string | undefined;

async function removeTree(client: Client, root: string): Promise<void> {
  const { searchEntries } = await client.search(root, { scope: 'sub', attributes: ['1.1'] });
  // Children before parents.
  for (const entry of searchEntries.sort((a, b) => b.dn.length - a.dn.length)) {
    await client.del(entry.dn);
  }
}

interface SeedOptions {
  /** Groups of scripts/services/samba.mjs to put every user in (fine-grained policies). */
  memberOf?: readonly string[];
}

/** A fresh `OU=t<random>` holding these users (AD accounts) and their groups. */
async function seed(users: readonly DirectoryFixtureUser[], options: SeedOptions = {}) {
  const root = `OU=t${randomUUID().slice(0, 8)},${env.baseDn}`;
  const people = `OU=people,${root}`;
  const groups = `OU=groups,${root}`;
  const dnOf = (username: string) => `CN=${escapeDnValue(username)},${people}`;
  await asAdmin(async (client) => {
    if (previousRoot !== undefined) await removeTree(client, previousRoot);
    previousRoot = root;
    await client.add(root, { objectClass: 'organizationalUnit' });
    await client.add(people, { objectClass: 'organizationalUnit' });
    await client.add(groups, { objectClass: 'organizationalUnit' });
    for (const user of users) {
      const values: Record<string, string | Buffer | undefined> = {
        objectClass: 'user',
        sAMAccountName: user.username,
        userPrincipalName: `${user.username}@${REALM}`,
        unicodePwd: encodeUnicodePwd(user.password),
        // NORMAL_ACCOUNT, plus ACCOUNTDISABLE for disabled ones.
        userAccountControl: user.disabled ? '514' : '512',
        sn: user.surname,
        givenName: user.givenName,
        displayName: user.displayName,
        mail: user.email,
        mobile: user.contact.mobile,
        telephoneNumber: user.contact.office,
        otherMailbox: user.contact.alternateEmail,
      };
      const attributes = Object.entries(values).flatMap(([type, value]) =>
        value === undefined
          ? []
          : [new Attribute({ type, values: typeof value === 'string' ? [value] : [value] })],
      );
      await client.add(dnOf(user.username), attributes);
      if (user.mustChangePassword) {
        await client.modify(dnOf(user.username), [replace('pwdLastSet', ['0'])]);
      }
    }
    const groupNames = [...new Set(users.flatMap((user) => user.groups))];
    for (const name of groupNames) {
      const members = users.filter((user) => user.groups.includes(name));
      await client.add(`CN=${escapeDnValue(name)},${groups}`, {
        objectClass: 'group',
        sAMAccountName: name,
        member: members.map((user) => dnOf(user.username)),
      });
    }
    for (const group of options.memberOf ?? []) {
      await client.modify(`CN=${group},CN=Users,${env.baseDn}`, [
        new Change({
          operation: 'add',
          modification: new Attribute({
            type: 'member',
            values: users.map((user) => dnOf(user.username)),
          }),
        }),
      ]);
    }
  });
  // Locked out the way AD does it: failed binds up to the domain's threshold.
  for (const user of users.filter((candidate) => candidate.lockedOut)) {
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      expect(await bindResult(dnOf(user.username), 'Wrong-Guess-000!')).toMatch(/^(52e|775)$/);
    }
  }
  const directory = createLdapDirectory({
    url: env.url,
    mode: 'ad',
    bindDn: env.bindDn,
    bindPassword: env.bindPassword,
    baseDn: people,
    tls,
    timeoutMs: 10_000,
    groups: { baseDn: groups },
    adminGroups: ['admins'],
  });
  return { directory, dnOf };
}

/**
 * Moves a password's `pwdLastSet` back to `date`, as if that much time had passed. No LDAP
 * client may (AD takes 0 or -1 only, even with the relax control), so this writes the
 * domain partition's database directly, with Samba's own Python ldb bindings.
 */
function agePassword(dn: string, date: Date): void {
  const fileTime = String((BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n);
  const partition = join(env.privateDir, 'sam.ldb.d', `${env.baseDn.toUpperCase()}.ldb`);
  const script = [
    'import sys, ldb',
    "db = ldb.Ldb(url=sys.argv[1], options=['modules:'])",
    'm = ldb.Message(); m.dn = ldb.Dn(db, sys.argv[2])',
    "m['pwdLastSet'] = ldb.MessageElement(sys.argv[3], ldb.FLAG_MOD_REPLACE, 'pwdLastSet')",
    'db.modify(m)',
  ].join('\n');
  const result = spawnSync('/usr/bin/python3', ['-c', script, partition, dn, fileTime], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`could not age the password: ${result.stderr}`);
}

describeAd('AD mode: the core conformance suite against Samba AD', () => {
  for (const testCase of directoryConformance(
    async (fixture) => (await seed(fixture.users)).directory,
  )) {
    it(testCase.name, testCase.run);
  }
});

describeAd('AD mode against Samba AD: passwords', () => {
  it('resets with unicodePwd replace as the service account: the new password binds, the old one does not', async () => {
    const { directory, dnOf } = await seed([plainUser('rita')]);
    const id = await idOf(directory, 'rita');
    await directory.resetPassword(id, 'Brand-New-Pass-77!');
    expect(await bindResult(dnOf('rita'), 'Brand-New-Pass-77!')).toBe('ok');
    expect(await bindResult(dnOf('rita'), OLD)).toBe('52e');
  });

  it('changes as the user (delete old + add new): the new password binds', async () => {
    const { directory, dnOf } = await seed([plainUser('carl')]);
    const id = await idOf(directory, 'carl');
    await directory.changePassword(id, OLD, 'Second-Pass-2031!');
    expect(await bindResult(dnOf('carl'), 'Second-Pass-2031!')).toBe('ok');
    expect(await bindResult(dnOf('carl'), OLD)).toBe('52e');
  });

  it("refuses a password in the domain's history with password_policy", async () => {
    const { directory } = await seed([plainUser('hank')]);
    const id = await idOf(directory, 'hank');
    await directory.changePassword(id, OLD, 'Second-Pass-2031!');
    await expect(directory.changePassword(id, 'Second-Pass-2031!', OLD)).rejects.toMatchObject({
      code: 'password_policy',
    });
    expect(await directory.verifyPassword(id, 'Second-Pass-2031!')).toBe(true);
  });

  it('refuses passwords that fail complexity or length with password_policy, on change and reset', async () => {
    const { directory, dnOf } = await seed([plainUser('tina')]);
    const id = await idOf(directory, 'tina');
    for (const weak of ['short', 'alllowercaseletters', 'ALL-CAPS-AND-DIGITS-NOT']) {
      await expect(directory.changePassword(id, OLD, weak), weak).rejects.toMatchObject({
        code: 'password_policy',
      });
      await expect(directory.resetPassword(id, weak), weak).rejects.toMatchObject({
        code: 'password_policy',
      });
    }
    expect(await bindResult(dnOf('tina'), OLD)).toBe('ok');
  });

  it('refuses a change before the minimum age (a fine-grained policy), while a reset still works', async () => {
    const { directory, dnOf } = await seed([plainUser('mina')], {
      memberOf: ['openreset-min-age'],
    });
    const id = await idOf(directory, 'mina');
    await expect(directory.changePassword(id, OLD, 'Second-Pass-2031!')).rejects.toMatchObject({
      code: 'password_policy',
    });
    expect(await bindResult(dnOf('mina'), OLD)).toBe('ok');
    await directory.resetPassword(id, 'Reset-Pass-2032!');
    expect(await bindResult(dnOf('mina'), 'Reset-Pass-2032!')).toBe('ok');
  });

  it('refuses a change with a wrong current password with incorrect_password', async () => {
    const { directory, dnOf } = await seed([plainUser('wes')]);
    const id = await idOf(directory, 'wes');
    expect(await directory.verifyPassword(id, 'not-his-password')).toBe(false);
    expect(await directory.verifyPassword(id, '')).toBe(false);
    await expect(
      directory.changePassword(id, 'Not-His-Password-1!', 'New-Pass-2033!'),
    ).rejects.toMatchObject({ code: 'incorrect_password' });
    expect(await bindResult(dnOf('wes'), OLD)).toBe('ok');
  });
});

describeAd('AD mode against Samba AD: account state', () => {
  it('locks out after the domain threshold of failures; unlock (lockoutTime = 0) lets the right one in', async () => {
    const { directory, dnOf } = await seed([plainUser('lars')]);
    const id = await idOf(directory, 'lars');
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      expect(await directory.verifyPassword(id, 'Wrong-Guess-000!')).toBe(false);
    }
    expect((await directory.getUser(id))?.lockedOut).toBe(true);
    expect(await bindResult(dnOf('lars'), OLD)).toBe('775');
    expect(await directory.verifyPassword(id, OLD)).toBe(false);
    await expect(directory.changePassword(id, OLD, 'Other-Pass-2032!')).rejects.toMatchObject({
      code: 'account_locked_out',
    });
    await directory.unlock(id);
    expect((await directory.getUser(id))?.lockedOut).toBe(false);
    expect(await directory.verifyPassword(id, OLD)).toBe(true);
  });

  it('must change (pwdLastSet = 0): reported, the right password verifies, and the user can still change it', async () => {
    const { directory, dnOf } = await seed([plainUser('mona')]);
    const id = await idOf(directory, 'mona');
    await directory.requirePasswordChange(id);
    expect((await directory.getUser(id))?.mustChangePassword).toBe(true);
    expect(await bindResult(dnOf('mona'), OLD)).toBe('773');
    expect(await directory.verifyPassword(id, OLD)).toBe(true);
    expect(await directory.verifyPassword(id, 'Wrong-Guess-000!')).toBe(false);
    await expect(
      directory.changePassword(id, 'Wrong-Guess-000!', 'Next-Pass-2034!'),
    ).rejects.toMatchObject({ code: 'incorrect_password' });
    await expect(directory.changePassword(id, OLD, 'short')).rejects.toMatchObject({
      code: 'password_policy',
    });
    await directory.changePassword(id, OLD, 'Next-Pass-2034!');
    expect(await bindResult(dnOf('mona'), 'Next-Pass-2034!')).toBe('ok');
    expect((await directory.getUser(id))?.mustChangePassword).toBe(false);
  });

  it('a reset clears must-change', async () => {
    const { directory } = await seed([plainUser('nora', { mustChangePassword: true })]);
    const id = await idOf(directory, 'nora');
    expect((await directory.getUser(id))?.mustChangePassword).toBe(true);
    await directory.resetPassword(id, 'Brand-New-Pass-77!');
    expect((await directory.getUser(id))?.mustChangePassword).toBe(false);
  });

  it("an expired password (pwdLastSet older than the domain's maxPwdAge of 42 days): reported, passwordChangedAt from pwdLastSet, and changeable", async () => {
    const { directory, dnOf } = await seed([plainUser('exa')]);
    const id = await idOf(directory, 'exa');
    const fresh = await directory.getUser(id);
    expect(fresh?.mustChangePassword).toBe(false);
    expect(Math.abs((fresh?.passwordChangedAt?.getTime() ?? 0) - Date.now())).toBeLessThan(
      10 * 60_000,
    );
    const setAt = new Date('2026-01-01T00:00:00Z');
    agePassword(dnOf('exa'), setAt);
    expect(await bindResult(dnOf('exa'), OLD)).toBe('532');
    const expired = await directory.getUser(id);
    expect(expired?.passwordChangedAt?.toISOString()).toBe(setAt.toISOString());
    expect(expired?.mustChangePassword).toBe(true);
    expect(await directory.verifyPassword(id, OLD)).toBe(true);
    expect(await directory.verifyPassword(id, 'Wrong-Guess-000!')).toBe(false);
    await directory.changePassword(id, OLD, 'Renewed-Pass-2036!');
    expect(await bindResult(dnOf('exa'), 'Renewed-Pass-2036!')).toBe('ok');
    expect(await bindResult(dnOf('exa'), OLD)).toBe('52e');
    expect((await directory.getUser(id))?.mustChangePassword).toBe(false);
  });

  it('reports userAccountControl ACCOUNTDISABLE as disabled, and refuses it everything (533)', async () => {
    const { directory, dnOf } = await seed([plainUser('dora', { disabled: true })]);
    const id = await idOf(directory, 'dora');
    expect((await directory.getUser(id))?.disabled).toBe(true);
    expect(await bindResult(dnOf('dora'), OLD)).toBe('533');
    expect(await directory.verifyPassword(id, OLD)).toBe(false);
    await expect(directory.resetPassword(id, 'Brand-New-Pass-77!')).rejects.toMatchObject({
      code: 'account_disabled',
    });
    await expect(directory.unlock(id)).rejects.toMatchObject({ code: 'account_disabled' });
  });

  it('reports an expired account (accountExpires in the past, bind 701) as disabled', async () => {
    const { directory, dnOf } = await seed([plainUser('axel')]);
    const id = await idOf(directory, 'axel');
    expect((await directory.getUser(id))?.disabled).toBe(false);
    // 2020-01-01 as a FILETIME.
    await asAdmin((client) =>
      client.modify(dnOf('axel'), [replace('accountExpires', ['132223104000000000'])]),
    );
    expect(fileTimeToDate('132223104000000000')?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(await bindResult(dnOf('axel'), OLD)).toBe('701');
    expect((await directory.getUser(id))?.disabled).toBe(true);
    expect(await directory.verifyPassword(id, OLD)).toBe(false);
    await expect(directory.changePassword(id, OLD, 'Other-Pass-2032!')).rejects.toMatchObject({
      code: 'account_disabled',
    });
  });
});

describeAd('AD mode against Samba AD: lookups and configuration', () => {
  it('finds a user by sAMAccountName, userPrincipalName and mail, with its objectGUID as id', async () => {
    const { directory } = await seed([plainUser('luke'), plainUser('leia')]);
    const id = await idOf(directory, 'luke');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const identifier of ['luke', 'LUKE', `luke@${REALM}`, 'Luke@Example.com']) {
      expect((await directory.findUser(identifier))?.id, identifier).toBe(id);
    }
    expect(await directory.getUser(id)).toMatchObject({ username: 'luke' });
    expect(await directory.findUser('luk')).toBeNull();
    expect(await directory.findUser('*')).toBeNull();
    expect(await directory.findUser('l*')).toBeNull();
    expect(await directory.getUser(randomUUID())).toBeNull();
  });

  it('reports a wrong service password as configuration', async () => {
    const directory = createLdapDirectory({
      url: env.url,
      mode: 'ad',
      bindDn: env.bindDn,
      bindPassword: 'not-the-service-password',
      baseDn: env.baseDn,
      tls,
    });
    await expect(directory.findUser('alice')).rejects.toMatchObject({ code: 'configuration' });
    expect(await directory.status()).toMatchObject({ connected: false, error: 'configuration' });
  });

  it('refuses a certificate it cannot verify: unavailable, never a bind in clear', async () => {
    const directory = createLdapDirectory({
      url: env.url,
      mode: 'ad',
      bindDn: env.bindDn,
      bindPassword: env.bindPassword,
      baseDn: env.baseDn,
      timeoutMs: 10_000,
    });
    await expect(directory.findUser('alice')).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describeAd('listUsers against Samba AD', () => {
  it('pages through every user in a stable order, and narrows by a username or email prefix', async () => {
    const { directory } = await seed(LIST_USERS.map((username) => plainUser(username)));
    await checkListUsers(directory);
  });
});

describeAd('end to end: a self-service reset through the engine writes back to Samba AD', () => {
  it('changes the password in AD: the new one binds, the old one does not', async () => {
    const { directory, dnOf } = await seed([plainUser('erin')]);
    await resetThroughEngine(directory, `erin@${REALM}`, 'Violet harbour quantum teapots 9');
    expect(await bindResult(dnOf('erin'), 'Violet harbour quantum teapots 9')).toBe('ok');
    expect(await bindResult(dnOf('erin'), OLD)).toBe('52e');
  });
});

describeAd("AD mode against Samba AD: password expiry from the domain's policy", () => {
  const DAY = 24 * 60 * 60_000;
  /** A `maxPwdAge` value: minus the age in 100 ns ticks, as AD stores it. */
  const maxPwdAge = (days: number) => `-${BigInt(days) * 864_000_000_000n}`;
  /** The domain's own value (scripts/services/samba.mjs), restored after each change. */
  const DOMAIN_MAX_AGE_DAYS = 42;

  it('reads msDS-UserPasswordExpiryTimeComputed: pwdLastSet plus maxPwdAge, following a change of the domain; never-expiring passwords get none', async () => {
    const { directory, dnOf } = await seed([plainUser('ivo'), plainUser('nev')]);
    const setAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 35 * DAY);
    agePassword(dnOf('ivo'), setAt);
    // DONT_EXPIRE_PASSWORD (0x10000) on a normal account (0x200).
    await asAdmin((client) =>
      client.modify(dnOf('nev'), [replace('userAccountControl', [String(0x10200)])]),
    );
    const ivo = await directory.findUser('ivo');
    expect(ivo?.passwordChangedAt).toEqual(setAt);
    expect(ivo?.passwordExpiresAt).toEqual(new Date(setAt.getTime() + 42 * DAY));
    expect((await directory.findUser('nev'))?.passwordExpiresAt).toBeUndefined();
    try {
      await asAdmin((client) => client.modify(env.baseDn, [replace('maxPwdAge', [maxPwdAge(40)])]));
      expect((await directory.findUser('ivo'))?.passwordExpiresAt).toEqual(
        new Date(setAt.getTime() + 40 * DAY),
      );
    } finally {
      await asAdmin((client) =>
        client.modify(env.baseDn, [replace('maxPwdAge', [maxPwdAge(DOMAIN_MAX_AGE_DAYS)])]),
      );
    }
  });

  it("mails one expiry warning by the domain's expiry, with OpenReset's own maximum age off", async () => {
    const { directory, dnOf } = await seed([plainUser('wim'), plainUser('zed')]);
    // 7 days left for wim; zed's password is new (42 days left).
    agePassword(dnOf('wim'), new Date(Date.now() - 35 * DAY));
    const warnings = await expiryWarningsSent(directory);
    expect(warnings).toEqual(['wim@example.com']);
  });
});
