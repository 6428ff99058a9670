// The organization's branding on the card elements: its colors as custom properties, and its
// logo and name above the first card of a page.
import { html, type TemplateResult } from 'lit';
import type { PublicConfig } from '../client/client-types.js';
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
