/**
 * A human check (ALTCHA proof of work, Turnstile, hCaptcha, ...) in front of `POST /reset`.
 */
export interface Captcha {
  /**
   * Verifies a token the widget obtained from the provider (or, for ALTCHA, its solution).
   * MUST return `false` for a missing, expired or reused token; MUST NOT throw for those.
   */
  verify(token: string, context: CaptchaContext): Promise<boolean>;
  /**
   * What `GET /config` tells the widget to show. Without it the widget shows no captcha and
   * the host passes the token itself.
   */
  readonly widget?: CaptchaWidget;
}

/** The captcha a widget shows: ALTCHA (challenges from the engine) or a provider's script. */
export type CaptchaWidget =
  | { provider: 'altcha' }
  | { provider: 'turnstile' | 'hcaptcha'; siteKey: string };

/** What a captcha provider may use besides the token. */
export interface CaptchaContext {
  /** The client address, when the host knows it. */
  ip?: string;
}
