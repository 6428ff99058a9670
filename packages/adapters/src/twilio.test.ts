import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTwilioSms, createTwilioVoice } from '@openreset/adapters/twilio';
import {
  createWebhookSms,
  createWebhookVoice,
  signWebhookBody,
  verifyWebhookSignature,
} from '@openreset/adapters/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token';
const SECRET = 'webhook-shared-secret-0123456789';

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the fake provider answers next: status and JSON body. */
let reply: { status: number; body: unknown } = { status: 201, body: { sid: 'SM123' } };
const seen: Seen[] = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function last(): Seen {
  const request = seen.at(-1);
  if (request === undefined) throw new Error('no request');
  return request;
}

const basic = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`;

describe('Twilio SMS and voice, checked against the documented wire format', () => {
  it('POSTs a form-encoded message with Basic auth to Messages.json', async () => {
    reply = { status: 201, body: { sid: 'SM0001', status: 'queued' } };
    const sms = createTwilioSms({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl,
    });
    const receipt = await sms.send({
      to: '+31 6 1234 5678',
      text: 'Code 123456 & more',
      locale: 'en',
    });
    expect(receipt).toEqual({ providerMessageId: 'SM0001' });
    const request = last();
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(request.headers.authorization).toBe(basic);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      To: '+31612345678',
      From: '+15005550006',
      Body: 'Code 123456 & more',
    });
  });

  it('calls with TwiML that says the intro and the digits one by one, twice, in the user’s language', async () => {
    reply = { status: 201, body: { sid: 'CA0001' } };
    const voice = createTwilioVoice({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl,
    });
    const receipt = await voice.call({
      to: '+31612345678',
      code: '482913',
      intro: 'Uw code <is> "&"',
      locale: 'nl',
    });
    expect(receipt).toEqual({ providerMessageId: 'CA0001' });
    const request = last();
    expect(request.path).toBe(`/2010-04-01/Accounts/${SID}/Calls.json`);
    expect(request.headers.authorization).toBe(basic);
    const form = Object.fromEntries(new URLSearchParams(request.body));
    expect(form.To).toBe('+31612345678');
    expect(form.From).toBe('+15005550006');
    const say =
      '<Say language="nl-NL">Uw code &lt;is&gt; &quot;&amp;&quot;</Say><Say language="nl-NL">4 8 2 9 1 3</Say>';
    expect(form.Twiml).toBe(`<Response>${say}<Pause length="1"/>${say}</Response>`);
  });

  it('refuses an invalid number with invalid_recipient without calling the API', async () => {
    const sms = createTwilioSms({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl,
    });
    const before = seen.length;
    for (const to of ['0612345678', '+999', '+31 6 12', '+31612345678\r\nX: y', '']) {
      await expect(sms.send({ to, text: 'x', locale: 'en' })).rejects.toMatchObject({
        code: 'invalid_recipient',
        retryable: false,
      });
    }
    expect(seen.length).toBe(before);
  });

  it.each([
    [400, 21211, 'invalid_recipient', false],
    [400, 21614, 'invalid_recipient', false],
    [400, 21612, 'unreachable', false],
    [400, 30003, 'unreachable', false],
    [401, 20003, 'auth', false],
    [429, 20429, 'rate_limited', true],
    [429, undefined, 'rate_limited', true],
    [500, undefined, 'unavailable', true],
    [503, 20500, 'unavailable', true],
  ])('maps HTTP %i with Twilio error %s to %s', async (status, code, expected, retryable) => {
    reply = { status, body: code === undefined ? {} : { code, message: 'x', status } };
    const sms = createTwilioSms({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl,
    });
    await expect(sms.send({ to: '+31612345678', text: 'x', locale: 'en' })).rejects.toMatchObject({
      name: 'DeliveryError',
      code: expected,
      retryable,
    });
  });

  it('maps a provider that cannot be reached to unavailable', async () => {
    const sms = createTwilioSms({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: 'http://127.0.0.1:1',
    });
    await expect(sms.send({ to: '+31612345678', text: 'x', locale: 'en' })).rejects.toMatchObject({
      code: 'unavailable',
      retryable: true,
    });
  });
});

describe('signed webhook SMS and voice', () => {
  it('POSTs signed JSON that verifyWebhookSignature accepts', async () => {
    reply = { status: 200, body: { id: 'gw-1' } };
    const sms = createWebhookSms({
      url: `${baseUrl}/hooks/sms`,
      secret: SECRET,
      now: () => 1_800_000_000,
    });
    expect(await sms.send({ to: '+31612345678', text: 'Code 123456', locale: 'de' })).toEqual({
      providerMessageId: 'gw-1',
    });
    const request = last();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/hooks/sms');
    expect(request.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      channel: 'sms',
      to: '+31612345678',
      text: 'Code 123456',
      locale: 'de',
      timestamp: 1_800_000_000,
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    const header = request.headers['x-openreset-signature'];
    expect(header).toBe(signWebhookBody(SECRET, request.body, 1_800_000_000));
    expect(
      verifyWebhookSignature(SECRET, String(header), request.body, { now: 1_800_000_100 }),
    ).toBe(true);
    // Tampered body, wrong secret, stale timestamp, garbage header: all refused.
    expect(
      verifyWebhookSignature(SECRET, String(header), `${request.body} `, { now: 1_800_000_000 }),
    ).toBe(false);
    expect(
      verifyWebhookSignature('another-secret-0123456', String(header), request.body, {
        now: 1_800_000_000,
      }),
    ).toBe(false);
    expect(
      verifyWebhookSignature(SECRET, String(header), request.body, { now: 1_800_000_301 }),
    ).toBe(false);
    expect(verifyWebhookSignature(SECRET, 'v1=abc', request.body)).toBe(false);
    expect(verifyWebhookSignature(SECRET, undefined, request.body)).toBe(false);
    expect(
      verifyWebhookSignature(['old-secret-0123456789', SECRET], String(header), request.body, {
        now: 1_800_000_000,
      }),
    ).toBe(true);
  });

  it('sends a voice payload with the code and the intro', async () => {
    reply = { status: 202, body: {} };
    const voice = createWebhookVoice({ url: `${baseUrl}/hooks/voice`, secret: SECRET });
    const receipt = await voice.call({
      to: '+31612345678',
      code: '482913',
      intro: 'Ihr Code',
      locale: 'de',
    });
    const body = JSON.parse(last().body) as Record<string, unknown>;
    expect(body).toMatchObject({
      channel: 'voice',
      to: '+31612345678',
      code: '482913',
      intro: 'Ihr Code',
    });
    expect(receipt.providerMessageId).toBe(body.id);
    expect(
      verifyWebhookSignature(SECRET, String(last().headers['x-openreset-signature']), last().body),
    ).toBe(true);
  });

  it.each([
    [422, { error: 'invalid_recipient' }, 'invalid_recipient', false],
    [422, { error: 'unreachable' }, 'unreachable', false],
    [401, {}, 'auth', false],
    [429, {}, 'rate_limited', true],
    [502, {}, 'unavailable', true],
    [404, {}, 'unavailable', false],
  ])('maps HTTP %i %j to %s', async (status, body, expected, retryable) => {
    reply = { status, body };
    const sms = createWebhookSms({ url: `${baseUrl}/hooks/sms`, secret: SECRET });
    await expect(sms.send({ to: '+31612345678', text: 'x', locale: 'en' })).rejects.toMatchObject({
      code: expected,
      retryable,
    });
  });

  it('refuses a short secret or a non-http URL with a TypeError', () => {
    expect(() => createWebhookSms({ url: baseUrl, secret: 'short' })).toThrow(TypeError);
    expect(() => createWebhookSms({ url: 'file:///etc/passwd', secret: SECRET })).toThrow(
      TypeError,
    );
  });
});
