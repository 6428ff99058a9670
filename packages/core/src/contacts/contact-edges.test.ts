// Edges of the contact helpers that their own suites leave open (found by mutation testing,
// issue 20): passkeys and authenticator apps among an account's contacts, the messages of
// the format errors, and the strictness of typed phone numbers.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { RegisteredMethod, UserRegistration } from '../ports/storage.js';
import { accountContacts, provableKinds } from './account-contacts.js';
import { toE164 } from './calling-code.js';
import { matchesPhone } from './confirm-contact.js';
import { NO_CONTACTS } from './contacts-test-setup.js';
import { maskEmail, maskPhone } from './mask-contact.js';

const AT = new Date('2026-01-01T00:00:00Z');

const USER: DirectoryUser = {
  id: 'u1',
  username: 'ada',
  groups: [],
  isAdmin: false,
  disabled: false,
  lockedOut: false,
  mustChangePassword: false,
  contact: {},
};

function registration(...methods: RegisteredMethod[]): UserRegistration {
  return { tenantId: 't', userId: 'u1', revision: 1, methods, reconfirmedAt: AT, updatedAt: AT };
}

const PASSKEY: RegisteredMethod = {
  id: 'pk',
  kind: 'passkey',
  credential: {},
  createdAt: AT,
  verifiedAt: AT,
} as RegisteredMethod;
const AUTHENTICATOR: RegisteredMethod = {
  id: 'ta',
  kind: 'authenticator',
  createdAt: AT,
  verifiedAt: AT,
} as RegisteredMethod;
const EMAIL: RegisteredMethod = {
  id: 'e',
  kind: 'email',
  value: 'ada@example.com',
  createdAt: AT,
  verifiedAt: AT,
};
const QUESTIONS: RegisteredMethod = {
  id: 'q',
  kind: 'securityQuestions',
  answers: ['q1', 'q2', 'q3'].map((questionId) => ({ questionId, answerHash: `h-${questionId}` })),
  createdAt: AT,
  verifiedAt: AT,
};

const contactsOf = (value: UserRegistration | null) =>
  accountContacts({
    user: USER,
    registration: value,
    policy: parsePolicy({}),
    onSkipped: () => undefined,
  });

describe('accountContacts: passkeys, authenticator apps and questions among other methods', () => {
  it('lists the registered passkeys and authenticator apps, each in its own list', () => {
    const contacts = contactsOf(registration(EMAIL, PASSKEY, AUTHENTICATOR, QUESTIONS));
    expect(contacts.passkeys).toEqual([PASSKEY]);
    expect(contacts.authenticators).toEqual([AUTHENTICATOR]);
    expect(contacts.email).toEqual(['ada@example.com']);
  });

  it('lists none without a registration or without such methods', () => {
    for (const value of [null, registration(EMAIL)]) {
      const contacts = contactsOf(value);
      expect(contacts.passkeys).toEqual([]);
      expect(contacts.authenticators).toEqual([]);
    }
  });

  it('finds the security answers behind other registered methods', () => {
    const contacts = contactsOf(registration(EMAIL, PASSKEY, QUESTIONS));
    expect([...contacts.answers.keys()]).toEqual(['q1', 'q2', 'q3']);
  });
});

describe('provableKinds: passkeys and authenticator apps', () => {
  it('counts a passkey or an authenticator app only when one is registered', () => {
    const types = ['passkey', 'authenticatorApp'] as const;
    expect(provableKinds(NO_CONTACTS, types)).toEqual(new Set());
    expect(provableKinds({ ...NO_CONTACTS, passkeys: [PASSKEY] }, types)).toEqual(
      new Set(['passkey']),
    );
    expect(provableKinds({ ...NO_CONTACTS, authenticators: [AUTHENTICATOR] }, types)).toEqual(
      new Set(['authenticator']),
    );
    // Registered, but not among the types asked about.
    expect(
      provableKinds({ ...NO_CONTACTS, passkeys: [PASSKEY], authenticators: [AUTHENTICATOR] }, [
        'email',
      ]),
    ).toEqual(new Set());
  });
});

describe('format errors name what was expected', () => {
  it('maskPhone, maskEmail and matchesPhone say what they expect', () => {
    expect(() => maskPhone('+99912345678')).toThrow(
      new TypeError('maskPhone expects an E.164 number'),
    );
    expect(() => maskEmail('ada.example.com')).toThrow(
      new TypeError('maskEmail expects an address with a local part, an @ and a domain'),
    );
    expect(() => matchesPhone('0612345678', '0612345678')).toThrow(
      new TypeError('matchesPhone expects an E.164 number'),
    );
  });
});

describe('maskEmail: a domain starting with a dot', () => {
  it('shows no TLD when the only dot is the first character', () => {
    expect(maskEmail('ada@.internal')).toBe('a•••@.•••');
  });
});

describe('toE164: nothing but the number', () => {
  it('refuses an extension and a trailing +, which a lenient parse would drop', () => {
    expect(toE164('+31612345678 x12')).toBeNull();
    expect(toE164('+31612345678 ext. 12')).toBeNull();
    expect(toE164('+31 612345678 +')).toBeNull();
  });
});
