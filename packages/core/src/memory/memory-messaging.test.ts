import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../ports/messaging.js';
import { createMemoryMessaging } from './memory-messaging.js';

const sms = { to: '+31612345678', text: 'Your code is 123456', locale: 'en' as const };
const voice = { to: '+31612345678', code: '654321', intro: 'Your code is', locale: 'nl' as const };
const email = {
  to: 'a@example.com',
  subject: 'Code',
  text: 'Code 111222',
  html: '<p>Code 111222</p>',
  locale: 'de' as const,
};

describe('createMemoryMessaging', () => {
  it('records every delivery in order with its channel and a provider id', async () => {
    const messaging = createMemoryMessaging();
    expect(await messaging.sms.send(sms)).toEqual({ providerMessageId: 'memory-1' });
    await messaging.email.send(email);
    await messaging.voice.call(voice);
    expect(messaging.sent).toEqual([
      { channel: 'sms', message: sms, providerMessageId: 'memory-1' },
      { channel: 'email', message: email, providerMessageId: 'memory-2' },
      { channel: 'voice', message: voice, providerMessageId: 'memory-3' },
    ]);
  });

  it('fails the next deliveries on a channel with the given codes, recording nothing', async () => {
    const messaging = createMemoryMessaging();
    messaging.failNext('sms', 'unavailable');
    messaging.failNext('sms', 'invalid_recipient');
    await messaging.email.send(email);
    const first = await messaging.sms.send(sms).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(DeliveryError);
    expect(first).toMatchObject({ code: 'unavailable', retryable: true });
    await expect(messaging.sms.send(sms)).rejects.toMatchObject({
      code: 'invalid_recipient',
      retryable: false,
    });
    await messaging.sms.send(sms);
    expect(messaging.sent.map((sent) => sent.channel)).toEqual(['email', 'sms']);
  });

  it('keeps a copy, so later changes to a message do not show', async () => {
    const messaging = createMemoryMessaging();
    const message = { ...sms };
    await messaging.sms.send(message);
    message.text = 'changed';
    expect(messaging.sent[0]?.message).toEqual(sms);
  });

  it('throws a TypeError for an unknown channel', () => {
    const messaging = createMemoryMessaging();
    expect(() => messaging.failNext('fax' as 'sms', 'unavailable')).toThrow(TypeError);
  });
});
