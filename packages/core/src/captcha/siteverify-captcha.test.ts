import { describe, expect, it } from 'vitest';
import {
  createHcaptchaCaptcha,
  createTurnstileCaptcha,
  SITEVERIFY_URLS,
} from './siteverify-captcha.js';

interface Seen {
  url: string;
  method: string | undefined;
  contentType: string | null;
  form: Record<string, string>;
}

/**
 * A stand-in for the provider's siteverify endpoint that checks the documented request
 * (form-encoded POST of secret, response, remoteip, and sitekey for hCaptcha) and answers
 * like the provider: success once per token, `timeout-or-duplicate` after.
 */
function fakeProvider(answer: (form: Record<string, string>) => unknown, status = 200) {
  const seen: Seen[] = [];
  const used = new Set<string>();
  const fetch = (async (url: string, init?: RequestInit) => {
    const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
    seen.push({
      url: String(url),
      method: init?.method,
      contentType: new Headers(init?.headers).get('content-type'),
      form,
    });
    const body = used.has(form.response ?? '')
      ? { success: false, 'error-codes': ['timeout-or-duplicate'] }
      : answer(form);
    used.add(form.response ?? '');
    return new Response(JSON.stringify(body), { status });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const ok = (form: Record<string, string>) =>
  form.secret === 'the-secret' && form.response === 'good-token'
    ? {
        success: true,
        challenge_ts: '2026-11-24T10:00:00Z',
        hostname: 'id.example.com',
        'error-codes': [],
      }
    : { success: false, 'error-codes': ['invalid-input-response'] };

describe('createTurnstileCaptcha', () => {
  it('posts the documented form to Cloudflare’s siteverify and passes a token once', async () => {
    const provider = fakeProvider(ok);
    const captcha = createTurnstileCaptcha({
      siteKey: '0x4AAA-site',
      secret: 'the-secret',
      fetch: provider.fetch,
    });
    expect(captcha.widget).toEqual({ provider: 'turnstile', siteKey: '0x4AAA-site' });
    expect(await captcha.verify('good-token', { ip: '203.0.113.9' })).toBe(true);
    expect(provider.seen[0]).toEqual({
      url: SITEVERIFY_URLS.turnstile,
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      form: { secret: 'the-secret', response: 'good-token', remoteip: '203.0.113.9' },
    });
    // Replayed, forged, empty, too long: refused.
    expect(await captcha.verify('good-token', {})).toBe(false);
    expect(await captcha.verify('forged', {})).toBe(false);
    expect(await captcha.verify('', {})).toBe(false);
    expect(await captcha.verify('x'.repeat(2049), {})).toBe(false);
    expect(provider.seen).toHaveLength(3);
    expect(provider.seen[2]?.form).toEqual({ secret: 'the-secret', response: 'forged' });
  });

  it('fails closed on a provider error, bad JSON, a thrown fetch or another host name', async () => {
    const down = fakeProvider(ok, 500);
    expect(
      await createTurnstileCaptcha({
        siteKey: 's',
        secret: 'the-secret',
        fetch: down.fetch,
      }).verify('good-token', {}),
    ).toBe(false);
    const garbage = (async () => new Response('<html>')) as unknown as typeof fetch;
    expect(
      await createTurnstileCaptcha({ siteKey: 's', secret: 'x', fetch: garbage }).verify('t', {}),
    ).toBe(false);
    const thrown = (async () => {
      throw new TypeError('network');
    }) as unknown as typeof fetch;
    expect(
      await createTurnstileCaptcha({ siteKey: 's', secret: 'x', fetch: thrown }).verify('t', {}),
    ).toBe(false);
    const elsewhere = fakeProvider(ok);
    const strict = createTurnstileCaptcha({
      siteKey: 's',
      secret: 'the-secret',
      hostnames: ['login.example.com'],
      fetch: elsewhere.fetch,
    });
    expect(await strict.verify('good-token', {})).toBe(false);
    const truthy = fakeProvider(() => ({ success: 'true' }));
    expect(
      await createTurnstileCaptcha({ siteKey: 's', secret: 'x', fetch: truthy.fetch }).verify(
        't',
        {},
      ),
    ).toBe(false);
  });

  it('refuses to start without a site key or secret', () => {
    expect(() => createTurnstileCaptcha({ siteKey: '', secret: 'x' })).toThrow(/siteKey/);
    expect(() => createHcaptchaCaptcha({ siteKey: 's', secret: ' ' })).toThrow(/secret/);
  });
});

describe('createHcaptchaCaptcha', () => {
  it('posts secret, response, sitekey and remoteip to api.hcaptcha.com/siteverify', async () => {
    const provider = fakeProvider(ok);
    const captcha = createHcaptchaCaptcha({
      siteKey: '10000000-ffff',
      secret: 'the-secret',
      hostnames: ['ID.example.com'],
      fetch: provider.fetch,
    });
    expect(captcha.widget).toEqual({ provider: 'hcaptcha', siteKey: '10000000-ffff' });
    expect(await captcha.verify('good-token', { ip: '2001:db8::1' })).toBe(true);
    expect(provider.seen[0]).toEqual({
      url: 'https://api.hcaptcha.com/siteverify',
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      form: {
        secret: 'the-secret',
        response: 'good-token',
        sitekey: '10000000-ffff',
        remoteip: '2001:db8::1',
      },
    });
    expect(await captcha.verify('good-token', {})).toBe(false);
  });
});
