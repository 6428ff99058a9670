/**
 * LDAP and Active Directory as the directory of `@openreset/core`: `@openreset/adapters/ldap`.
 *
 * @module
 */
import type { ConnectionOptions } from 'node:tls';
import {
  checkListUsersLimit,
  type Directory,
  DirectoryError,
  type DirectoryErrorCode,
  type DirectoryStatus,
  type DirectoryUser,
  type DirectoryUserPage,
  decodeCursor,
  ErrorCode,
  encodeCursor,
  type ListUsersOptions,
  OpenResetError,
  type ResetPasswordOptions,
} from '@openreset/core';
import {
  AndFilter,
  Attribute,
  Change,
  Client,
  type Entry,
  EqualityFilter,
  type Filter,
  FilterParser,
  OrFilter,
  SubstringFilter,
} from 'ldapts';
import {
  adChangePasswordChanges,
  adMustChangeChanges,
  adResetPasswordChanges,
  adUnlockChanges,
  fileTimeToDate,
  guidFromString,
  guidToString,
  hasAdFlag,
  isAdAccountExpired,
  isAdDisabled,
  UF_LOCKOUT,
  UF_PASSWORD_EXPIRED,
} from './ldap/active-directory.js';
import { encodePasswordModifyRequest, PASSWORD_MODIFY_OID } from './ldap/ber.js';
import {
  isAdPasswordChangeRequired,
  LdapResultCode,
  resultCodeOf,
  toDirectoryError,
} from './ldap/ldap-errors.js';
import { PasswordPolicyControl } from './ldap/password-policy-control.js';

export {
  adChangePasswordChanges,
  adMustChangeChanges,
  adResetPasswordChanges,
  adUnlockChanges,
  encodeUnicodePwd,
} from './ldap/active-directory.js';
export {
  decodePasswordPolicyResponse,
  encodePasswordModifyRequest,
  PASSWORD_MODIFY_OID,
  PASSWORD_POLICY_CONTROL_OID,
  type PasswordModifyRequest,
  PasswordPolicyError,
  type PasswordPolicyResponse,
} from './ldap/ber.js';
export { escapeDnValue, escapeFilterValue } from './ldap/escape.js';

/** Which server the directory speaks to. */
export const LdapMode = { OpenLdap: 'openldap', ActiveDirectory: 'ad' } as const;

/** The union of {@link LdapMode} values. */
export type LdapMode = (typeof LdapMode)[keyof typeof LdapMode];

/** Which LDAP attributes hold which user fields. */
export interface LdapAttributeMap {
  /** Attributes a sign-in identifier is compared with (equality, the server's matching rule). */
  login: readonly string[];
  /** The username shown and returned. */
  username: string;
  email: string;
  /** Mobile phone (E.164 expected). Leave empty to ignore. */
  mobile?: string;
  /** Office phone. */
  office?: string;
  /** An alternate email for recovery. */
  alternateEmail?: string;
  givenName?: string;
  surname?: string;
  displayName?: string;
}

/** How group membership is found. */
export interface LdapGroupOptions {
  /**
   * `memberOf`: read the user's `memberOf` (AD; OpenLDAP with the memberof overlay).
   * `search`: search `baseDn` for groups whose `memberAttribute` holds the user's DN.
   * @default "memberOf" in AD mode, "search" in OpenLDAP mode
   */
  membership?: 'memberOf' | 'search';
  /** Where groups live. @default the directory's `baseDn` */
  baseDn?: string;
  /** Which entries are groups. @default `(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))` */
  filter?: string;
  /** @default "member" */
  memberAttribute?: string;
  /** The attribute that names a group. @default "cn" */
  nameAttribute?: string;
}

/** Options of {@link createLdapDirectory}. */
export interface LdapDirectoryOptions {
  /** One URL or several (tried in order when a server cannot be reached): `ldaps://dc1.example.com`. */
  url: string | readonly string[];
  /** The service account's DN (AD: its DN or `user@domain`). */
  bindDn: string;
  /** The service account's password. */
  bindPassword: string;
  /** Where users live, e.g. `ou=people,dc=example,dc=com`. */
  baseDn: string;
  /** @default "openldap" */
  mode?: LdapMode;
  /**
   * Which entries are users.
   * @default `(objectClass=inetOrgPerson)`, AD: `(&(objectCategory=person)(objectClass=user))`
   */
  userFilter?: string;
  /** Attribute names, merged over the mode's defaults. */
  attributes?: Partial<LdapAttributeMap>;
  groups?: LdapGroupOptions;
  /** Names (or DNs) of the groups whose members are administrators. @default [] */
  adminGroups?: readonly string[];
  /** TLS options for `ldaps://` and StartTLS (CA, servername…). */
  tls?: ConnectionOptions;
  /** Upgrade `ldap://` connections with StartTLS before binding. @default false */
  startTls?: boolean;
  /** Milliseconds for connecting and for each operation. @default 5000 */
  timeoutMs?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /**
   * OpenLDAP only: the DN of the ppolicy overlay's default policy (`olcPPolicyDefault`, or
   * `ppolicy_default` in slapd.conf), which applies to users without a `pwdPolicySubentry`.
   * It lives in `cn=config`, which a service account cannot usually read, so it is given
   * here. Without it, only users with a `pwdPolicySubentry` get a `passwordExpiresAt`.
   */
  defaultPasswordPolicyDn?: string;
}

/** The LDAP directory: the core {@link Directory} plus LDAP-only administration. */
export interface LdapDirectory extends Directory {
  readonly external: true;
  /**
   * Makes the user change their password at next sign-in: OpenLDAP `pwdReset: TRUE`
   * (honoured when the policy has `pwdMustChange`), AD `pwdLastSet: 0`.
   */
  requirePasswordChange(id: string): Promise<void>;
}

/** Entries per page of a paged search: at most OpenLDAP's default size limit and AD's MaxPageSize. */
const LDAP_PAGE_SIZE = 500;

/** How long a password policy's `pwdMaxAge` is kept before it is read again. */
const POLICY_CACHE_MS = 5 * 60_000;

/** ppolicy's "locked by an administrator, never expires" value, used here as "disabled". */
const PERMANENT_LOCK = '000001010000Z';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DEFAULT_ATTRIBUTES: Record<LdapMode, LdapAttributeMap> = {
  openldap: {
    login: ['uid', 'mail'],
    username: 'uid',
    email: 'mail',
    mobile: 'mobile',
    office: 'telephoneNumber',
    givenName: 'givenName',
    surname: 'sn',
    displayName: 'displayName',
  },
  ad: {
    login: ['sAMAccountName', 'userPrincipalName', 'mail'],
    username: 'sAMAccountName',
    email: 'mail',
    mobile: 'mobile',
    office: 'telephoneNumber',
    alternateEmail: 'otherMailbox',
    givenName: 'givenName',
    surname: 'sn',
    displayName: 'displayName',
  },
};

/** A user entry as read, with the DN the adapter needs for binds and writes. */
interface LdapUser {
  dn: string;
  user: DirectoryUser;
  /** OpenLDAP's raw `pwdAccountLockedTime`, to restore a lock after a reset when asked. */
  lockedTime?: string;
}

/**
 * A {@link Directory} on LDAP (OpenLDAP with the ppolicy overlay) or Active Directory.
 *
 * - **Ids**: OpenLDAP `entryUUID` (RFC 4530), AD `objectGUID` (as its usual string form):
 *   both survive renames and moves, unlike DNs.
 * - **Lookup**: `findUser` compares the identifier with every `attributes.login` attribute
 *   by equality, inside `userFilter`, sent as ldapts filter objects (BER, so `*)(uid=*` is a
 *   literal value and finds nobody); two entries → `multi_match`. Empty or over-long
 *   identifiers find nobody.
 * - **Listing**: `listUsers` orders users by lower-cased username, then id; its cursor is that
 *   key (keyset paging: a place, not a snapshot, so it survives reconnects and other servers).
 *   Each call reads every match's username and id with the paged results control (RFC 2696,
 *   past the server's size limit), then the page's entries. `search` is a substring filter's
 *   `initial` on the username and email attributes; with control characters it finds nobody.
 * - **Passwords**: `verifyPassword` binds as the user (an empty password is refused before
 *   any bind: it would be an anonymous bind). OpenLDAP: `resetPassword` sends the RFC 3062
 *   Password Modify extended operation as the service account, `changePassword` binds as
 *   the user and sends it with `oldPasswd`, so ppolicy's history and quality rules apply to
 *   both; the ppolicy response control is decoded to tell `password_policy`,
 *   `account_locked_out` and `permissions` apart. AD: reset replaces `unicodePwd`, change
 *   deletes the old and adds the new value in one modify as the user (quoted UTF-16LE,
 *   LDAPS or StartTLS required by AD). An AD password that expired or must change (bind
 *   sub-code 532 or 773, given only for the right password) still verifies, and is changed
 *   by the same modify over the service account's connection (AD checks the old value).
 * - **State**: OpenLDAP: locked out = `pwdAccountLockedTime` set, disabled = the value
 *   `000001010000Z` (ppolicy's permanent administrative lock), must change = `pwdReset`,
 *   changed at = `pwdChangedTime`. AD: locked out = `msDS-User-Account-Control-Computed`
 *   UF_LOCKOUT (else `lockoutTime` > 0), disabled = `userAccountControl` bit 0x2 or
 *   `accountExpires` past, must change = `pwdLastSet` = 0 or UF_PASSWORD_EXPIRED (the
 *   domain's `maxPwdAge` passed), changed at = `pwdLastSet`. `resetPassword` with
 *   `mustChange` sets `pwdReset` / `pwdLastSet` = 0; without it a reset clears them.
 * - **Expiry** (`passwordExpiresAt`, which wins over the policy's `password.maxAgeDays`):
 *   OpenLDAP: `pwdChangedTime` plus the `pwdMaxAge` (seconds) of the user's
 *   `pwdPolicySubentry`, else of `defaultPasswordPolicyDn`, as ppolicy decides; none when
 *   there is no change time, no policy, no such policy entry, or a max age of 0 or none
 *   (ppolicy's "never expires"). A policy's max age is read at most every 5 minutes per DN.
 *   AD: `msDS-UserPasswordExpiryTimeComputed`, the constructed attribute AD itself uses,
 *   rather than `pwdLastSet` plus the domain's `maxPwdAge`: it also applies fine-grained
 *   password policies (PSOs), "password never expires" and smart-card-only accounts, in
 *   one read per user, without reading the domain object or the PSOs; none for 0 (must
 *   change: `mustChangePassword` says so) and 0x7FFFFFFFFFFFFFFF (never).
 * - **Unlock**: OpenLDAP deletes `pwdAccountLockedTime` (and `pwdFailureTime` where
 *   allowed); AD sets `lockoutTime` to 0. A reset unlocks unless `unlock: false` (ppolicy
 *   clears the lock on a password change, so the adapter puts it back).
 * - **Errors**: every failure is a `DirectoryError`; connection failures and timeouts are
 *   `unavailable`; result code 49 → `incorrect_password`, 50 → `permissions`, 19 →
 *   `password_policy`; AD's sub-codes first (52e, 532, 533, 701, 773, 775, 0000052D...: the
 *   table in the package README); the service account's own failed bind → `configuration`.
 *
 * The service account needs: read on users and groups (including the operational
 * attributes above), and write on `userPassword` (`unicodePwd`: the "Reset Password" right),
 * `pwdAccountLockedTime` and `pwdReset` (AD: `lockoutTime`, `pwdLastSet`). Users need
 * `=w` (self) on their own `userPassword`.
 *
 * @example
 * ```ts
 * const directory = createLdapDirectory({
 *   url: 'ldaps://ldap.example.com', bindDn: 'cn=openreset,dc=example,dc=com',
 *   bindPassword: process.env.LDAP_PASSWORD!, baseDn: 'ou=people,dc=example,dc=com',
 *   groups: { baseDn: 'ou=groups,dc=example,dc=com' }, adminGroups: ['admins'],
 * });
 * ```
 */
export function createLdapDirectory(options: LdapDirectoryOptions): LdapDirectory {
  const urls = typeof options?.url === 'string' ? [options.url] : [...(options?.url ?? [])];
  if (urls.length === 0 || urls.some((url) => !/^ldaps?:\/\/[^\s/]+\/?$/i.test(url))) {
    throw new TypeError('createLdapDirectory: `url` must be ldap:// or ldaps:// URLs');
  }
  for (const key of ['bindDn', 'bindPassword', 'baseDn'] as const) {
    if (typeof options[key] !== 'string' || options[key] === '') {
      throw new TypeError(`createLdapDirectory: \`${key}\` is required`);
    }
  }
  const mode: LdapMode = options.mode ?? 'openldap';
  if (mode !== 'openldap' && mode !== 'ad') {
    throw new TypeError('createLdapDirectory: `mode` must be "openldap" or "ad"');
  }
  const isAd = mode === 'ad';
  const defaultPolicyDn = options.defaultPasswordPolicyDn;
  if (
    defaultPolicyDn !== undefined &&
    (typeof defaultPolicyDn !== 'string' || defaultPolicyDn === '' || isAd)
  ) {
    throw new TypeError(
      'createLdapDirectory: `defaultPasswordPolicyDn` must be a DN, in OpenLDAP mode only',
    );
  }
  const attributes: LdapAttributeMap = { ...DEFAULT_ATTRIBUTES[mode], ...options.attributes };
  const userFilter = parseFilter(
    'userFilter',
    options.userFilter ??
      (isAd ? '(&(objectCategory=person)(objectClass=user))' : '(objectClass=inetOrgPerson)'),
  );
  const groupOptions = {
    membership: options.groups?.membership ?? (isAd ? 'memberOf' : 'search'),
    baseDn: options.groups?.baseDn ?? options.baseDn,
    filter: parseFilter(
      'groups.filter',
      options.groups?.filter ??
        '(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))',
    ),
    memberAttribute: options.groups?.memberAttribute ?? 'member',
    nameAttribute: options.groups?.nameAttribute ?? 'cn',
  };
  const adminGroups = new Set((options.adminGroups ?? []).map((name) => name.toLowerCase()));
  const timeout = options.timeoutMs ?? 5000;
  const now = options.now ?? (() => new Date());
  const idAttribute = isAd ? 'objectGUID' : 'entryUUID';
  const stateAttributes = isAd
    ? [
        'userAccountControl',
        'msDS-User-Account-Control-Computed',
        'lockoutTime',
        'pwdLastSet',
        'accountExpires',
        // Constructed: returned only when asked for by name.
        'msDS-UserPasswordExpiryTimeComputed',
      ]
    : ['pwdAccountLockedTime', 'pwdReset', 'pwdChangedTime', 'pwdPolicySubentry'];
  const readAttributes = [
    'dn',
    idAttribute,
    attributes.username,
    attributes.email,
    ...[
      attributes.mobile,
      attributes.office,
      attributes.alternateEmail,
      attributes.givenName,
      attributes.surname,
      attributes.displayName,
    ].filter((name): name is string => typeof name === 'string' && name !== ''),
    ...(groupOptions.membership === 'memberOf' ? ['memberOf'] : []),
    ...stateAttributes,
  ];
  const description = `${urls.map(withoutCredentials).join(' ')} (${isAd ? 'Active Directory' : 'OpenLDAP'})`;
  let lastStatus: DirectoryStatus | undefined;
  /** Each password policy's `pwdMaxAge` in seconds (0: never), by lower-cased DN. */
  const policyMaxAges = new Map<string, { seconds: Promise<number>; until: number }>();

  /**
   * A client bound as `dn` on the first URL that answers. Only connection failures (no LDAP
   * result code) move on to the next URL; a refused bind is the answer.
   */
  async function connectBound(
    dn: string,
    password: string,
    controls: PasswordPolicyControl[] = [],
  ): Promise<Client> {
    let lastError: unknown;
    for (const url of urls) {
      const client = new Client({
        url,
        timeout,
        connectTimeout: timeout,
        ...(options.tls === undefined ? {} : { tlsOptions: options.tls }),
      });
      try {
        if (options.startTls && url.toLowerCase().startsWith('ldap:')) {
          await client.startTLS(options.tls ?? {});
        }
        await client.bind(dn, password, controls);
        return client;
      } catch (error) {
        lastError = error;
        await client.unbind().catch(() => undefined);
        if (resultCodeOf(error) !== undefined) throw error;
      }
    }
    throw lastError;
  }

  /** Runs `work` on a client bound as the service account; maps every failure. */
  async function asService<T>(operation: string, work: (client: Client) => Promise<T>): Promise<T> {
    let client: Client | undefined;
    try {
      client = await connectBound(options.bindDn, options.bindPassword);
      const result = await work(client);
      record(true);
      return result;
    } catch (error) {
      const mapped = toDirectoryError(error, operation);
      // The service account's own bind failing (wrong, expired, locked) is a configuration problem.
      const code: DirectoryErrorCode =
        client === undefined && resultCodeOf(error) === LdapResultCode.InvalidCredentials
          ? 'configuration'
          : mapped.code;
      record(code !== 'unavailable' && code !== 'configuration', code);
      if (code !== mapped.code) {
        throw new DirectoryError(code, `LDAP ${operation} failed (${code})`, { cause: error });
      }
      throw mapped;
    } finally {
      await client?.unbind().catch(() => undefined);
    }
  }

  function record(connected: boolean, error?: DirectoryErrorCode): void {
    lastStatus = {
      connected,
      description,
      checkedAt: now(),
      ...(error === undefined || connected ? {} : { error }),
    };
  }

  /** Users matching `filter` too; `sizeLimit` 0 reads them all, in pages (RFC 2696). */
  async function searchUsers(client: Client, filter: Filter, sizeLimit: number): Promise<Entry[]> {
    const { searchEntries } = await client.search(options.baseDn, {
      scope: 'sub',
      filter: new AndFilter({ filters: [userFilter, filter] }),
      attributes: readAttributes,
      ...(sizeLimit === 0 ? { paged: { pageSize: LDAP_PAGE_SIZE } } : { sizeLimit }),
      ...(isAd ? { explicitBufferAttributes: ['objectGUID'] } : {}),
    });
    return searchEntries;
  }

  async function groupsOf(client: Client, entry: Entry): Promise<string[]> {
    if (groupOptions.membership === 'memberOf') {
      return values(entry, 'memberOf').map(firstRdnValue);
    }
    const { searchEntries } = await client.search(groupOptions.baseDn, {
      scope: 'sub',
      filter: new AndFilter({
        filters: [
          groupOptions.filter,
          new EqualityFilter({ attribute: groupOptions.memberAttribute, value: entry.dn }),
        ],
      }),
      attributes: [groupOptions.nameAttribute],
    });
    return searchEntries.map(
      (group) => first(group, groupOptions.nameAttribute) ?? firstRdnValue(group.dn),
    );
  }

  /** The entry's id (entryUUID, or objectGUID in its string form); `''` when it has none. */
  function idOf(entry: Entry): string {
    if (!isAd) return first(entry, 'entryUUID') ?? '';
    const raw = entry.objectGUID;
    const bytes = Array.isArray(raw) ? raw[0] : raw;
    return Buffer.isBuffer(bytes) && bytes.length === 16 ? guidToString(bytes) : '';
  }

  async function toUser(client: Client, entry: Entry): Promise<LdapUser> {
    const groups = await groupsOf(client, entry);
    const id = idOf(entry);
    if (id === '') throw new DirectoryError('configuration', `LDAP entry without ${idAttribute}`);
    const optional = (name: string | undefined) =>
      name === undefined || name === '' ? undefined : first(entry, name);
    const lockedTime = isAd ? undefined : first(entry, 'pwdAccountLockedTime');
    // AD computes lockout (lockoutTime within the lockout duration) and expiry (pwdLastSet past
    // the domain's or a fine-grained policy's maxPwdAge) itself: msDS-User-Account-Control-Computed.
    const computed = first(entry, 'msDS-User-Account-Control-Computed');
    const disabled = isAd
      ? isAdDisabled(first(entry, 'userAccountControl')) ||
        isAdAccountExpired(first(entry, 'accountExpires'), now())
      : lockedTime === PERMANENT_LOCK;
    const lockedOut = isAd
      ? computed === undefined
        ? Number(first(entry, 'lockoutTime') ?? '0') > 0
        : hasAdFlag(computed, UF_LOCKOUT)
      : lockedTime !== undefined && lockedTime !== PERMANENT_LOCK;
    const passwordChangedAt = isAd
      ? fileTimeToDate(first(entry, 'pwdLastSet'))
      : parseGeneralizedTime(first(entry, 'pwdChangedTime'));
    const passwordExpiresAt = isAd
      ? fileTimeToDate(first(entry, 'msDS-UserPasswordExpiryTimeComputed'))
      : await ppolicyExpiry(client, entry, passwordChangedAt);
    const contact = dropUndefined({
      mobile: optional(attributes.mobile),
      office: optional(attributes.office),
      alternateEmail: optional(attributes.alternateEmail),
    });
    const user: DirectoryUser = {
      id,
      username: first(entry, attributes.username) ?? '',
      ...dropUndefined({
        email: optional(attributes.email),
        givenName: optional(attributes.givenName),
        surname: optional(attributes.surname),
        displayName: optional(attributes.displayName),
        passwordChangedAt,
        passwordExpiresAt,
      }),
      groups,
      isAdmin:
        groups.some((group) => adminGroups.has(group.toLowerCase())) ||
        (groupOptions.membership === 'memberOf' &&
          values(entry, 'memberOf').some((dn) => adminGroups.has(dn.toLowerCase()))),
      disabled,
      lockedOut,
      contact,
      mustChangePassword: isAd
        ? first(entry, 'pwdLastSet') === '0' || hasAdFlag(computed, UF_PASSWORD_EXPIRED)
        : first(entry, 'pwdReset')?.toUpperCase() === 'TRUE',
    };
    return { dn: entry.dn, user, ...(lockedTime === undefined ? {} : { lockedTime }) };
  }

  /** `changedAt` plus the `pwdMaxAge` of the policy that governs `entry`, as ppolicy applies it. */
  async function ppolicyExpiry(
    client: Client,
    entry: Entry,
    changedAt: Date | undefined,
  ): Promise<Date | undefined> {
    const policyDn = first(entry, 'pwdPolicySubentry') ?? defaultPolicyDn;
    if (changedAt === undefined || policyDn === undefined) return undefined;
    const seconds = await maxAgeOf(client, policyDn);
    return seconds > 0 ? new Date(changedAt.getTime() + seconds * 1000) : undefined;
  }

  /** A policy's `pwdMaxAge` in seconds; 0 when absent, invalid, or the entry does not exist. */
  function maxAgeOf(client: Client, policyDn: string): Promise<number> {
    const key = policyDn.toLowerCase();
    const cached = policyMaxAges.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.seconds;
    const seconds = client.search(policyDn, { scope: 'base', attributes: ['pwdMaxAge'] }).then(
      ({ searchEntries }) => {
        const policy = searchEntries[0];
        const value = Number((policy === undefined ? undefined : first(policy, 'pwdMaxAge')) ?? 0);
        return Number.isSafeInteger(value) && value > 0 ? value : 0;
      },
      (error: unknown) => {
        // No such policy: ppolicy enforces nothing, so neither expiry (kept like a value).
        if (resultCodeOf(error) === LdapResultCode.NoSuchObject) return 0;
        policyMaxAges.delete(key);
        throw error;
      },
    );
    policyMaxAges.set(key, { seconds, until: Date.now() + POLICY_CACHE_MS });
    return seconds;
  }

  /**
   * The filter that selects the entry with this id, or `null` for a malformed id. A filter
   * object, not a string: ldapts decodes `\xx` escapes of a filter string as UTF-8, which would
   * mangle the objectGUID's raw bytes.
   */
  function idFilter(id: string): Filter | null {
    if (typeof id !== 'string') return null;
    if (isAd) {
      const bytes = guidFromString(id);
      return bytes === null
        ? null
        : new EqualityFilter({ attribute: 'objectGUID', value: Buffer.from(bytes) });
    }
    return UUID.test(id) ? new EqualityFilter({ attribute: 'entryUUID', value: id }) : null;
  }

  async function loadById(client: Client, id: string): Promise<LdapUser | null> {
    const filter = idFilter(id);
    if (filter === null) return null;
    const entries = await searchUsers(client, filter, 2);
    const entry = entries[0];
    if (entry === undefined) return null;
    if (entries.length > 1) throw new DirectoryError('multi_match', 'Two LDAP entries share an id');
    return toUser(client, entry);
  }

  async function requireUser(client: Client, id: string): Promise<LdapUser> {
    const found = await loadById(client, id);
    if (found === null) throw new DirectoryError('user_not_found', 'No such LDAP user');
    return found;
  }

  async function modifyIgnoringMissing(client: Client, dn: string, changes: Change[]) {
    try {
      await client.modify(dn, changes);
    } catch (error) {
      if (resultCodeOf(error) !== LdapResultCode.NoSuchAttribute) throw error;
    }
  }

  async function clearLock(client: Client, dn: string): Promise<void> {
    if (isAd) {
      await client.modify(dn, adUnlockChanges());
      return;
    }
    await modifyIgnoringMissing(client, dn, [deleteAll('pwdAccountLockedTime')]);
    // pwdFailureTime is NO-USER-MODIFICATION on some servers; the lock is what matters.
    await modifyIgnoringMissing(client, dn, [deleteAll('pwdFailureTime')]).catch(() => undefined);
  }

  /**
   * Binds as the user on a fresh connection; throws the mapped error. `null` when AD refused
   * the bind only because the password must change first (532 expired, 773 must change): the
   * password was right, but no connection as the user can be had until it changes.
   */
  async function bindAsUser(
    dn: string,
    password: string,
    operation: string,
  ): Promise<Client | null> {
    if (typeof password !== 'string' || password === '') {
      // RFC 4513 5.1.2: an empty password is an unauthenticated bind that "succeeds".
      throw new DirectoryError('incorrect_password', 'An empty password never signs in');
    }
    const control = new PasswordPolicyControl();
    try {
      return await connectBound(dn, password, isAd ? [] : [control]);
    } catch (error) {
      if (isAd && isAdPasswordChangeRequired(error)) return null;
      throw toDirectoryError(error, operation, control.response);
    }
  }

  const directory: LdapDirectory = {
    external: true,

    async findUser(identifier) {
      if (typeof identifier !== 'string') return null;
      const value = identifier.trim();
      if (value === '' || value.length > 256) return null;
      // Filter objects go to the server as BER: the value is one literal assertion value,
      // never filter syntax, so `*)(uid=*` finds nobody.
      const filter = new OrFilter({
        filters: attributes.login.map((attribute) => new EqualityFilter({ attribute, value })),
      });
      return asService('search', async (client) => {
        const entries = await searchUsers(client, filter, 2);
        if (entries.length > 1) throw new DirectoryError('multi_match', 'Several LDAP users match');
        const entry = entries[0];
        return entry === undefined ? null : (await toUser(client, entry)).user;
      });
    },

    async getUser(id) {
      return asService('search', async (client) => (await loadById(client, id))?.user ?? null);
    },

    async listUsers(listOptions: ListUsersOptions): Promise<DirectoryUserPage> {
      const { limit, cursor, search } = listOptions;
      checkListUsersLimit(limit);
      let after: ListKey | undefined;
      if (cursor !== undefined) {
        const position = decodeCursor(cursor, ['string', 'string', 'string']);
        if (position === null || position[0] !== 'ldap-users') {
          throw new OpenResetError(ErrorCode.InvalidCursor, 'cursor is not one listUsers returned');
        }
        after = [position[1], position[2]];
      }
      const prefix = typeof search === 'string' ? search.trim() : '';
      // No username or email holds control characters (and OpenLDAP stops a value at NUL).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
      if (prefix.length > 256 || /[\u0000-\u001f\u007f]/.test(prefix)) return { users: [] };
      // A prefix is the `initial` of a substring assertion, sent as BER: `*` or `)` in it are
      // literal characters, and the attributes' own matching rules ignore case.
      const narrow =
        prefix === ''
          ? userFilter
          : new AndFilter({
              filters: [
                userFilter,
                new OrFilter({
                  filters: [attributes.username, attributes.email].map(
                    (attribute) => new SubstringFilter({ attribute, initial: prefix }),
                  ),
                }),
              ],
            });
      return asService('search', async (client) => {
        // Every match's sort key (name and id only), the paged results control (RFC 2696)
        // lifting the server's size limit; then the page's entries in full.
        const { searchEntries } = await client.search(options.baseDn, {
          scope: 'sub',
          filter: narrow,
          attributes: [attributes.username, idAttribute],
          paged: { pageSize: LDAP_PAGE_SIZE },
          ...(isAd ? { explicitBufferAttributes: ['objectGUID'] } : {}),
        });
        const keys = searchEntries
          .map(
            (entry): ListKey => [
              (first(entry, attributes.username) ?? '').toLowerCase(),
              idOf(entry),
            ],
          )
          .filter(([, id]) => id !== '')
          .filter((key) => after === undefined || compareKeys(key, after) > 0)
          .sort(compareKeys);
        const page = keys.slice(0, limit);
        const last = page.at(-1);
        if (last === undefined) return { users: [] };
        const filters = page.map(([, id]) => idFilter(id)).filter((f): f is Filter => f !== null);
        const entries = await searchUsers(client, new OrFilter({ filters }), 0);
        const users = await Promise.all(
          entries.map(async (entry) => (await toUser(client, entry)).user),
        );
        const position = new Map(page.map(([, id], index) => [id, index]));
        users.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
        return keys.length > limit
          ? { users, next: encodeCursor(['ldap-users', ...last]) }
          : { users };
      });
    },

    async listAdminEmails() {
      if (adminGroups.size === 0) return [];
      return asService('search', async (client) => {
        const names = [...adminGroups];
        const byName = names.map(
          (name) => new EqualityFilter({ attribute: groupOptions.nameAttribute, value: name }),
        );
        const { searchEntries } = await client.search(groupOptions.baseDn, {
          scope: 'sub',
          filter: new AndFilter({
            filters: [groupOptions.filter, new OrFilter({ filters: byName })],
          }),
          attributes: [groupOptions.memberAttribute],
        });
        const memberDns = new Set(
          searchEntries.flatMap((group) => values(group, groupOptions.memberAttribute)),
        );
        const emails = new Set<string>();
        for (const dn of memberDns) {
          const { searchEntries: users } = await client
            .search(dn, {
              scope: 'base',
              filter: userFilter,
              attributes: readAttributes,
              ...(isAd ? { explicitBufferAttributes: ['objectGUID'] } : {}),
            })
            .catch((error: unknown) => {
              // A member outside the user base or deleted: not a user we can notify.
              if (resultCodeOf(error) === LdapResultCode.NoSuchObject) return { searchEntries: [] };
              throw error;
            });
          for (const entry of users) {
            const { user } = await toUser(client, entry);
            if (user.isAdmin && !user.disabled && user.email !== undefined) emails.add(user.email);
          }
        }
        return [...emails].sort();
      });
    },

    async verifyPassword(id, password) {
      const found = await asService('search', (client) => loadById(client, id));
      if (found === null || found.user.disabled) return false;
      try {
        const client = await bindAsUser(found.dn, password, 'bind');
        await client?.unbind().catch(() => undefined);
        return true;
      } catch (error) {
        const code = (error as DirectoryError).code;
        if (code === 'unavailable' || code === 'configuration') throw error;
        return false;
      }
    },

    async resetPassword(id, newPassword, resetOptions: ResetPasswordOptions = {}) {
      if (typeof newPassword !== 'string' || newPassword === '') {
        throw new DirectoryError('password_policy', 'An empty password cannot be set');
      }
      const unlock = resetOptions.unlock ?? true;
      const mustChange = resetOptions.mustChange ?? false;
      await asService('password reset', async (client) => {
        const found = await requireUser(client, id);
        if (found.user.disabled)
          throw new DirectoryError('account_disabled', 'The account is disabled');
        if (isAd) {
          // A reset leaves pwdLastSet at now, which also clears a pending "must change".
          await client.modify(found.dn, adResetPasswordChanges(newPassword));
          if (mustChange) await client.modify(found.dn, adMustChangeChanges());
          if (unlock && found.user.lockedOut) await clearLock(client, found.dn);
          return;
        }
        const control = new PasswordPolicyControl();
        try {
          await client.exop(
            PASSWORD_MODIFY_OID,
            encodePasswordModifyRequest({ userIdentity: found.dn, newPassword }),
            [control],
          );
        } catch (error) {
          throw toDirectoryError(error, 'password reset', control.response);
        }
        if (mustChange) {
          await client.modify(found.dn, [replaceValue('pwdReset', 'TRUE')]);
        } else {
          // The user chose this password: no forced change at next sign-in.
          await modifyIgnoringMissing(client, found.dn, [deleteAll('pwdReset')]);
        }
        if (unlock) {
          await clearLock(client, found.dn);
        } else if (found.lockedTime !== undefined) {
          // ppolicy clears the lock whenever the password changes; keep it, as asked.
          await client.modify(found.dn, [replaceValue('pwdAccountLockedTime', found.lockedTime)]);
        }
      });
    },

    async changePassword(id, currentPassword, newPassword) {
      const found = await asService('search', (client) => loadById(client, id));
      if (found === null) throw new DirectoryError('user_not_found', 'No such LDAP user');
      if (found.user.disabled)
        throw new DirectoryError('account_disabled', 'The account is disabled');
      if (found.user.lockedOut) {
        throw new DirectoryError('account_locked_out', 'The account is locked out');
      }
      const client = await bindAsUser(found.dn, currentPassword, 'bind');
      if (client === null) {
        // AD, expired or must-change: the user cannot bind, so the same delete-old + add-new
        // modify goes over the service account's connection. AD still checks the old value
        // (everyone holds the Change Password right) and applies history, complexity and age.
        await asService('password change', (service) =>
          service.modify(found.dn, adChangePasswordChanges(currentPassword, newPassword)),
        );
        return;
      }
      const control = new PasswordPolicyControl();
      try {
        if (isAd) {
          await client.modify(found.dn, adChangePasswordChanges(currentPassword, newPassword));
        } else {
          await client.exop(
            PASSWORD_MODIFY_OID,
            encodePasswordModifyRequest({ oldPassword: currentPassword, newPassword }),
            [control],
          );
        }
      } catch (error) {
        throw toDirectoryError(error, 'password change', control.response);
      } finally {
        await client.unbind().catch(() => undefined);
      }
    },

    async unlock(id) {
      await asService('unlock', async (client) => {
        const found = await requireUser(client, id);
        if (found.user.disabled)
          throw new DirectoryError('account_disabled', 'The account is disabled');
        await clearLock(client, found.dn);
      });
    },

    async requirePasswordChange(id) {
      await asService('modify', async (client) => {
        const found = await requireUser(client, id);
        await client.modify(
          found.dn,
          isAd ? adMustChangeChanges() : [replaceValue('pwdReset', 'TRUE')],
        );
      });
    },

    async status() {
      try {
        await asService('status', async (client) => {
          await client.search(options.baseDn, { scope: 'base', attributes: ['1.1'] });
        });
      } catch (error) {
        const code = error instanceof DirectoryError ? error.code : 'unavailable';
        return lastStatus ?? { connected: false, description, checkedAt: now(), error: code };
      }
      return lastStatus ?? { connected: true, description, checkedAt: now() };
    },
  };
  return directory;
}

/** A user's place in {@link Directory.listUsers}' order: lower-cased username, then id. */
type ListKey = readonly [username: string, id: string];

function compareKeys(a: ListKey, b: ListKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** Parses a configured filter once; a malformed one is a configuration error at creation. */
function parseFilter(option: string, text: string): Filter {
  try {
    return FilterParser.parseString(text);
  } catch (error) {
    throw new TypeError(`createLdapDirectory: \`${option}\` is not an LDAP filter`, {
      cause: error,
    });
  }
}

function replaceValue(type: string, value: string): Change {
  return new Change({
    operation: 'replace',
    modification: new Attribute({ type, values: [value] }),
  });
}

function deleteAll(type: string): Change {
  return new Change({ operation: 'delete', modification: new Attribute({ type, values: [] }) });
}

/** All string values of an attribute (case-insensitive name, as LDAP compares them). */
function values(entry: Entry, name: string): string[] {
  const key = Object.keys(entry).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );
  const value = key === undefined ? undefined : entry[key];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (Buffer.isBuffer(item) ? item.toString('utf8') : item));
}

function first(entry: Entry, name: string): string | undefined {
  return values(entry, name)[0];
}

/** The value of a DN's first RDN: `cn=Domain Admins,ou=…` → `Domain Admins`. */
function firstRdnValue(dn: string): string {
  const match = /^[^=]+=((?:\\.|[^,\\])*)/.exec(dn);
  const raw = match?.[1] ?? dn;
  return raw.replace(/\\([0-9a-f]{2}|.)/gi, (_, escaped: string) =>
    escaped.length === 2 ? String.fromCharCode(Number.parseInt(escaped, 16)) : escaped,
  );
}

/** RFC 4517 GeneralizedTime (`20261124101500Z`, optional fraction) as a Date. */
function parseGeneralizedTime(value: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?Z$/.exec(value ?? '');
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return new Date(
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    ),
  );
}

function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

function dropUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
