// The child process of crash-safety.test.ts: runs reset flows on a SQLite file, one after the
// other, until it is killed. It prints one JSON line after each step has resolved (so has
// committed), and one before it completes a flow (the password it is about to set). It uses the
// built packages (npm run build), as a real server would.
//
// Usage: node crash-child.mjs <database file> <round>
import { randomBytes } from 'node:crypto';
import { createOpenReset } from '../../../../core/dist/index.js';
import { createArgon2Hasher, createSqlDirectory } from '../../../dist/sql-directory.js';
import { createSqliteStorage } from '../../../dist/sqlite.js';

const [filename, round] = process.argv.slice(2);
const report = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const storage = await createSqliteStorage({ filename });
const hasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });
const directory = await createSqlDirectory({ db: storage, hasher });
let lastCode = '';
const engine = createOpenReset({
  storage,
  directory,
  hasher,
  keys: [{ id: 'k1', secret: 'crash test secret of at least thirty-two bytes' }],
  // Admins need two kinds; only SMS has a sender here, so SMS is all a flow offers.
  policy: { methods: ['mobileSms', 'email'] },
  sms: {
    async send(message) {
      lastCode = /\b(\d{6,8})\b/.exec(message.text)?.[1] ?? '';
      return {};
    },
  },
});
report({ step: 'ready' });

for (let index = 0; ; index++) {
  const username = `r${round}-u${index}`;
  const user = await directory.createUser({
    username,
    password: 'the first password of all',
    contact: { mobile: '+31612345678' },
  });
  report({ step: 'user', username, id: user.id });
  const flow = await engine.recovery.start({ identifier: username });
  report({ step: 'started', username, flowToken: flow.flowToken });
  const methodId = flow.methods[0].id;
  await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: '+31612345678' });
  report({ step: 'challenged', username, flowToken: flow.flowToken });
  await engine.dispatcher.runOnce();
  report({ step: 'sent', username, flowToken: flow.flowToken });
  await engine.recovery.verify({ flowToken: flow.flowToken, methodId, code: lastCode });
  report({ step: 'verified', username, flowToken: flow.flowToken });
  // Random, and never a banned-list match: "new password <hex>" could score below the minimum
  // when its hex read as common words ("de1ta").
  const newPassword = `violet harbour ${randomBytes(9).toString('base64url')} teapots`;
  report({ step: 'completing', username, flowToken: flow.flowToken, newPassword });
  await engine.recovery.complete({ flowToken: flow.flowToken, newPassword });
  report({ step: 'completed', username, flowToken: flow.flowToken, newPassword });
}
