import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../memory/seeded-random.js';
import { callingCodeOf, isE164 } from './calling-code.js';
import { decoyContacts } from './decoy-contacts.js';
import { maskEmail, maskPhone } from './mask-contact.js';

const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'hotmail.com',
  'proton.me',
  'gmx.de',
  'orange.fr',
];

function seeds(count: number, length = 32): Uint8Array[] {
  const random = createSeededRandom(17);
  return Array.from({ length: count }, () => random.bytes(length));
}

describe('decoyContacts', () => {
  it('gives the same contacts for the same seed', () => {
    const [seed] = seeds(1) as [Uint8Array];
    const first = decoyContacts(seed, { callingCodes: [] });
    expect(decoyContacts(Uint8Array.from(seed), { callingCodes: [] })).toEqual(first);
    expect(decoyContacts(seed, { callingCodes: ['31', '32'] })).toEqual(
      decoyContacts(seed, { callingCodes: ['31', '32'] }),
    );
  });

  it('spreads different seeds out', () => {
    const contacts = seeds(100).map((seed) => decoyContacts(seed, { callingCodes: [] }));
    expect(new Set(contacts.map((c) => c.phone)).size).toBe(100);
    expect(new Set(contacts.map((c) => c.email)).size).toBe(100);
    expect(new Set(contacts.map((c) => maskPhone(c.phone))).size).toBeGreaterThan(50);
    expect(new Set(contacts.map((c) => callingCodeOf(c.phone))).size).toBe(7);
    expect(new Set(contacts.map((c) => c.email.split('@')[1])).size).toBe(DOMAINS.length);
  });

  it('changes when a single seed bit changes', () => {
    const [seed] = seeds(1) as [Uint8Array];
    const flipped = Uint8Array.from(seed);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(decoyContacts(flipped, { callingCodes: [] })).not.toEqual(
      decoyContacts(seed, { callingCodes: [] }),
    );
  });

  it('gives E.164 phones and provider emails that mask cleanly', () => {
    for (const seed of seeds(200, 16)) {
      const { phone, email } = decoyContacts(seed, { callingCodes: [] });
      expect(isE164(phone), phone).toBe(true);
      expect(maskPhone(phone)).toMatch(/^\+\d{1,3} •• ••• •+\d\d$/);
      expect(email).toMatch(/^[a-z][a-z0-9]{5,9}@/);
      expect(DOMAINS).toContain(email.split('@')[1]);
      expect(maskEmail(email)).toMatch(/^[a-z]•••@[a-z]•••\.(com|me|de|fr)$/);
    }
  });

  it('uses only the common calling codes when none are configured', () => {
    for (const seed of seeds(200)) {
      const code = callingCodeOf(decoyContacts(seed, { callingCodes: [] }).phone);
      expect(['1', '31', '32', '33', '34', '44', '49']).toContain(code);
    }
  });

  it('uses only the configured calling codes, with a plausible national length', () => {
    const national = (phone: string, code: string) => phone.slice(1 + code.length);
    for (const seed of seeds(200)) {
      const { phone } = decoyContacts(seed, { callingCodes: ['31', '1', '353', '298'] });
      const code = callingCodeOf(phone);
      expect(['31', '1', '353', '298']).toContain(code);
      if (code === '31') expect(national(phone, code)).toMatch(/^6\d{8}$/);
      if (code === '1') expect(national(phone, code)).toMatch(/^[2-9]\d{9}$/);
      if (code === '353') expect(national(phone, code)).toMatch(/^8\d{8}$/);
      // No table entry: the default of 9 digits, not starting with a trunk 0.
      if (code === '298') expect(national(phone, code)).toMatch(/^[1-9]\d{8}$/);
    }
  });

  it('throws a TypeError for a short seed or something that is not a calling code', () => {
    expect(() => decoyContacts(new Uint8Array(15), { callingCodes: [] })).toThrow(TypeError);
    const [seed] = seeds(1) as [Uint8Array];
    for (const code of ['3', '12', '+31', '0', '031', '3531', '']) {
      expect(() => decoyContacts(seed, { callingCodes: [code] }), code).toThrow(TypeError);
    }
  });
});
