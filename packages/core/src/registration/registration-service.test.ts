import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createOpenReset } from '../engine/create-open-reset.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import { createMemoryMessaging, type SentMessage } from '../memory/memory-messaging.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { PolicyInput } from '../policy/policy-schema.js';

const START = new Date('2026-11-24T10:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function setup(policy: PolicyInput = {}) {
  const clock = createFakeClock(START);
  const random = createSeededRandom(7);
  const hasher = createPbkdf2Hasher({ iterations: 1000, random });
  const storage = createMemoryStorage();
  const messaging = createMemoryMessaging();
  const directory = createMemoryDirectory({
    hasher,
    clock,
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
    ],
  });
  const engine = createOpenReset({
    storage,
    directory,
    keys: [{ id: 'k1', secret: 'registration test secret of 32+ bytes' }],
    clock,
    random,
    hasher,
    sms: messaging.sms,
    voice: messaging.voice,
    email: messaging.email,
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
  const recent = () => ({ authTime: clock.now() });

  async function lastCodeTo(to: string): Promise<string> {
    await engine.dispatcher.runOnce();
    const sent = [...messaging.sent].reverse().find((message) => message.message.to === to);
    if (sent === undefined) throw new Error(`nothing sent to ${to}`);
    return codeOf(sent);
  }

  async function addEmail(userId: string, value: string) {
    await engine.registration.addMethod({ userId, kind: 'email', value, auth: recent() });
    const code = await lastCodeTo(value.toLowerCase());
    return engine.registration.verifyMethod({ userId, kind: 'email', value, code, auth: recent() });
  }

  return { engine, storage, directory, messaging, clock, recent, lastCodeTo, addEmail };
}

function codeOf(sent: SentMessage): string {
  if (sent.channel === 'voice') return sent.message.code;
  const match = /\b(\d{6,8})\b/.exec(sent.message.text);
  if (match?.[1] === undefined) throw new Error('no code');
  return match[1];
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; [key: string]: unknown };
  }
  throw new Error('expected a rejection');
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
      ['email', 'not-an-address'],
      ['email', 'a@b.com\r\nBcc: x@y.com'],
    ] as const) {
      const error = await rejection(
        engine.registration.addMethod({ userId: 'u-ann', kind, value, auth: recent() }),
      );
      expect(error.code, value).toBe('invalid_value');
    }
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
