import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { NoticeRequest } from '../messages/notifier.js';
import { policySchema } from '../policy/policy-schema.js';
import type { Storage } from '../ports/storage.js';
import { evaluateUsage } from '../reports/usage.js';
import { createTestEngine, TEST_START, type TestEngine } from '../testing/test-engine.js';
import { sendRegistrationReminders } from './registration-reminders.js';

const DAY = 24 * 60 * 60_000;
const ago = (days: number) => new Date(TEST_START.getTime() - days * DAY);

/** Reconfirmation every 30 days; registration reminders weekly (postponeDays 1 < 7). */
const POLICY = { reconfirmDays: 30 };

const USERS = [
  // No recovery method: reminded to register.
  {
    id: 'u-nora',
    username: 'nora',
    password: 'nora original passphrase',
    email: 'nora@example.com',
    contact: {},
  },
  // Registered 40 days ago: reconfirmation is 10 days overdue.
  {
    id: 'u-rex',
    username: 'rex',
    password: 'rex original passphrase',
    email: 'rex@example.com',
    contact: {},
  },
  // Registered yesterday: nothing to do.
  {
    id: 'u-cal',
    username: 'cal',
    password: 'cal original passphrase',
    email: 'cal@example.com',
    contact: {},
  },
  // Disabled, or no address to mail: never reminded.
  {
    id: 'u-dot',
    username: 'dot',
    password: 'dot original passphrase',
    email: 'dot@example.com',
    contact: {},
    disabled: true,
  },
  { id: 'u-nil', username: 'nil', password: 'nil original passphrase', contact: {} },
];

async function register(storage: Storage, userId: string, at: Date) {
  await storage.registrations.save(
    {
      tenantId: 'default',
      userId,
      revision: 1,
      reconfirmedAt: at,
      updatedAt: at,
      methods: [
        { id: 'e', kind: 'email', value: `${userId}@home.example`, createdAt: at, verifiedAt: at },
      ],
    },
    null,
  );
}

async function engines(count: number): Promise<TestEngine[]> {
  const storage = createMemoryStorage();
  await register(storage, 'u-rex', ago(40));
  await register(storage, 'u-cal', ago(1));
  const first = createTestEngine({ users: USERS, policy: POLICY, storage });
  const rest = Array.from({ length: count - 1 }, (_, index) =>
    createTestEngine({
      users: USERS,
      storage,
      clock: first.clock,
      seed: index + 2,
      policy: POLICY,
    }),
  );
  return [first, ...rest];
}

/** Runs the due jobs on every engine at once, delivers, and returns the reminders so far. */
async function runAll(all: TestEngine[]) {
  await Promise.all(all.map((t) => t.engine.scheduler.runDue()));
  for (const t of all) await t.engine.dispatcher.runOnce();
  return all.flatMap((t) =>
    t.messaging.sent.flatMap((sent) =>
      sent.channel === 'email' &&
      /recovery methods|Set up password reset/.test(sent.message.subject)
        ? [`${sent.message.to} ${sent.message.subject}`]
        : [],
    ),
  );
}

describe('registration and reconfirmation reminders', () => {
  it('remind the unregistered once a week and the overdue once, from whichever engine runs first', async () => {
    const all = await engines(2);
    const [one] = all as [TestEngine];
    // Start at the beginning of a weekly period, so the next week is a new one.
    const now = one.clock.now().getTime();
    one.clock.advance(7 * DAY - (now % (7 * DAY)));
    const first = await runAll(all);
    expect(first.sort()).toEqual([
      'nora@example.com Set up password reset for your OpenReset account',
      'rex@example.com Check the recovery methods of your OpenReset account',
      'u-rex@home.example Check the recovery methods of your OpenReset account',
    ]);
    // Daily runs for the rest of the week: nothing more.
    for (let day = 1; day < 7; day++) {
      one.clock.advance(DAY);
      expect(await runAll(all)).toHaveLength(3);
    }
    // The next week nora is reminded again; rex not before his 30-day period ends.
    one.clock.advance(DAY);
    const next = await runAll(all);
    expect(next.filter((line) => line.startsWith('nora@'))).toHaveLength(2);
    expect(next.filter((line) => line.startsWith('rex@'))).toHaveLength(1);
  });

  it('remind rex again once his next reconfirmation period begins', async () => {
    const all = await engines(1);
    const [t] = all as [TestEngine];
    expect((await runAll(all)).filter((line) => line.startsWith('rex@'))).toHaveLength(1);
    t.clock.advance(19 * DAY);
    expect((await runAll(all)).filter((line) => line.startsWith('rex@'))).toHaveLength(1);
    t.clock.advance(DAY);
    expect((await runAll(all)).filter((line) => line.startsWith('rex@'))).toHaveLength(2);
  });

  it('mail no one when registration is not required and reconfirmation is off', async () => {
    const storage = createMemoryStorage();
    await register(storage, 'u-rex', ago(40));
    const t = createTestEngine({
      users: USERS,
      storage,
      policy: { requireRegistration: false, reconfirmDays: 0 },
    });
    expect(await t.engine.scheduler.runDue()).toContain('registration-reminders');
    await t.engine.dispatcher.runOnce();
    expect(t.messaging.sent).toEqual([]);
  });

  it('mail each user once when two instances run the job at the same moment', async () => {
    const [t] = (await engines(1)) as [TestEngine];
    const queued: NoticeRequest[] = [];
    const deps = {
      directory: t.directory,
      registrations: t.storage.registrations,
      counters: t.storage.counters,
      notifier: { notify: async (request: NoticeRequest) => void queued.push(request) },
      clock: t.clock,
      getPolicy: async () => policySchema.parse(POLICY),
      tenantId: 'default',
      evaluateUsage,
    };
    const counts = await Promise.all([
      sendRegistrationReminders(deps),
      sendRegistrationReminders(deps),
    ]);
    expect(counts.reduce((a, b) => a + b)).toBe(2);
    expect(queued.map((request) => `${request.user.id} ${request.kind}`).sort()).toEqual([
      'u-nora registration_reminder',
      'u-rex reconfirmation_reminder',
    ]);
  });

  it('release the claim when the mail cannot be queued, so the next run tries again', async () => {
    const [t] = (await engines(1)) as [TestEngine];
    let failing = true;
    const queued: string[] = [];
    const deps = {
      directory: t.directory,
      registrations: t.storage.registrations,
      counters: t.storage.counters,
      notifier: {
        notify: async (request: NoticeRequest) => {
          if (failing) throw new Error('outbox down');
          queued.push(request.user.id);
        },
      },
      clock: t.clock,
      getPolicy: async () => policySchema.parse(POLICY),
      tenantId: 'default',
      evaluateUsage,
    };
    await expect(sendRegistrationReminders(deps)).rejects.toThrow('outbox down');
    failing = false;
    expect(await sendRegistrationReminders(deps)).toBe(2);
    expect(queued.sort()).toEqual(['u-nora', 'u-rex']);
  });
});
