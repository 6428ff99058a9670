import { BerWriter } from 'ldapts';
import { describe, expect, it } from 'vitest';
import {
  adChangePasswordChanges,
  adMustChangeChanges,
  adResetPasswordChanges,
  adUnlockChanges,
  encodeUnicodePwd,
  fileTimeToDate,
  guidFromString,
  guidToString,
  hasAdFlag,
  isAdAccountExpired,
  isAdDisabled,
  UF_LOCKOUT,
  UF_PASSWORD_EXPIRED,
} from './active-directory.js';
import { decodePasswordPolicyResponse, encodePasswordModifyRequest } from './ber.js';
import { escapeDnValue, escapeFilterValue } from './escape.js';
import { isAdPasswordChangeRequired, toDirectoryError } from './ldap-errors.js';

function bytesOf(change: { write(writer: BerWriter): void }): string {
  const writer = new BerWriter();
  change.write(writer);
  return writer.buffer.toString('hex');
}

describe('RFC 4515 filter and RFC 4514 DN escaping', () => {
  it('escapes every filter metacharacter and NUL, and nothing else', () => {
    expect(escapeFilterValue('*)(uid=*')).toBe('\\2a\\29\\28uid=\\2a');
    expect(escapeFilterValue('a\\b\u0000c')).toBe('a\\5cb\\00c');
    expect(escapeFilterValue('zoë@example.com')).toBe('zoë@example.com');
    expect(escapeFilterValue('tab\there')).toBe('tab\there');
  });

  it('escapes DN specials, a leading # or space and a trailing space', () => {
    expect(escapeDnValue('a,b+c"d\\e<f>g;h=i')).toBe('a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h\\=i');
    expect(escapeDnValue('#admin ')).toBe('\\#admin\\ ');
    expect(escapeDnValue(' x\u0000')).toBe('\\ x\\00');
  });
});

describe('BER of RFC 3062 and ppolicy', () => {
  it('encodes a Password Modify request exactly', () => {
    expect(
      encodePasswordModifyRequest({
        userIdentity: 'uid=a',
        oldPassword: 'old',
        newPassword: 'new',
      }).toString('hex'),
    ).toBe(
      '3011' +
        '8005' +
        Buffer.from('uid=a').toString('hex') +
        '8103' +
        Buffer.from('old').toString('hex') +
        '8203' +
        Buffer.from('new').toString('hex'),
    );
    expect(encodePasswordModifyRequest({}).toString('hex')).toBe('3000');
    const long = encodePasswordModifyRequest({ newPassword: 'x'.repeat(200) });
    expect(long.subarray(0, 6).toString('hex')).toBe('3081cb8281c8');
  });

  it('decodes ppolicy response values', () => {
    expect(decodePasswordPolicyResponse(Buffer.from('30038101' + '08', 'hex'))).toEqual({
      error: 'passwordInHistory',
    });
    expect(decodePasswordPolicyResponse(Buffer.from('3003810101', 'hex'))).toEqual({
      error: 'accountLocked',
    });
    expect(decodePasswordPolicyResponse(Buffer.from('3006a0048002012c', 'hex'))).toEqual({
      timeBeforeExpiration: 300,
    });
    expect(decodePasswordPolicyResponse(Buffer.from('3005a003810102', 'hex'))).toEqual({
      graceAuthNsRemaining: 2,
    });
    expect(decodePasswordPolicyResponse(Buffer.alloc(0))).toEqual({});
    // A field the draft does not define is skipped; the error after it still counts.
    expect(decodePasswordPolicyResponse(Buffer.from('3006820101' + '810106', 'hex'))).toEqual({
      error: 'passwordTooShort',
    });
    for (const malformed of ['3005', '300381', '3003810201', '04020000', '3003a00181', '3084']) {
      expect(() => decodePasswordPolicyResponse(Buffer.from(malformed, 'hex')), malformed).toThrow(
        RangeError,
      );
    }
  });

  it('maps ppolicy errors and result codes to directory errors', () => {
    const ldapError = (code: number, message = 'x') => Object.assign(new Error(message), { code });
    expect(toDirectoryError(ldapError(19), 'op', { error: 'passwordInHistory' }).code).toBe(
      'password_policy',
    );
    expect(toDirectoryError(ldapError(49), 'op', { error: 'accountLocked' }).code).toBe(
      'account_locked_out',
    );
    expect(toDirectoryError(ldapError(49), 'op').code).toBe('incorrect_password');
    expect(toDirectoryError(ldapError(50), 'op').code).toBe('permissions');
    expect(toDirectoryError(ldapError(32), 'op').code).toBe('user_not_found');
    expect(toDirectoryError(new Error('connect ECONNREFUSED'), 'op').code).toBe('unavailable');
    const ad = (data: string) =>
      ldapError(
        49,
        `80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data ${data}, v4563`,
      );
    expect(toDirectoryError(ad('775'), 'bind').code).toBe('account_locked_out');
    expect(toDirectoryError(ad('533'), 'bind').code).toBe('account_disabled');
    expect(toDirectoryError(ad('52e'), 'bind').code).toBe('incorrect_password');
    expect(toDirectoryError(ad('701'), 'bind').code).toBe('account_disabled');
    expect(toDirectoryError(ad('532'), 'bind').code).toBe('password_policy');
    expect(toDirectoryError(ad('773'), 'bind').code).toBe('password_policy');
    expect(isAdPasswordChangeRequired(ad('532'))).toBe(true);
    expect(isAdPasswordChangeRequired(ad('773'))).toBe(true);
    for (const other of ['52e', '775', '533', '701']) {
      expect(isAdPasswordChangeRequired(ad(other)), other).toBe(false);
    }
    expect(isAdPasswordChangeRequired(Object.assign(ad('773'), { code: 19 }))).toBe(false);
    expect(isAdPasswordChangeRequired(new Error('data 773'))).toBe(false);
    expect(toDirectoryError(ldapError(19, '00000056: Constraint violation'), 'modify').code).toBe(
      'incorrect_password',
    );
    expect(toDirectoryError(ldapError(19, '0000052D: Constraint violation'), 'modify').code).toBe(
      'password_policy',
    );
  });
});

describe('Active Directory requests', () => {
  const quotedUtf16 = (password: string) => Buffer.from(`"${password}"`, 'utf16le').toString('hex');

  it('encodes unicodePwd as the quoted password in UTF-16LE', () => {
    expect(encodeUnicodePwd('Pä55!').toString('hex')).toBe('22005000e4003500350021002200');
  });

  it('changes with delete old + add new in one modify, and resets with replace', () => {
    const unicodePwd = Buffer.from('unicodePwd').toString('hex');
    // Change ::= SEQUENCE { operation ENUMERATED, modification PartialAttribute }
    // PartialAttribute ::= SEQUENCE { type OCTET STRING, vals SET OF OCTET STRING }
    const change = (operation: string, password: string) =>
      `30230a01${operation}301e040a${unicodePwd}3110040e${quotedUtf16(password)}`;
    const [remove, add, extra] = adChangePasswordChanges('Old-1', 'New-2');
    expect(extra).toBeUndefined();
    expect(remove && bytesOf(remove)).toBe(change('01', 'Old-1'));
    expect(add && bytesOf(add)).toBe(change('00', 'New-2'));
    const [replace, more] = adResetPasswordChanges('New-2');
    expect(more).toBeUndefined();
    expect(replace && bytesOf(replace)).toBe(change('02', 'New-2'));
  });

  it('unlocks with lockoutTime=0 and forces a change with pwdLastSet=0', () => {
    const [unlock] = adUnlockChanges();
    expect(unlock && bytesOf(unlock)).toBe(
      `30170a01023012040b${Buffer.from('lockoutTime').toString('hex')}3103040130`,
    );
    const [mustChange] = adMustChangeChanges();
    expect(mustChange && bytesOf(mustChange)).toBe(
      `30160a01023011040a${Buffer.from('pwdLastSet').toString('hex')}3103040130`,
    );
  });

  it('reads userAccountControl, FILETIMEs and objectGUIDs', () => {
    expect(isAdDisabled('514')).toBe(true);
    expect(isAdDisabled('512')).toBe(false);
    expect(isAdDisabled(undefined)).toBe(false);
    expect(hasAdFlag('8388608', UF_PASSWORD_EXPIRED)).toBe(true);
    expect(hasAdFlag('16', UF_LOCKOUT)).toBe(true);
    expect(hasAdFlag('16', UF_PASSWORD_EXPIRED)).toBe(false);
    expect(hasAdFlag('not-a-number', UF_LOCKOUT)).toBe(false);
    const now = new Date('2026-06-01T00:00:00Z');
    // 2020-01-01, 2030-01-01, never (0 and the maximum).
    expect(isAdAccountExpired('132223104000000000', now)).toBe(true);
    expect(isAdAccountExpired('135379296000000000', now)).toBe(false);
    expect(isAdAccountExpired('0', now)).toBe(false);
    expect(isAdAccountExpired('9223372036854775807', now)).toBe(false);
    expect(isAdAccountExpired(undefined, now)).toBe(false);
    expect(fileTimeToDate('0')).toBeUndefined();
    expect(fileTimeToDate('116444736000000000')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    const guid = '12345678-9abc-def0-1234-56789abcdef0';
    const bytes = guidFromString(guid);
    expect(Buffer.from(bytes ?? []).toString('hex')).toBe('78563412bc9af0de123456789abcdef0');
    expect(guidToString(bytes ?? new Uint8Array(16))).toBe(guid);
    expect(guidFromString('not-a-guid')).toBeNull();
  });
});
