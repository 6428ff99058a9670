import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtAuthenticator, type JwtOptions } from './authenticate-jwt.js';
import { HttpError } from './http-error.js';

const SECRET = 'a shared secret of at least thirty-two bytes';
const OPTIONS = { secret: SECRET, issuer: 'https://login.example.com/', audience: 'openreset' };
/** The token's expiry: 2030-01-01T00:00:00Z. */
const EXP = Date.UTC(2030, 0, 1) / 1000;

/** Whether the token that expires at {@link EXP} is accepted with these options. */
async function accepts(options: Partial<JwtOptions>): Promise<boolean> {
  const token = await new SignJWT({ sub: 'u-alice' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(OPTIONS.issuer)
    .setAudience(OPTIONS.audience)
    .setExpirationTime(EXP)
    .sign(new TextEncoder().encode(SECRET));
  const authenticate = createJwtAuthenticator({ ...OPTIONS, ...options });
  try {
    const request = new Request('https://x/', { headers: { authorization: `Bearer ${token}` } });
    return (await authenticate(request)) !== null;
  } catch (error) {
    if (error instanceof HttpError && error.code === 'unauthenticated') return false;
    throw error;
  }
}

const at = (seconds: number) => () => new Date(seconds * 1000);

describe('JWT clock options', () => {
  it('checks exp against currentDate', async () => {
    expect(await accepts({ currentDate: at(EXP - 1) })).toBe(true);
    expect(await accepts({ currentDate: at(EXP) })).toBe(false);
  });

  it('allows clockToleranceSeconds of leeway past exp, and none by default', async () => {
    expect(await accepts({ currentDate: at(EXP + 30) })).toBe(false);
    expect(await accepts({ currentDate: at(EXP + 30), clockToleranceSeconds: 60 })).toBe(true);
    expect(await accepts({ currentDate: at(EXP + 90), clockToleranceSeconds: 60 })).toBe(false);
  });
});
