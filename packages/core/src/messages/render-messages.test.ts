import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { Locale } from '../policy/policy-schema.js';
import type { EmailMessage, SmsMessage, VoiceMessage } from '../ports/messaging.js';
import { RecoveryMethodKind } from '../ports/storage.js';
import { messageCatalogs } from './message-catalog.js';
import { NoticeKind, renderCodeMessage, renderNotice } from './render-messages.js';

const policy = parsePolicy({});
const branding = { ...policy.branding, orgName: 'Acme' };
const TIME = new Date('2030-03-05T14:07:00Z');

/** `TIME` as notices write it: long date and time in UTC, in the locale's own words. */
const utcTime = (locale: Locale) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(TIME);
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
    expect(email.html).toContain('<html lang="en" dir="ltr">');
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
    for (const notice of ['reset', 'unlock', 'admin_reset', 'self_service_blocked'] as const) {
      const html = renderNotice({
        kind: notice,
        to: 'ann@example.com',
        locale: 'fr',
        branding: evil,
        helpdesk: {},
        user: '<img src=x onerror=alert(1)>',
        time: TIME,
        hours: 24,
      }).html;
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img src=x');
    }
  });

  it('never lets CR or LF in the org name reach a subject', () => {
    const evil = { ...branding, orgName: 'Acme\r\nBcc: victim@example.com\r\n\r\nHi' };
    const subjects = [
      renderCodeMessage({ ...base, channel: 'email', branding: evil }).subject,
      ...(['reset', 'unlock', 'admin_reset', 'self_service_blocked'] as const).map(
        (kind) => notice({ kind, branding: evil, user: 'Eve\nX-Header: 1', hours: 24 }).subject,
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
      expect(email.html).toContain(
        `<html lang="${locale}" dir="${['ar', 'he'].includes(locale) ? 'rtl' : 'ltr'}">`,
      );
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
      const time = utcTime(locale);
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

  it('names the acting admin and the target when one admin reset another’s password', () => {
    for (const locale of Object.values(Locale)) {
      const email = notice({
        kind: 'admin_reset_by_admin',
        actor: 'Ann Admin',
        user: 'Bob Boss',
        locale,
      });
      expect(email.subject).toContain('Ann Admin');
      expect(email.subject).toContain('Bob Boss');
      expect(email.text).toContain(
        messageCatalogs[locale].adminResetByAdminBody
          .replace('{actor}', 'Ann Admin')
          .replace('{user}', 'Bob Boss')
          .replace('{time}', utcTime(locale)),
      );
      expect(email.text).not.toContain(messageCatalogs[locale].adminNoticeHeading);
    }
    const english = notice({ kind: 'admin_reset_by_admin', actor: 'Ann\nAdmin', user: 'Bob' });
    expect(english.text).toContain('Ann Admin reset Bob’s password on March 5, 2030 at 2:07');
    expect(() => notice({ kind: 'admin_reset_by_admin', user: 'Bob' })).toThrow(TypeError);
    expect(() => notice({ kind: 'admin_reset_by_admin', actor: ' ', user: 'Bob' })).toThrow(
      TypeError,
    );
  });

  for (const locale of Object.values(Locale)) {
    it(`renders every notice in ${locale}`, () => {
      for (const kind of Object.values(NoticeKind)) {
        // `method` and `hours` are what the method and block notices need; others ignore them.
        const email = notice({
          kind,
          locale,
          helpdesk: { email: 'help@example.com' },
          method: 'email',
          hours: 24,
          actor: 'Ann Admin',
        });
        expect(email.locale).toBe(locale);
        expect(email.subject).toContain('Acme');
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.html).toContain(
          `<html lang="${locale}" dir="${['ar', 'he'].includes(locale) ? 'rtl' : 'ltr'}">`,
        );
        for (const body of [email.subject, email.text, email.html]) {
          expect(body).not.toMatch(/\{\w+\}/);
        }
        // A warning of expiry or a reminder reports no act: no "not you? contact the helpdesk".
        const namesHelpdesk = ![
          'admin_reset',
          'admin_reset_by_admin',
          'help_requested',
          'password_expiring',
          'registration_reminder',
          'reconfirmation_reminder',
        ].includes(kind);
        expect(email.text.includes('help@example.com'), kind).toBe(namesHelpdesk);
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

describe('renderNotice for password and recovery-method changes', () => {
  const NEW_KINDS = [
    'password_changed',
    'method_added',
    'method_removed',
    'email_changed_old_address',
  ] as const;
  // Its own describe block below; listed here so the kind list stays complete.
  const BLOCK_KINDS = ['self_service_blocked'] as const;
  // The lifecycle notices (issue 15), tested below.
  const LIFECYCLE_KINDS = [
    'password_expiring',
    'reset_requested',
    'registration_reminder',
    'reconfirmation_reminder',
  ] as const;
  const METHOD_KEYS = {
    mobile: 'methodMobile',
    office: 'methodOffice',
    email: 'methodEmail',
    securityQuestions: 'methodSecurityQuestions',
    passkey: 'methodPasskey',
    authenticator: 'methodAuthenticator',
  } as const;
  const helpdesk = { email: 'help@example.com', url: 'https://help.example.com/' };

  it('lists every kind and method in its const objects', () => {
    expect(Object.values(NoticeKind).sort()).toEqual(
      [
        'reset',
        'unlock',
        'admin_reset',
        'admin_reset_by_admin',
        'help_requested',
        ...NEW_KINDS,
        ...BLOCK_KINDS,
        ...LIFECYCLE_KINDS,
      ].sort(),
    );
    expect(Object.values(RecoveryMethodKind).sort()).toEqual(Object.keys(METHOD_KEYS).sort());
  });

  it('warns of an expiring password at its expiry time, and tells of an unfinished reset', () => {
    const expiring = notice({ kind: 'password_expiring', helpdesk });
    expect(expiring.subject).toBe('Your Acme password expires soon');
    expect(expiring.text).toContain('expires on March 5, 2030 at 2:07 PM UTC');
    expect(expiring.text).toContain('Change it before then');
    const requested = notice({ kind: 'reset_requested', helpdesk });
    expect(requested.subject).toBe('Someone asked to reset your Acme password');
    expect(requested.text).toContain('did not finish');
    expect(requested.text).toContain('Your password has not been changed');
    expect(requested.text).toContain('help@example.com');
  });

  it('reminds a user to register, or to reconfirm, with what to do and no "not you"', () => {
    const register = notice({ kind: 'registration_reminder', helpdesk });
    expect(register.subject).toBe('Set up password reset for your Acme account');
    expect(register.text).toContain('too few to reset your password on your own');
    expect(register.text).toContain('Add them the next time you sign in');
    const reconfirm = notice({ kind: 'reconfirmation_reminder', helpdesk });
    expect(reconfirm.subject).toBe('Check the recovery methods of your Acme account');
    expect(reconfirm.text).toContain('confirm they are still yours');
    for (const email of [register, reconfirm]) {
      expect(email.text).not.toContain('If this was not you');
    }
  });

  it('tells the user about a password change', () => {
    const email = notice({ kind: 'password_changed', helpdesk });
    expect(email.subject).toBe('Your Acme password was changed');
    expect(email.text).toContain('Hello Ann Smith,');
    expect(email.text).toContain('The password of your Acme account was changed on March 5, 2030');
    expect(email.text).toContain(
      'If this was not you, contact help@example.com (https://help.example.com/) right away.',
    );
    expect(email.html).toContain('<a href="mailto:help@example.com"');
  });

  it('names the added method and its masked value on a line of its own', () => {
    const email = notice({ kind: 'method_added', method: 'mobile', hint: '+31 6 •••• ••78' });
    expect(email.subject).toBe('A recovery method was added to your Acme account');
    expect(email.text).toContain(
      'This recovery method was added to your Acme account on March 5, 2030 at 2:07',
    );
    expect(email.text).toContain('\n\nMobile phone: +31 6 •••• ••78\n\n');
    expect(email.html).toContain('font-weight:600;">Mobile phone: +31 6 •••• ••78</p>');
    // Lock screens show subjects: the value stays out of it.
    expect(email.subject).not.toContain('78');
  });

  it('names the removed method without a hint when none is given', () => {
    const email = notice({ kind: 'method_removed', method: 'securityQuestions' });
    expect(email.subject).toBe('A recovery method was removed from your Acme account');
    expect(email.text).toContain('\n\nSecurity questions\n\n');
    expect(email.text).not.toContain('Security questions:');
    const blank = notice({ kind: 'method_removed', method: 'office', hint: ' \r\n ' });
    expect(blank.text).toContain('\n\nOffice phone\n\n');
  });

  it('tells the old address about a new recovery email, with the masked new one', () => {
    const email = notice({
      kind: 'email_changed_old_address',
      to: 'old@example.com',
      hint: 'n•••@example.org',
    });
    expect(email.to).toBe('old@example.com');
    expect(email.subject).toBe('The recovery email address of your Acme account was changed');
    expect(email.text).toContain('The new address is n•••@example.org.');
    expect(email.text).toContain('to your previous address');
    expect(email.text).toContain('If this was not you, contact your administrator right away.');
    expect(notice({ kind: 'email_changed_old_address' }).text).not.toContain('new address');
  });

  it('puts nothing of the method, hint or hours into the other kinds', () => {
    for (const kind of ['reset', 'unlock', 'password_changed', 'self_service_blocked'] as const) {
      const email = notice({ kind, method: 'email', hint: 'SECRET-HINT', hours: 7 });
      expect(email.text).not.toContain('SECRET-HINT');
      expect(email.text).not.toContain('Email address');
      if (kind !== 'self_service_blocked') expect(email.text).not.toContain('7 hours');
    }
  });

  for (const locale of Object.values(Locale)) {
    it(`renders the change notices in ${locale}, safely and with the helpdesk line`, () => {
      const catalog = messageCatalogs[locale];
      const evil = { ...branding, orgName: 'Acme\r\nBcc: victim@example.com' };
      const hint = '<b>+31</b> & "6"\n•••78';
      for (const kind of NEW_KINDS) {
        for (const method of Object.values(RecoveryMethodKind)) {
          const email = notice({
            kind,
            locale,
            method,
            hint,
            branding: evil,
            helpdesk,
            user: '<img src=x onerror=alert(1)>',
          });
          expect(email.locale).toBe(locale);
          expect(email.subject).not.toMatch(/[\r\n]/);
          expect(email.subject).toContain('Acme Bcc: victim@example.com');
          expect(email.subject).not.toContain('+31');
          expect(email.html).toContain(
            `<html lang="${locale}" dir="${['ar', 'he'].includes(locale) ? 'rtl' : 'ltr'}">`,
          );
          expect(email.html).not.toContain('<img src=x');
          expect(email.html).not.toContain('<b>');
          expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
          for (const body of [email.subject, email.text, email.html]) {
            expect(body).not.toMatch(/\{\w+\}/);
          }
          // The helpdesk line, linked in HTML.
          const notYou = catalog.notYouHelpdesk.replace(
            '{helpdesk}',
            'help@example.com (https://help.example.com/)',
          );
          expect(email.text).toContain(notYou);
          expect(email.html).toContain('<a href="mailto:help@example.com"');
          expect(email.html).toContain('<a href="https://help.example.com/"');
          if (kind === 'password_changed') {
            expect(email.text).not.toContain('•••78');
            continue;
          }
          // The hint, single-line in text and escaped in HTML.
          expect(email.text).toContain('<b>+31</b> & "6" •••78');
          expect(email.html).toContain('&lt;b&gt;+31&lt;/b&gt; &amp; &quot;6&quot; •••78');
          if (kind === 'email_changed_old_address') {
            expect(email.text).toContain(catalog.emailChangedWhy);
          } else {
            const name = catalog[METHOD_KEYS[method]];
            expect(email.text).toContain(
              catalog.methodWithHint
                .replace('{method}', name)
                .replace('{hint}', '<b>+31</b> & "6" •••78'),
            );
          }
        }
      }
    });
  }

  it('falls back to "contact your administrator" in every locale', () => {
    for (const locale of Object.values(Locale)) {
      for (const kind of NEW_KINDS) {
        const email = notice({ kind, locale, method: 'email' });
        expect(email.text).toContain(messageCatalogs[locale].notYouAdmin);
        expect(email.html).not.toContain('<a ');
      }
    }
  });

  it('refuses a method notice without a known method, and a hint that is not a string', () => {
    for (const kind of ['method_added', 'method_removed'] as const) {
      expect(() => notice({ kind })).toThrow(TypeError);
      expect(() => notice({ kind, method: 'sms' as 'email' })).toThrow(TypeError);
      expect(() => notice({ kind, method: 'toString' as 'email' })).toThrow(TypeError);
    }
    expect(() => notice({ kind: 'password_changed', hint: 42 as unknown as string })).toThrow(
      TypeError,
    );
    expect(() => notice({ kind: '__proto__' as 'reset' })).toThrow(TypeError);
  });

  it('names a removed passkey as a passkey', () => {
    const email = notice({ kind: 'method_removed', method: 'passkey' });
    expect(email.text).toContain('Passkey');
    expect(email.text).not.toContain('Security questions');
  });
});

describe('renderNotice for a self-service block', () => {
  const helpdesk = { email: 'help@example.com', url: 'https://help.example.com/' };
  const blocked = (overrides: Partial<Parameters<typeof renderNotice>[0]> = {}) =>
    notice({ kind: 'self_service_blocked', hours: 24, ...overrides });

  it('tells the owner that reset is paused, for how long and from when', () => {
    const email = blocked({ helpdesk });
    expect(email.subject).toBe('Password reset for your Acme account is paused');
    expect(email.text.split('\n\n')).toEqual([
      'Acme',
      'Password reset is paused',
      'Hello Ann Smith,',
      // The space before "PM" differs between ICU versions, so the time comes from Intl.
      `Someone entered wrong verification codes or answers for your Acme account too many times, so self-service password reset and unlock are paused for 24 hours from ${utcTime('en')}.`,
      'Your password has not been changed. If this was you, try again later.',
      'If this was not you, contact help@example.com (https://help.example.com/) right away.',
      '--\nThis is an automated message from Acme. Please do not reply.',
    ]);
    expect(utcTime('en')).toMatch(/^March 5, 2030 at 2:07\sPM UTC$/);
    expect(email.html).toContain('>Password reset is paused</h1>');
    expect(email.html).toContain('<a href="mailto:help@example.com"');
    expect(email.html).toContain('<a href="https://help.example.com/"');
  });

  it('writes the minute and hours of each notice, whatever was rendered before it', () => {
    const at = (iso: string, locale: Locale = 'en') =>
      notice({ kind: 'admin_reset', user: 'Bob Admin', time: new Date(iso), locale }).text;
    expect(at('2030-03-05T14:07:05Z')).toContain('March 5, 2030 at 2:07');
    expect(at('2030-03-05T14:07:59.999Z')).toContain('March 5, 2030 at 2:07');
    expect(at('2030-03-05T14:08:00Z')).toContain('March 5, 2030 at 2:08');
    expect(at('2030-03-05T14:07:30Z')).toContain('March 5, 2030 at 2:07');
    expect(at('2030-03-05T14:07:30Z', 'de')).toContain('5. März 2030');
    expect(at('2031-03-05T14:07:30Z')).toContain('March 5, 2031 at 2:07');
    for (const hours of [3, 24, 3, 1]) {
      expect(blocked({ hours }).text).toContain(
        `are paused for ${hours} ${hours === 1 ? 'hour' : 'hours'} from`,
      );
    }
  });

  it('says "1 hour" for a one-hour block and falls back to the administrator', () => {
    const email = blocked({ hours: 1 });
    expect(email.text).toContain('are paused for 1 hour from March 5, 2030');
    expect(email.text).toContain('If this was not you, contact your administrator right away.');
    expect(email.html).not.toContain('<a ');
    expect(blocked({ hours: 168 }).text).toContain('are paused for 168 hours from');
  });

  it('names neither a method nor a hint, whatever the caller passes', () => {
    const email = blocked({ method: 'mobile', hint: '+31 6 •••• ••78' });
    for (const body of [email.subject, email.text, email.html]) {
      expect(body).not.toContain('78');
      expect(body).not.toContain('Mobile phone');
    }
  });

  for (const locale of Object.values(Locale)) {
    it(`renders in ${locale} with the org, hours and time filled in and escaped`, () => {
      const catalog = messageCatalogs[locale];
      const hours = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'long',
      }).format(24);
      const email = blocked({ locale, helpdesk });
      expect(email.locale).toBe(locale);
      expect(email.subject).toBe(catalog.selfServiceBlockedSubject.replace('{org}', 'Acme'));
      expect(email.text).toContain(catalog.selfServiceBlockedHeading);
      expect(email.text).toContain(catalog.greeting.replace('{user}', 'Ann Smith'));
      expect(email.text).toContain(
        catalog.selfServiceBlockedBody
          .replace('{org}', 'Acme')
          .replace('{hours}', hours)
          .replace('{time}', utcTime(locale)),
      );
      expect(email.text).toContain('24');
      expect(email.text).toContain('2030');
      expect(email.text).toContain(catalog.selfServiceBlockedNext);
      expect(email.text).toContain(
        catalog.notYouHelpdesk.replace(
          '{helpdesk}',
          'help@example.com (https://help.example.com/)',
        ),
      );
      expect(email.html).toContain(
        `<html lang="${locale}" dir="${['ar', 'he'].includes(locale) ? 'rtl' : 'ltr'}">`,
      );
      for (const body of [email.subject, email.text, email.html]) {
        expect(body).not.toContain('{');
        expect(body).not.toContain('}');
      }
      expect(blocked({ locale }).text).toContain(catalog.notYouAdmin);

      const evil = blocked({
        locale,
        branding: { ...branding, orgName: 'Acme\r\nBcc: victim@example.com <b>' },
        user: '<img src=x onerror=alert(1)>',
      });
      expect(evil.subject).not.toMatch(/[\r\n]/);
      expect(evil.subject).toContain('Acme Bcc: victim@example.com <b>');
      expect(evil.html).not.toContain('<img src=x');
      expect(evil.html).not.toContain('<b>');
      expect(evil.html).toContain('Acme Bcc: victim@example.com &lt;b&gt;');
    });
  }

  it('refuses a block notice without whole hours from 1 to 168', () => {
    for (const hours of [undefined, 0, 169, 2.5, -24, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => blocked({ hours }), String(hours)).toThrow(TypeError);
    }
    expect(() => blocked({ hours: '24' as unknown as number })).toThrow(TypeError);
    expect(() => blocked({ hours: 1 })).not.toThrow();
    expect(() => blocked({ hours: 168 })).not.toThrow();
    // The other kinds do not need it.
    expect(() => notice({ kind: 'reset' })).not.toThrow();
  });
});
