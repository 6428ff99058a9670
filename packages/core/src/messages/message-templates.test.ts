import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { verifyAliceBySms } from '../testing/sms-reset-testbed.js';
import { createTestEngine } from '../testing/test-engine.js';
import { messageCatalogs } from './message-catalog.js';
import { checkMessageTemplates, MessageTemplateError } from './message-templates.js';
import { renderCodeMessage, renderNotice } from './render-messages.js';

const ATTACK = '<img src=x onerror=alert(1)>';

describe('message templates', () => {
  it("sends the host's SMS text per locale, and the shipped text for other locales", async () => {
    const testbed = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email'],
        codeTtlMinutes: 10,
        branding: { orgName: 'Acme' },
      },
      messages: { en: { smsCode: '{org} code {code} (valid {minutes})' } },
    });
    const { code } = await verifyAliceBySms(testbed);
    const sms = testbed.messaging.sent.find((sent) => sent.channel === 'sms');
    expect(sms?.message).toMatchObject({ text: `Acme code ${code} (valid 10 minutes)` });

    const dutch = renderCodeMessage({
      channel: 'sms',
      to: '+31612345678',
      code: '123456',
      minutes: 5,
      locale: 'nl',
      branding: parsePolicy({}).branding,
      templates: checkMessageTemplates({ en: { smsCode: 'x {code}' } }),
    });
    expect(dutch.text).toBe(
      messageCatalogs.nl.smsCode
        .replace('{org}', parsePolicy({}).branding.orgName)
        .replace('{code}', '123456')
        .replace('{minutes}', '5 minuten'),
    );
  });

  it('escapes an override and the values that fill it in the HTML body: no markup gets in', () => {
    const templates = checkMessageTemplates({
      en: {
        footer: '<b>{org}</b> sent this.',
        resetNoticeBody: 'Reset of {org} at {time} <a href="https://evil.example">here</a>',
      },
    });
    const branding = { ...parsePolicy({}).branding, orgName: ATTACK };
    const email = renderCodeMessage({
      channel: 'email',
      to: 'alice@example.com',
      code: '123456',
      minutes: 5,
      locale: 'en',
      branding,
      templates,
    });
    const notice = renderNotice({
      kind: 'reset',
      to: 'alice@example.com',
      locale: 'en',
      branding,
      helpdesk: {},
      user: ATTACK,
      time: new Date('2026-11-24T10:00:00Z'),
      templates,
    });
    for (const html of [email.html, notice.html]) {
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).not.toContain('<a href="https://evil');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(email.html).toContain(
      '&lt;b&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/b&gt; sent this.',
    );
    expect(email.text).toContain(`<b>${ATTACK}</b> sent this.`);
  });

  it.each([
    [{ xx: { smsCode: '{code}' } }, 'unknown_locale', 'xx'],
    [{ en: { smsCod: '{code}' } }, 'unknown_template', 'en.smsCod'],
    [{ en: { smsCode: '{code} for {user}' } }, 'unknown_variable', 'en.smsCode'],
    // Lock screens show subjects: the code can never be put into one.
    [{ de: { emailCodeSubject: 'Code {code}' } }, 'unknown_variable', 'de.emailCodeSubject'],
    [{ en: { smsCode: 'Your code is below' } }, 'missing_variable', 'en.smsCode'],
    [{ en: { footer: ' ' } }, 'invalid_template', 'en.footer'],
    [{ en: { footer: 42 } }, 'invalid_template', 'en.footer'],
  ])('refuses %j at engine creation with %s', (messages, code, path) => {
    let thrown: unknown;
    try {
      createTestEngine({ messages: messages as never });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MessageTemplateError);
    expect(thrown).toMatchObject({ code, path });
  });

  it('refuses templates that are not objects with a TypeError', () => {
    expect(() => checkMessageTemplates(null)).toThrow(TypeError);
    expect(() => checkMessageTemplates([])).toThrow(TypeError);
    expect(() => checkMessageTemplates({ en: 'text' })).toThrow(TypeError);
  });
});
