// The JWT authenticator called directly (mutation testing, issue 20): each option check
// with its own message, the Authorization header's exact form, the user id's length, the
// admin claim and auth_time.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtAuthenticator, type JwtOptions } from './authenticate-jwt.js';
import { HttpError } from './http-error.js';

const SECRET = 'a shared secret of at least thirty-two bytes';
const ISSUER = 'https://login.example.com/';
const AUDIENCE = 'openreset';
const BASE: JwtOptions = { secret: SECRET, issuer: ISSUER, audience: AUDIENCE };

function sign(claims: Record<string, unknown>, key: Uint8Array = new TextEncoder().encode(SECRET)) {
  return new SignJWT({ sub: 'u-alice', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

const withHeader = (authorization: string) =>
  new Request('https://api.example.com/me', { headers: { authorization } });

async function statusOf(result: unknown): Promise<number> {
  try {
    await result;
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe('createJwtAuthenticator: options', () => {
  it('names what is wrong with the options', () => {
    const cases: Array<[unknown, string]> = [
      [null, 'jwt options are required'],
      ['secret', 'jwt options are required'],
      [
        { issuer: ISSUER, audience: AUDIENCE },
        'jwt needs exactly one of secret, publicKey and jwksUrl',
      ],
      [{ ...BASE, issuer: '' }, 'jwt.issuer is required'],
      [{ ...BASE, issuer: [] }, 'jwt.issuer is required'],
      [{ ...BASE, issuer: [ISSUER, 7] }, 'jwt.issuer is required'],
      [{ ...BASE, audience: '' }, 'jwt.audience is required'],
      [{ ...BASE, algorithms: [] }, 'jwt.algorithms must list signing algorithms (never "none")'],
      [
        { ...BASE, algorithms: ['HS256', 'None'] },
        'jwt.algorithms must list signing algorithms (never "none")',
      ],
      [{ ...BASE, secret: 'x'.repeat(31) }, 'jwt.secret must be at least 32 bytes'],
      [
        { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'not a url' },
        'jwt.jwksUrl must be an absolute URL',
      ],
      [
        { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'http://login.example.com/jwks' },
        'jwt.jwksUrl must be https',
      ],
      [
        { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'ftp://localhost/jwks' },
        'jwt.jwksUrl must be https',
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => createJwtAuthenticator(options as JwtOptions), JSON.stringify(options)).toThrow(
        new TypeError(message),
      );
    }
  });

  it('accepts issuer lists, a 32-byte secret, https and local http key sets', () => {
    for (const options of [
      { ...BASE, issuer: [ISSUER, 'https://other.example.com/'] },
      { ...BASE, secret: 'x'.repeat(32) },
      { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'https://login.example.com/jwks' },
      { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'http://localhost:8080/jwks' },
      { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'http://127.0.0.1/jwks' },
      { issuer: ISSUER, audience: AUDIENCE, jwksUrl: 'http://[::1]/jwks' },
    ]) {
      expect(() => createJwtAuthenticator(options), JSON.stringify(options)).not.toThrow();
    }
  });

  it('takes a secret given as bytes as those bytes', async () => {
    const key = new Uint8Array(32).fill(7);
    const authenticate = createJwtAuthenticator({ ...BASE, secret: key });
    await expect(authenticate(withHeader(`Bearer ${await sign({}, key)}`))).resolves.toMatchObject({
      userId: 'u-alice',
    });
  });
});

describe('createJwtAuthenticator: tokens', () => {
  const authenticate = createJwtAuthenticator(BASE);

  it('reads only "Bearer <token>", nothing before or after it', async () => {
    const token = await sign({});
    expect(await statusOf(authenticate(withHeader(`Bearer ${token}`)))).toBe(200);
    expect(await statusOf(authenticate(withHeader(`bearer ${token}`)))).toBe(200);
    expect(await statusOf(authenticate(withHeader(`Basic x Bearer ${token}`)))).toBe(401);
    expect(await statusOf(authenticate(withHeader(`Bearer ${token} extra`)))).toBe(401);
  });

  it('takes user ids of 1 to 256 characters', async () => {
    const check = async (sub: string) =>
      statusOf(authenticate(withHeader(`Bearer ${await sign({ sub })}`)));
    expect(await check('u'.repeat(256))).toBe(200);
    expect(await check('u'.repeat(257))).toBe(401);
    expect(await check('')).toBe(401);
  });

  it('takes a token of up to 8192 characters', async () => {
    const base = (await sign({ pad: '' })).length;
    // Each character of `pad` adds 4/3 of a base64url character; find pads just at and over.
    let pad = Math.floor(((8192 - base) * 3) / 4);
    let token = await sign({ pad: 'p'.repeat(pad) });
    while (token.length < 8192) token = await sign({ pad: 'p'.repeat(++pad) });
    while (token.length > 8192) token = await sign({ pad: 'p'.repeat(--pad) });
    if (token.length === 8192) {
      expect(await statusOf(authenticate(withHeader(`Bearer ${token}`)))).toBe(200);
    }
    let longer = token;
    while (longer.length <= 8192) longer = await sign({ pad: 'p'.repeat(++pad) });
    expect(await statusOf(authenticate(withHeader(`Bearer ${longer}`)))).toBe(401);
  });

  it('makes an admin by the claim: true by default, or the value, or an array holding it', async () => {
    const byDefault = createJwtAuthenticator({ ...BASE, adminClaim: { name: 'admin' } });
    const byRole = createJwtAuthenticator({
      ...BASE,
      adminClaim: { name: 'role', value: 'helpdesk' },
    });
    const isAdmin = async (authenticate: typeof byDefault, claims: Record<string, unknown>) =>
      (await authenticate(withHeader(`Bearer ${await sign(claims)}`)))?.isAdmin;
    expect(await isAdmin(byDefault, { admin: true })).toBe(true);
    expect(await isAdmin(byDefault, { admin: 'true' })).toBe(false);
    expect(await isAdmin(byDefault, {})).toBe(false);
    expect(await isAdmin(byRole, { role: 'helpdesk' })).toBe(true);
    expect(await isAdmin(byRole, { role: ['user', 'helpdesk'] })).toBe(true);
    expect(await isAdmin(byRole, { role: 'user' })).toBe(false);
  });

  it('takes auth_time only as a number of seconds', async () => {
    const caller = async (claims: Record<string, unknown>) =>
      authenticate(withHeader(`Bearer ${await sign(claims)}`));
    expect((await caller({ auth_time: 1_700_000_000 }))?.authTime).toEqual(
      new Date(1_700_000_000_000),
    );
    for (const auth_time of ['1700000000', 'yesterday', true]) {
      expect(await caller({ auth_time }), String(auth_time)).not.toHaveProperty('authTime');
    }
  });
});
