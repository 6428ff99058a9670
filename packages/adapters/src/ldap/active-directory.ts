import { Attribute, Change } from 'ldapts';

/**
 * Active Directory's password attribute value: the password in double quotes, encoded as
 * UTF-16LE (MS-ADTS 3.1.1.3.1.5.2, "unicodePwd"). AD accepts it only over an encrypted
 * connection (LDAPS or StartTLS).
 */
export function encodeUnicodePwd(password: string): Buffer {
  return Buffer.from(`"${password}"`, 'utf16le');
}

function unicodePwd(operation: 'add' | 'delete' | 'replace', password: string): Change {
  return new Change({
    operation,
    modification: new Attribute({ type: 'unicodePwd', values: [encodeUnicodePwd(password)] }),
  });
}

/**
 * A user's own change: one modify that deletes the old value and adds the new one, which AD
 * treats as a change (checks the old password, applies history and minimum age).
 */
export function adChangePasswordChanges(oldPassword: string, newPassword: string): Change[] {
  return [unicodePwd('delete', oldPassword), unicodePwd('add', newPassword)];
}

/** An administrator's reset: one replace (needs the "Reset Password" right). */
export function adResetPasswordChanges(newPassword: string): Change[] {
  return [unicodePwd('replace', newPassword)];
}

/** Unlock: `lockoutTime` set to 0 (needs write access to lockoutTime). */
export function adUnlockChanges(): Change[] {
  return [
    new Change({
      operation: 'replace',
      modification: new Attribute({ type: 'lockoutTime', values: ['0'] }),
    }),
  ];
}

/** Must change at next sign-in: `pwdLastSet` set to 0 (needs write access to pwdLastSet). */
export function adMustChangeChanges(): Change[] {
  return [
    new Change({
      operation: 'replace',
      modification: new Attribute({ type: 'pwdLastSet', values: ['0'] }),
    }),
  ];
}

/** `userAccountControl` flag ACCOUNTDISABLE (MS-ADTS 2.2.16). */
export const UF_ACCOUNTDISABLE = 0x2;

/** `msDS-User-Account-Control-Computed` flag UF_LOCKOUT: locked out now (lockoutTime within the lockout duration). */
export const UF_LOCKOUT = 0x10;

/** `msDS-User-Account-Control-Computed` flag UF_PASSWORD_EXPIRED: expired, or `pwdLastSet` = 0. */
export const UF_PASSWORD_EXPIRED = 0x800000;

/** Whether a flags attribute value (`userAccountControl` and kin) has `flag` set. */
export function hasAdFlag(value: string | undefined, flag: number): boolean {
  const flags = Number.parseInt(value ?? '0', 10);
  return Number.isFinite(flags) && (flags & flag) !== 0;
}

/** Whether an `accountExpires` FILETIME lies before `now` (0 and the maximum mean never). */
export function isAdAccountExpired(accountExpires: string | undefined, now: Date): boolean {
  const expires = fileTimeToDate(accountExpires);
  return expires !== undefined && expires.getTime() <= now.getTime();
}

/** Whether a `userAccountControl` value marks the account disabled. */
export function isAdDisabled(userAccountControl: string | undefined): boolean {
  return hasAdFlag(userAccountControl, UF_ACCOUNTDISABLE);
}

/** A Windows FILETIME (100 ns since 1601) as a Date; `undefined` for 0 or never. */
export function fileTimeToDate(value: string | undefined): Date | undefined {
  if (value === undefined || !/^\d+$/.test(value) || value === '0') return undefined;
  const ticks = BigInt(value);
  if (ticks >= 0x7fffffffffffffffn) return undefined;
  return new Date(Number(ticks / 10_000n - 11_644_473_600_000n));
}

/**
 * The objectGUID bytes as the usual string form (`{…}` without braces): the first three
 * groups are little-endian, as Windows prints them.
 */
export function guidToString(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('an objectGUID has 16 bytes');
  const hex = (indexes: number[]) =>
    indexes.map((index) => (bytes[index] ?? 0).toString(16).padStart(2, '0')).join('');
  return [
    hex([3, 2, 1, 0]),
    hex([5, 4]),
    hex([7, 6]),
    hex([8, 9]),
    hex([10, 11, 12, 13, 14, 15]),
  ].join('-');
}

/** The inverse of {@link guidToString}; `null` when the text is not a GUID. */
export function guidFromString(text: string): Uint8Array | null {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) return null;
  const hex = text.replace(/-/g, '');
  const raw = Buffer.from(hex, 'hex');
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order.map((index) => raw[index] ?? 0));
}

/**
 * The "data" sub-code of an AD bind or modify failure, e.g. `775` in
 * `80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563`,
 * or the leading `0000052D` of a constraint violation.
 */
export function adErrorDetail(message: string): string | undefined {
  const data = /\bdata ([0-9a-f]{3,8})\b/i.exec(message);
  if (data?.[1] !== undefined) return data[1].toLowerCase();
  const code = /^\s*([0-9A-F]{8}):/i.exec(message);
  return code?.[1]?.toLowerCase();
}
