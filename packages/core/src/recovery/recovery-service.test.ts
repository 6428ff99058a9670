import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { DirectoryError } from '../ports/directory.js';
import type { Storage } from '../ports/storage.js';
import { recordedTransactions } from '../testing/recorded-transactions.js';
import { rejection } from '../testing/rejection.js';
import {
  createTestEngine,
  MORE_TEST_USERS,
  TEST_START as START,
  TEST_ADMIN,
  TEST_KEYS,
} from '../testing/test-engine.js';
import type { FlowView } from './flow-view.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NEW_PASSWORD = 'violet harbour quantum teapots';

interface SetupOptions {
  policy?: PolicyInput;
  external?: boolean;
  storage?: Storage;
}

async function setup(options: SetupOptions = {}) {
  const policy: PolicyInput = {
    methods: ['mobileSms', 'mobileVoice', 'email', 'securityQuestions'],
    questions: {
      predefined: ['street-at-age-ten', 'first-pet-name', 'first-teacher-surname', 'first-concert'],
    },
    ...options.policy,
  };
  // `writeback.failing` makes the writeback alone fail, as when the directory refuses a write.
  const testbed = createTestEngine({
    users: [
      {
        id: 'u-alice',
        username: 'alice',
        password: 'morning tide over quiet water',
        email: 'alice@example.com',
        givenName: 'Alice',
        surname: 'Smith',
        contact: { mobile: '+31612345678' },
      },
      {
        id: 'u-erin',
        username: 'erin',
        password: 'erin original passphrase',
        email: 'erin@example.com',
        contact: { mobile: '+31611112222', alternateEmail: 'erin.private@example.net' },
      },
      TEST_ADMIN,
      {
        id: 'u-admin2',
        username: 'admin2',
        password: 'x',
        email: 'admin2@example.com',
        isAdmin: true,
      },
      ...MORE_TEST_USERS,
      {
        id: 'u-bob',
        username: 'bob',
        password: 'bob original passphrase',
        email: 'bob@example.com',
      },
    ],
    external: options.external ?? false,
    seed: 42,
    policy,
    ...(options.storage === undefined ? {} : { storage: options.storage }),
  });
  const { engine, storage, directory, clock, codeSentTo } = testbed;
  const answers: Record<string, string> = {
    'street-at-age-ten': 'Amsterdam',
    'first-pet-name': 'Rex the dog',
    'first-teacher-surname': 'De Regenboog',
  };
  await testbed.registerAnswers('u-bob', answers);

  async function reachVerified(identifier = 'alice', confirm = '+31 6 12345678') {
    const flow = await engine.recovery.start({ identifier });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm });
    const code = await codeSentTo(confirm.replace(/[\s-]/g, '').replace(/^0/, '+31'));
    return engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
  }

  /** A second engine on the same store and directory (another instance, or a restart). */
  function sibling(keys: typeof TEST_KEYS) {
    return createTestEngine({ storage, directory, keys, clock, policy }).engine;
  }

  return { ...testbed, answers, reachVerified, sibling };
}

/** The stored id of a flow: the SHA-256 of its token, computed here independently. */
function flowIdOf(flowToken: string): string {
  return createHash('sha256').update(flowToken).digest('base64url');
}

async function auditTypes(storage: Storage) {
  const { events } = await storage.audit.query({ tenantId: 'default', limit: 1000 });
  return events.reverse().map((event) => event.type);
}

/** The flow with every value replaced by its type, and hints by their format. */
function shape(view: FlowView): unknown {
  return JSON.parse(
    JSON.stringify(view, (key, value) => {
      if (key === 'hint' && typeof value === 'string') {
        if (/^(\+\d{1,3} )?••• ••• ••\d\d$/.test(value)) return 'phone hint';
        return value;
      }
      if (
        typeof value === 'string' &&
        key !== 'type' &&
        key !== 'state' &&
        key !== 'intent' &&
        key !== 'id'
      ) {
        return typeof value;
      }
      return value;
    }),
  );
}

describe('recovery: the reset flow', () => {
  it('resets a password through one SMS gate, writes it back and notifies the user', async () => {
    const { engine, storage, directory, messaging, codeSentTo } = await setup();
    const started = await engine.recovery.start({ identifier: 'alice' });
    expect(started).toMatchObject({
      intent: 'reset',
      state: 'choose_method',
      gatesRequired: 1,
      gatesPassed: 0,
      // Every method the policy enables, whatever alice registered; a phone shows its last two digits.
      methods: [
        { id: 'm1', type: 'mobileSms', hint: '••• ••• ••78', used: false },
        { id: 'm2', type: 'mobileVoice', hint: '••• ••• ••78', used: false },
        { id: 'm3', type: 'email', hint: '•••@•••', used: false },
        { id: 'm4', type: 'securityQuestions', hint: null, used: false },
      ],
      expiresAt: '2026-11-24T10:15:00.000Z',
    });

    const challenged = await engine.recovery.challenge({
      flowToken: started.flowToken,
      methodId: 'm1',
      confirm: '06 12345678',
    });
    expect(challenged.state).toBe('awaiting_proof');
    expect(challenged.challenge).toEqual({
      methodId: 'm1',
      delivery: 'queued',
      expiresAt: '2026-11-24T10:05:00.000Z',
    });
    expect(messaging.sent).toHaveLength(0); // the request only queued it

    const code = await codeSentTo('+31612345678');
    const verified = await engine.recovery.verify({
      flowToken: started.flowToken,
      methodId: 'm1',
      code,
    });
    expect(verified).toMatchObject({ state: 'verified', gatesPassed: 1 });

    const done = await engine.recovery.complete({
      flowToken: started.flowToken,
      newPassword: NEW_PASSWORD,
    });
    expect(done.state).toBe('completed');
    expect(await directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
    expect(await directory.verifyPassword('u-alice', 'morning tide over quiet water')).toBe(false);

    await engine.dispatcher.runOnce();
    const notice = messaging.sent.find((sent) => sent.channel === 'email');
    expect(notice?.message.to).toBe('alice@example.com');
    // One fake instant: events are compared as a set, not in order.
    expect((await auditTypes(storage)).sort()).toEqual([
      'flow.challenge_sent',
      'flow.method_verified',
      'flow.started',
      'notification.sent',
      'notification.sent',
      'password.reset',
    ]);
  });

  it('unlocks an account without changing its password', async () => {
    const { engine, directory, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'lou', intent: 'unlock' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31600000002',
    });
    const code = await codeSentTo('+31600000002');
    await engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
    expect((await directory.getUser('u-lou'))?.lockedOut).toBe(true);
    const done = await engine.recovery.complete({ flowToken: flow.flowToken });
    expect(done.state).toBe('completed');
    expect((await directory.getUser('u-lou'))?.lockedOut).toBe(false);
    expect(await directory.verifyPassword('u-lou', 'lou original passphrase')).toBe(true);
  });

  it('asks an admin for two gates, never the same phone twice, and tells the other admins', async () => {
    const { engine, messaging, codeSentTo } = await setup({ policy: { gatesRequired: 1 } });
    const flow = await engine.recovery.start({ identifier: 'admin' });
    // Before a proof an admin looks like anyone: the policy's one gate, every method.
    expect(flow.gatesRequired).toBe(1);
    expect(flow.methods.map((m) => m.type)).toEqual([
      'mobileSms',
      'mobileVoice',
      'email',
      'securityQuestions',
    ]);

    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31687654321',
    });
    const first = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: 'm1',
      code: await codeSentTo('+31687654321'),
    });
    expect(first).toMatchObject({ state: 'choose_method', gatesPassed: 1, gatesRequired: 2 });
    expect(first.methods.map((m) => m.used)).toEqual([true, true, false, false]);

    const samePhone = await rejection(
      engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm2',
        confirm: '+31687654321',
      }),
    );
    expect(samePhone.code).toBe('method_already_used');

    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm3',
      confirm: 'Admin.Alt@example.org',
    });
    const second = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: 'm3',
      code: await codeSentTo('admin.alt@example.org'),
    });
    expect(second).toMatchObject({ state: 'verified', gatesPassed: 2 });
    await engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD });
    await engine.dispatcher.runOnce();
    // Who got which notice: the admin their own reset notice, the other admins theirs.
    const notices = messaging.sent
      .filter((s) => s.channel === 'email' && !/verification code/.test(s.message.subject))
      .map((s) => `${s.message.to}: ${s.channel === 'email' ? s.message.subject : ''}`)
      .sort();
    expect(notices).toEqual([
      'admin.alt@example.org: Your OpenReset password was reset',
      'admin2@example.com: OpenReset: administrator admin reset their own password',
      'admin@example.com: Your OpenReset password was reset',
    ]);
  });

  it('never lets an admin pass a gate with security questions, even answered right', async () => {
    const { engine, answers, registerAnswers } = await setup();
    await registerAnswers('u-admin', answers);
    const flow = await engine.recovery.start({ identifier: 'admin' });
    const asked = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm4' });
    const error = await rejection(
      engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId: 'm4',
        answers: (asked.challenge?.questions ?? []).map(({ id }) => ({
          questionId: id,
          answer: answers[id] ?? 'not registered',
        })),
      }),
    );
    expect(error.code).toBe('invalid_answers');
  });

  it('passes a gate with the right answers to a random set of questions, normalized', async () => {
    const { engine, answers } = await setup();
    const flow = await engine.recovery.start({ identifier: 'bob' });
    const method = flow.methods.find((m) => m.type === 'securityQuestions');
    expect(method?.hint).toBeNull();
    const asked = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: method?.id ?? '',
    });
    const questions = asked.challenge?.questions ?? [];
    expect(questions).toHaveLength(3);
    const verified = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: method?.id ?? '',
      answers: questions.map((q) => ({
        questionId: q.id,
        answer: `  ${answers[q.id]?.toUpperCase()}  `,
      })),
    });
    expect(verified.state).toBe('verified');
  });

  it('hashes the answers outside the transaction the verify runs in', async () => {
    const { transaction, outsideTransaction, runs, watch, calls } = recordedTransactions();
    const storage: Storage = { ...createMemoryStorage(), transaction, outsideTransaction };
    const { engine, answers, hasher } = await setup({ storage });
    const flow = await engine.recovery.start({ identifier: 'bob' });
    const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
    const asked = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    watch(hasher, 'verify', 'answer');
    runs.length = 0;
    const verified = await transaction(() =>
      engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId,
        answers: (asked.challenge?.questions ?? []).map((q) => ({
          questionId: q.id,
          answer: answers[q.id] ?? '',
        })),
      }),
    );
    expect(verified.state).toBe('verified');
    expect(calls).toEqual(Array(3).fill('answer, transaction open: false'));
    // The attempt counted, committed; then the pass.
    expect(runs).toEqual(['commit', 'commit']);
  });

  it('asks a random toAnswer of the registered questions, not always the same ones', async () => {
    const questions = [
      'street-at-age-ten',
      'first-pet-name',
      'first-teacher-surname',
      'first-concert',
    ];
    const testbed = createTestEngine({
      users: [{ id: 'u-quinn', username: 'quinn', password: 'quinn original passphrase' }],
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: { predefined: questions, toRegister: 4, toAnswer: 3 },
      },
    });
    await testbed.registerAnswers(
      'u-quinn',
      Object.fromEntries(questions.map((id) => [id, `answer to ${id}`])),
    );
    const flow = await testbed.engine.recovery.start({ identifier: 'quinn' });
    const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
    const sets = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const view = await testbed.engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      const ids = (view.challenge?.questions ?? []).map((q) => q.id);
      expect(ids).toHaveLength(3);
      sets.add([...ids].sort().join(' '));
    }
    // Four ways to leave one out; twenty draws show more than one of them.
    expect(sets.size).toBeGreaterThan(1);
    expect(new Set([...sets].flatMap((set) => set.split(' '))).size).toBe(4);
  });

  it('restarts with a new random set of questions after a wrong answer', async () => {
    const { engine, storage } = await setup();
    const flow = await engine.recovery.start({ identifier: 'bob' });
    const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
    const asked = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    const error = await rejection(
      engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId,
        answers: (asked.challenge?.questions ?? []).map((q) => ({
          questionId: q.id,
          answer: 'wrong',
        })),
      }),
    );
    expect(error.code).toBe('invalid_answers');
    expect((error.flow as FlowView).challenge?.questions).toHaveLength(3);
    expect(await auditTypes(storage)).toContain('flow.method_failed');
  });
});

describe('recovery: codes', () => {
  it('answers a challenge from its own writes: what a read gives, without reading them back', async () => {
    const { engine, storage } = await setup();
    const challengeReads = vi.spyOn(storage.challenges, 'get');
    const messageReads = vi.spyOn(storage.outbox, 'get');
    const reads = () => ({
      challenges: challengeReads.mock.calls.length,
      outbox: messageReads.mock.calls.length,
    });
    // A match (a code goes out) and a mismatch (a stand-in is stored): the same answer and work.
    for (const confirm of ['06 12345678', '06 99999999']) {
      const started = await engine.recovery.start({ identifier: 'alice' });
      const challenged = await engine.recovery.challenge({
        flowToken: started.flowToken,
        methodId: 'm1',
        confirm,
      });
      expect(reads()).toEqual({ challenges: 0, outbox: 0 });
      const read = await engine.recovery.getFlow({ flowToken: started.flowToken });
      expect(reads()).toEqual({ challenges: 1, outbox: 1 });
      expect(challenged.challenge).toEqual(read.challenge);
      expect(challenged.challenge).toEqual({
        methodId: 'm1',
        delivery: 'queued',
        expiresAt: '2026-11-24T10:05:00.000Z',
      });
      challengeReads.mockClear();
      messageReads.mockClear();
    }
  });

  it('expires a code after 5 minutes', async () => {
    const { engine, clock, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    clock.advance(5 * MINUTE);
    const error = await rejection(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
    );
    expect(error.code).toBe('code_expired');
  });

  it('replaces the code on resend, and keeps counting failures across resends', async () => {
    const { engine, storage, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const send = () =>
      engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
    await send();
    const old = await codeSentTo('+31612345678');
    const wrong = old === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await rejection(
            engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
          )
        ).code,
      ).toBe('invalid_code');
    }
    await send();
    const fresh = await codeSentTo('+31612345678');
    if (fresh !== old) {
      const stale = await rejection(
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: old }),
      );
      expect(stale.code).toBe('invalid_code');
    }
    const flowId = flowIdOf(flow.flowToken);
    const challenge = await storage.challenges.get('default', flowId, 'm1');
    expect(challenge?.sends).toBe(2);
    const tries = await storage.counters.get(`default:tries:${flowId}:m1`, START);
    expect(tries.count).toBe(fresh !== old ? 4 : 3);
    // The fifth failure in 24 hours blocks the account, resend or not.
    const blocked = await rejection(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
    );
    expect(blocked.code).toBe('blocked');
    expect(blocked.retryAfterSeconds).toBe(24 * 3600);
  });

  it('still verifies a code made under a key that was rotated out of first place', async () => {
    const { engine, sibling, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    const rotated = sibling([
      { id: 'k2', secret: 'the next test secret of 32+ bytes, new' },
      ...TEST_KEYS,
    ]);
    await expect(
      rotated.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
    ).resolves.toMatchObject({
      state: 'verified',
    });
  });

  it('refuses a code once its key is removed', async () => {
    const { engine, sibling, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    const replaced = sibling([{ id: 'k2', secret: 'the next test secret of 32+ bytes, new' }]);
    const error = await rejection(
      replaced.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
    );
    expect(error.code).toBe('invalid_code');
  });

  it('refuses a code from another flow', async () => {
    const { engine, codeSentTo } = await setup();
    const a = await engine.recovery.start({ identifier: 'alice' });
    const b = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: a.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const codeA = await codeSentTo('+31612345678');
    await engine.recovery.challenge({
      flowToken: b.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const codeB = await codeSentTo('+31612345678');
    if (codeA !== codeB) {
      const error = await rejection(
        engine.recovery.verify({ flowToken: b.flowToken, methodId: 'm1', code: codeA }),
      );
      expect(error.code).toBe('invalid_code');
    }
    // Even the same digits would not verify elsewhere: the HMAC binds flow and method.
    const verified = await engine.recovery.verify({
      flowToken: b.flowToken,
      methodId: 'm1',
      code: codeB,
    });
    expect(verified.state).toBe('verified');
  });

  it('accepts one of 50 concurrent verifications of one code', async () => {
    const { engine, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('does not let a used code verify again', async () => {
    const { engine, reachVerified } = await setup({ policy: { gatesRequired: 1 } });
    const verified = await reachVerified();
    const again = await rejection(
      engine.recovery.verify({ flowToken: verified.flowToken, methodId: 'm1', code: '123456' }),
    );
    expect(again.code).toBe('invalid_state');
  });
});

describe('recovery: sending', () => {
  it('sends nothing until the full number is typed, and answers the same either way', async () => {
    const { engine, storage, messaging } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const missing = await rejection(
      engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1' }),
    );
    expect(missing.code).toBe('confirm_required');
    const wrong = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345679',
    });
    await engine.dispatcher.runOnce();
    expect(messaging.sent).toHaveLength(0);
    expect(wrong.challenge?.delivery).toBe('queued');
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.challenge_sent'],
      limit: 5,
    });
    expect(events[0]?.reason).toBe('confirm_mismatch');
  });

  it('shows a failed delivery in the flow and in audit, so the user can resend', async () => {
    const { engine, storage, messaging, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    messaging.failNext('sms', 'invalid_recipient');
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    await engine.dispatcher.runOnce();
    expect(messaging.sent).toHaveLength(0);
    const failed = await engine.recovery.getFlow({ flowToken: flow.flowToken });
    expect(failed.challenge).toMatchObject({ methodId: 'm1', delivery: 'failed' });
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['notification.failed'],
      limit: 5,
    });
    expect(events[0]).toMatchObject({
      reason: 'invalid_recipient',
      channel: 'sms',
      purpose: 'code:m1',
    });

    const resent = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    expect(resent.challenge?.delivery).toBe('queued');
    const code = await codeSentTo('+31612345678');
    await expect(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
    ).resolves.toMatchObject({
      state: 'verified',
    });
  });

  it('refuses an unknown flow token', async () => {
    const { engine } = await setup();
    const error = await rejection(engine.recovery.getFlow({ flowToken: 'nope' }));
    expect(error.code).toBe('flow_not_found');
  });

  it('limits codes per method per hour', async () => {
    const { engine, clock } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const send = () =>
      engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
    for (let i = 0; i < 5; i++) await send();
    const limited = await rejection(send());
    expect(limited).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
    clock.advance(HOUR);
    const later = await engine.recovery.start({ identifier: 'alice' });
    await expect(
      engine.recovery.challenge({
        flowToken: later.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      }),
    ).resolves.toMatchObject({ state: 'awaiting_proof' });
  });

  it('limits emails per 10 minutes', async () => {
    const { engine } = await setup({
      policy: { limits: { sendsPerMethodPerHour: 50, emailsPerTenMinutes: 3 } },
    });
    const flow = await engine.recovery.start({ identifier: 'erin' });
    const email = flow.methods.find((m) => m.type === 'email')?.id ?? '';
    const send = () =>
      engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: email,
        confirm: 'erin.private@example.net',
      });
    for (let i = 0; i < 3; i++) await send();
    expect((await rejection(send())).code).toBe('rate_limited');
  });

  it('caps calls and texts per client address against SMS pumping', async () => {
    const { engine } = await setup({ policy: { limits: { phoneSendsPerIpPerHour: 2 } } });
    const ip = '203.0.113.9';
    for (const [identifier, phone] of [
      ['alice', '+31612345678'],
      ['erin', '+31611112222'],
    ] as const) {
      const flow = await engine.recovery.start({ identifier, ip });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: phone,
        ip,
      });
    }
    const admin = await engine.recovery.start({ identifier: 'admin', ip });
    const error = await rejection(
      engine.recovery.challenge({
        flowToken: admin.flowToken,
        methodId: 'm1',
        confirm: '+31687654321',
        ip,
      }),
    );
    expect(error.code).toBe('rate_limited');
  });

  it('offers no phone outside the allowed countries', async () => {
    const { engine } = await setup({
      policy: { detailedErrors: true, limits: { phoneCountryCallingCodes: ['32'] } },
    });
    const error = await rejection(engine.recovery.start({ identifier: 'alice' }));
    expect(error).toMatchObject({ code: 'not_eligible', reason: 'not_registered' });
  });
});

describe('recovery: limits and blocking', () => {
  it('counts limits per tenant: one tenant spending its budgets leaves another untouched', async () => {
    const { engine, codeSentTo } = await setup();
    for (let i = 0; i < 5; i++) await engine.recovery.start({ identifier: 'alice', tenantId: 'a' });
    expect(
      (await rejection(engine.recovery.start({ identifier: 'alice', tenantId: 'a' }))).code,
    ).toBe('rate_limited');
    const other = await engine.recovery.start({ identifier: 'alice', tenantId: 'b' });
    await engine.recovery.challenge({
      flowToken: other.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
      tenantId: 'b',
    });
    for (let i = 0; i < 5; i++) {
      await rejection(
        engine.recovery.verify({
          flowToken: other.flowToken,
          methodId: 'm1',
          code: '000000',
          tenantId: 'b',
        }),
      );
    }
    expect(
      (await rejection(engine.recovery.start({ identifier: 'alice', tenantId: 'b' }))).code,
    ).toBe('blocked');
    // The default tenant's alice is neither rate-limited nor blocked.
    const own = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: own.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    await expect(
      engine.recovery.verify({ flowToken: own.flowToken, methodId: 'm1', code }),
    ).resolves.toMatchObject({ state: 'verified' });
  });

  it("keeps each tenant's phone caps its own", async () => {
    const { engine, codeSentTo } = await setup({
      policy: { limits: { phoneSendsPerHour: 2, phoneSendsPerIpPerHour: 2 } },
    });
    const send = async (tenantId: string) => {
      const flow = await engine.recovery.start({ identifier: 'alice', tenantId });
      return engine.recovery
        .challenge({
          flowToken: flow.flowToken,
          methodId: 'm1',
          confirm: '+31612345678',
          ip: '192.0.2.1',
          tenantId,
        })
        .then(
          () => 'sent',
          (error: { code: string }) => error.code,
        );
    };
    expect([await send('a'), await send('a'), await send('a')]).toEqual([
      'sent',
      'sent',
      'rate_limited',
    ]);
    expect(await send('default')).toBe('sent');
    expect(await codeSentTo('+31612345678')).toMatch(/^\d{6}$/);
  });

  it("caps one method's tries in a flow across the end of the day's window", async () => {
    const { engine, clock, codeSentTo } = await setup();
    const wrongFor = (code: string) => (code === '000000' ? '000001' : '000000');
    const first = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: first.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const firstWrong = wrongFor(await codeSentTo('+31612345678'));
    await rejection(
      engine.recovery.verify({ flowToken: first.flowToken, methodId: 'm1', code: firstWrong }),
    );
    // Just before the day's window (opened by that failure) ends, a new flow.
    clock.advance(24 * HOUR - 2 * MINUTE);
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const wrong = wrongFor(await codeSentTo('+31612345678'));
    const guess = async () =>
      (
        await rejection(
          engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
        )
      ).code;
    const answers = [await guess(), await guess(), await guess()];
    clock.advance(3 * MINUTE); // a new day's window: 0 failures; this code has had 3 tries
    answers.push(await guess(), await guess(), await guess());
    expect(answers).toEqual([...Array(5).fill('invalid_code'), 'too_many_attempts']);
  });

  it('blocks self-service for 24 hours after 5 failed proofs in a day', async () => {
    const { engine, clock, codeSentTo } = await setup({ policy: { detailedErrors: true } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++) {
      await rejection(
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
      );
    }
    const blocked = await rejection(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
    );
    expect(blocked.code).toBe('blocked');
    expect((await rejection(engine.recovery.start({ identifier: 'alice' }))).code).toBe('blocked');
    clock.advance(24 * HOUR);
    await expect(engine.recovery.start({ identifier: 'alice' })).resolves.toMatchObject({
      state: 'choose_method',
    });
  });

  it('blocks after the consecutive-failure limit even below the daily one', async () => {
    const { engine, storage, clock, codeSentTo } = await setup({
      policy: { limits: { failedProofsPerDay: 50, maxConsecutiveFailures: 3 } },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = await codeSentTo('+31612345678');
    const wrong = code === '111111' ? '222222' : '111111';
    await rejection(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: wrong }),
    );
    clock.advance(25 * HOUR); // past the daily window: only the consecutive count remains
    const again = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: again.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code2 = await codeSentTo('+31612345678');
    const wrong2 = code2 === '111111' ? '222222' : '111111';
    await rejection(
      engine.recovery.verify({ flowToken: again.flowToken, methodId: 'm1', code: wrong2 }),
    );
    const third = await rejection(
      engine.recovery.verify({ flowToken: again.flowToken, methodId: 'm1', code: wrong2 }),
    );
    expect(third.code).toBe('blocked');
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.blocked'],
      limit: 1,
    });
    expect(events[0]?.reason).toBe('consecutive_failures');
  });

  it('allows 5 resets an hour per identifier, then says so honestly, known or not', async () => {
    const { engine, clock } = await setup();
    const answers = [];
    for (const identifier of ['alice', 'nobody@example.com']) {
      for (let i = 0; i < 5; i++) await engine.recovery.start({ identifier });
      answers.push(await rejection(engine.recovery.start({ identifier })));
    }
    expect(answers[0]).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
    expect(answers[1]).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
    clock.advance(HOUR);
    await expect(engine.recovery.start({ identifier: 'alice' })).resolves.toMatchObject({
      state: 'choose_method',
    });
  });
});

describe('recovery: completion', () => {
  it('refuses a password that breaks the policy and keeps the flow open', async () => {
    const { engine, reachVerified } = await setup();
    const verified = await reachVerified();
    const error = await rejection(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: 'AliceSmith2024' }),
    );
    expect(error.code).toBe('password_rejected');
    expect(error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'banned' })]),
    );
    const missing = await rejection(engine.recovery.complete({ flowToken: verified.flowToken }));
    expect(missing.code).toBe('password_required');
    await expect(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
    ).resolves.toMatchObject({ state: 'completed' });
  });

  it('refuses the current or a recent password from the directory history', async () => {
    const { engine, reachVerified } = await setup();
    const first = await reachVerified();
    const current = await rejection(
      engine.recovery.complete({
        flowToken: first.flowToken,
        newPassword: 'morning tide over quiet water',
      }),
    );
    expect(current).toMatchObject({
      code: 'password_rejected',
      issues: [{ code: 'reused', historyCount: 5 }],
    });
    await engine.recovery.complete({ flowToken: first.flowToken, newPassword: NEW_PASSWORD });
    const second = await reachVerified();
    const previous = await rejection(
      engine.recovery.complete({
        flowToken: second.flowToken,
        newPassword: 'morning tide over quiet water',
      }),
    );
    expect(previous.issues).toEqual([{ code: 'reused', historyCount: 5 }]);
  });

  it('keeps the flow usable when the directory fails, records no success, and retries', async () => {
    const { engine, storage, directory, writeback, reachVerified } = await setup();
    const verified = await reachVerified();
    writeback.failing = true;
    const error = await rejection(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
    );
    expect(error).toMatchObject({ code: 'directory_error', directoryCode: 'unavailable' });
    const types = await auditTypes(storage);
    expect(types).toContain('writeback.failed');
    expect(types).not.toContain('password.reset');
    expect(await directory.verifyPassword('u-alice', 'morning tide over quiet water')).toBe(true);
    writeback.failing = false;
    directory.setAvailable(false);
    const down = await rejection(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
    );
    expect(down).toMatchObject({ code: 'directory_error', directoryCode: 'unavailable' });
    directory.setAvailable(true);
    const done = await engine.recovery.complete({
      flowToken: verified.flowToken,
      newPassword: NEW_PASSWORD,
    });
    expect(done.state).toBe('completed');
    expect(await directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
  });

  it('lets only one of two concurrent completions write back', async () => {
    const { engine, reachVerified } = await setup();
    const verified = await reachVerified();
    const results = await Promise.allSettled([
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
      engine.recovery.complete({
        flowToken: verified.flowToken,
        newPassword: `${NEW_PASSWORD} two`,
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('checks and writes back outside the transaction it runs in, and goes on in a new one', async () => {
    // A storage whose transactions say when they are open and how each ended.
    const { transaction, outsideTransaction, runs, watch, calls } = recordedTransactions();
    const storage: Storage = { ...createMemoryStorage(), transaction, outsideTransaction };
    const { engine, directory, reachVerified } = await setup({ storage });
    watch(directory, 'passwordHistory', 'history');
    watch(directory, 'resetPassword', 'writeback');
    const flow = await reachVerified();

    const refused = await rejection(
      transaction(() =>
        engine.recovery.complete({ flowToken: flow.flowToken, newPassword: 'password' }),
      ),
    );
    expect(refused.code).toBe('password_rejected');

    runs.length = 0;
    calls.length = 0;
    const done = await transaction(() =>
      engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD }),
    );
    expect(done.state).toBe('completed');
    expect(calls).toEqual([
      'history, transaction open: false',
      'writeback, transaction open: false',
    ]);
    // The try counted and the writeback claimed, committed; then the outcome.
    expect(runs).toEqual(['commit', 'commit']);
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['password.reset_failed', 'password.reset'],
      limit: 10,
    });
    const summary = events.map((event) => ({
      type: event.type,
      result: event.result,
      reason: event.reason,
      methods: 'methods' in event ? event.methods : undefined,
    }));
    expect(summary).toHaveLength(2);
    expect(summary).toEqual(
      expect.arrayContaining([
        {
          type: 'password.reset_failed',
          result: 'failure',
          reason: 'password_rejected',
          methods: undefined,
        },
        { type: 'password.reset', result: 'success', reason: undefined, methods: ['mobileSms'] },
      ]),
    );
  });

  it('refuses a second complete while the first checks its password, before any hashing', async () => {
    const { engine, directory, reachVerified } = await setup();
    const verified = await reachVerified();
    const history = directory.passwordHistory?.bind(directory);
    if (history === undefined) throw new Error('the directory keeps no history');
    let reads = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    directory.passwordHistory = async (id) => {
      reads += 1;
      await held;
      return history(id);
    };
    const first = engine.recovery.complete({
      flowToken: verified.flowToken,
      newPassword: NEW_PASSWORD,
    });
    await vi.waitFor(() => expect(reads).toBe(1));
    expect((await engine.recovery.getFlow({ flowToken: verified.flowToken })).state).toBe(
      'writing_back',
    );
    const second = await rejection(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: `${NEW_PASSWORD} 2` }),
    );
    expect(second.code).toBe('invalid_state');
    expect(reads).toBe(1);
    release();
    expect((await first).state).toBe('completed');
  });

  it('cancels nothing when a try past the budget meets one that claimed the writeback', async () => {
    const { engine, storage, reachVerified } = await setup();
    const verified = await reachVerified();
    const { flowToken } = verified;
    for (let i = 0; i < 4; i++) {
      await rejection(engine.recovery.complete({ flowToken, newPassword: 'password' }));
    }
    // The fifth and sixth tries at once: both read the flow verified; the fifth claims the
    // writeback, the sixth is past the budget and its cancel loses to that claim.
    const [fifth, sixth] = await Promise.allSettled([
      engine.recovery.complete({ flowToken, newPassword: NEW_PASSWORD }),
      engine.recovery.complete({ flowToken, newPassword: `${NEW_PASSWORD} 2` }),
    ]);
    expect(fifth).toMatchObject({ status: 'fulfilled', value: { state: 'completed' } });
    expect(sixth).toMatchObject({ status: 'rejected', reason: { code: 'too_many_attempts' } });
    expect(await auditTypes(storage)).not.toContain('flow.canceled');
  });

  it('opens the flow again when the history cannot be read, and audits the failed reset', async () => {
    const { engine, storage, directory, reachVerified } = await setup();
    const verified = await reachVerified();
    const history = directory.passwordHistory?.bind(directory);
    if (history === undefined) throw new Error('the directory keeps no history');
    directory.passwordHistory = async () => {
      throw new DirectoryError('unavailable', 'simulated outage');
    };
    const down = await rejection(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
    );
    expect(down).toMatchObject({
      code: 'directory_error',
      directoryCode: 'unavailable',
      message: 'The directory could not be reached',
    });
    expect((await engine.recovery.getFlow({ flowToken: verified.flowToken })).state).toBe(
      'verified',
    );
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['password.reset_failed', 'writeback.failed'],
      limit: 10,
    });
    // No writeback was tried: only the reset's failure, with the directory's code.
    expect(events.map((event) => [event.type, event.reason])).toEqual([
      ['password.reset_failed', 'unavailable'],
    ]);
    directory.passwordHistory = history;
    await expect(
      engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
    ).resolves.toMatchObject({ state: 'completed' });
  });

  it('refuses writeback-managed passwords when writeback is off', async () => {
    const { engine } = await setup({
      external: true,
      policy: { writeback: false, detailedErrors: true },
    });
    const error = await rejection(engine.recovery.start({ identifier: 'alice' }));
    expect(error).toMatchObject({ code: 'not_eligible', reason: 'writeback_disabled' });
  });
});

describe('recovery: flow lifetime', () => {
  it('expires after 15 minutes and becomes abandoned', async () => {
    const { engine, storage, clock } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    clock.advance(15 * MINUTE);
    const error = await rejection(
      engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      }),
    );
    expect(error.code).toBe('flow_expired');
    expect(await auditTypes(storage)).toContain('flow.abandoned');
  });

  it('sweeps expired flows into abandoned', async () => {
    const { engine, storage, clock } = await setup();
    await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.start({ identifier: 'nobody-here' });
    clock.advance(16 * MINUTE);
    expect(await engine.recovery.expireFlows()).toBe(2);
    expect(await engine.recovery.expireFlows()).toBe(0);
    expect((await auditTypes(storage)).filter((t) => t === 'flow.abandoned')).toHaveLength(2);
  });

  it('never abandons a flow whose writeback never finished (a crash mid-write): reconcile-writeback settles it', async () => {
    const { engine, storage, clock, directory, reachVerified } = await setup();
    const verified = await reachVerified();
    const id = flowIdOf(verified.flowToken);
    const stored = await storage.flows.get('default', id);
    if (stored === null) throw new Error('flow not stored');
    // What a process that died after claiming the writeback leaves behind.
    await storage.flows.update(
      { ...stored, state: 'writing_back', revision: stored.revision + 1 },
      stored.revision,
    );
    expect(
      (
        await rejection(
          engine.recovery.complete({ flowToken: verified.flowToken, newPassword: NEW_PASSWORD }),
        )
      ).code,
    ).toBe('invalid_state');
    clock.advance(15 * MINUTE);
    expect(await engine.recovery.expireFlows()).toBe(0);
    expect((await storage.flows.get('default', id))?.state).toBe('writing_back');
    // The directory never got the password: the flow goes back to verified (the user may retry).
    expect(await engine.scheduler.runDue()).toContain('reconcile-writeback');
    expect((await storage.flows.get('default', id))?.state).toBe('verified');
    expect(await directory.verifyPassword('u-alice', 'morning tide over quiet water')).toBe(true);
  });

  it('cancels from any open state, and only once', async () => {
    const { engine, reachVerified } = await setup();
    const c = await reachVerified();
    expect((await engine.recovery.cancel({ flowToken: c.flowToken })).state).toBe('canceled');
    const a = await engine.recovery.start({ identifier: 'alice' });
    expect((await engine.recovery.cancel({ flowToken: a.flowToken })).state).toBe('canceled');
    expect((await rejection(engine.recovery.cancel({ flowToken: a.flowToken }))).code).toBe(
      'invalid_state',
    );
    const b = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: b.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    expect((await engine.recovery.cancel({ flowToken: b.flowToken })).state).toBe('canceled');
  });

  it('records a request for the helpdesk and keeps the flow open', async () => {
    const { engine, storage } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect((await engine.recovery.contactAdmin({ flowToken: flow.flowToken })).state).toBe(
      'choose_method',
    );
    expect(await auditTypes(storage)).toContain('flow.contacted_admin');
    await engine.recovery.cancel({ flowToken: flow.flowToken });
    expect(
      (await rejection(engine.recovery.contactAdmin({ flowToken: flow.flowToken }))).code,
    ).toBe('invalid_state');
  });

  it('refuses steps out of order', async () => {
    const { engine } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect(
      (
        await rejection(
          engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '123456' }),
        )
      ).code,
    ).toBe('invalid_state');
    expect(
      (
        await rejection(
          engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD }),
        )
      ).code,
    ).toBe('invalid_state');
    expect(
      (
        await rejection(
          engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm9', confirm: 'x' }),
        )
      ).code,
    ).toBe('method_not_found');
  });
});

describe('recovery: decoys', () => {
  it('gives unknown, unregistered and disabled accounts flows shaped like a real one', async () => {
    // A typical account: one mobile phone and one email address (questions are off by default).
    const { engine } = await setup({ policy: { methods: ['mobileSms', 'mobileVoice', 'email'] } });
    const real = await engine.recovery.start({ identifier: 'erin' });
    for (const identifier of ['nobody@example.com', 'carol', 'dave']) {
      const decoy = await engine.recovery.start({ identifier });
      expect(shape(decoy)).toEqual(shape(real));
    }
  });

  it('derives the same hints for the same identifier every time', async () => {
    const { engine } = await setup();
    const a = await engine.recovery.start({ identifier: 'nobody@example.com' });
    const b = await engine.recovery.start({ identifier: 'Nobody@Example.com' });
    expect(a.methods).toEqual(b.methods);
    expect(a.flowToken).not.toBe(b.flowToken);
  });

  it('sends nothing and fails every verification the same way', async () => {
    const { engine, storage, messaging } = await setup();
    const decoy = await engine.recovery.start({ identifier: 'nobody@example.com' });
    const challenged = await engine.recovery.challenge({
      flowToken: decoy.flowToken,
      methodId: 'm1',
      confirm: '+31 6 00000000',
    });
    expect(challenged.state).toBe('awaiting_proof');
    await engine.dispatcher.runOnce();
    expect(messaging.sent).toHaveLength(0);
    const error = await rejection(
      engine.recovery.verify({ flowToken: decoy.flowToken, methodId: 'm1', code: '123456' }),
    );
    expect(error.code).toBe('invalid_code');
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.started'],
      limit: 1,
    });
    expect(events[0]).toMatchObject({ decoy: true, reason: 'not_found' });
  });

  it('tells why only when the policy opts into detailed errors', async () => {
    const { engine } = await setup({ policy: { detailedErrors: true } });
    expect(await rejection(engine.recovery.start({ identifier: 'nobody' }))).toMatchObject({
      code: 'not_eligible',
      reason: 'not_found',
    });
    expect(await rejection(engine.recovery.start({ identifier: 'carol' }))).toMatchObject({
      reason: 'not_registered',
    });
    expect(await rejection(engine.recovery.start({ identifier: 'dave' }))).toMatchObject({
      reason: 'disabled',
    });
  });
});

describe('recovery: secrets', () => {
  it('keeps codes, answers and passwords out of storage, audit, the outbox and logs', async () => {
    const logged: string[] = [];
    const original = {
      log: console.log,
      warn: console.warn,
      error: console.error,
      info: console.info,
    };
    for (const name of ['log', 'warn', 'error', 'info'] as const) {
      console[name] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    }
    try {
      const { engine, storage, answers, codeSentTo } = await setup();
      const flow = await engine.recovery.start({ identifier: 'alice' });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
      const code = await codeSentTo('+31612345678');
      await engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
      await engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD });
      const bob = await engine.recovery.start({ identifier: 'bob' });
      const methodId = bob.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
      const asked = await engine.recovery.challenge({ flowToken: bob.flowToken, methodId });
      await engine.recovery.verify({
        flowToken: bob.flowToken,
        methodId,
        answers: (asked.challenge?.questions ?? []).map((q) => ({
          questionId: q.id,
          answer: answers[q.id] ?? '',
        })),
      });
      await engine.dispatcher.runOnce();

      const audit = await storage.audit.query({ tenantId: 'default', limit: 1000 });
      const flowIds = [...new Set(audit.events.map((event) => event.correlationId))];
      const everything = JSON.stringify({
        flows: await Promise.all(flowIds.map((id) => storage.flows.get('default', id))),
        challenges: await Promise.all(
          flowIds.flatMap((id) =>
            ['m1', 'm2', 'm3'].map((m) => storage.challenges.get('default', id, m)),
          ),
        ),
        registrations: await storage.registrations.list('default', { limit: 100 }),
        audit,
        outbox: await Promise.all(
          flowIds.map((id) => storage.outbox.listByCorrelation('default', id)),
        ),
        logged,
      });
      for (const secret of [
        code,
        NEW_PASSWORD,
        ...Object.values(answers),
        flow.flowToken,
        bob.flowToken,
      ]) {
        expect(secret.length).toBeGreaterThan(5);
        expect(everything).not.toContain(secret);
      }
      expect(everything).not.toContain('+31612345678'); // delivered payloads are cleared
      expect(everything).toContain('notification.sent'); // the scan did see the records
    } finally {
      Object.assign(console, original);
    }
  });
});
