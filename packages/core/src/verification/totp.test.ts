import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../memory/seeded-random.js';
import { matchTotp, newTotpSecret, totpCode, totpStep, totpUri } from './totp.js';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (ASCII) in base32, and the
// 8-digit codes it lists; 6-digit codes are their last six digits (the same truncation).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: Array<[seconds: number, code: string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP (RFC 6238, SHA-1, 6 digits, 30 s)', () => {
  it.each(RFC_VECTORS)('at %i s the code is the last six digits of %s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, at(seconds))).toBe(code.slice(-6));
    expect(matchTotp(RFC_SECRET, code.slice(-6), at(seconds))).toBe(totpStep(at(seconds)));
  });

  it('accepts a code one step early or late, and refuses it two steps away', () => {
    // Step 40 runs from 1200 s to 1229.999 s.
    const code = totpCode(RFC_SECRET, at(1200));
    expect(totpStep(at(1200))).toBe(40);
    expect(totpStep(at(1229.999))).toBe(40);
    expect(matchTotp(RFC_SECRET, code, at(1229.999))).toBe(40);
    expect(matchTotp(RFC_SECRET, code, at(1230))).toBe(40); // step 41: one late
    expect(matchTotp(RFC_SECRET, code, at(1259.999))).toBe(40);
    expect(matchTotp(RFC_SECRET, code, at(1260))).toBeNull(); // step 42: two late
    expect(matchTotp(RFC_SECRET, code, at(1199.999))).toBe(40); // step 39: one early
    expect(matchTotp(RFC_SECRET, code, at(1169.999))).toBeNull(); // step 38: two early
  });

  it('refuses anything but six digits, and another secret’s code', () => {
    const now = at(1200);
    const code = totpCode(RFC_SECRET, now);
    for (const bad of ['', '12345', '1234567', `${code} `, code.replace(/\d$/, 'x')]) {
      expect(matchTotp(RFC_SECRET, bad, now)).toBeNull();
    }
    const other = newTotpSecret(createSeededRandom(1));
    expect(matchTotp(other, code, now)).toBeNull();
  });

  it('makes 160-bit base32 secrets from the random port, different each time', () => {
    const random = createSeededRandom(7);
    const first = newTotpSecret(random);
    const second = newTotpSecret(random);
    expect(first).toMatch(/^[A-Z2-7]{32}$/);
    expect(second).not.toBe(first);
  });

  it('writes the otpauth URI apps scan, with the issuer and the label', () => {
    const uri = new URL(totpUri({ secret: RFC_SECRET, issuer: 'Acme Corp', label: 'alice' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Acme Corp:alice');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Acme Corp',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
