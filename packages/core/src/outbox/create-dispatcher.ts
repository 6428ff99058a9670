import type { AuditTarget } from '../audit/audit-event.js';
import type { AuditLog } from '../audit/audit-log.js';
import { checkInteger } from '../check-integer.js';
import { encodeBase64Url, readUint32 } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Clock } from '../ports/clock.js';
import {
  DeliveryError,
  DeliveryErrorCode,
  type EmailSender,
  type SmsSender,
  type VoiceCaller,
} from '../ports/messaging.js';
import type { Random } from '../ports/random.js';
import type { OutboxMessage, OutboxStore } from '../ports/storage.js';
import { type OutboxPayload, parseOutboxPayload } from './outbox-payload.js';
import type { WebhookSender } from './standard-webhooks.js';

/**
 * Why a message failed, as stored in `lastError` and audited as `reason`: a
 * {@link DeliveryErrorCode}, or `configuration` when the dispatcher itself cannot send it
 * (no sender for the channel, or a payload it cannot open because its key left the ring).
 */
export const DispatchFailureCode = {
  ...DeliveryErrorCode,
  /** No sender for the channel, or the payload cannot be opened (key removed). */
  Configuration: 'configuration',
} as const;

/** The union of {@link DispatchFailureCode} values. */
export type DispatchFailureCode = (typeof DispatchFailureCode)[keyof typeof DispatchFailureCode];

/** The providers a dispatcher sends through; a channel without one fails as `configuration`. */
export interface DispatcherSenders {
  sms?: SmsSender;
  voice?: VoiceCaller;
  email?: EmailSender;
  /** Posts the signed webhooks of audit events (`options.webhooks` of the engine). */
  webhook?: WebhookSender;
}

/** How a dispatcher retries retryable failures. */
export interface RetryOptions {
  /**
   * Delivery attempts before a message fails for good (an integer of at least 1). The
   * default retries for at least 15 minutes (5 s doubling to the 10-minute cap, jitter
   * included), so a provider outage of 10 minutes loses nothing (bench/reliability/outage).
   * @default 10
   */
  maxAttempts?: number;
  /**
   * The delay after the first failed attempt; it doubles after each further one.
   * @default 5000
   */
  baseDelayMs?: number;
  /**
   * The longest delay between two attempts, before jitter.
   * @default 600000
   */
  maxDelayMs?: number;
}

/** What the outbox dispatcher (`createDispatcher`, run by `engine.start()`) needs. */
export interface DispatcherOptions {
  /** The outbox the writers fill. */
  store: OutboxStore;
  /** Opens payloads; it MUST still hold every key that sealed a pending message. */
  keyring: Keyring;
  senders: DispatcherSenders;
  /** Receives a `notification.sent` or `notification.failed` event per final outcome. */
  audit: AuditLog;
  clock: Clock;
  /** Lease tokens and retry jitter come from here. */
  random: Random;
  retry?: RetryOptions;
  /**
   * How long a claim holds its messages. A dispatcher that dies mid-batch delays them by at
   * most this much; it MUST be longer than sending a whole batch usually takes.
   * @default 60000
   */
  leaseMs?: number;
  /**
   * Messages claimed per run (1-1000).
   * @default 20
   */
  batchSize?: number;
  /**
   * The storage's transaction (`Storage.transaction`): a message's final mark and its audit
   * event then commit together, once.
   * @default each write commits on its own
   */
  transaction?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Told how each message of a run ended (not stand-ins), e.g. for the outbox-lag metric. */
  onOutcome?: (message: OutboxMessage, outcome: keyof DispatchReport, now: Date) => void;
}

/**
 * How the messages of one run ended. Stand-ins (`drop: true`, from decoy flows) are
 * completed unsent and not counted.
 */
export interface DispatchReport {
  /** Accepted by their provider. */
  sent: number;
  /** Failed this time and scheduled again. */
  retrying: number;
  /** Failed for good. */
  failed: number;
}

/** Options for {@link Dispatcher.start}. */
export interface DispatcherStartOptions {
  /**
   * The pause between runs when the last run did not fill a batch; a full batch runs the
   * next one at once, so a backlog drains at the providers' pace.
   * @default 1000
   */
  intervalMs?: number;
  /**
   * Called when a run throws (the store or the audit log failed); the loop goes on.
   * Errors never hold message text, codes or addresses.
   * @default logs with `console.error`
   */
  onError?: (error: unknown) => void;
}

/** Sends what the outbox holds. */
export interface Dispatcher {
  /**
   * Claims one batch of due messages and sends them one at a time (providers rate-limit),
   * then marks each sent, scheduled again, or failed for good, and audits every final
   * outcome. A store or audit error aborts the batch and is thrown: nothing more is sent
   * meanwhile, so an outage of the store causes as few duplicate sends as possible. The
   * next run first hands the batch's untried messages back, due at once (the one in hand
   * when the store failed may have gone out, and waits for its lease).
   */
  runOnce(): Promise<DispatchReport>;
  /**
   * Runs {@link Dispatcher.runOnce} in a loop, never two at once, until stopped.
   * @returns `stop`, which cancels the next run and resolves once the running batch ends.
   * @throws {TypeError} when the loop is already running, or for a bad `intervalMs`.
   */
  start(options?: DispatcherStartOptions): () => Promise<void>;
}

/** A decision about one claimed message. */
type Outcome = keyof DispatchReport | 'skipped' | 'dropped';

/**
 * The delivery side of the outbox. Delivery is at least once: a message is marked sent
 * only after its provider accepted it, so a crash between the two sends it again after
 * the lease (providers and users tolerate a duplicate code; a lost one locks users out).
 *
 * Per message: the payload is opened with the keyring and sent through the channel's
 * sender. A retryable `DeliveryError` (or any other thrown error, taken as `unavailable`)
 * schedules another attempt after `min(maxDelayMs, baseDelayMs * 2^(attempts-1))`, scaled
 * by a random factor in [0.5, 1) so retries of many messages spread out, until
 * `maxAttempts` is reached; a non-retryable one fails the message for good at once, as
 * does a payload that cannot be opened or a channel without a sender (`configuration`).
 * A stand-in (`drop: true`) is completed unsent, or, while the last real message on its
 * channel failed retryably, scheduled again on the same backoff (and failed, unaudited, after
 * `maxAttempts`), so decoys show the delivery status real messages show during an outage.
 * A message whose lease ran out before its turn is left alone (another dispatcher may
 * hold it now). Retryable failures are kept only as `lastError` in the store; a
 * `notification.sent` or `notification.failed` audit event records each final outcome,
 * with the channel, purpose, attempts and target, never the text, code or address.
 *
 * @throws {TypeError} for out-of-range retry, lease or batch options.
 *
 * @example
 * ```ts
 * const dispatcher = createDispatcher({
 *   store: storage.outbox,
 *   keyring,
 *   senders: { sms, email },
 *   audit,
 *   clock: systemClock,
 *   random: systemRandom,
 * });
 * const stop = dispatcher.start();
 * process.on('SIGTERM', () => void stop());
 * ```
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, keyring, senders, audit, clock, random } = options;
  const together = options.transaction ?? (<T>(fn: () => Promise<T>) => fn());
  const maxAttempts = options.retry?.maxAttempts ?? 10;
  const baseDelayMs = options.retry?.baseDelayMs ?? 5000;
  const maxDelayMs = options.retry?.maxDelayMs ?? 600_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 20;
  checkInteger('retry.maxAttempts', maxAttempts, 1, 1000);
  checkInteger('retry.baseDelayMs', baseDelayMs, 1, 2 ** 31);
  checkInteger('retry.maxDelayMs', maxDelayMs, baseDelayMs, 2 ** 31);
  checkInteger('leaseMs', leaseMs, 1, 2 ** 31);
  checkInteger('batchSize', batchSize, 1, 1000);

  /** The delay before attempt `attempts + 1`, with jitter in [0.5, 1). */
  const backoff = (attempts: number): number => {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
    const fraction = readUint32(random.bytes(4));
    return Math.round(ceiling * (0.5 + fraction / 2 ** 33));
  };

  /** Per channel, whether its last real message failed retryably (stand-ins follow it). */
  const channelDown = new Map<OutboxMessage['channel'], boolean>();

  const recordOutcome = async (
    message: OutboxMessage,
    target: AuditTarget | undefined,
    reason: string | undefined,
  ) => {
    const common = {
      tenantId: message.tenantId,
      actor: { kind: 'system' as const },
      correlationId: message.correlationId,
      channel: message.channel,
      purpose: message.purpose,
      attempts: message.attempts,
      // Copied field by field: only these three may reach the audit log.
      ...(target === undefined
        ? {}
        : { target: { userId: target.userId, username: target.username, role: target.role } }),
    };
    await audit.record(
      reason === undefined
        ? { ...common, type: 'notification.sent', result: 'success' }
        : { ...common, type: 'notification.failed', result: 'failure', reason },
    );
  };

  /** Fails the message for good and audits it. */
  const giveUp = async (
    message: OutboxMessage,
    leaseToken: string,
    reason: string,
    target?: AuditTarget,
  ): Promise<Outcome> => {
    return together(async () => {
      const held = await store.markFailed(message.id, leaseToken, { error: reason, retryAt: null });
      // A lost lease means another dispatcher holds the message now: its outcome, not ours.
      if (!held) return 'skipped';
      await recordOutcome(message, target, reason);
      return 'failed';
    });
  };

  const deliver = async (message: OutboxMessage, leaseToken: string): Promise<Outcome> => {
    // Lease ran out while earlier messages of the batch were sent: another claim may own it.
    if (message.leaseUntil !== null && clock.now().getTime() >= message.leaseUntil.getTime()) {
      return 'skipped';
    }
    // Only after crashes mid-send (each claim counts an attempt): stop a poison message.
    if (message.attempts > maxAttempts) {
      return giveUp(message, leaseToken, message.lastError ?? DispatchFailureCode.Unavailable);
    }
    const opened = message.payload === null ? null : await keyring.open(message.payload);
    const payload = opened === null ? null : parseOutboxPayload(opened);
    if (payload === null || payload.channel !== message.channel) {
      return giveUp(message, leaseToken, DispatchFailureCode.Configuration);
    }
    if (payload.drop === true) {
      // A stand-in for a message that must not go out: nothing is sent or audited. While the
      // last real message on its channel failed and waits for a retry (an outage), it is
      // delayed the same way, so a decoy's delivery status looks like a real one's.
      if (channelDown.get(message.channel) !== true) {
        await store.markSent(message.id, leaseToken, clock.now());
        return 'dropped';
      }
      const retryAt =
        message.attempts >= maxAttempts
          ? null
          : new Date(clock.now().getTime() + backoff(message.attempts));
      const error = DispatchFailureCode.Unavailable;
      return (await store.markFailed(message.id, leaseToken, { error, retryAt }))
        ? 'dropped'
        : 'skipped';
    }
    const send = sendFunction(payload);
    if (send === null) {
      return giveUp(message, leaseToken, DispatchFailureCode.Configuration, payload.target);
    }

    let failure: { code: string; retryable: boolean } | undefined;
    try {
      await send();
    } catch (error) {
      // Only the provider's errors are caught here; store and audit errors abort the batch.
      failure = classify(error);
    }
    // A retryable failure says the channel is down; a refused message (a bad number) does not.
    if (failure === undefined || failure.retryable) {
      channelDown.set(message.channel, failure !== undefined);
    }

    if (failure === undefined) {
      // The provider has it. If the lease was lost meanwhile the message may go out twice,
      // but it did go out: audit it either way.
      return together(async () => {
        await store.markSent(message.id, leaseToken, clock.now());
        await recordOutcome(message, payload.target, undefined);
        return 'sent' as const;
      });
    }
    if (!failure.retryable || message.attempts >= maxAttempts) {
      return giveUp(message, leaseToken, failure.code, payload.target);
    }
    const retryAt = new Date(clock.now().getTime() + backoff(message.attempts));
    const held = await store.markFailed(message.id, leaseToken, { error: failure.code, retryAt });
    return held ? 'retrying' : 'skipped';
  };

  /** A thunk that hands the payload to its channel's sender, or `null` if there is none. */
  const sendFunction = (payload: OutboxPayload): (() => Promise<unknown>) | null => {
    switch (payload.channel) {
      case 'sms': {
        const sender = senders.sms;
        return sender === undefined ? null : () => sender.send(payload.message);
      }
      case 'voice': {
        const caller = senders.voice;
        return caller === undefined ? null : () => caller.call(payload.message);
      }
      case 'email': {
        const sender = senders.email;
        return sender === undefined ? null : () => sender.send(payload.message);
      }
      case 'webhook': {
        const sender = senders.webhook;
        return sender === undefined ? null : () => sender.send(payload.message);
      }
    }
  };

  /**
   * The messages an aborted batch had claimed and not tried, with their lease: the next run
   * hands them back (due now) before it claims, so a store outage delays them by a run once
   * the store answers again, not by the rest of their lease.
   */
  let untried: { leaseToken: string; ids: string[] } | undefined;

  const handBack = async () => {
    if (untried === undefined) return;
    const { leaseToken, ids } = untried;
    const retryAt = clock.now();
    for (const [index, id] of ids.entries()) {
      try {
        await store.markFailed(id, leaseToken, { error: DispatchFailureCode.Unavailable, retryAt });
      } catch (error) {
        // The store still fails: these wait for the next run (or their lease, whichever first).
        untried = { leaseToken, ids: ids.slice(index) };
        throw error;
      }
    }
    untried = undefined;
  };

  const runBatch = async (): Promise<{ report: DispatchReport; claimed: number }> => {
    await handBack();
    const leaseToken = encodeBase64Url(random.bytes(16));
    const batch = await store.claim({ now: clock.now(), limit: batchSize, leaseMs, leaseToken });
    const report: DispatchReport = { sent: 0, retrying: 0, failed: 0 };
    // One at a time: providers rate-limit, and requests never wait on this loop anyway.
    for (const [index, message] of batch.entries()) {
      let outcome: Outcome;
      try {
        outcome = await deliver(message, leaseToken);
      } catch (error) {
        // The store or the audit log failed: stop sending (the one in hand may have gone out
        // and waits for its lease), and hand the rest back once the store answers.
        untried = { leaseToken, ids: batch.slice(index + 1).map((next) => next.id) };
        throw error;
      }
      if (outcome !== 'skipped' && outcome !== 'dropped') {
        options.onOutcome?.(message, outcome, clock.now());
      }
      if (outcome !== 'skipped' && outcome !== 'dropped') report[outcome] += 1;
    }
    return { report, claimed: batch.length };
  };

  let started = false;

  return {
    async runOnce() {
      return (await runBatch()).report;
    },

    start(startOptions = {}) {
      const intervalMs = startOptions.intervalMs ?? 1000;
      checkInteger('intervalMs', intervalMs, 0, 2 ** 31 - 1);
      const onError =
        startOptions.onError ??
        ((error: unknown) => console.error('OpenReset dispatcher: a run failed', error));
      if (started) throw new TypeError('the dispatcher is already started');
      started = true;

      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> | undefined;

      const tick = () => {
        timer = undefined;
        running = runBatch()
          .then(
            ({ claimed }) => (claimed >= batchSize ? 0 : intervalMs),
            (error: unknown) => {
              try {
                onError(error);
              } catch {
                // A failing error handler must not end the loop.
              }
              return intervalMs;
            },
          )
          .then((delay) => {
            running = undefined;
            if (!stopped) timer = setTimeout(tick, delay);
          });
      };
      tick();

      return async () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        await running;
        started = false;
      };
    },
  };
}

/** The failure code and retry decision for whatever a sender threw. */
function classify(error: unknown): { code: string; retryable: boolean } {
  if (error instanceof DeliveryError) return { code: error.code, retryable: error.retryable };
  // A DeliveryError from another copy of this package (duplicated in node_modules).
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'DeliveryError' &&
    typeof (error as { retryable?: unknown }).retryable === 'boolean' &&
    DELIVERY_CODES.has((error as { code?: unknown }).code as string)
  ) {
    const { code, retryable } = error as { code: string; retryable: boolean };
    return { code, retryable };
  }
  // Anything else (a bug, a network error the adapter did not wrap): try again later.
  return { code: DispatchFailureCode.Unavailable, retryable: true };
}

const DELIVERY_CODES: ReadonlySet<string> = new Set(Object.values(DeliveryErrorCode));
