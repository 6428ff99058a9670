import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { Locale } from '../policy/policy-schema.js';
import type { EmailMessage, SmsMessage, VoiceMessage } from '../ports/messaging.js';
import { messageCatalogs } from './message-catalog.js';
import { renderCodeMessage, renderNotice } from './render-messages.js';

const policy = parsePolicy({});
const branding = { ...policy.branding, orgName: 'Acme' };
const TIME = new Date('2030-03-05T14:07:00Z');
const base = { to: 'ann@example.com', code: '482913', minutes: 5, locale: 'en' as const, branding };

const notice = (overrides: Partial<Parameters<typeof renderNotice>[0]> = {}) =>
  renderNotice({
    kind: 'reset',
    to: 'ann@example.com',
    locale: 'en',
    branding,
    helpdesk: {},
    user: 'Ann Smith',
    time: TIME,
    ...overrides,
  });

describe('renderCodeMessage', () => {
  it('renders an SMS with the org, code and lifetime', () => {
    const sms: SmsMessage = renderCodeMessage({ ...base, channel: 'sms', to: '+31612345678' });
    expect(sms).toEqual({
      to: '+31612345678',
      text: 'Your Acme verification code is 482913. It expires in 5 minutes. Do not share it with anyone.',
      locale: 'en',
    });
    expect(renderCodeMessage({ ...base, channel: 'sms', minutes: 1 }).text).toContain(
      'in 1 minute.',
    );
  });

  it('ends an SMS with the origin-bound line only when an origin host is given', () => {
    const sms = renderCodeMessage({ ...base, channel: 'sms', originHost: 'Login.Example.com' });
    const lines = sms.text.split('\n');
    expect(lines.at(-1)).toBe('@login.example.com #482913');
    expect(lines.at(-2)).toBe('');
    expect(renderCodeMessage({ ...base, channel: 'sms' }).text).not.toContain('@');
    for (const originHost of [
      'https://example.com',
      'example.com:443',
      'a b',
      'ex\nample.com',
      '',
    ]) {
      expect(() => renderCodeMessage({ ...base, channel: 'sms', originHost })).toThrow(TypeError);
    }
  });

  it('renders a voice call with a localized intro and the bare code', () => {
    const voice: VoiceMessage = renderCodeMessage({
      ...base,
      channel: 'voice',
      to: '+31201234567',
      locale: 'nl',
    });
    expect(voice).toEqual({
      to: '+31201234567',
      code: '482913',
      intro: 'Hallo, dit is Acme. Je verificatiecode is',
      locale: 'nl',
    });
  });

  it('renders an email with the code in both bodies but not in the subject', () => {
    const email: EmailMessage = renderCodeMessage({ ...base, channel: 'email' });
    expect(email.to).toBe('ann@example.com');
    expect(email.subject).toBe('Your Acme verification code');
    expect(email.text).toContain('482913');
    expect(email.text).toContain('The code expires in 5 minutes.');
    expect(email.text).toContain('If you did not ask for this code');
    expect(email.html).toContain('>482913</p>');
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toContain(branding.primaryColor);
    expect(email.html).not.toMatch(/<table/i);
    expect(email.html).not.toContain('<img');
  });

  it('shows the logo when the branding has one', () => {
    const email = renderCodeMessage({
      ...base,
      channel: 'email',
      branding: { ...branding, logoUrl: 'https://cdn.example.com/logo.png?a=1&b="2"' },
    });
    expect(email.html).toContain(
      '<img src="https://cdn.example.com/logo.png?a=1&amp;b=%222%22" alt="Acme"',
    );
    const unsafe = renderCodeMessage({
      ...base,
      channel: 'email',
      branding: { ...branding, logoUrl: 'javascript:alert(1)' },
    });
    expect(unsafe.html).not.toContain('<img');
  });

  it('escapes a script in the org name everywhere in the HTML', () => {
    const evil = { ...branding, orgName: '<script>alert("x")</script> & Co' };
    const email = renderCodeMessage({ ...base, channel: 'email', branding: evil });
    expect(email.html).not.toContain('<script');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    // The text body is not HTML: it keeps the name as written.
    expect(email.text).toContain('<script>alert("x")</script> & Co');
    for (const notice of ['reset', 'unlock', 'admin_reset'] as const) {
      const html = renderNotice({
        kind: notice,
        to: 'ann@example.com',
        locale: 'fr',
        branding: evil,
        helpdesk: {},
        user: '<img src=x onerror=alert(1)>',
        time: TIME,
      }).html;
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img src=x');
    }
  });

  it('never lets CR or LF in the org name reach a subject', () => {
    const evil = { ...branding, orgName: 'Acme\r\nBcc: victim@example.com\r\n\r\nHi' };
    const subjects = [
      renderCodeMessage({ ...base, channel: 'email', branding: evil }).subject,
      ...(['reset', 'unlock', 'admin_reset'] as const).map(
        (kind) => notice({ kind, branding: evil, user: 'Eve\nX-Header: 1' }).subject,
      ),
    ];
    for (const subject of subjects) {
      expect(subject).not.toMatch(/[\r\n]/);
      expect(subject).toContain('Acme Bcc: victim@example.com Hi');
    }
    const sms = renderCodeMessage({ ...base, channel: 'sms', branding: evil });
    expect(sms.text).not.toMatch(/[\r\n]/);
  });

  it('refuses bad input without repeating the code or the address', () => {
    const cases = [
      { ...base, channel: 'sms' as const, code: '12 3456' },
      { ...base, channel: 'sms' as const, code: '' },
      { ...base, channel: 'email' as const, to: 'ann@example.com\r\nBcc: x@example.com' },
      { ...base, channel: 'email' as const, to: '' },
      { ...base, channel: 'sms' as const, minutes: 0 },
      { ...base, channel: 'sms' as const, minutes: 2.5 },
      { ...base, channel: 'sms' as const, locale: 'xx' as Locale },
      { ...base, channel: 'fax' as 'sms' },
    ];
    for (const input of cases) {
      let error: unknown;
      try {
        renderCodeMessage(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).not.toContain('482913');
      expect(String(error)).not.toContain('ann@example.com');
    }
  });

  for (const locale of Object.values(Locale)) {
    it(`renders every code message in ${locale}`, () => {
      const catalog = messageCatalogs[locale];
      const sms = renderCodeMessage({ ...base, channel: 'sms', locale });
      const voice = renderCodeMessage({ ...base, channel: 'voice', locale });
      const email = renderCodeMessage({ ...base, channel: 'email', locale });
      expect(sms.locale).toBe(locale);
      expect(sms.text).toContain('482913');
      expect(sms.text).toContain('Acme');
      expect(sms.text).not.toMatch(/\{\w+\}/);
      expect(voice.intro).toBe(catalog.voiceIntro.replace('{org}', 'Acme'));
      expect(email.subject).toBe(catalog.emailCodeSubject.replace('{org}', 'Acme'));
      expect(email.html).toContain(`<html lang="${locale}">`);
      for (const body of [email.text, email.html]) expect(body).not.toMatch(/\{\w+\}/);
    });
  }
});

describe('renderNotice', () => {
  it('tells the user about a reset and how to reach the helpdesk', () => {
    const email = notice({
      helpdesk: { email: 'help@example.com', url: 'https://help.example.com/reset' },
    });
    expect(email.subject).toBe('Your Acme password was reset');
    expect(email.text).toContain('Hello Ann Smith,');
    expect(email.text).toContain('reset on March 5, 2030 at 2:07');
    expect(email.text).toContain('UTC');
    expect(email.text).toContain(
      'If this was not you, contact help@example.com (https://help.example.com/reset) right away.',
    );
    expect(email.html).toContain('<a href="mailto:help@example.com"');
    expect(email.html).toContain('<a href="https://help.example.com/reset"');
  });

  it('falls back to "contact your administrator" without a helpdesk', () => {
    const email = notice({ kind: 'unlock' });
    expect(email.subject).toBe('Your Acme account was unlocked');
    expect(email.text).toContain('If this was not you, contact your administrator right away.');
    expect(email.html).not.toContain('<a ');
    expect(
      notice({ kind: 'unlock', helpdesk: { url: 'https://help.example.com' } }).text,
    ).toContain('contact https://help.example.com/ right away.');
  });

  it('names the admin and the time in the admin notice', () => {
    for (const locale of Object.values(Locale)) {
      const email = notice({ kind: 'admin_reset', user: 'Bob Admin', locale });
      const time = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }).format(TIME);
      expect(email.subject).toContain('Bob Admin');
      expect(email.text).toContain(
        messageCatalogs[locale].adminNoticeBody
          .replace('{user}', 'Bob Admin')
          .replace('{time}', time),
      );
      expect(email.html).toContain('Bob Admin');
      expect(email.text).toContain('2030');
      // Other admins get a pointer to the report, not "if this was not you".
      expect(email.text).not.toContain(messageCatalogs[locale].notYouAdmin);
    }
    expect(notice({ kind: 'admin_reset', user: 'Bob Admin' }).text).toContain(
      'Bob Admin reset their own password on March 5, 2030 at 2:07',
    );
  });

  for (const locale of Object.values(Locale)) {
    it(`renders every notice in ${locale}`, () => {
      for (const kind of ['reset', 'unlock', 'admin_reset'] as const) {
        const email = notice({ kind, locale, helpdesk: { email: 'help@example.com' } });
        expect(email.locale).toBe(locale);
        expect(email.subject).toContain('Acme');
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.html).toContain(`<html lang="${locale}">`);
        for (const body of [email.subject, email.text, email.html]) {
          expect(body).not.toMatch(/\{\w+\}/);
        }
        if (kind !== 'admin_reset') expect(email.text).toContain('help@example.com');
      }
    });
  }

  it('refuses an invalid time, kind, user or recipient', () => {
    expect(() => notice({ time: new Date(Number.NaN) })).toThrow(TypeError);
    expect(() => notice({ kind: 'other' as 'reset' })).toThrow(TypeError);
    expect(() => notice({ to: 'a@example.com, b@example.com' })).toThrow(TypeError);
    expect(() => notice({ user: ' \n ' })).toThrow(TypeError);
  });
});
