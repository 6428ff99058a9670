import type { Locale } from '@openreset/core';
import { html, nothing, type TemplateResult } from 'lit';
import { isClientError } from '../client/client-error.js';
import { createClient, type OpenResetClient } from '../client/create-client.js';
import { emit } from '../events.js';
import type { MessageKey } from '../i18n/locales/en.js';
import { ENGLISH, errorKey, formatDelay, type MessageParams } from '../i18n/localize.js';

/** An error an element shows: a catalog key, its parameters, and optional detail lines. */
export interface ShownError {
  key: MessageKey;
  params?: MessageParams;
  /** A sentence after the message: "2 attempts left." before a block. */
  after?: { key: MessageKey; params: MessageParams };
  /** Lines below the message (password issues). */
  details?: string[];
}

/** What a rate limit or a block says when the server gave no `retryAfterSeconds`. */
const RATE_LIMITED_FALLBACK_SECONDS = 10 * 60;
const BLOCKED_FALLBACK_SECONDS = 24 * 60 * 60;

/**
 * The error an element shows for a refused or failed call: the catalog key of its code and,
 * for `rate_limited` and `blocked`, `{when}` from the error's `retryAfterSeconds` ("Too many
 * attempts. Try again in 5 minutes."). A rate limit is rounded up to whole minutes; a block
 * is counted in minutes or hours. Elements add their own details and focus.
 */
export function shownErrorOf(error: unknown, locale: Locale): ShownError {
  const code = isClientError(error) ? error.code : 'unknown';
  const shown: ShownError = { key: errorKey(code) };
  const retry = isClientError(error) ? error.retryAfterSeconds : undefined;
  if (code === 'rate_limited') {
    const seconds = retry ?? RATE_LIMITED_FALLBACK_SECONDS;
    shown.params = { when: formatDelay(locale, seconds, { smallestUnit: 'minute' }) };
  } else if (code === 'blocked') {
    shown.params = { when: formatDelay(locale, retry ?? BLOCKED_FALLBACK_SECONDS) };
  }
  const left = isClientError(error) ? error.attemptsLeft : undefined;
  if (left !== undefined) {
    shown.after = { key: pluralKey('attemptsLeft', locale, left), params: { count: left } };
  }
  return shown;
}

/**
 * A refused or failed call as an element shows it: the error of {@link shownErrorOf}, read
 * by the element's `explain` (details, another message, focus), announced with
 * `openreset-error` (`{ code, status }`) on `host`. Every element's `fail` is this.
 */
export function failureOf(
  host: HTMLElement,
  error: unknown,
  locale: Locale,
  explain: (code: string, error: unknown, shown: ShownError) => void,
): ShownError {
  const code = isClientError(error) ? error.code : 'unknown';
  const status = isClientError(error) ? error.status : 0;
  const shown = shownErrorOf(error, locale);
  explain(code, error, shown);
  emit(host, 'openreset-error', { code, status });
  return shown;
}

/**
 * The catalog key of `count` in `locale`'s plural category (`Intl.PluralRules`: "1 attempt
 * left", "2 attempts left"), as `<base>.<category>`; `<base>.other` where the catalog has no
 * key for the category.
 */
function pluralKey(base: 'attemptsLeft', locale: Locale, count: number): MessageKey {
  const key = `${base}.${new Intl.PluralRules(locale).select(count)}`;
  return Object.hasOwn(ENGLISH, key) ? (key as MessageKey) : `${base}.other`;
}

/** The contents of an element's alert region: the message, then its details as a list. */
export function renderShownError(
  error: ShownError | undefined,
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  const { key, params, details, after } = error;
  return html`${t(key, params)}${after === undefined ? nothing : ` ${t(after.key, after.params)}`}
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
