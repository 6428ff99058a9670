/**
 * A human check (hCaptcha, Turnstile, reCAPTCHA, ...) in front of `POST /reset`.
 */
export interface Captcha {
  /**
   * Verifies a token the widget obtained from the provider.
   * MUST return `false` for a missing, expired or reused token; MUST NOT throw for those.
   */
  verify(token: string, context: CaptchaContext): Promise<boolean>;
}

/** What a captcha provider may use besides the token. */
export interface CaptchaContext {
  /** The client address, when the host knows it. */
  ip?: string;
}
