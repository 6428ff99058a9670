import { describe, expect, it } from 'vitest';
import type { MemoryDirectory } from '../memory/memory-directory.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { Directory } from '../ports/directory.js';
import {
  createTestEngine,
  TEST_START,
  TEST_USERS,
  type TestEngine,
} from '../testing/test-engine.js';

const DAY = 24 * 60 * 60_000;
const HOUR = 60 * 60_000;
const ago = (days: number) => new Date(TEST_START.getTime() - days * DAY);

/** Users around the warning date of a 90-day maximum age with 14 warning days. */
const USERS = [
  ...TEST_USERS,
  // Expires in 10 days: warned now.
  {
    id: 'u-dave',
    username: 'dave',
    password: 'dave original passphrase',
    email: 'dave@example.com',
    contact: { alternateEmail: 'dave.home@example.net' },
    passwordChangedAt: ago(80),
  },
  // Expires in 20 days: warned in 6.
  {
    id: 'u-fay',
    username: 'fay',
    password: 'fay original passphrase',
    email: 'fay@example.com',
    contact: {},
    passwordChangedAt: ago(70),
  },
  // Expired already, disabled, or set yesterday: never warned now.
  {
    id: 'u-gus',
    username: 'gus',
    password: 'gus original passphrase',
    email: 'gus@example.com',
    contact: {},
    passwordChangedAt: ago(95),
  },
  {
    id: 'u-hal',
    username: 'hal',
    password: 'hal original passphrase',
    email: 'hal@example.com',
    contact: {},
    disabled: true,
    passwordChangedAt: ago(85),
  },
  {
    id: 'u-ivy',
    username: 'ivy',
    password: 'ivy original passphrase',
    email: 'ivy@example.com',
    contact: {},
    passwordChangedAt: ago(1),
  },
];

const POLICY = { password: { maxAgeDays: 90, expiryWarningDays: 14 } };

/** The memory directory, listing two users per page so the job has to follow cursors. */
function twoPerPage(base: MemoryDirectory): Directory {
  const listUsers = base.listUsers?.bind(base);
  if (listUsers === undefined) throw new Error('the memory directory lists its users');
  return { ...base, listUsers: (options) => listUsers({ ...options, limit: 2 }) };
}

function engines(count: number): TestEngine<Directory>[] {
  const storage = createMemoryStorage();
  const first = createTestEngine({ users: USERS, policy: POLICY });
  const directory = twoPerPage(first.directory);
  return Array.from({ length: count }, (_, index) =>
    createTestEngine<Directory>({
      storage,
      directory,
      clock: first.clock,
      seed: index + 1,
      policy: POLICY,
    }),
  );
}

/** Runs the due jobs on every engine at once, delivers, and returns the warnings sent so far. */
async function runAll(all: TestEngine<Directory>[]) {
  await Promise.all(all.map((t) => t.engine.scheduler.runDue()));
  for (const t of all) await t.engine.dispatcher.runOnce();
  return all.flatMap((t) =>
    t.messaging.sent.flatMap((sent) =>
      sent.channel === 'email' && /expires soon/.test(sent.message.subject) ? [sent.message] : [],
    ),
  );
}

describe('expiry warnings', () => {
  it('mail each user once per password, from whichever of two engines runs the job', async () => {
    const all = engines(2);
    const [one] = all as [TestEngine<Directory>];
    const warned = await runAll(all);
    expect(warned.map((message) => message.to).sort()).toEqual([
      'dave.home@example.net',
      'dave@example.com',
    ]);
    const mail = warned[0];
    expect(mail?.text).toContain('expires on');
    expect(mail?.text).not.toContain('If this was not you');

    // Every hour for 7 days: fay's window opens on day 6; dave is never mailed again.
    for (let hour = 0; hour < 7 * 24; hour++) {
      one.clock.advance(HOUR);
      await runAll(all);
    }
    const after = await runAll(all);
    expect(after.map((message) => message.to).sort()).toEqual([
      'dave.home@example.net',
      'dave@example.com',
      'fay@example.com',
    ]);
  });

  it('warn again for a new password once its own warning date comes', async () => {
    const all = engines(1);
    const [t] = all as [TestEngine<Directory>];
    expect(await runAll(all)).toHaveLength(2);
    await t.engine.change.changePassword({
      userId: 'u-dave',
      currentPassword: 'dave original passphrase',
      newPassword: 'violet harbour quantum teapots',
    });
    t.clock.advance(HOUR);
    expect(await runAll(all)).toHaveLength(2);
    // Set at TEST_START + 1 hour: warned from day 76 (with ivy, whose own date came too).
    t.clock.advance(74 * DAY);
    expect(await runAll(all)).toHaveLength(2);
    t.clock.advance(3 * DAY);
    const later = (await runAll(all)).map((message) => message.to).sort();
    expect(later).toEqual([
      'dave.home@example.net',
      'dave.home@example.net',
      'dave@example.com',
      'dave@example.com',
      'ivy@example.com',
    ]);
  });

  it("follow the directory's own expiry over the policy's, and with the policy's expiry off", async () => {
    const inDays = (days: number) => new Date(TEST_START.getTime() + days * DAY);
    const users = [
      // The policy says 89 days left, the directory 10: warned.
      {
        id: 'u-jan',
        username: 'jan',
        password: 'jan original passphrase',
        email: 'jan@example.com',
        contact: {},
        passwordChangedAt: ago(1),
        passwordExpiresAt: inDays(10),
      },
      // The policy says 10 days left, the directory 60: not warned.
      {
        id: 'u-kim',
        username: 'kim',
        password: 'kim original passphrase',
        email: 'kim@example.com',
        contact: {},
        passwordChangedAt: ago(80),
        passwordExpiresAt: inDays(60),
      },
      // Only the directory's expiry, no change time: warned once.
      {
        id: 'u-lou',
        username: 'lou',
        password: 'lou original passphrase',
        email: 'lou@example.com',
        contact: {},
        passwordExpiresAt: inDays(3),
      },
    ];
    for (const policy of [POLICY, { password: { maxAgeDays: 0, expiryWarningDays: 14 } }]) {
      const t = createTestEngine<Directory>({ users, policy });
      const all = [t];
      const first = (await runAll(all)).map((message) => message.to).sort();
      expect(first).toEqual(['jan@example.com', 'lou@example.com']);
      for (let hour = 0; hour < 24; hour++) {
        t.clock.advance(HOUR);
        expect(await runAll(all)).toHaveLength(2);
      }
    }
  });

  it('send nothing when expiry is off or the directory cannot list users', async () => {
    // No registration reminders either (erin and fay have too few methods).
    const off = createTestEngine({ users: USERS, policy: { requireRegistration: false } });
    await off.engine.scheduler.runDue();
    await off.engine.dispatcher.runOnce();
    expect(off.messaging.sent).toEqual([]);

    const { listUsers: _, ...unlisting } = off.directory;
    const unlisted = createTestEngine<Directory>({ directory: unlisting, policy: POLICY });
    expect(await unlisted.engine.scheduler.runDue()).toContain('expiry-warnings');
    await unlisted.engine.dispatcher.runOnce();
    expect(unlisted.messaging.sent).toEqual([]);
  });
});
