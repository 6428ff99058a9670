// Each check of the handler's options, with its own message (mutation testing, issue 20: a
// removed check would still end in some TypeError elsewhere, so the message tells them apart).
import { describe, expect, it } from 'vitest';
import type { Authenticate } from './caller.js';
import { resolveHttpOptions } from './http-options.js';

const JWT = {
  secret: 'a secret of at least thirty-two bytes!!',
  issuer: 'https://issuer.example.com',
  audience: 'openreset',
};

describe('resolveHttpOptions checks', () => {
  it('refuses a base path that does not start with "/", or ends with one', () => {
    for (const basePath of ['api', 'x/api', '/api/']) {
      expect(() => resolveHttpOptions({ basePath }), basePath).toThrow(
        new TypeError('basePath must start with "/" and not end with one (or be "")'),
      );
    }
  });

  it('takes authenticate or jwt, not both', () => {
    const authenticate: Authenticate = async () => null;
    expect(resolveHttpOptions({ authenticate }).authenticate).toBe(authenticate);
    expect(resolveHttpOptions({ jwt: JWT }).authenticate).toBeTypeOf('function');
    expect(() => resolveHttpOptions({ authenticate, jwt: JWT })).toThrow(
      new TypeError('give authenticate or jwt, not both'),
    );
  });

  it('names the option whose origin is not one', () => {
    expect(() => resolveHttpOptions({ allowedOrigins: ['https://a.example/path'] })).toThrow(
      new TypeError(
        'allowedOrigins: https://a.example/path is not an origin (scheme://host[:port], no path)',
      ),
    );
    expect(() => resolveHttpOptions({ publicOrigin: 'not a url' })).toThrow(
      new TypeError('publicOrigin: not a url is not an origin'),
    );
    expect(() => resolveHttpOptions({ publicOrigin: 'data:text/plain,x' })).toThrow(
      new TypeError(
        'publicOrigin: data:text/plain,x is not an origin (scheme://host[:port], no path)',
      ),
    );
  });

  it('refuses a list of frame ancestors with one bad source among good ones', () => {
    expect(() => resolveHttpOptions({ frameAncestors: ["'self'", 'a;b'] })).toThrow(
      new TypeError('frameAncestors must be CSP sources without spaces, ";" or ","'),
    );
  });

  it('says which number is wrong', () => {
    const cases: [Parameters<typeof resolveHttpOptions>[0], string][] = [
      [{ trustProxy: -1 }, 'trustProxy must be an integer of at least 0, got -1'],
      [{ maxBodyBytes: 255 }, 'maxBodyBytes must be an integer of at least 256, got 255'],
      [{ paddingBytes: 0 }, 'paddingBytes must be a positive integer, got 0'],
      [
        { rateLimits: { reset: { max: 0, windowMs: 1000 } } },
        'rateLimits need a positive integer max and windowMs (or false)',
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => resolveHttpOptions(options), message).toThrow(new TypeError(message));
    }
  });

  it('sends X-Frame-Options DENY only when nobody may frame', () => {
    const headers = (frameAncestors: string[]) =>
      resolveHttpOptions({ frameAncestors }).securityHeaders;
    expect(headers(["'none'"])['x-frame-options']).toBe('DENY');
    expect(headers(["'self'"])).not.toHaveProperty('x-frame-options');
    expect(headers(["'none'", "'self'"])).not.toHaveProperty('x-frame-options');
  });

  it('passes the client address, tenant and clock on', () => {
    const clientIp = () => '192.0.2.1';
    const now = () => new Date(0);
    expect(resolveHttpOptions({ clientIp, tenantId: 'acme', now })).toMatchObject({
      clientIp,
      tenantId: 'acme',
      now,
    });
  });
});
