import type { AuditEvent, AuditEventType } from '../audit/audit-event.js';
import { AuditEventType as EventTypes } from '../audit/audit-event.js';
import { decodeBase64, encodeBase64 } from '../crypto/encoding.js';
import type { Clock } from '../ports/clock.js';
import { DeliveryError } from '../ports/messaging.js';

/**
 * Where the engine POSTs its audit events, signed in the Standard Webhooks format
 * (https://www.standardwebhooks.com): headers `webhook-id` (the audit event's id, the same
 * on every retry, so the receiver drops duplicates), `webhook-timestamp` (seconds, at each
 * attempt) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of
 * `id.timestamp.body` under the secret). Any Standard Webhooks library verifies them.
 */
export interface WebhookEndpoint {
  /** An https URL (http only for `localhost` and `127.0.0.1`, for development). */
  url: string;
  /** `whsec_` and the base64 of 24 to 64 random bytes, shared with the receiver. */
  secret: string;
  /** The audit event types to send. @default every type */
  events?: readonly AuditEventType[];
}

/** One webhook delivery, as the outbox carries it (sealed): never the secret. */
export interface WebhookMessage {
  /** The endpoint's URL; the dispatcher signs with the secret configured for it now. */
  to: string;
  /** The `webhook-id`: the audit event's id. */
  id: string;
  /** The JSON body: `{ type, timestamp, data }`, `data` the audit event. */
  body: string;
}

/** What {@link createWebhookSender} needs. */
export interface WebhookSenderOptions {
  /** The endpoints, as the engine checked them at creation. */
  endpoints: readonly WebhookEndpoint[];
  clock: Clock;
  /** @default globalThis.fetch */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Milliseconds before an attempt counts as `unavailable`. @default 10000 */
  timeoutMs?: number;
}

/** Posts one signed webhook; the dispatcher's sender for the `webhook` channel. */
export interface WebhookSender {
  /**
   * @throws {DeliveryError} `unavailable` (retryable) for a network error, a timeout or any
   *   answer but 2xx; `invalid_recipient` (for good) for 410 Gone or an endpoint that is no
   *   longer configured.
   */
  send(message: WebhookMessage): Promise<void>;
}

const SECRET_PREFIX = 'whsec_';
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
const EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EventTypes));

/** The secret's key bytes, or `null` when it is not `whsec_` and canonical base64. */
function secretBytes(secret: unknown): Uint8Array | null {
  if (typeof secret !== 'string' || !secret.startsWith(SECRET_PREFIX)) return null;
  return decodeBase64(secret.slice(SECRET_PREFIX.length).replace(/=+$/, ''));
}

/**
 * Checks webhook endpoints at engine creation.
 * @throws {TypeError} naming the endpoint and the problem (never the secret): a URL that is
 *   not https (or http on a loopback host), a secret that is not `whsec_` and 24-64 bytes
 *   of base64, an unknown event type, or a URL listed twice.
 */
export function checkWebhookEndpoints(endpoints: unknown): readonly WebhookEndpoint[] {
  if (!Array.isArray(endpoints)) throw new TypeError('options.webhooks must be an array');
  const urls = new Set<string>();
  return Object.freeze(
    endpoints.map((endpoint: WebhookEndpoint, index) => {
      const where = `options.webhooks[${index}]`;
      let url: URL;
      try {
        url = new URL(endpoint?.url);
      } catch {
        throw new TypeError(`${where}.url must be an absolute URL`);
      }
      const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
      if (url.protocol !== 'https:' && !local) {
        throw new TypeError(`${where}.url must be https (http only on localhost)`);
      }
      if (urls.has(url.href)) throw new TypeError(`${where}.url is listed twice`);
      urls.add(url.href);
      const key = secretBytes(endpoint.secret);
      if (key === null || key.length < 24 || key.length > 64) {
        throw new TypeError(`${where}.secret must be whsec_ and the base64 of 24-64 random bytes`);
      }
      for (const type of endpoint.events ?? []) {
        if (!EVENT_TYPES.has(type)) throw new TypeError(`${where}.events: unknown type ${type}`);
      }
      return Object.freeze({
        url: url.href,
        secret: endpoint.secret,
        ...(endpoint.events === undefined ? {} : { events: Object.freeze([...endpoint.events]) }),
      });
    }),
  );
}

/** Whether `endpoint` wants events of `type`. */
export function wantsEvent(endpoint: WebhookEndpoint, type: AuditEventType): boolean {
  return endpoint.events === undefined || endpoint.events.includes(type);
}

/** The webhook for an audit event at `endpoint`, as the outbox stores it. */
export function webhookMessage(endpoint: WebhookEndpoint, event: AuditEvent): WebhookMessage {
  return {
    to: endpoint.url,
    id: event.id,
    body: JSON.stringify({ type: event.type, timestamp: event.time, data: event }),
  };
}

/**
 * The `webhook-signature` value: `v1,` and the padded base64 of HMAC-SHA256 over
 * `id.timestamp.body`, keyed with the secret's bytes (Standard Webhooks, "Signature scheme").
 * @throws {TypeError} for a secret that is not `whsec_` and base64.
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = secretBytes(secret);
  if (key === null) throw new TypeError('the webhook secret must be whsec_ and base64');
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign(
      'HMAC',
      hmacKey,
      new TextEncoder().encode(`${id}.${timestamp}.${body}`),
    ),
  );
  const base64 = encodeBase64(mac);
  return `v1,${base64}${'='.repeat((4 - (base64.length % 4)) % 4)}`;
}

/**
 * The dispatcher's sender for webhooks: signs each attempt with the current time and the
 * secret configured for the message's URL, and POSTs it. Runtime-agnostic (fetch and Web
 * Crypto).
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const byUrl = new Map(options.endpoints.map((endpoint) => [endpoint.url, endpoint]));
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message) {
      const endpoint = byUrl.get(message.to);
      if (endpoint === undefined) {
        throw new DeliveryError(
          'invalid_recipient',
          'the webhook endpoint is no longer configured',
          {
            retryable: false,
          },
        );
      }
      const timestamp = Math.floor(options.clock.now().getTime() / 1000);
      const signature = await signWebhook(endpoint.secret, message.id, timestamp, message.body);
      const fetchFunction = options.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await fetchFunction(endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': message.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signature,
          },
          body: message.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new DeliveryError('unavailable', 'the webhook endpoint could not be reached', {
          cause: error,
        });
      }
      await response.body?.cancel();
      if (response.status === 410) {
        throw new DeliveryError('invalid_recipient', 'the webhook endpoint answered 410 Gone', {
          retryable: false,
        });
      }
      if (response.status < 200 || response.status > 299) {
        throw new DeliveryError('unavailable', `the webhook endpoint answered ${response.status}`);
      }
    },
  };
}
