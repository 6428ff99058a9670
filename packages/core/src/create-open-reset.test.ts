import { describe, expect, it } from 'vitest';
import { createOpenReset, type OpenResetOptions } from './create-open-reset.js';
import { InvalidPolicyError } from './errors.js';
import { createMemoryDirectory } from './memory/memory-directory.js';
import { createTestEngine, type TestEngineOptions } from './testing/test-engine.js';

const admin = { kind: 'admin', id: 'admin-1' } as const;

function setup(overrides: TestEngineOptions = {}) {
  return createTestEngine({ users: [], seed: 7, ...overrides });
}

describe('createOpenReset', () => {
  it('refuses to start without storage or a directory', () => {
    const { storage, hasher } = setup();
    expect(() => createOpenReset({ storage } as OpenResetOptions)).toThrow(TypeError);
    expect(() => createOpenReset({ directory: {} } as OpenResetOptions)).toThrow(TypeError);
    const directory = createMemoryDirectory({ users: [], hasher });
    expect(() => createOpenReset({ storage, directory } as unknown as OpenResetOptions)).toThrow(
      TypeError,
    );
    expect(() =>
      createOpenReset({ storage, directory, keys: [{ id: 'k', secret: 'short' }] }),
    ).toThrow(TypeError);
  });

  it('refuses an invalid default policy with invalid_policy', () => {
    expect(() => setup({ policy: { gatesRequired: 3 } })).toThrow(InvalidPolicyError);
  });

  it('fails closed on a stored policy an older version accepted, until an admin saves a valid one', async () => {
    const { engine, storage } = setup();
    // Saved by a version that had a method since withdrawn: parsing it now fails.
    await storage.policies.save(
      {
        tenantId: 'default',
        policy: { methods: ['email', 'fax'], gatesRequired: 2 },
        revision: 1,
        updatedAt: new Date('2026-01-01T00:00:00Z'),
      },
      null,
    );
    const state = await engine.admin.getPolicy();
    expect(state).toMatchObject({ revision: 1, policy: { enabled: 'none' } });
    expect(state.storedIssues?.map((issue) => issue.path)).toContain('methods.1');
    await expect(engine.recovery.start({ identifier: 'someone' })).resolves.toMatchObject({
      state: 'choose_method',
    });
    const saved = await engine.admin.updatePolicy({ gatesRequired: 1 }, admin, {
      expectedRevision: 1,
    });
    expect(saved.revision).toBe(2);
    const repaired = await engine.admin.getPolicy();
    expect(repaired.storedIssues).toBeUndefined();
    expect(repaired.policy.enabled).toBe('all');
  });

  it('serves the default policy until an admin saves one', async () => {
    const { engine } = setup({ policy: { reconfirmDays: 90 } });
    const state = await engine.admin.getPolicy();
    expect(state.revision).toBe(0);
    expect(state.policy.reconfirmDays).toBe(90);
  });

  it('saves a policy, audits old and new values, and then applies it', async () => {
    const { engine } = setup();
    const saved = await engine.admin.updatePolicy({ password: { minLength: 16 } }, admin, {
      expectedRevision: 0,
      ip: '192.0.2.1',
    });
    expect(saved.revision).toBe(1);
    expect((await engine.admin.getPolicy()).policy.password.minLength).toBe(16);

    const { events } = await engine.audit.query({ tenantId: 'default', limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'policy.changed',
      tenantId: 'default',
      actor: admin,
      result: 'success',
      time: '2026-11-24T10:00:00.000Z',
      ip: '192.0.2.1',
      before: { password: { minLength: 12 } },
      after: { password: { minLength: 16 } },
    });

    const check = await engine.checkPassword('fifteen chars!!', {});
    expect(check.issues).toContainEqual({ code: 'too_short', minimum: 16, length: 15 });
  });

  it('refuses a stale revision with conflict and keeps the stored policy', async () => {
    const { engine } = setup();
    await engine.admin.updatePolicy({ reconfirmDays: 30 }, admin);
    const stale = engine.admin.updatePolicy({ reconfirmDays: 60 }, admin, { expectedRevision: 0 });
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect((await engine.admin.getPolicy()).policy.reconfirmDays).toBe(30);
  });

  it('stores and audits nothing for an invalid policy', async () => {
    const { engine, storage } = setup();
    await expect(engine.admin.updatePolicy({ reconfirmDays: 731 }, admin)).rejects.toMatchObject({
      code: 'invalid_policy',
    });
    expect(await storage.policies.get('default')).toBeNull();
    expect((await engine.audit.query({ tenantId: 'default', limit: 10 })).events).toEqual([]);
  });

  it('parses a stored policy once per revision, and sees a save from another server at once', async () => {
    const { engine, storage } = setup();
    await engine.admin.updatePolicy({ codeLength: 7 }, admin);
    const first = await engine.admin.getPolicy();
    // Read again, unchanged: the parsed policy is the one already made.
    expect((await engine.admin.getPolicy()).policy).toBe(first.policy);
    // Another server saves revision 2 straight into the shared storage.
    const saved = await storage.policies.save(
      {
        tenantId: 'default',
        policy: { codeLength: 8 },
        revision: 2,
        updatedAt: new Date('2026-11-24T10:05:00Z'),
      },
      1,
    );
    expect(saved).toBe(true);
    const after = await engine.admin.getPolicy();
    expect(after).toMatchObject({ revision: 2, policy: { codeLength: 8 } });
    expect(after.policy).not.toBe(first.policy);
  });

  it('keeps tenants apart', async () => {
    const { engine } = setup();
    await engine.admin.updatePolicy({ codeLength: 8 }, admin, { tenantId: 'acme' });
    expect((await engine.admin.getPolicy('acme')).policy.codeLength).toBe(8);
    expect((await engine.admin.getPolicy()).policy.codeLength).toBe(6);
  });

  it('serves its services over HTTP under the configured prefix', async () => {
    const { engine } = setup({ http: { basePath: '/api' } });
    await engine.admin.updatePolicy({ branding: { orgName: 'Contoso' } }, admin);
    const response = await engine.handler(new Request('http://localhost/api/config'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ branding: { orgName: 'Contoso' } });
    expect((await engine.handler(new Request('http://localhost/config'))).status).toBe(404);
  });

  it('reports directory health', async () => {
    const { engine } = setup();
    expect(await engine.admin.directoryStatus()).toMatchObject({ connected: true });
  });
});
