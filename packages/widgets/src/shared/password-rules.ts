import { html, type TemplateResult } from 'lit';
import type { PublicConfig } from '../client/client-types.js';
import type { MessageKey } from '../i18n/locales/en.js';
import type { MessageParams } from '../i18n/localize.js';

/** Translates a key (an element's `t`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A password's length as the server counts it: code points after NFKC (NIST 800-63B
 * 3.1.1.2), so the live rule and the server agree.
 */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/** What the live rules are checked against. */
export interface PasswordRulesInput {
  password: string;
  confirmation: string;
  minLength: number;
  maxLength: number;
}

/** The length issue of a password typed, or `undefined` when its length is fine. */
export function lengthIssue(t: Translate, input: PasswordRulesInput): string | undefined {
  const length = passwordLength(input.password);
  if (length < input.minLength) return t('issue.too_short', { minimum: input.minLength, length });
  if (length > input.maxLength) return t('issue.too_long', { maximum: input.maxLength, length });
  return undefined;
}

/**
 * The live rules under the new password: length (from `GET /config`) and the match with the
 * confirmation. Each item says "Met:" or "Not met yet:" to screen readers; the list is not a
 * live region (it would speak at every keystroke), the new password field points at it.
 */
export function renderPasswordRules(t: Translate, input: PasswordRulesInput): TemplateResult {
  const lengthMet = lengthIssue(t, input) === undefined;
  const matchMet = input.password !== '' && input.password === input.confirmation;
  const rule = (met: boolean, text: string) =>
    html`<li class=${met ? 'met' : ''}>
      <span class="visually-hidden">${t(met ? 'password.rule.met' : 'password.rule.unmet')}</span>
      ${text}
    </li>`;
  return html`<div>
    <span class="visually-hidden" id="password-rules-label">${t('password.rules')}</span>
    <ul part="rules" class="rules" id="password-rules" aria-labelledby="password-rules-label">
      ${rule(lengthMet, t('password.rule.length', { min: input.minLength, max: input.maxLength }))}
      ${rule(matchMet, t('password.rule.match'))}
    </ul>
  </div>`;
}

/** The password rules of `GET /config`, or the policy defaults until it has loaded. */
export function passwordRulesOf(config: PublicConfig | undefined): {
  minLength: number;
  maxLength: number;
} {
  return {
    minLength: config?.password.minLength ?? 12,
    maxLength: config?.password.maxLength ?? 256,
  };
}

/**
 * Branding as custom properties on the host (the page's `--openreset-*` properties still
 * win): the override, else `GET /config`. Only values that look like colors are used.
 */
export function applyBranding(
  host: HTMLElement,
  config: PublicConfig | undefined,
  primaryColor: string | undefined,
): void {
  const branding = config?.branding;
  const colors: [string, string | undefined][] = [
    ['--_brand-primary', primaryColor ?? branding?.primaryColor],
    ['--_brand-background', branding?.backgroundColor],
    ['--_brand-text', branding?.textColor],
  ];
  for (const [name, value] of colors) {
    if (value !== undefined && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(value)) {
      host.style.setProperty(name, value);
    } else {
      host.style.removeProperty(name);
    }
  }
}

/** The elements that show the organization's header. */
const CARDS = 'openreset-reset, openreset-register, openreset-change';

/**
 * The organization's logo and name, from the overrides or `GET /config`. With `host`, only
 * above the first of the widgets in its document (or shadow root), so two on one page do not
 * repeat it.
 */
export function renderHeader(
  config: PublicConfig | undefined,
  overrides: { orgName?: string | undefined; logoUrl?: string | undefined },
  host?: HTMLElement,
): TemplateResult | undefined {
  const root = host?.getRootNode() as Document | ShadowRoot | undefined;
  if (host !== undefined && typeof root?.querySelector === 'function') {
    const first = root.querySelector(CARDS);
    if (first !== null && first !== host) return undefined;
  }
  const orgName = overrides.orgName ?? config?.branding.orgName;
  const logoUrl = overrides.logoUrl ?? config?.branding.logoUrl;
  if (orgName === undefined && logoUrl === undefined) return undefined;
  return html`<div part="header" class="header">
    ${logoUrl === undefined ? '' : html`<img part="logo" class="logo" src=${logoUrl} alt="" />`}
    ${orgName === undefined ? '' : html`<span part="org-name">${orgName}</span>`}
  </div>`;
}
