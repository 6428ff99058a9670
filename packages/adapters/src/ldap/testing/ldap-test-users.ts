import type { Directory } from '@openreset/core';
import { createFakeClock } from '@openreset/core/memory';
import { createTestEngine, type DirectoryFixtureUser } from '@openreset/core/testing';
import { expect } from 'vitest';

/** The password every {@link plainUser} starts with. */
export const OLD = 'Original-Pass-2030!';

/** The mobile number every {@link plainUser} has, where a recovery code goes. */
export const MOBILE = '+31612345678';

/** A staff account with an email and a mobile number, for the LDAP and AD tests' seeds. */
export function plainUser(
  username: string,
  extra: Partial<DirectoryFixtureUser> = {},
): DirectoryFixtureUser {
  return {
    username,
    password: OLD,
    email: `${username}@example.com`,
    surname: 'Tester',
    groups: [],
    isAdmin: false,
    disabled: false,
    lockedOut: false,
    contact: { mobile: MOBILE },
    mustChangePassword: false,
    ...extra,
  };
}

/** The id `findUser` gives for a username; throws when nobody has it. */
export async function idOf(directory: Directory, username: string): Promise<string> {
  const user = await directory.findUser(username);
  if (user === null) throw new Error(`no ${username}`);
  return user.id;
}

/**
 * A whole self-service reset through the engine (start, SMS code to {@link MOBILE}, verify,
 * complete with writeback on): the directory gets `newPassword` through `resetPassword`.
 */
export async function resetThroughEngine(
  directory: Directory,
  identifier: string,
  newPassword: string,
): Promise<void> {
  const { engine, codeSentTo } = createTestEngine({
    directory,
    // Admins need two kinds; only SMS has a sender here, so SMS is all a flow offers.
    channels: ['sms'],
    policy: { methods: ['mobileSms', 'email'], writeback: true },
  });
  const started = await engine.recovery.start({ identifier });
  expect(started.state).toBe('choose_method');
  const method = started.methods[0];
  if (method === undefined) throw new Error('no method offered');
  await engine.recovery.challenge({
    flowToken: started.flowToken,
    methodId: method.id,
    confirm: MOBILE,
  });
  const code = await codeSentTo(MOBILE);
  const verified = await engine.recovery.verify({
    flowToken: started.flowToken,
    methodId: method.id,
    code,
  });
  expect(verified.state).toBe('verified');
  const done = await engine.recovery.complete({ flowToken: started.flowToken, newPassword });
  expect(done.state).toBe('completed');
}

/**
 * Runs the engine's scheduled jobs three times an hour apart, from now, with OpenReset's own
 * maximum password age off (so only the directory's `passwordExpiresAt` counts) and 14
 * warning days, and returns the addresses of every password expiry warning mailed.
 */
export async function expiryWarningsSent(directory: Directory): Promise<string[]> {
  const clock = createFakeClock(new Date());
  const { engine, messaging } = createTestEngine({
    directory,
    clock,
    policy: { password: { maxAgeDays: 0, expiryWarningDays: 14 } },
  });
  for (let run = 0; run < 3; run++) {
    await engine.scheduler.runDue();
    await engine.dispatcher.runOnce();
    clock.advance(60 * 60_000);
  }
  return messaging.sent.flatMap((sent) =>
    sent.channel === 'email' && /expires soon/.test(sent.message.subject) ? [sent.message.to] : [],
  );
}
