import type { Storage, StoredPolicy } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, OTHER_TENANT, storeCases, TENANT, times } from './storage-fixtures.js';

function storedPolicy(overrides: Partial<StoredPolicy> = {}): StoredPolicy {
  return {
    tenantId: TENANT,
    policy: {
      gatesRequired: 2,
      methods: ['email', 'mobileSms'],
      branding: { orgName: 'Example Corp', colors: { primary: '#123456' } },
      helpdesk: null,
    },
    revision: 1,
    updatedAt: at(0),
    ...overrides,
  };
}

/** The PolicyStore contract: get, compare-and-set save, tenancy. */
export function policyStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'policies', {
    'A saved policy reads back exactly as it was stored': async (policies) => {
      assert.equal(await policies.get(TENANT), null, 'policies.get before any save');
      const policy = storedPolicy();
      assert.equal(await policies.save(policy, null), true, 'policies.save of a first policy');
      assert.equal(await policies.get(TENANT), policy, 'policies.get after save');
    },

    'Saving a policy with expectedRevision null fails once one exists': async (policies) => {
      const first = storedPolicy();
      await policies.save(first, null);
      assert.equal(
        await policies.save(storedPolicy({ policy: {} }), null),
        false,
        'a second create-only save',
      );
      assert.equal(await policies.get(TENANT), first, 'the policy after the refused save');
    },

    'Saving a policy at the stored revision replaces it, and a wrong revision changes nothing':
      async (policies) => {
        await policies.save(storedPolicy(), null);
        const second = storedPolicy({
          revision: 2,
          policy: { gatesRequired: 1 },
          updatedAt: at(1000),
        });
        assert.equal(await policies.save(second, 1), true, 'policies.save at revision 1');
        assert.equal(
          await policies.save(storedPolicy({ revision: 2 }), 1),
          false,
          'a stale save at revision 1',
        );
        assert.equal(
          await policies.save(storedPolicy({ revision: 6 }), 5),
          false,
          'a save at revision 5',
        );
        assert.equal(await policies.get(TENANT), second, 'the policy after the refused saves');
      },

    'Saving a policy with a revision when none is stored returns false and creates nothing': async (
      policies,
    ) => {
      assert.equal(
        await policies.save(storedPolicy({ revision: 2 }), 1),
        false,
        'policies.save at revision 1',
      );
      assert.equal(await policies.get(TENANT), null, 'policies.get after the refused save');
    },

    'Of 20 concurrent saves of a policy from one revision exactly one wins': async (policies) => {
      await policies.save(storedPolicy(), null);
      const results = await Promise.all(
        times(20, (writer) => policies.save(storedPolicy({ revision: 2, policy: { writer } }), 1)),
      );
      const winners = results.flatMap((won, writer) => (won ? [writer] : []));
      assert.equal(winners.length, 1, 'how many of 20 concurrent saves returned true');
      assert.equal(
        (await policies.get(TENANT))?.policy,
        { writer: winners[0] ?? -1 },
        'the stored policy',
      );
    },

    'A policy is invisible to every other tenant': async (policies) => {
      const mine = storedPolicy();
      await policies.save(mine, null);
      assert.equal(await policies.get(OTHER_TENANT), null, 'policies.get of another tenant');
      assert.equal(
        await policies.save(storedPolicy({ tenantId: OTHER_TENANT, revision: 2 }), 1),
        false,
        'a save in another tenant at the revision of the first',
      );
      const theirs = storedPolicy({ tenantId: OTHER_TENANT, policy: { gatesRequired: 1 } });
      assert.equal(await policies.save(theirs, null), true, 'a first save in another tenant');
      assert.equal(await policies.get(TENANT), mine, 'the policy of the first tenant');
      assert.equal(await policies.get(OTHER_TENANT), theirs, 'the policy of the other tenant');
    },

    'Changing a policy object after save or get does not change the stored one': async (
      policies,
    ) => {
      const policy = storedPolicy();
      await policies.save(policy, null);
      policy.policy.gatesRequired = 1;
      const read = await policies.get(TENANT);
      assert.equal(read, storedPolicy(), 'the policy after mutating the saved object');
      if (read !== null) read.policy.methods = [];
      assert.equal(
        await policies.get(TENANT),
        storedPolicy(),
        'the policy after mutating a read object',
      );
    },
  });
}
