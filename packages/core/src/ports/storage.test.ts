import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { checkNextRevision } from './storage.js';

describe('checkNextRevision', () => {
  it('accepts the next revision: 1 for a first save, expected + 1 after', () => {
    expect(() => checkNextRevision('policy', 1, null)).not.toThrow();
    expect(() => checkNextRevision('policy', 5, 4)).not.toThrow();
  });

  it('refuses any other, naming the record and both revisions', () => {
    expect(() => checkNextRevision('registration', 2, null)).toThrow(
      new TypeError('registration.revision must be 1, got 2'),
    );
    expect(() => checkNextRevision('policy', 4, 4)).toThrow('policy.revision must be 5, got 4');
  });

  it('guards the memory stores before they write', async () => {
    const storage = createMemoryStorage();
    const policy = { tenantId: 't1', policy: {}, revision: 3, updatedAt: new Date(0) };
    await expect(storage.policies.save(policy, null)).rejects.toThrow(TypeError);
    expect(await storage.policies.get('t1')).toBeNull();
  });
});
