// A helpdesk reset of an administrator's password: the other administrators are told who
// reset whose password ("Ann reset Bob's password"), not that Bob "reset their own", and Bob
// gets the user notice. An admin who resets their own password from the helpdesk keeps the
// "their own" wording. The reset's slow work (history check, directory write) runs outside the
// request's transaction.
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { recordedTransactions } from '../testing/recorded-transactions.js';
import { createTestEngine } from '../testing/test-engine.js';

const USERS = [
  {
    id: 'u-ann',
    username: 'ann',
    password: 'ann original passphrase',
    email: 'ann@example.com',
    displayName: 'Ann Admin',
    isAdmin: true,
    contact: {},
  },
  {
    id: 'u-bob',
    username: 'bob',
    password: 'bob original passphrase',
    email: 'bob@example.com',
    displayName: 'Bob Boss',
    isAdmin: true,
    contact: {},
  },
  {
    id: 'u-cleo',
    username: 'cleo',
    password: 'cleo original passphrase',
    email: 'cleo@example.com',
    isAdmin: true,
    contact: {},
  },
];

/** Resets `target`'s password as the admin `actor`; the emails sent, by recipient. */
async function resetAs(actor: string, target: string) {
  const { engine, messaging } = createTestEngine({ users: USERS });
  await engine.helpdesk.resetPassword(target, {}, { actor: { kind: 'admin', id: actor } });
  await engine.dispatcher.runOnce();
  const mails = new Map<string, { subject: string; text: string }>();
  for (const sent of messaging.sent) {
    if (sent.channel === 'email') mails.set(sent.message.to, sent.message);
  }
  return mails;
}

describe('helpdesk reset of an administrator', () => {
  it('tells the other admins that Ann reset Bob’s password, and Bob that his was reset', async () => {
    const mails = await resetAs('u-ann', 'u-bob');
    expect([...mails.keys()].sort()).toEqual([
      'ann@example.com',
      'bob@example.com',
      'cleo@example.com',
    ]);
    const cleo = mails.get('cleo@example.com');
    expect(cleo?.subject).toContain('Ann Admin reset the password of administrator Bob Boss');
    expect(cleo?.text).toContain('Ann Admin reset Bob Boss’s password on');
    expect(cleo?.text).not.toContain('their own');
    expect(mails.get('ann@example.com')?.text).toBe(cleo?.text);
    const bob = mails.get('bob@example.com');
    expect(bob?.subject).toBe('Your OpenReset password was reset');
    expect(bob?.text).toContain('The password of your OpenReset account was reset on');
  });

  it('keeps "reset their own password" when the admin reset their own', async () => {
    const mails = await resetAs('u-bob', 'u-bob');
    const cleo = mails.get('cleo@example.com');
    expect(cleo?.text).toContain('Bob Boss reset their own password on');
    expect(cleo?.text).not.toContain('Ann Admin');
  });
});

describe('helpdesk reset and transactions', () => {
  it('checks and writes the password outside the transaction it runs in', async () => {
    const { transaction, outsideTransaction, runs, watch, calls } = recordedTransactions();
    const { engine, directory } = createTestEngine({
      users: USERS,
      storage: { ...createMemoryStorage(), transaction, outsideTransaction },
    });
    watch(directory, 'passwordHistory', 'history');
    watch(directory, 'resetPassword', 'write');
    await transaction(() =>
      engine.helpdesk.resetPassword('u-bob', {}, { actor: { kind: 'admin', id: 'u-ann' } }),
    );
    expect(calls).toEqual(['history, transaction open: false', 'write, transaction open: false']);
    expect(runs).toEqual(['commit', 'commit']);
  });
});
