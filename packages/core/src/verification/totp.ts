import { Secret, TOTP } from 'otpauth';
import type { Random } from '../ports/random.js';

/**
 * Authenticator-app codes as every app computes them by default (RFC 6238 with the
 * parameters Google Authenticator, Microsoft Authenticator and 1Password assume when an
 * `otpauth://` URI names none): HMAC-SHA-1, 6 digits, 30-second steps. One step of clock
 * skew either way is accepted (RFC 6238 5.2 recommends at most one).
 */
export const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30, window: 1 } as const;

/** Bytes of a new secret: 160 bits, the HMAC-SHA-1 block RFC 4226 recommends. */
const SECRET_BYTES = 20;

/** A new TOTP secret, base32 (RFC 4648, no padding) as apps and `otpauth://` URIs take it. */
export function newTotpSecret(random: Random): string {
  return new Secret({ buffer: random.bytes(SECRET_BYTES).slice().buffer }).base32;
}

/**
 * The `otpauth://totp/...` URI an app scans from a QR code (Key Uri Format): the issuer (the
 * organisation's name) and the account label are shown in the app.
 */
export function totpUri(input: { secret: string; issuer: string; label: string }): string {
  return totp(input.secret, input.issuer, input.label).toString();
}

/** The 30-second step `now` falls in (the counter of RFC 6238). */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PARAMETERS.period);
}

/**
 * The step whose code `code` is, within one step of `now`, or `null` when it is none of
 * them (or not 6 digits). Every candidate step is compared in constant time. The caller
 * refuses a step already used (a code counts once).
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_PARAMETERS.window,
  });
  return delta === null ? null : totpStep(now) + delta;
}

/** The code of `secret` at `now` (for tests, the demo and first-code checks). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

function totp(secret: string, issuer = '', label = 'OpenReset'): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: TOTP_PARAMETERS.algorithm,
    digits: TOTP_PARAMETERS.digits,
    period: TOTP_PARAMETERS.period,
    secret: Secret.fromBase32(secret),
  });
}
