// Passkeys and authenticator apps as recovery gates (issue 13), played against a real engine
// on memory adapters with a software authenticator (ES256, the JSON @simplewebauthn/browser
// sends) and the fake clock across TOTP steps. Chromium's virtual authenticator drives the
// same routes in the widgets' browser tests.
import { describe, expect, it, vi } from 'vitest';
import { spyOnCrypto } from '../crypto/crypto-spy.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { rejection } from '../testing/rejection.js';
import { createSoftwareAuthenticator } from '../testing/software-authenticator.js';
import { createTestEngine } from '../testing/test-engine.js';
import { totpCode } from '../verification/totp.js';
import type { FlowView } from './flow-view.js';

const ORIGIN = 'https://id.example.com';
const WEBAUTHN = { rpId: 'example.com', rpName: 'Example', origins: [ORIGIN] };
const POLICY: PolicyInput = { methods: ['mobileSms', 'email', 'passkey', 'authenticatorApp'] };
const NEW_PASSWORD = 'violet harbour quantum teapots';

function setup(policy: PolicyInput = POLICY) {
  const testbed = createTestEngine({ policy, webauthn: WEBAUTHN });
  const { engine, clock } = testbed;
  const device = createSoftwareAuthenticator({ origin: ORIGIN, counts: true });
  const auth = () => ({ authTime: clock.now() });

  async function addPasskey(userId: string, name = 'Laptop', on = device) {
    const { publicKey } = await engine.registration.passkeyOptions({ userId, auth: auth() });
    const credential = await on.create(publicKey);
    return engine.registration.addPasskey({ userId, auth: auth(), name, credential });
  }

  async function addAuthenticator(userId: string, name = 'Phone') {
    const setup = await engine.registration.authenticatorSetup({ userId, auth: auth() });
    await engine.registration.addAuthenticator({
      userId,
      auth: auth(),
      enrolmentToken: setup.enrolmentToken,
      code: totpCode(setup.secret, clock.now()),
      name,
    });
    return setup.secret;
  }

  const methodOf = (flow: FlowView, type: string) => {
    const method = flow.methods.find((m) => m.type === type);
    if (method === undefined) throw new Error(`the flow offers no ${type}`);
    return method.id;
  };

  /** Starts a flow for `identifier` and asks for a passkey: the flow with its options. */
  async function passkeyChallenge(identifier: string) {
    const flow = await engine.recovery.start({ identifier });
    const methodId = methodOf(flow, 'passkey');
    return engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
  }

  async function passWithPasskey(flow: FlowView, on = device) {
    const publicKey = flow.challenge?.publicKey;
    if (publicKey === undefined) throw new Error('no passkey challenge');
    const credential = await on.get(publicKey);
    return engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: flow.challenge?.methodId ?? '',
      credential,
    });
  }

  async function passWithCode(flow: FlowView, type: 'authenticatorApp', code: string) {
    const methodId = methodOf(flow, type);
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
    return engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
  }

  /** Passes a gate of `flow` with a code sent to `to` by the method of `type`. */
  async function passWithSentCode(flow: FlowView, type: 'mobileSms' | 'email', to: string) {
    const methodId = methodOf(flow, type);
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: to });
    return engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId,
      code: await testbed.codeSentTo(to),
    });
  }

  return {
    ...testbed,
    device,
    auth,
    addPasskey,
    addAuthenticator,
    methodOf,
    passkeyChallenge,
    passWithSentCode,
    passWithPasskey,
    passWithCode,
  };
}

describe('passkey registration', () => {
  it('adds a named passkey, lists it with its last use, renames and removes it', async () => {
    const { engine, addPasskey, auth, messaging } = setup();
    const status = await addPasskey('u-alice', 'Work laptop');
    const passkey = status.methods.find((m) => m.kind === 'passkey');
    expect(passkey).toMatchObject({ name: 'Work laptop', lastUsedAt: null, hint: null });
    // The owner is told, by the method's name and the name they gave it.
    await engine.dispatcher.runOnce();
    const notice = messaging.sent.find((sent) => sent.channel === 'email');
    expect(notice?.channel === 'email' && notice.message.text).toContain('Passkey: Work laptop');
    const renamed = await engine.registration.renameMethod({
      userId: 'u-alice',
      auth: auth(),
      methodId: passkey?.id ?? '',
      name: '  Home desktop ',
    });
    expect(renamed.methods.find((m) => m.kind === 'passkey')?.name).toBe('Home desktop');
    const removed = await engine.registration.removeMethod({
      userId: 'u-alice',
      auth: auth(),
      methodId: passkey?.id ?? '',
    });
    expect(removed.methods.some((m) => m.kind === 'passkey')).toBe(false);
    await engine.dispatcher.runOnce();
    const removal = messaging.sent.filter((sent) => sent.channel === 'email').at(-1);
    expect(removal?.channel === 'email' && removal.message.subject).toMatch(/removed/);
    expect(removal?.channel === 'email' && removal.message.text).toContain('Passkey: Home desktop');
  });

  it('needs a recent sign-in or the password', async () => {
    const { engine, clock } = setup();
    const stale = { authTime: new Date(clock.now().getTime() - 11 * 60_000) };
    const error = await rejection(
      engine.registration.passkeyOptions({ userId: 'u-alice', auth: stale }),
    );
    expect(error.code).toBe('reauthentication_required');
    await expect(
      engine.registration.passkeyOptions({
        userId: 'u-alice',
        auth: { currentPassword: 'morning tide over quiet water' },
      }),
    ).resolves.toHaveProperty('publicKey.authenticatorSelection.residentKey', 'required');
  });

  it('refuses a credential made for another origin, a reused challenge and a bad name', async () => {
    const { engine, auth, device } = setup();
    const phishing = createSoftwareAuthenticator({ origin: 'https://id.examp1e.com' });
    const first = await engine.registration.passkeyOptions({ userId: 'u-alice', auth: auth() });
    const foreign = await phishing.create(first.publicKey);
    expect(
      (
        await rejection(
          engine.registration.addPasskey({
            userId: 'u-alice',
            auth: auth(),
            name: 'x',
            credential: foreign,
          }),
        )
      ).code,
    ).toBe('invalid_credential');
    const options = await engine.registration.passkeyOptions({ userId: 'u-alice', auth: auth() });
    const credential = await device.create(options.publicKey);
    for (const name of ['', 'a\u0007b', 'x'.repeat(65)]) {
      const error = await rejection(
        engine.registration.addPasskey({ userId: 'u-alice', auth: auth(), name, credential }),
      );
      expect(error.code).toBe('invalid_name');
    }
    await engine.registration.addPasskey({
      userId: 'u-alice',
      auth: auth(),
      name: 'A',
      credential,
    });
    // The challenge was used: the same response cannot register a second time.
    const again = await rejection(
      engine.registration.addPasskey({ userId: 'u-alice', auth: auth(), name: 'B', credential }),
    );
    expect(again.code).toBe('invalid_credential');
  });

  it('keeps one opaque user handle for all of a user’s passkeys, and at most 10', async () => {
    const { addPasskey, storage, engine, auth } = setup();
    for (let i = 0; i < 10; i++) await addPasskey('u-alice', `Key ${i}`);
    const handles = new Set(
      (await storage.registrations.get('default', 'u-alice'))?.methods.map(
        (m) => m.credential?.userHandle,
      ),
    );
    expect(handles.size).toBe(1);
    expect([...handles][0]).not.toContain('alice');
    const error = await rejection(
      engine.registration.passkeyOptions({ userId: 'u-alice', auth: auth() }),
    );
    expect(error.code).toBe('too_many_methods');
  });

  it('is refused when the policy does not enable passkeys or the engine has no webauthn', async () => {
    const off = setup({ methods: ['mobileSms', 'email'] });
    expect(
      (
        await rejection(
          off.engine.registration.passkeyOptions({ userId: 'u-alice', auth: off.auth() }),
        )
      ).code,
    ).toBe('method_not_allowed');
    const bare = createTestEngine({ policy: POLICY });
    const error = await rejection(
      bare.engine.registration.passkeyOptions({
        userId: 'u-alice',
        auth: { authTime: bare.clock.now() },
      }),
    );
    expect(error.code).toBe('method_not_allowed');
  });
});

describe('authenticator-app registration', () => {
  it('confirms the app with its first code and stores the secret sealed', async () => {
    const { engine, storage, auth, clock } = setup();
    const enrolment = await engine.registration.authenticatorSetup({
      userId: 'u-alice',
      auth: auth(),
    });
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/OpenReset:alice\?/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    const wrong = await rejection(
      engine.registration.addAuthenticator({
        userId: 'u-alice',
        auth: auth(),
        enrolmentToken: enrolment.enrolmentToken,
        code: totpCode(enrolment.secret, new Date(clock.now().getTime() - 120_000)),
        name: 'Phone',
      }),
    );
    expect(wrong.code).toBe('invalid_code');
    const status = await engine.registration.addAuthenticator({
      userId: 'u-alice',
      auth: auth(),
      enrolmentToken: enrolment.enrolmentToken,
      code: totpCode(enrolment.secret, clock.now()),
      name: 'Phone',
    });
    expect(status.methods.find((m) => m.kind === 'authenticator')).toMatchObject({
      name: 'Phone',
      lastUsedAt: null,
    });
    const stored = (await storage.registrations.get('default', 'u-alice'))?.methods.find(
      (m) => m.kind === 'authenticator',
    );
    expect(stored?.secret).toBeDefined();
    expect(stored?.secret).not.toContain(enrolment.secret);
    expect(JSON.stringify(stored)).not.toContain(enrolment.secret);
  });

  it('refuses an expired setup and another user’s setup', async () => {
    const { engine, auth, clock } = setup();
    const enrolment = await engine.registration.authenticatorSetup({
      userId: 'u-alice',
      auth: auth(),
    });
    const asErin = await rejection(
      engine.registration.addAuthenticator({
        userId: 'u-erin',
        auth: auth(),
        enrolmentToken: enrolment.enrolmentToken,
        code: totpCode(enrolment.secret, clock.now()),
        name: 'Phone',
      }),
    );
    expect(asErin.code).toBe('invalid_request');
    clock.advance(11 * 60_000);
    const late = await rejection(
      engine.registration.addAuthenticator({
        userId: 'u-alice',
        auth: auth(),
        enrolmentToken: enrolment.enrolmentToken,
        code: totpCode(enrolment.secret, clock.now()),
        name: 'Phone',
      }),
    );
    expect(late.code).toBe('code_expired');
  });
});

describe('a reset with a passkey', () => {
  it('passes a gate, stores the new counter and last use, and completes', async () => {
    const t = setup();
    await t.addPasskey('u-alice');
    const flow = await t.passkeyChallenge('alice');
    expect(flow.challenge?.publicKey).toMatchObject({
      rpId: 'example.com',
      allowCredentials: [],
      userVerification: 'required',
    });
    const verified = await t.passWithPasskey(flow);
    expect(verified).toMatchObject({ state: 'verified', gatesPassed: 1 });
    const stored = (await t.storage.registrations.get('default', 'u-alice'))?.methods.find(
      (m) => m.kind === 'passkey',
    );
    expect(stored?.credential?.counter).toBe(1);
    expect(stored?.lastUsedAt).toEqual(t.clock.now());
    await t.engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD });
    expect(await t.directory.verifyPassword('u-alice', NEW_PASSWORD)).toBe(true);
    const events = await t.storage.audit.query({ tenantId: 'default', limit: 50 });
    expect(events.events.find((e) => e.type === 'password.reset')).toMatchObject({
      methods: ['passkey'],
    });
  });

  it('refuses an assertion for another site, without user verification, or from another account', async () => {
    const t = setup();
    await t.addPasskey('u-alice');
    const erinsDevice = createSoftwareAuthenticator({ origin: ORIGIN });
    await t.addPasskey('u-erin', 'Erin', erinsDevice);
    const flow = await t.passkeyChallenge('alice');
    const publicKey = flow.challenge?.publicKey;
    if (publicKey === undefined) throw new Error('no options');
    const attempts = [
      await t.device.get(publicKey, { origin: 'https://id.examp1e.com' }),
      await t.device.get(publicKey, { userVerified: false }),
      await erinsDevice.get(publicKey),
    ];
    for (const credential of attempts) {
      const error = await rejection(
        t.engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: flow.challenge?.methodId ?? '',
          credential,
        }),
      );
      expect(error.code).toBe('invalid_credential');
    }
    await expect(t.passWithPasskey(flow)).resolves.toMatchObject({ state: 'verified' });
  });

  it('refuses an assertion replayed into a new flow (another challenge)', async () => {
    const t = setup();
    await t.addPasskey('u-alice');
    const first = await t.passkeyChallenge('alice');
    const credential = await t.device.get(first.challenge?.publicKey as never);
    await t.engine.recovery.verify({
      flowToken: first.flowToken,
      methodId: first.challenge?.methodId ?? '',
      credential,
    });
    const second = await t.passkeyChallenge('alice');
    const error = await rejection(
      t.engine.recovery.verify({
        flowToken: second.flowToken,
        methodId: second.challenge?.methodId ?? '',
        credential,
      }),
    );
    expect(error.code).toBe('invalid_credential');
  });

  it('looks and fails the same for an unknown name, an account without a passkey and a wrong key', async () => {
    const t = setup();
    await t.addPasskey('u-alice');
    const flows = {
      nobody: await t.passkeyChallenge('nobody.at.all'),
      erin: await t.passkeyChallenge('erin'),
      alice: await t.passkeyChallenge('alice'),
    };
    // Everything but the token, the time, the challenge and a phone's last two digits.
    const shape = (flow: FlowView) => ({
      ...flow,
      flowToken: 'x',
      expiresAt: 'x',
      methods: flow.methods.map((m) => ({ ...m, hint: m.hint?.replace(/\d\d$/, '00') })),
      challenge: { ...flow.challenge, publicKey: { ...flow.challenge?.publicKey, challenge: 'x' } },
    });
    expect(shape(flows.nobody)).toEqual(shape(flows.alice));
    expect(shape(flows.erin)).toEqual(shape(flows.alice));
    // Alice's own passkey, signed for each flow: only her flow accepts it.
    const stranger = createSoftwareAuthenticator({ origin: ORIGIN });
    await stranger.create(
      (await t.engine.registration.passkeyOptions({ userId: 'u-erin', auth: t.auth() })).publicKey,
    );
    for (const flow of [flows.nobody, flows.erin]) {
      for (const device of [t.device, stranger]) {
        const error = await rejection(t.passWithPasskey(flow, device));
        expect(error.code).toBe('invalid_credential');
      }
    }
    await expect(t.passWithPasskey(flows.alice)).resolves.toMatchObject({ state: 'verified' });
  });

  it('does the same storage reads and signature checks for a decoy as for a real account', async () => {
    const t = setup();
    await t.addPasskey('u-alice');
    const work = async (identifier: string) => {
      const flow = await t.passkeyChallenge(identifier);
      // Alice's passkey with a signature that does not fit: her account checks it against
      // her public key, the decoy (no passkey with that id) against the stand-in key.
      const stranger = createSoftwareAuthenticator({ origin: ORIGIN });
      await stranger.create(
        (await t.engine.registration.passkeyOptions({ userId: 'u-erin', auth: t.auth() }))
          .publicKey,
      );
      const publicKey = flow.challenge?.publicKey as never;
      const real = await t.device.get(publicKey);
      const forged = await stranger.get(publicKey);
      const credential = {
        ...real,
        response: { ...real.response, signature: forged.response.signature },
      };
      t.calls.clear();
      const verifySpy = vi.spyOn(crypto.subtle, 'verify');
      await t.engine.recovery
        .verify({ flowToken: flow.flowToken, methodId: flow.challenge?.methodId ?? '', credential })
        .catch(() => undefined);
      // A decoy searches its seed where a real flow reads its user: one directory lookup each.
      const calls = [...t.calls].map(([name, count]) => [
        /^directory\.(getUser|findUser)$/.test(name) ? 'directory.lookup' : name,
        count,
      ]);
      const result = { signatures: verifySpy.mock.calls.length, ...Object.fromEntries(calls) };
      verifySpy.mockRestore();
      return result;
    };
    const real = await work('alice');
    const decoy = await work('nobody.at.all');
    expect(decoy).toEqual(real);
    expect(real.signatures).toBeGreaterThan(0);
  });
});

describe('a reset with an authenticator app', () => {
  it('passes with the current code, at the step boundaries, and records the last use', async () => {
    const t = setup();
    const secret = await t.addAuthenticator('u-alice');
    t.clock.advance(60_000);
    const flow = await t.engine.recovery.start({ identifier: 'alice' });
    // The code of the previous 30-second step still counts (one step of skew).
    const code = totpCode(secret, new Date(t.clock.now().getTime() - 30_000));
    await expect(t.passWithCode(flow, 'authenticatorApp', code)).resolves.toMatchObject({
      state: 'verified',
    });
    const stored = (await t.storage.registrations.get('default', 'u-alice'))?.methods.find(
      (m) => m.kind === 'authenticator',
    );
    expect(stored?.lastUsedAt).toEqual(t.clock.now());
  });

  it('refuses a code two steps old and a code used before (replay)', async () => {
    const t = setup();
    const secret = await t.addAuthenticator('u-alice');
    t.clock.advance(120_000);
    const old = await t.engine.recovery.start({ identifier: 'alice' });
    const stale = totpCode(secret, new Date(t.clock.now().getTime() - 60_000));
    expect((await rejection(t.passWithCode(old, 'authenticatorApp', stale))).code).toBe(
      'invalid_code',
    );
    const code = totpCode(secret, t.clock.now());
    const first = await t.engine.recovery.start({ identifier: 'alice' });
    await t.passWithCode(first, 'authenticatorApp', code);
    const second = await t.engine.recovery.start({ identifier: 'alice' });
    expect((await rejection(t.passWithCode(second, 'authenticatorApp', code))).code).toBe(
      'invalid_code',
    );
    t.clock.advance(30_000);
    await expect(
      t.passWithCode(second, 'authenticatorApp', totpCode(secret, t.clock.now())),
    ).resolves.toMatchObject({ state: 'verified' });
  });

  it('lets one code pass once when it is sent to two flows at the same moment', async () => {
    const t = setup();
    const secret = await t.addAuthenticator('u-alice');
    t.clock.advance(90_000);
    const flows = await Promise.all(
      [1, 2, 3, 4].map(() => t.engine.recovery.start({ identifier: 'alice' })),
    );
    const code = totpCode(secret, t.clock.now());
    const results = await Promise.allSettled(
      flows.map((flow) => t.passWithCode(flow, 'authenticatorApp', code)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('does the same storage calls and decryptions for a wrong code, real account or decoy', async () => {
    const t = setup();
    await t.addAuthenticator('u-alice');
    const work = async (identifier: string) => {
      const flow = await t.engine.recovery.start({ identifier });
      const methodId = t.methodOf(flow, 'authenticatorApp');
      await t.engine.recovery.challenge({ flowToken: flow.flowToken, methodId });
      t.calls.clear();
      const decrypts = spyOnCrypto('decrypt');
      const error = await rejection(
        t.engine.recovery.verify({ flowToken: flow.flowToken, methodId, code: '000000' }),
      );
      const calls = [...t.calls].map(([name, count]) => [
        /^directory\.(getUser|findUser)$/.test(name) ? 'directory.lookup' : name,
        count,
      ]);
      const result = {
        error: error.code,
        decrypts: decrypts.count,
        ...Object.fromEntries(calls),
      };
      decrypts.restore();
      return result;
    };
    const real = await work('alice');
    const decoy = await work('nobody.at.all');
    expect(decoy).toEqual(real);
    // Five slots opened, a stand-in where alice has no app.
    expect(real.decrypts).toBeGreaterThanOrEqual(5);
  });

  it('never passes a decoy, even with a real account’s current code', async () => {
    const t = setup();
    const secret = await t.addAuthenticator('u-alice');
    const flow = await t.engine.recovery.start({ identifier: 'nobody.at.all' });
    const error = await rejection(
      t.passWithCode(flow, 'authenticatorApp', totpCode(secret, t.clock.now())),
    );
    expect(error.code).toBe('invalid_code');
  });
});

describe('MFA-aware recovery', () => {
  it('asks a user with an authenticator app for it after an SMS code, and only for it', async () => {
    const t = setup();
    const secret = await t.addAuthenticator('u-alice');
    t.clock.advance(60_000);
    const flow = await t.engine.recovery.start({ identifier: 'alice' });
    expect(flow.nextGate).toBeUndefined();
    const afterSms = await t.passWithSentCode(flow, 'mobileSms', '+31612345678');
    expect(afterSms).toMatchObject({
      state: 'choose_method',
      gatesPassed: 1,
      gatesRequired: 2,
      nextGate: { methods: ['authenticatorApp'], reason: 'strong_method_registered' },
    });
    const email = await rejection(
      t.engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: t.methodOf(flow, 'email'),
        confirm: 'alice.private@example.net',
      }),
    );
    expect(email).toMatchObject({
      code: 'strong_method_required',
      message: 'Use one of the methods the flow asks for',
      // The refusal carries the flow, so the client shows which methods are left.
      flow: { state: 'choose_method', nextGate: afterSms.nextGate },
    });
    await expect(
      t.passWithCode(afterSms, 'authenticatorApp', totpCode(secret, t.clock.now())),
    ).resolves.toMatchObject({ state: 'verified', gatesPassed: 2 });
  });

  it('lets the same user through with SMS alone when the policy turns it off', async () => {
    const t = setup({ ...POLICY, mfaAwareRecovery: false });
    await t.addAuthenticator('u-alice');
    const flow = await t.engine.recovery.start({ identifier: 'alice' });
    await expect(t.passWithSentCode(flow, 'mobileSms', '+31612345678')).resolves.toMatchObject({
      state: 'verified',
      gatesPassed: 1,
    });
  });

  it('asks a passkey of admins only under adminsRequirePasskey: a user passes two gates with a code each', async () => {
    const t = setup({ ...POLICY, gatesRequired: 2, adminsRequirePasskey: true });
    const flow = await t.engine.recovery.start({ identifier: 'alice' });
    const afterSms = await t.passWithSentCode(flow, 'mobileSms', '+31612345678');
    expect(afterSms.nextGate).toBeUndefined();
    await expect(
      t.passWithSentCode(flow, 'email', 'alice.private@example.net'),
    ).resolves.toMatchObject({ state: 'verified', gatesPassed: 2 });
  });

  it('makes an admin pass a passkey under adminsRequirePasskey, and gives one without a decoy', async () => {
    const t = setup({ ...POLICY, adminsRequirePasskey: true });
    const without = await t.engine.recovery.start({ identifier: 'admin' });
    const sms = t.methodOf(without, 'mobileSms');
    await t.engine.recovery.challenge({
      flowToken: without.flowToken,
      methodId: sms,
      confirm: '+31687654321',
    });
    // An admin without a passkey gets a decoy: the code is never sent.
    await t.engine.dispatcher.runOnce();
    const toAdmin = (sent: (typeof t.messaging.sent)[number]) =>
      sent.channel === 'sms' && sent.message.to === '+31687654321';
    expect(t.messaging.sent.filter(toAdmin)).toHaveLength(0);

    await t.addPasskey('u-admin', 'Admin key');
    const flow = await t.engine.recovery.start({ identifier: 'admin' });
    await t.engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: sms,
      confirm: '+31687654321',
    });
    const afterSms = await t.engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: sms,
      code: await t.codeSentTo('+31687654321'),
    });
    expect(afterSms.nextGate).toEqual({ methods: ['passkey'], reason: 'admin_phishing_resistant' });
    const email = await rejection(
      t.engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: t.methodOf(flow, 'email'),
        confirm: 'admin.alt@example.org',
      }),
    );
    expect(email.code).toBe('strong_method_required');
    const challenged = await t.engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: t.methodOf(flow, 'passkey'),
    });
    await expect(t.passWithPasskey(challenged)).resolves.toMatchObject({ state: 'verified' });
  });
});

describe('a Temporary Access Pass beside strong methods', () => {
  it('passes where the next gate must be a strong method, also when challenged first', async () => {
    const t = setup({ ...POLICY, helpdesk: { temporaryAccessPass: true } });
    await t.addAuthenticator('u-alice');
    const admin = { actor: { kind: 'admin' as const, id: 'u-admin' } };
    const { pass } = await t.engine.helpdesk.issueTemporaryAccessPass('u-alice', {}, admin);
    const flow = await t.engine.recovery.start({ identifier: 'alice' });
    const afterSms = await t.passWithSentCode(flow, 'mobileSms', '+31612345678');
    expect(afterSms.nextGate).toMatchObject({ methods: ['authenticatorApp'] });
    // A client may ask for the pass's challenge first: it is not refused as a weak method.
    await expect(
      t.engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'temporary_access_pass' }),
    ).resolves.toMatchObject({ state: 'awaiting_proof' });
    await expect(
      t.engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId: 'temporary_access_pass',
        code: pass,
      }),
    ).resolves.toMatchObject({ state: 'verified' });
  });
});

describe('reports', () => {
  it('count passkeys and authenticator apps as registered, used and usable methods', async () => {
    const t = setup({ ...POLICY, gatesRequired: 2 });
    await t.addPasskey('u-erin');
    const secret = await t.addAuthenticator('u-erin');
    t.clock.advance(60_000);
    const flow = await t.passkeyChallenge('erin');
    const afterPasskey = await t.passWithPasskey(flow);
    await t.passWithCode(afterPasskey, 'authenticatorApp', totpCode(secret, t.clock.now()));
    await t.engine.recovery.complete({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD });

    const from = new Date(t.clock.now().getTime() - 3_600_000);
    const to = new Date(t.clock.now().getTime() + 60_000);
    const registrations = await t.engine.reports.registrationActivity({ from, to });
    expect(registrations.rows.map((row) => row.method).sort()).toEqual([
      'authenticatorApp',
      'passkey',
    ]);
    const resets = await t.engine.reports.resetActivity({ from, to });
    expect(resets.rows[0]?.methods).toEqual(['passkey', 'authenticatorApp']);
    expect(resets.totals.byMethodPerDay.map((count) => count.method)).toEqual([
      'passkey',
      'authenticatorApp',
    ]);
    const usage = await t.engine.reports.usage();
    expect(usage.rows.find((row) => row.userId === 'u-erin')).toMatchObject({
      registered: true,
      methods: ['mobile', 'passkey', 'authenticator'],
    });
  });
});

describe('the engine’s webauthn options', () => {
  it('are refused at start when they do not match the handler’s origins', () => {
    expect(() =>
      createTestEngine({
        webauthn: WEBAUTHN,
        http: { publicOrigin: 'https://login.example.com' },
      }),
    ).toThrow(/publicOrigin https:\/\/login.example.com is not one of webauthn.origins/);
    expect(() =>
      createTestEngine({
        webauthn: { ...WEBAUTHN, origins: [ORIGIN, 'https://app.example.com'] },
        http: { publicOrigin: ORIGIN },
      }),
    ).toThrow(/https:\/\/app.example.com is neither http.publicOrigin nor in http.allowedOrigins/);
    expect(() =>
      createTestEngine({ webauthn: { ...WEBAUTHN, origins: ['https://evil.com'] } }),
    ).toThrow(/not on example.com/);
    expect(() =>
      createTestEngine({ webauthn: WEBAUTHN, http: { publicOrigin: ORIGIN } }),
    ).not.toThrow();
  });

  it('decide whether /config lists passkeys', async () => {
    const config = async (engine: ReturnType<typeof createTestEngine>['engine']) =>
      (await engine.handler(new Request('https://id.example.com/config'))).json();
    expect((await config(setup().engine)).methods).toContain('passkey');
    expect((await config(createTestEngine({ policy: POLICY }).engine)).methods).not.toContain(
      'passkey',
    );
    expect((await config(setup().engine)).mfaAwareRecovery).toBe(true);
  });
});
