import { encodeBase64Url } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Clock } from '../ports/clock.js';
import type { Random } from '../ports/random.js';
import type { OutboxStore } from '../ports/storage.js';
import type { OutboxPayload } from './outbox-payload.js';

/** What {@link createOutboxWriter} needs. */
export interface OutboxWriterDependencies {
  /** Where messages wait for the dispatcher. */
  store: OutboxStore;
  /** Seals payloads; the dispatcher MUST hold the same keys (or newer ones plus these). */
  keyring: Keyring;
  clock: Clock;
  /** Message ids come from here. MUST be a CSPRNG outside tests. */
  random: Random;
}

/** A message to queue, see {@link OutboxWriter.enqueue}. */
export interface OutboxEntry {
  tenantId: string;
  /** What the message is for (`code`, `reset_notice`, `admin_reset_notice`, ...), for audit. */
  purpose: string;
  /** The flow or request that queues it; the audit events carry it. */
  correlationId: string;
  /** The message itself; sealed before it is stored. */
  payload: OutboxPayload;
}

/** Queues messages for the dispatcher. */
export interface OutboxWriter {
  /**
   * Seals the payload with the keyring's current key and stores it as a pending message,
   * due at once. Resolves when the store made it durable, so a request can answer as soon
   * as this returns and never waits for a provider.
   * @returns the new message's id (16 random bytes, base64url).
   * @throws {TypeError} for an empty `tenantId`, `purpose` or `correlationId`, or an
   *   unknown channel. Store errors pass through.
   */
  enqueue(entry: OutboxEntry): Promise<string>;
}

const CHANNELS: ReadonlySet<string> = new Set(['sms', 'voice', 'email', 'webhook']);

/**
 * The request side of delivery: requests only enqueue, so a slow or failing provider
 * neither delays a response nor changes its timing, and nothing is lost if the process
 * dies before the send. The payload (which holds the code and the address) is stored only
 * sealed with AES-256-GCM; the record's `channel` is copied out in the clear for routing.
 *
 * @example
 * ```ts
 * const outbox = createOutboxWriter({ store: storage.outbox, keyring, clock, random });
 * await outbox.enqueue({
 *   tenantId,
 *   purpose: 'code',
 *   correlationId: flowId,
 *   payload: { channel: 'sms', message: renderCodeMessage({ channel: 'sms', ... }), target },
 * });
 * ```
 */
export function createOutboxWriter({
  store,
  keyring,
  clock,
  random,
}: OutboxWriterDependencies): OutboxWriter {
  return {
    async enqueue({ tenantId, purpose, correlationId, payload }) {
      for (const [name, value] of [
        ['tenantId', tenantId],
        ['purpose', purpose],
        ['correlationId', correlationId],
      ] as const) {
        if (typeof value !== 'string' || value === '')
          throw new TypeError(`${name} must be a non-empty string`);
      }
      // Checked without naming the payload: it holds a code and an address.
      if (typeof payload !== 'object' || payload === null || !CHANNELS.has(payload.channel)) {
        throw new TypeError('payload.channel must be sms, voice or email');
      }
      const id = encodeBase64Url(random.bytes(16));
      await store.enqueue({
        id,
        tenantId,
        channel: payload.channel,
        purpose,
        payload: await keyring.seal(JSON.stringify(payload)),
        createdAt: clock.now(),
        correlationId,
      });
      return id;
    },
  };
}
