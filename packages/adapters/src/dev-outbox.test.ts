import { createDevOutbox } from '@openreset/adapters/dev-outbox';
import { describe, expect, it } from 'vitest';

describe('dev outbox', () => {
  it('keeps what each channel delivered, newest first, with the codes visible', async () => {
    const outbox = createDevOutbox();
    await outbox.sms.send({ to: '+31612345678', text: 'Code 111111', locale: 'en' });
    await outbox.voice.call({
      to: '+31612345678',
      code: '222222',
      intro: 'Your code is',
      locale: 'en',
    });
    await outbox.email.send({
      to: 'a@example.com',
      subject: 'S',
      text: 'Code 333333',
      html: '<p>333333</p>',
      locale: 'en',
    });
    expect(outbox.list().map((message) => message.channel)).toEqual(['email', 'voice', 'sms']);
    const voice = outbox.list()[1];
    expect(voice?.channel === 'voice' && voice.message.code).toBe('222222');
  });

  it('keeps at most `limit` messages, drops the oldest, and clears', async () => {
    const outbox = createDevOutbox({ limit: 2 });
    for (const text of ['one', 'two', 'three']) {
      await outbox.sms.send({ to: '+31612345678', text, locale: 'en' });
    }
    expect(
      outbox.list().map((message) => message.channel === 'sms' && message.message.text),
    ).toEqual(['three', 'two']);
    outbox.clear();
    expect(outbox.list()).toEqual([]);
    expect(() => createDevOutbox({ limit: 0 })).toThrow(TypeError);
  });

  it('returns copies that callers cannot change', async () => {
    const outbox = createDevOutbox();
    const message = { to: '+31612345678', text: 'original', locale: 'en' } as const;
    await outbox.sms.send({ ...message });
    const [first] = outbox.list();
    if (first?.channel === 'sms') first.message.text = 'changed';
    const [again] = outbox.list();
    expect(again?.channel === 'sms' && again.message.text).toBe('original');
  });
});
