import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../crypto/encoding.js';
import { createJwtAuthenticator, type JwtOptions } from './authenticate-jwt.js';
import { createHttpHandler } from './create-http-handler.js';
import { createTestApi, json, request } from './http-test-setup.js';

const SECRET = 'a shared secret of at least thirty-two bytes';
const ISSUER = 'https://login.example.com/';
const AUDIENCE = 'openreset';
const NOW = Math.floor(Date.now() / 1000);

function sign(claims: JWTPayload, alg: string, key: CryptoKey | Uint8Array, kid?: string) {
  return new SignJWT({ sub: 'u-alice', ...claims })
    .setProtectedHeader({ alg, ...(kid === undefined ? {} : { kid }) })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

const hmac = new TextEncoder().encode(SECRET);
const api = createTestApi();

function handlerWith(jwt: JwtOptions) {
  return createHttpHandler(api.services, { jwt });
}

async function statusOf(handler: ReturnType<typeof handlerWith>, token: string, path = '/me') {
  const response = await handler(
    request('GET', path, { headers: { authorization: `Bearer ${token}` } }),
  );
  return response.status;
}

describe('JWT authentication', () => {
  const withSecret = handlerWith({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE });

  it('accepts an HS256 token signed with the shared secret', async () => {
    expect(await statusOf(withSecret, await sign({}, 'HS256', hmac))).toBe(200);
  });

  it('refuses alg none, a wrong secret, audience or issuer, and expired or future tokens', async () => {
    const encode = (value: object) =>
      encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
    const payload = { sub: 'u-alice', iss: ISSUER, aud: AUDIENCE, iat: NOW, exp: NOW + 300 };
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
    const other = new TextEncoder().encode('another secret of at least thirty-two bytes');
    const tokens = {
      unsigned,
      wrongSecret: await sign({}, 'HS256', other),
      wrongAudience: await new SignJWT({ sub: 'u-alice' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience('someone-else')
        .setExpirationTime('5m')
        .sign(hmac),
      wrongIssuer: await new SignJWT({ sub: 'u-alice' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('https://evil.example.com/')
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(hmac),
      expired: await new SignJWT({ sub: 'u-alice' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(NOW - 60)
        .sign(hmac),
      notYetValid: await sign({ nbf: NOW + 3600 }, 'HS256', hmac),
      noSubject: await sign({ sub: undefined }, 'HS256', hmac),
      garbage: 'not.a.jwt',
    };
    for (const [name, token] of Object.entries(tokens)) {
      const response = await withSecret(
        request('GET', '/me', { headers: { authorization: `Bearer ${token}` } }),
      );
      expect(response.status, name).toBe(401);
      expect(response.headers.get('www-authenticate'), name).toBe('Bearer error="invalid_token"');
      expect((await json(response)).error, name).toEqual({ code: 'unauthenticated' });
    }
    const basic = await withSecret(
      request('GET', '/me', { headers: { authorization: 'Basic YTpi' } }),
    );
    expect(basic.status).toBe(401);
    expect((await withSecret(request('GET', '/me'))).status).toBe(401);
  });

  it('accepts RS256 and ES256 tokens against a public key (CryptoKey or JWK)', async () => {
    for (const alg of ['RS256', 'ES256']) {
      const { publicKey, privateKey } = await generateKeyPair(alg);
      const token = await sign({}, alg, privateKey);
      expect(
        await statusOf(handlerWith({ publicKey, issuer: ISSUER, audience: AUDIENCE }), token),
        alg,
      ).toBe(200);
      const jwk = await exportJWK(publicKey);
      expect(
        await statusOf(handlerWith({ publicKey: jwk, issuer: ISSUER, audience: AUDIENCE }), token),
        `${alg} as JWK`,
      ).toBe(200);
      const other = await generateKeyPair(alg);
      expect(
        await statusOf(
          handlerWith({ publicKey, issuer: ISSUER, audience: AUDIENCE }),
          await sign({}, alg, other.privateKey),
        ),
      ).toBe(401);
    }
  });

  it('refuses an algorithm that is not allowed (HS256 against a public key, RS256 when only ES256 is)', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const onlyEs = handlerWith({
      publicKey,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['ES256'],
    });
    expect(await statusOf(onlyEs, await sign({}, 'RS256', privateKey))).toBe(401);
    const jwk = await exportJWK(publicKey);
    const confused = await sign({}, 'HS256', new TextEncoder().encode(JSON.stringify(jwk)));
    expect(
      await statusOf(handlerWith({ publicKey, issuer: ISSUER, audience: AUDIENCE }), confused),
    ).toBe(401);
  });

  it('grants admin only through the configured claim', async () => {
    const handler = handlerWith({
      secret: SECRET,
      issuer: ISSUER,
      audience: AUDIENCE,
      adminClaim: { name: 'roles', value: 'sspr-admin' },
    });
    const admin = await sign({ sub: 'u-admin', roles: ['staff', 'sspr-admin'] }, 'HS256', hmac);
    const staff = await sign({ sub: 'u-admin', roles: ['staff'], isAdmin: true }, 'HS256', hmac);
    expect(await statusOf(handler, admin, '/admin/policy')).toBe(200);
    expect(await statusOf(handler, staff, '/admin/policy')).toBe(403);
    expect(await statusOf(withSecret, admin, '/admin/policy')).toBe(403);
  });

  it('reads auth_time (never iat) as the sign-in time', async () => {
    const authenticate = createJwtAuthenticator({
      secret: SECRET,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const withAuthTime = await sign({ auth_time: NOW - 30 }, 'HS256', hmac);
    const withoutIt = await sign({}, 'HS256', hmac);
    const call = (token: string) =>
      authenticate(new Request('https://x/', { headers: { authorization: `Bearer ${token}` } }));
    expect(await call(withAuthTime)).toEqual({
      userId: 'u-alice',
      isAdmin: false,
      authTime: new Date((NOW - 30) * 1000),
    });
    expect(await call(withoutIt)).toEqual({ userId: 'u-alice', isAdmin: false });
  });

  it('refuses incomplete options with TypeError', () => {
    const bad: unknown[] = [
      { issuer: ISSUER, audience: AUDIENCE },
      { secret: SECRET, jwksUrl: 'https://a/', issuer: ISSUER, audience: AUDIENCE },
      { secret: SECRET, audience: AUDIENCE },
      { secret: SECRET, issuer: ISSUER },
      { jwksUrl: 'http://login.example.com/jwks', issuer: ISSUER, audience: AUDIENCE },
    ];
    for (const options of bad)
      expect(() => createJwtAuthenticator(options as JwtOptions)).toThrow(TypeError);
  });
});

describe('JWT authentication with a JWKS URL', () => {
  let server: Server;
  let url = '';
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies tokens against the fetched key set', async () => {
    const handler = handlerWith({ jwksUrl: url, issuer: ISSUER, audience: AUDIENCE });
    expect(await statusOf(handler, await sign({}, 'ES256', privateKey, 'k1'))).toBe(200);
    const stranger = await generateKeyPair('ES256');
    expect(await statusOf(handler, await sign({}, 'ES256', stranger.privateKey, 'k2'))).toBe(401);
  });

  it('answers 503 when the key set cannot be fetched', async () => {
    const handler = handlerWith({
      jwksUrl: 'http://127.0.0.1:9/jwks.json',
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const response = await handler(
      request('GET', '/me', {
        headers: { authorization: `Bearer ${await sign({}, 'ES256', privateKey, 'k1')}` },
      }),
    );
    expect(response.status).toBe(503);
    expect((await json(response)).error).toEqual({ code: 'authentication_unavailable' });
  });
});
