import type { ChallengeRecord, NewChallenge, Storage } from '../ports/storage.js';
import { assert } from './assert.js';
import type { ConformanceCase } from './conformance-case.js';
import { at, MINUTE, OTHER_TENANT, storeCases, TENANT, times } from './storage-fixtures.js';

function newChallenge(overrides: Partial<NewChallenge> = {}): NewChallenge {
  return {
    tenantId: TENANT,
    flowId: 'flow-1',
    methodId: 'method-email',
    secretHash: 'hmac-of-first-code',
    keyId: 'key-1',
    createdAt: at(0),
    expiresAt: at(5 * MINUTE),
    ...overrides,
  };
}

function stored(challenge: NewChallenge, state: Partial<ChallengeRecord> = {}): ChallengeRecord {
  return { ...challenge, sends: 1, consumedAt: null, ...state };
}

/**
 * The ChallengeStore contract: issue and resend, single-use consume, deleteByFlow,
 * deleteExpired, tenancy.
 */
export function challengeStoreCases(createStorage: () => Promise<Storage>): ConformanceCase[] {
  return storeCases(createStorage, 'challenges', {
    'Issuing a challenge stores it with one send and no consumption': async (challenges) => {
      const challenge = newChallenge();
      assert.equal(await challenges.issue(challenge), stored(challenge), 'challenges.issue result');
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        stored(challenge),
        'challenges.get after issue',
      );
    },

    'A resend adds a send, clears consumption and replaces the code': async (challenges) => {
      await challenges.issue(newChallenge());
      assert.equal(
        await challenges.consume(
          TENANT,
          'flow-1',
          'method-email',
          'hmac-of-first-code',
          at(MINUTE),
        ),
        true,
        'consume of the first code',
      );
      const resend = newChallenge({
        secretHash: 'hmac-of-second-code',
        keyId: 'key-2',
        createdAt: at(2 * MINUTE),
        expiresAt: at(7 * MINUTE),
      });
      const expected = stored(resend, { sends: 2, consumedAt: null });
      assert.equal(await challenges.issue(resend), expected, 'challenges.issue result of a resend');
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        expected,
        'challenges.get after a resend',
      );
      const third = await challenges.issue(newChallenge({ secretHash: 'hmac-of-third-code' }));
      assert.equal(third.sends, 3, 'sends after a second resend');
    },

    'Challenges for different methods of one flow are independent': async (challenges) => {
      await challenges.issue(newChallenge());
      const sms = newChallenge({ methodId: 'method-sms', secretHash: 'hmac-of-sms-code' });
      await challenges.issue(sms);
      await challenges.issue(newChallenge());
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-sms'),
        stored(sms),
        'the sms challenge',
      );
      const email = await challenges.get(TENANT, 'flow-1', 'method-email');
      assert.equal(email?.sends, 2, 'sends of the email challenge');
    },

    'Getting an unknown challenge returns null': async (challenges) => {
      await challenges.issue(newChallenge());
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-sms'),
        null,
        'challenges.get of another method',
      );
      assert.equal(
        await challenges.get(TENANT, 'flow-2', 'method-email'),
        null,
        'challenges.get of another flow',
      );
    },

    'Of 50 concurrent consume calls exactly one succeeds': async (challenges) => {
      await challenges.issue(newChallenge());
      const results = await Promise.all(
        times(50, () =>
          challenges.consume(TENANT, 'flow-1', 'method-email', 'hmac-of-first-code', at(MINUTE)),
        ),
      );
      assert.equal(
        results.filter(Boolean).length,
        1,
        'how many of 50 concurrent consume calls returned true',
      );
      const after = await challenges.get(TENANT, 'flow-1', 'method-email');
      assert.equal(after?.consumedAt, at(MINUTE), 'the stored consumedAt');
    },

    'A consumed challenge never verifies again': async (challenges) => {
      await challenges.issue(newChallenge());
      const consume = () =>
        challenges.consume(TENANT, 'flow-1', 'method-email', 'hmac-of-first-code', at(MINUTE));
      assert.equal(await consume(), true, 'the first consume');
      assert.equal(await consume(), false, 'the second consume');
      assert.equal(await consume(), false, 'the third consume');
    },

    'consume fails at and after the expiry and succeeds just before it': async (challenges) => {
      const challenge = newChallenge();
      await challenges.issue(challenge);
      const expiresMs = challenge.expiresAt.getTime();
      const consumeAt = (ms: number) =>
        challenges.consume(TENANT, 'flow-1', 'method-email', 'hmac-of-first-code', new Date(ms));
      assert.equal(await consumeAt(expiresMs + 1), false, 'consume 1 ms after the expiry');
      assert.equal(await consumeAt(expiresMs), false, 'consume at the expiry');
      assert.equal(
        (await challenges.get(TENANT, 'flow-1', 'method-email'))?.consumedAt,
        null,
        'consumedAt after failed consumes',
      );
      assert.equal(await consumeAt(expiresMs - 1), true, 'consume 1 ms before the expiry');
    },

    'consume fails with a code that a resend replaced, and succeeds with the new one': async (
      challenges,
    ) => {
      await challenges.issue(newChallenge());
      await challenges.issue(newChallenge({ secretHash: 'hmac-of-second-code' }));
      assert.equal(
        await challenges.consume(
          TENANT,
          'flow-1',
          'method-email',
          'hmac-of-first-code',
          at(MINUTE),
        ),
        false,
        'consume with the replaced code',
      );
      assert.equal(
        await challenges.consume(
          TENANT,
          'flow-1',
          'method-email',
          'hmac-of-second-code',
          at(MINUTE),
        ),
        true,
        'consume with the new code',
      );
    },

    'consume fails with a wrong secret hash or for an unknown challenge, changing nothing': async (
      challenges,
    ) => {
      const challenge = newChallenge();
      await challenges.issue(challenge);
      assert.equal(
        await challenges.consume(
          TENANT,
          'flow-1',
          'method-email',
          'hmac-of-a-wrong-code',
          at(MINUTE),
        ),
        false,
        'consume with a wrong secret hash',
      );
      assert.equal(
        await challenges.consume(TENANT, 'flow-1', 'method-sms', 'hmac-of-first-code', at(MINUTE)),
        false,
        'consume of an unknown challenge',
      );
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        stored(challenge),
        'the challenge after failed consumes',
      );
    },

    'deleteByFlow deletes every challenge of the flow and nothing else': async (challenges) => {
      await challenges.issue(newChallenge());
      await challenges.issue(newChallenge({ methodId: 'method-sms' }));
      const otherFlow = newChallenge({ flowId: 'flow-2' });
      const otherTenant = newChallenge({ tenantId: OTHER_TENANT });
      await challenges.issue(otherFlow);
      await challenges.issue(otherTenant);
      await challenges.deleteByFlow(TENANT, 'flow-1');
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        null,
        'the deleted email challenge',
      );
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-sms'),
        null,
        'the deleted sms challenge',
      );
      assert.equal(
        await challenges.get(TENANT, 'flow-2', 'method-email'),
        stored(otherFlow),
        'another flow',
      );
      assert.equal(
        await challenges.get(OTHER_TENANT, 'flow-1', 'method-email'),
        stored(otherTenant),
        'the same flow id in another tenant',
      );
      await challenges.deleteByFlow(TENANT, 'flow-1');
    },

    'deleteExpired removes expired challenges under the prefix only, up to the limit': async (
      challenges,
    ) => {
      const pass = (user: string, minutes: number, tenantId = TENANT) =>
        newChallenge({
          tenantId,
          flowId: `pass:${user}`,
          methodId: 'pass',
          expiresAt: at(minutes * MINUTE),
        });
      // Expired at 10 minutes (an expiry at `now` counts): a, b (another tenant), c.
      for (const challenge of [pass('a', 5), pass('b', 10, OTHER_TENANT), pass('c', 9)]) {
        await challenges.issue(challenge);
      }
      const live = pass('d', 11);
      const flowCode = newChallenge({ flowId: 'passage', expiresAt: at(MINUTE) });
      // `_` is no wildcard: `pass_x` does not start with `pass:`.
      const lookalike = newChallenge({ flowId: 'pass_x', expiresAt: at(MINUTE) });
      for (const challenge of [live, flowCode, lookalike]) await challenges.issue(challenge);
      const input = { flowIdPrefix: 'pass:', now: at(10 * MINUTE) };
      assert.equal(await challenges.deleteExpired({ ...input, limit: 2 }), 2, 'with limit 2');
      assert.equal(await challenges.deleteExpired({ ...input, limit: 100 }), 1, 'the rest');
      assert.equal(await challenges.deleteExpired({ ...input, limit: 100 }), 0, 'none left');
      assert.equal(await challenges.get(TENANT, 'pass:a', 'pass'), null, 'an expired pass');
      assert.equal(await challenges.get(OTHER_TENANT, 'pass:b', 'pass'), null, 'another tenant');
      assert.equal(await challenges.get(TENANT, 'pass:d', 'pass'), stored(live), 'a live pass');
      assert.equal(
        await challenges.get(TENANT, 'passage', 'method-email'),
        stored(flowCode),
        'a flow outside the prefix',
      );
      assert.equal(
        await challenges.get(TENANT, 'pass_x', 'method-email'),
        stored(lookalike),
        'a look-alike flow id',
      );
      for (const flowId of ['pass:d', 'passage', 'pass_x']) {
        await challenges.deleteByFlow(TENANT, flowId);
      }
    },

    'A challenge is invisible to every other tenant': async (challenges) => {
      const challenge = newChallenge();
      await challenges.issue(challenge);
      assert.equal(
        await challenges.get(OTHER_TENANT, 'flow-1', 'method-email'),
        null,
        'get from another tenant',
      );
      assert.equal(
        await challenges.consume(
          OTHER_TENANT,
          'flow-1',
          'method-email',
          'hmac-of-first-code',
          at(MINUTE),
        ),
        false,
        'consume from another tenant',
      );
      const theirs = newChallenge({ tenantId: OTHER_TENANT, secretHash: 'hmac-of-their-code' });
      assert.equal(
        await challenges.issue(theirs),
        stored(theirs),
        'issue of the same flow and method in another tenant',
      );
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        stored(challenge),
        'the challenge of the first tenant',
      );
    },

    'Changing a challenge object after issue or get does not change the stored challenge': async (
      challenges,
    ) => {
      const challenge = newChallenge();
      const issued = await challenges.issue(challenge);
      issued.sends = 99;
      challenge.secretHash = 'mutated';
      challenge.expiresAt.setTime(0);
      const read = await challenges.get(TENANT, 'flow-1', 'method-email');
      assert.equal(read, stored(newChallenge()), 'the challenge after mutating the issued objects');
      read?.createdAt.setTime(0);
      assert.equal(
        await challenges.get(TENANT, 'flow-1', 'method-email'),
        stored(newChallenge()),
        'the challenge after mutating a read object',
      );
    },
  });
}
