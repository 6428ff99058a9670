/**
 * The two LDAP values ldapts 8 has no class for, built with its own BER writer and reader:
 * the RFC 3062 password modify request and the ppolicy response control of
 * draft-behera-ldap-password-policy.
 */
import { BerReader, BerWriter } from 'ldapts';

/** The RFC 3062 Password Modify extended operation. */
export const PASSWORD_MODIFY_OID = '1.3.6.1.4.1.4203.1.11.1';

/** The password policy request/response control (draft-behera-ldap-password-policy-11, 6.1). */
export const PASSWORD_POLICY_CONTROL_OID = '1.3.6.1.4.1.42.2.27.8.5.1';

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
 * ```text
 * PasswdModifyRequestValue ::= SEQUENCE {
 *   userIdentity [0] OCTET STRING OPTIONAL,
 *   oldPasswd    [1] OCTET STRING OPTIONAL,
 *   newPasswd    [2] OCTET STRING OPTIONAL }
 * ```
 */
export function encodePasswordModifyRequest(request: PasswordModifyRequest): Buffer {
  const writer = new BerWriter();
  writer.startSequence();
  const fields = [request.userIdentity, request.oldPassword, request.newPassword];
  for (const [index, value] of fields.entries()) {
    // Context-specific primitive tags [0], [1], [2].
    if (value !== undefined) writer.writeString(value, 0x80 + index);
  }
  writer.endSequence();
  return writer.buffer;
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

/**
 * Decodes `PasswordPolicyResponseValue` (draft-behera-ldap-password-policy-11, 6.2):
 *
 * ```text
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
  const reader = new BerReader(value);
  /** ldapts' reader answers `null` where the value is cut short. */
  const present = <T>(read: T | null): T => {
    if (read === null) throw new RangeError('truncated BER');
    return read;
  };
  try {
    present(reader.readSequence(0x30));
    const end = reader.offset + reader.length;
    if (end > value.length) throw new RangeError('truncated BER');
    while (reader.offset < end) {
      const tag = present(reader.peek());
      if (tag === 0xa0) {
        present(reader.readSequence(0xa0));
        const choice = present(reader.peek());
        const number = present(reader.readTag(choice));
        if (choice === 0x80) result.timeBeforeExpiration = number;
        if (choice === 0x81) result.graceAuthNsRemaining = number;
      } else if (tag === 0x81) {
        const error = ERRORS_BY_VALUE[present(reader.readTag(0x81))];
        if (error !== undefined) result.error = error;
      } else {
        // A field this draft does not define: skip it.
        present(reader.readSequence(tag));
        reader.offset += reader.length;
      }
    }
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new RangeError(`malformed BER: ${(error as Error).message}`, { cause: error });
  }
  return result;
}
