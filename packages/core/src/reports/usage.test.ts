import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory, type MemoryDirectoryUser } from '../memory/memory-directory.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { RegisteredMethod, UserRegistration } from '../ports/storage.js';
import { createReports } from './create-reports.js';
import { evaluateUsage } from './usage.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const QUESTIONS = {
  custom: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, text: `Custom question ${id}?` })),
  toRegister: 4,
  toAnswer: 3,
};

function user(overrides: Partial<DirectoryUser> = {}): DirectoryUser {
  return {
    id: 'u-1',
    username: 'one',
    groups: [],
    isAdmin: false,
    disabled: false,
    lockedOut: false,
    contact: {},
    mustChangePassword: false,
    ...overrides,
  };
}

let methodIds = 0;
function method(
  kind: RegisteredMethod['kind'],
  extra: Partial<RegisteredMethod> = {},
): RegisteredMethod {
  methodIds += 1;
  return { id: `m${methodIds}`, kind, createdAt: NOW, verifiedAt: NOW, ...extra };
}
const mobile = (value = '+31612345678') => method('mobile', { value });
const office = (value = '+31201234567') => method('office', { value });
const email = (value = 'one@example.com') => method('email', { value });
const questions = (count: number) =>
  method('securityQuestions', {
    answers: Array.from({ length: count }, (_, index) => ({
      questionId: `c${index + 1}`,
      answerHash: 'hash',
    })),
  });

function registration(userId: string, methods: RegisteredMethod[]): UserRegistration {
  return { tenantId: 'default', userId, revision: 1, methods, reconfirmedAt: NOW, updatedAt: NOW };
}

const usageOf = (
  methods: RegisteredMethod[],
  policy: PolicyInput = {},
  overrides: Partial<DirectoryUser> = {},
) => evaluateUsage(user(overrides), registration('u-1', methods), parsePolicy(policy));

const flags = (row: { registered: boolean; enabled: boolean; capable: boolean }) => [
  row.registered,
  row.enabled,
  row.capable,
];

describe('usage: registered', () => {
  it('needs as many distinct methods as the policy has gates', () => {
    expect(usageOf([email()]).registered).toBe(true);
    expect(usageOf([email()], { gatesRequired: 2 }).registered).toBe(false);
    expect(usageOf([email(), mobile()], { gatesRequired: 2 }).registered).toBe(true);
  });

  it('counts one phone number once, texted or called, mobile or office', () => {
    const policy: PolicyInput = {
      gatesRequired: 2,
      methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email'],
    };
    expect(usageOf([mobile('+31612345678'), office('+31612345678')], policy).registered).toBe(
      false,
    );
    expect(usageOf([mobile('+31612345678'), office('+31201234567')], policy).registered).toBe(true);
  });

  it('counts only the methods the policy enables', () => {
    // Every policy keeps two kinds for admins; the user's one method decides.
    expect(usageOf([office()]).registered).toBe(false);
    expect(usageOf([office()], { methods: ['officeVoice', 'email'] }).registered).toBe(true);
    expect(usageOf([mobile()], { methods: ['mobileVoice', 'email'] }).registered).toBe(true);
    expect(usageOf([mobile()], { methods: ['officeVoice', 'email'] }).registered).toBe(false);
  });

  it('asks an admin for two methods whatever the policy says', () => {
    expect(usageOf([email()], {}, { isAdmin: true })).toMatchObject({
      role: 'admin',
      registered: false,
    });
    expect(usageOf([email(), mobile()], {}, { isAdmin: true }).registered).toBe(true);
  });

  it('counts security questions only when enabled, for non-admins, with enough answers', () => {
    const enabled: PolicyInput = {
      methods: ['mobileSms', 'email', 'securityQuestions'],
      questions: QUESTIONS,
    };
    expect(usageOf([questions(4)], enabled).registered).toBe(true);
    expect(usageOf([questions(3)], enabled).registered).toBe(true);
    expect(usageOf([questions(2)], enabled).registered).toBe(false);
    expect(usageOf([questions(4)]).registered).toBe(false);
    expect(usageOf([questions(4), email()], { ...enabled, gatesRequired: 2 }).registered).toBe(
      true,
    );
    expect(usageOf([questions(4), email()], enabled, { isAdmin: true }).registered).toBe(false);
  });

  it('counts what the directory holds when the policy lets it', () => {
    const contact = { mobile: '+31699999999', alternateEmail: 'alt@example.org' };
    expect(usageOf([email()], { gatesRequired: 2 }, { contact })).toMatchObject({
      registered: true,
      methods: ['mobile', 'email'],
    });
    expect(
      usageOf([email()], { gatesRequired: 2, useDirectoryMethods: false }, { contact }),
    ).toMatchObject({ registered: false, methods: ['email'] });
    // The same address in the registration and the directory is one method.
    expect(
      usageOf(
        [email('alt@example.org')],
        { gatesRequired: 2 },
        { contact: { alternateEmail: 'ALT@example.org' } },
      ).registered,
    ).toBe(false);
  });

  it('lists the kinds of method in a fixed order, passkeys too', () => {
    expect(
      usageOf([method('passkey', { credential: {} }), email(), questions(3), mobile()]).methods,
    ).toEqual(['mobile', 'email', 'securityQuestions', 'passkey']);
  });
});

describe('usage: enabled and capable', () => {
  it('follows the policy scope: all, selected groups, none', () => {
    const registered = [email()];
    expect(flags(usageOf(registered))).toEqual([true, true, true]);
    expect(flags(usageOf(registered, { enabled: 'none' }))).toEqual([true, false, false]);
    const selected: PolicyInput = { enabled: 'selected', groups: ['sspr'] };
    expect(flags(usageOf(registered, selected, { groups: ['staff', 'sspr'] }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(flags(usageOf(registered, selected, { groups: ['staff'] }))).toEqual([
      true,
      false,
      false,
    ]);
    expect(flags(usageOf([], selected, { groups: ['sspr'] }))).toEqual([false, true, false]);
  });
});

describe('usage: the report', () => {
  async function setup(count: number) {
    const storage = createMemoryStorage();
    const users: MemoryDirectoryUser[] = Array.from({ length: count }, (_, index) => ({
      id: `u-${String(index).padStart(2, '0')}`,
      username: `user${index}`,
      password: 'x',
      isAdmin: index === 0,
    }));
    const directory = createMemoryDirectory({
      users,
      hasher: createPbkdf2Hasher({ iterations: 1 }),
    });
    for (const [index, entry] of users.entries()) {
      await storage.registrations.save(
        registration(entry.id ?? '', index % 2 === 0 ? [email()] : [email(), mobile()]),
        null,
      );
    }
    const reports = createReports({
      audit: storage.audit,
      registrations: storage.registrations,
      directory,
      getPolicy: async () => parsePolicy({}),
      clock: createFakeClock(NOW),
      tenantId: 'default',
    });
    return { storage, reports };
  }

  it('pages 25 users 10 at a time as 10, 10 and 5, and skips users the directory forgot', async () => {
    const { storage, reports } = await setup(25);
    // Registrations of users the directory no longer knows, among the real ones.
    for (const id of ['u-05x', 'u-10x', 'u-99']) {
      await storage.registrations.save(registration(id, [email()]), null);
    }
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await reports.usage({ limit: 10, ...(cursor === undefined ? {} : { cursor }) });
      pages.push(page.rows.map((row) => row.userId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(
      Array.from({ length: 25 }, (_, i) => `u-${String(i).padStart(2, '0')}`),
    );
  });

  it('gives each user a row with registered, enabled, capable and methods', async () => {
    const { reports } = await setup(3);
    expect((await reports.usage()).rows).toEqual([
      {
        userId: 'u-00',
        username: 'user0',
        role: 'admin',
        registered: false,
        enabled: true,
        capable: false,
        methods: ['email'],
      },
      {
        userId: 'u-01',
        username: 'user1',
        role: 'user',
        registered: true,
        enabled: true,
        capable: true,
        methods: ['mobile', 'email'],
      },
      {
        userId: 'u-02',
        username: 'user2',
        role: 'user',
        registered: true,
        enabled: true,
        capable: true,
        methods: ['email'],
      },
    ]);
    await expect(reports.usage({ cursor: 'x' })).rejects.toMatchObject({ code: 'invalid_cursor' });
    await expect(reports.usage({ limit: 0 })).rejects.toBeInstanceOf(TypeError);
  });

  it('exports every user as CSV', async () => {
    const { reports } = await setup(1002);
    const lines = (await reports.usageCsv()).split('\r\n');
    expect(lines[0]).toBe('userId,username,role,registered,enabled,capable,methods');
    expect(lines[1]).toBe('u-00,user0,admin,false,true,false,email');
    expect(lines[2]).toBe('u-01,user1,user,true,true,true,mobile;email');
    expect(lines).toHaveLength(1 + 1002 + 1);
  });
});
