import { describe, expect, it } from 'vitest';
import {
  createTestEngine,
  MORE_TEST_USERS,
  TEST_START as START,
  TEST_ADMIN,
} from '../testing/test-engine.js';

const MINUTE = 60_000;
const NEW_PASSWORD = 'violet harbour quantum teapots';

async function setup() {
  const testbed = createTestEngine({
    users: [
      {
        id: 'u-alice',
        username: 'alice',
        password: 'morning tide over quiet water',
        email: 'alice@example.com',
        contact: { mobile: '+31612345678' },
      },
      {
        id: 'u-erin',
        username: 'erin',
        password: 'erin original passphrase',
        contact: { mobile: '+31611112222', alternateEmail: 'erin.private@example.net' },
      },
      TEST_ADMIN,
      ...MORE_TEST_USERS,
    ],
    seed: 42,
    policy: { methods: ['mobileSms', 'mobileVoice', 'email'] },
  });
  const { engine, codeSentTo } = testbed;

  /** Starts a flow and passes one gate per `[method type, contact]`, in order. */
  async function pass(
    identifier: string,
    gates: readonly [string, string][],
    intent: 'reset' | 'unlock' = 'reset',
  ): Promise<string> {
    const flow = await engine.recovery.start({ identifier, intent });
    for (const [type, contact] of gates) {
      const methodId = flow.methods.find((m) => m.type === type)?.id ?? '';
      await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: contact });
      const code = await codeSentTo(contact);
      await engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
    }
    return flow.flowToken;
  }

  return { ...testbed, reports: engine.reports, pass };
}

describe('reports: end to end', () => {
  it('reports the flows the recovery service ran, as it recorded them', async () => {
    const { engine, reports, clock, writeback, pass } = await setup();
    const later = () => clock.advance(MINUTE);

    // erin: a code is sent, then the flow expires and the sweep abandons it.
    const erin = await engine.recovery.start({ identifier: 'erin' });
    await engine.recovery.challenge({
      flowToken: erin.flowToken,
      methodId: erin.methods.find((m) => m.type === 'email')?.id ?? '',
      confirm: 'erin.private@example.net',
    });
    clock.advance(16 * MINUTE);
    expect(await engine.recovery.expireFlows()).toBe(1);
    later();

    // alice: one SMS gate, then a new password.
    const alice = await pass('alice', [['mobileSms', '+31612345678']]);
    await engine.recovery.complete({ flowToken: alice, newPassword: NEW_PASSWORD });
    later();

    // admin: two gates, SMS then email.
    const admin = await pass('admin', [
      ['mobileSms', '+31687654321'],
      ['email', 'admin.alt@example.org'],
    ]);
    await engine.recovery.complete({ flowToken: admin, newPassword: NEW_PASSWORD });
    later();

    // lou: unlock by voice.
    const lou = await pass('lou', [['mobileVoice', '+31600000002']], 'unlock');
    await engine.recovery.complete({ flowToken: lou });
    later();

    // alice again: the directory is down when the password is written back.
    const outage = await pass('alice', [['mobileSms', '+31612345678']]);
    writeback.failing = true;
    await expect(
      engine.recovery.complete({ flowToken: outage, newPassword: 'another fine passphrase here' }),
    ).rejects.toMatchObject({ code: 'directory_error' });
    writeback.failing = false;
    later();

    // alice a third time: a password the policy refuses, then she cancels.
    const refused = await pass('alice', [['mobileSms', '+31612345678']]);
    await expect(
      engine.recovery.complete({ flowToken: refused, newPassword: 'short' }),
    ).rejects.toMatchObject({ code: 'password_rejected' });
    await engine.recovery.cancel({ flowToken: refused });
    later();

    // Decoys: carol has no method, dave is disabled, nobody does not exist.
    await engine.recovery.start({ identifier: 'carol' });
    later();
    await engine.recovery.start({ identifier: 'dave' });
    later();
    await engine.recovery.start({ identifier: 'nobody@example.com' });
    later();

    const page = await reports.resetActivity({
      from: START,
      to: new Date(START.getTime() + 60 * MINUTE),
    });
    expect(
      page.rows.map((row) => [
        row.username,
        row.role,
        row.intent,
        row.methods,
        row.result,
        row.detail,
      ]),
    ).toEqual([
      ['dave', 'user', 'reset', [], 'Failed', 'disabled'],
      ['carol', 'user', 'reset', [], 'Failed', 'not_registered'],
      ['alice', 'user', 'reset', ['mobileSms'], 'Canceled', 'canceled'],
      ['alice', 'user', 'reset', ['mobileSms'], 'Failed', 'unavailable'],
      ['lou', 'user', 'unlock', ['mobileVoice'], 'Succeeded', 'account_unlocked'],
      ['admin', 'admin', 'reset', ['mobileSms', 'email'], 'Succeeded', 'password_reset'],
      ['alice', 'user', 'reset', ['mobileSms'], 'Succeeded', 'password_reset'],
      ['erin', 'user', 'reset', [], 'Abandoned', 'expired_in_awaiting_proof'],
    ]);
    expect(page.rows.at(-1)?.time).toBe(START.toISOString());
    expect(new Set(page.rows.map((row) => row.flowId)).size).toBe(8);
    expect(page.totals).toEqual({
      byResult: {
        Succeeded: 3,
        Failed: 3,
        Blocked: 0,
        Canceled: 1,
        ContactedAdmin: 0,
        Abandoned: 1,
        InProgress: 0,
      },
      byMethodPerDay: [
        { day: '2026-11-24', method: 'mobileSms', count: 4 },
        { day: '2026-11-24', method: 'mobileVoice', count: 1 },
        { day: '2026-11-24', method: 'email', count: 1 },
      ],
      unknownAccounts: 1,
    });

    const alices = await reports.resetActivity({
      from: START,
      to: new Date(START.getTime() + 60 * MINUTE),
      userId: 'u-alice',
    });
    expect(alices.rows.map((row) => row.result)).toEqual(['Canceled', 'Failed', 'Succeeded']);
  });
});
