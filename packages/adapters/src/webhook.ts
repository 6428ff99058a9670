/**
 * SMS and voice through a signed webhook to a gateway of your own:
 * `@openreset/adapters/webhook`.
 *
 * @module
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  DeliveryErrorCode,
  type DeliveryReceipt,
  type SmsMessage,
  type SmsSender,
  type VoiceCaller,
  type VoiceMessage,
} from '@openreset/core';
import { deliveryError, type FetchFunction, post, readJson } from './messaging/http-delivery.js';

export type { FetchFunction } from './messaging/http-delivery.js';

import { parseE164 } from './messaging/phone.js';

/** The header that carries the signature. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-OpenReset-Signature';

/** Options of {@link createWebhookSms} and {@link createWebhookVoice}. */
export interface WebhookOptions {
  /** Where to POST, e.g. `https://sms-gateway.internal/openreset`. */
  url: string;
  /** The shared secret (16+ characters) that signs every request. */
  secret: string;
  /** @default globalThis.fetch */
  fetch?: FetchFunction;
  /** Milliseconds before a request counts as `unavailable`. @default 10000 */
  timeoutMs?: number;
  /** Seconds since the epoch, for tests. @default the system clock */
  now?: () => number;
}

/** The JSON body of an SMS webhook. */
export interface WebhookSmsPayload {
  channel: 'sms';
  /** E.164. */
  to: string;
  text: string;
  locale: string;
  /** A unique id per request, for the receiver to drop replays and duplicates. */
  id: string;
  /** Seconds since the epoch, the same as the signature's `t`. */
  timestamp: number;
}

/** The JSON body of a voice webhook: the receiver speaks `intro`, then `code` digit by digit. */
export interface WebhookVoicePayload {
  channel: 'voice';
  to: string;
  code: string;
  intro: string;
  locale: string;
  id: string;
  timestamp: number;
}

/**
 * Sends SMS by POSTing JSON ({@link WebhookSmsPayload}) to `url`, signed like Stripe's
 * webhooks: the header `X-OpenReset-Signature: t=<unix seconds>,v1=<hex>` where `<hex>` is
 * the HMAC-SHA256, keyed with `secret`, of `` `${t}.${body}` `` (the exact body bytes).
 * Receivers check it with {@link verifyWebhookSignature}.
 *
 * The receiver answers 2xx (optionally `{ "id": "…" }`, kept as the provider's message id),
 * or an error: 4xx with `{ "error": "<code>" }` where code is a `DeliveryErrorCode`
 * (`invalid_recipient`, `unreachable`, `rate_limited`, `auth`, `unavailable`); otherwise
 * 401/403 → `auth`, 429 → `rate_limited`, 5xx/timeout/network → `unavailable` (retryable),
 * any other status → `unavailable` (not retryable).
 */
export function createWebhookSms(options: WebhookOptions): SmsSender {
  const client = createClient(options);
  return {
    async send(message: SmsMessage): Promise<DeliveryReceipt> {
      const to = parseE164(message.to);
      return client.deliver((id, timestamp) => ({
        channel: 'sms',
        to,
        text: message.text,
        locale: message.locale,
        id,
        timestamp,
      }));
    },
  };
}

/** Places calls through the webhook: {@link WebhookVoicePayload}, signed as in {@link createWebhookSms}. */
export function createWebhookVoice(options: WebhookOptions): VoiceCaller {
  const client = createClient(options);
  return {
    async call(message: VoiceMessage): Promise<DeliveryReceipt> {
      const to = parseE164(message.to);
      return client.deliver((id, timestamp) => ({
        channel: 'voice',
        to,
        code: message.code,
        intro: message.intro,
        locale: message.locale,
        id,
        timestamp,
      }));
    },
  };
}

/** Signs a body: the value of the `X-OpenReset-Signature` header. */
export function signWebhookBody(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureOptions {
  /** How far `t` may be from now, either way, in seconds. @default 300 */
  toleranceSeconds?: number;
  /** Seconds since the epoch. @default the system clock */
  now?: number;
}

/**
 * Checks an `X-OpenReset-Signature` header on the receiving side: recomputes the HMAC over
 * `` `${t}.${rawBody}` `` with each secret (several while rotating), compares in constant time,
 * and refuses a `t` outside the tolerance (a replayed request). Use the raw body bytes as
 * received, before any JSON parsing; also drop payload `id`s seen before.
 *
 * @example
 * ```ts
 * const raw = await request.text();
 * if (!verifyWebhookSignature(secret, request.headers.get('x-openreset-signature'), raw)) {
 *   return new Response(null, { status: 401 });
 * }
 * const payload = JSON.parse(raw) as WebhookSmsPayload | WebhookVoicePayload;
 * ```
 */
export function verifyWebhookSignature(
  secret: string | readonly string[],
  header: string | null | undefined,
  rawBody: string,
  options: VerifyWebhookSignatureOptions = {},
): boolean {
  if (typeof header !== 'string') return false;
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value !== undefined && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value)) {
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === undefined || signatures.length === 0) return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const secrets = typeof secret === 'string' ? [secret] : secret;
  let valid = false;
  for (const candidate of secrets) {
    const expected = Buffer.from(hmacHex(candidate, timestamp, rawBody), 'hex');
    for (const signature of signatures) {
      // Keep looping: no early exit that would time which secret matched.
      if (timingSafeEqual(expected, signature)) valid = true;
    }
  }
  return valid;
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

function createClient(options: WebhookOptions) {
  let url: URL;
  try {
    url = new URL(options?.url);
  } catch {
    throw new TypeError('createWebhook: `url` must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('createWebhook: `url` must be an http(s) URL');
  }
  if (typeof options.secret !== 'string' || options.secret.length < 16) {
    throw new TypeError('createWebhook: `secret` must be at least 16 characters');
  }
  const fetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const knownCodes = new Set<string>(Object.values(DeliveryErrorCode));

  return {
    async deliver(
      build: (id: string, timestamp: number) => WebhookSmsPayload | WebhookVoicePayload,
    ): Promise<DeliveryReceipt> {
      const id = randomUUID();
      const timestamp = now();
      const body = JSON.stringify(build(id, timestamp));
      const response = await post(fetchFunction, url.href, {
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(options.secret, body, timestamp),
        },
        body,
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      const reply = (await readJson(response)) as { id?: unknown; error?: unknown } | undefined;
      if (response.ok) {
        return { providerMessageId: typeof reply?.id === 'string' ? reply.id : id };
      }
      const status = response.status;
      if (typeof reply?.error === 'string' && knownCodes.has(reply.error)) {
        throw deliveryError(
          reply.error as DeliveryErrorCode,
          `The webhook refused the message (HTTP ${status}, ${reply.error})`,
        );
      }
      if (status === 401 || status === 403) {
        throw deliveryError('auth', `The webhook refused our signature (HTTP ${status})`);
      }
      if (status === 429)
        throw deliveryError('rate_limited', 'The webhook throttled us (HTTP 429)');
      if (status >= 500) throw deliveryError('unavailable', `The webhook failed (HTTP ${status})`);
      throw deliveryError('unavailable', `The webhook refused the message (HTTP ${status})`, false);
    },
  };
}
