import type { MemoryMessaging } from '@openreset/core/memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenShared, sharedSqlDatabases } from './testing/shared-sql-database.js';

const databases = sharedSqlDatabases();
let openDatabase: OpenShared;

beforeAll(async () => {
  openDatabase = await databases.postgresDatabase();
});

afterAll(() => databases.cleanup());

let servers = 0;
/**
 * One app server: its own pool, storage, directory and engine on the shared database. A seed
 * of its own: two servers must not draw the same tokens; `messaging` shared by both.
 */
function server(messaging?: MemoryMessaging) {
  servers += 1;
  return databases.instance(
    openDatabase,
    servers,
    messaging === undefined ? {} : { sms: messaging.sms, email: messaging.email },
  );
}

describe('two engines with pools of their own on one PostgreSQL database', () => {
  it('50 concurrent verifications of one code across both give exactly one success', async () => {
    const first = await server();
    const second = await server(first.messaging);
    const { messaging } = first;
    await first.directory.createUser({
      username: 'alice',
      password: 'morning tide over quiet water',
      email: 'alice@example.com',
      contact: { mobile: '+31612345678' },
    });

    const flow = await first.engine.recovery.start({ identifier: 'alice' });
    const smsMethod = flow.methods.find((method) => method.type === 'mobileSms');
    expect(smsMethod).toBeDefined();
    await second.engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: smsMethod?.id ?? '',
      confirm: '+31612345678',
    });
    // Both dispatchers run at once; the message goes out once.
    await Promise.all([first.engine.dispatcher.runOnce(), second.engine.dispatcher.runOnce()]);
    expect(messaging.sent).toHaveLength(1);
    const sent = messaging.sent[0];
    const code = sent?.channel === 'sms' ? /\b(\d{6,8})\b/.exec(sent.message.text)?.[1] : undefined;
    expect(code).toBeDefined();

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        (index % 2 === 0 ? first : second).engine.recovery.verify({
          flowToken: flow.flowToken,
          methodId: smsMethod?.id ?? '',
          code: code ?? '',
        }),
      ),
    );
    const successes = results.filter((result) => result.status === 'fulfilled');
    expect(successes).toHaveLength(1);
    expect((successes[0] as PromiseFulfilledResult<{ state: string }>).value.state).toBe(
      'verified',
    );
    for (const result of results) {
      if (result.status === 'rejected') {
        expect([
          'invalid_code',
          'invalid_state',
          'too_many_attempts',
          'conflict',
          // Attempts beyond the budget are refused unevaluated, right code or not.
          'blocked',
        ]).toContain((result.reason as { code: string }).code);
      }
    }
    const view = await second.engine.recovery.getFlow({ flowToken: flow.flowToken });
    expect(view.state).toBe('verified');

    const done = await first.engine.recovery.complete({
      flowToken: flow.flowToken,
      newPassword: 'violet harbour quantum teapots',
    });
    expect(done.state).toBe('completed');
    const alice = await second.directory.findUser('alice');
    expect(
      await second.directory.verifyPassword(alice?.id ?? '', 'violet harbour quantum teapots'),
    ).toBe(true);
  });
});
