import { OpenResetError } from '../errors.js';
import type { Locale } from '../policy/policy-schema.js';

/** A text message to one phone number. */
export interface SmsMessage {
  /** The recipient in E.164 form, e.g. `+31612345678`. */
  to: string;
  /** The full text, already localized. */
  text: string;
  /** The recipient's locale. */
  locale: Locale;
}

/** A voice call that reads a verification code. */
export interface VoiceMessage {
  /** The recipient in E.164 form. */
  to: string;
  /** The digits to read out, one by one. */
  code: string;
  /** The sentence before the code, already localized, e.g. "Your verification code is". */
  intro: string;
  /** The language to speak. */
  locale: Locale;
}

/** An email with text and HTML bodies. */
export interface EmailMessage {
  /** One address (addr-spec only, no display name). */
  to: string;
  /** The subject line, localized; MUST NOT contain CR or LF. */
  subject: string;
  /** The plain-text body. */
  text: string;
  /** The HTML body. */
  html: string;
  /** The recipient's locale. */
  locale: Locale;
}

/** What a provider says after accepting a message. */
export interface DeliveryReceipt {
  /** The provider's id for the message, for support and audit. */
  providerMessageId?: string;
}

/** Sends SMS. */
export interface SmsSender {
  /**
   * Hands one message to the provider. MUST throw a {@link DeliveryError} on failure and
   * MUST NOT log the text (it holds a code).
   */
  send(message: SmsMessage): Promise<DeliveryReceipt>;
}

/** Places voice calls. */
export interface VoiceCaller {
  /** Starts one call. MUST throw a {@link DeliveryError} on failure and MUST NOT log the code. */
  call(message: VoiceMessage): Promise<DeliveryReceipt>;
}

/** Sends email. */
export interface EmailSender {
  /** Hands one message to the mail server. MUST throw a {@link DeliveryError} on failure. */
  send(message: EmailMessage): Promise<DeliveryReceipt>;
}

/** Why a provider refused or failed a message. */
export const DeliveryErrorCode = {
  /** The number or address is malformed or cannot receive this kind of message. */
  InvalidRecipient: 'invalid_recipient',
  /** The recipient could not be reached (handset off, mailbox full). */
  Unreachable: 'unreachable',
  /** The provider throttled us. */
  RateLimited: 'rate_limited',
  /** Our credentials were refused. */
  Auth: 'auth',
  /** The provider could not be reached or failed. */
  Unavailable: 'unavailable',
} as const;

/** The union of {@link DeliveryErrorCode} values. */
export type DeliveryErrorCode = (typeof DeliveryErrorCode)[keyof typeof DeliveryErrorCode];

/** Options for {@link DeliveryError}. */
export interface DeliveryErrorOptions {
  /** The underlying error. */
  cause?: unknown;
  /** Whether trying again later may succeed. @default true for `rate_limited` and `unavailable`. */
  retryable?: boolean;
}

/** A failed delivery, typed so the dispatcher can decide whether to retry. */
export class DeliveryError extends OpenResetError<DeliveryErrorCode> {
  static override readonly brand: string = 'DeliveryError';
  /** Whether the dispatcher should try again later. */
  readonly retryable: boolean;

  constructor(code: DeliveryErrorCode, message: string, options: DeliveryErrorOptions = {}) {
    super(code, message, options);
    this.name = 'DeliveryError';
    this.retryable = options.retryable ?? (code === 'rate_limited' || code === 'unavailable');
  }
}
