import type { Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import {
  at,
  flowRecord,
  MINUTE,
  OTHER_TENANT,
  storeCases,
  TENANT,
  times,
} from './storage-fixtures.js';

/** The FlowStore contract: create, get, compare-and-set update, listExpired, delete, tenancy. */
export function flowStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'flows', {
    'A created flow reads back exactly as it was stored': async (flows) => {
      const flow = flowRecord();
      const decoy = flowRecord({ id: 'flow-decoy', intent: 'unlock', userId: null, data: {} });
      await flows.create(flow);
      await flows.create(decoy);
      assert.equal(await flows.get(TENANT, flow.id), flow, 'flows.get after create');
      assert.equal(
        await flows.get(TENANT, decoy.id),
        decoy,
        'flows.get of a decoy flow (userId null)',
      );
    },

    'Creating a flow whose id is taken throws already_exists and keeps the first': async (
      flows,
    ) => {
      const first = flowRecord();
      await flows.create(first);
      await assert.rejectsWithCode(
        () => flows.create(flowRecord({ state: 'other', userId: 'user-2' })),
        'already_exists',
        'flows.create with a taken id',
      );
      assert.equal(await flows.get(TENANT, first.id), first, 'flows.get after the refused create');
    },

    'Getting an unknown flow returns null': async (flows) => {
      assert.equal(await flows.get(TENANT, 'no-such-flow'), null, 'flows.get of an unknown id');
    },

    'A flow is invisible to every other tenant': async (flows) => {
      const flow = flowRecord();
      await flows.create(flow);
      assert.equal(await flows.get(OTHER_TENANT, flow.id), null, 'flows.get from another tenant');
      assert.equal(
        await flows.update(
          flowRecord({ tenantId: OTHER_TENANT, revision: 2, state: 'hijacked' }),
          1,
        ),
        false,
        'flows.update naming another tenant',
      );
      await flows.delete(OTHER_TENANT, flow.id);
      assert.equal(
        await flows.get(TENANT, flow.id),
        flow,
        'the flow after another tenant tried to change it',
      );
      assert.equal(
        await flows.listExpired({ before: at(60 * MINUTE), states: ['hijacked'], limit: 10 }),
        [],
        'flows.listExpired for the state another tenant tried to write',
      );
    },

    'Updating a flow at its current revision replaces it and returns true': async (flows) => {
      await flows.create(flowRecord());
      const second = flowRecord({
        revision: 2,
        state: 'challenged',
        updatedAt: at(MINUTE),
        data: { gatesPassed: 1, methods: ['email'] },
      });
      assert.equal(await flows.update(second, 1), true, 'flows.update at revision 1');
      assert.equal(await flows.get(TENANT, second.id), second, 'flows.get after the first update');
      const third = flowRecord({
        revision: 3,
        state: 'verified',
        updatedAt: at(2 * MINUTE),
        userId: 'user-1',
        data: {},
      });
      assert.equal(await flows.update(third, 2), true, 'flows.update at revision 2');
      assert.equal(await flows.get(TENANT, third.id), third, 'flows.get after the second update');
    },

    'Updating a flow with a wrong revision returns false and changes nothing': async (flows) => {
      const flow = flowRecord();
      await flows.create(flow);
      assert.equal(
        await flows.update(flowRecord({ revision: 3, state: 'verified' }), 2),
        false,
        'flows.update expecting revision 2 of a flow at revision 1',
      );
      assert.equal(
        await flows.update(flowRecord({ revision: 1, state: 'verified' }), 0),
        false,
        'flows.update expecting revision 0 of a flow at revision 1',
      );
      assert.equal(await flows.get(TENANT, flow.id), flow, 'the flow after refused updates');
    },

    'Of two writers that read the same revision, the second loses': async (flows) => {
      await flows.create(flowRecord());
      const read = await flows.get(TENANT, 'flow-1');
      assert.ok(read !== null, 'flows.get after create');
      const first = { ...read, revision: read.revision + 1, state: 'first-writer' };
      const second = { ...read, revision: read.revision + 1, state: 'second-writer' };
      assert.equal(
        await flows.update(first, read.revision),
        true,
        'the update of the first writer',
      );
      assert.equal(
        await flows.update(second, read.revision),
        false,
        'the update of the stale second writer',
      );
      assert.equal(await flows.get(TENANT, 'flow-1'), first, 'the flow after both writers');
    },

    'Of 20 concurrent updates from one revision, exactly one wins': async (flows) => {
      await flows.create(flowRecord());
      const results = await Promise.all(
        times(20, (writer) => flows.update(flowRecord({ revision: 2, data: { writer } }), 1)),
      );
      const winners = results.flatMap((won, writer) => (won ? [writer] : []));
      assert.equal(winners.length, 1, 'how many of 20 concurrent updates returned true');
      const stored = await flows.get(TENANT, 'flow-1');
      assert.equal(stored?.data, { writer: winners[0] }, 'the stored data of the winner');
      assert.equal(stored?.revision, 2, 'the stored revision');
    },

    'Updating a flow that does not exist returns false and creates nothing': async (flows) => {
      assert.equal(
        await flows.update(flowRecord({ revision: 2 }), 1),
        false,
        'flows.update of an unknown flow',
      );
      assert.equal(await flows.get(TENANT, 'flow-1'), null, 'flows.get after the refused update');
    },

    'listExpired returns flows of every tenant expired at or before the cutoff in the given states, oldest first, up to the limit':
      async (flows) => {
        const cutoff = at(5 * MINUTE);
        const records = [
          flowRecord({ id: 'a', expiresAt: at(1 * MINUTE), state: 'started' }),
          flowRecord({
            id: 'b',
            expiresAt: at(3 * MINUTE),
            state: 'challenged',
            tenantId: OTHER_TENANT,
          }),
          flowRecord({ id: 'c', expiresAt: at(2 * MINUTE), state: 'started' }),
          flowRecord({ id: 'd', expiresAt: cutoff, state: 'started' }),
          flowRecord({ id: 'e', expiresAt: at(5 * MINUTE + 1), state: 'started' }),
          flowRecord({ id: 'f', expiresAt: at(MINUTE / 2), state: 'succeeded' }),
          flowRecord({
            id: 'g',
            expiresAt: at(4 * MINUTE),
            state: 'started',
            tenantId: OTHER_TENANT,
          }),
        ];
        for (const record of records) await flows.create(record);
        const states = ['started', 'challenged'];
        const all = await flows.listExpired({ before: cutoff, states, limit: 10 });
        assert.equal(
          all.map((flow) => flow.id),
          ['a', 'c', 'b', 'g', 'd'],
          'flows.listExpired ids (expiry at the cutoff included, later expiry and other states left out)',
        );
        assert.equal(all[2], records[1], 'a listed flow is the whole record');
        const limited = await flows.listExpired({ before: cutoff, states, limit: 3 });
        assert.equal(
          limited.map((flow) => flow.id),
          ['a', 'c', 'b'],
          'flows.listExpired ids with limit 3',
        );
        assert.equal(
          await flows.listExpired({ before: cutoff, states: [], limit: 10 }),
          [],
          'flows.listExpired with no states',
        );
      },

    'Deleting a flow removes it, and deleting an unknown flow does nothing': async (flows) => {
      await flows.create(flowRecord());
      await flows.create(flowRecord({ id: 'flow-2' }));
      await flows.delete(TENANT, 'flow-1');
      assert.equal(await flows.get(TENANT, 'flow-1'), null, 'flows.get after delete');
      assert.equal(
        await flows.update(flowRecord({ revision: 2 }), 1),
        false,
        'flows.update after delete',
      );
      assert.equal(
        await flows.get(TENANT, 'flow-2'),
        flowRecord({ id: 'flow-2' }),
        'another flow after delete',
      );
      await flows.delete(TENANT, 'flow-1');
      await flows.delete(TENANT, 'never-existed');
    },

    'Changing a flow object after create or get does not change the stored flow': async (flows) => {
      const flow = flowRecord();
      await flows.create(flow);
      flow.state = 'mutated';
      flow.data.gatesPassed = 99;
      flow.expiresAt.setTime(0);
      const read = await flows.get(TENANT, 'flow-1');
      assert.equal(read, flowRecord(), 'the flow after mutating the created object');
      assert.ok(read !== null, 'flows.get after create');
      read.data.gatesPassed = 42;
      read.updatedAt.setTime(0);
      assert.equal(
        await flows.get(TENANT, 'flow-1'),
        flowRecord(),
        'the flow after mutating a read object',
      );
    },
  });
}
