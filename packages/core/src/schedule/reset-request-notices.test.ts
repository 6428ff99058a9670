import { describe, expect, it } from 'vitest';
import { createTestEngine, TEST_START } from '../testing/test-engine.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function setup(userOnResetRequest: boolean) {
  return createTestEngine({ policy: { notifications: { userOnResetRequest } } });
}

/** Runs the due jobs, delivers, and returns the "someone asked" mails so far. */
async function runJobs(t: ReturnType<typeof setup>) {
  await t.engine.scheduler.runDue();
  await t.engine.dispatcher.runOnce();
  return t.messaging.sent.flatMap((sent) =>
    sent.channel === 'email' && /Someone asked to reset/.test(sent.message.subject)
      ? [sent.message]
      : [],
  );
}

describe('"someone asked to reset your password" notices', () => {
  it('tell the owner of a known account of an unfinished reset, at most once a day', async () => {
    const t = setup(true);
    await t.engine.recovery.start({ identifier: 'alice' });
    await t.engine.recovery.start({ identifier: 'nobody-here' });
    t.clock.advance(16 * MINUTE);
    const mails = await runJobs(t);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      'alice.private@example.net',
      'alice@example.com',
    ]);
    // The time the reset was started, not when it expired.
    expect(mails[0]?.text).toContain('November 24, 2026 at 10:00 AM UTC');
    expect(mails[0]?.text).toContain('Your password has not been changed');

    // Another unfinished one the same day: no second mail; the next day: one more.
    await t.engine.recovery.start({ identifier: 'alice' });
    t.clock.advance(16 * MINUTE);
    expect(await runJobs(t)).toHaveLength(2);
    t.clock.advance(DAY);
    await t.engine.recovery.start({ identifier: 'alice' });
    t.clock.advance(16 * MINUTE);
    expect(await runJobs(t)).toHaveLength(4);
  });

  it('send nothing when the policy leaves them off (the default)', async () => {
    const t = setup(false);
    await t.engine.recovery.start({ identifier: 'alice' });
    t.clock.advance(16 * MINUTE);
    expect(await runJobs(t)).toEqual([]);
    expect(createTestEngine().engine).toBeDefined();
  });

  it('change nothing in the answer to the reset start', async () => {
    const on = setup(true);
    const off = setup(false);
    for (const identifier of ['alice', 'nobody-here']) {
      const [a, b] = await Promise.all([
        on.engine.recovery.start({ identifier }),
        off.engine.recovery.start({ identifier }),
      ]);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
    expect(on.clock.now()).toEqual(TEST_START);
  });
});
