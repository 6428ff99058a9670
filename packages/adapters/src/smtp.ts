/**
 * Email over SMTP (nodemailer): `@openreset/adapters/smtp`.
 *
 * @module
 */
import {
  DeliveryError,
  type DeliveryErrorCode,
  type DeliveryReceipt,
  type EmailMessage,
  type EmailSender,
} from '@openreset/core';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';

/** TLS settings of {@link SmtpEmailSenderOptions}. */
export interface SmtpTlsOptions {
  /**
   * Refuse a server certificate that does not verify. Only turn off for a local test server.
   * @default true
   */
  rejectUnauthorized?: boolean;
  /** Extra CA certificates (PEM) to trust, e.g. a company CA. */
  ca?: string | readonly string[];
  /** The name to check the certificate against, when `host` is an IP address. */
  servername?: string;
  /** @default "TLSv1.2" */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
}

/** Options of {@link createSmtpEmailSender}. */
export interface SmtpEmailSenderOptions {
  /** The mail server's host name. */
  host: string;
  /** @default 465 when `secure`, else 587 */
  port?: number;
  /**
   * `true`: TLS from the first byte (port 465). `false`: plain, upgraded with STARTTLS when
   * the server offers it (and always, with `requireTls`).
   * @default false
   */
  secure?: boolean;
  /** Fail instead of sending in the clear when the server does not offer STARTTLS. @default false */
  requireTls?: boolean;
  /** Credentials for SMTP AUTH (PLAIN / LOGIN). */
  auth?: { user: string; pass: string };
  tls?: SmtpTlsOptions;
  /** The sender address (addr-spec), e.g. `no-reply@example.com`. */
  from: string;
  /** The sender's display name, e.g. the org name. */
  fromName?: string;
  /** Keep connections open and reuse them (nodemailer's pool). @default false */
  pool?: boolean | { maxConnections?: number; maxMessages?: number };
  /** Milliseconds to wait for the connection, greeting and each command. @default 10000 */
  timeoutMs?: number;
  /** The name we announce in EHLO. @default the machine's host name */
  name?: string;
}

/** An {@link EmailSender} that can also close its pooled connections. */
export interface SmtpEmailSender extends EmailSender {
  /** Closes pooled connections; the sender must not be used afterwards. */
  close(): void;
}

/** An address without a display name, spaces, quotes, angle brackets, commas or controls. */
const ADDR_SPEC = /^[^\s@<>()[\]\\,;:"\p{Cc}]{1,64}@[^\s@<>()[\]\\,;:"\p{Cc}]{1,255}$/u;
const LINE_BREAK = /[\r\n\u2028\u2029\p{Cc}]/u;

/**
 * Sends email through an SMTP server with nodemailer: text and HTML as one
 * `multipart/alternative` message.
 *
 * No header injection: the configured `from`/`fromName` and every message's `to` and
 * `subject` are refused if they hold CR, LF or other control characters (OWASP "email
 * parameter pollution"); `to` must be a single addr-spec, so no extra recipients can ride
 * along. Failures become {@link DeliveryError}s:
 *
 * | server says | code | retryable |
 * | --- | --- | --- |
 * | 535 / 530 / 534, or AUTH refused | `auth` | no |
 * | 5xx to `RCPT TO`, malformed recipient | `invalid_recipient` | no |
 * | 4xx to anything | `unavailable` | yes |
 * | connection refused, TLS or DNS failure, timeout | `unavailable` | yes |
 * | other 5xx (e.g. content refused at DATA) | `unavailable` | no |
 *
 * @throws {TypeError} for a malformed `host`, `from` or `fromName`.
 *
 * @example
 * ```ts
 * const email = createSmtpEmailSender({
 *   host: 'smtp.example.com', port: 587, requireTls: true,
 *   auth: { user: 'openreset', pass: process.env.SMTP_PASSWORD! },
 *   from: 'no-reply@example.com', fromName: 'Example IT', pool: true,
 * });
 * const engine = createOpenReset({ ...rest, email });
 * ```
 */
export function createSmtpEmailSender(options: SmtpEmailSenderOptions): SmtpEmailSender {
  if (typeof options?.host !== 'string' || options.host === '' || LINE_BREAK.test(options.host)) {
    throw new TypeError('createSmtpEmailSender: `host` must be a host name');
  }
  if (typeof options.from !== 'string' || !ADDR_SPEC.test(options.from)) {
    throw new TypeError('createSmtpEmailSender: `from` must be one plain email address');
  }
  if (options.fromName !== undefined && LINE_BREAK.test(options.fromName)) {
    throw new TypeError('createSmtpEmailSender: `fromName` must not contain line breaks');
  }
  const secure = options.secure ?? false;
  const timeout = options.timeoutMs ?? 10_000;
  const pool = options.pool ?? false;
  const tls = options.tls ?? {};

  const transportOptions: SMTPPool.Options = {
    host: options.host,
    port: options.port ?? (secure ? 465 : 587),
    secure,
    requireTLS: options.requireTls ?? false,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    tls: {
      rejectUnauthorized: tls.rejectUnauthorized ?? true,
      minVersion: tls.minVersion ?? 'TLSv1.2',
      ...(tls.ca === undefined ? {} : { ca: typeof tls.ca === 'string' ? tls.ca : [...tls.ca] }),
      ...(tls.servername === undefined ? {} : { servername: tls.servername }),
    },
    // Never log: messages hold codes.
    logger: false,
    debug: false,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.auth === undefined ? {} : { auth: { ...options.auth } }),
  };
  if (pool !== false) {
    transportOptions.pool = true;
    if (typeof pool === 'object') {
      if (pool.maxConnections !== undefined) transportOptions.maxConnections = pool.maxConnections;
      if (pool.maxMessages !== undefined) transportOptions.maxMessages = pool.maxMessages;
    }
  }
  const transport = nodemailer.createTransport(transportOptions);
  const from =
    options.fromName === undefined
      ? options.from
      : { name: options.fromName, address: options.from };

  return {
    async send(message: EmailMessage): Promise<DeliveryReceipt> {
      if (typeof message.to !== 'string' || !ADDR_SPEC.test(message.to)) {
        throw new DeliveryError('invalid_recipient', 'The email address is not one plain address', {
          retryable: false,
        });
      }
      if (typeof message.subject !== 'string' || LINE_BREAK.test(message.subject)) {
        throw new DeliveryError('invalid_recipient', 'The subject must be a single line', {
          retryable: false,
        });
      }
      try {
        const info = await transport.sendMail({
          from,
          to: message.to,
          // The envelope names the one recipient explicitly: no header parsing decides it.
          envelope: { from: options.from, to: [message.to] },
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { 'Content-Language': message.locale },
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        const rejected = (info.rejected ?? []).length > 0;
        if (rejected) {
          throw new DeliveryError('invalid_recipient', 'The mail server refused the recipient', {
            retryable: false,
          });
        }
        return typeof info.messageId === 'string' ? { providerMessageId: info.messageId } : {};
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** The fields of a nodemailer error that decide the mapping. */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  command?: string;
}

/** Maps a nodemailer failure to a {@link DeliveryError}; never copies the message text. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  const status = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
  const command = (failure.command ?? '').toUpperCase();
  const fail = (code: DeliveryErrorCode, text: string, retryable?: boolean) =>
    new DeliveryError(code, text, {
      cause: error,
      ...(retryable === undefined ? {} : { retryable }),
    });

  if (
    failure.code === 'EAUTH' ||
    failure.code === 'ENOAUTH' ||
    status === 535 ||
    status === 534 ||
    status === 530
  ) {
    return fail('auth', `The mail server refused our credentials (${status ?? failure.code})`);
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return fail('unavailable', `The mail server deferred the message (${status})`);
  }
  if (
    status !== undefined &&
    status >= 500 &&
    (command.startsWith('RCPT') || failure.code === 'EENVELOPE')
  ) {
    return fail('invalid_recipient', `The mail server refused the recipient (${status})`);
  }
  if (status !== undefined && status >= 500) {
    return fail('unavailable', `The mail server refused the message (${status})`, false);
  }
  if (failure.code === 'EENVELOPE') {
    return fail('invalid_recipient', 'The mail server refused the recipient');
  }
  return fail('unavailable', `The mail server could not be reached (${failure.code ?? 'error'})`);
}
