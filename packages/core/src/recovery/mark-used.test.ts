import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { Storage, UserRegistration } from '../ports/storage.js';
import { markUsed } from './mark-used.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const LATER = new Date('2026-11-24T11:00:00Z');
const TARGET = { tenantId: 'default', userId: 'u-alice', methodId: 'a1' };

async function withRegistration(): Promise<Storage> {
  const storage = createMemoryStorage();
  const record: UserRegistration = {
    tenantId: 'default',
    userId: 'u-alice',
    revision: 1,
    reconfirmedAt: NOW,
    updatedAt: NOW,
    methods: [
      { id: 'a1', kind: 'authenticator', createdAt: NOW, verifiedAt: NOW, name: 'Phone' },
      { id: 'q', kind: 'securityQuestions', createdAt: NOW, verifiedAt: NOW, answers: [] },
    ],
  };
  await storage.registrations.save(record, null);
  return storage;
}

/** `storage` whose registration saves lose the compare-and-set `losses` times first. */
function losing(storage: Storage, losses: number): Storage & { saves: number } {
  const wrapped = {
    ...storage,
    saves: 0,
    registrations: {
      ...storage.registrations,
      save: (record: UserRegistration, expected: number) => {
        wrapped.saves += 1;
        return wrapped.saves <= losses
          ? Promise.resolve(false)
          : storage.registrations.save(record, expected);
      },
    },
  };
  return wrapped;
}

describe('markUsed', () => {
  it('records the change on that method only, with a new revision and update time', async () => {
    const storage = await withRegistration();
    await markUsed(storage, TARGET, { lastUsedAt: LATER }, LATER);
    const saved = await storage.registrations.get('default', 'u-alice');
    expect(saved?.revision).toBe(2);
    expect(saved?.updatedAt).toEqual(LATER);
    expect(saved?.methods.find((m) => m.id === 'a1')?.lastUsedAt).toEqual(LATER);
    expect(saved?.methods.find((m) => m.id === 'q')?.lastUsedAt).toBeUndefined();
  });

  it('tries again when a concurrent save won, up to three times, then says conflict', async () => {
    const twice = losing(await withRegistration(), 2);
    await markUsed(twice, TARGET, { lastUsedAt: LATER }, LATER);
    expect(twice.saves).toBe(3);
    expect((await twice.registrations.get('default', 'u-alice'))?.revision).toBe(2);

    const always = losing(await withRegistration(), 3);
    await expect(markUsed(always, TARGET, { lastUsedAt: LATER }, LATER)).rejects.toMatchObject({
      code: 'conflict',
      message: 'The registration changed meanwhile; try again',
    });
    expect(always.saves).toBe(3);
  });

  it('leaves a removed method and a missing registration alone', async () => {
    const storage = losing(await withRegistration(), 0);
    await markUsed(storage, { ...TARGET, methodId: 'gone' }, { lastUsedAt: LATER }, LATER);
    await markUsed(storage, { ...TARGET, userId: 'u-nobody' }, { lastUsedAt: LATER }, LATER);
    expect(storage.saves).toBe(0);
    expect((await storage.registrations.get('default', 'u-alice'))?.revision).toBe(1);
  });
});
