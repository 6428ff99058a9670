import type { FlowRecord, RunInTransaction, Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { defineCase } from './define-case.js';
import { at, flowRecord, MINUTE, TENANT, times } from './storage-fixtures.js';

const KEY = `${TENANT}:transaction-test`;
const WINDOW = { windowMs: MINUTE, now: at(0) } as const;

/** Flow `id` of the shared fixture, with empty data. */
function flow(id: string, overrides: Partial<FlowRecord> = {}): FlowRecord {
  return flowRecord({ id, data: {}, ...overrides });
}

/** A failure thrown on purpose in the middle of a transaction. */
class Planned extends Error {}

/**
 * The `Storage.transaction` contract, for storages that have one: what a transaction wrote
 * commits together or not at all (a failure in the middle rolls back the writes of every
 * store), nested calls join the outer one, and concurrent transactions lose no update of a
 * counter or a compare-and-set flow; `outsideTransaction` commits what came before it, runs its
 * function in no transaction and goes on in a new one. For storages that have `transaction`
 * and `outsideTransaction` (each case fails for one without them).
 */
export function transactionCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  const cases: Record<string, (storage: Storage, run: RunInTransaction) => Promise<void>> = {
    'A transaction commits the writes of every store together': async (storage, run) => {
      const result = await run(async () => {
        await storage.flows.create(flow('flow-1'));
        await storage.counters.increment(KEY, WINDOW);
        await storage.challenges.issue({
          tenantId: TENANT,
          flowId: 'flow-1',
          methodId: 'email-1',
          secretHash: 'hash-1',
          keyId: 'k1',
          createdAt: at(0),
          expiresAt: at(MINUTE),
        });
        // Its own writes are visible inside it.
        assert.equal((await storage.flows.get(TENANT, 'flow-1'))?.state, 'started', 'read inside');
        return 'done';
      });
      assert.equal(result, 'done', 'what the transaction returned');
      assert.equal((await storage.flows.get(TENANT, 'flow-1'))?.revision, 1, 'flow after commit');
      assert.equal((await storage.counters.get(KEY, at(0))).count, 1, 'counter after commit');
      assert.ok(
        (await storage.challenges.get(TENANT, 'flow-1', 'email-1')) !== null,
        'challenge after commit',
      );
    },

    'A failure in the middle of a transaction rolls back every write': async (storage, run) => {
      await storage.flows.create(flow('flow-1'));
      await storage.counters.increment(KEY, WINDOW);
      let thrown: unknown;
      try {
        await run(async () => {
          await storage.counters.increment(KEY, WINDOW);
          const moved = await storage.flows.update(
            flow('flow-1', { state: 'awaiting_proof', revision: 2 }),
            1,
          );
          assert.ok(moved, 'the update inside the transaction');
          await storage.flows.create(flow('flow-2'));
          await storage.outbox.enqueue({
            id: 'message-1',
            tenantId: TENANT,
            channel: 'email',
            purpose: 'code',
            payload: 'sealed',
            createdAt: at(0),
            correlationId: 'flow-1',
          });
          throw new Planned('planned failure');
        });
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown instanceof Planned, 'the transaction rethrows the failure');
      const after = await storage.flows.get(TENANT, 'flow-1');
      assert.equal([after?.state, after?.revision], ['started', 1], 'flow after rollback');
      assert.equal((await storage.counters.get(KEY, at(0))).count, 1, 'counter after rollback');
      assert.equal(await storage.flows.get(TENANT, 'flow-2'), null, 'created flow after rollback');
      assert.equal(await storage.outbox.get(TENANT, 'message-1'), null, 'message after rollback');
    },

    'A nested transaction joins the outer one and rolls back with it': async (storage, run) => {
      try {
        await run(async () => {
          await run(() => storage.flows.create(flow('flow-1')));
          await run(async () => {
            await storage.counters.increment(KEY, WINDOW);
          });
          throw new Planned('planned failure');
        });
      } catch (error) {
        if (!(error instanceof Planned)) throw error;
      }
      assert.equal(await storage.flows.get(TENANT, 'flow-1'), null, 'inner write after rollback');
      assert.equal((await storage.counters.get(KEY, at(0))).count, 0, 'counter after rollback');
    },

    'Outside a transaction, what it wrote before has committed and what follows is a new one':
      async (storage, run) => {
        const outside = bindOutside(storage);
        let seenOutside: number | undefined;
        try {
          await run(async () => {
            await storage.flows.create(flow('flow-1'));
            await outside(async () => {
              // Another transaction meanwhile: it neither waits for nor sees an open one.
              await run(() => storage.counters.increment(KEY, WINDOW));
              seenOutside = (await storage.counters.get(KEY, at(0))).count;
            });
            await storage.flows.create(flow('flow-2'));
            throw new Planned('planned failure');
          });
        } catch (error) {
          if (!(error instanceof Planned)) throw error;
        }
        assert.equal(seenOutside, 1, 'the counter read outside');
        assert.equal(
          (await storage.flows.get(TENANT, 'flow-1'))?.revision,
          1,
          'the write before it, after the rollback',
        );
        assert.equal(await storage.flows.get(TENANT, 'flow-2'), null, 'the write after it');
        assert.equal((await storage.counters.get(KEY, at(0))).count, 1, 'the write outside');
      },

    'Outside no transaction, outsideTransaction just runs its function': async (storage) => {
      const result = await bindOutside(storage)(async () => {
        await storage.flows.create(flow('flow-1'));
        return 'done';
      });
      assert.equal(result, 'done', 'what it returned');
      assert.equal((await storage.flows.get(TENANT, 'flow-1'))?.revision, 1, 'its write');
    },

    'A failure outside a transaction still lets it go on and commit': async (storage, run) => {
      const outcome = await run(async () => {
        await storage.flows.create(flow('flow-1'));
        const failed = await bindOutside(storage)(async () => {
          throw new Planned('planned failure');
        }).catch((error: unknown) => error instanceof Planned);
        await storage.flows.create(flow('flow-2'));
        return failed;
      });
      assert.equal(outcome, true, 'the failure reached the caller');
      assert.equal((await storage.flows.get(TENANT, 'flow-2'))?.revision, 1, 'the write after');
    },

    '20 concurrent transactions lose no counter hit and advance a flow once per revision': async (
      storage,
      run,
    ) => {
      await storage.flows.create(flow('flow-1'));
      const outcomes = await Promise.all(
        times(20, (index) =>
          run(async () => {
            const { count } = await storage.counters.increment(KEY, WINDOW);
            const moved = await storage.flows.update(
              flow('flow-1', { state: `moved-${index}`, revision: 2 }),
              1,
            );
            return { count, moved };
          }),
        ),
      );
      assert.equal(
        outcomes.map((outcome) => outcome.count).sort((a, b) => a - b),
        times(20, (index) => index + 1),
        'the counts the 20 transactions saw, sorted',
      );
      assert.equal(
        outcomes.filter((outcome) => outcome.moved).length,
        1,
        'compare-and-set winners from one revision',
      );
      assert.equal((await storage.counters.get(KEY, at(0))).count, 20, 'the counter afterwards');
      assert.equal((await storage.flows.get(TENANT, 'flow-1'))?.revision, 2, 'the flow revision');
    },
  };
  return Object.entries(cases).map(([name, body]) =>
    defineCase(name, async () => {
      const storage = await createStorage();
      const { transaction } = storage;
      if (transaction === undefined) throw new TypeError('this storage has no transaction');
      await body(storage, transaction.bind(storage));
    }),
  );
}

/** `Storage.outsideTransaction`, bound; a TypeError for a storage without it. */
function bindOutside(storage: Storage): RunInTransaction {
  const { outsideTransaction } = storage;
  if (outsideTransaction === undefined)
    throw new TypeError('this storage has no outsideTransaction');
  return outsideTransaction.bind(storage);
}
