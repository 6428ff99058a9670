// The reset report's method and user filters over real SQLite and PostgreSQL audit stores:
// the same rows, totals and paging as in memory (core's report-filters.test.ts).
import type { Storage } from '@openreset/core';
import { createTestEngine } from '@openreset/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type OpenShared, sharedSqlDatabases } from './testing/shared-sql-database.js';

const databases = sharedSqlDatabases();

afterAll(() => databases.cleanup());

/** Each backend's storage: a SQLite file, and a PostgreSQL database of this file's own. */
const BACKENDS: [string, () => Promise<OpenShared>][] = [
  ['SQLite', async () => databases.sqliteFile()],
  ['PostgreSQL', () => databases.postgresDatabase()],
];

/** Alice resets by SMS, then by email, erin by SMS, alice by SMS again; one minute apart. */
async function seed(storage: Storage) {
  const testbed = createTestEngine({ storage, policy: { methods: ['mobileSms', 'email'] } });
  const { engine, codeSentTo, clock } = testbed;
  const runs: [string, string, string][] = [
    ['alice', 'mobileSms', '+31612345678'],
    ['alice', 'email', 'alice.private@example.net'],
    ['erin', 'mobileSms', '+31611112222'],
    ['alice', 'mobileSms', '+31612345678'],
  ];
  for (const [index, [identifier, type, contact]] of runs.entries()) {
    const flow = await engine.recovery.start({ identifier });
    const methodId = flow.methods.find((method) => method.type === type)?.id ?? '';
    await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: contact });
    const code = await codeSentTo(contact);
    await engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
    await engine.recovery.complete({
      flowToken: flow.flowToken,
      newPassword: `violet harbour quantum teapots ${index}`,
    });
    clock.advance(60_000);
  }
  return testbed;
}

describe('reset report filters on SQL audit stores', () => {
  for (const [name, create] of BACKENDS) {
    it(`${name}: method and user filter before paging`, async () => {
      const storage = await (await create())();
      const { engine, clock } = await seed(storage);
      const range = { from: new Date(clock.now().getTime() - 3_600_000), to: clock.now() };
      const email = await engine.reports.resetActivity({ ...range, method: 'email' });
      expect(email.rows.map((row) => [row.userId, row.methods])).toEqual([['u-alice', ['email']]]);
      expect(email.totals.byResult.Succeeded).toBe(1);
      const erin = await engine.reports.resetActivity({ ...range, userId: 'u-erin' });
      expect(erin.rows.map((row) => row.userId)).toEqual(['u-erin']);
      const query = { ...range, method: 'mobileSms' as const, userId: 'u-alice', limit: 1 };
      const first = await engine.reports.resetActivity(query);
      expect(first.rows).toHaveLength(1);
      expect(first.nextCursor).not.toBeNull();
      const second = await engine.reports.resetActivity({
        ...query,
        cursor: first.nextCursor ?? '',
      });
      expect(second.rows).toHaveLength(1);
      expect(second.nextCursor).toBeNull();
      expect(second.rows[0]?.flowId).not.toBe(first.rows[0]?.flowId);
      expect(first.totals.byResult.Succeeded).toBe(2);
    });
  }
});
