// Two instances: two server children (server.ts) on one PostgreSQL database, each with its
// dispatcher and scheduler running (every 20 ms, so both claim the same outbox rows at once),
// and mixed traffic for a while (full 10 minutes, short 30 s; --two-minutes) in which every
// single-use thing is raced from both instances at the same instant:
//   reset        start and challenge on one instance; the code verified from both at once;
//                then two different passwords completed from both at once;
//   registration a new alternate email sent from one; its code verified from both at once.
// Invariants: of each race exactly one request wins (200) and the other is refused with a 4xx;
// a completed reset's password is the winner's; every message is sent exactly once (by
// whichever instance claimed it); the audit counts are exact (one password.reset per won
// complete, one registration per won verify, one notification.sent per message sent); no 5xx.
import {
  type Answer,
  auditEvents,
  benchUser,
  call,
  freshPostgresDatabase,
  Mailbox,
  newPassword,
  openStores,
  option,
  percentile,
  round,
  SHORT,
  scenario,
  seedUsers,
  startServer,
} from './lib.js';

const run = scenario('two-instances');
const minutes = option('two-minutes', SHORT ? 0.5 : 10);
const USERS = option('two-users', SHORT ? 200 : 2000);
const CONCURRENCY = 4;

const url = await freshPostgresDatabase('two');
const setup = await openStores({ kind: 'postgres', url });
await seedUsers(setup.directory, 0, USERS);
await setup.storage.close();

const mailbox = new Mailbox();
const target = { kind: 'postgres' as const, url };
const [a, b] = await Promise.all([
  startServer({ instance: 'a', target, loopMs: 20 }, mailbox),
  startServer({ instance: 'b', target, loopMs: 20 }, mailbox),
]);
if (a === undefined || b === undefined) throw new Error('two servers');

const count = {
  resetRaces: 0,
  registrationRaces: 0,
  verifyWins: 0,
  completeWins: 0,
  registrationWins: 0,
  raceLosses4xx: 0,
  doubleWins: 0,
  noWins: 0,
  serverErrors5xx: 0,
  wrongPassword: 0,
};
const latencies: number[] = [];
const failures: string[] = [];
const winners = new Map<number, string>();

/** Races two requests; counts the outcome; returns the index of the winner or -1. */
function judge(answers: readonly Answer[], what: string): number {
  for (const answer of answers) latencies.push(answer.ms);
  const wins = answers.filter((answer) => answer.status === 200 || answer.status === 202);
  count.serverErrors5xx += answers.filter(
    (answer) => answer.status >= 500 || answer.status === 0,
  ).length;
  count.raceLosses4xx += answers.filter(
    (answer) => answer.status >= 400 && answer.status < 500,
  ).length;
  if (wins.length > 1) count.doubleWins += 1;
  if (wins.length === 0) {
    count.noWins += 1;
    if (failures.length < 5)
      failures.push(
        `${what}: ${answers.map((x) => `${x.status} ${JSON.stringify(x.body?.error)}`).join(' / ')}`,
      );
  }
  return wins.length === 1
    ? answers.findIndex((answer) => answer.status === 200 || answer.status === 202)
    : -1;
}

async function resetRace(index: number): Promise<void> {
  const user = benchUser(index);
  const first = index % 2 === 0 ? a : b;
  const start = await call(first.base, '/reset', { identifier: user.username });
  if (start.status !== 200) throw new Error(`start: ${start.status}`);
  const flowToken = start.body?.flowToken as string;
  const methods = (start.body?.methods ?? []) as { id: string; type: string }[];
  const methodId = methods.find((m) => m.type === 'mobileSms')?.id;
  const before = mailbox.count(user.mobile);
  const challenge = await call(first.base, '/reset/challenge', {
    flowToken,
    methodId,
    confirm: user.mobile,
  });
  if (challenge.status !== 200) throw new Error(`challenge: ${challenge.status}`);
  const code = await mailbox.code(user.mobile, before);
  count.resetRaces += 1;
  const verify = { flowToken, methodId, code };
  const verified = judge(
    await Promise.all([
      call(a.base, '/reset/verify', verify),
      call(b.base, '/reset/verify', verify),
    ]),
    'verify',
  );
  if (verified < 0) return;
  count.verifyWins += 1;
  const passwords = [newPassword(), newPassword()];
  const completed = judge(
    await Promise.all([
      call(a.base, '/reset/complete', { flowToken, newPassword: passwords[0] }),
      call(b.base, '/reset/complete', { flowToken, newPassword: passwords[1] }),
    ]),
    'complete',
  );
  if (completed < 0) return;
  count.completeWins += 1;
  winners.set(index, passwords[completed] as string);
}

async function registrationRace(index: number): Promise<void> {
  const headers = { 'x-bench-user': benchUser(index).username };
  const value = `alt${index}@example.net`;
  const first = index % 2 === 0 ? b : a;
  const before = mailbox.count(value);
  const add = await call(first.base, '/me/methods', { kind: 'email', value }, headers);
  if (add.status !== 202)
    throw new Error(`add method: ${add.status} ${JSON.stringify(add.body?.error)}`);
  const code = await mailbox.code(value, before);
  count.registrationRaces += 1;
  const body = { kind: 'email', value, code };
  const won = judge(
    await Promise.all([
      call(a.base, '/me/methods/verify', body, headers),
      call(b.base, '/me/methods/verify', body, headers),
    ]),
    'verify method',
  );
  if (won >= 0) count.registrationWins += 1;
}

const started = Date.now();
let next = 0;
const errors: string[] = [];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() - started < minutes * 60_000 && next < USERS) {
      const index = next++;
      try {
        await (index % 3 === 2 ? registrationRace(index) : resetRace(index));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  }),
);
// Let the dispatchers finish (notices of completed resets), then stop both.
const settleStart = Date.now();
let last = -1;
while (mailbox.sent.length !== last && Date.now() - settleStart < 60_000) {
  last = mailbox.sent.length;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
await Promise.all([a.stop(), b.stop()]);

const check = await openStores(target);
for (const [index, password] of winners) {
  const user = await check.directory.findUser(benchUser(index).username);
  if (!(await check.directory.verifyPassword(user?.id ?? '', password))) count.wrongPassword += 1;
}
const audit = await auditEvents(check.storage.audit, [
  'password.reset',
  'registration.method_registered',
  'notification.sent',
]);
const pending = await check.storage.outbox.claim({
  now: new Date(Date.now() + 24 * 3_600_000),
  limit: 1000,
  leaseMs: 1000,
  leaseToken: 'final-check',
});
await check.storage.close();

const byMessage = new Map<string, number>();
for (const message of mailbox.sent) {
  const key = `${message.to} ${message.text}`;
  byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
}
const sentTwice = [...byMessage.values()].filter((n) => n > 1).length;
const byInstance = {
  a: mailbox.sent.filter((m) => m.instance === 'a').length,
  b: mailbox.sent.filter((m) => m.instance === 'b').length,
};
const audited = (type: string) => audit.filter((event) => event.type === type).length;

Object.assign(run.figures, {
  minutes,
  ...count,
  messagesSent: mailbox.sent.length,
  sentByA: byInstance.a,
  sentByB: byInstance.b,
  messagesSentTwice: sentTwice,
  outboxLeftPending: pending.length,
  auditedResets: audited('password.reset'),
  auditedRegistrations: audited('registration.method_registered'),
  auditedSent: audited('notification.sent'),
  p50Ms: round(percentile(latencies, 50)),
  p99Ms: round(percentile(latencies, 99)),
  unexpectedErrors: errors.length,
  errorExamples: errors.slice(0, 5),
  noWinExamples: failures,
  backgroundErrors: [...a.errors, ...b.errors].slice(0, 5),
});
run.check('races were run', count.resetRaces > 0 && count.registrationRaces > 0, count);
run.check('no race had two winners', count.doubleWins === 0, count.doubleWins);
run.check('every race had one winner', count.noWins === 0, failures);
run.check(
  'each completed reset holds the winner’s password',
  count.wrongPassword === 0,
  count.wrongPassword,
);
run.check('no 5xx', count.serverErrors5xx === 0, count.serverErrors5xx);
run.check('no unexpected answer outside the races', errors.length === 0, errors.slice(0, 5));
run.check('each message sent once', sentTwice === 0, sentTwice);
run.check(
  'both instances sent (the outbox rows were contended)',
  byInstance.a > 0 && byInstance.b > 0,
  byInstance,
);
run.check('nothing left pending in the outbox', pending.length === 0, pending.length);
run.check(
  'audit: one password.reset per won complete',
  audited('password.reset') === count.completeWins,
  {
    audited: audited('password.reset'),
    won: count.completeWins,
  },
);
run.check(
  'audit: one registration per won verify',
  audited('registration.method_registered') === count.registrationWins,
  {
    audited: audited('registration.method_registered'),
    won: count.registrationWins,
  },
);
run.check(
  'audit: one notification.sent per message sent',
  audited('notification.sent') === mailbox.sent.length,
  {
    audited: audited('notification.sent'),
    sent: mailbox.sent.length,
  },
);
run.finish();
