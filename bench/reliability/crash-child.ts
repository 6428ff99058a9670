// The child of crash.ts: one OpenReset instance on SQLite or PostgreSQL with its background
// loops running (engine.start: dispatcher and scheduled jobs, reconcile-writeback included),
// doing resets and registrations one after the other until it is killed. Its clock runs
// `offsetMs` ahead of real time (each run further ahead), so the jobs find what an earlier,
// killed run left behind as old as it would be after a real restart.
//
// Side channel: every result is appended to the log file and fsync'd only after the call
// that committed it resolved (`user`, `challenged`, `registered`, `completing` just before a
// reset's complete, `completed`), and every message the senders accept is appended to the
// sent log (fsync'd) before the sender returns, as a provider would have it.
//
// Usage: node crash-child.mjs '<json: { target, log, sentLog, run, offsetMs }>'
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import process from 'node:process';
import { createOpenReset } from '../../packages/core/src/create-open-reset.js';
import {
  BENCH_KEYS,
  BENCH_POLICY,
  benchHasher,
  benchUser,
  newPassword,
  openStores,
  type StoreTarget,
} from './lib.js';

interface ChildConfig {
  target: StoreTarget;
  log: string;
  sentLog: string;
  run: number;
  offsetMs: number;
}
const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;

/** Appends a JSON line and fsyncs it: once this returns, the line survives a SIGKILL. */
function appender(path: string) {
  const fd = openSync(path, 'a');
  process.on('exit', () => closeSync(fd));
  return (line: Record<string, unknown>) => {
    writeSync(fd, `${JSON.stringify(line)}\n`);
    fsyncSync(fd);
  };
}
const log = appender(config.log);
const sentLog = appender(config.sentLog);

const clock = { now: () => new Date(Date.now() + config.offsetMs) };
const { storage, directory } = await openStores(config.target, clock);
const waiting = new Map<string, (code: string) => void>();
const sender = (channel: 'sms' | 'email') => ({
  async send(message: { to: string; text: string }) {
    sentLog({ run: config.run, channel, to: message.to, text: message.text });
    const code = /\b(\d{6,8})\b/.exec(message.text)?.[1];
    if (code !== undefined) waiting.get(message.to)?.(code);
    return {};
  },
});
const engine = createOpenReset({
  storage,
  directory,
  keys: BENCH_KEYS,
  hasher: benchHasher(),
  policy: BENCH_POLICY,
  clock,
  sms: sender('sms'),
  email: sender('email'),
});
engine.start({ dispatchIntervalMs: 50, scheduleIntervalMs: 200, onError: () => {} });

/** The next code sent to `to` (the dispatcher loop delivers it). */
const codeFor = (to: string) =>
  new Promise<string>((resolve) => {
    waiting.set(to, (code) => {
      waiting.delete(to);
      resolve(code);
    });
  });

process.send?.({ type: 'ready' });
for (let serial = 0; ; serial++) {
  const index = config.run * 10_000 + serial;
  const user = benchUser(index);
  const created = await directory.createUser({
    username: user.username,
    email: user.email,
    password: 'the first password of all',
    contact: { mobile: user.mobile },
  });
  log({ step: 'user', username: user.username, userId: created.id });
  if (serial % 2 === 0) {
    const flow = await engine.recovery.start({ identifier: user.username });
    const method = flow.methods.find((m) => m.type === 'mobileSms');
    const code = codeFor(user.mobile);
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: method?.id ?? '',
      confirm: user.mobile,
    });
    log({
      step: 'challenged',
      username: user.username,
      to: user.mobile,
      flowToken: flow.flowToken,
    });
    await engine.recovery.verify({
      flowToken: flow.flowToken,
      methodId: method?.id ?? '',
      code: await code,
    });
    const password = newPassword();
    log({
      step: 'completing',
      username: user.username,
      userId: created.id,
      flowToken: flow.flowToken,
      password,
    });
    await engine.recovery.complete({ flowToken: flow.flowToken, newPassword: password });
    log({
      step: 'completed',
      username: user.username,
      userId: created.id,
      flowToken: flow.flowToken,
      password,
    });
  } else {
    const value = `${user.username}.alt@example.net`;
    const auth = { authTime: clock.now() };
    const code = codeFor(value);
    await engine.registration.addMethod({ userId: created.id, kind: 'email', value, auth });
    log({ step: 'challenged', username: user.username, to: value });
    await engine.registration.verifyMethod({
      userId: created.id,
      kind: 'email',
      value,
      code: await code,
      auth,
    });
    log({ step: 'registered', username: user.username, userId: created.id, value });
  }
}
