import { describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../audit/audit-event.js';
import { createAuditLog } from '../audit/audit-log.js';
import { createKeyring, type Keyring } from '../crypto/keyring.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryMessaging } from '../memory/memory-messaging.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import { DeliveryError, type SmsSender } from '../ports/messaging.js';
import type { OutboxMessage } from '../ports/storage.js';
import { createDispatcher, type DispatcherOptions } from './create-dispatcher.js';
import { createOutboxWriter } from './create-outbox-writer.js';
import type { OutboxPayload } from './outbox-payload.js';

const START = new Date('2030-01-01T00:00:00Z');
/** vi.waitFor's default 1 s is too short on a loaded 2-core machine; a hang still fails. */
const LOADED = { timeout: 30_000 };
const TENANT = 'default';
const target = { userId: 'u-17', username: 'alice', role: 'user' } as const;
const oldKey = { id: 'old', secret: 'an-old-server-secret-of-32-bytes!!' };
const newKey = { id: 'new', secret: 'a-new-server-secret-of-32-bytes!!!' };

function smsPayload(code: string, to = '+31612345678'): OutboxPayload {
  return { channel: 'sms', message: { to, text: `${code} is your code`, locale: 'en' }, target };
}

function emailPayload(code: string, to = 'alice.private@example.org'): OutboxPayload {
  return {
    channel: 'email',
    message: {
      to,
      subject: 'Your code',
      text: `Code: ${code}`,
      html: `<p>${code}</p>`,
      locale: 'en',
    },
    target,
  };
}

type Overrides = Partial<Omit<DispatcherOptions, 'store' | 'audit' | 'clock'>>;

function setup(overrides: Overrides = {}) {
  const storage = createMemoryStorage();
  const messaging = createMemoryMessaging();
  const clock = createFakeClock(START);
  const random = createSeededRandom(11);
  const keyring = createKeyring([oldKey], { random });
  const audit = createAuditLog({ store: storage.audit, clock, random });
  const writer = createOutboxWriter({ store: storage.outbox, keyring, clock, random });
  const senders = { sms: messaging.sms, voice: messaging.voice, email: messaging.email };
  const dispatcherWith = (more: Overrides = {}) =>
    createDispatcher({
      store: storage.outbox,
      keyring,
      senders,
      audit,
      clock,
      random,
      ...overrides,
      ...more,
    });
  const enqueue = (payload: OutboxPayload, purpose = 'code', correlationId = 'flow-1') =>
    writer.enqueue({ tenantId: TENANT, purpose, correlationId, payload });
  const events = async (): Promise<AuditEvent[]> =>
    (await storage.audit.query({ tenantId: TENANT, limit: 1000 })).events;
  const record = async (id: string): Promise<OutboxMessage> => {
    const message = await storage.outbox.get(TENANT, id);
    if (message === null) throw new Error(`no outbox message ${id}`);
    return message;
  };
  return {
    storage,
    messaging,
    clock,
    random,
    keyring,
    audit,
    writer,
    dispatcher: dispatcherWith(),
    dispatcherWith,
    enqueue,
    events,
    record,
  };
}

describe('createDispatcher', () => {
  it('sends a message once, clears its payload and audits the delivery', async () => {
    const { messaging, dispatcher, enqueue, events, record } = setup();
    const id = await enqueue(smsPayload('482913'), 'code', 'flow-9');

    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(1);
    expect(messaging.sent[0]).toMatchObject({
      channel: 'sms',
      message: { to: '+31612345678', text: '482913 is your code', locale: 'en' },
    });
    expect(await record(id)).toMatchObject({
      status: 'sent',
      payload: null,
      attempts: 1,
      sentAt: START,
      leaseToken: null,
    });
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'notification.sent',
        tenantId: TENANT,
        actor: { kind: 'system' },
        target,
        result: 'success',
        correlationId: 'flow-9',
        channel: 'sms',
        purpose: 'code',
        attempts: 1,
      }),
    ]);

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(1);
  });

  it('sends voice and email through their own senders', async () => {
    const { messaging, dispatcher, enqueue } = setup();
    await enqueue({
      channel: 'voice',
      message: { to: '+31201234567', code: '123456', intro: 'Your code is', locale: 'nl' },
    });
    await enqueue(emailPayload('654321'));
    expect(await dispatcher.runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(messaging.sent.map((sent) => sent.channel).sort()).toEqual(['email', 'voice']);
  });

  it('retries a retryable failure after a jittered backoff, then sends it', async () => {
    const { messaging, clock, dispatcher, enqueue, events, record } = setup();
    const id = await enqueue(smsPayload('111222'));
    messaging.failNext('sms', 'unavailable');

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await record(id);
    expect(waiting).toMatchObject({ status: 'pending', lastError: 'unavailable', attempts: 1 });
    expect(waiting.payload).not.toBeNull();
    const delay = waiting.nextAttemptAt.getTime() - START.getTime();
    expect(delay).toBeGreaterThanOrEqual(2500);
    expect(delay).toBeLessThan(5000);
    // A retryable failure is not a final outcome: nothing audited yet.
    expect(await events()).toEqual([]);

    // Not due yet.
    clock.advance(delay - 1);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(1);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(1);
    expect(await record(id)).toMatchObject({ status: 'sent', attempts: 2, payload: null });
    expect(await events()).toEqual([
      expect.objectContaining({ type: 'notification.sent', attempts: 2 }),
    ]);
  });

  it('doubles the delay after each failure up to maxDelayMs', async () => {
    const { messaging, clock, dispatcherWith, enqueue, record } = setup();
    const dispatcher = dispatcherWith({
      retry: { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 4000 },
    });
    const id = await enqueue(smsPayload('333444'));
    const ceilings = [1000, 2000, 4000, 4000, 4000];
    for (const ceiling of ceilings) {
      messaging.failNext('sms', 'rate_limited');
      const now = clock.now().getTime();
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const delay = (await record(id)).nextAttemptAt.getTime() - now;
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThan(ceiling);
      clock.advance(delay);
    }
    expect((await record(id)).lastError).toBe('rate_limited');
  });

  it('gives up after maxAttempts and audits the failure with its reason', async () => {
    const { messaging, clock, dispatcherWith, enqueue, events, record } = setup();
    const dispatcher = dispatcherWith({ retry: { maxAttempts: 3 } });
    const id = await enqueue(smsPayload('555666'), 'code', 'flow-3');
    for (let attempt = 1; attempt <= 3; attempt++) messaging.failNext('sms', 'unavailable');

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    clock.advance(600_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    clock.advance(600_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });

    expect(await record(id)).toMatchObject({
      status: 'failed',
      payload: null,
      attempts: 3,
      lastError: 'unavailable',
    });
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'notification.failed',
        result: 'failure',
        reason: 'unavailable',
        actor: { kind: 'system' },
        target,
        correlationId: 'flow-3',
        channel: 'sms',
        purpose: 'code',
        attempts: 3,
      }),
    ]);
    clock.advance(600_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(0);
  });

  it('fails a non-retryable delivery error for good at once', async () => {
    const { messaging, dispatcher, enqueue, events, record } = setup();
    const id = await enqueue(emailPayload('777888'), 'reset_notice');
    messaging.failNext('email', 'invalid_recipient');

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await record(id)).toMatchObject({
      status: 'failed',
      payload: null,
      attempts: 1,
      lastError: 'invalid_recipient',
    });
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'notification.failed',
        reason: 'invalid_recipient',
        purpose: 'reset_notice',
        channel: 'email',
        attempts: 1,
      }),
    ]);
  });

  it('takes any other thrown error as a retryable `unavailable`', async () => {
    let calls = 0;
    const flaky: SmsSender = {
      async send() {
        calls += 1;
        if (calls === 1) throw new Error('socket hang up');
        return {};
      },
    };
    const { clock, dispatcherWith, enqueue, record } = setup();
    const dispatcher = dispatcherWith({ senders: { sms: flaky } });
    const id = await enqueue(smsPayload('121212'));
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await record(id)).lastError).toBe('unavailable');
    clock.advance(5000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });

  it('honours the retryable flag of a DeliveryError, also from another copy of core', async () => {
    const foreign = Object.assign(new Error('refused'), {
      name: 'DeliveryError',
      code: 'auth',
      retryable: true,
    });
    const errors: unknown[] = [
      new DeliveryError('unavailable', 'down', { retryable: false }),
      foreign,
    ];
    const sender: SmsSender = {
      async send() {
        throw errors.shift();
      },
    };
    const { dispatcherWith, enqueue, record } = setup();
    const dispatcher = dispatcherWith({ senders: { sms: sender } });
    const first = await enqueue(smsPayload('101010'));
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await record(first)).lastError).toBe('unavailable');
    const second = await enqueue(smsPayload('202020'));
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await record(second)).lastError).toBe('auth');
  });

  it('sends each of 50 messages exactly once with two dispatchers running at the same time', async () => {
    const { messaging, storage, dispatcherWith, enqueue, events } = setup();
    const ids: string[] = [];
    for (let index = 0; index < 50; index++) {
      ids.push(await enqueue(smsPayload(String(100000 + index))));
    }
    const first = dispatcherWith();
    const second = dispatcherWith();
    let total = 0;
    for (let round = 0; round < 5; round++) {
      const reports = await Promise.all([
        first.runOnce(),
        second.runOnce(),
        first.runOnce(),
        second.runOnce(),
      ]);
      total += reports.reduce((sum, report) => sum + report.sent, 0);
    }
    expect(total).toBe(50);
    expect(messaging.sent).toHaveLength(50);
    const texts = messaging.sent.map((sent) => (sent.channel === 'sms' ? sent.message.text : ''));
    expect(new Set(texts).size).toBe(50);
    for (const id of ids) {
      expect(await storage.outbox.get(TENANT, id)).toMatchObject({ status: 'sent', attempts: 1 });
    }
    expect((await events()).filter((event) => event.type === 'notification.sent')).toHaveLength(50);
  });

  it('lets another dispatcher send a batch after a claimer died and its lease ran out', async () => {
    const { messaging, storage, clock, dispatcherWith, enqueue, record } = setup();
    const id = await enqueue(smsPayload('909090'));
    // A dispatcher claims the batch and dies before sending or marking anything.
    const claimed = await storage.outbox.claim({
      now: clock.now(),
      limit: 20,
      leaseMs: 60_000,
      leaseToken: 'dead-dispatcher',
    });
    expect(claimed).toHaveLength(1);

    const survivor = dispatcherWith();
    expect(await survivor.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(59_999);
    expect(await survivor.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(1);
    expect(await survivor.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(1);
    expect(await record(id)).toMatchObject({ status: 'sent', attempts: 2 });
    // The dead claimer's lease token no longer counts.
    expect(await storage.outbox.markSent(id, 'dead-dispatcher', clock.now())).toBe(false);
  });

  it('leaves messages whose lease ran out during the batch to the next claim', async () => {
    const { messaging, clock, dispatcherWith, enqueue, record } = setup();
    // A provider so slow that the first send outlasts the whole lease.
    const slow: SmsSender = {
      async send(message) {
        clock.advance(1000);
        return messaging.sms.send(message);
      },
    };
    const dispatcher = dispatcherWith({ senders: { sms: slow }, leaseMs: 1000 });
    const first = await enqueue(smsPayload('131313'));
    const second = await enqueue(smsPayload('141414'));

    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await record(first)).toMatchObject({ status: 'sent' });
    expect(await record(second)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(messaging.sent).toHaveLength(2);
  });

  it('keeps codes and addresses out of stored records and audit events', async () => {
    const { messaging, clock, dispatcherWith, enqueue, events, storage } = setup();
    const dispatcher = dispatcherWith({ retry: { maxAttempts: 2 } });
    const secrets = ['583920', '+31687654321', '749201', 'carol.home@example.net', '660011'];
    const ids = [
      await enqueue(smsPayload('583920', '+31687654321')),
      await enqueue(emailPayload('749201', 'carol.home@example.net'), 'code', 'flow-2'),
      await enqueue(
        {
          channel: 'voice',
          message: { to: '+31687654321', code: '660011', intro: 'Your code is', locale: 'de' },
          target,
        },
        'code',
        'flow-3',
      ),
    ];
    const scan = async () => {
      const records = await Promise.all(ids.map((id) => storage.outbox.get(TENANT, id)));
      const dump = JSON.stringify([records, await events()]);
      for (const secret of secrets) expect(dump).not.toContain(secret);
    };
    await scan();

    messaging.failNext('voice', 'unavailable');
    messaging.failNext('voice', 'unavailable');
    await dispatcher.runOnce();
    await scan();
    clock.advance(600_000);
    await dispatcher.runOnce();
    await scan();
    expect(messaging.sent).toHaveLength(2);
    expect((await events()).map((event) => event.type).sort()).toEqual([
      'notification.failed',
      'notification.sent',
      'notification.sent',
    ]);
  });

  it('fails a payload whose key left the keyring as `configuration`', async () => {
    const { storage, messaging, audit, clock, random, enqueue, events, record } = setup();
    const id = await enqueue(smsPayload('818181'));
    const rotated: Keyring = createKeyring([newKey], { random });
    const dispatcher = createDispatcher({
      store: storage.outbox,
      keyring: rotated,
      senders: { sms: messaging.sms },
      audit,
      clock,
      random,
    });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await record(id)).toMatchObject({
      status: 'failed',
      payload: null,
      lastError: 'configuration',
    });
    const [event] = await events();
    expect(event).toMatchObject({
      type: 'notification.failed',
      reason: 'configuration',
      result: 'failure',
      channel: 'sms',
      attempts: 1,
    });
    // The payload could not be read, so the target is unknown.
    expect(event?.target).toBeUndefined();
    expect(messaging.sent).toHaveLength(0);
  });

  it('opens payloads sealed under an older key that is still in the ring', async () => {
    const { storage, messaging, audit, clock, random, enqueue } = setup();
    await enqueue(smsPayload('828282'));
    const dispatcher = createDispatcher({
      store: storage.outbox,
      keyring: createKeyring([newKey, oldKey], { random }),
      senders: { sms: messaging.sms },
      audit,
      clock,
      random,
    });
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });

  it('fails a channel without a sender as `configuration`, keeping the target', async () => {
    const { dispatcherWith, enqueue, events, record } = setup();
    const dispatcher = dispatcherWith({ senders: {} });
    const id = await enqueue(emailPayload('838383'));
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await record(id)).lastError).toBe('configuration');
    expect(await events()).toEqual([
      expect.objectContaining({ type: 'notification.failed', reason: 'configuration', target }),
    ]);
  });

  it('fails a tampered payload or one whose channel disagrees with the record', async () => {
    const { storage, keyring, clock, dispatcher, record } = setup();
    const sealed = await keyring.seal(JSON.stringify(smsPayload('848484')));
    await storage.outbox.enqueue({
      id: 'wrong-channel',
      tenantId: TENANT,
      channel: 'email',
      purpose: 'code',
      payload: sealed,
      createdAt: clock.now(),
      correlationId: 'c',
    });
    await storage.outbox.enqueue({
      id: 'not-a-payload',
      tenantId: TENANT,
      channel: 'sms',
      purpose: 'code',
      payload: await keyring.seal('{"channel":"sms"}'),
      createdAt: clock.now(),
      correlationId: 'c',
    });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 2 });
    expect((await record('wrong-channel')).lastError).toBe('configuration');
    expect((await record('not-a-payload')).lastError).toBe('configuration');
  });

  it('stops retrying a message that was claimed more than maxAttempts times', async () => {
    const { storage, clock, dispatcherWith, enqueue, record, messaging } = setup();
    const id = await enqueue(smsPayload('858585'));
    // Three dispatchers died mid-send in a row.
    for (let crash = 0; crash < 3; crash++) {
      await storage.outbox.claim({
        now: clock.now(),
        limit: 1,
        leaseMs: 1000,
        leaseToken: `x${crash}`,
      });
      clock.advance(1000);
    }
    const dispatcher = dispatcherWith({ retry: { maxAttempts: 3 } });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await record(id)).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastError: 'unavailable',
    });
    expect(messaging.sent).toHaveLength(0);
  });

  it('aborts the batch when the store fails, without swallowing the error', async () => {
    const { storage, messaging, audit, clock, random, keyring, enqueue, record } = setup();
    const first = await enqueue(smsPayload('868686'));
    const second = await enqueue(smsPayload('878787'));
    const dispatcher = createDispatcher({
      store: { ...storage.outbox, markSent: () => Promise.reject(new Error('database down')) },
      keyring,
      senders: { sms: messaging.sms },
      audit,
      clock,
      random,
    });
    await expect(dispatcher.runOnce()).rejects.toThrow('database down');
    // The first went out; the second was not tried while the store is failing.
    expect(messaging.sent).toHaveLength(1);
    expect(await record(first)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await record(second)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('hands an aborted batch back once the store answers: the untried go out on the next run', async () => {
    const { storage, messaging, audit, clock, random, keyring, enqueue, record } = setup();
    const first = await enqueue(smsPayload('111111', '+31611111111'));
    const second = await enqueue(smsPayload('222222', '+31622222222'));
    const third = await enqueue(smsPayload('333333', '+31633333333'));
    let down = true;
    let handBacksRefused = 0;
    const dispatcher = createDispatcher({
      store: {
        ...storage.outbox,
        markSent: (...args) =>
          down ? Promise.reject(new Error('database down')) : storage.outbox.markSent(...args),
        markFailed: (...args) => {
          if (down) {
            handBacksRefused += 1;
            return Promise.reject(new Error('database down'));
          }
          return storage.outbox.markFailed(...args);
        },
        claim: (...args) =>
          down ? Promise.reject(new Error('database down')) : storage.outbox.claim(...args),
      },
      keyring,
      senders: { sms: messaging.sms },
      audit,
      clock,
      random,
    });
    down = false;
    const claim = storage.outbox.claim.bind(storage.outbox);
    // The store fails after the first message went out.
    let claimed = false;
    storage.outbox.claim = async (...args) => {
      const batch = await claim(...args);
      claimed = true;
      down = true;
      return batch;
    };
    await expect(dispatcher.runOnce()).rejects.toThrow('database down');
    storage.outbox.claim = claim;
    expect(claimed).toBe(true);
    expect(messaging.sent.map((sent) => sent.message.to)).toEqual(['+31611111111']);
    // Still down: the hand-back fails, and so does the run; nothing is sent.
    await expect(dispatcher.runOnce()).rejects.toThrow('database down');
    expect(handBacksRefused).toBe(1);
    expect(messaging.sent).toHaveLength(1);
    // Back, a second later (the lease has 59 s to go): the two untried go out now. The first,
    // sent but not marked, waits for its lease: it is not sent twice yet.
    down = false;
    clock.advance(1000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(messaging.sent.map((sent) => sent.message.to).sort()).toEqual([
      '+31611111111',
      '+31622222222',
      '+31633333333',
    ]);
    expect(await record(first)).toMatchObject({ status: 'pending' });
    expect(await record(second)).toMatchObject({ status: 'sent' });
    expect(await record(third)).toMatchObject({ status: 'sent' });
  });

  it('refuses out-of-range options', () => {
    const { dispatcherWith } = setup();
    expect(() => dispatcherWith({ retry: { maxAttempts: 0 } })).toThrow(TypeError);
    expect(() => dispatcherWith({ retry: { baseDelayMs: 1.5 } })).toThrow(TypeError);
    expect(() => dispatcherWith({ retry: { baseDelayMs: 10, maxDelayMs: 5 } })).toThrow(TypeError);
    expect(() => dispatcherWith({ leaseMs: 0 })).toThrow(TypeError);
    expect(() => dispatcherWith({ batchSize: 0 })).toThrow(TypeError);
    expect(() => dispatcherWith({ batchSize: 1001 })).toThrow(TypeError);
  });

  describe('start', () => {
    it('sends in the background until stopped, and stop waits for the running batch', async () => {
      const { messaging, dispatcher, enqueue } = setup();
      await enqueue(smsPayload('919191'));
      const stop = dispatcher.start({ intervalMs: 5 });
      expect(() => dispatcher.start()).toThrow(TypeError);
      await vi.waitFor(() => expect(messaging.sent).toHaveLength(1), LOADED);
      await enqueue(smsPayload('929292'));
      await vi.waitFor(() => expect(messaging.sent).toHaveLength(2), LOADED);
      await stop();

      await enqueue(smsPayload('939393'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(messaging.sent).toHaveLength(2);
      // Stopped loops can start again.
      const stopAgain = dispatcher.start({ intervalMs: 5 });
      await vi.waitFor(() => expect(messaging.sent).toHaveLength(3), LOADED);
      await stopAgain();
    });

    it('never runs two batches at once', async () => {
      let inFlight = 0;
      let maxInFlight = 0;
      let delivered = 0;
      const slow: SmsSender = {
        async send() {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight -= 1;
          delivered += 1;
          return {};
        },
      };
      const { dispatcherWith, enqueue } = setup();
      for (let index = 0; index < 6; index++) await enqueue(smsPayload(String(200000 + index)));
      const dispatcher = dispatcherWith({ senders: { sms: slow }, batchSize: 1 });
      const stop = dispatcher.start({ intervalMs: 0 });
      await vi.waitFor(() => expect(delivered).toBe(6), LOADED);
      await stop();
      expect(maxInFlight).toBe(1);
    });

    it('reports a failing run to onError and keeps going', async () => {
      const { storage, messaging, audit, clock, random, keyring, enqueue } = setup();
      await enqueue(smsPayload('949494'));
      let failures = 1;
      const dispatcher = createDispatcher({
        store: {
          ...storage.outbox,
          claim(options) {
            if (failures > 0) {
              failures -= 1;
              return Promise.reject(new Error('database down'));
            }
            return storage.outbox.claim(options);
          },
        },
        keyring,
        senders: { sms: messaging.sms },
        audit,
        clock,
        random,
      });
      const errors: unknown[] = [];
      const stop = dispatcher.start({ intervalMs: 5, onError: (error) => errors.push(error) });
      await vi.waitFor(() => expect(messaging.sent).toHaveLength(1), LOADED);
      await stop();
      expect(errors).toEqual([new Error('database down')]);
    });
  });
});
