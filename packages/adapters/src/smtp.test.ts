import type { AddressInfo } from 'node:net';
import { createSmtpEmailSender, type SmtpEmailSenderOptions } from '@openreset/adapters/smtp';
import type { EmailMessage, EmailSender, PolicyInput } from '@openreset/core';
import { createTestEngine } from '@openreset/core/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'openreset' && auth.password === 'smtp-secret') {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }));
      }
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('nobody@')) {
        callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
      } else if (address.address.startsWith('busy@')) {
        callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function sender(overrides: Partial<SmtpEmailSenderOptions> = {}) {
  return createSmtpEmailSender({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user: 'openreset', pass: 'smtp-secret' },
    from: 'no-reply@example.com',
    fromName: 'Acme IT',
    timeoutMs: 2000,
    ...overrides,
  });
}

/** The test engine with one user, `username`, who registered `<username>@example.com`. */
function engineFor(username: string, email: EmailSender, branding: PolicyInput['branding']) {
  return createTestEngine({
    users: [
      {
        username,
        password: 'morning tide over quiet water',
        contact: { alternateEmail: `${username}@example.com` },
      },
    ],
    // Admins need two kinds; only email has a sender here, so email is all a flow offers.
    channels: [],
    email,
    policy: { methods: ['mobileSms', 'email'], branding },
  }).engine;
}

/** The header block of a raw message, unfolded, as name → values. */
function headersOf(raw: string): Map<string, string[]> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}

/** The decoded bodies of a multipart message's parts, by content type. */
function partsOf(raw: string): Map<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (boundary === undefined) throw new Error('not multipart');
  const parts = new Map<string, string>();
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...body] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.toLowerCase() ?? '';
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase();
    const content = body.join('\r\n\r\n');
    parts.set(type, decode(content, encoding));
  }
  return parts;
}

function decode(content: string, encoding: string | undefined): string {
  if (encoding === 'base64')
    return Buffer.from(content.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = content
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
      .replace(/%(?![0-9A-F]{2})/gi, '%25');
    return decodeURIComponent(bytes);
  }
  return content;
}

const message: EmailMessage = {
  to: 'alice@example.com',
  subject: 'Hello',
  text: 'Plain text',
  html: '<p>HTML</p>',
  locale: 'en',
};

describe('SMTP email sender against a local smtp-server', () => {
  it('delivers the engine’s branded, localized code mail as text and HTML alternatives', async () => {
    const email = sender();
    const engine = engineFor('alice', email, { orgName: 'Acme Bank', primaryColor: '#aa0000' });
    const started = await engine.recovery.start({ identifier: 'alice', locale: 'nl' });
    const method = started.methods[0];
    if (method === undefined) throw new Error('no method');
    const before = received.length;
    await engine.recovery.challenge({
      flowToken: started.flowToken,
      methodId: method.id,
      confirm: 'alice@example.com',
    });
    await engine.dispatcher.runOnce();
    email.close();

    expect(received.length).toBe(before + 1);
    const mail = received.at(-1);
    if (mail === undefined) throw new Error('nothing received');
    expect(mail.from).toBe('no-reply@example.com');
    expect(mail.to).toEqual(['alice@example.com']);
    const headers = headersOf(mail.raw);
    expect(headers.get('from')).toEqual(['Acme IT <no-reply@example.com>']);
    expect(headers.get('to')).toEqual(['alice@example.com']);
    expect(headers.get('content-language')).toEqual(['nl']);
    expect(headers.get('content-type')?.[0]).toMatch(/^multipart\/alternative;/);
    const parts = partsOf(mail.raw);
    expect([...parts.keys()].sort()).toEqual(['text/html', 'text/plain']);
    const text = parts.get('text/plain') ?? '';
    const html = parts.get('text/html') ?? '';
    expect(text).toContain('Acme Bank');
    expect(text).toMatch(/\b\d{6}\b/);
    expect(html).toContain('Acme Bank');
    expect(html).toContain('#aa0000');
    expect(html).toContain(/\b(\d{6})\b/.exec(text)?.[1]);
    // Dutch, not English.
    expect(`${text}`.toLowerCase()).toMatch(/code|verificatie/);
    expect(text).not.toMatch(/\bYour\b/);
  });

  it('sends no extra header whatever CR/LF an org name carries', async () => {
    const email = sender();
    const engine = engineFor('bob', email, { orgName: 'Evil\r\nBcc: victim@example.org' });
    const started = await engine.recovery.start({ identifier: 'bob' });
    const before = received.length;
    await engine.recovery.challenge({
      flowToken: started.flowToken,
      methodId: started.methods[0]?.id ?? '',
      confirm: 'bob@example.com',
    });
    await engine.dispatcher.runOnce();
    email.close();
    const mail = received.at(-1);
    expect(received.length).toBe(before + 1);
    expect(mail?.to).toEqual(['bob@example.com']);
    expect(headersOf(mail?.raw ?? '').has('bcc')).toBe(false);
  });

  it('refuses CR/LF in the subject or the address, and sends nothing', async () => {
    const email = sender();
    const before = received.length;
    for (const hostile of [
      { ...message, subject: 'Hi\r\nBcc: victim@example.org' },
      { ...message, subject: 'Hi\nX-Injected: 1' },
      { ...message, to: 'alice@example.com\r\nBcc: victim@example.org' },
      { ...message, to: 'alice@example.com, victim@example.org' },
      { ...message, to: 'Alice <alice@example.com>' },
    ]) {
      await expect(email.send(hostile)).rejects.toMatchObject({
        name: 'DeliveryError',
        code: 'invalid_recipient',
        retryable: false,
      });
    }
    email.close();
    expect(received.length).toBe(before);
  });

  it('refuses a from name or address with line breaks with a TypeError', () => {
    expect(() => sender({ fromName: 'Acme\r\nBcc: x@example.org' })).toThrow(TypeError);
    expect(() => sender({ from: 'a@example.com\r\nBcc: x@example.org' })).toThrow(TypeError);
    expect(() => sender({ from: 'Acme <a@example.com>' })).toThrow(TypeError);
  });

  it('maps refused credentials (535) to auth, not retryable', async () => {
    const email = sender({ auth: { user: 'openreset', pass: 'wrong' } });
    await expect(email.send(message)).rejects.toMatchObject({ code: 'auth', retryable: false });
  });

  it('maps a refused recipient (550) to invalid_recipient, not retryable', async () => {
    const email = sender();
    await expect(email.send({ ...message, to: 'nobody@example.com' })).rejects.toMatchObject({
      code: 'invalid_recipient',
      retryable: false,
    });
  });

  it('maps a deferral (451) to unavailable, retryable', async () => {
    const email = sender();
    await expect(email.send({ ...message, to: 'busy@example.com' })).rejects.toMatchObject({
      code: 'unavailable',
      retryable: true,
    });
  });

  it('maps a server that is down to unavailable, retryable', async () => {
    const email = sender({ port: 1, timeoutMs: 1000 });
    await expect(email.send(message)).rejects.toMatchObject({
      code: 'unavailable',
      retryable: true,
    });
  });

  it('delivers through a pooled transport too', async () => {
    const email = sender({ pool: { maxConnections: 1 } });
    const before = received.length;
    const receipts = await Promise.all([email.send(message), email.send(message)]);
    email.close();
    expect(received.length).toBe(before + 2);
    expect(receipts.every((receipt) => typeof receipt.providerMessageId === 'string')).toBe(true);
  });
});
