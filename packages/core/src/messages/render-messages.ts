import { checkInteger } from '../check-integer.js';
import type { OutboxChannel, OutboxPayload } from '../outbox/outbox-payload.js';
import { localeDirection } from '../policy/locales.js';
import type { Locale, Policy } from '../policy/policy-schema.js';
import type { EmailMessage } from '../ports/messaging.js';
import { RecoveryMethodKind } from '../ports/storage.js';
import type { MessageCatalog, MessageKey } from './message-catalog.js';
import { catalogFor, type MessageTemplates } from './message-templates.js';

/** What {@link renderCodeMessage} needs. */
export interface CodeMessageInput<Channel extends OutboxChannel = OutboxChannel> {
  /** How the code travels. */
  channel: Channel;
  /** The E.164 number or the email address, as registered (never what the user typed). */
  to: string;
  /** The verification code: 4-32 letters or digits (digits in practice). */
  code: string;
  /** How long the code stays valid, in whole minutes (1-1440). */
  minutes: number;
  /** The recipient's language. */
  locale: Locale;
  /** The tenant's branding: the org name in the text, logo and colors in the HTML. */
  branding: Policy['branding'];
  /**
   * The host of the site where the code is entered (e.g. `login.example.com`), from the
   * deployment's configured origin, never from a request's Host header. When given, an SMS
   * ends with the origin-bound line `@login.example.com #123456`, so browsers (WebOTP) and
   * iOS autofill offer the code on that site only. Ignored for voice and email.
   */
  originHost?: string;
  /** The host's own texts, as `checkMessageTemplates` returns them. @default the shipped texts */
  templates?: MessageTemplates;
}

/** The message type {@link renderCodeMessage} returns for a channel. */
export type CodeMessage<Channel extends OutboxChannel = OutboxChannel> = Extract<
  OutboxPayload,
  { channel: Channel }
>['message'];

/** The notices the engine writes (`renderNotice`). */
export const NoticeKind = {
  /** To the user after a self-service reset. */
  Reset: 'reset',
  /** To the user after a self-service unlock. */
  Unlock: 'unlock',
  /** To every other administrator after an admin reset their own password. */
  AdminReset: 'admin_reset',
  /**
   * To every other administrator after an administrator (the `actor`) reset ANOTHER
   * administrator's password from the helpdesk: "Ann reset Bob's password".
   */
  AdminResetByAdmin: 'admin_reset_by_admin',
  /**
   * To the tenant's administrators (at most 100) when a user stuck in a reset chose
   * "Contact your administrator" and the policy names no helpdesk.
   */
  HelpRequested: 'help_requested',
  /** To the user after they changed their password (knowing the old one). */
  PasswordChanged: 'password_changed',
  /** To the user after a recovery method was registered. */
  MethodAdded: 'method_added',
  /** To the user after a recovery method was removed. */
  MethodRemoved: 'method_removed',
  /**
   * To the OLD address after the recovery email changed, so that a takeover that swaps the
   * address is seen by the person who owns the account (OWASP Forgot Password cheat sheet;
   * NIST SP 800-63B-4, "Authenticator Event Management").
   */
  EmailChangedOldAddress: 'email_changed_old_address',
  /**
   * To the user when self-service reset or unlock was blocked after too many failed proofs
   * (wrong codes or answers), naming how long the block lasts (`hours`, required) and when
   * it began (`time`). It says what was attempted and that the password is unchanged, and
   * nothing about which proof failed.
   */
  SelfServiceBlocked: 'self_service_blocked',
  /**
   * To the user before their password expires (`password.expiryWarningDays`); `time` is
   * when it expires. It asks for a change and has no "if this was not you".
   */
  PasswordExpiring: 'password_expiring',
  /**
   * To an enabled user in scope with too few recovery methods while the policy
   * `requireRegistration` (scheduled, at most once a period). Reports no act.
   */
  RegistrationReminder: 'registration_reminder',
  /**
   * To a registered user whose methods were last confirmed `reconfirmDays` ago or more
   * (scheduled, at most once a period). Reports no act.
   */
  ReconfirmationReminder: 'reconfirmation_reminder',
  /**
   * To the user when someone started a reset of their account and did not finish it (off
   * by default: `notifications.userOnResetRequest`); `time` is when it started.
   */
  ResetRequested: 'reset_requested',
} as const;

/** The union of {@link NoticeKind} values. */
export type NoticeKind = (typeof NoticeKind)[keyof typeof NoticeKind];

/** What a notice needs to be written (`renderNotice`). */
export interface NoticeInput {
  /**
   * `reset`: to the user after a self-service reset; `unlock`: to the user after an
   * unlock; `admin_reset`: to another administrator after an admin reset their own password;
   * `admin_reset_by_admin`: to the other administrators after an admin (`actor`) reset
   * another admin's (`user`) password;
   * `password_changed`: to the user after they changed their password; `method_added` and
   * `method_removed`: to the user after a recovery method was registered or removed (needs
   * `method`); `email_changed_old_address`: to the previous address after the recovery email
   * changed; `self_service_blocked`: to the user when self-service reset or unlock was
   * blocked after too many failed proofs (needs `hours`). See {@link NoticeKind}.
   */
  kind: NoticeKind;
  /** One email address. */
  to: string;
  /** The recipient's language. */
  locale: Locale;
  branding: Policy['branding'];
  /** Where a user who did not do this gets help; without one, "contact your administrator". */
  helpdesk: Pick<Policy['helpdesk'], 'email' | 'url'>;
  /** Whose account it is: a display name or username (for `admin_reset`, the admin's). */
  user: string;
  /**
   * Who did it: the acting administrator's display name or username. Required for
   * `admin_reset_by_admin`; ignored by the other kinds.
   */
  actor?: string;
  /** When it happened (for `self_service_blocked`, when the block began); shown in UTC. */
  time: Date;
  /**
   * Which kind of recovery method was added or removed: a mobile phone (SMS or voice), an
   * office phone, an email address or the security questions. Required for `method_added`
   * and `method_removed`; ignored by the other kinds.
   */
  method?: RecoveryMethodKind;
  /**
   * The method's value, ALREADY MASKED by the caller (`+31 6 •••• ••78`, `a•••@example.com`):
   * never the full number or address, since a notice may reach an inbox the attacker reads.
   * Shown after the method's name in `method_added` and `method_removed`, and as the new
   * address in `email_changed_old_address`; ignored by the other kinds. Made single-line and
   * escaped like every other value; an empty hint counts as none.
   */
  hint?: string;
  /**
   * How long self-service stays blocked, in whole hours from `time` (1-168, the range of the
   * policy's `limits.blockHours`); shown as localized words ("24 hours"). Required for
   * `self_service_blocked`; ignored by the other kinds.
   */
  hours?: number;
  /** The host's own texts, as `checkMessageTemplates` returns them. @default the shipped texts */
  templates?: MessageTemplates;
}

/** Falls back to these when a branding color is not `#rrggbb` (a policy parsed it already). */
const DEFAULT_COLORS = { primary: '#1f5fbf', background: '#ffffff', text: '#1a1a1a' } as const;

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * Renders a verification-code message for one channel in the recipient's language, branded
 * with the org name (and, for email, the logo and colors).
 *
 * - SMS: one short text; with `originHost`, a last line `@host #code` (WICG "Origin-bound
 *   one-time codes delivered via SMS"), which is what WebOTP and iOS autofill read.
 * - Voice: the localized intro sentence and the code, for the caller to speak digit by digit.
 * - Email: a subject without the code (lock screens show subjects), a text body and an
 *   inline-styled HTML body.
 *
 * Every interpolated value is made single-line (CR, LF and other control characters become
 * spaces) and escaped in HTML, so an org name cannot inject headers or markup.
 *
 * @throws {TypeError} for an unknown locale, a malformed code, a bad `minutes`, a `to`
 *   with whitespace or control characters, or an `originHost` that is not a hostname.
 *   Messages never repeat the code or the address.
 *
 * @example
 * ```ts
 * const message = renderCodeMessage({
 *   channel: 'sms', to: '+31612345678', code: '482913', minutes: 5, locale: 'nl',
 *   branding: policy.branding, originHost: 'login.example.com',
 * });
 * await outbox.enqueue({ tenantId, purpose: 'code', correlationId, payload: { channel: 'sms', message } });
 * ```
 */
export function renderCodeMessage<Channel extends OutboxChannel>(
  input: CodeMessageInput<Channel>,
): CodeMessage<Channel> {
  const { channel, to, code, minutes, locale, branding } = input;
  const catalog = catalogFor(locale, input.templates);
  assertRecipient(to);
  if (typeof code !== 'string' || !/^[A-Za-z0-9]{4,32}$/.test(code)) {
    throw new TypeError('code must be 4-32 letters or digits');
  }
  checkInteger('minutes', minutes, 1, 1440);
  const values = {
    org: singleLine(branding.orgName),
    code,
    minutes: formatDuration(minutes, 'minute', locale),
  };

  switch (channel) {
    case 'sms': {
      let text = fill(catalog.smsCode, values);
      if (input.originHost !== undefined) {
        if (typeof input.originHost !== 'string' || !HOSTNAME.test(input.originHost)) {
          throw new TypeError('originHost must be a bare hostname, without scheme or port');
        }
        text += `\n\n@${input.originHost.toLowerCase()} #${code}`;
      }
      return { to, text, locale } as CodeMessage<Channel>;
    }
    case 'voice':
      return { to, code, intro: fill(catalog.voiceIntro, values), locale } as CodeMessage<Channel>;
    case 'email': {
      const email = renderEmail({
        to,
        locale,
        branding,
        subject: fill(catalog.emailCodeSubject, values),
        heading: catalog.emailCodeHeading,
        blocks: [
          paragraph(catalog, 'emailCodeBody', values),
          codeBlock(code, branding),
          paragraph(catalog, 'emailCodeExpiry', values),
          paragraph(catalog, 'emailCodeIgnore', values),
        ],
        footer: paragraph(catalog, 'footer', values),
      });
      return email as CodeMessage<Channel>;
    }
    default:
      throw new TypeError('channel must be sms, voice or email');
  }
}

/** The catalog keys of the notices to the account's owner. */
const USER_NOTICES = {
  reset: { subject: 'resetNoticeSubject', heading: 'resetNoticeHeading', body: 'resetNoticeBody' },
  unlock: {
    subject: 'unlockNoticeSubject',
    heading: 'unlockNoticeHeading',
    body: 'unlockNoticeBody',
  },
  password_changed: {
    subject: 'passwordChangedSubject',
    heading: 'passwordChangedHeading',
    body: 'passwordChangedBody',
  },
  method_added: {
    subject: 'methodAddedSubject',
    heading: 'methodAddedHeading',
    body: 'methodAddedBody',
  },
  method_removed: {
    subject: 'methodRemovedSubject',
    heading: 'methodRemovedHeading',
    body: 'methodRemovedBody',
  },
  email_changed_old_address: {
    subject: 'emailChangedSubject',
    heading: 'emailChangedHeading',
    body: 'emailChangedBody',
  },
  self_service_blocked: {
    subject: 'selfServiceBlockedSubject',
    heading: 'selfServiceBlockedHeading',
    body: 'selfServiceBlockedBody',
  },
  password_expiring: {
    subject: 'passwordExpiringSubject',
    heading: 'passwordExpiringHeading',
    body: 'passwordExpiringBody',
  },
  registration_reminder: {
    subject: 'registrationReminderSubject',
    heading: 'registrationReminderHeading',
    body: 'registrationReminderBody',
  },
  reconfirmation_reminder: {
    subject: 'reconfirmationReminderSubject',
    heading: 'reconfirmationReminderHeading',
    body: 'reconfirmationReminderBody',
  },
  reset_requested: {
    subject: 'resetRequestedSubject',
    heading: 'resetRequestedHeading',
    body: 'resetRequestedBody',
  },
} as const satisfies Record<
  Exclude<NoticeKind, AdminNoticeKind>,
  { subject: MessageKey; heading: MessageKey; body: MessageKey }
>;

/** The scheduled notices, which report nothing anybody did: no "if this was not you". */
const REPORTS_NO_ACT: ReadonlySet<NoticeKind> = new Set([
  NoticeKind.PasswordExpiring,
  NoticeKind.RegistrationReminder,
  NoticeKind.ReconfirmationReminder,
]);

/** The notices to administrators. */
type AdminNoticeKind = 'admin_reset' | 'admin_reset_by_admin' | 'help_requested';

/** The catalog keys of the notices to administrators. */
const ADMIN_NOTICES = {
  admin_reset: {
    subject: 'adminNoticeSubject',
    heading: 'adminNoticeHeading',
    body: 'adminNoticeBody',
    hint: 'adminNoticeHint',
  },
  admin_reset_by_admin: {
    subject: 'adminResetByAdminSubject',
    heading: 'adminResetByAdminHeading',
    body: 'adminResetByAdminBody',
    hint: 'adminNoticeHint',
  },
  help_requested: {
    subject: 'helpRequestedSubject',
    heading: 'helpRequestedHeading',
    body: 'helpRequestedBody',
    hint: 'helpRequestedHint',
  },
} as const satisfies Record<
  AdminNoticeKind,
  { subject: MessageKey; heading: MessageKey; body: MessageKey; hint: MessageKey }
>;

function isAdminNotice(kind: NoticeKind): kind is AdminNoticeKind {
  return typeof kind === 'string' && Object.hasOwn(ADMIN_NOTICES, kind);
}

/** The catalog key naming each {@link RecoveryMethodKind}. */
const METHOD_NAMES = {
  mobile: 'methodMobile',
  office: 'methodOffice',
  email: 'methodEmail',
  securityQuestions: 'methodSecurityQuestions',
  passkey: 'methodPasskey',
  authenticator: 'methodAuthenticator',
} as const satisfies Record<RecoveryMethodKind, MessageKey>;

/** The method's name (and masked value) stands out on a line of its own. */
const METHOD_LINE_STYLE = 'margin:0 0 16px;font-weight:600;';

/**
 * Renders a notice email in the recipient's language: to a user after a self-service
 * reset, an unlock, a password change, a recovery method added or removed, (at the old
 * address) a recovery email changed, or self-service blocked after too many failed proofs
 * (for how many hours, from when), each with "if this was not you, contact {helpdesk}", or
 * "your administrator" when the policy names no helpdesk; or to another administrator
 * when an admin reset their own password (naming that admin and the time), or another
 * admin's (naming both). Notifying on
 * every authenticator change, and the old address on an email change, follows NIST
 * SP 800-63B-4 ("Authenticator Event Management") and the OWASP Forgot Password cheat sheet.
 *
 * The time is shown in UTC with the zone named, since the recipient's zone is unknown.
 * Values are made single-line and HTML-escaped, as in {@link renderCodeMessage}; the
 * helpdesk address or page becomes a `mailto:` or https link in the HTML. Subjects never
 * carry the method or its hint (lock screens show subjects).
 *
 * @throws {TypeError} for an unknown locale or kind, an invalid `time`, an empty `user`,
 *   a `to` with whitespace or control characters, a method notice without a known
 *   `method`, a `hint` that is not a string, or a `self_service_blocked` notice without
 *   `hours` as a whole number from 1 to 168, or an `admin_reset_by_admin` notice without an
 *   `actor`.
 *
 * @example
 * ```ts
 * const message = renderNotice({
 *   kind: 'reset', to: user.email, locale: 'de', branding: policy.branding,
 *   helpdesk: policy.helpdesk, user: user.displayName, time: clock.now(),
 * });
 * const added = renderNotice({
 *   kind: 'method_added', method: 'mobile', hint: '+31 6 •••• ••78', to: user.email,
 *   locale: 'nl', branding: policy.branding, helpdesk: policy.helpdesk,
 *   user: user.displayName, time: clock.now(),
 * });
 * const blocked = renderNotice({
 *   kind: 'self_service_blocked', hours: policy.limits.blockHours, to: user.email,
 *   locale: 'en', branding: policy.branding, helpdesk: policy.helpdesk,
 *   user: user.displayName, time: blockedAt,
 * });
 * ```
 */
export function renderNotice(input: NoticeInput): EmailMessage {
  const { kind, to, locale, branding, helpdesk } = input;
  const catalog = catalogFor(locale, input.templates);
  assertRecipient(to);
  if (!(input.time instanceof Date) || Number.isNaN(input.time.getTime())) {
    throw new TypeError('time must be a valid Date');
  }
  const user = typeof input.user === 'string' ? singleLine(input.user) : '';
  if (user === '') throw new TypeError('user must name the account (display name or username)');
  if (input.hint !== undefined && typeof input.hint !== 'string') {
    throw new TypeError('hint must be a string (a masked value)');
  }
  const hint = input.hint === undefined ? '' : singleLine(input.hint);
  const values = {
    org: singleLine(branding.orgName),
    user,
    time: noticeTime(input.time, locale),
  };
  const footer = paragraph(catalog, 'footer', values);

  if (isAdminNotice(kind)) {
    const keys = ADMIN_NOTICES[kind];
    const adminValues =
      kind === NoticeKind.AdminResetByAdmin ? { ...values, actor: actorOf(input.actor) } : values;
    return renderEmail({
      to,
      locale,
      branding,
      subject: fill(catalog[keys.subject], adminValues),
      heading: catalog[keys.heading],
      blocks: [
        paragraph(catalog, keys.body, adminValues),
        paragraph(catalog, keys.hint, adminValues),
      ],
      footer,
    });
  }
  if (typeof kind !== 'string' || !Object.hasOwn(USER_NOTICES, kind)) {
    throw new TypeError(`kind must be one of ${Object.values(NoticeKind).join(', ')}`);
  }
  const keys = USER_NOTICES[kind];
  // Only the block notice names a duration, so only it requires one.
  const bodyValues =
    kind === NoticeKind.SelfServiceBlocked
      ? { ...values, hours: formatDuration(blockHours(input.hours), 'hour', locale) }
      : values;

  // What the notice is about, between the sentence that says what happened and "not you?".
  const details: Block[] = [];
  if (kind === 'method_added' || kind === 'method_removed') {
    const method = input.method;
    if (typeof method !== 'string' || !Object.hasOwn(METHOD_NAMES, method)) {
      throw new TypeError(
        `method must be one of ${Object.values(RecoveryMethodKind).join(', ')} for a ${kind} notice`,
      );
    }
    const name = catalog[METHOD_NAMES[method]];
    const line =
      hint === ''
        ? { text: name, html: escapeHtml(name) }
        : paragraph(catalog, 'methodWithHint', { method: name, hint });
    details.push({ ...line, style: METHOD_LINE_STYLE });
  } else if (kind === 'email_changed_old_address') {
    if (hint !== '') details.push(paragraph(catalog, 'emailChangedNewAddress', { hint }));
    details.push(paragraph(catalog, 'emailChangedWhy', values));
  } else if (kind === NoticeKind.SelfServiceBlocked) {
    details.push(paragraph(catalog, 'selfServiceBlockedNext', values));
  } else if (kind === NoticeKind.ResetRequested) {
    details.push(paragraph(catalog, 'resetRequestedNext', values));
  } else if (kind === NoticeKind.PasswordExpiring) {
    details.push(paragraph(catalog, 'passwordExpiringNext', values));
  } else if (kind === NoticeKind.RegistrationReminder) {
    details.push(paragraph(catalog, 'registrationReminderNext', values));
  } else if (kind === NoticeKind.ReconfirmationReminder) {
    details.push(paragraph(catalog, 'reconfirmationReminderNext', values));
  }

  const contact = helpdeskContact(helpdesk, branding);
  const notYou =
    contact === null
      ? paragraph(catalog, 'notYouAdmin', values)
      : paragraph(
          catalog,
          'notYouHelpdesk',
          { ...values, helpdesk: contact.text },
          { helpdesk: contact.html },
        );
  return renderEmail({
    to,
    locale,
    branding,
    subject: fill(catalog[keys.subject], values),
    heading: catalog[keys.heading],
    blocks: [
      paragraph(catalog, 'greeting', values),
      paragraph(catalog, keys.body, bodyValues),
      ...details,
      // A warning of expiry or a reminder reports nothing anybody did.
      ...(REPORTS_NO_ACT.has(kind) ? [] : [notYou]),
    ],
    footer,
  });
}

/** The acting administrator's name, single-line (required by `admin_reset_by_admin`). */
function actorOf(actor: string | undefined): string {
  const name = typeof actor === 'string' ? singleLine(actor) : '';
  if (name === '') {
    throw new TypeError(
      'actor must name the acting administrator for an admin_reset_by_admin notice',
    );
  }
  return name;
}

/** The block's length in whole hours, as the policy's `limits.blockHours` allows it. */
function blockHours(hours: number | undefined): number {
  checkInteger('self_service_blocked notice: hours', hours, 1, 168);
  return hours;
}

/**
 * Formatters by locale (and unit), made once: building an `Intl` formatter costs far more
 * than formatting with it, and they never change. Formatting itself costs tens of
 * microseconds, so what they format is kept too (issue 18): the durations (a policy's few
 * values per locale, bounded), and per locale the last minute formatted, which every notice
 * of that minute shows.
 */
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
const durationFormats = new Map<string, Intl.NumberFormat>();
const durations = new Map<string, string>();
const lastMinutes = new Map<Locale, { minute: number; text: string }>();
/** Durations kept at most; past it the map starts again (a bound, never reached by policies). */
const DURATIONS_KEPT = 1000;

/** When a notice's event happened: "November 26, 2026 at 10:59 AM UTC", in the locale. */
function noticeTime(time: Date, locale: Locale): string {
  const minute = Math.floor(time.getTime() / 60_000);
  const last = lastMinutes.get(locale);
  if (last?.minute === minute) return last.text;
  const text = noticeTimeFormat(locale).format(time);
  lastMinutes.set(locale, { minute, text });
  return text;
}

/** The formatter of {@link noticeTime}: minutes, never seconds. */
function noticeTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    timeFormats.set(locale, format);
  }
  return format;
}

/** A duration as localized words: "5 minutes", "24 Stunden", "1 heure". */
function formatDuration(amount: number, unit: 'minute' | 'hour', locale: Locale): string {
  const key = `${locale}:${unit}`;
  const known = durations.get(`${key}:${amount}`);
  if (known !== undefined) return known;
  let format = durationFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    durationFormats.set(key, format);
  }
  const text = format.format(amount);
  if (durations.size >= DURATIONS_KEPT) durations.clear();
  durations.set(`${key}:${amount}`, text);
  return text;
}

/** One paragraph of an email, in both bodies. */
interface Block {
  text: string;
  /** The paragraph's content as escaped HTML (the layout wraps it in `<p>`). */
  html: string;
  /** The paragraph's inline style. @default the body text style */
  style?: string;
}

const PARAGRAPH_STYLE = 'margin:0 0 16px;';

interface EmailParts {
  to: string;
  locale: Locale;
  branding: Policy['branding'];
  subject: string;
  heading: string;
  blocks: readonly Block[];
  footer: Block;
}

/** The email layout: org name (and logo), heading, paragraphs, footer; no tables. */
function renderEmail({
  to,
  locale,
  branding,
  subject,
  heading,
  blocks,
  footer,
}: EmailParts): EmailMessage {
  const org = singleLine(branding.orgName);
  // The subject is a header: nothing may break it into two lines.
  const safeSubject = singleLine(subject);
  const primary = colorOr(branding.primaryColor, DEFAULT_COLORS.primary);
  const background = colorOr(branding.backgroundColor, DEFAULT_COLORS.background);
  const textColor = colorOr(branding.textColor, DEFAULT_COLORS.text);
  const logo = httpsUrl(branding.logoUrl);

  const text = [org, heading, ...blocks.map((block) => block.text), `--\n${footer.text}`].join(
    '\n\n',
  );

  const html = [
    '<!DOCTYPE html>',
    // Gmail and others drop the <html> element's attributes: the card says its direction too.
    `<html lang="${locale}" dir="${localeDirection(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(safeSubject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:24px 12px;background-color:#f3f4f6;">',
    `<div dir="${localeDirection(locale)}" style="max-width:520px;margin:0 auto;padding:32px 28px;background-color:${background};color:${textColor};border-top:4px solid ${primary};border-radius:6px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;">`,
    logo === null
      ? ''
      : `<img src="${escapeHtml(logo)}" alt="${escapeHtml(org)}" height="40" style="display:block;height:40px;width:auto;margin:0 0 16px;border:0;">`,
    `<p style="margin:0 0 24px;font-size:14px;font-weight:600;color:${primary};">${escapeHtml(org)}</p>`,
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${textColor};">${escapeHtml(heading)}</h1>`,
    ...blocks.map((block) => `<p style="${block.style ?? PARAGRAPH_STYLE}">${block.html}</p>`),
    `<p style="margin:32px 0 0;font-size:13px;color:#6b7280;">${footer.html}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');

  return { to, subject: safeSubject, text, html, locale };
}

/** A catalog paragraph with its placeholders filled, as text and as escaped HTML. */
function paragraph(
  catalog: MessageCatalog,
  key: MessageKey,
  values: Readonly<Record<string, string>>,
  htmlValues: Readonly<Record<string, string>> = {},
): Block {
  const template = catalog[key];
  const escaped: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) escaped[name] = escapeHtml(value);
  return {
    text: fill(template, values),
    // Escaping leaves `{name}` intact, so the placeholders can be filled afterwards.
    html: fill(escapeHtml(template), { ...escaped, ...htmlValues }),
  };
}

/** The code, large and monospaced, in its own paragraph. */
function codeBlock(code: string, branding: Policy['branding']): Block {
  const textColor = colorOr(branding.textColor, DEFAULT_COLORS.text);
  return {
    text: code,
    html: escapeHtml(code),
    style: `margin:24px 0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:${textColor};`,
  };
}

/** The helpdesk as text and as links: the address, the page, or both. */
function helpdeskContact(
  helpdesk: NoticeInput['helpdesk'] | undefined,
  branding: Policy['branding'],
): Block | null {
  const primary = colorOr(branding.primaryColor, DEFAULT_COLORS.primary);
  const email =
    typeof helpdesk?.email === 'string' && helpdesk.email !== ''
      ? singleLine(helpdesk.email)
      : null;
  const url = httpsUrl(helpdesk?.url);
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:${primary};">${escapeHtml(label)}</a>`;
  if (email !== null && url !== null) {
    return {
      text: `${email} (${url})`,
      html: `${link(`mailto:${email}`, email)} (${link(url, url)})`,
    };
  }
  if (email !== null) return { text: email, html: link(`mailto:${email}`, email) };
  if (url !== null) return { text: url, html: link(url, url) };
  return null;
}

/** Fills `{name}` placeholders; a placeholder without a value is a bug in the caller. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new TypeError(`no value for the placeholder {${name}}`);
    return value;
  });
}

/** Control characters (CR, LF, tab, NEL, line and paragraph separators) become spaces. */
function singleLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function colorOr(color: string | undefined, fallback: string): string {
  return typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : fallback;
}

/** The URL if it is an absolute https URL, else `null` (never a `javascript:` link). */
function httpsUrl(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Refuses recipients that could smuggle headers or extra recipients; never echoes them. */
function assertRecipient(to: string): void {
  if (typeof to !== 'string' || to === '' || /[\s\p{Cc}]/u.test(to)) {
    throw new TypeError('to must be one address or number, without whitespace');
  }
}
