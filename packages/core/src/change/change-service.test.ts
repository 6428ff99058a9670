import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { DirectoryError } from '../ports/directory.js';
import { recordedTransactions } from '../testing/recorded-transactions.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START as START } from '../testing/test-engine.js';

const DAY = 24 * 3_600_000;
const CURRENT = 'current pass phrase one';
const NEXT = 'lanterns drift over still canals';

async function setup(policy: PolicyInput = {}) {
  return createTestEngine({
    users: [
      {
        id: 'u-ann',
        username: 'ann',
        password: CURRENT,
        email: 'ann@example.com',
        givenName: 'Annabel',
      },
      {
        id: 'u-old',
        username: 'old',
        password: 'x',
        passwordChangedAt: new Date(START.getTime() - 80 * DAY),
      },
      { id: 'u-must', username: 'must', password: 'x', mustChangePassword: true },
    ],
    seed: 3,
    channels: ['email'],
    policy,
  });
}

describe('change: password change', () => {
  it('changes the password through the directory, audits it and tells the user', async () => {
    const { engine, storage, directory, messaging } = await setup();
    await engine.change.changePassword({
      userId: 'u-ann',
      currentPassword: CURRENT,
      newPassword: NEXT,
    });
    expect(await directory.verifyPassword('u-ann', NEXT)).toBe(true);
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 10 });
    expect(events.map((e) => e.type)).toEqual(['password.changed']);
    await engine.dispatcher.runOnce();
    expect(messaging.sent.map((s) => s.message.to)).toEqual(['ann@example.com']);
  });

  it('refuses a wrong current password and records the failure', async () => {
    const { engine, storage, directory } = await setup();
    const error = await rejection(
      engine.change.changePassword({ userId: 'u-ann', currentPassword: 'nope', newPassword: NEXT }),
    );
    expect(error.code).toBe('incorrect_password');
    expect(await directory.verifyPassword('u-ann', CURRENT)).toBe(true);
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 10 });
    expect(events[0]).toMatchObject({
      type: 'password.change_failed',
      reason: 'incorrect_password',
    });
  });

  it('refuses a banned password with its issues', async () => {
    const { engine } = await setup();
    const error = await rejection(
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: CURRENT,
        newPassword: 'Annabel12345!',
      }),
    );
    expect(error.code).toBe('password_rejected');
    expect(error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'banned' })]),
    );
  });

  it('refuses the current and recent passwords (history)', async () => {
    const { engine } = await setup();
    const same = await rejection(
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: CURRENT,
        newPassword: CURRENT,
      }),
    );
    expect(same).toMatchObject({
      code: 'password_rejected',
      issues: [{ code: 'reused', historyCount: 5 }],
    });
    await engine.change.changePassword({
      userId: 'u-ann',
      currentPassword: CURRENT,
      newPassword: NEXT,
    });
    const back = await rejection(
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: NEXT,
        newPassword: CURRENT,
      }),
    );
    expect(back.code).toBe('password_rejected');
  });

  it('limits attempts per hour', async () => {
    const { engine, clock } = await setup();
    for (let i = 0; i < 5; i++) {
      await rejection(
        engine.change.changePassword({
          userId: 'u-ann',
          currentPassword: 'nope',
          newPassword: NEXT,
        }),
      );
    }
    expect(
      (
        await rejection(
          engine.change.changePassword({
            userId: 'u-ann',
            currentPassword: CURRENT,
            newPassword: NEXT,
          }),
        )
      ).code,
    ).toBe('rate_limited');
    clock.advance(3_600_000);
    await expect(
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: CURRENT,
        newPassword: NEXT,
      }),
    ).resolves.toBeUndefined();
  });

  it('maps a directory outage to directory_error', async () => {
    const { engine, directory } = await setup();
    directory.setAvailable(false);
    const error = await rejection(
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: CURRENT,
        newPassword: NEXT,
      }),
    );
    expect(error).toMatchObject({ code: 'directory_error', directoryCode: 'unavailable' });
  });
});

describe('change: transactions', () => {
  it('checks and changes the password outside the transaction it runs in', async () => {
    const { transaction, outsideTransaction, runs, watch, calls } = recordedTransactions();
    const { engine, storage, directory } = createTestEngine({
      storage: { ...createMemoryStorage(), transaction, outsideTransaction },
      users: [{ id: 'u-ann', username: 'ann', password: CURRENT, email: 'ann@example.com' }],
      seed: 3,
      channels: ['email'],
    });
    watch(directory, 'passwordHistory', 'history');
    watch(directory, 'changePassword', 'change');
    await transaction(() =>
      engine.change.changePassword({
        userId: 'u-ann',
        currentPassword: CURRENT,
        newPassword: NEXT,
      }),
    );
    expect(calls).toEqual(['history, transaction open: false', 'change, transaction open: false']);
    // The try counted, committed; then the success and its notice.
    expect(runs).toEqual(['commit', 'commit']);
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 10 });
    expect(events.map((e) => e.type)).toEqual(['password.changed']);
    // A refusal is recorded in the request's transaction, none of its own (here it rolls back
    // only because this test's transaction rethrows; the HTTP handler commits refusals).
    runs.length = 0;
    await rejection(
      transaction(() =>
        engine.change.changePassword({
          userId: 'u-ann',
          currentPassword: 'nope',
          newPassword: NEXT,
        }),
      ),
    );
    expect(runs).toEqual(['commit', 'rollback']);
  });

  it('keeps the record of a directory failure although the request rolls back', async () => {
    const { transaction, outsideTransaction } = recordedTransactions();
    // The engine opens a transaction of its own only to keep a record (commitNow).
    let own = false;
    const { engine, storage, directory } = createTestEngine({
      storage: {
        ...createMemoryStorage(),
        outsideTransaction,
        async transaction(fn) {
          own = true;
          try {
            return await transaction(fn);
          } finally {
            own = false;
          }
        },
      },
      users: [{ id: 'u-ann', username: 'ann', password: CURRENT, email: 'ann@example.com' }],
      seed: 3,
      channels: ['email'],
    });
    const appended: string[] = [];
    const append = storage.audit.append.bind(storage.audit);
    storage.audit.append = async (event) => {
      appended.push(`${event.type}, in a transaction of its own: ${own}`);
      return append(event);
    };
    directory.changePassword = async () => {
      throw new DirectoryError('unavailable', 'simulated outage');
    };
    const error = await rejection(
      transaction(() =>
        engine.change.changePassword({
          userId: 'u-ann',
          currentPassword: CURRENT,
          newPassword: NEXT,
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'directory_error', directoryCode: 'unavailable' });
    expect(appended).toEqual(['password.change_failed, in a transaction of its own: true']);
  });
});

describe('change: expiry', () => {
  it('does not expire passwords by default (NIST)', async () => {
    const { engine } = await setup();
    expect(await engine.change.needsPasswordChange({ user: 'u-old' })).toEqual({
      required: false,
      reason: null,
      expiresAt: null,
      warn: false,
    });
  });

  it('warns within the warning days and requires the change from the expiry instant', async () => {
    const { engine, clock } = await setup({ password: { maxAgeDays: 90, expiryWarningDays: 14 } });
    const expiresAt = new Date(START.getTime() + 10 * DAY).toISOString();
    expect(await engine.change.needsPasswordChange({ user: 'u-old' })).toEqual({
      required: false,
      reason: null,
      expiresAt,
      warn: true,
    });
    clock.advance(10 * DAY - 1);
    expect((await engine.change.needsPasswordChange({ user: 'u-old' })).required).toBe(false);
    clock.advance(1);
    expect(await engine.change.needsPasswordChange({ user: 'u-old' })).toMatchObject({
      required: true,
      reason: 'expired',
    });
  });

  it('follows the directory when it asks for a change at next sign-in', async () => {
    const { engine } = await setup();
    expect(await engine.change.needsPasswordChange({ user: 'u-must' })).toMatchObject({
      required: true,
      reason: 'must_change',
    });
  });
});
