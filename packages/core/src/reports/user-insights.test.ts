import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../policy/policy-schema.js';
import type { Directory } from '../ports/directory.js';
import { createTestEngine } from '../testing/test-engine.js';

const POLICY: PolicyInput = { methods: ['mobileSms', 'email'] };

describe('reports.users (usage & insights over every user)', () => {
  it('lists users who never registered when the directory can list, with totals by method', async () => {
    // Two gates: erin's one phone is not enough; alice and admin have a phone and an address.
    const { engine } = createTestEngine({ policy: { ...POLICY, gatesRequired: 2 } });
    const page = await engine.reports.users();
    expect(page.users.map((user) => user.id)).toEqual(['u-admin', 'u-alice', 'u-erin']);
    expect(page.users.find((user) => user.id === 'u-erin')).toMatchObject({
      registered: false,
      enabled: true,
      capable: false,
      methods: ['mobile'],
      lockedOut: false,
      disabled: false,
    });
    expect(page.totals).toEqual({
      users: 3,
      registered: 2,
      enabled: 3,
      capable: 2,
      byMethod: { mobile: 3, email: 2 },
    });
  });

  it('falls back to the users with stored recovery data when the directory cannot list', async () => {
    const testbed = createTestEngine({ policy: POLICY });
    const { listUsers: _, ...unlisted } = testbed.directory;
    const { engine, storage } = createTestEngine({
      policy: POLICY,
      storage: testbed.storage,
      directory: unlisted as Directory,
    });
    expect((await engine.reports.users()).users).toEqual([]);
    await engine.helpdesk.setContact(
      'u-erin',
      { email: 'erin@home.example' },
      { actor: { kind: 'admin', id: 'u-admin' } },
    );
    const page = await engine.reports.users({ search: 'ERIN' });
    expect(page.users.map((user) => user.id)).toEqual(['u-erin']);
    expect(page.totals.users).toBe(1);
    expect(page.users[0]?.registered).toBe(true);
    expect(await storage.registrations.list('default', { limit: 10 })).toHaveLength(1);
  });

  it('refuses a cursor of another report', async () => {
    const { engine } = createTestEngine({ policy: POLICY });
    const admin = { actor: { kind: 'admin' as const, id: 'u-admin' } };
    for (const id of ['u-alice', 'u-erin']) {
      await engine.helpdesk.setContact(id, { office: '+31201234567' }, admin);
    }
    const usage = await engine.reports.usage({ limit: 1 });
    expect(usage.nextCursor).not.toBeNull();
    await expect(
      engine.reports.users({ cursor: usage.nextCursor as string }),
    ).rejects.toMatchObject({ code: 'invalid_cursor' });
  });
});
