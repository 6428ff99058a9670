import type { NewOutboxMessage, OutboxMessage, OutboxStore, Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, MINUTE, OTHER_TENANT, pad, storeCases, TENANT, times } from './storage-fixtures.js';

function newMessage(id: string, overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return {
    id,
    tenantId: TENANT,
    channel: 'sms',
    purpose: 'code',
    payload: `sealed-payload-of-${id}`,
    createdAt: at(0),
    correlationId: 'flow-1',
    ...overrides,
  };
}

/** The message as `enqueue` must store it. */
function pending(message: NewOutboxMessage, state: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    ...message,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: message.createdAt,
    leaseUntil: null,
    leaseToken: null,
    sentAt: null,
    lastError: null,
    ...state,
  };
}

/** Claims in batches of `limit` until nothing is left; returns every claimed id. */
async function drain(outbox: OutboxStore, leaseToken: string, limit: number): Promise<string[]> {
  const claimed: string[] = [];
  for (;;) {
    const batch = await outbox.claim({ now: at(MINUTE), limit, leaseMs: MINUTE, leaseToken });
    if (batch.length === 0) return claimed;
    claimed.push(...batch.map((message) => message.id));
  }
}

/** The OutboxStore contract: enqueue, leased claims, markSent, markFailed, listByCorrelation, tenancy, purge. */
export function outboxStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'outbox', {
    'An enqueued message is pending, due at once, unleased and unsent': async (outbox) => {
      const message = newMessage('msg-1', { channel: 'email', purpose: 'reset_notice' });
      await outbox.enqueue(message);
      assert.equal(await outbox.get(TENANT, 'msg-1'), pending(message), 'outbox.get after enqueue');
      assert.equal(await outbox.get(TENANT, 'msg-2'), null, 'outbox.get of an unknown id');
    },

    'Enqueuing a message id twice throws already_exists and keeps the first': async (outbox) => {
      const message = newMessage('msg-1');
      await outbox.enqueue(message);
      await assert.rejectsWithCode(
        () => outbox.enqueue(newMessage('msg-1', { payload: 'other' })),
        'already_exists',
        'outbox.enqueue of a repeated id',
      );
      assert.equal(
        await outbox.get(TENANT, 'msg-1'),
        pending(message),
        'the message after the refused enqueue',
      );
    },

    'claim leases due messages of every tenant, oldest due first, up to the limit': async (
      outbox,
    ) => {
      const a = newMessage('msg-a', { createdAt: at(2000) });
      const b = newMessage('msg-b', { createdAt: at(0), tenantId: OTHER_TENANT });
      const c = newMessage('msg-c', { createdAt: at(1000) });
      const later = newMessage('msg-later', { createdAt: at(10 * MINUTE) });
      for (const message of [a, b, c, later]) await outbox.enqueue(message);
      const now = at(MINUTE);
      const lease = { leaseUntil: at(MINUTE + 30_000), leaseToken: 'lease-1', attempts: 1 };
      const first = await outbox.claim({ now, limit: 2, leaseMs: 30_000, leaseToken: 'lease-1' });
      assert.equal(first, [pending(b, lease), pending(c, lease)], 'the first claim (limit 2)');
      assert.equal(
        await outbox.get(TENANT, 'msg-c'),
        pending(c, lease),
        'a claimed message, stored',
      );
      const second = await outbox.claim({ now, limit: 10, leaseMs: 30_000, leaseToken: 'lease-2' });
      assert.equal(
        second.map((message) => message.id),
        ['msg-a'],
        'the second claim (the message not yet due stays)',
      );
      assert.equal(
        await outbox.claim({ now, limit: 10, leaseMs: 30_000, leaseToken: 'lease-3' }),
        [],
        'a third claim with everything due leased',
      );
    },

    'A leased message is claimed again only once its lease has run out, with one more attempt':
      async (outbox) => {
        await outbox.enqueue(newMessage('msg-1'));
        const claim = (ms: number, leaseToken: string) =>
          outbox.claim({ now: at(ms), limit: 10, leaseMs: 1000, leaseToken });
        assert.equal((await claim(0, 'lease-1')).length, 1, 'the first claim');
        assert.equal(await claim(999, 'lease-2'), [], 'a claim during the lease');
        const again = await claim(1001, 'lease-3');
        assert.equal(
          again.map((message) => [
            message.id,
            message.attempts,
            message.leaseToken,
            message.leaseUntil,
          ]),
          [['msg-1', 2, 'lease-3', at(2001)]],
          'a claim after the lease ran out: [id, attempts, leaseToken, leaseUntil]',
        );
      },

    'Two concurrent claims never share a message': async (outbox) => {
      for (const index of times(10, (i) => i))
        await outbox.enqueue(newMessage(`msg-${pad(index)}`));
      const claim = (leaseToken: string) =>
        outbox.claim({ now: at(MINUTE), limit: 10, leaseMs: MINUTE, leaseToken });
      const [a, b] = await Promise.all([claim('lease-a'), claim('lease-b')]);
      const claimed = [...a, ...b].map((message) => message.id);
      assert.equal(claimed.length, 10, 'messages claimed by both claimers together');
      assert.equal(new Set(claimed).size, 10, 'distinct messages claimed');
      for (const [token, batch] of [
        ['lease-a', a],
        ['lease-b', b],
      ] as const) {
        for (const message of batch) {
          const stored = await outbox.get(TENANT, message.id);
          assert.equal(stored?.leaseToken, token, `the lease token of ${message.id}`);
        }
      }
    },

    '50 messages claimed by two racing claimers are each claimed exactly once': async (outbox) => {
      for (const index of times(50, (i) => i))
        await outbox.enqueue(newMessage(`msg-${pad(index)}`));
      const [a, b] = await Promise.all([drain(outbox, 'lease-a', 3), drain(outbox, 'lease-b', 3)]);
      const claimed = [...a, ...b];
      assert.equal(claimed.length, 50, 'claims made by both claimers together');
      assert.equal(new Set(claimed).size, 50, 'distinct messages claimed');
      for (const id of claimed) {
        assert.equal((await outbox.get(TENANT, id))?.attempts, 1, `the attempts of ${id}`);
      }
    },

    'markSent marks a leased message sent, clears its payload and ends its claims': async (
      outbox,
    ) => {
      const message = newMessage('msg-1');
      await outbox.enqueue(message);
      const [claimed] = await outbox.claim({
        now: at(0),
        limit: 1,
        leaseMs: 1000,
        leaseToken: 'lease-1',
      });
      assert.ok(claimed !== undefined, 'the claim returned the message');
      assert.equal(await outbox.markSent('msg-1', 'lease-1', at(500)), true, 'outbox.markSent');
      const stored = await outbox.get(TENANT, 'msg-1');
      assert.equal(
        stored && [stored.status, stored.payload, stored.sentAt, stored.attempts, stored.lastError],
        ['sent', null, at(500), 1, null],
        '[status, payload, sentAt, attempts, lastError] after markSent',
      );
      assert.equal(
        await outbox.claim({
          now: at(24 * 60 * MINUTE),
          limit: 10,
          leaseMs: 1000,
          leaseToken: 'lease-2',
        }),
        [],
        'a claim a day later',
      );
      assert.equal(await outbox.markSent('msg-1', 'lease-1', at(600)), false, 'a second markSent');
    },

    'markSent and markFailed with a wrong lease token return false and change nothing': async (
      outbox,
    ) => {
      await outbox.enqueue(newMessage('msg-1'));
      await outbox.claim({ now: at(0), limit: 1, leaseMs: 1000, leaseToken: 'lease-1' });
      const before = await outbox.get(TENANT, 'msg-1');
      assert.equal(
        await outbox.markSent('msg-1', 'lease-wrong', at(500)),
        false,
        'markSent with a wrong token',
      );
      assert.equal(
        await outbox.markFailed('msg-1', 'lease-wrong', { error: 'unavailable', retryAt: null }),
        false,
        'markFailed with a wrong token',
      );
      assert.equal(await outbox.get(TENANT, 'msg-1'), before, 'the message after both');
      assert.equal(
        await outbox.markSent('msg-unknown', 'lease-1', at(500)),
        false,
        'markSent of an unknown id',
      );
      assert.equal(
        await outbox.markFailed('msg-unknown', 'lease-1', { error: 'unavailable', retryAt: null }),
        false,
        'markFailed of an unknown id',
      );
    },

    'A message that was never claimed cannot be marked sent or failed': async (outbox) => {
      await outbox.enqueue(newMessage('msg-1'));
      assert.equal(
        await outbox.markSent('msg-1', '', at(0)),
        false,
        'markSent with an empty token',
      );
      assert.equal(
        await outbox.markFailed('msg-1', '', { error: 'unavailable', retryAt: null }),
        false,
        'markFailed with an empty token',
      );
      assert.equal(
        await outbox.get(TENANT, 'msg-1'),
        pending(newMessage('msg-1')),
        'the message after both',
      );
    },

    'A lease taken over after it ran out can no longer be used by the old holder': async (
      outbox,
    ) => {
      await outbox.enqueue(newMessage('msg-1'));
      await outbox.claim({ now: at(0), limit: 1, leaseMs: 1000, leaseToken: 'lease-old' });
      await outbox.claim({ now: at(2000), limit: 1, leaseMs: 1000, leaseToken: 'lease-new' });
      assert.equal(
        await outbox.markSent('msg-1', 'lease-old', at(2100)),
        false,
        'markSent by the old holder',
      );
      assert.equal(
        await outbox.markFailed('msg-1', 'lease-old', { error: 'unavailable', retryAt: at(5000) }),
        false,
        'markFailed by the old holder',
      );
      assert.equal(
        await outbox.markSent('msg-1', 'lease-new', at(2200)),
        true,
        'markSent by the new holder',
      );
    },

    'markFailed with a retry time releases the lease and makes the message due again from then':
      async (outbox) => {
        const message = newMessage('msg-1');
        await outbox.enqueue(message);
        await outbox.claim({ now: at(0), limit: 1, leaseMs: MINUTE, leaseToken: 'lease-1' });
        assert.equal(
          await outbox.markFailed('msg-1', 'lease-1', {
            error: 'unavailable',
            retryAt: at(30_000),
          }),
          true,
          'outbox.markFailed with a retry time',
        );
        assert.equal(
          await outbox.get(TENANT, 'msg-1'),
          pending(message, { attempts: 1, nextAttemptAt: at(30_000), lastError: 'unavailable' }),
          'the message after markFailed (payload kept, lease released)',
        );
        assert.equal(
          await outbox.markSent('msg-1', 'lease-1', at(1000)),
          false,
          'markSent with the released lease',
        );
        const claim = (ms: number, leaseToken: string) =>
          outbox.claim({ now: at(ms), limit: 1, leaseMs: MINUTE, leaseToken });
        assert.equal(await claim(29_999, 'lease-2'), [], 'a claim before the retry time');
        const [retried] = await claim(30_000, 'lease-3');
        assert.equal(
          retried && [retried.id, retried.attempts, retried.leaseToken, retried.payload],
          ['msg-1', 2, 'lease-3', message.payload],
          '[id, attempts, leaseToken, payload] claimed at the retry time',
        );
      },

    'markFailed without a retry time fails the message for good and clears its payload': async (
      outbox,
    ) => {
      await outbox.enqueue(newMessage('msg-1'));
      await outbox.claim({ now: at(0), limit: 1, leaseMs: MINUTE, leaseToken: 'lease-1' });
      assert.equal(
        await outbox.markFailed('msg-1', 'lease-1', { error: 'invalid_recipient', retryAt: null }),
        true,
        'outbox.markFailed without a retry time',
      );
      const stored = await outbox.get(TENANT, 'msg-1');
      assert.equal(
        stored && [stored.status, stored.payload, stored.lastError, stored.sentAt, stored.attempts],
        ['failed', null, 'invalid_recipient', null, 1],
        '[status, payload, lastError, sentAt, attempts] after failing for good',
      );
      assert.equal(
        await outbox.claim({
          now: at(24 * 60 * MINUTE),
          limit: 10,
          leaseMs: MINUTE,
          leaseToken: 'lease-2',
        }),
        [],
        'a claim a day later',
      );
      assert.equal(
        await outbox.markSent('msg-1', 'lease-1', at(1000)),
        false,
        'markSent of a failed message',
      );
    },

    'listByCorrelation returns the messages of one flow in one tenant, oldest first': async (
      outbox,
    ) => {
      const third = newMessage('msg-third', { createdAt: at(2000) });
      const first = newMessage('msg-first', { createdAt: at(0), channel: 'voice' });
      const second = newMessage('msg-second', { createdAt: at(1000), channel: 'email' });
      const otherFlow = newMessage('msg-other-flow', {
        createdAt: at(500),
        correlationId: 'flow-2',
      });
      const otherTenant = newMessage('msg-other-tenant', {
        createdAt: at(500),
        tenantId: OTHER_TENANT,
      });
      for (const message of [third, first, second, otherFlow, otherTenant])
        await outbox.enqueue(message);
      assert.equal(
        await outbox.listByCorrelation(TENANT, 'flow-1'),
        [pending(first), pending(second), pending(third)],
        'outbox.listByCorrelation',
      );
      assert.equal(await outbox.listByCorrelation(TENANT, 'flow-9'), [], 'a flow with no messages');
    },

    'An outbox message is invisible to every other tenant': async (outbox) => {
      await outbox.enqueue(newMessage('msg-1'));
      assert.equal(await outbox.get(OTHER_TENANT, 'msg-1'), null, 'outbox.get from another tenant');
      assert.equal(
        await outbox.listByCorrelation(OTHER_TENANT, 'flow-1'),
        [],
        'listByCorrelation of another tenant',
      );
    },

    'Changing a message object after enqueue or get does not change the stored message': async (
      outbox,
    ) => {
      const message = newMessage('msg-1');
      await outbox.enqueue(message);
      message.payload = 'mutated';
      message.createdAt.setTime(0);
      const read = await outbox.get(TENANT, 'msg-1');
      assert.equal(
        read,
        pending(newMessage('msg-1')),
        'the message after mutating the enqueued object',
      );
      read?.nextAttemptAt.setTime(0);
      assert.equal(
        await outbox.get(TENANT, 'msg-1'),
        pending(newMessage('msg-1')),
        'after mutating a read object',
      );
    },

    'deleteFinished removes old sent and failed messages, never a pending one': async (outbox) => {
      const old = (id: string, tenantId = TENANT) => newMessage(id, { createdAt: at(0), tenantId });
      for (const message of [
        old('sent'),
        old('failed'),
        old('pending'),
        old('theirs', OTHER_TENANT),
        newMessage('recent', { createdAt: at(10 * MINUTE) }),
      ]) {
        await outbox.enqueue(message);
      }
      const claimed = await outbox.claim({
        now: at(11 * MINUTE),
        limit: 10,
        leaseMs: MINUTE,
        leaseToken: 'lease-1',
      });
      assert.equal(claimed.length, 5, 'claimed messages');
      await outbox.markSent('sent', 'lease-1', at(11 * MINUTE));
      await outbox.markFailed('failed', 'lease-1', { error: 'invalid_recipient', retryAt: null });
      await outbox.markSent('theirs', 'lease-1', at(11 * MINUTE));
      await outbox.markSent('recent', 'lease-1', at(11 * MINUTE));
      // `pending` stays leased, pending: a retry may still send it.
      assert.equal(await outbox.deleteFinished(at(5 * MINUTE), 1), 1, 'deleted with limit 1');
      assert.equal(await outbox.deleteFinished(at(5 * MINUTE), 100), 2, 'deleted after that');
      const left = await Promise.all(
        ['sent', 'failed', 'pending', 'recent'].map(
          async (id) => (await outbox.get(TENANT, id))?.id,
        ),
      );
      assert.equal(left, [undefined, undefined, 'pending', 'recent'], 'messages left');
      assert.equal(await outbox.get(OTHER_TENANT, 'theirs'), null, 'the other tenant’s old one');
    },
  });
}
