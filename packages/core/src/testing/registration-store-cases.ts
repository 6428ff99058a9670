import type { Storage, UserRegistration } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, OTHER_TENANT, storeCases, TENANT, times } from './storage-fixtures.js';

function registration(overrides: Partial<UserRegistration> = {}): UserRegistration {
  return {
    tenantId: TENANT,
    userId: 'user-1',
    revision: 1,
    methods: [
      {
        id: 'm-email',
        kind: 'email',
        value: 'alice@example.com',
        createdAt: at(0),
        verifiedAt: at(1000),
      },
      {
        id: 'm-mobile',
        kind: 'mobile',
        value: '+31612345678',
        createdAt: at(0),
        verifiedAt: at(2000),
      },
      {
        id: 'm-questions',
        kind: 'securityQuestions',
        answers: [
          { questionId: 'q-city', answerHash: '$pbkdf2-sha256$i=1000$c2FsdA$aGFzaA' },
          { questionId: 'q-pet', answerHash: '$pbkdf2-sha256$i=1000$c2FsdDI$aGFzaDI' },
        ],
        createdAt: at(0),
        verifiedAt: at(0),
      },
      {
        id: 'm-passkey',
        kind: 'passkey',
        credential: {
          id: 'Y3JlZA',
          publicKey: 'cHVibGlj',
          counter: 0,
          transports: ['internal', 'hybrid'],
        },
        name: 'Work laptop',
        lastUsedAt: at(2500),
        createdAt: at(0),
        verifiedAt: at(0),
      },
      {
        id: 'm-authenticator',
        kind: 'authenticator',
        secret: 'v1.key-1.c2VhbGVkLXNlY3JldA',
        name: 'Phone',
        createdAt: at(1000),
        verifiedAt: at(1000),
      },
    ],
    reconfirmedAt: at(3000),
    updatedAt: at(3000),
    ...overrides,
  };
}

/** The RegistrationStore contract: compare-and-set save, get, delete, ordered paging, tenancy. */
export function registrationStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'registrations', {
    'A saved registration reads back exactly as it was stored': async (registrations) => {
      const full = registration();
      const bare = registration({ userId: 'user-2', methods: [], reconfirmedAt: null });
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        null,
        'registrations.get before any save',
      );
      assert.equal(
        await registrations.save(full, null),
        true,
        'registrations.save of a new registration',
      );
      assert.equal(
        await registrations.save(bare, null),
        true,
        'registrations.save of an empty registration',
      );
      assert.equal(await registrations.get(TENANT, 'user-1'), full, 'registrations.get after save');
      assert.equal(
        await registrations.get(TENANT, 'user-2'),
        bare,
        'registrations.get of the empty registration',
      );
    },

    'Saving with expectedRevision null fails once a registration exists': async (registrations) => {
      const first = registration();
      await registrations.save(first, null);
      assert.equal(
        await registrations.save(registration({ methods: [] }), null),
        false,
        'a second create-only save',
      );
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        first,
        'the registration after the refused save',
      );
    },

    'Saving at the stored revision replaces the registration, and a wrong revision changes nothing':
      async (registrations) => {
        await registrations.save(registration(), null);
        const second = registration({
          revision: 2,
          methods: [],
          reconfirmedAt: null,
          updatedAt: at(9000),
        });
        assert.equal(await registrations.save(second, 1), true, 'registrations.save at revision 1');
        assert.equal(
          await registrations.save(registration({ revision: 4 }), 3),
          false,
          'registrations.save expecting revision 3 of one at revision 2',
        );
        assert.equal(
          await registrations.save(registration({ revision: 2 }), 1),
          false,
          'registrations.save expecting the old revision 1',
        );
        assert.equal(
          await registrations.get(TENANT, 'user-1'),
          second,
          'the registration after the refused saves',
        );
      },

    'Saving with a revision when none is stored returns false and creates nothing': async (
      registrations,
    ) => {
      assert.equal(
        await registrations.save(registration({ revision: 2 }), 1),
        false,
        'registrations.save at revision 1',
      );
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        null,
        'registrations.get after the refused save',
      );
    },

    'Of 20 concurrent first saves of a registration exactly one wins': async (registrations) => {
      const results = await Promise.all(
        times(20, (writer) =>
          registrations.save(registration({ methods: [], updatedAt: at(writer * 1000) }), null),
        ),
      );
      const winners = results.flatMap((won, writer) => (won ? [writer] : []));
      assert.equal(winners.length, 1, 'how many of 20 concurrent create-only saves returned true');
      const stored = await registrations.get(TENANT, 'user-1');
      assert.equal(
        stored?.updatedAt,
        at((winners[0] ?? 0) * 1000),
        'the stored registration is the one the winner saved',
      );
    },

    'Deleting a registration removes it, and it can then be created again': async (
      registrations,
    ) => {
      await registrations.save(registration(), null);
      await registrations.save(registration({ userId: 'user-2' }), null);
      await registrations.delete(TENANT, 'user-1');
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        null,
        'registrations.get after delete',
      );
      assert.equal(
        await registrations.get(TENANT, 'user-2'),
        registration({ userId: 'user-2' }),
        'another user',
      );
      await registrations.delete(TENANT, 'user-1');
      await registrations.delete(TENANT, 'never-registered');
      assert.equal(
        await registrations.save(registration(), null),
        true,
        'a create-only save after delete',
      );
    },

    'list pages through the registrations of one tenant in userId order': async (registrations) => {
      for (const userId of ['user-03', 'user-01', 'user-05', 'user-02', 'user-04']) {
        await registrations.save(registration({ userId }), null);
      }
      await registrations.save(registration({ tenantId: OTHER_TENANT, userId: 'user-00' }), null);
      const ids = async (after: string | undefined, limit: number) =>
        (await registrations.list(TENANT, after === undefined ? { limit } : { after, limit })).map(
          (r) => r.userId,
        );
      assert.equal(await ids(undefined, 2), ['user-01', 'user-02'], 'the first page of 2');
      assert.equal(await ids('user-02', 2), ['user-03', 'user-04'], 'the page after user-02');
      assert.equal(await ids('user-04', 2), ['user-05'], 'the page after user-04');
      assert.equal(await ids('user-05', 2), [], 'the page after the last user');
      assert.equal(
        await ids('user-025', 10),
        ['user-03', 'user-04', 'user-05'],
        'the page after an absent id',
      );
      assert.equal(
        await registrations.list(TENANT, { limit: 1 }),
        [registration({ userId: 'user-01' })],
        'a listed registration is the whole record',
      );
    },

    'A registration is invisible to every other tenant': async (registrations) => {
      const mine = registration();
      await registrations.save(mine, null);
      assert.equal(
        await registrations.get(OTHER_TENANT, 'user-1'),
        null,
        'registrations.get from another tenant',
      );
      assert.equal(
        await registrations.list(OTHER_TENANT, { limit: 10 }),
        [],
        'registrations.list of another tenant',
      );
      assert.equal(
        await registrations.save(registration({ tenantId: OTHER_TENANT, revision: 2 }), 1),
        false,
        'a save in another tenant at the revision of the first',
      );
      const theirs = registration({ tenantId: OTHER_TENANT, methods: [] });
      assert.equal(
        await registrations.save(theirs, null),
        true,
        'a create-only save of the same user in another tenant',
      );
      await registrations.delete(OTHER_TENANT, 'user-1');
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        mine,
        'the registration after writes by another tenant',
      );
    },

    'Changing a registration object after save or get does not change the stored one': async (
      registrations,
    ) => {
      const mine = registration();
      await registrations.save(mine, null);
      const firstMethod = mine.methods[0];
      if (firstMethod !== undefined) firstMethod.value = 'mallory@example.com';
      mine.updatedAt.setTime(0);
      const read = await registrations.get(TENANT, 'user-1');
      assert.equal(read, registration(), 'the registration after mutating the saved object');
      read?.methods[0]?.verifiedAt.setTime(0);
      assert.equal(
        await registrations.get(TENANT, 'user-1'),
        registration(),
        'after mutating a read object',
      );
    },
  });
}
