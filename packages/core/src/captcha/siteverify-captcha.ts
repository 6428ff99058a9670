import type { Captcha, CaptchaContext } from '../ports/captcha.js';

/** Options of {@link createTurnstileCaptcha} and {@link createHcaptchaCaptcha}. */
export interface SiteverifyOptions {
  /** The public site key the widget renders with (told to it by `GET /config`). */
  siteKey: string;
  /** The secret key; it only ever goes to the provider's siteverify endpoint. */
  secret: string;
  /**
   * Host names the token must have been solved on (the response's `hostname`); without it
   * any host the provider accepts for the site key. Set it when the key serves other sites.
   */
  hostnames?: readonly string[];
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Abort the siteverify call after this many ms (then the token is refused). @default 5000 */
  timeoutMs?: number;
}

/** The documented siteverify endpoints. */
export const SITEVERIFY_URLS = {
  turnstile: 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  hcaptcha: 'https://api.hcaptcha.com/siteverify',
} as const;

/**
 * Cloudflare Turnstile: the token is checked with a form-encoded POST of `secret`,
 * `response` and (when known) `remoteip` to the siteverify endpoint, as Cloudflare
 * documents (developers.cloudflare.com/turnstile/get-started/server-side-validation); it
 * passes only on `"success": true` (and a listed `hostname`, when `hostnames` is set).
 * Turnstile itself refuses a token older than 300 s or seen before (`timeout-or-duplicate`).
 * Fails closed: a network error, a timeout, a non-200 answer or malformed JSON refuses.
 *
 * @throws {TypeError} when the site key or secret is empty.
 */
export function createTurnstileCaptcha(options: SiteverifyOptions): Captcha {
  return createSiteverifyCaptcha('turnstile', options);
}

/**
 * hCaptcha: the token is checked with a form-encoded POST of `secret`, `response`,
 * `sitekey` and (when known) `remoteip` to `https://api.hcaptcha.com/siteverify`, as
 * docs.hcaptcha.com documents; it passes only on `"success": true` (and a listed
 * `hostname`, when `hostnames` is set). Sending `sitekey` makes hCaptcha refuse a token
 * solved for another site key. Fails closed like {@link createTurnstileCaptcha}.
 *
 * @throws {TypeError} when the site key or secret is empty.
 */
export function createHcaptchaCaptcha(options: SiteverifyOptions): Captcha {
  return createSiteverifyCaptcha('hcaptcha', options);
}

function createSiteverifyCaptcha(
  provider: 'turnstile' | 'hcaptcha',
  options: SiteverifyOptions,
): Captcha {
  for (const name of ['siteKey', 'secret'] as const) {
    if (typeof options[name] !== 'string' || options[name].trim() === '') {
      throw new TypeError(`${provider}: ${name} is required`);
    }
  }
  const timeoutMs = options.timeoutMs ?? 5000;
  const hostnames = options.hostnames?.map((host) => host.toLowerCase());

  async function siteverify(token: string, context: CaptchaContext): Promise<unknown> {
    const form = new URLSearchParams({ secret: options.secret, response: token });
    if (provider === 'hcaptcha') form.set('sitekey', options.siteKey);
    if (context.ip !== undefined) form.set('remoteip', context.ip);
    const response = await (options.fetch ?? fetch)(SITEVERIFY_URLS[provider], {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return null;
    return response.json();
  }

  return {
    widget: { provider, siteKey: options.siteKey },
    async verify(token, context) {
      // Both providers document 2048 characters as the longest token.
      if (typeof token !== 'string' || token.length === 0 || token.length > 2048) return false;
      let answer: unknown;
      try {
        answer = await siteverify(token, context ?? {});
      } catch {
        return false;
      }
      if (answer === null || typeof answer !== 'object') return false;
      const { success, hostname } = answer as { success?: unknown; hostname?: unknown };
      if (success !== true) return false;
      return (
        hostnames === undefined ||
        (typeof hostname === 'string' && hostnames.includes(hostname.toLowerCase()))
      );
    },
  };
}
