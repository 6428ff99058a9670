// The Temporary Access Pass played by an attacker: the option tells no account from another,
// a wrong, expired, revoked or used pass costs an attempt like any code, a single-use pass
// passes once under a burst, and the pass replaces the gates of a user who lost every method.
import { describe, expect, it } from 'vitest';
import type { MemoryDirectoryUser } from '../memory/memory-directory.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine } from '../testing/test-engine.js';
import {
  generateTemporaryAccessPass,
  normalizeTemporaryAccessPass,
  TEMPORARY_ACCESS_PASS_ALPHABET,
} from '../verification/temporary-access-pass.js';

const MINUTE = 60_000;
const POLICY: PolicyInput = {
  methods: ['mobileSms', 'email'],
  helpdesk: { temporaryAccessPass: true },
  limits: { failedProofsPerDay: 10, maxConsecutiveFailures: 5 },
};
const USERS: MemoryDirectoryUser[] = [
  {
    id: 'u-alice',
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: '+31612345678' },
  },
  // Never registered anything and has no phone: without a pass, a decoy flow.
  { id: 'u-nora', username: 'nora', password: 'nora original passphrase' },
  {
    id: 'u-ada',
    username: 'ada',
    password: 'ada original passphrase',
    email: 'ada@example.com',
    isAdmin: true,
  },
];
const ADMIN = { actor: { kind: 'admin' as const, id: 'u-ada' } };
const NEW_PASSWORD = 'violet harbour quantum teapots';

function setup(policy: PolicyInput = POLICY) {
  return createTestEngine({ users: USERS, policy });
}

/**
 * A view's bytes without what differs between any two flows: its token, its expiry, and the
 * last digits of a phone hint (real ones and decoys' are alike uniform, see
 * decoy-distribution.test.ts).
 */
function shape(view: object): string {
  return JSON.stringify({ ...view, flowToken: 'T', expiresAt: 'E' }).replace(/\d\d"/g, 'dd"');
}

describe('Temporary Access Pass: the pass itself', () => {
  it('is 12 characters of the unambiguous alphabet, each value drawn', () => {
    const { random } = setup();
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pass = generateTemporaryAccessPass(random);
      expect(pass).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
      for (const char of pass) seen.add(char);
    }
    expect(seen.size).toBe(TEMPORARY_ACCESS_PASS_ALPHABET.length);
  });

  it('is read as typed: case, spaces and hyphens do not matter; other text is no pass', () => {
    expect(normalizeTemporaryAccessPass('k7qh-2mxr 9tpa')).toBe('K7QH2MXR9TPA');
    for (const bad of ['K7QH2MXR9TP', 'K7QH2MXR9TPAA', 'K7QH2MXR9TP0', 'K7QH2MXR9TPI', 42]) {
      expect(normalizeTemporaryAccessPass(bad)).toBeNull();
    }
  });

  it('is stored only as an HMAC, and a new one replaces the old', async () => {
    const { engine, storage } = setup();
    const first = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const second = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const stored = await storage.challenges.get('default', 'temporary-access-pass:u-nora', 'pass');
    expect(stored?.secretHash).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(stored)).not.toContain(second.pass);
    const flow = await engine.recovery.start({ identifier: 'nora' });
    const old = { flowToken: flow.flowToken, methodId: 'temporary_access_pass' };
    expect(await rejection(engine.recovery.verify({ ...old, code: first.pass }))).toMatchObject({
      code: 'invalid_code',
    });
    const passed = await engine.recovery.verify({ ...old, code: second.pass });
    expect(passed.state).toBe('verified');
  });

  it('is refused by the helpdesk when the policy does not accept passes', async () => {
    const { engine } = setup({ methods: ['mobileSms', 'email'] });
    expect(
      await rejection(engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN)),
    ).toMatchObject({ code: 'method_not_allowed' });
  });
});

describe('Temporary Access Pass: attacks', () => {
  it('offers the option to real, unregistered, passholding and unknown accounts byte for byte', async () => {
    const { engine } = setup();
    await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const views = await Promise.all(
      ['alice', 'nora', 'nobody.at.all', 'ada'].map((identifier) =>
        engine.recovery.start({ identifier }),
      ),
    );
    const [first, ...rest] = views.map(shape);
    for (const view of rest) expect(view).toBe(first);
    expect(views[0]?.methods.at(-1)).toEqual({
      id: 'temporary_access_pass',
      type: 'temporary_access_pass',
      hint: null,
      used: false,
    });
  });

  it('leaves the option out when the policy does not accept passes', async () => {
    const { engine } = setup({ methods: ['mobileSms', 'email'] });
    const view = await engine.recovery.start({ identifier: 'alice' });
    expect(view.methods.map((m) => m.type)).toEqual(['mobileSms', 'email']);
  });

  it('charges a wrong pass an attempt like a wrong code, and blocks after the budget', async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'nora' });
    const input = { flowToken: flow.flowToken, methodId: 'temporary_access_pass' };
    const wrong = pass.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await rejection(engine.recovery.verify({ ...input, code: wrong }))).code);
    }
    expect(codes).toEqual([
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'blocked',
    ]);
    // The right pass no longer helps: self-service is blocked for the account.
    const again = await engine.recovery.start({ identifier: 'nora' }).catch((e) => e);
    const code =
      'flowToken' in again
        ? (
            await rejection(
              engine.recovery.verify({
                flowToken: again.flowToken,
                methodId: 'temporary_access_pass',
                code: pass,
              }),
            )
          ).code
        : again.code;
    expect(code).toBe('blocked');
  });

  it('refuses a malformed pass before any attempt is spent', async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'nora' });
    const input = { flowToken: flow.flowToken, methodId: 'temporary_access_pass' };
    for (const code of ['short', 'K7QH2MXR9TP0', '123456']) {
      expect(await rejection(engine.recovery.verify({ ...input, code }))).toMatchObject({
        code: 'invalid_request',
      });
    }
    // Four wrong passes still fit the run of five failures: the malformed ones were free.
    const wrong = pass.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (let i = 0; i < 4; i++) {
      expect(await rejection(engine.recovery.verify({ ...input, code: wrong }))).toMatchObject({
        code: 'invalid_code',
      });
    }
    expect((await engine.recovery.verify({ ...input, code: pass })).state).toBe('verified');
  });

  it('passes a single-use pass exactly once under a burst of 12 parallel verifications', async () => {
    const { engine } = setup({ ...POLICY, limits: { failedProofsPerDay: 50, resetsPerHour: 20 } });
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const flows = await Promise.all(
      Array.from({ length: 12 }, () => engine.recovery.start({ identifier: 'nora' })),
    );
    const results = await Promise.allSettled(
      flows.map((flow) =>
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: 'temporary_access_pass',
          code: pass,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason.code).toBe('invalid_code');
    }
  });

  it('lets a multi-use pass work until it expires', async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass(
      'u-nora',
      { singleUse: false },
      ADMIN,
    );
    for (let i = 0; i < 2; i++) {
      const flow = await engine.recovery.start({ identifier: 'nora' });
      const view = await engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId: 'temporary_access_pass',
        code: pass,
      });
      expect(view.state).toBe('verified');
    }
  });

  it('fails an expired pass as a wrong one', async () => {
    const { engine, clock } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass(
      'u-alice',
      { lifetimeMinutes: 10 },
      ADMIN,
    );
    const flow = await engine.recovery.start({ identifier: 'alice' });
    clock.advance(10 * MINUTE);
    expect(
      await rejection(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: 'temporary_access_pass',
          code: pass,
        }),
      ),
    ).toMatchObject({ code: 'invalid_code' });
  });

  it('fails a revoked pass as a wrong one', async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-alice', {}, ADMIN);
    await engine.helpdesk.revokeTemporaryAccessPass('u-alice', ADMIN);
    const flow = await engine.recovery.start({ identifier: 'alice' });
    expect(
      await rejection(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: 'temporary_access_pass',
          code: pass,
        }),
      ),
    ).toMatchObject({ code: 'invalid_code' });
  });

  it("never passes a pass in a decoy flow, even another user's valid one", async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-nora', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'nobody.at.all' });
    expect(
      await rejection(
        engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: 'temporary_access_pass',
          code: pass,
        }),
      ),
    ).toMatchObject({ code: 'invalid_code' });
  });
});

describe('Temporary Access Pass: the flow', () => {
  it('replaces both gates of an admin, completes, and asks to register next', async () => {
    const { engine, directory, storage } = setup({ ...POLICY, gatesRequired: 2 });
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-ada', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'ada' });
    const verified = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: 'temporary_access_pass',
      code: pass,
    });
    expect(verified).toMatchObject({ state: 'verified', gatesPassed: 1, gatesRequired: 1 });
    expect(verified.registerNext).toBeUndefined();
    const done = await engine.recovery.complete({
      flowToken: flow.flowToken,
      newPassword: NEW_PASSWORD,
    });
    expect(done.state).toBe('completed');
    expect(done.registerNext).toBe(true);
    expect((await engine.recovery.getFlow({ flowToken: flow.flowToken })).registerNext).toBe(true);
    expect(await directory.verifyPassword('u-ada', NEW_PASSWORD)).toBe(true);
    const audit = await storage.audit.query({ tenantId: 'default', limit: 50 });
    expect(audit.events.map((e) => e.type)).toContain('temporary_access_pass.issued');
    expect(
      audit.events.find((e) => e.type === 'flow.method_verified' && 'method' in e),
    ).toMatchObject({ method: 'temporary_access_pass' });
  });

  it('can be typed while a code asked for is still on its way', async () => {
    const { engine } = setup();
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-alice', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'alice' });
    const asked = await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    expect(asked.state).toBe('awaiting_proof');
    await expect(
      engine.recovery.verify({
        flowToken: flow.flowToken,
        methodId: 'temporary_access_pass',
        code: pass,
      }),
    ).resolves.toMatchObject({ state: 'verified' });
  });

  it('can be typed after a code was asked for, at the second gate', async () => {
    const { engine, codeSentTo } = setup({ ...POLICY, gatesRequired: 2 });
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass('u-alice', {}, ADMIN);
    const flow = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    const first = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: 'm1',
      code: await codeSentTo('+31612345678'),
    });
    expect(first.state).toBe('choose_method');
    const second = await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: 'temporary_access_pass',
      code: pass,
    });
    expect(second.state).toBe('verified');
  });
});
