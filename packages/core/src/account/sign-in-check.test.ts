import { describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START, TEST_USERS } from '../testing/test-engine.js';

const DAY = 24 * 60 * 60_000;

/** The default users plus carol, who has no recovery method at all. */
const USERS = [
  ...TEST_USERS,
  { id: 'u-carol', username: 'carol', password: 'carol original passphrase', contact: {} },
  {
    id: 'u-dave',
    username: 'dave',
    password: 'dave original passphrase',
    email: 'dave@example.com',
    contact: { mobile: '+31622223333' },
    passwordChangedAt: new Date(TEST_START.getTime() - 70 * DAY),
  },
];

function setup(policy: Record<string, unknown> = {}) {
  return createTestEngine({ users: USERS, policy });
}

describe('signInCheck', () => {
  it('sends a user without methods to registration, and lets them postpone maxPostpones times', async () => {
    const { engine, clock } = setup({ registrationReminder: { postponeDays: 1, maxPostpones: 2 } });
    const carol = { userId: 'u-carol' };
    expect(await engine.signInCheck(carol)).toEqual({
      action: 'register',
      postponesLeft: 2,
      reason: 'missing',
    });
    expect(await engine.postponeSignInCheck(carol)).toEqual({ postponesLeft: 1 });
    // Postponed for a day: nothing to do at the next sign-in that day.
    expect(await engine.signInCheck(carol)).toEqual({
      action: 'none',
      postponesLeft: 0,
      reason: 'postponed',
    });
    clock.advance(DAY);
    expect(await engine.signInCheck(carol)).toMatchObject({ action: 'register', postponesLeft: 1 });
    expect(await engine.postponeSignInCheck(carol)).toEqual({ postponesLeft: 0 });
    clock.advance(DAY);
    expect(await engine.signInCheck(carol)).toMatchObject({ action: 'register', postponesLeft: 0 });
    expect((await rejection(engine.postponeSignInCheck(carol))).code).toBe('postpone_limit');
    expect(await engine.signInCheck(carol)).toMatchObject({ action: 'register', postponesLeft: 0 });
  });

  it('asks again at the next sign-in with postponeDays 0, and never past the limit under a burst', async () => {
    const { engine } = setup({ registrationReminder: { postponeDays: 0, maxPostpones: 3 } });
    const carol = { userId: 'u-carol' };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => engine.postponeSignInCheck(carol)),
    );
    const passed = results.filter((result) => result.status === 'fulfilled');
    expect(passed).toHaveLength(3);
    expect(await engine.signInCheck(carol)).toMatchObject({ action: 'register', postponesLeft: 0 });
  });

  it('leaves registration alone when the policy does not require it', async () => {
    const { engine } = setup({ requireRegistration: false, reconfirmDays: 0 });
    expect(await engine.signInCheck({ userId: 'u-carol' })).toEqual({
      action: 'none',
      postponesLeft: 0,
    });
  });

  it('asks for reconfirmation when it is due, until "looks good", and the count starts again after it', async () => {
    const { engine, clock } = setup({ reconfirmDays: 30 });
    const alice = { userId: 'u-alice' };
    expect(await engine.signInCheck(alice)).toEqual({
      action: 'reconfirm',
      postponesLeft: 3,
      reason: 'reconfirmation_due',
    });
    await engine.postponeSignInCheck(alice);
    await engine.registration.reconfirm(alice);
    expect(await engine.signInCheck(alice)).toEqual({ action: 'none', postponesLeft: 0 });
    clock.advance(31 * DAY);
    expect(await engine.signInCheck(alice)).toMatchObject({
      action: 'reconfirm',
      postponesLeft: 3,
    });
  });

  it('sends an expired password to change (never postponed) and warns before', async () => {
    const { engine, clock } = setup({
      reconfirmDays: 0,
      password: { maxAgeDays: 90, expiryWarningDays: 14 },
    });
    const dave = { userId: 'u-dave' };
    // Set 70 days ago: it expires in 20 days, the warning starts in 6.
    expect(await engine.signInCheck(dave)).toEqual({ action: 'none', postponesLeft: 0 });
    clock.advance(7 * DAY);
    expect(await engine.signInCheck(dave)).toEqual({
      action: 'none',
      postponesLeft: 0,
      reason: 'password_expires_soon',
    });
    clock.advance(13 * DAY);
    expect(await engine.signInCheck(dave)).toEqual({
      action: 'change_password',
      postponesLeft: 0,
      reason: 'expired',
    });
    expect((await rejection(engine.postponeSignInCheck(dave))).code).toBe('not_postponable');
  });

  it("follows the directory's own password expiry over the policy's maximum age", async () => {
    const at = (days: number) => new Date(TEST_START.getTime() + days * DAY);
    const user = (username: string, changed: number, expires: number) => ({
      id: `u-${username}`,
      username,
      password: `${username} original passphrase`,
      email: `${username}@example.com`,
      contact: { mobile: '+31622224444' },
      passwordChangedAt: at(changed),
      passwordExpiresAt: at(expires),
    });
    const users = [
      // The policy would call it expired (100 days old); the directory gives 30 more days.
      user('eve', -100, 30),
      // The policy would give 89 more days; the directory says it expired yesterday.
      user('fred', -1, -1),
      // Expires in 5 days by the directory.
      user('gina', -1, 5),
    ];
    for (const maxAgeDays of [90, 0]) {
      const { engine } = createTestEngine({
        users,
        policy: { reconfirmDays: 0, password: { maxAgeDays, expiryWarningDays: 14 } },
      });
      expect(await engine.signInCheck({ userId: 'u-eve' })).toEqual({
        action: 'none',
        postponesLeft: 0,
      });
      expect(await engine.signInCheck({ userId: 'u-fred' })).toEqual({
        action: 'change_password',
        postponesLeft: 0,
        reason: 'expired',
      });
      expect(await engine.signInCheck({ userId: 'u-gina' })).toEqual({
        action: 'none',
        postponesLeft: 0,
        reason: 'password_expires_soon',
      });
    }
  });

  it('refuses an unknown user and a missing id with typed errors', async () => {
    const { engine } = setup();
    expect((await rejection(engine.signInCheck({ userId: 'u-ghost' }))).code).toBe(
      'user_not_found',
    );
    expect((await rejection(engine.signInCheck({ userId: '' }))).code).toBe('invalid_request');
  });

  it('answers GET /me/sign-in-check and POST /me/sign-in-check/postpone for the caller', async () => {
    const t = createTestEngine({
      users: USERS,
      policy: { registrationReminder: { maxPostpones: 1 } },
      http: {
        authenticate: (request) =>
          request.headers.get('x-user') === null
            ? null
            : { userId: request.headers.get('x-user') as string, isAdmin: false },
      },
    });
    const call = (method: string, path: string, user?: string) =>
      t.engine.handler(
        new Request(`https://id.example.com${path}`, {
          method,
          headers: {
            ...(user === undefined ? {} : { 'x-user': user }),
            ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
        }),
      );
    expect((await call('GET', '/me/sign-in-check')).status).toBe(401);
    const check = await call('GET', '/me/sign-in-check', 'u-carol');
    expect(await check.json()).toEqual({ action: 'register', postponesLeft: 1, reason: 'missing' });
    const postponed = await call('POST', '/me/sign-in-check/postpone', 'u-carol');
    expect(await postponed.json()).toEqual({ postponesLeft: 0 });
    const refused = await call('POST', '/me/sign-in-check/postpone', 'u-carol');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'postpone_limit',
    );
  });
});
