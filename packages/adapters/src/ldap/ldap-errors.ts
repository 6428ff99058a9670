import { DirectoryError, type DirectoryErrorCode } from '@openreset/core';
import { adErrorDetail } from './active-directory.js';
import type { PasswordPolicyResponse } from './ber.js';

/** LDAP result codes (RFC 4511 appendix A) that we tell apart. */
export const LdapResultCode = {
  NoSuchAttribute: 16,
  ConstraintViolation: 19,
  NoSuchObject: 32,
  InvalidCredentials: 49,
  InsufficientAccessRights: 50,
  Busy: 51,
  Unavailable: 52,
  UnwillingToPerform: 53,
  StrongAuthRequired: 8,
  ConfidentialityRequired: 13,
} as const;

/** The numeric result code of an ldapts error, if it carries one. */
export function resultCodeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The ppolicy errors that mean "the directory's password policy refused it". */
const POLICY_REFUSALS = new Set([
  'mustSupplyOldPassword',
  'insufficientPasswordQuality',
  'passwordTooShort',
  'passwordTooYoung',
  'passwordInHistory',
  'passwordTooLong',
]);

/** AD sub-codes (the "data" of a bind error, the prefix of a modify error). */
const AD_DETAILS: Record<string, DirectoryErrorCode> = {
  '525': 'user_not_found',
  '52e': 'incorrect_password',
  '530': 'permissions', // not permitted at this time
  '531': 'permissions', // not permitted at this workstation
  '532': 'password_policy', // password expired: the domain's policy wants a new one first
  '533': 'account_disabled',
  '701': 'account_disabled', // account expired
  '773': 'password_policy', // must change (pwdLastSet = 0): likewise
  '775': 'account_locked_out',
  '0000052d': 'password_policy', // ERROR_PASSWORD_RESTRICTION
  '00000056': 'incorrect_password', // ERROR_INVALID_PASSWORD (wrong old password)
  '00000005': 'permissions', // ERROR_ACCESS_DENIED
};

/**
 * Whether an AD bind failed only because the password must be changed first: sub-code 532
 * (expired) or 773 (must change at next sign-in). AD checks the password before it says so,
 * so the password given was right (a wrong one answers 52e).
 */
export function isAdPasswordChangeRequired(error: unknown): boolean {
  if (resultCodeOf(error) !== LdapResultCode.InvalidCredentials) return false;
  const detail = adErrorDetail(error instanceof Error ? error.message : '');
  return detail === '532' || detail === '773';
}

/**
 * Maps an ldapts failure to a {@link DirectoryError}: first what the ppolicy response control
 * said, then AD's sub-code, then the LDAP result code; anything without a result code
 * (refused connection, TLS failure, timeout, closed socket) is `unavailable`. Messages name
 * the operation, never a password.
 */
export function toDirectoryError(
  error: unknown,
  operation: string,
  policy?: PasswordPolicyResponse,
): DirectoryError {
  if (error instanceof DirectoryError) return error;
  const fail = (code: DirectoryErrorCode) =>
    new DirectoryError(code, `LDAP ${operation} failed (${code})`, { cause: error });

  const policyError = policy?.error;
  switch (policyError) {
    case 'accountLocked':
      return fail('account_locked_out');
    case 'passwordModNotAllowed':
      return fail('permissions');
    case undefined:
      break;
    default:
      if (POLICY_REFUSALS.has(policyError)) return fail('password_policy');
  }

  const code = resultCodeOf(error);
  if (code === undefined) return fail('unavailable');
  const message = error instanceof Error ? error.message : '';
  const detail = adErrorDetail(message);
  const adCode = detail === undefined ? undefined : AD_DETAILS[detail];
  if (adCode !== undefined) return fail(adCode);

  switch (code) {
    case LdapResultCode.InvalidCredentials:
      return fail('incorrect_password');
    case LdapResultCode.InsufficientAccessRights:
      return fail('permissions');
    case LdapResultCode.NoSuchObject:
      return fail('user_not_found');
    case LdapResultCode.ConstraintViolation:
      return fail('password_policy');
    case LdapResultCode.UnwillingToPerform:
      return fail('password_policy');
    case LdapResultCode.StrongAuthRequired:
    case LdapResultCode.ConfidentialityRequired:
      return fail('configuration');
    default:
      return fail('unavailable');
  }
}
