/**
 * SMS and voice through Twilio's REST API (or any service speaking its wire format):
 * `@openreset/adapters/twilio`.
 *
 * @module
 */
import type {
  DeliveryError,
  DeliveryReceipt,
  Locale,
  SmsMessage,
  SmsSender,
  VoiceCaller,
  VoiceMessage,
} from '@openreset/core';
import { deliveryError, type FetchFunction, post, readJson } from './messaging/http-delivery.js';

export type { FetchFunction } from './messaging/http-delivery.js';

import { parseE164 } from './messaging/phone.js';

/** Options of {@link createTwilioSms} and {@link createTwilioVoice}. */
export interface TwilioOptions {
  /** The account SID (`AC…`), also the user name of HTTP Basic auth. */
  accountSid: string;
  /** The auth token (or an API key secret, with `apiKeySid`). */
  authToken: string;
  /** Authenticate with an API key (`SK…`) instead of the account SID. */
  apiKeySid?: string;
  /** The sending number in E.164 form, or an alphanumeric sender id (SMS only). */
  from: string;
  /** @default "https://api.twilio.com" */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: FetchFunction;
  /** Milliseconds before a request counts as `unavailable`. @default 10000 */
  timeoutMs?: number;
}

/** Options of {@link createTwilioVoice}. */
export interface TwilioVoiceOptions extends TwilioOptions {
  /**
   * The `<Say>` language for each locale.
   * @default each locale's main region (`en-US`, `nl-NL`, `de-DE`, ..., `cmn-CN` for `zh-Hans`,
   *   `cmn-TW` for `zh-Hant`); check Twilio's list of `<Say>` languages for yours
   */
  languages?: Partial<Record<Locale, string>>;
  /** A `<Say voice="…">`, e.g. `Polly.Joanna`; Twilio's default voice when left out. */
  voice?: string;
}

const DEFAULT_LANGUAGES: Record<Locale, string> = {
  en: 'en-US',
  nl: 'nl-NL',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-XA',
  he: 'he-IL',
  ja: 'ja-JP',
  'zh-Hans': 'cmn-CN',
  'zh-Hant': 'cmn-TW',
  pl: 'pl-PL',
  ko: 'ko-KR',
  it: 'it-IT',
  'pt-BR': 'pt-BR',
  'pt-PT': 'pt-PT',
  sv: 'sv-SE',
  da: 'da-DK',
  nb: 'nb-NO',
  fi: 'fi-FI',
  ru: 'ru-RU',
  uk: 'uk-UA',
  tr: 'tr-TR',
  cs: 'cs-CZ',
  el: 'el-GR',
  ro: 'ro-RO',
  hu: 'hu-HU',
  sk: 'sk-SK',
  bg: 'bg-BG',
  hr: 'hr-HR',
  id: 'id-ID',
};

/** Twilio error codes (https://www.twilio.com/docs/api/errors) and what they mean to us. */
const TWILIO_CODES: Record<number, DeliveryError['code']> = {
  20003: 'auth', // Authentication failed
  20005: 'auth', // Account not active
  20429: 'rate_limited', // Too many requests
  14107: 'rate_limited', // Message rate limit exceeded
  21211: 'invalid_recipient', // Invalid 'To' phone number
  21214: 'invalid_recipient', // 'To' number cannot be reached by a call
  21217: 'invalid_recipient', // Phone number does not appear to be valid
  21401: 'invalid_recipient', // Invalid phone number
  21407: 'invalid_recipient', // This phone number type does not support SMS or MMS
  21614: 'invalid_recipient', // 'To' number is not a valid mobile number
  21408: 'unreachable', // Permission to send to this region is not enabled
  21610: 'unreachable', // The recipient unsubscribed (STOP)
  21612: 'unreachable', // The 'To' number cannot be reached from the 'From' number
  30003: 'unreachable', // Unreachable destination handset
  30004: 'unreachable', // Message blocked
  30005: 'unreachable', // Unknown destination handset
  30006: 'unreachable', // Landline or unreachable carrier
};

/**
 * Sends SMS with Twilio's Messages resource:
 * `POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic auth
 * (`AccountSid:AuthToken`), a form-encoded body with `To`, `From` and `Body`.
 *
 * The number is parsed and normalized to E.164 with libphonenumber-js first; an invalid one
 * fails with `invalid_recipient` without calling the API. Errors: 21211/21614/… →
 * `invalid_recipient`; 21612/21610/30003… → `unreachable`; 20003 or HTTP 401/403 → `auth`;
 * 20429 or HTTP 429 → `rate_limited`; HTTP 5xx, a timeout or a network failure →
 * `unavailable` (retryable). The text is never logged nor put in an error.
 *
 * @example
 * ```ts
 * const sms = createTwilioSms({ accountSid: 'AC…', authToken: process.env.TWILIO_TOKEN!, from: '+15005550006' });
 * ```
 */
export function createTwilioSms(options: TwilioOptions): SmsSender {
  const client = createClient(options);
  return {
    async send(message: SmsMessage): Promise<DeliveryReceipt> {
      const to = parseE164(message.to);
      return client.create('Messages.json', { To: to, From: options.from, Body: message.text });
    },
  };
}

/**
 * Places voice calls with Twilio's Calls resource:
 * `POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Calls.json` with `To`, `From` and inline
 * `Twiml`: the intro and the code read digit by digit (`4 8 2 9 1 3`), in the user's
 * language, twice with a pause between:
 *
 * ```xml
 * <Response><Say language="nl-NL">Uw code is</Say><Say language="nl-NL">4 8 2 9 1 3</Say>
 * <Pause length="1"/><Say language="nl-NL">Uw code is</Say><Say language="nl-NL">4 8 2 9 1 3</Say></Response>
 * ```
 *
 * Text is XML-escaped. Numbers and errors as in {@link createTwilioSms}.
 */
export function createTwilioVoice(options: TwilioVoiceOptions): VoiceCaller {
  const client = createClient(options);
  parseFrom(options.from, 'createTwilioVoice');
  const languages = { ...DEFAULT_LANGUAGES, ...options.languages };
  return {
    async call(message: VoiceMessage): Promise<DeliveryReceipt> {
      const to = parseE164(message.to);
      const language = languages[message.locale] ?? DEFAULT_LANGUAGES.en;
      const twiml = buildVoiceTwiml(message, language, options.voice);
      return client.create('Calls.json', { To: to, From: options.from, Twiml: twiml });
    },
  };
}

/** The TwiML of {@link createTwilioVoice}: intro and spaced digits, twice. */
export function buildVoiceTwiml(
  message: Pick<VoiceMessage, 'intro' | 'code'>,
  language: string,
  voice?: string,
): string {
  const attributes = `language="${escapeXml(language)}"${voice === undefined ? '' : ` voice="${escapeXml(voice)}"`}`;
  // One character per word, so the engine reads "four eight two", not "four hundred eighty…".
  const digits = [...message.code].join(' ');
  const once = `<Say ${attributes}>${escapeXml(message.intro)}</Say><Say ${attributes}>${escapeXml(digits)}</Say>`;
  return `<Response>${once}<Pause length="1"/>${once}</Response>`;
}

/** Escapes the five XML special characters and drops characters XML 1.0 cannot hold. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function parseFrom(from: string, caller: string): void {
  if (typeof from !== 'string' || from === '' || /\p{Cc}/u.test(from)) {
    throw new TypeError(`${caller}: \`from\` must be a phone number or sender id`);
  }
}

function createClient(options: TwilioOptions) {
  if (typeof options?.accountSid !== 'string' || !/^[A-Za-z0-9]+$/.test(options.accountSid)) {
    throw new TypeError('Twilio: `accountSid` must be an account SID');
  }
  if (typeof options.authToken !== 'string' || options.authToken === '') {
    throw new TypeError('Twilio: `authToken` is required');
  }
  parseFrom(options.from, 'Twilio');
  const baseUrl = new URL(options.baseUrl ?? 'https://api.twilio.com');
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') {
    throw new TypeError('Twilio: `baseUrl` must be an http(s) URL');
  }
  const fetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const user = options.apiKeySid ?? options.accountSid;
  const authorization = `Basic ${Buffer.from(`${user}:${options.authToken}`).toString('base64')}`;
  const accountUrl = new URL(
    `2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/`,
    baseUrl.href.endsWith('/') ? baseUrl.href : `${baseUrl.href}/`,
  );

  return {
    async create(resource: string, fields: Record<string, string>): Promise<DeliveryReceipt> {
      const response = await post(fetchFunction, new URL(resource, accountUrl).href, {
        headers: {
          authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams(fields).toString(),
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      const body = (await readJson(response)) as { sid?: unknown; code?: unknown } | undefined;
      if (response.ok) {
        return typeof body?.sid === 'string' ? { providerMessageId: body.sid } : {};
      }
      throw twilioError(response.status, typeof body?.code === 'number' ? body.code : undefined);
    },
  };
}

/** Maps a Twilio error response (HTTP status and Twilio error code) to a DeliveryError. */
function twilioError(status: number, code: number | undefined): DeliveryError {
  const mapped = code === undefined ? undefined : TWILIO_CODES[code];
  const label = `HTTP ${status}${code === undefined ? '' : `, Twilio error ${code}`}`;
  if (mapped !== undefined)
    return deliveryError(mapped, `The provider refused the message (${label})`);
  if (status === 401 || status === 403)
    return deliveryError('auth', `The provider refused our credentials (${label})`);
  if (status === 429) return deliveryError('rate_limited', `The provider throttled us (${label})`);
  if (status >= 500) return deliveryError('unavailable', `The provider failed (${label})`);
  return deliveryError('unavailable', `The provider refused the message (${label})`, false);
}
