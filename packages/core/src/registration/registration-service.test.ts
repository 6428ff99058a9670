import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { recordedTransactions } from '../testing/recorded-transactions.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START as START } from '../testing/test-engine.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Accounts an attacker signed up for, to spread sends over many users. */
const ATTACKERS = Array.from({ length: 11 }, (_, index) => ({
  id: `u-m${index}`,
  username: `mallory${index}`,
  password: 'x',
  email: `mallory${index}@example.org`,
}));

async function setup(policy: PolicyInput = {}) {
  const testbed = createTestEngine({
    users: [
      {
        id: 'u-ann',
        username: 'ann',
        password: 'current pass phrase one',
        email: 'ann@example.com',
        givenName: 'Annabel',
        surname: 'Jansen',
      },
      {
        id: 'u-dir',
        username: 'dirk',
        password: 'x',
        email: 'dirk@example.com',
        contact: { mobile: '+31611112222' },
      },
      {
        id: 'u-boss',
        username: 'boss',
        password: 'x',
        email: 'boss@example.com',
        isAdmin: true,
      },
      ...ATTACKERS,
    ],
    seed: 7,
    policy: {
      methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions'],
      questions: {
        predefined: [
          'street-at-age-ten',
          'first-pet-name',
          'childhood-best-friend',
          'first-concert',
        ],
      },
      ...policy,
    },
  });
  const { engine, clock, codeSentTo: lastCodeTo } = testbed;
  const recent = () => ({ authTime: clock.now() });

  async function addEmail(userId: string, value: string) {
    await engine.registration.addMethod({ userId, kind: 'email', value, auth: recent() });
    const code = await lastCodeTo(value.toLowerCase());
    return engine.registration.verifyMethod({ userId, kind: 'email', value, code, auth: recent() });
  }

  return { ...testbed, recent, lastCodeTo, addEmail };
}

const answers = [
  { questionId: 'street-at-age-ten', answer: 'Zwolle' },
  { questionId: 'first-pet-name', answer: 'Bolletje' },
  { questionId: 'childhood-best-friend', answer: 'Pieter K' },
];

describe('registration: status', () => {
  it('reports missing, registered, and due for reconfirmation on day N, not N-1', async () => {
    const { engine, clock, addEmail } = await setup({ reconfirmDays: 30 });
    expect((await engine.registration.getStatus({ userId: 'u-ann' })).status).toBe('missing');
    const added = await addEmail('u-ann', 'ann.private@example.net');
    expect(added).toMatchObject({
      status: 'registered',
      required: 1,
      reconfirmedAt: START.toISOString(),
      reconfirmDueAt: new Date(START.getTime() + 30 * DAY).toISOString(),
    });
    expect(added.methods).toEqual([
      expect.objectContaining({ kind: 'email', hint: 'a•••@e•••.net', source: 'registered' }),
    ]);
    clock.advance(30 * DAY - 1);
    expect((await engine.registration.getStatus({ userId: 'u-ann' })).status).toBe('registered');
    clock.advance(1);
    expect((await engine.registration.getStatus({ userId: 'u-ann' })).status).toBe(
      'needs_reconfirmation',
    );
    const reconfirmed = await engine.registration.reconfirm({ userId: 'u-ann' });
    expect(reconfirmed.status).toBe('registered');
    expect(reconfirmed.reconfirmedAt).toBe(clock.now().toISOString());
  });

  it('never asks for reconfirmation when reconfirmDays is 0', async () => {
    const { engine, clock, addEmail } = await setup({ reconfirmDays: 0 });
    await addEmail('u-ann', 'ann.private@example.net');
    clock.advance(3000 * DAY);
    expect((await engine.registration.getStatus({ userId: 'u-ann' })).status).toBe('registered');
  });

  it('counts the directory phone as registered, but asks its owner to confirm it', async () => {
    const { engine } = await setup();
    const status = await engine.registration.getStatus({ userId: 'u-dir' });
    expect(status.methods).toEqual([
      { id: 'directory:mobile', kind: 'mobile', hint: '+31 •• ••• ••22', source: 'directory' },
    ]);
    expect(status.status).toBe('needs_reconfirmation');
    expect((await engine.registration.reconfirm({ userId: 'u-dir' })).status).toBe('registered');
  });

  it('requires two distinct methods of an admin', async () => {
    const { engine, addEmail, recent, lastCodeTo } = await setup();
    expect((await addEmail('u-boss', 'boss.alt@example.org')).status).toBe('missing');
    await engine.registration.addMethod({
      userId: 'u-boss',
      kind: 'mobile',
      value: '+31687654321',
      auth: recent(),
    });
    const code = await lastCodeTo('+31687654321');
    const status = await engine.registration.verifyMethod({
      userId: 'u-boss',
      kind: 'mobile',
      value: '+31 6 87654321',
      code,
      auth: recent(),
    });
    expect(status).toMatchObject({ status: 'registered', required: 2 });
  });

  it('refuses an unknown user', async () => {
    const { engine } = await setup();
    expect((await rejection(engine.registration.getStatus({ userId: 'nobody' }))).code).toBe(
      'user_not_found',
    );
  });
});

describe('registration: verification codes', () => {
  it('stores nothing until the code sent to the new address is entered', async () => {
    const { engine, storage, recent, lastCodeTo } = await setup();
    const pending = await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'Ann.Private@Example.net',
      auth: recent(),
    });
    expect(pending).toEqual({
      kind: 'email',
      hint: 'a•••@e•••.net',
      expiresAt: new Date(START.getTime() + 5 * MINUTE).toISOString(),
    });
    expect(await storage.registrations.get('default', 'u-ann')).toBeNull();
    const code = await lastCodeTo('ann.private@example.net');
    await engine.registration.verifyMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'ann.private@example.net',
      code,
      auth: recent(),
    });
    const stored = await storage.registrations.get('default', 'u-ann');
    expect(stored?.methods.map((m) => m.value)).toEqual(['ann.private@example.net']);
  });

  it('binds the code to the address it was sent to', async () => {
    const { engine, recent, lastCodeTo } = await setup();
    await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'mine@example.net',
      auth: recent(),
    });
    const code = await lastCodeTo('mine@example.net');
    const error = await rejection(
      engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'attacker@example.net',
        code,
        auth: recent(),
      }),
    );
    expect(error.code).toBe('invalid_code');
  });

  it('expires a code, refuses a replay, and caps attempts', async () => {
    const { engine, clock, recent, lastCodeTo } = await setup();
    const add = () =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: recent(),
      });
    const verify = (code: string) =>
      engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        code,
        auth: recent(),
      });

    await add();
    const expired = await lastCodeTo('a@example.net');
    clock.advance(5 * MINUTE);
    expect((await rejection(verify(expired))).code).toBe('code_expired');

    await add();
    const good = await lastCodeTo('a@example.net');
    await verify(good);
    expect((await rejection(verify(good))).code).toBe('invalid_code');

    await add();
    const fresh = await lastCodeTo('a@example.net');
    const wrong = fresh === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) expect((await rejection(verify(wrong))).code).toBe('invalid_code');
    expect((await rejection(verify(wrong))).code).toBe('invalid_code');
    expect((await rejection(verify(fresh))).code).toBe('too_many_attempts');
  });

  it('refuses values that are not phone numbers or addresses', async () => {
    const { engine, recent } = await setup();
    for (const [kind, value] of [
      ['mobile', '0612345678'],
      ['mobile', '+0123'],
      ['mobile', '+12345678'],
      ['email', 'not-an-address'],
      ['email', 'a@b.com\r\nBcc: x@y.com'],
    ] as const) {
      const error = await rejection(
        engine.registration.addMethod({ userId: 'u-ann', kind, value, auth: recent() }),
      );
      expect(error.code, value).toBe('invalid_value');
    }
  });

  it('stores a number typed with the national (0) in E.164', async () => {
    const { engine, recent, lastCodeTo } = await setup();
    const pending = await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'mobile',
      value: '+31 (0)6 1234 5678',
      auth: recent(),
    });
    expect(pending.hint).toMatch(/78$/);
    expect(await lastCodeTo('+31612345678')).toMatch(/^\d{6}$/);
  });

  it('lets only admins set an office phone unless the policy allows users', async () => {
    const { engine, recent } = await setup();
    const error = await rejection(
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'office',
        value: '+31201234567',
        auth: recent(),
      }),
    );
    expect(error.code).toBe('method_not_allowed');
    await expect(
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'office',
        value: '+31201234567',
        auth: recent(),
        byAdmin: true,
      }),
    ).resolves.toMatchObject({ kind: 'office' });
  });

  it('limits codes per method per hour', async () => {
    const { engine, recent } = await setup();
    const add = () =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: recent(),
      });
    for (let i = 0; i < 5; i++) await add();
    expect(await rejection(add())).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
  });

  it('tells the old address when the recovery email changes, and the user on every change', async () => {
    const { engine, messaging, addEmail } = await setup();
    await addEmail('u-ann', 'old@example.net');
    await addEmail('u-ann', 'new@example.net');
    await engine.dispatcher.runOnce();
    const mails = messaging.sent.filter((s) => s.channel === 'email').map((s) => s.message);
    const notices = mails.filter((m) => !/\b\d{6}\b/.test(m.text));
    expect(notices.map((m) => m.to)).toEqual(
      expect.arrayContaining(['ann@example.com', 'old@example.net', 'new@example.net']),
    );
  });
});

describe('registration: recent sign-in', () => {
  it('needs a sign-in within the policy window or the current password', async () => {
    const { engine, clock } = await setup({ recentAuthMinutes: 10 });
    const add = (auth: { authTime?: Date; currentPassword?: string }) =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth,
      });
    expect((await rejection(add({}))).code).toBe('reauthentication_required');
    expect(
      (await rejection(add({ authTime: new Date(clock.now().getTime() - 11 * MINUTE) }))).code,
    ).toBe('reauthentication_required');
    expect(
      (await rejection(add({ authTime: new Date(clock.now().getTime() + 10 * MINUTE) }))).code,
    ).toBe('reauthentication_required');
    await expect(
      add({ authTime: new Date(clock.now().getTime() - 10 * MINUTE) }),
    ).resolves.toBeDefined();
    expect((await rejection(add({ currentPassword: 'wrong' }))).code).toBe('incorrect_password');
    await expect(add({ currentPassword: 'current pass phrase one' })).resolves.toBeDefined();
  });
});

describe('registration: the current password as a proof', () => {
  it('checks at most failedProofsPerDay of 30 concurrent guesses, the right one refused alike', async () => {
    const { engine, directory } = await setup();
    let checked = 0;
    const verifyPassword = directory.verifyPassword.bind(directory);
    directory.verifyPassword = async (id, password) => {
      checked += 1;
      return verifyPassword(id, password);
    };
    const add = (currentPassword: string) =>
      engine.registration
        .addMethod({
          userId: 'u-ann',
          kind: 'email',
          value: 'a@example.net',
          auth: { currentPassword },
        })
        .then(
          () => 'added',
          (error: { code: string }) => error.code,
        );
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        add(i === 29 ? 'current pass phrase one' : `guess ${i}`),
      ),
    );
    expect(checked).toBe(5);
    expect(answers.filter((answer) => answer === 'incorrect_password')).toHaveLength(5);
    expect(answers[29]).toBe('rate_limited');
  });
});

describe('registration: removal', () => {
  it('never removes below the required count while registration is required', async () => {
    const { engine, recent, addEmail } = await setup();
    const status = await addEmail('u-ann', 'a@example.net');
    const id = status.methods[0]?.id ?? '';
    const error = await rejection(
      engine.registration.removeMethod({ userId: 'u-ann', methodId: id, auth: recent() }),
    );
    expect(error.code).toBe('below_minimum');
    await addEmail('u-ann', 'a@example.net');
    expect(
      (
        await rejection(
          engine.registration.removeMethod({ userId: 'u-ann', methodId: 'nope', auth: recent() }),
        )
      ).code,
    ).toBe('method_not_found');
  });

  it('removes a method when enough remain', async () => {
    const { engine, recent, addEmail } = await setup({ requireRegistration: false });
    const status = await addEmail('u-ann', 'a@example.net');
    const after = await engine.registration.removeMethod({
      userId: 'u-ann',
      methodId: status.methods[0]?.id ?? '',
      auth: recent(),
    });
    expect(after).toMatchObject({ status: 'missing', methods: [] });
  });

  it('tells the user a removed passkey was a passkey', async () => {
    const { engine, storage, messaging, recent } = await setup({ requireRegistration: false });
    await storage.registrations.save(
      {
        tenantId: 'default',
        userId: 'u-ann',
        revision: 1,
        reconfirmedAt: START,
        updatedAt: START,
        methods: [
          { id: 'pk', kind: 'passkey', credential: {}, createdAt: START, verifiedAt: START },
        ],
      },
      null,
    );
    await engine.registration.removeMethod({ userId: 'u-ann', methodId: 'pk', auth: recent() });
    await engine.dispatcher.runOnce();
    const notice = messaging.sent.find((sent) => sent.channel === 'email');
    expect(notice?.channel === 'email' && notice.message.text).toContain('Passkey');
    expect(notice?.channel === 'email' && notice.message.text).not.toContain('Security questions');
  });
});

describe('registration: security questions', () => {
  it('stores hashed answers that reset accepts', async () => {
    const { engine, storage, recent } = await setup();
    const status = await engine.registration.setQuestions({
      userId: 'u-ann',
      answers,
      auth: recent(),
    });
    expect(status.methods).toEqual([
      expect.objectContaining({
        kind: 'securityQuestions',
        questionIds: answers.map((a) => a.questionId),
      }),
    ]);
    const stored = JSON.stringify(await storage.registrations.get('default', 'u-ann'));
    for (const { answer } of answers)
      expect(stored.toLowerCase()).not.toContain(answer.toLowerCase());
    const flow = await engine.recovery.start({ identifier: 'ann' });
    const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
    const asked = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    const verified = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId,
      answers: (asked.challenge?.questions ?? []).map((q) => ({
        questionId: q.id,
        answer: answers.find((a) => a.questionId === q.id)?.answer ?? '',
      })),
    });
    expect(verified.state).toBe('verified');
  });

  it('hashes the answers outside the transaction it runs in', async () => {
    const { transaction, outsideTransaction, runs, watch, calls } = recordedTransactions();
    const { engine, hasher, clock } = createTestEngine({
      users: [{ id: 'u-ann', username: 'ann', password: 'x', email: 'ann@example.com' }],
      storage: { ...createMemoryStorage(), transaction, outsideTransaction },
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: {
          predefined: [...answers.map((a) => a.questionId), 'first-concert'],
        },
      },
    });
    watch(hasher, 'hash', 'hash');
    await transaction(() =>
      engine.registration.setQuestions({
        userId: 'u-ann',
        answers,
        auth: { authTime: clock.now() },
      }),
    );
    expect(calls).toEqual(Array(answers.length).fill('hash, transaction open: false'));
    expect(runs).toEqual(['commit', 'commit']);
  });

  it('names every broken rule', async () => {
    const { engine, recent } = await setup();
    const error = await rejection(
      engine.registration.setQuestions({
        userId: 'u-ann',
        auth: recent(),
        answers: [
          { questionId: 'street-at-age-ten', answer: 'ab' },
          { questionId: 'made-up', answer: 'Annabel Smith' },
          { questionId: 'first-concert', answer: 'x'.repeat(41) },
        ],
      }),
    );
    expect(error.code).toBe('invalid_answers');
    expect(error.answerIssues).toEqual([
      { questionId: 'street-at-age-ten', code: 'too_short' },
      { questionId: 'made-up', code: 'unknown_question' },
      { questionId: 'made-up', code: 'contains_name' },
      { questionId: 'first-concert', code: 'too_long' },
    ]);
    const duplicate = await rejection(
      engine.registration.setQuestions({
        userId: 'u-ann',
        auth: recent(),
        answers: [
          { questionId: 'street-at-age-ten', answer: 'Zwolle' },
          { questionId: 'street-at-age-ten', answer: ' ZWOLLE ' },
          { questionId: 'first-pet-name', answer: 'Bolletje' },
        ],
      }),
    );
    expect(duplicate.answerIssues).toEqual([
      { questionId: 'street-at-age-ten', code: 'duplicate_question' },
      { questionId: 'street-at-age-ten', code: 'duplicate_answer' },
    ]);
  });

  it('needs exactly the number of questions the policy registers', async () => {
    const { engine, recent } = await setup();
    expect(
      (
        await rejection(
          engine.registration.setQuestions({
            userId: 'u-ann',
            answers: answers.slice(0, 2),
            auth: recent(),
          }),
        )
      ).code,
    ).toBe('invalid_request');
  });

  it('never lets an admin use security questions', async () => {
    const { engine, recent } = await setup();
    expect(
      (
        await rejection(
          engine.registration.setQuestions({ userId: 'u-boss', answers, auth: recent() }),
        )
      ).code,
    ).toBe('method_not_allowed');
  });
});

describe('registration: sends an attacker cannot pump', () => {
  /** 44 premium-rate-style numbers (GMSS satellite, international networks, São Tomé). */
  const pumped = Array.from({ length: 44 }, (_, index) => {
    const serial = String(1000 + index);
    return [`+88163123${serial}`, `+88213012${serial}`, `+239991${serial}`][index % 3] ?? '';
  });

  /** Sends one code per number, 4 per attacker account, a second apart, from `ipOf(n)`. */
  async function pump(
    context: Awaited<ReturnType<typeof setup>>,
    ipOf: (index: number) => string,
  ): Promise<Array<{ code: string } | 'sent'>> {
    const outcomes: Array<{ code: string } | 'sent'> = [];
    for (const [index, value] of pumped.entries()) {
      context.clock.advance(1000);
      try {
        await context.engine.registration.addMethod({
          userId: ATTACKERS[Math.floor(index / 4)]?.id ?? '',
          kind: 'mobile',
          value,
          auth: context.recent(),
          ip: ipOf(index),
        });
        outcomes.push('sent');
      } catch (error) {
        outcomes.push({ code: (error as { code: string }).code });
      }
    }
    await context.engine.dispatcher.runOnce();
    return outcomes;
  }

  const texts = (messaging: Awaited<ReturnType<typeof setup>>['messaging']) =>
    messaging.sent.filter((sent) => sent.channel === 'sms' || sent.channel === 'voice');

  it('refuses every number outside the country allowlist at once, spending nothing', async () => {
    const context = await setup({ limits: { phoneCountryCallingCodes: ['31'] } });
    const outcomes = await pump(context, () => '203.0.113.9');
    expect(outcomes).toEqual(pumped.map(() => ({ code: 'country_not_allowed' })));
    expect(texts(context.messaging)).toEqual([]);
    // No budget was spent: a Dutch number from the same address still gets its code.
    await context.engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'mobile',
      value: '+31612345678',
      auth: context.recent(),
      ip: '203.0.113.9',
    });
    expect(await context.lastCodeTo('+31612345678')).toMatch(/^\d{6}$/);
  });

  it('refuses an office phone outside the allowlist too, even for an admin', async () => {
    const { engine, recent } = await setup({ limits: { phoneCountryCallingCodes: ['31'] } });
    const error = await rejection(
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'office',
        value: '+2399912345',
        auth: recent(),
        byAdmin: true,
      }),
    );
    expect(error.code).toBe('country_not_allowed');
  });

  it('stops 44 texts from one address at the per-address phone cap', async () => {
    const context = await setup();
    const outcomes = await pump(context, () => '203.0.113.9');
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('sent'));
    expect(outcomes.slice(10)).toEqual(Array(34).fill({ code: 'rate_limited' }));
    expect(texts(context.messaging)).toHaveLength(10);
  });

  it('counts every address of one IPv6 /64 as one, and another /64 apart', async () => {
    const context = await setup();
    const outcomes = await pump(context, (index) => `2001:db8:5:6:${index.toString(16)}::1`);
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(10);
    expect(texts(context.messaging)).toHaveLength(10);
    await expect(
      context.engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'mobile',
        value: '+31612345678',
        auth: context.recent(),
        ip: '2001:db8:5:7::1',
      }),
    ).resolves.toMatchObject({ kind: 'mobile' });
  });

  it('spends the tenant-wide phone budget that recovery sends share', async () => {
    const context = await setup({ limits: { phoneSendsPerHour: 3 } });
    const outcomes = await pump(context, (index) => `198.51.100.${index}`);
    expect(outcomes.slice(0, 3)).toEqual(Array(3).fill('sent'));
    expect(outcomes.slice(3)).toEqual(Array(41).fill({ code: 'rate_limited' }));
    // Recovery's real sends count against the same budget, so they are refused now too.
    const flow = await context.engine.recovery.start({ identifier: 'dirk' });
    const methodId = flow.methods.find((method) => method.type === 'mobileSms')?.id ?? '';
    const error = await rejection(
      context.engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId,
        confirm: '+31611112222',
      }),
    );
    expect(error.code).toBe('rate_limited');
  });

  it('caps registration codes of any kind from one address', async () => {
    // sendsPerMethodPerHour 1: each account sends one code, the address at most 10.
    const { engine, recent, messaging } = await setup({ limits: { sendsPerMethodPerHour: 1 } });
    const outcomes: string[] = [];
    for (const attacker of ATTACKERS) {
      try {
        await engine.registration.addMethod({
          userId: attacker.id,
          kind: 'email',
          value: `${attacker.username}@mail.example.net`,
          auth: recent(),
          ip: '2001:db8:9::1',
        });
        outcomes.push('sent');
      } catch (error) {
        outcomes.push((error as { code: string }).code);
      }
    }
    expect(outcomes).toEqual([...Array(10).fill('sent'), 'rate_limited']);
    await engine.dispatcher.runOnce();
    expect(messaging.sent).toHaveLength(10);
  });

  it('spends nothing on a request refused for its input', async () => {
    const { engine, recent } = await setup({ limits: { phoneSendsPerIpPerHour: 1 } });
    const add = (value: string) =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'mobile',
        value,
        auth: recent(),
        ip: '203.0.113.9',
      });
    for (const value of ['0612345678', '+0123', 'call me']) {
      expect((await rejection(add(value))).code).toBe('invalid_value');
    }
    await expect(add('+31612345678')).resolves.toMatchObject({ kind: 'mobile' });
  });
});

describe('registration: wrong codes', () => {
  async function emailSetup() {
    const context = await setup();
    const add = () =>
      context.engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: context.recent(),
      });
    const verify = (code: string) =>
      context.engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        code,
        auth: context.recent(),
      });
    const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000');
    return { ...context, add, verify, wrongFor };
  }

  it('refuses after five wrong codes for the rest of the hour only, then a fresh code works', async () => {
    const { clock, add, verify, wrongFor, lastCodeTo, storage } = await emailSetup();
    await add();
    const first = await lastCodeTo('a@example.net');
    for (let i = 0; i < 5; i++) {
      expect((await rejection(verify(wrongFor(first)))).code).toBe('invalid_code');
    }
    const sixth = await rejection(verify(wrongFor(first)));
    expect(sixth).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 3600 });

    // A new code within the window is not looked at either.
    clock.advance(30 * MINUTE);
    await add();
    const second = await lastCodeTo('a@example.net');
    expect(await rejection(verify(second))).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 1800,
    });

    // After the window a fresh code works: the block does not last for good.
    clock.advance(30 * MINUTE);
    await add();
    const third = await lastCodeTo('a@example.net');
    await expect(verify(third)).resolves.toMatchObject({ status: 'registered' });
    expect((await storage.registrations.get('default', 'u-ann'))?.methods).toHaveLength(1);
  });

  it('gives a right code its attempt back, so only failures count', async () => {
    const { add, verify, wrongFor, lastCodeTo } = await emailSetup();
    for (let round = 0; round < 3; round++) {
      await add();
      const code = await lastCodeTo('a@example.net');
      expect((await rejection(verify(wrongFor(code)))).code).toBe('invalid_code');
      await verify(code);
    }
    // 3 failures and 3 passes: two more failures are still evaluated.
    await add();
    const code = await lastCodeTo('a@example.net');
    for (let i = 0; i < 2; i++) {
      expect((await rejection(verify(wrongFor(code)))).code).toBe('invalid_code');
    }
    expect((await rejection(verify(code))).code).toBe('too_many_attempts');
  });

  it('evaluates at most the budget of a burst of 50 wrong codes, and refuses the right one alike', async () => {
    const { add, verify, wrongFor, lastCodeTo } = await emailSetup();
    await add();
    const code = await lastCodeTo('a@example.net');
    const burst = [...Array(50).fill(wrongFor(code)), code].map((guess) =>
      rejection(verify(guess)).then((error) => error.code),
    );
    const codes = await Promise.all(burst);
    // Only an evaluated guess can answer invalid_code; the rest were refused unseen.
    expect(codes.filter((c) => c === 'invalid_code')).toHaveLength(5);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(46);
    expect(codes.at(-1)).toBe('too_many_attempts');
  });

  it('spends no attempt on an expired code or when none was sent', async () => {
    const { clock, add, verify, wrongFor, lastCodeTo } = await emailSetup();
    for (let i = 0; i < 6; i++)
      expect((await rejection(verify('123456'))).code).toBe('invalid_code');
    await add();
    const expired = await lastCodeTo('a@example.net');
    clock.advance(5 * MINUTE);
    for (let i = 0; i < 6; i++) {
      expect((await rejection(verify(wrongFor(expired)))).code).toBe('code_expired');
    }
    await add();
    await expect(verify(await lastCodeTo('a@example.net'))).resolves.toBeDefined();
  });
});
