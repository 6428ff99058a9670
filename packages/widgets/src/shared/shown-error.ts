import { html, nothing, type TemplateResult } from 'lit';
import { createClient, type OpenResetClient } from '../client/create-client.js';
import type { MessageKey } from '../i18n/locales/en.js';
import type { MessageParams } from '../i18n/localize.js';

/** An error an element shows: a catalog key, its parameters, and optional detail lines. */
export interface ShownError {
  key: MessageKey;
  params?: MessageParams;
  /** Lines below the message (password issues). */
  details?: string[];
}

/** The contents of an element's alert region: the message, then its details as a list. */
export function renderShownError(
  error: ShownError | undefined,
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  const { key, params, details } = error;
  return html`${t(key, params)}
    ${
      details === undefined || details.length === 0
        ? nothing
        : html`<ul>
          ${details.map((line) => html`<li>${line}</li>`)}
        </ul>`
    }`;
}

/** The client an element talks through: its `client` property, else one for its `api` URL. */
export function clientFor(
  client: OpenResetClient | undefined,
  api: string | undefined,
): OpenResetClient | undefined {
  if (client !== undefined) return client;
  if (api !== undefined && api !== '') return createClient({ baseUrl: api });
  return undefined;
}
