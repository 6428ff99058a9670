import { describe, expect, it } from 'vitest';
import { createKeyring } from '../crypto/keyring.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import { createOutboxWriter } from './create-outbox-writer.js';
import type { OutboxPayload } from './outbox-payload.js';

const payload: OutboxPayload = {
  channel: 'sms',
  message: { to: '+31612345678', text: '482913 is your code', locale: 'nl' },
  target: { userId: 'u1', username: 'alice', role: 'user' },
};

function setup() {
  const storage = createMemoryStorage();
  const clock = createFakeClock(new Date('2030-01-01T00:00:00Z'));
  const random = createSeededRandom(3);
  const keyring = createKeyring([{ id: 'k1', secret: 'k'.repeat(32) }], { random });
  const writer = createOutboxWriter({ store: storage.outbox, keyring, clock, random });
  return { storage, clock, keyring, writer };
}

describe('createOutboxWriter', () => {
  it('stores a pending message with the payload sealed and the channel in the clear', async () => {
    const { storage, keyring, writer } = setup();
    const id = await writer.enqueue({
      tenantId: 'default',
      purpose: 'code',
      correlationId: 'flow-1',
      payload,
    });
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const record = await storage.outbox.get('default', id);
    expect(record).toMatchObject({
      id,
      tenantId: 'default',
      channel: 'sms',
      purpose: 'code',
      correlationId: 'flow-1',
      status: 'pending',
      attempts: 0,
      createdAt: new Date('2030-01-01T00:00:00Z'),
    });
    const sealed = record?.payload ?? '';
    expect(sealed.startsWith('k1.')).toBe(true);
    expect(sealed).not.toContain('482913');
    expect(sealed).not.toContain('+31612345678');
    expect(JSON.parse((await keyring.open(sealed)) ?? 'null')).toEqual(payload);
  });

  it('gives every message its own id', async () => {
    const { writer } = setup();
    const entry = { tenantId: 't', purpose: 'code', correlationId: 'c', payload };
    const ids = await Promise.all(Array.from({ length: 20 }, () => writer.enqueue(entry)));
    expect(new Set(ids).size).toBe(20);
  });

  it('refuses empty names and unknown channels with a TypeError that names no secret', async () => {
    const { writer } = setup();
    const entry = { tenantId: 't', purpose: 'code', correlationId: 'c', payload };
    await expect(writer.enqueue({ ...entry, tenantId: '' })).rejects.toBeInstanceOf(TypeError);
    await expect(writer.enqueue({ ...entry, purpose: '' })).rejects.toBeInstanceOf(TypeError);
    await expect(writer.enqueue({ ...entry, correlationId: '' })).rejects.toBeInstanceOf(TypeError);
    const error = await writer
      .enqueue({ ...entry, payload: { ...payload, channel: 'fax' } as unknown as OutboxPayload })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain('482913');
    expect(String(error)).not.toContain('+31612345678');
  });
});
