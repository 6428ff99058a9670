// The controls every element's stories share: branding overrides, theme and locale.
import type { Locale } from '@openreset/core/locales';
import { nothing } from 'lit';
import { EXAMPLE_LOGO, type Scenario } from './engine.js';

export interface BrandingArgs {
  orgName: string;
  logoUrl: string;
  primaryColor: string;
  theme: 'light' | 'dark' | 'auto';
  locale: Locale;
}

export const BRANDING_ARGS: BrandingArgs = {
  orgName: 'Example Corp',
  logoUrl: EXAMPLE_LOGO,
  primaryColor: '#1f5fbf',
  theme: 'light',
  locale: 'en',
};

/** An attribute value, or no attribute for an empty one. */
export const attr = (value: string | undefined): string | typeof nothing =>
  value === undefined || value === '' ? nothing : value;

/** The scenario a story's loader built. */
export const scenarioOf = (loaded: Record<string, unknown>): Scenario =>
  (loaded as { scenario: Scenario }).scenario;
