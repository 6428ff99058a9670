import {
  DeliveryError,
  type DeliveryErrorCode,
  type EmailMessage,
  type EmailSender,
  type SmsMessage,
  type SmsSender,
  type VoiceCaller,
  type VoiceMessage,
} from '../ports/messaging.js';

/** A message the memory providers accepted, with the channel it went out on. */
export type SentMessage =
  | { channel: 'sms'; message: SmsMessage; providerMessageId: string }
  | { channel: 'voice'; message: VoiceMessage; providerMessageId: string }
  | { channel: 'email'; message: EmailMessage; providerMessageId: string };

/** The channels of {@link SentMessage}. */
export type MessagingChannel = SentMessage['channel'];

/** In-memory SMS, voice and email providers that record what they deliver. */
export interface MemoryMessaging {
  sms: SmsSender;
  voice: VoiceCaller;
  email: EmailSender;
  /** Every delivered message, in delivery order (a live, read-only view). */
  readonly sent: readonly SentMessage[];
  /**
   * Makes the next delivery on `channel` throw a `DeliveryError` with `code` (retryable as
   * that class decides) and record nothing. Calls queue up: two calls fail the next two.
   */
  failNext(channel: MessagingChannel, code: DeliveryErrorCode): void;
}

/**
 * Providers for tests, Storybook and the demo: nothing leaves the process. Tests read the
 * codes that were "delivered" from `sent` and simulate provider outages with `failNext`.
 * Messages are copied when recorded, so later changes by the caller do not show.
 *
 * @example
 * ```ts
 * const messaging = createMemoryMessaging();
 * const engine = createOpenReset({ ...rest, sms: messaging.sms, voice: messaging.voice, email: messaging.email });
 * messaging.failNext('sms', 'unavailable');
 * ```
 */
export function createMemoryMessaging(): MemoryMessaging {
  const sent: SentMessage[] = [];
  const failures: Record<MessagingChannel, DeliveryErrorCode[]> = { sms: [], voice: [], email: [] };
  let delivered = 0;

  /** Takes the next simulated failure for `channel`, or numbers a delivery. */
  const accept = (channel: MessagingChannel): string => {
    const failure = failures[channel].shift();
    if (failure !== undefined)
      throw new DeliveryError(failure, `Simulated ${failure} delivery failure`);
    delivered += 1;
    return `memory-${delivered}`;
  };

  return {
    sms: {
      async send(message) {
        const providerMessageId = accept('sms');
        sent.push({ channel: 'sms', message: structuredClone(message), providerMessageId });
        return { providerMessageId };
      },
    },
    voice: {
      async call(message) {
        const providerMessageId = accept('voice');
        sent.push({ channel: 'voice', message: structuredClone(message), providerMessageId });
        return { providerMessageId };
      },
    },
    email: {
      async send(message) {
        const providerMessageId = accept('email');
        sent.push({ channel: 'email', message: structuredClone(message), providerMessageId });
        return { providerMessageId };
      },
    },
    sent,
    failNext(channel, code) {
      if (!Object.hasOwn(failures, channel))
        throw new TypeError(`unknown channel ${String(channel)}`);
      failures[channel].push(code);
    },
  };
}
