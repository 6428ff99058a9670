import { describe, expect, it } from 'vitest';
import { storageConformance } from '../testing/storage-conformance.js';
import { createMemoryStorage } from './memory-storage.js';

describe('createMemoryStorage', () => {
  describe('conformance', () => {
    for (const c of storageConformance(async () => createMemoryStorage())) it(c.name, c.run);
  });

  const flow = {
    tenantId: 'default',
    id: 'flow-1',
    intent: 'reset' as const,
    state: 'started',
    machineVersion: 1,
    revision: 1,
    userId: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    expiresAt: new Date(1000),
    data: {},
  };

  it('throws a TypeError when an update does not advance the revision by one', async () => {
    const storage = createMemoryStorage();
    await storage.flows.create(flow);
    await expect(storage.flows.update({ ...flow, revision: 1 }, 1)).rejects.toThrow(TypeError);
  });

  it('throws a TypeError when a save does not carry the next revision', async () => {
    const storage = createMemoryStorage();
    const policy = { tenantId: 'default', policy: {}, revision: 2, updatedAt: new Date(0) };
    await expect(storage.policies.save(policy, null)).rejects.toThrow(TypeError);
    await expect(
      storage.registrations.save(
        {
          tenantId: 'default',
          userId: 'u',
          revision: 5,
          methods: [],
          reconfirmedAt: null,
          updatedAt: new Date(0),
        },
        1,
      ),
    ).rejects.toThrow(TypeError);
  });

  it('throws a TypeError for a limit outside 1 to 1000', async () => {
    const storage = createMemoryStorage();
    await expect(storage.audit.query({ tenantId: 'default', limit: 0 })).rejects.toThrow(TypeError);
    await expect(storage.registrations.list('default', { limit: 1001 })).rejects.toThrow(TypeError);
    await expect(
      storage.flows.listExpired({ before: new Date(0), states: [], limit: 0 }),
    ).rejects.toThrow(TypeError);
  });

  it('throws a TypeError for a counter window that is not a positive integer', async () => {
    const storage = createMemoryStorage();
    await expect(
      storage.counters.increment('k', { windowMs: 0, now: new Date(0) }),
    ).rejects.toThrow(TypeError);
  });

  it('keeps the stores of two storages apart', async () => {
    const first = createMemoryStorage();
    const second = createMemoryStorage();
    await first.flows.create(flow);
    expect(await second.flows.get('default', 'flow-1')).toBeNull();
  });
});
