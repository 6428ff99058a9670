import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import type { DirectoryContact, DirectoryUser } from '../ports/directory.js';
import type { RegisteredMethod, UserRegistration } from '../ports/storage.js';
import {
  type AccountContacts,
  accountContacts,
  contactsFor,
  provableKinds,
  type SkippedContact,
} from './account-contacts.js';
import { NO_CONTACTS } from './contacts-test-setup.js';

const NL_MOBILE = '+31612345678';
const CH_MOBILE = '+41791234567';
const DE_OFFICE = '+4930123456';

function user(contact: DirectoryContact = {}, isAdmin = false): DirectoryUser {
  return {
    id: 'u1',
    username: 'ada',
    groups: [],
    isAdmin,
    disabled: false,
    lockedOut: false,
    mustChangePassword: false,
    contact,
  };
}

function method(
  kind: RegisteredMethod['kind'],
  extra: Partial<RegisteredMethod>,
): RegisteredMethod {
  const at = new Date('2026-01-01T00:00:00Z');
  return { id: `r-${kind}`, kind, createdAt: at, verifiedAt: at, ...extra };
}

function registration(...methods: RegisteredMethod[]): UserRegistration {
  const at = new Date('2026-01-01T00:00:00Z');
  return { tenantId: 't', userId: 'u1', revision: 1, methods, reconfirmedAt: at, updatedAt: at };
}

function answers(count: number): RegisteredMethod {
  return method('securityQuestions', {
    answers: Array.from({ length: count }, (_, index) => ({
      questionId: `q${index + 1}`,
      answerHash: `h${index + 1}`,
    })),
  });
}

function run(input: {
  user?: DirectoryUser | null;
  registration?: UserRegistration | null;
  policy?: unknown;
}): { contacts: AccountContacts; skipped: SkippedContact[] } {
  const skipped: SkippedContact[] = [];
  const contacts = accountContacts({
    user: input.user === undefined ? user() : input.user,
    registration: input.registration ?? null,
    policy: parsePolicy(input.policy ?? {}),
    onSkipped: (contact) => skipped.push(contact),
  });
  return { contacts, skipped };
}

describe('accountContacts', () => {
  it('lists registered contacts before the directory ones, each in its own list', () => {
    const { contacts, skipped } = run({
      user: user({ mobile: CH_MOBILE, office: DE_OFFICE, alternateEmail: 'alt@example.org' }),
      registration: registration(
        method('mobile', { value: NL_MOBILE }),
        method('office', { value: '+31201234567' }),
        method('email', { value: 'ada@example.com' }),
      ),
    });
    expect(contacts.mobile).toEqual([NL_MOBILE, CH_MOBILE]);
    expect(contacts.office).toEqual(['+31201234567', DE_OFFICE]);
    expect(contacts.email).toEqual(['ada@example.com', 'alt@example.org']);
    expect(skipped).toEqual([]);
  });

  it('ignores the directory contacts when the policy does not use them', () => {
    const { contacts } = run({
      user: user({ mobile: CH_MOBILE, office: DE_OFFICE, alternateEmail: 'alt@example.org' }),
      policy: { useDirectoryMethods: false },
    });
    expect(contacts).toEqual(NO_CONTACTS);
  });

  it('reports an invalid number or address with its source and field, and leaves it out', () => {
    const { contacts, skipped } = run({
      user: user({ mobile: '0612345678', office: '+31 20 123', alternateEmail: 'a b@example.org' }),
      registration: registration(
        method('mobile', { value: '+3161234' }),
        method('email', { value: '@example.com' }),
      ),
    });
    expect(contacts.mobile).toEqual([]);
    expect(contacts.office).toEqual([]);
    expect(contacts.email).toEqual([]);
    expect(skipped).toEqual([
      { source: 'registration', field: 'mobile' },
      { source: 'registration', field: 'email' },
      { source: 'directory', field: 'mobile' },
      { source: 'directory', field: 'office' },
      { source: 'directory', field: 'alternateEmail' },
    ]);
  });

  it('accepts an address only with text on both sides of its last @ and no space or control character', () => {
    const addresses = ['ada@', '@example.org', 'ada@exa\u0007mple.org', 'ada\t@example.org'];
    for (const address of addresses) {
      const { contacts, skipped } = run({
        registration: registration(method('email', { value: address })),
      });
      expect(contacts.email, address).toEqual([]);
      expect(skipped, address).toEqual([{ source: 'registration', field: 'email' }]);
    }
    const { contacts } = run({ registration: registration(method('email', { value: 'a@b' })) });
    expect(contacts.email).toEqual(['a@b']);
  });

  it('keeps only the numbers of the allowed calling codes, silently, when the policy names some', () => {
    const { contacts, skipped } = run({
      user: user({ mobile: CH_MOBILE, office: DE_OFFICE, alternateEmail: 'alt@example.org' }),
      registration: registration(method('mobile', { value: NL_MOBILE })),
      policy: { limits: { phoneCountryCallingCodes: ['31'] } },
    });
    expect(contacts.mobile).toEqual([NL_MOBILE]);
    expect(contacts.office).toEqual([]);
    expect(contacts.email).toEqual(['alt@example.org']);
    expect(skipped).toEqual([]);
  });

  it('keeps the answers of a user who is not an admin when there are enough to ask', () => {
    const { contacts } = run({ registration: registration(answers(3)) });
    expect([...contacts.answers]).toEqual([
      ['q1', 'h1'],
      ['q2', 'h2'],
      ['q3', 'h3'],
    ]);
  });

  it('drops the answers of an admin, of an unknown user and of too few answers', () => {
    expect(
      run({ user: user({}, true), registration: registration(answers(3)) }).contacts.answers.size,
    ).toBe(0);
    expect(run({ user: null, registration: registration(answers(3)) }).contacts.answers.size).toBe(
      0,
    );
    expect(run({ registration: registration(answers(2)) }).contacts.answers.size).toBe(0);
  });
});

describe('contactsFor', () => {
  const contacts: AccountContacts = {
    mobile: [NL_MOBILE],
    office: [DE_OFFICE],
    email: ['ada@example.com'],
    answers: new Map([['q1', 'h1']]),
    passkeys: [],
    authenticators: [],
  };

  it('gives the list of the method kind, and nothing for questions', () => {
    expect(contactsFor('mobileSms', contacts)).toEqual([NL_MOBILE]);
    expect(contactsFor('mobileVoice', contacts)).toEqual([NL_MOBILE]);
    expect(contactsFor('officeVoice', contacts)).toEqual([DE_OFFICE]);
    expect(contactsFor('email', contacts)).toEqual(['ada@example.com']);
    expect(contactsFor('securityQuestions', contacts)).toEqual([]);
  });
});

describe('provableKinds', () => {
  const types = ['mobileSms', 'officeVoice', 'email', 'securityQuestions'] as const;

  it('names the kinds the account has something for', () => {
    expect(provableKinds(NO_CONTACTS, types)).toEqual(new Set());
    const full = {
      ...NO_CONTACTS,
      mobile: [NL_MOBILE],
      office: [DE_OFFICE],
      email: ['a@b'],
      answers: new Map([['q1', 'h']]),
    };
    expect(provableKinds(full, types)).toEqual(
      new Set(['mobile', 'office', 'email', 'securityQuestions']),
    );
    expect(provableKinds(full, ['email'])).toEqual(new Set(['email']));
  });

  it('counts one number registered as both mobile and office once, as mobile', () => {
    const same = { ...NO_CONTACTS, mobile: [NL_MOBILE], office: [NL_MOBILE] };
    expect(provableKinds(same, types)).toEqual(new Set(['mobile']));
    expect(provableKinds(same, ['officeVoice'])).toEqual(new Set(['office']));
  });
});
