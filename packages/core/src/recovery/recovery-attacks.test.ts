// Each test plays one attack of issue 12 against a real engine on memory adapters; each
// failed on the engine before the fix. Distributions over thousands of accounts are in
// decoy-distribution.test.ts, timing in bench/enumeration-timing.bench.mjs, the SQL stores
// with two instances in packages/adapters (recovery-burst tests), registration sends and
// code windows in registration-service.test.ts, and the widgets' wording in their tests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spyOnCrypto } from '../crypto/crypto-spy.js';
import { addressBlock } from '../limits/address-block.js';
import type { MemoryDirectoryUser } from '../memory/memory-directory.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START } from '../testing/test-engine.js';
import type { FlowView } from './flow-view.js';

const HOUR = 3_600_000;
const QUESTIONS = ['street-at-age-ten', 'first-pet-name', 'first-teacher-surname', 'first-concert'];
const ANSWERS = {
  'street-at-age-ten': 'Amsterdam',
  'first-pet-name': 'Rex the dog',
  'first-teacher-surname': 'De Regenboog',
};
const POLICY: PolicyInput = {
  methods: ['mobileSms', 'mobileVoice', 'email', 'securityQuestions'],
  questions: { predefined: QUESTIONS, toRegister: 3, toAnswer: 3 },
};

const USERS: MemoryDirectoryUser[] = [
  {
    id: 'u-alice',
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: '+31612345678', alternateEmail: 'alice.home@example.net' },
  },
  {
    id: 'u-ada',
    username: 'ada',
    password: 'ada original passphrase',
    email: 'ada@corp.example',
    isAdmin: true,
    contact: { alternateEmail: 'ada@gmail.com' },
  },
  {
    id: 'u-mal',
    username: 'mal',
    password: 'mal original passphrase',
    contact: { mobile: '+31 6 123', alternateEmail: 'no-at-sign.example.com' },
  },
  { id: 'u-bob', username: 'bob', password: 'bob original passphrase' },
];

async function setup(policy: PolicyInput = POLICY) {
  const testbed = createTestEngine({ users: USERS, policy });
  await testbed.registerAnswers('u-bob', ANSWERS);
  return testbed;
}

/** Answers to whatever a flow asks, from `answers` (or a wrong one). */
function answersTo(flow: FlowView, answers: Record<string, string>) {
  return (flow.challenge?.questions ?? []).map(({ id }) => ({
    questionId: id,
    answer: answers[id] ?? 'not the answer',
  }));
}

/** The id of the flow's method of `type`. */
function methodOf(flow: FlowView, type: string): string {
  return flow.methods.find((method) => method.type === type)?.id ?? `no ${type} method`;
}

afterEach(() => vi.restoreAllMocks());

describe('attack 2: the flow content tells real accounts from decoys', () => {
  it('shows an admin, a user, an unregistered user and an unknown name the same choice', async () => {
    const { engine } = await setup({ ...POLICY, gatesRequired: 1 });
    const views = await Promise.all(
      ['ada', 'alice', 'bob', 'nobody.at.all'].map((identifier) =>
        engine.recovery.start({ identifier }),
      ),
    );
    const choice = (view: FlowView) => ({
      gatesRequired: view.gatesRequired,
      methods: view.methods.map((m) => [m.id, m.type, m.hint?.replace(/\d/g, 'd') ?? null]),
    });
    for (const view of views.slice(1)) expect(choice(view)).toEqual(choice(views[0] as FlowView));
    expect(views[0]?.gatesRequired).toBe(1);
  });

  it('asks an unknown name the same questions every time, like a registered user', async () => {
    const { engine } = await setup();
    const asked = async (identifier: string) => {
      const flow = await engine.recovery.start({ identifier });
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        const view = await engine.recovery.challenge({
          flowToken: flow.flowToken,
          methodId: methodOf(flow, 'securityQuestions'),
        });
        for (const question of view.challenge?.questions ?? []) seen.add(question.id);
      }
      return seen;
    };
    // bob registered 3 of the 4 questions; an unknown name gets a fixed 3 too, flow after flow.
    // Before the fix every decoy challenge drew from all 4 defined questions.
    const first = await asked('nobody.at.all');
    expect(first.size).toBe(3);
    expect(await asked('nobody.at.all')).toEqual(first);
    expect((await asked('bob')).size).toBe(3);
  });
});

describe('attack 3: the work a request does tells real accounts from decoys', () => {
  /** Storage and directory calls of one request, with both kinds of directory lookup as one. */
  async function workOf(
    calls: Map<string, number>,
    request: () => Promise<unknown>,
  ): Promise<Record<string, number>> {
    calls.clear();
    const digests = spyOnCrypto('sign');
    await request().catch(() => undefined);
    const work: Record<string, number> = { hmac: digests.count };
    digests.restore();
    for (const [name, count] of calls) {
      const key = /^directory\.(getUser|findUser)$/.test(name) ? 'directory.lookup' : name;
      work[key] = (work[key] ?? 0) + count;
    }
    return work;
  }

  it('POST /reset: a known and an unknown identifier do the same reads, writes and HMACs', async () => {
    const { engine, calls } = await setup();
    const known = await workOf(calls, () => engine.recovery.start({ identifier: 'alice' }));
    const unknown = await workOf(calls, () => engine.recovery.start({ identifier: 'nobody1' }));
    expect(unknown).toEqual(known);
    expect(known.hmac).toBeGreaterThanOrEqual(2);
  });

  it('POST /reset/challenge with the right number does what a decoy does, message included', async () => {
    const { engine, calls } = await setup();
    const real = await engine.recovery.start({ identifier: 'alice' });
    const decoy = await engine.recovery.start({ identifier: 'nobody1' });
    const known = await workOf(calls, () =>
      engine.recovery.challenge({
        flowToken: real.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      }),
    );
    const unknown = await workOf(calls, () =>
      engine.recovery.challenge({
        flowToken: decoy.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      }),
    );
    expect(unknown).toEqual(known);
    expect(known['outbox.enqueue']).toBe(1);
  });

  it('verifying a wrong code costs the same for a real and a decoy flow', async () => {
    const { engine, calls } = await setup();
    const flows = [];
    for (const identifier of ['alice', 'nobody1']) {
      const flow = await engine.recovery.start({ identifier });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
      flows.push(flow);
    }
    const work = [];
    for (const flow of flows) {
      work.push(
        await workOf(calls, () =>
          engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '000000' }),
        ),
      );
    }
    expect(work[1]).toEqual(work[0]);
  });
});

describe('attack 4: a burst of answers evaluates one set per budget unit', () => {
  it('hashes at most failedProofsPerDay answer sets of 100 concurrent ones, and refuses the right set alike', async () => {
    const { engine, hasher } = await setup();
    const flows = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const flow = await engine.recovery.start({ identifier: 'bob' }).catch(() => null);
        if (flow === null) return null;
        return engine.recovery.challenge({
          flowToken: flow.flowToken,
          methodId: methodOf(flow, 'securityQuestions'),
        });
      }),
    );
    const open = flows.filter((flow): flow is FlowView => flow !== null);
    expect(open.length).toBeGreaterThanOrEqual(2);
    hasher.verifications = 0;
    const attempts = Array.from({ length: 100 }, (_, index) => {
      const flow = open[index % open.length] as FlowView;
      const right = index === 99;
      return rejection(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: methodOf(flow, 'securityQuestions'),
          answers: answersTo(flow, right ? ANSWERS : {}),
        }),
      ).catch(() => ({ code: 'passed' }));
    });
    const codes = (await Promise.all(attempts)).map((error) => error.code);
    expect(hasher.verifications).toBeLessThanOrEqual(5 * 3);
    expect(codes.filter((code) => code === 'invalid_answers').length).toBeLessThanOrEqual(5);
    expect(codes[99]).not.toBe('passed');
    expect(new Set(codes.slice(50))).toEqual(new Set(['blocked']));
  });
});

describe('attack 5: parallel flows multiply the failed-proof budget', () => {
  it('evaluates at most 5 codes a day across five flows with five attempts each, the right one refused alike', async () => {
    const { engine, messaging } = await setup();
    const flows = [];
    const rightCodes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      const flow = await engine.recovery.start({ identifier: 'alice' });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
      const before = messaging.sent.length;
      await engine.dispatcher.runOnce();
      const sent = messaging.sent.slice(before)[0];
      rightCodes.push(sent?.channel === 'sms' ? /\d{6}/.exec(sent.message.text)?.[0] : undefined);
      flows.push(flow);
    }
    const macs = spyOnCrypto('sign');
    const answers = await Promise.all(
      flows.flatMap((flow, f) =>
        Array.from({ length: 5 }, (_, i) => {
          // The last guess of the last flow is that flow's right code.
          const right = f === 4 && i === 4;
          const code = right ? (rightCodes[4] as string) : String(100000 + i);
          return engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code }).then(
            () => 'passed',
            (error: { code: string }) => error.code,
          );
        }),
      ),
    );
    // Before the fix all 25 codes were checked (25 HMACs) before the block was written.
    expect(macs.count).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer === 'invalid_code').length).toBeLessThanOrEqual(4);
    expect(answers.filter((answer) => answer === 'blocked').length).toBeGreaterThanOrEqual(20);
    expect(answers[24]).toBe('blocked');
  });
});

describe('attack 6: the attempts-left count tells real accounts from decoys', () => {
  /** What each wrong proof of a flow answers until the block: code, count, retry. */
  async function wrongUntilBlocked(identifier: string, type: string, confirm?: string) {
    const { engine } = await setup();
    let flow = await engine.recovery.start({ identifier });
    const methodId = methodOf(flow, type);
    flow = await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm });
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const error = await rejection(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId,
          ...(type === 'securityQuestions' ? { answers: answersTo(flow, {}) } : { code: '000000' }),
        }),
      );
      flow = (error.flow as FlowView | undefined) ?? flow;
      answers.push({
        code: error.code,
        attemptsLeft: error.attemptsLeft,
        retryAfterSeconds: error.retryAfterSeconds,
      });
    }
    return answers;
  }

  it('counts wrong codes down 4, 3, 2, 1 then blocks, for a real account and an unknown name alike', async () => {
    const real = await wrongUntilBlocked('alice', 'mobileSms', '+31612345678');
    const unknown = await wrongUntilBlocked('nobody.at.all', 'mobileSms', '+31612345678');
    expect(real.map((answer) => answer.attemptsLeft)).toEqual([4, 3, 2, 1, undefined]);
    expect(real.map((answer) => answer.code)).toEqual([
      ...Array(4).fill('invalid_code'),
      'blocked',
    ]);
    expect(real[4]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(unknown).toEqual(real);
  });

  it('counts wrong answers down alike for a registered user and an unknown name', async () => {
    const real = await wrongUntilBlocked('bob', 'securityQuestions');
    const unknown = await wrongUntilBlocked('nobody.at.all', 'securityQuestions');
    expect(real.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((attemptsLeft) => ({
        code: 'invalid_answers',
        attemptsLeft,
        retryAfterSeconds: undefined,
      })),
    );
    expect(unknown).toEqual(real);
  });
});

describe('attack 7: decoys spend the tenant-wide phone budget', () => {
  it('leaves real sends untouched after the decoy budget of one hour is spent', async () => {
    const { engine, codeSentTo } = await setup({
      ...POLICY,
      limits: { phoneSendsPerHour: 20, phoneSendsPerIpPerHour: 10_000 },
    });
    for (let i = 0; i < 25; i++) {
      const flow = await engine.recovery.start({ identifier: `nobody${i}` });
      await engine.recovery
        .challenge({
          flowToken: flow.flowToken,
          methodId: 'm1',
          confirm: '+31600000000',
          ip: `2001:db8:${i}::1`,
        })
        .catch(() => undefined);
    }
    const real = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: real.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    expect(await codeSentTo('+31612345678')).toMatch(/^\d{6}$/);
  });
});

describe('attack 8: /reset/complete as an unlimited hashing oracle', () => {
  it('runs no history hash for a cheap reject and cancels the flow after 5 tries', async () => {
    const { engine, hasher, codeSentTo } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const code = (await codeSentTo('+31612345678')) as string;
    await engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code });
    hasher.verifications = 0;
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(
        (await rejection(engine.recovery.complete({ flowToken: flow.flowToken, newPassword: 'x' })))
          .code,
      );
    }
    expect(hasher.verifications).toBe(0);
    expect(answers).toEqual([...Array(5).fill('password_rejected'), 'too_many_attempts']);
    expect((await engine.recovery.getFlow({ flowToken: flow.flowToken })).state).toBe('canceled');
  });
});

describe('attack 9: a fresh per-IP budget for every IPv6 address', () => {
  it('counts every address of one /64 against one phone budget', async () => {
    const { engine } = await setup({ ...POLICY, limits: { phoneSendsPerIpPerHour: 3 } });
    const results = [];
    for (let i = 0; i < 4; i++) {
      const flow = await engine.recovery.start({ identifier: `nobody${i}` });
      results.push(
        await engine.recovery
          .challenge({
            flowToken: flow.flowToken,
            methodId: 'm1',
            confirm: '+31600000000',
            ip: `2001:db8:1:2::${i + 1}`,
          })
          .then(
            () => 'sent',
            (error: { code: string }) => error.code,
          ),
      );
    }
    expect(addressBlock('2001:db8:1:2::4')).toBe(addressBlock('2001:db8:1:2::1'));
    expect(results).toEqual(['sent', 'sent', 'sent', 'rate_limited']);
  });
});

describe('attack 10: a policy the schema accepts crashes every decoy', () => {
  it('refuses calling codes that are not assigned', () => {
    expect(() => parsePolicy({ limits: { phoneCountryCallingCodes: ['12'] } })).toThrow(
      expect.objectContaining({
        code: 'invalid_policy',
        issues: [expect.objectContaining({ reason: 'unknown_calling_code' })],
      }),
    );
  });
});

describe('attack 11: a malformed contact in the directory answers 500', () => {
  it('skips a malformed mobile and alternate email, audits them, and answers like any flow', async () => {
    const { engine, storage } = await setup();
    const flow = await engine.recovery.start({ identifier: 'mal' });
    expect(flow.state).toBe('choose_method');
    const challenged = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm3',
      confirm: 'no-at-sign.example.com',
    });
    expect(challenged.state).toBe('awaiting_proof');
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['flow.contact_skipped'],
      limit: 10,
    });
    expect(events.map((e) => (e as { field?: string }).field).sort()).toEqual([
      'alternateEmail',
      'mobile',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        actor: { kind: 'system' },
        target: { userId: 'u-mal' },
        result: 'failure',
        reason: 'malformed_contact',
        source: 'directory',
      });
    }
  });
});

describe('attack 13: silently denying a victim', () => {
  it('mails the owner once when failed proofs block self-service', async () => {
    const { engine, messaging } = await setup();
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    await engine.dispatcher.runOnce();
    const before = messaging.sent.length;
    const codes = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await rejection(
            engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '000000' }),
          )
        ).code,
      );
    }
    await engine.dispatcher.runOnce();
    const notices = messaging.sent.slice(before).filter((sent) => sent.channel === 'email');
    expect(notices.map((sent) => sent.message.to).sort()).toEqual([
      'alice.home@example.net',
      'alice@example.com',
    ]);
    expect(notices[0]?.channel === 'email' && notices[0].message.subject).toMatch(/paused/);
    expect(codes).toEqual([...Array(4).fill('invalid_code'), 'blocked']);
  });

  it('answers a sixth start within the hour honestly, and alike for known and unknown names', async () => {
    const { engine } = await setup();
    const sixth = [];
    for (const identifier of ['alice', 'nobody.at.all']) {
      for (let i = 0; i < 5; i++) await engine.recovery.start({ identifier });
      sixth.push(await rejection(engine.recovery.start({ identifier })));
    }
    expect(sixth[0]).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
    expect(sixth[1]).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 });
  });
});

describe('attack 14: two gates from two email addresses', () => {
  it('passes an admin one email gate only, whichever address is typed', async () => {
    const { engine, storage, codeSentTo } = await setup({ ...POLICY, gatesRequired: 2 });
    await storage.registrations.save(
      {
        tenantId: 'default',
        userId: 'u-ada',
        revision: 1,
        reconfirmedAt: TEST_START,
        updatedAt: TEST_START,
        methods: [
          {
            id: 'e',
            kind: 'email',
            value: 'a.da+y@gmail.com',
            createdAt: TEST_START,
            verifiedAt: TEST_START,
          },
          {
            id: 'p',
            kind: 'mobile',
            value: '+31687654321',
            createdAt: TEST_START,
            verifiedAt: TEST_START,
          },
        ],
      },
      null,
    );
    const flow = await engine.recovery.start({ identifier: 'ada' });
    const email = methodOf(flow, 'email');
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: email,
      confirm: 'a.da+y@gmail.com',
    });
    const first = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: email,
      code: (await codeSentTo('a.da+y@gmail.com')) as string,
    });
    expect(first).toMatchObject({ state: 'choose_method', gatesPassed: 1, gatesRequired: 2 });
    // Before the fix each address was a method of its own, and the second passed a second gate.
    for (const method of first.methods.filter((m) => m.type === 'email')) {
      for (const confirm of ['ada@gmail.com', 'a.da+y@gmail.com']) {
        const again = await rejection(
          engine.recovery.challenge({ flowToken: flow.flowToken, methodId: method.id, confirm }),
        );
        expect(again.code).toBe('method_already_used');
      }
    }
  });
});

describe('attack 15: a valid policy that locks everyone out', () => {
  it('refuses admin policies without two kinds, or a passkey rule without passkeys', () => {
    const refusedFor = (reason: string) =>
      expect.objectContaining({
        code: 'invalid_policy',
        issues: expect.arrayContaining([expect.objectContaining({ reason })]),
      });
    expect(() => parsePolicy({ adminsRequirePasskey: true })).toThrow(
      refusedFor('passkey_not_enabled'),
    );
    expect(() =>
      parsePolicy({
        methods: ['email', 'securityQuestions'],
        questions: { predefined: QUESTIONS },
      }),
    ).toThrow(refusedFor('admins_need_two_methods'));
  });
});

describe('identifiers with control characters', () => {
  it('are refused as invalid_request', async () => {
    const { engine } = await setup();
    for (const identifier of ['alice\u0000', 'al\nice', 'alice\u007f']) {
      expect((await rejection(engine.recovery.start({ identifier }))).code).toBe('invalid_request');
    }
  });
});

describe('blocked accounts', () => {
  it('answer blocked for the block, then open again', async () => {
    const { engine, clock } = await setup();
    const flow = await engine.recovery.start({ identifier: 'nobody' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31600000000',
    });
    for (let i = 0; i < 5; i++) {
      await rejection(
        engine.recovery.verify({ flowToken: flow.flowToken, methodId: 'm1', code: '000000' }),
      );
    }
    expect((await rejection(engine.recovery.start({ identifier: 'nobody' }))).code).toBe('blocked');
    clock.advance(24 * HOUR);
    await expect(engine.recovery.start({ identifier: 'nobody' })).resolves.toBeDefined();
  });
});
