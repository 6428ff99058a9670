/**
 * A development outbox: `@openreset/adapters/dev-outbox`.
 *
 * **FOR LOCAL DEVELOPMENT AND TESTS ONLY.** It delivers nothing: it keeps every message,
 * verification codes included, in memory, where a local page (the demo's `/outbox`) shows
 * them. Never wire it into a deployment that real users reach: anyone who can read that
 * page can reset any account.
 *
 * @module
 */

import type {
  DeliveryReceipt,
  EmailMessage,
  EmailSender,
  SmsMessage,
  SmsSender,
  VoiceCaller,
  VoiceMessage,
} from '@openreset/core';
import { checkInteger } from '@openreset/core';

/** A message the dev outbox kept. */
export type DevMessage =
  | { id: string; channel: 'sms'; receivedAt: Date; message: SmsMessage }
  | { id: string; channel: 'voice'; receivedAt: Date; message: VoiceMessage }
  | { id: string; channel: 'email'; receivedAt: Date; message: EmailMessage };

/** Options of {@link createDevOutbox}. */
export interface DevOutboxOptions {
  /** Keep at most this many messages; the oldest go first. @default 100 */
  limit?: number;
  /** @default () => new Date() */
  now?: () => Date;
}

/** What {@link createDevOutbox} returns: providers to hand the engine, and the kept messages. */
export interface DevOutbox {
  sms: SmsSender;
  voice: VoiceCaller;
  email: EmailSender;
  /** The kept messages, newest first (copies: changing them changes nothing here). */
  list(): DevMessage[];
  /** Forgets every message. */
  clear(): void;
}

/**
 * SMS, voice and email providers that keep what they are given, for a local outbox page and
 * for tests. **Development only: the codes are visible by design** (see the module docs).
 *
 * @example
 * ```ts
 * const outbox = createDevOutbox();
 * const engine = createOpenReset({ ...rest, sms: outbox.sms, voice: outbox.voice, email: outbox.email });
 * // GET /outbox → render outbox.list()
 * ```
 */
export function createDevOutbox(options: DevOutboxOptions = {}): DevOutbox {
  const limit = options.limit ?? 100;
  checkInteger('createDevOutbox: limit', limit, 1);
  const now = options.now ?? (() => new Date());
  let kept: DevMessage[] = [];
  let counter = 0;

  const keep = (entry: Omit<DevMessage, 'id' | 'receivedAt'>): DeliveryReceipt => {
    counter += 1;
    const id = `dev-${counter}`;
    kept.unshift({ ...entry, id, receivedAt: now() } as DevMessage);
    if (kept.length > limit) kept.length = limit;
    return { providerMessageId: id };
  };

  return {
    sms: {
      async send(message) {
        return keep({ channel: 'sms', message: structuredClone(message) });
      },
    },
    voice: {
      async call(message) {
        return keep({ channel: 'voice', message: structuredClone(message) });
      },
    },
    email: {
      async send(message) {
        return keep({ channel: 'email', message: structuredClone(message) });
      },
    },
    list() {
      return structuredClone(kept);
    },
    clear() {
      kept = [];
    },
  };
}
