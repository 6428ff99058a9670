/**
 * The little BER (X.690) that ldapts 8 does not do for us: the RFC 3062 password modify
 * request and the ppolicy response control of draft-behera-ldap-password-policy.
 */

/** The RFC 3062 Password Modify extended operation. */
export const PASSWORD_MODIFY_OID = '1.3.6.1.4.1.4203.1.11.1';

/** The password policy request/response control (draft-behera-ldap-password-policy-11, 6.1). */
export const PASSWORD_POLICY_CONTROL_OID = '1.3.6.1.4.1.42.2.27.8.5.1';

/** DER length octets. */
function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function encodeTlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

/** The fields of a Password Modify request; each is optional, as in RFC 3062. */
export interface PasswordModifyRequest {
  /** The DN whose password to set; left out, the bound user's own. */
  userIdentity?: string;
  /** The current password (a user's change), checked by the server. */
  oldPassword?: string;
  /** The new password; left out, the server generates one. */
  newPassword?: string;
}

/**
 * Encodes `PasswdModifyRequestValue` (RFC 3062 section 2):
 *
 * ```asn1
 * PasswdModifyRequestValue ::= SEQUENCE {
 *   userIdentity [0] OCTET STRING OPTIONAL,
 *   oldPasswd    [1] OCTET STRING OPTIONAL,
 *   newPasswd    [2] OCTET STRING OPTIONAL }
 * ```
 */
export function encodePasswordModifyRequest(request: PasswordModifyRequest): Buffer {
  const fields: Buffer[] = [];
  if (request.userIdentity !== undefined) {
    fields.push(encodeTlv(0x80, Buffer.from(request.userIdentity, 'utf8')));
  }
  if (request.oldPassword !== undefined) {
    fields.push(encodeTlv(0x81, Buffer.from(request.oldPassword, 'utf8')));
  }
  if (request.newPassword !== undefined) {
    fields.push(encodeTlv(0x82, Buffer.from(request.newPassword, 'utf8')));
  }
  return encodeTlv(0x30, Buffer.concat(fields));
}

/** The errors of the ppolicy response control, by their ENUMERATED value. */
export const PasswordPolicyError = {
  PasswordExpired: 'passwordExpired',
  AccountLocked: 'accountLocked',
  ChangeAfterReset: 'changeAfterReset',
  PasswordModNotAllowed: 'passwordModNotAllowed',
  MustSupplyOldPassword: 'mustSupplyOldPassword',
  InsufficientPasswordQuality: 'insufficientPasswordQuality',
  PasswordTooShort: 'passwordTooShort',
  PasswordTooYoung: 'passwordTooYoung',
  PasswordInHistory: 'passwordInHistory',
  PasswordTooLong: 'passwordTooLong',
} as const;

/** The union of {@link PasswordPolicyError} values. */
export type PasswordPolicyError = (typeof PasswordPolicyError)[keyof typeof PasswordPolicyError];

const ERRORS_BY_VALUE: readonly PasswordPolicyError[] = Object.values(PasswordPolicyError);

/** A decoded ppolicy response control. */
export interface PasswordPolicyResponse {
  /** Seconds until the password expires. */
  timeBeforeExpiration?: number;
  /** Grace binds left on an expired password. */
  graceAuthNsRemaining?: number;
  error?: PasswordPolicyError;
}

/** A minimal BER reader over one buffer (definite lengths only, as LDAP requires). */
function readTlv(buffer: Buffer, offset: number): { tag: number; start: number; end: number } {
  const tag = buffer[offset];
  let lengthByte = buffer[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new RangeError('truncated BER');
  let start = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new RangeError('unsupported BER length');
    length = 0;
    for (let index = 0; index < count; index += 1) {
      lengthByte = buffer[start + index];
      if (lengthByte === undefined) throw new RangeError('truncated BER');
      length = length * 256 + lengthByte;
    }
    start += count;
  }
  const end = start + length;
  if (end > buffer.length) throw new RangeError('truncated BER');
  return { tag, start, end };
}

function readInteger(buffer: Buffer, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) value = value * 256 + (buffer[index] ?? 0);
  // Two's complement: a leading 1 bit is negative.
  if (end > start && ((buffer[start] ?? 0) & 0x80) !== 0) value -= 256 ** (end - start);
  return value;
}

/**
 * Decodes `PasswordPolicyResponseValue` (draft-behera-ldap-password-policy-11, 6.2):
 *
 * ```asn1
 * PasswordPolicyResponseValue ::= SEQUENCE {
 *   warning [0] CHOICE { timeBeforeExpiration [0] INTEGER (0 .. maxInt),
 *                        graceAuthNsRemaining [1] INTEGER (0 .. maxInt) } OPTIONAL,
 *   error   [1] ENUMERATED { passwordExpired (0), accountLocked (1), changeAfterReset (2),
 *                            passwordModNotAllowed (3), mustSupplyOldPassword (4),
 *                            insufficientPasswordQuality (5), passwordTooShort (6),
 *                            passwordTooYoung (7), passwordInHistory (8),
 *                            passwordTooLong (9) } OPTIONAL }
 * ```
 *
 * @throws {RangeError} for malformed BER.
 */
export function decodePasswordPolicyResponse(value: Buffer): PasswordPolicyResponse {
  const result: PasswordPolicyResponse = {};
  if (value.length === 0) return result;
  const sequence = readTlv(value, 0);
  if (sequence.tag !== 0x30) throw new RangeError('not a SEQUENCE');
  let offset = sequence.start;
  while (offset < sequence.end) {
    const field = readTlv(value, offset);
    if (field.tag === 0xa0) {
      const warning = readTlv(value, field.start);
      const number = readInteger(value, warning.start, warning.end);
      if (warning.tag === 0x80) result.timeBeforeExpiration = number;
      if (warning.tag === 0x81) result.graceAuthNsRemaining = number;
    } else if (field.tag === 0x81) {
      const error = ERRORS_BY_VALUE[readInteger(value, field.start, field.end)];
      if (error !== undefined) result.error = error;
    }
    offset = field.end;
  }
  return result;
}
