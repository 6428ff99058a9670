// Tests written to kill mutants of the recovery orchestrator and its method strategies
// (mutation testing, issue 20; docs/mutation-testing.md). Each names what it pins.
import { describe, expect, it, vi } from 'vitest';
import { sha256Base64Url } from '../crypto/encoding.js';
import { createKeyring } from '../crypto/keyring.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { DirectoryError } from '../ports/directory.js';
import { createSoftwareAuthenticator } from '../testing/software-authenticator.js';
import {
  createTestEngine,
  MORE_TEST_USERS,
  TEST_KEYS,
  TEST_USERS,
} from '../testing/test-engine.js';
import { totpCode } from '../verification/totp.js';
import type { FlowView } from './flow-view.js';

const PHONE = '+31612345678';

function setup(policy: PolicyInput = {}) {
  const testbed = createTestEngine({
    policy: { methods: ['mobileSms', 'mobileVoice', 'email'], ...policy },
  });
  /** Starts a flow and asks for a code to `confirm`: `stored` (sent or not) or the error code. */
  async function askCode(identifier: string, tenantId: string, confirm = PHONE) {
    const flow = await testbed.engine.recovery.start({ identifier, tenantId });
    return testbed.engine.recovery
      .challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm, tenantId })
      .then(
        () => 'stored',
        (error: { code: string }) => error.code,
      );
  }
  return { ...testbed, askCode };
}

const QUESTIONS = ['street-at-age-ten', 'first-pet-name', 'first-teacher-surname'];

/** A user whose directory entry has {@link PHONE} as mobile and `office` as office phone. */
const olga = (office: string) => ({
  id: 'u-olga',
  username: 'olga',
  password: 'olga original passphrase',
  email: 'olga@example.com',
  contact: { mobile: PHONE, office, alternateEmail: 'olga@example.net' },
});

/** An engine asking 3 of 3 questions, which alice answered `answer to <question id>`. */
async function withAliceAnswers() {
  const testbed = createTestEngine({
    policy: {
      methods: ['mobileSms', 'email', 'securityQuestions'],
      questions: { predefined: QUESTIONS, toRegister: 3, toAnswer: 3 },
    },
  });
  await testbed.registerAnswers(
    'u-alice',
    Object.fromEntries(QUESTIONS.map((id) => [id, `answer to ${id}`])),
  );
  return { ...testbed, questions: QUESTIONS };
}

/** What a call answered: `none`, or the refusal's code, message and retry time. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'none', message: '', retryAfterSeconds: undefined }),
    (error: { code: string; message: string; retryAfterSeconds?: number }) => ({
      code: error.code,
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds,
    }),
  );

describe('recovery mutants: limits', () => {
  it("keeps each tenant's budget for unsent codes (decoys) its own", async () => {
    const { askCode } = setup({ limits: { phoneSendsPerHour: 2, phoneSendsPerIpPerHour: 50 } });
    // A decoy's code is never sent: it spends the tenant's budget of unsent codes.
    expect([
      await askCode('nobody-1', 'a'),
      await askCode('nobody-2', 'a'),
      await askCode('nobody-3', 'a'),
    ]).toEqual(['stored', 'stored', 'rate_limited']);
    // Tenant a's decoys spent nothing of the default tenant's budget.
    expect([
      await askCode('nobody-4', 'default'),
      await askCode('nobody-5', 'default'),
      await askCode('nobody-6', 'default'),
    ]).toEqual(['stored', 'stored', 'rate_limited']);
  });

  it("keeps each tenant's budget for mismatched numbers its own", async () => {
    const { askCode } = setup({ limits: { phoneSendsPerHour: 1, phoneSendsPerIpPerHour: 50 } });
    const wrongNumber = '+31699999999';
    expect(await askCode('alice', 'a', wrongNumber)).toBe('stored');
    expect(await askCode('alice', 'a', wrongNumber)).toBe('rate_limited');
    expect(await askCode('alice', 'b', wrongNumber)).toBe('stored');
  });
  it('refuses decoys and mismatches too once real sends spent the phone budget, with its retry time', async () => {
    const { engine, clock } = setup({
      limits: { phoneSendsPerHour: 2, phoneSendsPerIpPerHour: 50 },
    });
    const ask = async (identifier: string, confirm = PHONE) => {
      const flow = await engine.recovery.start({ identifier });
      return engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm }).then(
        () => ({ code: 'stored' }),
        (error: { code: string; message: string; retryAfterSeconds?: number }) => ({
          code: error.code,
          message: error.message,
          retryAfterSeconds: error.retryAfterSeconds,
        }),
      );
    };
    // One real send leaves one: a decoy still gets its (unsent) code.
    expect(await ask('alice')).toEqual({ code: 'stored' });
    expect(await ask('nobody-1')).toEqual({ code: 'stored' });
    expect(await ask('erin', '+31611112222')).toEqual({ code: 'stored' });
    // The real budget is spent exactly: a decoy and a mismatch are refused as a real send would be,
    // and told when the real budget opens again, not their own.
    clock.advance(10 * 60_000);
    const refused = {
      code: 'rate_limited',
      message: 'Too many calls and texts',
      retryAfterSeconds: 50 * 60,
    };
    expect(await ask('nobody-2')).toEqual(refused);
    expect(await ask('alice', '+31699999999')).toEqual(refused);
    expect(await ask('admin', '+31687654321')).toEqual(refused);
  });
});

const ORIGIN = 'https://id.example.com';
const WEBAUTHN = { rpId: 'example.com', rpName: 'Example', origins: [ORIGIN] };
const PASSKEY_POLICY: PolicyInput = { methods: ['mobileSms', 'email', 'passkey'] };

/** An engine with passkeys, where alice registered one on `device`. */
async function withAlicePasskey() {
  const testbed = createTestEngine({ policy: PASSKEY_POLICY, webauthn: WEBAUTHN });
  const { engine, clock } = testbed;
  const device = createSoftwareAuthenticator({ origin: ORIGIN, counts: true });
  const auth = { authTime: clock.now() };
  const { publicKey } = await engine.registration.passkeyOptions({ userId: 'u-alice', auth });
  const credential = await device.create(publicKey);
  await engine.registration.addPasskey({ userId: 'u-alice', auth, name: 'Laptop', credential });
  /** Starts a flow for `identifier` and asks for its passkey. */
  const challenge = async (identifier: string) => {
    const started = await engine.recovery.start({ identifier });
    const methodId = started.methods.find((m) => m.type === 'passkey')?.id ?? '';
    return engine.recovery.challenge({ flowToken: started.flowToken, methodId });
  };
  /** Signs `signed`'s challenge with alice's passkey and sends it to `flow`. */
  const verify = async (flow: FlowView, signed = flow) => {
    const credential = await device.get(signed.challenge?.publicKey as never);
    return engine.recovery
      .verify({ flowToken: flow.flowToken, methodId: flow.challenge?.methodId ?? '', credential })
      .then(
        (view) => view.state,
        (error: { code: string }) => error.code,
      );
  };
  return { ...testbed, device, challenge, verify };
}

describe('recovery mutants: the shape of a passkey assertion', () => {
  async function passkeyFlow() {
    const { engine, device, challenge } = await withAlicePasskey();
    const flow = await challenge('alice');
    const methodId = flow.challenge?.methodId ?? '';
    if (flow.challenge?.publicKey === undefined) throw new Error('no passkey challenge');
    const assertion = (await device.get(flow.challenge.publicKey)) as unknown as Record<
      string,
      unknown
    > & { response: Record<string, unknown> };
    const verify = (credential: unknown) =>
      engine.recovery.verify({ flowToken: flow.flowToken, methodId, credential }).then(
        (view) => view.state,
        (error: { code: string }) => error.code,
      );
    return { assertion, verify };
  }

  it('refuses every malformed assertion with invalid_request, spending nothing', async () => {
    const { assertion, verify } = await passkeyFlow();
    const { response } = assertion;
    const long = 'a'.repeat(4097);
    const malformed: unknown[] = [
      undefined,
      null,
      'a string',
      { ...assertion, id: undefined },
      { ...assertion, id: '' },
      { ...assertion, id: 42 },
      { ...assertion, id: long },
      { ...assertion, rawId: undefined },
      { ...assertion, rawId: long },
      { ...assertion, type: 'password' },
      { ...assertion, response: undefined },
      { ...assertion, response: null },
      { ...assertion, response: 'a string' },
      { ...assertion, response: { ...response, clientDataJSON: '' } },
      { ...assertion, response: { ...response, clientDataJSON: long } },
      { ...assertion, response: { ...response, authenticatorData: undefined } },
      { ...assertion, response: { ...response, authenticatorData: long } },
      { ...assertion, response: { ...response, signature: '' } },
      { ...assertion, response: { ...response, signature: long } },
      { ...assertion, response: { ...response, userHandle: '' } },
      { ...assertion, response: { ...response, userHandle: long } },
    ];
    for (const credential of malformed) {
      expect(await verify(credential)).toBe('invalid_request');
    }
    // Not one of them was counted: the real assertion still passes.
    expect(await verify(assertion)).toBe('verified');
  });

  it('looks at fields of up to 4096 characters and a missing user handle', async () => {
    const { assertion, verify } = await passkeyFlow();
    const { response } = assertion;
    const longest = 'a'.repeat(4096);
    // Shaped right but not valid: a wrong credential, not a malformed request.
    expect(await verify({ ...assertion, id: longest, rawId: longest })).toBe('invalid_credential');
    expect(await verify({ ...assertion, response: { ...response, signature: longest } })).toBe(
      'invalid_credential',
    );
    const { userHandle: _, ...withoutHandle } = response;
    expect(await verify({ ...assertion, response: withoutHandle })).toBe('verified');
  });
});

describe('recovery mutants: passkey challenges', () => {
  it('audits a passkey challenge by whether the account has a passkey', async () => {
    const { challenge, storage, clock } = await withAlicePasskey();
    const audited = async (identifier: string) => {
      clock.advance(1000); // so the newest audit event is this challenge's
      await challenge(identifier);
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.challenge_sent'],
        limit: 1,
      });
      return { result: events[0]?.result, reason: events[0]?.reason };
    };
    expect(await audited('alice')).toEqual({ result: 'success', reason: undefined });
    expect(await audited('erin')).toEqual({ result: 'failure', reason: 'not_registered' });
    expect(await audited('nobody-here')).toEqual({ result: 'failure', reason: 'decoy' });
  });

  it("refuses an assertion signed for another flow's challenge, even a fresh one", async () => {
    const { challenge, verify } = await withAlicePasskey();
    const mine = await challenge('alice');
    const other = await challenge('alice');
    // Signed now (the counter moved on), but for the other flow: never accepted here.
    expect(await verify(mine, other)).toBe('invalid_credential');
    expect(await verify(mine)).toBe('verified');
  });

  it("says why an assertion is refused, and refuses one whose user handle is another's", async () => {
    const { challenge, engine, device } = await withAlicePasskey();
    const flow = await challenge('alice');
    const methodId = flow.challenge?.methodId ?? '';
    const send = (credential: unknown) =>
      engine.recovery.verify({ flowToken: flow.flowToken, methodId, credential }).then(
        (view) => ({ code: view.state, message: '' }),
        (error: { code: string; message: string }) => ({
          code: error.code,
          message: error.message,
        }),
      );
    expect(await send('a string')).toEqual({
      code: 'invalid_request',
      message: 'credential must be a WebAuthn assertion (startAuthentication)',
    });
    const assertion = await device.get(flow.challenge?.publicKey as never);
    // The user handle is not signed: only the comparison with the stored one refuses this.
    const otherHandle = { ...assertion.response, userHandle: 'c29tZW9uZS1lbHNl' };
    expect(await send({ ...assertion, response: otherHandle })).toEqual({
      code: 'invalid_credential',
      message: 'The passkey was not accepted',
    });
    expect(await send(assertion)).toEqual({ code: 'verified', message: '' });
  });

  it('treats a stored passkey that no longer reads as no match, without a crash', async () => {
    const { challenge, verify, storage } = await withAlicePasskey();
    const registration = await storage.registrations.get('default', 'u-alice');
    if (registration === null) throw new Error('alice has no registration');
    // A credential written without its user handle (an older or damaged record).
    const methods = registration.methods.map((method) => {
      if (method.kind !== 'passkey' || method.credential === undefined) return method;
      const { userHandle: _, ...credential } = method.credential;
      return { ...method, credential };
    });
    const revision = registration.revision + 1;
    expect(
      await storage.registrations.save({ ...registration, methods, revision }, revision - 1),
    ).toBe(true);
    expect(await verify(await challenge('alice'))).toBe('invalid_credential');
  });

  it('answers invalid_state for a passkey flow when the engine no longer has webauthn', async () => {
    const { challenge, storage, clock } = await withAlicePasskey();
    const started = await challenge('alice');
    // The same storage and policy, restarted without its webauthn options.
    const { engine } = createTestEngine({ policy: PASSKEY_POLICY, storage, clock });
    const error = await engine.recovery.getFlow({ flowToken: started.flowToken }).then(
      () => undefined,
      (caught: { code: string; message: string }) => caught,
    );
    expect(error).toMatchObject({
      code: 'invalid_state',
      message: 'Passkeys are not configured (webauthn)',
    });
  });

  it('offers no passkey in a new flow when the engine has no webauthn, though one is registered', async () => {
    const { challenge, storage, clock } = await withAlicePasskey();
    expect((await challenge('alice')).methods.map((method) => method.type)).toContain('passkey');
    const { engine } = createTestEngine({ policy: PASSKEY_POLICY, storage, clock });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect(flow.methods.map((method) => method.type)).not.toContain('passkey');
  });
});

describe('recovery mutants: what each refusal says', () => {
  it('names the limit a code request ran into, and when to try again', async () => {
    const { engine } = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email'],
        limits: { sendsPerMethodPerHour: 2, emailsPerTenMinutes: 1, phoneSendsPerIpPerHour: 1 },
      },
    });
    const ask = async (identifier: string, type: string, confirm: string, ip?: string) => {
      const flow = await engine.recovery.start({ identifier });
      const methodId = flow.methods.find((m) => m.type === type)?.id ?? '';
      return refusal(
        engine.recovery.challenge({
          flowToken: flow.flowToken,
          methodId,
          confirm,
          ...(ip === undefined ? {} : { ip }),
        }),
      );
    };
    expect((await ask('alice', 'mobileSms', PHONE)).code).toBe('none');
    expect((await ask('alice', 'mobileSms', PHONE)).code).toBe('none');
    expect(await ask('alice', 'mobileSms', PHONE)).toEqual({
      code: 'rate_limited',
      message: 'Too many codes for this method',
      retryAfterSeconds: 3600,
    });
    expect((await ask('alice', 'email', 'alice@example.com')).code).toBe('none');
    expect(await ask('alice', 'email', 'alice.private@example.net')).toEqual({
      code: 'rate_limited',
      message: 'Too many emails',
      retryAfterSeconds: 600,
    });
    // The email limit is the account's: another account still gets its mail.
    expect((await ask('admin', 'email', 'admin.alt@example.org')).code).toBe('none');
    const ip = '198.51.100.7';
    expect((await ask('erin', 'mobileSms', '+31611112222', ip)).code).toBe('none');
    expect(await ask('admin', 'mobileSms', '+31687654321', ip)).toEqual({
      code: 'rate_limited',
      message: 'Too many calls and texts from this address',
      retryAfterSeconds: 3600,
    });
  });

  it('checks a code is 6-8 digits before anything else, and expires it at its minute', async () => {
    const { engine, clock, codeSentTo } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'], codeTtlMinutes: 3 },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    const code = await codeSentTo(PHONE);
    const verify = (value: unknown) =>
      refusal(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: 'm1',
          code: value as string,
        }),
      );
    for (const bad of ['12345', '123456789', '12345a', 'x123456', ' 123456', 123456]) {
      expect(await verify(bad)).toMatchObject({
        code: 'invalid_request',
        message: 'code must be 6-8 digits',
      });
    }
    const wrong = code === '1234567' ? '7654321' : '1234567';
    expect(await verify(wrong)).toMatchObject({
      code: 'invalid_code',
      message: 'The code is wrong',
    });
    // A millisecond before its third minute ends the code is still checked; at the minute, not.
    clock.advance(3 * 60_000 - 1);
    expect((await verify(wrong)).code).toBe('invalid_code');
    clock.advance(1);
    expect(await verify(code)).toMatchObject({ code: 'code_expired', message: 'The code expired' });
  });

  it('says which answers are wanted and that one was wrong', async () => {
    const { engine, questions } = await withAliceAnswers();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    const answer = (answers: unknown) =>
      refusal(engine.recovery.verify({ flowToken: flow.flowToken, methodId, answers } as never));
    const all = (text: (id: string) => string) =>
      questions.map((questionId) => ({ questionId, answer: text(questionId) }));
    const malformed = [
      'answers',
      all(() => 'x').slice(0, 2),
      [...all(() => 'x'), { questionId: 'first-concert', answer: 'x' }],
      all((id) => (id === 'first-pet-name' ? 'x'.repeat(201) : 'x')),
      all(() => 'x').map((a, i) => (i === 0 ? { ...a, questionId: 'first-concert' } : a)),
      all(() => 'x').map((a, i) => (i === 1 ? { ...a, answer: 42 } : a)),
      // Not text, though it has a length.
      all(() => 'x').map((a, i) => (i === 1 ? { ...a, answer: ['x'] } : a)),
      all(() => 'x').map((a, i) => (i === 2 ? null : a)),
    ];
    for (const answers of malformed) {
      expect(await answer(answers)).toMatchObject({
        code: 'invalid_request',
        message: 'Answer exactly the questions asked',
      });
    }
    // 200 characters are looked at (and wrong); every other answer right is still wrong.
    const wrong = await answer(
      all((id) => (id === 'first-pet-name' ? 'x'.repeat(200) : `answer to ${id}`)),
    );
    expect(wrong).toMatchObject({
      code: 'invalid_answers',
      message: 'At least one answer is wrong',
    });
  });
});

describe('recovery mutants: the work of an answer', () => {
  it("derives a key for every answer of a decoy, as for a real account's wrong answers", async () => {
    const { engine, questions } = await withAliceAnswers();
    const derivations = async (identifier: string) => {
      const flow = await engine.recovery.start({ identifier });
      const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
      await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      const spy = vi.spyOn(crypto.subtle, 'deriveBits');
      const error = await engine.recovery
        .verify({
          flowToken: flow.flowToken,
          methodId,
          answers: questions.map((questionId) => ({ questionId, answer: 'wrong' })),
        })
        .catch((caught: { code: string }) => caught);
      const count = spy.mock.calls.length;
      spy.mockRestore();
      expect(error).toMatchObject({ code: 'invalid_answers' });
      return count;
    };
    // The first check also hashes the stand-in answer once; after that every check is alike.
    await derivations('nobody-0');
    const real = await derivations('alice');
    expect(real).toBe(3);
    expect(await derivations('nobody-1')).toBe(real);
  });
});

describe('recovery mutants: blocks and lookups', () => {
  type Engine = ReturnType<typeof setup>['engine'];

  /** Starts a flow for `identifier` and asks for a code to `confirm`: the flow token. */
  async function openCodeFlow(engine: Engine, identifier = 'alice', confirm = PHONE) {
    const flow = await engine.recovery.start({ identifier });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm });
    return flow.flowToken;
  }

  /** A wrong code for the flow's code: the refusal's code, message, retry time and attempts left. */
  const wrongCode = (engine: Engine, flowToken: string) =>
    engine.recovery.verify({ flowToken, methodId: 'm1', code: '00000000' }).then(
      () => ({ code: 'none', message: '', retryAfterSeconds: undefined, attemptsLeft: undefined }),
      (error: {
        code: string;
        message: string;
        retryAfterSeconds?: number;
        attemptsLeft?: number;
      }) => ({
        code: error.code,
        message: error.message,
        retryAfterSeconds: error.retryAfterSeconds,
        attemptsLeft: error.attemptsLeft,
      }),
    );

  /** The result and reason of every `flow.blocked` event, newest first. */
  async function blockEvents(storage: ReturnType<typeof setup>['storage']) {
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.blocked'],
      limit: 5,
    });
    return events.map((event) => `${event.result} ${event.reason}`);
  }

  it('tells a blocked account when to try again, at the block, at a start and at a challenge', async () => {
    const { engine, clock, storage } = setup();
    const failing = await openCodeFlow(engine);
    const other = await openCodeFlow(engine);
    for (let i = 0; i < 4; i++)
      expect((await wrongCode(engine, failing)).code).toBe('invalid_code');
    expect(await wrongCode(engine, failing)).toMatchObject({
      code: 'blocked',
      message: 'Too many failed attempts',
      retryAfterSeconds: 24 * 3600,
    });
    // The flow ends blocked, and the audit says which budget ran out.
    expect((await engine.recovery.getFlow({ flowToken: failing })).state).toBe('blocked');
    expect(await blockEvents(storage)).toEqual(['failure failed_proofs']);
    const failed = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.method_failed'],
      limit: 10,
    });
    expect(
      new Set(failed.events.map((e) => `${'method' in e && e.method} ${e.result} ${e.reason}`)),
    ).toEqual(new Set(['mobileSms failure invalid_code']));
    clock.advance(10 * 60_000); // the other flow still open
    const blocked = {
      code: 'blocked',
      message: 'Self-service is blocked for now',
      retryAfterSeconds: 24 * 3600 - 600,
    };
    expect(await refusal(engine.recovery.start({ identifier: 'alice' }))).toEqual(blocked);
    expect(
      await refusal(
        engine.recovery.challenge({ flowToken: other, methodId: 'm1', confirm: PHONE }),
      ),
    ).toEqual(blocked);
  });

  it("counts each account's run of failures apart, and names that budget when it blocks", async () => {
    const { engine, storage } = setup({
      limits: { failedProofsPerDay: 10, maxConsecutiveFailures: 3 },
    });
    const failures = async (identifier: string, confirm: string, times: number) => {
      const flowToken = await openCodeFlow(engine, identifier, confirm);
      const seen: unknown[] = [];
      for (let i = 0; i < times; i++) {
        const error = await wrongCode(engine, flowToken);
        seen.push(error.code === 'blocked' ? error.code : error.attemptsLeft);
      }
      return seen;
    };
    expect(await failures('alice', PHONE, 2)).toEqual([2, 1]);
    // Alice's two failures are not erin's: erin has her own three.
    expect(await failures('erin', '+31611112222', 3)).toEqual([2, 1, 'blocked']);
    expect(await blockEvents(storage)).toEqual(['failure consecutive_failures']);
  });

  it('counts the failures of an account, not of the name typed: alice by username and by email share one budget', async () => {
    const { engine } = setup({ limits: { failedProofsPerDay: 10, maxConsecutiveFailures: 3 } });
    const byName = await openCodeFlow(engine, 'alice');
    expect((await wrongCode(engine, byName)).attemptsLeft).toBe(2);
    expect((await wrongCode(engine, byName)).attemptsLeft).toBe(1);
    const byEmail = await openCodeFlow(engine, 'alice@example.com');
    expect((await wrongCode(engine, byEmail)).code).toBe('blocked');
  });

  it('answers flow_expired for an expired flow in writing_back, and leaves it to reconcile', async () => {
    const { engine, storage, clock, codeSentTo } = setup();
    const flowToken = await openCodeFlow(engine);
    const code = await codeSentTo(PHONE);
    await engine.recovery.verify({ flowToken, methodId: 'm1', code });
    const id = await sha256Base64Url(flowToken);
    const stored = await storage.flows.get('default', id);
    if (stored === null) throw new Error('flow not stored');
    // A process that died after claiming the writeback leaves it so.
    const writing = { ...stored, state: 'writing_back', revision: stored.revision + 1 };
    expect(await storage.flows.update(writing, stored.revision)).toBe(true);
    clock.advance(15 * 60_000);
    expect(await refusal(engine.recovery.getFlow({ flowToken }))).toMatchObject({
      code: 'flow_expired',
      message: 'The flow expired',
    });
    expect((await storage.flows.get('default', id))?.state).toBe('writing_back');
  });

  it('still answers blocked, mailing no one, when the directory fails at the block', async () => {
    const { engine, directory, messaging } = setup();
    const flowToken = await openCodeFlow(engine);
    await engine.dispatcher.runOnce();
    const before = messaging.sent.length;
    for (let i = 0; i < 4; i++)
      expect((await wrongCode(engine, flowToken)).code).toBe('invalid_code');
    const getUser = vi
      .spyOn(directory, 'getUser')
      .mockRejectedValue(new DirectoryError('unavailable', 'down'));
    expect((await wrongCode(engine, flowToken)).code).toBe('blocked');
    expect(getUser).toHaveBeenCalledTimes(1);
    getUser.mockRestore();
    await engine.dispatcher.runOnce();
    expect(messaging.sent.length).toBe(before);
  });

  it("blocks a decoy without reading any account's notice addresses", async () => {
    const { engine, calls } = setup();
    const flowToken = await openCodeFlow(engine, 'nobody-here');
    for (let i = 0; i < 4; i++)
      expect((await wrongCode(engine, flowToken)).code).toBe('invalid_code');
    calls.clear();
    expect((await wrongCode(engine, flowToken)).code).toBe('blocked');
    expect(calls.get('directory.getUser')).toBeUndefined();
    expect(calls.get('registrations.get')).toBeUndefined();
  });

  it('says why an attempt was refused unchecked: the account blocked, or the method tried too often', async () => {
    const { engine, clock } = setup({ limits: { blockHours: 1 } });
    const codeOf = async (flowToken: string) => (await wrongCode(engine, flowToken)).code;
    // The method's tries in one flow outlast the day's window: 3 before it ends, 2 after.
    await wrongCode(engine, await openCodeFlow(engine));
    clock.advance(24 * 3600_000 - 2 * 60_000);
    const flow = await openCodeFlow(engine);
    for (let i = 0; i < 3; i++) expect(await codeOf(flow)).toBe('invalid_code');
    clock.advance(3 * 60_000);
    for (let i = 0; i < 2; i++) expect(await codeOf(flow)).toBe('invalid_code');
    expect(await wrongCode(engine, flow)).toMatchObject({
      code: 'too_many_attempts',
      message: 'This method was tried too often; ask for a new code',
      retryAfterSeconds: undefined,
    });
    // The new day's budget runs out (5 failures, 2 of them above): blocked for an hour, then
    // still refused by the day's budget, with its own time left.
    const next = await openCodeFlow(engine);
    for (let i = 0; i < 2; i++) expect(await codeOf(next)).toBe('invalid_code');
    expect(await codeOf(next)).toBe('blocked');
    clock.advance(61 * 60_000);
    expect(await wrongCode(engine, await openCodeFlow(engine))).toMatchObject({
      code: 'blocked',
      message: 'Self-service is blocked for now',
      retryAfterSeconds: 24 * 3600 - 61 * 60,
    });
  });

  it("searches the directory for a decoy's seed where a real flow reads its user", async () => {
    const { engine, calls } = setup();
    const lookups = async (identifier: string) => {
      const flow = await engine.recovery.start({ identifier });
      calls.clear();
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: PHONE,
      });
      return {
        findUser: calls.get('directory.findUser') ?? 0,
        getUser: calls.get('directory.getUser') ?? 0,
      };
    };
    expect(await lookups('alice')).toEqual({ findUser: 0, getUser: 1 });
    expect(await lookups('nobody-here')).toEqual({ findUser: 1, getUser: 0 });
  });
});

describe('recovery mutants: notices after completion', () => {
  const NEW_PASSWORD = 'violet harbour quantum teapots';

  it("tells the other admins of an admin's reset, not of an unlock; the user only when the policy says", async () => {
    const run = async (
      identifier: string,
      intent: 'reset' | 'unlock',
      policy: PolicyInput = {},
    ) => {
      const { engine, messaging, codeSentTo } = createTestEngine({
        users: [
          ...TEST_USERS,
          {
            id: 'u-admin2',
            username: 'admin2',
            password: 'x',
            email: 'admin2@example.com',
            isAdmin: true,
          },
        ],
        policy: { methods: ['mobileSms', 'email'], ...policy },
      });
      const user = TEST_USERS.find((u) => u.username === identifier);
      const phone = user?.contact?.mobile ?? '';
      const mail = user?.contact?.alternateEmail ?? '';
      const flow = await engine.recovery.start({ identifier, intent });
      const pass = async (type: string, confirm: string) => {
        const methodId = flow.methods.find((m) => m.type === type)?.id ?? '';
        await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm });
        const code = await codeSentTo(confirm);
        return engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
      };
      let view = await pass('mobileSms', phone);
      if (view.state !== 'verified') view = await pass('email', mail);
      expect(view.state).toBe('verified');
      const before = messaging.sent.length;
      await engine.recovery.complete({
        flowToken: flow.flowToken,
        ...(intent === 'reset' ? { newPassword: NEW_PASSWORD } : {}),
      });
      await engine.dispatcher.runOnce();
      return messaging.sent
        .slice(before)
        .map((s) => `${s.message.to}: ${s.channel === 'email' ? s.message.subject : s.channel}`)
        .sort();
    };
    expect(await run('admin', 'unlock')).toEqual([
      'admin.alt@example.org: Your OpenReset account was unlocked',
      'admin@example.com: Your OpenReset account was unlocked',
    ]);
    expect(await run('admin', 'reset', { notifications: { userOnReset: false } })).toEqual([
      'admin2@example.com: OpenReset: administrator admin reset their own password',
    ]);
    expect(await run('alice', 'reset', { notifications: { userOnReset: false } })).toEqual([]);
  });
});

describe('recovery mutants: contact your administrator', () => {
  it('spends 2 requests a flow, 3 an account a day and 10 an address block an hour', async () => {
    const { engine } = setup();
    const ask = async (flowToken: string, ip?: string) =>
      refusal(engine.recovery.contactAdmin({ flowToken, ...(ip === undefined ? {} : { ip }) }));
    const open = async (identifier: string) =>
      (await engine.recovery.start({ identifier })).flowToken;
    const tooMany = { code: 'rate_limited', message: 'Too many requests for help' };
    const first = await open('alice');
    expect((await ask(first)).code).toBe('none');
    expect((await ask(first)).code).toBe('none');
    expect(await ask(first)).toMatchObject(tooMany);
    expect((await ask(await open('alice'))).code).toBe('none');
    expect(await ask(await open('alice'))).toMatchObject(tooMany);
    // One /64: ten requests from five names, then none from a sixth, but from elsewhere.
    const ip = (n: number) => `2001:db8::${n}`;
    for (let i = 0; i < 5; i++) {
      const flowToken = await open(`nobody-${i}`);
      expect([
        (await ask(flowToken, ip(2 * i))).code,
        (await ask(flowToken, ip(2 * i + 1))).code,
      ]).toEqual(['none', 'none']);
    }
    const last = await open('nobody-5');
    expect(await ask(last, ip(10))).toMatchObject(tooMany);
    expect((await ask(last, '2001:db8:1::1')).code).toBe('none');
  });

  it('mails the admins only for a real account and no helpdesk, and audits why', async () => {
    const run = async (identifier: string, policy: PolicyInput = {}) => {
      const { engine, messaging, storage, calls } = setup(policy);
      const { flowToken } = await engine.recovery.start({ identifier });
      calls.clear();
      await engine.recovery.contactAdmin({ flowToken });
      // A decoy searches for its seed where a real flow reads its user.
      const lookups = ['findUser', 'getUser'].map((name) => calls.get(`directory.${name}`) ?? 0);
      await engine.dispatcher.runOnce();
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.contacted_admin'],
        limit: 1,
      });
      expect(events[0]?.result).toBe('success');
      return {
        reason: events[0]?.reason,
        to: messaging.sent.map((sent) => sent.message.to).sort(),
        lookups,
      };
    };
    expect(await run('alice')).toEqual({
      reason: 'admins_mailed',
      to: ['admin@example.com'],
      lookups: [0, 1],
    });
    expect(await run('nobody-here')).toEqual({ reason: 'decoy', to: [], lookups: [1, 0] });
    expect(await run('alice', { helpdesk: { email: 'help@example.com' } })).toEqual({
      reason: 'helpdesk',
      to: [],
      lookups: [0, 1],
    });
    expect(await run('alice', { helpdesk: { url: 'https://help.example.com' } })).toEqual({
      reason: 'helpdesk',
      to: [],
      lookups: [0, 1],
    });
  });
  it('answers, mailing no one, when the account left the directory during the flow', async () => {
    const { engine, directory, messaging } = setup();
    const { flowToken } = await engine.recovery.start({ identifier: 'alice' });
    const getUser = vi.spyOn(directory, 'getUser').mockResolvedValue(null);
    expect((await engine.recovery.contactAdmin({ flowToken })).state).toBe('choose_method');
    getUser.mockRestore();
    await engine.dispatcher.runOnce();
    expect(messaging.sent).toEqual([]);
  });
});

describe('recovery mutants: views and gates', () => {
  it('shows the text of a custom question and only the id of a predefined one, to anyone asked, also on a reload', async () => {
    const predefined = ['street-at-age-ten', 'first-pet-name'];
    const testbed = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: {
          predefined,
          custom: [{ id: 'own-bike', text: 'Colour of my first bike' }],
          toRegister: 3,
          toAnswer: 3,
        },
      },
    });
    await testbed.registerAnswers('u-alice', {
      'street-at-age-ten': 'Elm street',
      'first-pet-name': 'Rex',
      'own-bike': 'Red',
    });
    const asked = async (identifier: string) => {
      const flow = await testbed.engine.recovery.start({ identifier });
      const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
      const view = await testbed.engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      // A reload (which reads the policy itself) shows the same questions and texts.
      const reloaded = await testbed.engine.recovery.getFlow({ flowToken: flow.flowToken });
      expect(reloaded.challenge).toEqual(view.challenge);
      return [...(view.challenge?.questions ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    };
    const all = [
      { id: 'first-pet-name' },
      { id: 'own-bike', text: 'Colour of my first bike' },
      { id: 'street-at-age-ten' },
    ];
    expect(await asked('alice')).toEqual(all);
    // Three defined, three to register: a stand-in set is all of them, as alice's is.
    expect(await asked('nobody-here')).toEqual(all);
    // erin registered no answers: a real flow, asked from the same stand-in set.
    expect(await asked('erin')).toEqual(all);
  });

  it('gives each unknown name its own stand-in questions, and audits every question challenge as sent', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: {
          predefined: [
            'street-at-age-ten',
            'first-pet-name',
            'first-teacher-surname',
            'first-concert',
            'first-album',
          ],
          toRegister: 3,
          toAnswer: 3,
        },
      },
    });
    const asked = async (identifier: string) => {
      clock.advance(1000); // so the newest audit event is this challenge's
      const flow = await engine.recovery.start({ identifier });
      const methodId = flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '';
      const view = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.challenge_sent'],
        limit: 1,
      });
      // Questions are asked of anyone: the challenge itself says nothing about the account.
      expect(events[0]).toMatchObject({ method: 'securityQuestions', result: 'success' });
      return (view.challenge?.questions ?? [])
        .map((q) => q.id)
        .sort()
        .join(' ');
    };
    const names = ['nobody-1', 'nobody-2', 'nobody-3', 'nobody-4'];
    const sets = new Set<string>();
    for (const name of names) sets.add(await asked(name));
    // Ten ways to pick 3 of 5: real users differ in what they registered, so do stand-ins.
    expect(sets.size).toBeGreaterThan(1);
    expect(await asked('alice')).toMatch(/^\S+ \S+ \S+$/);
  });

  it('never lets one number pass two gates, as mobile and as office phone', async () => {
    const testbed = createTestEngine({
      users: [olga(PHONE)],
      policy: {
        methods: ['mobileSms', 'officeVoice', 'email'],
        gatesRequired: 2,
        detailedErrors: true,
      },
    });
    const { engine, codeSentTo } = testbed;
    const flow = await engine.recovery.start({ identifier: 'olga' });
    const idOf = (type: string) => flow.methods.find((m) => m.type === type)?.id ?? '';
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: idOf('mobileSms'),
      confirm: PHONE,
    });
    const code = await codeSentTo(PHONE);
    await engine.recovery.verify({ flowToken: flow.flowToken, methodId: idOf('mobileSms'), code });
    const again = await engine.recovery
      .challenge({ flowToken: flow.flowToken, methodId: idOf('officeVoice'), confirm: PHONE })
      .then(
        () => undefined,
        (error: { code: string; message: string }) => error,
      );
    expect(again).toMatchObject({
      code: 'method_already_used',
      message: 'This phone or address already passed a gate',
    });
  });

  it('audits an authenticator challenge by whether the account has one, and checks the code is 6 digits', async () => {
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email', 'authenticatorApp'] },
    });
    const { engine, storage, clock } = testbed;
    const auth = { authTime: clock.now() };
    const enrolment = await engine.registration.authenticatorSetup({ userId: 'u-erin', auth });
    await engine.registration.addAuthenticator({
      userId: 'u-erin',
      auth,
      enrolmentToken: enrolment.enrolmentToken,
      code: totpCode(enrolment.secret, clock.now()),
      name: 'Phone',
    });
    const challenge = async (identifier: string) => {
      clock.advance(1000); // so the newest audit event is this challenge's
      const flow = await engine.recovery.start({ identifier });
      const methodId = flow.methods.find((m) => m.type === 'authenticatorApp')?.id ?? '';
      const view = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      expect(view.challenge).toEqual({ methodId });
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.challenge_sent'],
        limit: 1,
      });
      return { flow, methodId, audit: events[0] };
    };
    expect((await challenge('erin')).audit).toMatchObject({ result: 'success' });
    expect((await challenge('nobody-here')).audit).toMatchObject({
      result: 'failure',
      reason: 'decoy',
    });
    const { flow, methodId, audit } = await challenge('alice');
    expect(audit).toMatchObject({ result: 'failure', reason: 'not_registered' });
    for (const code of ['12345', '1234567', '12345a', 'x123456', 123456]) {
      const error = await engine.recovery
        .verify({ flowToken: flow.flowToken, methodId, code: code as string })
        .then(
          () => undefined,
          (caught: { code: string; message: string }) => caught,
        );
      expect(error).toMatchObject({ code: 'invalid_request', message: 'code must be 6 digits' });
    }
  });

  it('refuses, without a crash, a code for an authenticator whose secret no key opens', async () => {
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email', 'authenticatorApp'] },
    });
    const { engine, storage, clock } = testbed;
    const auth = { authTime: clock.now() };
    const enrolment = await engine.registration.authenticatorSetup({ userId: 'u-erin', auth });
    await engine.registration.addAuthenticator({
      userId: 'u-erin',
      auth,
      enrolmentToken: enrolment.enrolmentToken,
      code: totpCode(enrolment.secret, clock.now()),
      name: 'Phone',
    });
    // As after the key that sealed it was retired: the stored secret no longer opens.
    const stored = await storage.registrations.get('default', 'u-erin');
    if (stored === null) throw new Error('not registered');
    await storage.registrations.save(
      {
        ...stored,
        revision: stored.revision + 1,
        methods: stored.methods.map((m) =>
          m.kind === 'authenticator' ? { ...m, secret: 'k0.unknown.sealed' } : m,
        ),
      },
      stored.revision,
    );
    clock.advance(60_000);
    const flow = await engine.recovery.start({ identifier: 'erin' });
    const methodId = flow.methods.find((m) => m.type === 'authenticatorApp')?.id ?? '';
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    const error = await engine.recovery
      .verify({
        flowToken: flow.flowToken,
        methodId,
        code: totpCode(enrolment.secret, clock.now()),
      })
      .then(
        () => undefined,
        (caught: { code: string; message: string }) => caught,
      );
    expect(error).toMatchObject({ code: 'invalid_code', message: 'The code is wrong' });
  });

  it('answers flow_not_found for an empty or over-long flow token without a lookup', async () => {
    const { engine, calls } = createTestEngine();
    for (const flowToken of ['', 'x'.repeat(129), 42]) {
      const error = await engine.recovery.getFlow({ flowToken: flowToken as string }).then(
        () => undefined,
        (caught: { code: string; message: string }) => caught,
      );
      expect(error).toMatchObject({ code: 'flow_not_found', message: 'No such flow' });
    }
    expect(calls.get('flows.get')).toBeUndefined();
    // 128 characters are still looked up (and not found).
    const longest = await engine.recovery
      .getFlow({ flowToken: 'x'.repeat(128) })
      .catch((caught: { code: string; message: string }) => caught);
    expect(longest).toMatchObject({ code: 'flow_not_found', message: 'No such flow' });
    expect(calls.get('flows.get')).toBe(1);
  });
});

describe('recovery mutants: code delivery', () => {
  it("shows a code's delivery as queued, then sent once delivered, or delayed after a retryable failure", async () => {
    const { engine, messaging } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const delivery = async (flowToken: string) =>
      (await engine.recovery.getFlow({ flowToken })).challenge?.delivery;
    const sent = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: sent.flowToken, methodId: 'm1', confirm: PHONE });
    expect(await delivery(sent.flowToken)).toBe('queued');
    await engine.dispatcher.runOnce();
    expect(await delivery(sent.flowToken)).toBe('sent');

    const delayed = await engine.recovery.start({ identifier: 'erin' });
    await engine.recovery.challenge({
      flowToken: delayed.flowToken,
      methodId: 'm1',
      confirm: '+31611112222',
    });
    messaging.failNext('sms', 'unavailable');
    await engine.dispatcher.runOnce();
    expect(await delivery(delayed.flowToken)).toBe('delayed');
  });

  it("renders the code message from the host's template", async () => {
    const { engine, codeSentTo, messaging } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
      messages: { en: { smsCode: 'Host text: {code}' } },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    const code = await codeSentTo(PHONE);
    expect(messaging.sent.map((sent) => (sent.message as { text: string }).text)).toEqual([
      `Host text: ${code}`,
    ]);
  });

  it('answers invalid_state when the code of the active challenge is gone from storage', async () => {
    const { engine, storage } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    // As a purge or another instance would: the flow still names the code as active.
    await storage.challenges.deleteByFlow('default', await sha256Base64Url(flow.flowToken));
    await expect(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '123456' }),
    ).rejects.toMatchObject({ code: 'invalid_state', message: 'No code was sent for this method' });
  });
});

describe('recovery mutants: a code used twice at once', () => {
  it('refuses the right code when a concurrent verify consumed it first', async () => {
    const memory = createMemoryStorage();
    // As when another request verified the same code a moment earlier: consume loses.
    const storage = { ...memory, challenges: { ...memory.challenges, consume: async () => false } };
    const { engine, codeSentTo } = createTestEngine({
      storage,
      policy: { methods: ['mobileSms', 'email'] },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    const code = await codeSentTo(PHONE);
    await expect(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }),
    ).rejects.toMatchObject({ code: 'invalid_code', message: 'The code was already used' });
    expect((await engine.recovery.getFlow({ flowToken: flow.flowToken })).state).toBe(
      'awaiting_proof',
    );
  });
});

describe('recovery mutants: a code sent to nobody', () => {
  it('never passes the code made for a mismatched number, even typed right', async () => {
    const { engine, storage } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31699999999',
    });
    // The stand-in message is stored sealed and never sent: open it as an insider would.
    const flowId = await sha256Base64Url(flow.flowToken);
    const [stored] = await storage.outbox.listByCorrelation('default', flowId);
    const opened = await createKeyring(TEST_KEYS).open(stored?.payload ?? '');
    const text = (JSON.parse(opened ?? '{}') as { message?: { text?: string } }).message?.text;
    const code = /\b(\d{6,8})\b/.exec(text ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await expect(
      engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: code as string }),
    ).rejects.toMatchObject({ code: 'invalid_code' });
  });
});

describe('recovery mutants: where a code goes, and how its challenge is audited', () => {
  const REGISTERED = '+31687650000';
  /** Registers {@link REGISTERED} as `userId`'s mobile, beside the directory's. */
  async function registerMobile(testbed: ReturnType<typeof createTestEngine>, userId: string) {
    const now = testbed.clock.now();
    await testbed.storage.registrations.save(
      {
        tenantId: 'default',
        userId,
        revision: 1,
        reconfirmedAt: now,
        updatedAt: now,
        methods: [{ id: 'p', kind: 'mobile', value: REGISTERED, createdAt: now, verifiedAt: now }],
      },
      null,
    );
  }

  async function aliceWithTwoMobiles() {
    const testbed = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    await registerMobile(testbed, 'u-alice');
    return testbed;
  }

  it('sends the code to the number typed, not to the first of the method', async () => {
    for (const typed of [PHONE, REGISTERED]) {
      const { engine, messaging } = await aliceWithTwoMobiles();
      const flow = await engine.recovery.start({ identifier: 'alice' });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: typed,
      });
      await engine.dispatcher.runOnce();
      expect(messaging.sent.map((sent) => sent.message.to)).toEqual([typed]);
    }
  });

  it('never lets a number pass two gates when it is the second of a method with two, and answers a wrong number like any mismatch', async () => {
    for (const office of [PHONE, REGISTERED]) {
      const testbed = createTestEngine({
        users: [olga(office)],
        policy: { methods: ['mobileSms', 'officeVoice', 'email'], gatesRequired: 2 },
      });
      const { engine, codeSentTo } = testbed;
      await registerMobile(testbed, 'u-olga');
      const flow = await engine.recovery.start({ identifier: 'olga' });
      const idOf = (type: string) => flow.methods.find((m) => m.type === type)?.id ?? '';
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: idOf('officeVoice'),
        confirm: office,
      });
      await engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId: idOf('officeVoice'),
        code: await codeSentTo(office),
      });
      // A wrong number is answered like any mismatch, whichever number passed.
      expect(
        await refusal(
          engine.recovery.challenge({
            flowToken: flow.flowToken,
            methodId: idOf('mobileSms'),
            confirm: '+31699999999',
          }),
        ),
      ).toMatchObject({ code: 'none' });
      // The mobile method holds both numbers; the office one passed already, whichever it is.
      expect(
        await refusal(
          engine.recovery.challenge({
            flowToken: flow.flowToken,
            methodId: idOf('mobileSms'),
            confirm: office,
          }),
        ),
      ).toMatchObject({ code: 'method_already_used' });
    }
  });

  it('audits a code challenge as sent, as a mismatch or as a decoy', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
    });
    const audited = async (identifier: string, confirm: string) => {
      clock.advance(1000); // so the newest audit event is this challenge's
      const flow = await engine.recovery.start({ identifier });
      const methodId = flow.methods.find((method) => method.type === 'mobileSms')?.id ?? '';
      await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm });
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.challenge_sent'],
        limit: 1,
      });
      return { result: events[0]?.result, reason: events[0]?.reason };
    };
    expect(await audited('alice', PHONE)).toEqual({ result: 'success', reason: undefined });
    expect(await audited('alice', '+31612345679')).toEqual({
      result: 'failure',
      reason: 'confirm_mismatch',
    });
    expect(await audited('nobody-here', PHONE)).toEqual({ result: 'failure', reason: 'decoy' });
  });

  it('shows a flow whose code is gone from storage without an expiry, not an error', async () => {
    const { engine, storage } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const sent = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: PHONE,
    });
    expect(sent.challenge?.expiresAt).toBeDefined();
    await storage.challenges.deleteByFlow('default', await sha256Base64Url(flow.flowToken));
    const read = await engine.recovery.getFlow({ flowToken: flow.flowToken });
    expect(read.challenge).toEqual({ methodId: 'm1', delivery: 'queued' });
  });
});

describe('recovery mutants: what a flow audits', () => {
  it('audits a start as the anonymous caller, with the address only when given and a target only for a known account', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
    });
    const started = async (identifier: string, ip?: string) => {
      clock.advance(1000); // so the newest start is this one
      await engine.recovery.start({ identifier, ...(ip === undefined ? {} : { ip }) });
      const { events } = await storage.audit.query({
        tenantId: 'default',
        types: ['flow.started'],
        limit: 1,
      });
      const { id, time, correlationId, ...rest } = events[0] ?? {};
      expect(id).toEqual(expect.any(String));
      expect(correlationId).toEqual(expect.any(String));
      return rest;
    };
    expect(await started('alice', '203.0.113.9')).toStrictEqual({
      type: 'flow.started',
      tenantId: 'default',
      actor: { kind: 'anonymous' },
      target: { userId: 'u-alice', username: 'alice', role: 'user' },
      result: 'success',
      intent: 'reset',
      decoy: false,
      ip: '203.0.113.9',
    });
    // No `ip` key without an address, and no `target` key for an unknown name.
    expect(await started('nobody-here')).toStrictEqual({
      type: 'flow.started',
      tenantId: 'default',
      actor: { kind: 'anonymous' },
      result: 'failure',
      intent: 'reset',
      decoy: true,
      reason: 'not_found',
    });
  });

  it('counts and audits each expired flow once when two sweeps run at once', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
    });
    for (const identifier of ['alice', 'erin', 'nobody-here']) {
      await engine.recovery.start({ identifier });
    }
    clock.advance(16 * 60_000);
    const swept = await Promise.all([engine.recovery.expireFlows(), engine.recovery.expireFlows()]);
    expect(swept[0] + swept[1]).toBe(3);
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.abandoned'],
      limit: 10,
    });
    expect(events).toHaveLength(3);
  });

  it('stores no user for a decoy flow, and audits each passed gate as a success with its method', async () => {
    const { engine, storage, codeSentTo } = createTestEngine({
      users: [...TEST_USERS, ...MORE_TEST_USERS],
      policy: { methods: ['mobileSms', 'email'] },
    });
    // dave is disabled: his flow is a decoy, stored without his id.
    const decoy = await engine.recovery.start({ identifier: 'dave' });
    const stored = await storage.flows.get('default', await sha256Base64Url(decoy.flowToken));
    expect(stored).toMatchObject({ userId: null, data: { decoy: true } });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    const code = await codeSentTo(PHONE);
    await engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.method_verified'],
      limit: 5,
    });
    expect(events).toEqual([
      expect.objectContaining({
        result: 'success',
        method: 'mobileSms',
        target: expect.objectContaining({ userId: 'u-alice' }),
      }),
    ]);
  });

  it('never completes a decoy flow, even one forced to verified in storage', async () => {
    const { engine, storage, directory } = createTestEngine({
      users: [...TEST_USERS, ...MORE_TEST_USERS],
      policy: { methods: ['mobileSms', 'email'] },
    });
    // dave's decoy forced to name him too: only the decoy mark is left to refuse it.
    for (const [identifier, userId] of [
      ['dave', 'u-dave'],
      ['nobody-here', null],
    ] as const) {
      const flow = await engine.recovery.start({ identifier });
      const id = await sha256Base64Url(flow.flowToken);
      const stored = await storage.flows.get('default', id);
      if (stored === null) throw new Error('flow not stored');
      // What a tampered or corrupted store would hold; the data still says decoy.
      const forced = { ...stored, state: 'verified', userId, revision: stored.revision + 1 };
      expect(await storage.flows.update(forced, stored.revision)).toBe(true);
      expect(
        await refusal(
          engine.recovery.complete({
            flowToken: flow.flowToken,
            newPassword: 'violet harbour quantum teapots',
          }),
        ),
      ).toMatchObject({ code: 'invalid_state', message: 'The flow cannot complete' });
    }
    expect(await directory.verifyPassword('u-dave', 'violet harbour quantum teapots')).toBe(false);
    const written = await storage.audit.query({
      tenantId: 'default',
      types: ['password.reset', 'writeback.failed'],
      limit: 5,
    });
    expect(written.events).toEqual([]);
  });

  it('audits a swept flow as abandoned by the system, naming the state it expired in', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    clock.advance(16 * 60_000);
    expect(await engine.recovery.expireFlows()).toBe(1);
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.abandoned'],
      limit: 5,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: { kind: 'system' },
      target: { userId: 'u-alice' },
      result: 'failure',
      reason: 'expired_in_awaiting_proof',
    });
  });
});

describe('recovery mutants: the flow view', () => {
  it('gives each unknown name stand-in methods of its own', async () => {
    const { engine } = setup();
    const shown = async (identifier: string) =>
      (await engine.recovery.start({ identifier })).methods.map((m) => `${m.type} ${m.hint}`);
    const names = ['nobody-1', 'nobody-2', 'nobody-3', 'nobody-4'];
    const seen = await Promise.all(names.map(shown));
    expect(new Set(seen.map((methods) => methods.join())).size).toBe(names.length);
    // The same name shows the same stand-ins every time.
    expect(await shown('nobody-1')).toEqual(seen[0]);
  });

  it("sends the code in the locale the flow started with, or the policy's default for an unknown one", async () => {
    const { engine, messaging } = setup();
    const localeOfCode = async (locale: string) => {
      const flow = await engine.recovery.start({ identifier: 'alice', locale: locale as 'nl' });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: PHONE,
      });
      await engine.dispatcher.runOnce();
      return messaging.sent.at(-1)?.message.locale;
    };
    expect(await localeOfCode('nl')).toBe('nl');
    expect(await localeOfCode('xx')).toBe('en');
  });

  it('shows a challenge only while the flow awaits its proof, and no empty fields', async () => {
    const { engine } = setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect(flow).not.toHaveProperty('nextGate');
    expect(flow).not.toHaveProperty('registerNext');
    expect(flow).not.toHaveProperty('challenge');
    const sent = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: PHONE,
    });
    expect(sent.challenge).toMatchObject({ methodId: 'm1', delivery: 'queued' });
    const canceled = await engine.recovery.cancel({ flowToken: flow.flowToken });
    expect(canceled.state).toBe('canceled');
    expect(canceled).not.toHaveProperty('challenge');
  });

  it('marks as used the method that passed a gate, not the first of the list', async () => {
    const { engine, codeSentTo } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'], gatesRequired: 2 },
    });
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const email = flow.methods.find((method) => method.type === 'email');
    if (email === undefined || flow.methods[0]?.type !== 'mobileSms') {
      throw new Error('the test needs the phone first and an email method');
    }
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: email.id,
      confirm: 'alice.private@example.net',
    });
    const passed = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: email.id,
      code: await codeSentTo('alice.private@example.net'),
    });
    expect(passed.methods.map((method) => [method.type, method.used])).toEqual([
      ['mobileSms', false],
      ['email', true],
    ]);
  });
});

describe('recovery mutants: what each refusal of a flow says', () => {
  it('checks the identifier (1-256 characters, no control characters) and the intent at the start', async () => {
    const { engine } = setup();
    const start = (identifier: unknown, intent?: string) =>
      refusal(
        engine.recovery.start({
          identifier: identifier as string,
          ...(intent === undefined ? {} : { intent: intent as 'reset' }),
        }),
      );
    const tooLong = { code: 'invalid_request', message: 'identifier must be 1-256 characters' };
    expect(await start('')).toMatchObject(tooLong);
    expect(await start('   ')).toMatchObject(tooLong);
    expect(await start(42)).toMatchObject(tooLong);
    expect(await start('x'.repeat(257))).toMatchObject(tooLong);
    // 256 characters (not UTF-16 units) are allowed: 256 emoji are 512 units.
    expect(await start('x'.repeat(256))).toMatchObject({ code: 'none' });
    expect(await start('\u{1F600}'.repeat(256))).toMatchObject({ code: 'none' });
    expect(await start('ali\u0000ce')).toMatchObject({
      code: 'invalid_request',
      message: 'identifier must not contain control characters',
    });
    expect(await start('alice', 'delete')).toMatchObject({
      code: 'invalid_request',
      message: 'intent must be reset or unlock',
    });
  });

  it('counts starts per identifier as typed (in any case, width or padding), known or not, and says so when they run out', async () => {
    const { engine } = setup({ limits: { resetsPerHour: 2 } });
    const start = (identifier: string) => refusal(engine.recovery.start({ identifier }));
    // Full-width letters are the same name after NFKC normalization.
    const fullWidth = (text: string) =>
      text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const identifier of ['alice', 'nobody-here']) {
      expect((await start(identifier)).code).toBe('none');
      expect((await start(` ${identifier.toUpperCase()} `)).code).toBe('none');
      expect(await start(fullWidth(identifier))).toEqual({
        code: 'rate_limited',
        message: 'Too many resets',
        retryAfterSeconds: 3600,
      });
    }
  });

  it('treats a name two accounts share as unknown, and a directory outage as an outage for every name', async () => {
    const { engine, directory } = createTestEngine({
      users: [
        ...TEST_USERS,
        { id: 'u-twin', username: 'twin', password: 'x', email: 'alice@example.com' },
      ],
      policy: { methods: ['mobileSms', 'email'], detailedErrors: true },
    });
    expect(
      await engine.recovery.start({ identifier: 'alice@example.com' }).then(
        () => 'none',
        (error: { reason?: string }) => error.reason,
      ),
    ).toBe('not_found');
    directory.setAvailable(false);
    for (const identifier of ['alice', 'nobody-here']) {
      expect(
        await engine.recovery.start({ identifier }).then(
          () => undefined,
          (error: { code: string; message: string; directoryCode?: string }) => ({
            code: error.code,
            message: error.message,
            directoryCode: error.directoryCode,
          }),
        ),
      ).toEqual({
        code: 'directory_error',
        message: 'The directory could not be reached',
        directoryCode: 'unavailable',
      });
    }
    // Any other failure of the directory is an outage too.
    directory.setAvailable(true);
    vi.spyOn(directory, 'findUser').mockRejectedValueOnce(new Error('socket hang up'));
    expect(
      await engine.recovery.start({ identifier: 'alice' }).then(
        () => undefined,
        (error: { code: string; directoryCode?: string }) => [error.code, error.directoryCode],
      ),
    ).toEqual(['directory_error', 'unavailable']);
  });

  it('checks the method and the typed contact at a challenge', async () => {
    const { engine } = setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const challenge = (methodId: string, confirm?: string) =>
      refusal(
        engine.recovery.challenge({
          flowToken: flow.flowToken,
          methodId,
          ...(confirm === undefined ? {} : { confirm }),
        }),
      );
    expect(await challenge('m9', PHONE)).toMatchObject({
      code: 'method_not_found',
      message: 'The flow offers no such method',
    });
    const confirmRequired = {
      code: 'confirm_required',
      message: 'Type the full phone number or address the hint stands for',
    };
    expect(await challenge('m1')).toMatchObject(confirmRequired);
    expect(await challenge('m1', '  ')).toMatchObject(confirmRequired);
    expect(await challenge('m1', `${PHONE}${' '.repeat(321 - PHONE.length)}`)).toMatchObject(
      confirmRequired,
    );
    // 320 characters are read (and then do not match).
    expect(await challenge('m1', `${PHONE}${' '.repeat(320 - PHONE.length)}`)).toMatchObject({
      code: 'none',
    });
  });

  it('verifies only the method whose challenge is active', async () => {
    const { engine } = setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect(
      await refusal(
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '123456' }),
      ),
    ).toMatchObject({ code: 'invalid_state', message: 'The flow is choose_method' });
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: PHONE });
    const email = flow.methods.find((method) => method.type === 'email')?.id ?? '';
    expect(
      await refusal(
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: email, code: '123456' }),
      ),
    ).toMatchObject({ code: 'invalid_state', message: 'No challenge for this method' });
  });

  it('names the state of a flow that cannot take a step', async () => {
    const { engine } = setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.cancel({ flowToken: flow.flowToken });
    expect(await refusal(engine.recovery.cancel({ flowToken: flow.flowToken }))).toMatchObject({
      code: 'invalid_state',
      message: 'The flow is canceled',
    });
  });

  it('answers conflict to the loser of two challenges of one flow at once', async () => {
    const { engine } = setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const results = await Promise.all(
      [PHONE, PHONE].map((confirm) =>
        refusal(engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm })),
      ),
    );
    expect(results.map((result) => result.code).sort()).toEqual(['conflict', 'none']);
    expect(results.find((result) => result.code === 'conflict')?.message).toBe(
      'The flow changed meanwhile; reload it',
    );
  });

  it('lets security questions pass one gate only', async () => {
    const testbed = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        gatesRequired: 2,
        questions: { predefined: QUESTIONS, toRegister: 3, toAnswer: 3 },
      },
    });
    await testbed.registerAnswers(
      'u-alice',
      Object.fromEntries(QUESTIONS.map((id) => [id, `answer to ${id}`])),
    );
    const { engine } = testbed;
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const methodId = flow.methods.find((method) => method.type === 'securityQuestions')?.id ?? '';
    const asked = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    const answers = (asked.challenge?.questions ?? []).map((question) => ({
      questionId: question.id,
      answer: `answer to ${question.id}`,
    }));
    const passed = await engine.recovery.verify({ flowToken: flow.flowToken, methodId, answers });
    expect(passed).toMatchObject({ state: 'choose_method', gatesPassed: 1 });
    expect(
      await refusal(engine.recovery.challenge({ flowToken: flow.flowToken, methodId })),
    ).toMatchObject({
      code: 'method_already_used',
      message: 'This kind of method already passed a gate',
    });
  });
});

describe('recovery mutants: completing a flow', () => {
  const NEW_PASSWORD = 'violet harbour quantum teapots';

  function completing() {
    const testbed = createTestEngine({
      users: [...TEST_USERS, ...MORE_TEST_USERS],
      policy: { methods: ['mobileSms', 'email'], unlockEnabled: true },
    });
    /** A flow of `identifier` past its one gate (a code to `confirm`): its token. */
    async function verified(identifier: string, confirm: string, intent?: 'unlock') {
      const { engine, codeSentTo } = testbed;
      const flow = await engine.recovery.start({ identifier, ...(intent ? { intent } : {}) });
      await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm });
      const code = await codeSentTo(confirm);
      await engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
      return flow.flowToken;
    }
    /** Audit events of `type`, newest first, with their type-specific fields. */
    const audited = async (type: string) =>
      (
        await testbed.storage.audit.query({
          tenantId: 'default',
          types: [type as 'flow.started'],
          limit: 10,
        })
      ).events;
    return { ...testbed, verified, audited };
  }

  it('unlocks a locked-out account as it resets it, and audits the methods that proved it', async () => {
    const { engine, directory, verified, audited } = completing();
    const flowToken = await verified('lou', '+31600000002');
    const done = await engine.recovery.complete({ flowToken, newPassword: NEW_PASSWORD });
    // Only a flow a Temporary Access Pass opened asks to register next.
    expect(done.state).toBe('completed');
    expect(done).not.toHaveProperty('registerNext');
    expect(await directory.verifyPassword('u-lou', NEW_PASSWORD)).toBe(true);
    expect(await audited('password.reset')).toEqual([
      expect.objectContaining({
        result: 'success',
        methods: ['mobileSms'],
        target: { userId: 'u-lou', username: 'lou', role: 'user' },
      }),
    ]);
  });

  it('audits an unlock as account.unlocked, and a cancel as canceled', async () => {
    const { engine, verified, audited } = completing();
    const flowToken = await verified('alice', PHONE, 'unlock');
    await engine.recovery.complete({ flowToken });
    expect(await audited('account.unlocked')).toEqual([
      expect.objectContaining({ result: 'success', methods: ['mobileSms'] }),
    ]);
    expect(await audited('password.reset')).toEqual([]);
    const other = await engine.recovery.start({ identifier: 'erin' });
    await engine.recovery.cancel({ flowToken: other.flowToken });
    const [canceled] = await audited('flow.canceled');
    expect(canceled).toMatchObject({ result: 'failure', target: { userId: 'u-erin' } });
    expect(canceled).not.toHaveProperty('reason');
  });

  it('refuses to complete, without a crash, when the account left the directory after its proof', async () => {
    const { engine, directory, verified, audited } = completing();
    const flowToken = await verified('alice', PHONE);
    vi.spyOn(directory, 'getUser').mockResolvedValueOnce(null);
    expect(
      await refusal(engine.recovery.complete({ flowToken, newPassword: NEW_PASSWORD })),
    ).toMatchObject({ code: 'invalid_state', message: 'The flow cannot complete' });
    expect(await audited('password.reset')).toEqual([]);
  });

  it('gives each flow 5 passwords, then cancels it and audits why', async () => {
    const { engine, verified, audited } = completing();
    const alice = await verified('alice', PHONE);
    const erin = await verified('erin', '+31611112222');
    const attempt = (flowToken: string) =>
      refusal(engine.recovery.complete({ flowToken, newPassword: 'password' }));
    for (let i = 0; i < 5; i++) {
      expect(await attempt(alice)).toMatchObject({
        code: 'password_rejected',
        message: 'The password breaks the policy',
      });
    }
    // Erin's flow has its own 5.
    expect((await attempt(erin)).code).toBe('password_rejected');
    expect(await attempt(alice)).toMatchObject({
      code: 'too_many_attempts',
      message: 'Too many passwords were refused; start again',
    });
    expect(await audited('flow.canceled')).toEqual([
      expect.objectContaining({
        result: 'failure',
        reason: 'too_many_passwords',
        target: expect.objectContaining({ userId: 'u-alice' }),
      }),
    ]);
    const rejected = await audited('password.reset_failed');
    expect(rejected).toHaveLength(6);
    expect(rejected.every((event) => event.result === 'failure')).toBe(true);
    expect(new Set(rejected.map((event) => event.reason))).toEqual(new Set(['password_rejected']));
    expect(await refusal(engine.recovery.complete({ flowToken: alice }))).toMatchObject({
      code: 'invalid_state',
    });
  });

  it('asks a reset for a password, and audits a failed writeback, as a failed reset only for a reset', async () => {
    const { engine, directory, writeback, verified, audited } = completing();
    const reset = await verified('alice', PHONE);
    expect(await refusal(engine.recovery.complete({ flowToken: reset }))).toMatchObject({
      code: 'password_required',
      message: 'A reset needs a new password',
    });
    expect(
      await refusal(engine.recovery.complete({ flowToken: reset, newPassword: '' })),
    ).toMatchObject({ code: 'password_required' });
    writeback.failing = true;
    expect(
      await refusal(engine.recovery.complete({ flowToken: reset, newPassword: NEW_PASSWORD })),
    ).toMatchObject({
      code: 'directory_error',
      message: 'The directory did not accept the change',
    });
    expect(await audited('writeback.failed')).toEqual([
      expect.objectContaining({ result: 'failure', reason: 'unavailable' }),
    ]);
    expect(await audited('password.reset_failed')).toEqual([
      expect.objectContaining({ result: 'failure', reason: 'unavailable' }),
    ]);
    const unlock = await verified('erin', '+31611112222', 'unlock');
    vi.spyOn(directory, 'unlock').mockRejectedValueOnce(new DirectoryError('unavailable', 'down'));
    expect((await refusal(engine.recovery.complete({ flowToken: unlock }))).code).toBe(
      'directory_error',
    );
    expect(await audited('writeback.failed')).toHaveLength(2);
    expect(await audited('password.reset_failed')).toHaveLength(1);
    // A failure that is no DirectoryError is an outage.
    writeback.failing = false;
    vi.spyOn(directory, 'resetPassword').mockRejectedValueOnce(new Error('socket hang up'));
    expect(
      await refusal(engine.recovery.complete({ flowToken: reset, newPassword: NEW_PASSWORD })),
    ).toMatchObject({ code: 'directory_error' });
    expect((await audited('writeback.failed')).map((event) => event.reason)).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
  });
});

describe('recovery mutants: who may use self-service', () => {
  const users = [
    ...TEST_USERS,
    ...MORE_TEST_USERS,
    {
      id: 'u-gina',
      username: 'gina',
      password: 'x',
      groups: ['sspr'],
      contact: { mobile: '+31600000003' },
    },
  ];

  /** Why a start for `identifier` under `policy` (with detailedErrors) is refused, or `none`. */
  async function reasonOf(policy: PolicyInput, identifier: string, intent?: 'unlock') {
    const { engine } = createTestEngine({
      users,
      webauthn: { rpId: 'example.com', rpName: 'Example', origins: ['https://id.example.com'] },
      policy: { methods: ['mobileSms', 'email'], detailedErrors: true, ...policy },
    });
    return engine.recovery.start({ identifier, ...(intent === undefined ? {} : { intent }) }).then(
      () => 'none',
      (error: { code: string; message: string; reason?: string }) => {
        expect(error.code).toBe('not_eligible');
        expect(error.message).toBe(`This account cannot use self-service (${error.reason})`);
        return error.reason;
      },
    );
  }

  it('names why an account cannot reset: unknown, disabled, not enabled, out of scope, unlock off', async () => {
    expect(await reasonOf({}, 'nobody-here')).toBe('not_found');
    expect(await reasonOf({}, 'dave')).toBe('disabled');
    expect(await reasonOf({ enabled: 'none' }, 'alice')).toBe('not_enabled');
    expect(await reasonOf({ enabled: 'selected', groups: ['sspr'] }, 'alice')).toBe('not_in_scope');
    expect(await reasonOf({ enabled: 'selected', groups: ['other', 'sspr'] }, 'gina')).toBe('none');
    expect(await reasonOf({ unlockEnabled: false }, 'alice', 'unlock')).toBe('unlock_disabled');
    expect(await reasonOf({ unlockEnabled: false }, 'alice')).toBe('none');
    expect(await reasonOf({ unlockEnabled: true }, 'alice', 'unlock')).toBe('none');
    // The writeback switch is for external directories only.
    expect(await reasonOf({ writeback: false }, 'alice')).toBe('none');
    expect(
      await reasonOf(
        { methods: ['mobileSms', 'email', 'passkey'], adminsRequirePasskey: true },
        'admin',
      ),
    ).toBe('passkey_required');
  });
});

describe('recovery mutants: the captcha at the start', () => {
  function withCaptcha(afterStarts?: number) {
    const verify = vi.fn(async (token: string, _context: { ip?: string }) => token === 'solved');
    const { engine } = createTestEngine({
      captcha: { verify },
      policy: {
        methods: ['mobileSms', 'email'],
        ...(afterStarts === undefined ? {} : { captcha: { afterStarts } }),
      },
    });
    const start = (captcha?: string, ip?: string) =>
      refusal(
        engine.recovery.start({
          identifier: 'alice',
          ...(captcha === undefined ? {} : { captcha }),
          ...(ip === undefined ? {} : { ip }),
        }),
      );
    return { verify, start };
  }

  it('checks a non-empty token with the address, and says when it was not solved', async () => {
    const { verify, start } = withCaptcha();
    const unsolved = { code: 'captcha_failed', message: 'The captcha was not solved' };
    expect(await start()).toMatchObject(unsolved);
    expect(await start('')).toMatchObject(unsolved);
    expect(verify).not.toHaveBeenCalled();
    expect(await start('wrong', '203.0.113.5')).toMatchObject(unsolved);
    expect(verify).toHaveBeenLastCalledWith('wrong', { ip: '203.0.113.5' });
    expect(await start('solved')).toMatchObject({ code: 'none' });
    // Without an address, no `ip` key at all.
    expect(verify.mock.lastCall?.[1]).toStrictEqual({});
  });

  it('asks after afterStarts starts from one address in an hour, and always from an unknown one', async () => {
    const { start } = withCaptcha(2);
    expect((await start(undefined, '203.0.113.5')).code).toBe('none');
    expect((await start(undefined, '203.0.113.5')).code).toBe('none');
    expect((await start(undefined, '203.0.113.5')).code).toBe('captcha_failed');
    expect((await start(undefined, '198.51.100.9')).code).toBe('none');
    expect((await start()).code).toBe('captcha_failed');
  });
});
