import type { MemoryMessaging } from '@openreset/core/memory';
import { createTestEngine } from '@openreset/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';
import { createPostgresStorage } from './postgres-storage.js';
import { createSqlDirectory } from './sql-directory.js';
import type { SqlStorage } from './sql-storage.js';
import {
  createPostgresTestDatabase,
  type PostgresTestDatabase,
} from './testing/postgres-test-database.js';

const hasher = createArgon2Hasher({ memoryKiB: 1024, iterations: 1 });

let database: PostgresTestDatabase;
const storages: SqlStorage[] = [];

beforeAll(async () => {
  database = await createPostgresTestDatabase();
});

afterAll(async () => {
  for (const storage of storages) await storage.close();
  await database?.drop();
});

/** One app server: its own pool, storage, directory and engine on the shared database. */
async function server(messaging?: MemoryMessaging) {
  const storage = await createPostgresStorage({ connectionString: database.url });
  storages.push(storage);
  const directory = await createSqlDirectory({ db: storage, hasher });
  // A seed of its own: two servers must not draw the same tokens; one messaging for both.
  const testbed = createTestEngine({
    storage,
    directory,
    hasher,
    seed: storages.length,
    channels: ['sms', 'email'],
    policy: { methods: ['mobileSms', 'email'] },
    sms: messaging?.sms,
    email: messaging?.email,
  });
  return { ...testbed, storage, directory };
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
