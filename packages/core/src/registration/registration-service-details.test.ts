// The registration service's details that its main suite leaves open (found by mutation
// testing, issue 20): what goes into the audit log and the notices, the limits' keys, the
// status arithmetic, every refusal's code and message, and the answer rules' edges.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../audit/audit-event.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { DirectoryError } from '../ports/directory.js';
import type { RegisteredMethod } from '../ports/storage.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START as START } from '../testing/test-engine.js';

const MINUTE = 60_000;

const USERS = [
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
    id: 'u-olga',
    username: 'olga',
    password: 'x',
    email: 'olga@example.com',
    contact: { office: '+31201234567' },
  },
  { id: 'u-bo', username: 'bo', password: 'x', email: 'bo@example.com', givenName: 'Bo' },
  { id: 'u-boss', username: 'boss', password: 'x', email: 'boss@example.com', isAdmin: true },
  ...Array.from({ length: 12 }, (_, index) => ({
    id: `u-m${index}`,
    username: `mallory${index}`,
    password: 'x',
    email: `mallory${index}@example.org`,
  })),
];

const QUESTIONS = ['street-at-age-ten', 'first-pet-name', 'childhood-best-friend', 'first-concert'];

const ANSWERS = [
  { questionId: 'street-at-age-ten', answer: 'Zwolle' },
  { questionId: 'first-pet-name', answer: 'Bolletje' },
  { questionId: 'childhood-best-friend', answer: 'Pieter K' },
];

function setup(
  policy: PolicyInput = {},
  options: { channels?: Array<'sms' | 'voice' | 'email'> } = {},
) {
  const testbed = createTestEngine({
    users: USERS,
    seed: 11,
    ...(options.channels === undefined ? {} : { channels: options.channels }),
    policy: {
      methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions'],
      questions: { predefined: QUESTIONS },
      ...policy,
    },
  });
  const { engine, clock, codeSentTo } = testbed;
  const recent = () => ({ authTime: clock.now() });

  /** Adds and verifies a phone or address, as the user (or an admin acting for them). */
  async function register(
    userId: string,
    kind: 'mobile' | 'office' | 'email',
    value: string,
    extra: { ip?: string; byAdmin?: boolean } = {},
  ) {
    await engine.registration.addMethod({ userId, kind, value, auth: recent(), ...extra });
    const code = await codeSentTo(value.toLowerCase());
    return engine.registration.verifyMethod({
      userId,
      kind,
      value,
      code,
      auth: recent(),
      ...extra,
    });
  }

  /** Audit events of registration, oldest first. */
  async function auditEvents(): Promise<AuditEvent[]> {
    const { events } = await engine.audit.query({ tenantId: 'default', limit: 1000 });
    return events.filter((event) => event.type.startsWith('registration.')).reverse();
  }

  /** Delivers the outbox and returns the mails that carry no code (the notices). */
  async function notices() {
    await engine.dispatcher.runOnce();
    return testbed.messaging.sent.flatMap((sent) =>
      sent.channel === 'email' && !/\b\d{6}\b/.test(sent.message.text) ? [sent.message] : [],
    );
  }

  return { ...testbed, recent, register, auditEvents, notices };
}

type Context = ReturnType<typeof setup>;

/** Saves a registration directly, as an earlier version or another path would have. */
async function store(context: Context, userId: string, methods: RegisteredMethod[]) {
  const current = await context.storage.registrations.get('default', userId);
  await context.storage.registrations.save(
    {
      tenantId: 'default',
      userId,
      revision: (current?.revision ?? 0) + 1,
      reconfirmedAt: START,
      updatedAt: START,
      methods,
    },
    current?.revision ?? null,
  );
}

const answerHashes = (count: number) =>
  QUESTIONS.slice(0, count).map((questionId) => ({ questionId, answerHash: 'x' }));

describe('registration: the audit log', () => {
  it('records who registered, replaced, removed and reconfirmed what, from where', async () => {
    const context = setup({ requireRegistration: false });
    const { engine, clock, recent, register, auditEvents } = context;
    // A second between steps, so the log's newest-first order is the order of the steps.
    const added = await register('u-ann', 'email', 'one@example.net', { ip: '203.0.113.7' });
    clock.advance(1000);
    await register('u-ann', 'email', 'two@example.net');
    clock.advance(1000);
    await engine.registration.removeMethod({
      userId: 'u-ann',
      methodId: added.methods[0]?.id ?? '',
      auth: recent(),
    });
    clock.advance(1000);
    await engine.registration.reconfirm({ userId: 'u-ann', ip: '198.51.100.4' });
    clock.advance(1000);
    await register('u-ann', 'office', '+31201234567', { byAdmin: true });

    const target = { userId: 'u-ann', username: 'ann', role: 'user' };
    const user = { kind: 'user', id: 'u-ann' };
    const events = await auditEvents();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'registration.method_registered',
        tenantId: 'default',
        actor: user,
        target,
        result: 'success',
        reason: 'added',
        correlationId: 'registration:u-ann:email',
        method: 'email',
        ip: '203.0.113.7',
      }),
      expect.objectContaining({
        type: 'registration.method_registered',
        actor: user,
        reason: 'replaced',
        method: 'email',
      }),
      expect.objectContaining({
        type: 'registration.method_removed',
        actor: user,
        target,
        result: 'success',
        correlationId: 'registration:u-ann',
        method: 'email',
      }),
      expect.objectContaining({
        type: 'registration.reconfirmed',
        tenantId: 'default',
        actor: user,
        target,
        result: 'success',
        correlationId: 'registration:u-ann',
        ip: '198.51.100.4',
      }),
      expect.objectContaining({
        type: 'registration.method_registered',
        actor: { kind: 'admin', id: 'u-ann' },
        reason: 'added',
        method: 'officeVoice',
      }),
    ]);
    // No address given, none recorded; a removal has no reason.
    expect(events[1]).not.toHaveProperty('ip');
    expect(events[2]).not.toHaveProperty('reason');
  });

  it('names an admin as the target with the admin role', async () => {
    const { register, auditEvents } = setup();
    await register('u-boss', 'email', 'boss.alt@example.org');
    expect((await auditEvents())[0]?.target).toEqual({
      userId: 'u-boss',
      username: 'boss',
      role: 'admin',
    });
  });

  it('records security questions as added, then replaced, keeping the other methods', async () => {
    const context = setup();
    const { engine, clock, recent, register, auditEvents, storage } = context;
    await register('u-ann', 'email', 'a@example.net');
    const first = await engine.registration.setQuestions({
      userId: 'u-ann',
      answers: ANSWERS,
      auth: recent(),
    });
    clock.advance(MINUTE);
    const second = await engine.registration.setQuestions({
      userId: 'u-ann',
      answers: ANSWERS.map((a) => ({ ...a, answer: `${a.answer} too` })),
      auth: recent(),
    });
    const questionsOf = (status: typeof first) =>
      status.methods.filter((method) => method.kind === 'securityQuestions');
    expect(second.methods.map((method) => method.kind).sort()).toEqual([
      'email',
      'securityQuestions',
    ]);
    expect(questionsOf(second)[0]?.id).toBe(questionsOf(first)[0]?.id);
    const stored = (await storage.registrations.get('default', 'u-ann'))?.methods.find(
      (method) => method.kind === 'securityQuestions',
    );
    expect(stored?.createdAt).toEqual(START);
    expect(stored?.verifiedAt).toEqual(new Date(START.getTime() + MINUTE));
    const questionEvents = (await auditEvents()).filter(
      (event) => 'method' in event && event.method === 'securityQuestions',
    );
    expect(questionEvents).toEqual([
      expect.objectContaining({ reason: 'added', actor: { kind: 'user', id: 'u-ann' } }),
      expect.objectContaining({ reason: 'replaced', actor: { kind: 'user', id: 'u-ann' } }),
    ]);
  });

  it('adds a second kind beside the first, with its own id, and replaces one kind in place', async () => {
    const { clock, register, auditEvents, storage } = setup();
    const email = await register('u-ann', 'email', 'a@example.net');
    clock.advance(MINUTE);
    const both = await register('u-ann', 'mobile', '+31612345678');
    expect(both.methods.map((method) => method.kind)).toEqual(['email', 'mobile']);
    expect(both.methods[1]?.id).not.toBe(email.methods[0]?.id);
    clock.advance(MINUTE);
    const replaced = await register('u-ann', 'email', 'b@example.net');
    expect(replaced.methods.map((method) => [method.kind, method.hint])).toEqual([
      ['mobile', '+31 •• ••• ••78'],
      ['email', 'b•••@e•••.net'],
    ]);
    expect(replaced.methods[1]?.id).toBe(email.methods[0]?.id);
    const stored = (await storage.registrations.get('default', 'u-ann'))?.methods.find(
      (method) => method.kind === 'email',
    );
    expect(stored?.createdAt).toEqual(START);
    expect(stored?.verifiedAt).toEqual(new Date(START.getTime() + 2 * MINUTE));
    expect((await auditEvents()).map((event) => event.reason)).toEqual([
      'added',
      'added',
      'replaced',
    ]);
  });
});

describe('registration: notices', () => {
  it('shows the masked value of an added method, and tells the old address the new one', async () => {
    const { register, notices } = setup();
    await register('u-ann', 'email', 'old@example.net');
    await register('u-ann', 'email', 'new@example.net');
    const sent = await notices();
    const added = sent.filter((mail) => mail.to === 'ann@example.com');
    expect(added.map((mail) => mail.text)).toEqual([
      expect.stringContaining('Email address: o•••@e•••.net'),
      expect.stringContaining('Email address: n•••@e•••.net'),
    ]);
    const changed = sent.filter(
      (mail) => mail.to === 'old@example.net' && /was changed/.test(mail.subject),
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]?.text).toContain('The new address is n•••@e•••.net.');
  });

  it('tells no phone number of a replaced phone number by mail', async () => {
    const { register, notices } = setup();
    await register('u-ann', 'mobile', '+31612345678');
    await register('u-ann', 'mobile', '+31687654321');
    expect((await notices()).map((mail) => mail.to)).toEqual([
      'ann@example.com',
      'ann@example.com',
    ]);
  });

  it('sends nothing but codes when the policy turns notices off', async () => {
    const { register, notices } = setup({ notifications: { userOnChange: false } });
    await register('u-ann', 'email', 'old@example.net');
    await register('u-ann', 'email', 'new@example.net');
    expect(await notices()).toEqual([]);
  });

  it('names removed security questions without a value', async () => {
    const { engine, recent, notices } = setup({ requireRegistration: false });
    const status = await engine.registration.setQuestions({
      userId: 'u-ann',
      answers: ANSWERS,
      auth: recent(),
    });
    await engine.registration.removeMethod({
      userId: 'u-ann',
      methodId: status.methods[0]?.id ?? '',
      auth: recent(),
    });
    const removal = (await notices()).find((mail) => /removed/.test(mail.subject));
    expect(removal?.text).toContain('Security questions');
    expect(removal?.text).not.toContain('Security questions:');
  });

  it('writes the code message in the locale asked for', async () => {
    const { engine, recent, messaging } = setup();
    await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'a@example.net',
      auth: recent(),
      locale: 'de',
    });
    await engine.dispatcher.runOnce();
    const mail = messaging.sent.find((sent) => sent.channel === 'email');
    expect(mail?.channel === 'email' && mail.message.subject).toMatch(/^Ihr Bestätigungscode/);
  });
});

describe('registration: refusals', () => {
  it('says why in every refusal', async () => {
    const context = setup({
      limits: { phoneCountryCallingCodes: ['31'], sendsPerMethodPerHour: 1 },
    });
    const { engine, recent, clock, codeSentTo } = context;
    const add = (input: Partial<Parameters<typeof engine.registration.addMethod>[0]>) =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: recent(),
        ...input,
      });
    const verify = (input: Partial<Parameters<typeof engine.registration.verifyMethod>[0]>) =>
      engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        code: '123456',
        auth: recent(),
        ...input,
      });
    const refusals = [
      await rejection(engine.registration.getStatus({ userId: 'nobody' })),
      await rejection(add({ auth: {} })),
      await rejection(add({ auth: { currentPassword: 'wrong' } })),
      await rejection(add({ kind: 'office', value: '+31201234567' })),
      await rejection(add({ value: 42 as unknown as string })),
      await rejection(add({ value: 'not an address' })),
      await rejection(add({ kind: 'mobile', value: '0612345678' })),
      await rejection(add({ kind: 'mobile', value: '+4915112345678' })),
      await rejection(verify({ code: 'abc' })),
      await rejection(verify({})),
    ];
    await add({});
    refusals.push(await rejection(add({})));
    const code = await codeSentTo('a@example.net');
    for (let i = 0; i < 5; i++)
      refusals.push(await rejection(verify({ code: code === '000000' ? '111111' : '000000' })));
    refusals.push(await rejection(verify({ code })));
    clock.advance(61 * MINUTE);
    await add({});
    clock.advance(5 * MINUTE);
    refusals.push(await rejection(verify({ code: await codeSentTo('a@example.net') })));
    refusals.push(
      await rejection(
        engine.registration.removeMethod({ userId: 'u-ann', methodId: 'x', auth: recent() }),
      ),
    );
    refusals.push(
      await rejection(
        engine.registration.setQuestions({ userId: 'u-boss', answers: ANSWERS, auth: recent() }),
      ),
    );
    refusals.push(
      await rejection(
        engine.registration.setQuestions({ userId: 'u-ann', answers: [], auth: recent() }),
      ),
    );
    refusals.push(
      await rejection(
        engine.registration.setQuestions({
          userId: 'u-ann',
          answers: ANSWERS.map((a) => ({ ...a, answer: 'x' })),
          auth: recent(),
        }),
      ),
    );
    await store(context, 'u-ann', [
      { id: 'e', kind: 'email', value: 'a@example.net', createdAt: START, verifiedAt: START },
    ]);
    refusals.push(
      await rejection(
        engine.registration.removeMethod({ userId: 'u-ann', methodId: 'e', auth: recent() }),
      ),
    );
    expect(refusals.map((error) => error.code)).toEqual([
      'user_not_found',
      'reauthentication_required',
      'incorrect_password',
      'method_not_allowed',
      'invalid_value',
      'invalid_value',
      'invalid_value',
      'country_not_allowed',
      'invalid_request',
      'invalid_code',
      'rate_limited',
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'too_many_attempts',
      'code_expired',
      'method_not_found',
      'method_not_allowed',
      'invalid_request',
      'invalid_answers',
      'below_minimum',
    ]);
    for (const error of refusals) {
      expect(error, error.code).toBeInstanceOf(Error);
      expect((error as unknown as Error).message, error.code).toMatch(/\w{3}/);
    }
    expect((refusals[0] as unknown as Error).message).toContain('nobody');
    expect((refusals[3] as unknown as Error).message).toContain('office');
    expect((refusals.at(-3) as unknown as Error).message).toContain('3');
    expect((refusals.at(-1) as unknown as Error).message).toContain('1');
  });

  it('refuses a kind it has no sender for, and says which', async () => {
    const { engine, recent } = setup({}, { channels: ['sms', 'voice'] });
    const error = await rejection(
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: recent(),
      }),
    );
    expect(error.code).toBe('method_not_allowed');
    expect((error as unknown as Error).message).toContain('email');
  });

  it('reports a directory failure with the directory code, or unavailable', async () => {
    const { engine, directory, recent } = setup();
    directory.getUser = () => Promise.reject(new DirectoryError('permissions', 'denied'));
    expect(await rejection(engine.registration.getStatus({ userId: 'u-ann' }))).toMatchObject({
      code: 'directory_error',
      directoryCode: 'permissions',
      message: expect.stringMatching(/\w{3}/),
    });
    directory.getUser = () => Promise.reject(new Error('socket hang up'));
    expect(await rejection(engine.registration.getStatus({ userId: 'u-ann' }))).toMatchObject({
      code: 'directory_error',
      directoryCode: 'unavailable',
    });
    expect(
      await rejection(
        engine.registration.addMethod({
          userId: 'u-ann',
          kind: 'email',
          value: 'a@example.net',
          auth: recent(),
        }),
      ),
    ).toMatchObject({ code: 'directory_error' });
  });

  it('reports a directory failure while checking the current password', async () => {
    const { engine, directory } = setup();
    const add = () =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: { currentPassword: 'current pass phrase one' },
      });
    directory.verifyPassword = () => Promise.reject(new DirectoryError('account_disabled', 'off'));
    expect(await rejection(add())).toMatchObject({
      code: 'directory_error',
      directoryCode: 'account_disabled',
      message: expect.stringMatching(/\w{3}/),
    });
    directory.verifyPassword = () => Promise.reject(new Error('socket hang up'));
    expect(await rejection(add())).toMatchObject({
      code: 'directory_error',
      directoryCode: 'unavailable',
    });
  });

  it('never asks the directory for an empty or non-string user id', async () => {
    const { engine, directory } = setup();
    const asked: unknown[] = [];
    const getUser = directory.getUser.bind(directory);
    // A directory that would match anything (an LDAP filter with an empty value can).
    directory.getUser = async (id) => {
      asked.push(id);
      return getUser('u-ann');
    };
    for (const userId of ['', ['u-ann'], 42]) {
      const error = await rejection(
        engine.registration.getStatus({ userId: userId as unknown as string }),
      );
      expect(error.code, JSON.stringify(userId)).toBe('user_not_found');
    }
    expect(asked).toEqual([]);
  });

  it('reports a concurrent change as a conflict', async () => {
    const { engine, storage, recent } = setup();
    storage.registrations.save = async () => false;
    expect(await rejection(engine.registration.reconfirm({ userId: 'u-ann' }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/\w{3}/),
    });
    expect(
      await rejection(
        engine.registration.setQuestions({ userId: 'u-ann', answers: ANSWERS, auth: recent() }),
      ),
    ).toMatchObject({ code: 'conflict' });
  });
});

describe('registration: recent sign-in, edges', () => {
  it('refuses a request without any proof, or with an empty password, unchecked', async () => {
    const { engine, directory } = setup();
    let checked = 0;
    const verifyPassword = directory.verifyPassword.bind(directory);
    directory.verifyPassword = (id, password) => {
      checked += 1;
      return verifyPassword(id, password);
    };
    const add = (auth: unknown) =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: auth as { currentPassword?: string },
      });
    expect((await rejection(add(undefined))).code).toBe('reauthentication_required');
    expect((await rejection(add({ currentPassword: '' }))).code).toBe('reauthentication_required');
    expect(checked).toBe(0);
  });

  it('allows a minute of clock skew for a sign-in from the future, not more', async () => {
    const { engine, clock } = setup();
    const add = (offset: number) =>
      engine.registration.addMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        auth: { authTime: new Date(clock.now().getTime() + offset) },
      });
    await expect(add(MINUTE)).resolves.toMatchObject({ kind: 'email' });
    expect((await rejection(add(MINUTE + 1))).code).toBe('reauthentication_required');
  });

  it('counts wrong passwords per user, and says when to try again', async () => {
    const { engine } = setup();
    const add = (userId: string, currentPassword: string) =>
      engine.registration.addMethod({
        userId,
        kind: 'email',
        value: `${userId}@example.net`,
        auth: { currentPassword },
      });
    for (let i = 0; i < 5; i++) {
      expect((await rejection(add('u-ann', `guess ${i}`))).code).toBe('incorrect_password');
    }
    expect(await rejection(add('u-ann', 'current pass phrase one'))).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 3600,
      message: expect.stringMatching(/\w{3}/),
    });
    await expect(add('u-dir', 'x')).resolves.toMatchObject({ kind: 'email' });
  });
});

describe('registration: codes and their limits, edges', () => {
  it('counts wrong codes per user and kind', async () => {
    const { engine, recent, codeSentTo, register } = setup();
    await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'a@example.net',
      auth: recent(),
    });
    const code = await codeSentTo('a@example.net');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 6; i++) {
      await rejection(
        engine.registration.verifyMethod({
          userId: 'u-ann',
          kind: 'email',
          value: 'a@example.net',
          code: wrong,
          auth: recent(),
        }),
      );
    }
    // Another kind of the same user, and the same kind of another user, still work.
    await expect(register('u-ann', 'mobile', '+31612345678')).resolves.toBeDefined();
    await expect(register('u-dir', 'email', 'd@example.net')).resolves.toBeDefined();
  });

  it('refuses a code that is not 6-8 digits before looking at it', async () => {
    const { engine, recent, codeSentTo } = setup();
    await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'email',
      value: 'a@example.net',
      auth: recent(),
    });
    const code = await codeSentTo('a@example.net');
    const verify = (guess: unknown) =>
      engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'email',
        value: 'a@example.net',
        code: guess as string,
        auth: recent(),
      });
    for (const guess of [Number(code), 'abcdef', `x${code}`, `${code}x`, '123456789', '12345']) {
      expect((await rejection(verify(guess))).code, String(guess)).toBe('invalid_request');
    }
    // None of them cost an attempt: the right code still works after more than five.
    await expect(verify(code)).resolves.toMatchObject({ status: 'registered' });
  });

  it('sends a mobile code by voice when the policy enables only voice', async () => {
    const { engine, recent, messaging } = setup({ methods: ['mobileVoice', 'email'] });
    await engine.registration.addMethod({
      userId: 'u-ann',
      kind: 'mobile',
      value: '+31612345678',
      auth: recent(),
    });
    await engine.dispatcher.runOnce();
    expect(messaging.sent.map((sent) => sent.channel)).toEqual(['voice']);
  });

  it('lets a user register a mobile when the policy enables only texts', async () => {
    const { register } = setup({ methods: ['mobileSms', 'email'] });
    await expect(register('u-ann', 'mobile', '+31612345678')).resolves.toMatchObject({
      methods: [expect.objectContaining({ kind: 'mobile' })],
    });
  });

  it('checks the country allowlist for phones only', async () => {
    const { register } = setup({ limits: { phoneCountryCallingCodes: ['31'] } });
    await expect(register('u-ann', 'email', 'a@example.net')).resolves.toBeDefined();
  });

  it('lets an admin verify an office phone for a user, and nobody else', async () => {
    const { engine, recent, register } = setup();
    const error = await rejection(
      engine.registration.verifyMethod({
        userId: 'u-ann',
        kind: 'office',
        value: '+31201234567',
        code: '123456',
        auth: recent(),
      }),
    );
    expect(error.code).toBe('method_not_allowed');
    await expect(
      register('u-ann', 'office', '+31201234567', { byAdmin: true }),
    ).resolves.toMatchObject({ methods: [expect.objectContaining({ kind: 'office' })] });
  });

  it('keeps the per-address registration cap per address, and without an address none', async () => {
    const addTo = (context: Context) => (userId: string, ip?: string) =>
      context.engine.registration
        .addMethod({
          userId,
          kind: 'email',
          value: `${userId}@mail.example.net`,
          auth: context.recent(),
          ...(ip === undefined ? {} : { ip }),
        })
        .then(
          () => 'sent',
          (error: { code: string }) => error.code,
        );
    // sendsPerMethodPerHour 1: each account sends one code, one address (a /64) at most 10.
    const add = addTo(setup({ limits: { sendsPerMethodPerHour: 1 } }));
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) outcomes.push(await add(`u-m${i}`, '2001:db8:9::1'));
    outcomes.push(await add('u-m10', '2001:db8:9::2'));
    outcomes.push(await add('u-ann', '2001:db8:a::1'));
    expect(outcomes).toEqual([...Array(10).fill('sent'), 'rate_limited', 'sent']);
    // Requests without an address (a host calling the engine directly) share no counter.
    const direct = addTo(setup({ limits: { sendsPerMethodPerHour: 1 } }));
    const sent: string[] = [];
    for (let i = 0; i < 12; i++) sent.push(await direct(`u-m${i}`));
    expect(sent).toEqual(Array(12).fill('sent'));
  });

  it('keeps email codes out of the phone budgets, and phones without an address out of the per-address one', async () => {
    const { engine, recent } = setup({
      limits: { phoneSendsPerIpPerHour: 1, sendsPerMethodPerHour: 5 },
    });
    const add = (userId: string, kind: 'email' | 'mobile', value: string, ip?: string) =>
      engine.registration.addMethod({
        userId,
        kind,
        value,
        auth: recent(),
        ...(ip === undefined ? {} : { ip }),
      });
    await add('u-ann', 'email', 'a@example.net', '203.0.113.9');
    await add('u-ann', 'email', 'b@example.net', '203.0.113.9');
    await expect(add('u-ann', 'mobile', '+31612345678', '203.0.113.9')).resolves.toBeDefined();
    await add('u-dir', 'mobile', '+31622222222');
    await expect(add('u-bo', 'mobile', '+31633333333')).resolves.toBeDefined();
  });
});

describe('registration: addresses and numbers', () => {
  it('reads full-width and compatibility characters as their plain forms', async () => {
    const { engine, recent, codeSentTo, storage } = setup();
    const value = 'ann\uFF20example.net'; // a full-width @
    await engine.registration.addMethod({ userId: 'u-ann', kind: 'email', value, auth: recent() });
    const code = await codeSentTo('ann@example.net');
    await engine.registration.verifyMethod({
      userId: 'u-ann',
      kind: 'email',
      value,
      code,
      auth: recent(),
    });
    const stored = await storage.registrations.get('default', 'u-ann');
    expect(stored?.methods.map((method) => method.value)).toEqual(['ann@example.net']);
  });

  it('takes addresses of up to 254 characters with one @ and nothing after the domain', async () => {
    const { engine, recent } = setup();
    const add = (value: string) =>
      engine.registration.addMethod({ userId: 'u-ann', kind: 'email', value, auth: recent() });
    const long = `${'a'.repeat(242)}@example.net`;
    expect(long).toHaveLength(254);
    await expect(add(long)).resolves.toMatchObject({ kind: 'email' });
    for (const value of [`a${long}`, 'a@b@example.net', 'a@example.net@evil']) {
      expect((await rejection(add(value))).code, value).toBe('invalid_value');
    }
  });
});

describe('registration: status, edges', () => {
  it('counts security questions with at least toAnswer answers as a method', async () => {
    const context = setup();
    const { engine, recent } = context;
    const status = await engine.registration.setQuestions({
      userId: 'u-ann',
      answers: ANSWERS,
      auth: recent(),
    });
    expect(status.status).toBe('registered');
    // Two answers (a policy since raised, or a partial import) are not enough.
    await store(context, 'u-ann', [
      {
        id: 'q',
        kind: 'securityQuestions',
        answers: answerHashes(2),
        createdAt: START,
        verifiedAt: START,
      },
    ]);
    expect((await engine.registration.getStatus({ userId: 'u-ann' })).status).toBe('missing');
  });

  it('counts only methods the policy still enables', async () => {
    const context = setup({ methods: ['mobileSms', 'officeVoice'] });
    await store(context, 'u-ann', [
      { id: 'e', kind: 'email', value: 'a@example.net', createdAt: START, verifiedAt: START },
    ]);
    const status = await context.engine.registration.getStatus({ userId: 'u-ann' });
    expect(status).toMatchObject({
      status: 'missing',
      methods: [expect.objectContaining({ id: 'e' })],
    });
  });

  it('counts an office phone an admin set for a user', async () => {
    const { register } = setup();
    const status = await register('u-ann', 'office', '+31201234567', { byAdmin: true });
    expect(status.status).toBe('registered');
  });

  it('leaves directory methods out when the policy does not use them', async () => {
    const { engine } = setup({ useDirectoryMethods: false });
    expect(await engine.registration.getStatus({ userId: 'u-dir' })).toMatchObject({
      status: 'missing',
      methods: [],
    });
  });

  it('lists a directory phone once when registered too, and beside other methods', async () => {
    const { register } = setup();
    const withEmail = await register('u-dir', 'email', 'd@example.net');
    expect(withEmail.methods.map((method) => method.id)).toEqual([
      expect.any(String),
      'directory:mobile',
    ]);
    const same = await register('u-dir', 'mobile', '+31611112222');
    expect(same.methods.map((method) => [method.kind, method.source])).toEqual([
      ['email', 'registered'],
      ['mobile', 'registered'],
    ]);
    const other = await register('u-dir', 'mobile', '+31633334444');
    expect(other.methods.map((method) => [method.hint, method.source])).toEqual([
      ['d•••@e•••.net', 'registered'],
      ['+31 •• ••• ••44', 'registered'],
      ['+31 •• ••• ••22', 'directory'],
    ]);
  });

  it('names no reconfirmation date when the policy never asks', async () => {
    const { register } = setup({ reconfirmDays: 0 });
    expect(await register('u-ann', 'email', 'a@example.net')).toMatchObject({
      status: 'registered',
      reconfirmDueAt: null,
    });
  });
});

describe('registration: removal, edges', () => {
  it('refuses to remove from a user who registered nothing', async () => {
    const { engine, recent } = setup();
    expect(
      (
        await rejection(
          engine.registration.removeMethod({ userId: 'u-ann', methodId: 'x', auth: recent() }),
        )
      ).code,
    ).toBe('method_not_found');
  });

  it('removes one of two methods and keeps the other, while registration is required', async () => {
    const { engine, recent, register } = setup();
    await register('u-ann', 'email', 'a@example.net');
    const both = await register('u-ann', 'mobile', '+31612345678');
    const after = await engine.registration.removeMethod({
      userId: 'u-ann',
      methodId: both.methods[0]?.id ?? '',
      auth: recent(),
    });
    expect(after).toMatchObject({
      status: 'registered',
      methods: [expect.objectContaining({ kind: 'mobile' })],
    });
    expect(after.methods).toHaveLength(1);
  });

  it('lets a user below the minimum already remove a method', async () => {
    // An admin needs two methods: with one, removing it leaves them no worse off.
    const { engine, recent, register } = setup();
    const status = await register('u-boss', 'email', 'boss.alt@example.org');
    expect(status.status).toBe('missing');
    await expect(
      engine.registration.removeMethod({
        userId: 'u-boss',
        methodId: status.methods[0]?.id ?? '',
        auth: recent(),
      }),
    ).resolves.toMatchObject({ methods: [] });
  });
});

describe('registration: security answers, edges', () => {
  const set = (context: Context, answers: unknown, userId = 'u-ann') =>
    context.engine.registration.setQuestions({
      userId,
      answers: answers as Array<{ questionId: string; answer: string }>,
      auth: context.recent(),
    });

  it('refuses answers that are not question and answer strings', async () => {
    const context = setup();
    for (const odd of [
      null,
      { questionId: 'first-concert', answer: 5 },
      { questionId: 5, answer: 'Live Aid' },
    ]) {
      const error = await rejection(set(context, [...ANSWERS.slice(0, 2), odd]));
      expect(error.code, JSON.stringify(odd)).toBe('invalid_request');
    }
  });

  it('takes answers of exactly 3 and 40 characters', async () => {
    const context = setup();
    await expect(
      set(context, [
        { questionId: 'street-at-age-ten', answer: 'Ede' },
        { questionId: 'first-pet-name', answer: 'b'.repeat(40) },
        { questionId: 'childhood-best-friend', answer: 'Pieter K' },
      ]),
    ).resolves.toMatchObject({ status: 'registered' });
  });

  it('refuses an answer that is or contains its question', async () => {
    const context = setup();
    const error = await rejection(
      set(context, [
        { questionId: 'street-at-age-ten', answer: 'Zwolle' },
        { questionId: 'first-pet-name', answer: 'what was the name of your first pet?' },
        { questionId: 'childhood-best-friend', answer: 'Wie hieß Ihr erstes Haustier? Rex' },
      ]),
    );
    expect(error.answerIssues).toEqual([
      { questionId: 'first-pet-name', code: 'contains_question' },
    ]);
    const contains = await rejection(
      set(context, [
        { questionId: 'street-at-age-ten', answer: 'Zwolle' },
        { questionId: 'first-pet-name', answer: 'Rex what was the name of your first pet?' },
        { questionId: 'childhood-best-friend', answer: 'Pieter K' },
      ]),
    );
    expect(contains.answerIssues).toEqual([
      { questionId: 'first-pet-name', code: 'contains_question' },
    ]);
  });

  it('accepts the admin’s own questions, and checks their text too', async () => {
    const context = setup({
      questions: {
        predefined: QUESTIONS,
        custom: [{ id: 'own-bike', text: 'Colour of my first bike' }],
      },
    });
    const error = await rejection(
      set(context, [
        { questionId: 'street-at-age-ten', answer: 'Zwolle' },
        { questionId: 'first-pet-name', answer: 'Bolletje' },
        { questionId: 'own-bike', answer: 'colour of my first bike' },
      ]),
    );
    expect(error.answerIssues).toEqual([{ questionId: 'own-bike', code: 'contains_question' }]);
    await expect(
      set(context, [
        { questionId: 'street-at-age-ten', answer: 'Zwolle' },
        { questionId: 'first-pet-name', answer: 'Bolletje' },
        { questionId: 'own-bike', answer: 'Red' },
      ]),
    ).resolves.toMatchObject({ status: 'registered' });
  });

  it('refuses answers containing a name of three letters, not of two', async () => {
    const context = setup();
    const error = await rejection(
      set(context, [...ANSWERS.slice(0, 2), { questionId: 'first-concert', answer: 'Joanna' }]),
    );
    expect(error.answerIssues).toEqual([{ questionId: 'first-concert', code: 'contains_name' }]);
    // "bo" is too short to be looked for: Bolletje is fine for Bo.
    await expect(set(context, ANSWERS, 'u-bo')).resolves.toMatchObject({ status: 'registered' });
  });
});

describe('registration: status of phones, passkeys and authenticator apps', () => {
  const WEBAUTHN = { rpId: 'example.com', rpName: 'Example', origins: ['https://id.example.com'] };
  const STRONG: PolicyInput = {
    methods: ['mobileSms', 'officeVoice', 'email', 'passkey', 'authenticatorApp'],
  };
  const passkey = {
    id: 'pk',
    kind: 'passkey',
    credential: {},
    createdAt: START,
    verifiedAt: START,
  } as unknown as RegisteredMethod;
  const authenticator = {
    id: 'ta',
    kind: 'authenticator',
    name: 'Phone',
    createdAt: START,
    verifiedAt: START,
  } as unknown as RegisteredMethod;

  function strongSetup(webauthn: boolean) {
    const testbed = createTestEngine({
      users: USERS,
      policy: STRONG,
      ...(webauthn ? { webauthn: WEBAUTHN } : {}),
    });
    return { ...testbed, recent: () => ({ authTime: testbed.clock.now() }) } as unknown as Context;
  }

  it('counts a passkey and an authenticator app as two methods, and names them', async () => {
    const context = strongSetup(true);
    await store(context, 'u-boss', [passkey, authenticator]);
    const status = await context.engine.registration.getStatus({ userId: 'u-boss' });
    expect(status).toMatchObject({ status: 'registered', required: 2 });
    expect(status.methods).toEqual([
      expect.objectContaining({ id: 'pk', kind: 'passkey', name: '', lastUsedAt: null }),
      expect.objectContaining({ id: 'ta', kind: 'authenticator', name: 'Phone', lastUsedAt: null }),
    ]);
    await store(context, 'u-ann', [passkey]);
    expect((await context.engine.registration.getStatus({ userId: 'u-ann' })).status).toBe(
      'registered',
    );
  });

  it('counts no passkey when the engine has no relying party', async () => {
    const context = strongSetup(false);
    await store(context, 'u-ann', [passkey]);
    expect((await context.engine.registration.getStatus({ userId: 'u-ann' })).status).toBe(
      'missing',
    );
  });

  it('says which kind the policy does not enable', async () => {
    const testbed = createTestEngine({
      users: USERS,
      policy: { methods: ['email', 'mobileSms'] },
      webauthn: WEBAUTHN,
    });
    const error = await rejection(
      testbed.engine.registration.passkeyOptions({
        userId: 'u-ann',
        auth: { authTime: testbed.clock.now() },
      }),
    );
    expect(error.code).toBe('method_not_allowed');
    expect((error as unknown as Error).message).toContain('passkey');
  });

  it('counts one number that is both the mobile and the office phone once', async () => {
    const { register } = setup();
    await register('u-boss', 'mobile', '+31612345678');
    const status = await register('u-boss', 'office', '+31612345678', { byAdmin: true });
    expect(status).toMatchObject({ status: 'missing', required: 2 });
    expect(status.methods.map((method) => method.kind)).toEqual(['mobile', 'office']);
  });

  it('lists a directory office phone beside a registered mobile of the same number', async () => {
    const { register } = setup();
    const view = await register('u-olga', 'mobile', '+31201234567');
    expect(view.methods.map((method) => [method.kind, method.source])).toEqual([
      ['mobile', 'registered'],
      ['office', 'directory'],
    ]);
    // A registered phone or address shows no passkey fields.
    expect(view.methods[0]).toEqual({
      id: expect.any(String),
      kind: 'mobile',
      hint: '+31 •• ••• ••67',
      source: 'registered',
      verifiedAt: START.toISOString(),
    });
  });

  it('trims the white space around a typed address', async () => {
    const { engine, recent, codeSentTo, storage } = setup();
    const value = ' Ann@Example.net\t';
    await engine.registration.addMethod({ userId: 'u-ann', kind: 'email', value, auth: recent() });
    const code = await codeSentTo('ann@example.net');
    await engine.registration.verifyMethod({
      userId: 'u-ann',
      kind: 'email',
      value,
      code,
      auth: recent(),
    });
    const stored = await storage.registrations.get('default', 'u-ann');
    expect(stored?.methods.map((method) => method.value)).toEqual(['ann@example.net']);
  });
});
