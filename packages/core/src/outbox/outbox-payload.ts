import type { AuditTarget } from '../audit/audit-event.js';
import { Locale } from '../policy/policy-schema.js';
import type { EmailMessage, SmsMessage, VoiceMessage } from '../ports/messaging.js';
import type { WebhookMessage } from './standard-webhooks.js';

/**
 * What an outbox record carries, sealed: the message for one channel, exactly as the
 * channel's sender takes it, plus the account it concerns for the audit event.
 *
 * The whole payload is encrypted with the keyring before it reaches storage, because the
 * message holds a code and an address; `target` is not secret but travels inside too, so
 * the store needs no column for it.
 */
export type OutboxPayload = (
  | { channel: 'sms'; message: SmsMessage }
  | { channel: 'voice'; message: VoiceMessage }
  | { channel: 'email'; message: EmailMessage }
  | { channel: 'webhook'; message: WebhookMessage }
) & {
  /** The account the message concerns, copied into the `notification.*` audit events. */
  target?: AuditTarget;
  /**
   * A stand-in the dispatcher drops unsent and unaudited: stored where a real message would
   * be (a decoy flow, or a typed number that matches none on file), so that the request
   * does the same work and the stored record looks the same either way.
   */
  drop?: true;
};

/** The channels an {@link OutboxPayload} can name. */
export type OutboxChannel = OutboxPayload['channel'];

const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

/**
 * Reads a payload back from the JSON the outbox writer sealed. The JSON was authenticated
 * by the keyring, so this only guards against records written by another version.
 *
 * @returns the payload, or `null` when the JSON is not a well-formed payload.
 */
export function parseOutboxPayload(json: string): OutboxPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value.message)) return null;
  const { channel, message, target, drop } = value;
  if (target !== undefined && !isTarget(target)) return null;
  if (drop !== undefined && drop !== true) return null;
  if (!isString(message.to)) return null;
  if (channel === 'webhook') {
    return isString(message.id) && isString(message.body) ? (value as OutboxPayload) : null;
  }
  if (!isString(message.locale) || !LOCALES.has(message.locale)) return null;
  const ok =
    channel === 'sms'
      ? isString(message.text)
      : channel === 'voice'
        ? isString(message.code) && isString(message.intro)
        : channel === 'email'
          ? isString(message.subject) && isString(message.text) && isString(message.html)
          : false;
  return ok ? (value as OutboxPayload) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isTarget(value: unknown): value is AuditTarget {
  return (
    isRecord(value) &&
    isString(value.userId) &&
    isString(value.username) &&
    (value.role === 'user' || value.role === 'admin')
  );
}
