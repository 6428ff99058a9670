import { describe, expect, it } from 'vitest';
import { InvalidPolicyError } from '../errors.js';
import { parsePolicy } from './parse-policy.js';

function issuesOf(input: unknown) {
  try {
    parsePolicy(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPolicyError);
    expect((error as InvalidPolicyError).code).toBe('invalid_policy');
    return (error as InvalidPolicyError).issues;
  }
  throw new Error('expected parsePolicy to throw');
}

describe('parsePolicy', () => {
  it('fills secure defaults from an empty policy', () => {
    const policy = parsePolicy({});
    expect(policy).toMatchObject({
      enabled: 'all',
      gatesRequired: 1,
      methods: ['mobileSms', 'mobileVoice', 'email'],
      questions: { toRegister: 3, toAnswer: 3 },
      reconfirmDays: 180,
      codeLength: 6,
      codeTtlMinutes: 5,
      flowTtlMinutes: 15,
      detailedErrors: false,
      limits: {
        sendsPerMethodPerHour: 5,
        emailsPerTenMinutes: 10,
        failedProofsPerDay: 5,
        blockHours: 24,
        resetsPerHour: 5,
        maxConsecutiveFailures: 100,
      },
      password: { minLength: 12, maxLength: 256, customBannedTerms: [], maxAgeDays: 0 },
      notifications: { userOnReset: true, adminsOnAdminReset: true },
    });
    expect(policy.methods).not.toContain('securityQuestions');
  });

  it('treats undefined like an empty policy', () => {
    expect(parsePolicy(undefined)).toEqual(parsePolicy({}));
  });

  it('keeps the given values', () => {
    const policy = parsePolicy({
      gatesRequired: 2,
      methods: ['email', 'officeVoice'],
      reconfirmDays: 0,
      password: { minLength: 15, customBannedTerms: ['contoso'] },
    });
    expect(policy.gatesRequired).toBe(2);
    expect(policy.reconfirmDays).toBe(0);
    expect(policy.password).toMatchObject({
      minLength: 15,
      maxLength: 256,
      customBannedTerms: ['contoso'],
    });
  });

  it.each([
    ['gatesRequired', { gatesRequired: 0 }, 'too_small'],
    ['gatesRequired', { gatesRequired: 3 }, 'too_big'],
    ['questions.toRegister', { questions: { toRegister: 2 } }, 'too_small'],
    ['questions.toRegister', { questions: { toRegister: 6 } }, 'too_big'],
    ['questions.toAnswer', { questions: { toAnswer: 6, toRegister: 5 } }, 'too_big'],
    ['reconfirmDays', { reconfirmDays: -1 }, 'too_small'],
    ['reconfirmDays', { reconfirmDays: 731 }, 'too_big'],
    ['codeLength', { codeLength: 5 }, 'too_small'],
    ['codeTtlMinutes', { codeTtlMinutes: 11 }, 'too_big'],
    ['password.minLength', { password: { minLength: 7 } }, 'too_small'],
    ['password.maxLength', { password: { maxLength: 63 } }, 'too_small'],
    ['limits.maxConsecutiveFailures', { limits: { maxConsecutiveFailures: 101 } }, 'too_big'],
    [
      'password.customBannedTerms',
      { password: { customBannedTerms: Array(1001).fill('term') } },
      'too_big',
    ],
  ])('refuses %s out of range (%j)', (path, input, code) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('accepts the edges of every range', () => {
    expect(() =>
      parsePolicy({
        gatesRequired: 2,
        methods: ['email', 'mobileSms'],
        questions: { toRegister: 5, toAnswer: 5 },
        reconfirmDays: 730,
        codeLength: 8,
        password: { minLength: 8, maxLength: 64, customBannedTerms: ['abcd', 'a'.repeat(16)] },
      }),
    ).not.toThrow();
    expect(() =>
      parsePolicy({ questions: { toRegister: 3, toAnswer: 3 }, reconfirmDays: 0 }),
    ).not.toThrow();
  });

  it('gives the limits that were broken', () => {
    expect(issuesOf({ reconfirmDays: 731 })).toEqual([
      { path: 'reconfirmDays', code: 'too_big', maximum: 730 },
    ]);
    expect(issuesOf({ password: { minLength: 7 } })).toEqual([
      { path: 'password.minLength', code: 'too_small', minimum: 8 },
    ]);
  });

  it('refuses asking more questions than users register', () => {
    expect(issuesOf({ questions: { toRegister: 3, toAnswer: 4 } })).toEqual([
      { path: 'questions.toAnswer', code: 'custom', reason: 'answer_exceeds_register' },
    ]);
  });

  it('refuses custom banned terms outside 4-16 characters, naming each', () => {
    expect(
      issuesOf({ password: { customBannedTerms: ['ok-term', 'abc', 'x'.repeat(17)] } }),
    ).toEqual([
      { path: 'password.customBannedTerms.1', code: 'custom', reason: 'term_too_short' },
      { path: 'password.customBannedTerms.2', code: 'custom', reason: 'term_too_long' },
    ]);
  });

  it('refuses custom questions over 200 characters and more than 20 questions', () => {
    expect(
      issuesOf({ questions: { custom: [{ id: 'long', text: 'q'.repeat(201) }] } }),
    ).toContainEqual(expect.objectContaining({ path: 'questions.custom.0.text', code: 'too_big' }));
    const custom = Array.from({ length: 21 }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?` }));
    expect(issuesOf({ questions: { custom } })).toContainEqual(
      expect.objectContaining({ path: 'questions.custom', code: 'too_big', maximum: 20 }),
    );
  });

  it('needs enough questions defined when security questions are enabled', () => {
    expect(
      issuesOf({
        methods: ['email', 'mobileSms', 'securityQuestions'],
        questions: { custom: [{ id: 'a', text: 'A?' }] },
      }),
    ).toEqual([{ path: 'questions', code: 'custom', reason: 'not_enough_questions' }]);
  });

  it('needs two distinct methods for two gates: one phone texted and called is one method', () => {
    expect(issuesOf({ gatesRequired: 2, methods: ['mobileSms', 'mobileVoice'] })).toEqual([
      { path: 'gatesRequired', code: 'custom', reason: 'not_enough_methods' },
      { path: 'methods', code: 'custom', reason: 'admins_need_two_methods' },
    ]);
  });

  it('accepts passkeys and authenticator apps as methods of their own kinds', () => {
    expect(parsePolicy({ methods: ['email', 'passkey'], gatesRequired: 2 }).methods).toEqual([
      'email',
      'passkey',
    ]);
    expect(
      parsePolicy({ methods: ['passkey', 'authenticatorApp'], gatesRequired: 2 }).gatesRequired,
    ).toBe(2);
    expect(issuesOf({ methods: ['passkey'] })).toEqual([
      { path: 'methods', code: 'custom', reason: 'admins_need_two_methods' },
    ]);
    expect(parsePolicy({}).mfaAwareRecovery).toBe(true);
    expect(parsePolicy({}).adminsRequirePasskey).toBe(false);
  });

  it('refuses branding colors people cannot read (WCAG AA, 4.5:1), naming each pair', () => {
    expect(issuesOf({ branding: { textColor: '#999999' } })).toEqual([
      { path: 'branding.textColor', code: 'custom', reason: 'low_contrast' },
    ]);
    // A light primary: neither links on white nor white labels on it can be read.
    expect(issuesOf({ branding: { primaryColor: '#9ec1ff' } })).toEqual([
      { path: 'branding.primaryColor', code: 'custom', reason: 'low_contrast' },
      { path: 'branding.primaryColor', code: 'custom', reason: 'low_contrast' },
    ]);
    // A dark theme: light text and a light primary on a dark background, but white labels
    // on that primary fail.
    expect(
      issuesOf({
        branding: { backgroundColor: '#121212', textColor: '#eeeeee', primaryColor: '#9ec1ff' },
      }),
    ).toEqual([{ path: 'branding.primaryColor', code: 'custom', reason: 'low_contrast' }]);
    expect(
      parsePolicy({ branding: { backgroundColor: '#fffbe6', primaryColor: '#0b57d0' } }).branding
        .primaryColor,
    ).toBe('#0b57d0');
  });

  it('refuses to require passkeys of admins when passkeys are not enabled', () => {
    expect(issuesOf({ adminsRequirePasskey: true })).toEqual([
      { path: 'adminsRequirePasskey', code: 'custom', reason: 'passkey_not_enabled' },
    ]);
    expect(
      parsePolicy({ adminsRequirePasskey: true, methods: ['mobileSms', 'email', 'passkey'] })
        .adminsRequirePasskey,
    ).toBe(true);
  });

  it.each([
    [['email']],
    [['mobileSms']],
    [['mobileSms', 'mobileVoice']],
    [['email', 'securityQuestions']],
    [['officeVoice', 'securityQuestions']],
  ])('refuses %j: admins need two distinct kinds other than questions', (methods) => {
    const questions = { predefined: ['first-pet-name', 'childhood-nickname', 'street-at-age-ten'] };
    expect(issuesOf({ methods, questions })).toEqual([
      { path: 'methods', code: 'custom', reason: 'admins_need_two_methods' },
    ]);
  });

  it.each([
    [['mobileSms', 'email']],
    [['mobileVoice', 'officeVoice']],
    [['officeVoice', 'email']],
    [['mobileSms', 'mobileVoice', 'email']],
  ])('accepts %j: two distinct kinds for admins', (methods) => {
    expect(parsePolicy({ methods }).methods).toEqual(methods);
  });

  it('refuses calling codes that are not in service, naming each', () => {
    expect(issuesOf({ limits: { phoneCountryCallingCodes: ['31', '12', '999'] } })).toEqual([
      { path: 'limits.phoneCountryCallingCodes.1', code: 'custom', reason: 'unknown_calling_code' },
      { path: 'limits.phoneCountryCallingCodes.2', code: 'custom', reason: 'unknown_calling_code' },
    ]);
  });

  it('accepts country and non-geographic calling codes', () => {
    const codes = ['1', '7', '31', '36', '39', '353', '298', '800', '882'];
    expect(parsePolicy({ limits: { phoneCountryCallingCodes: codes } }).limits).toMatchObject({
      phoneCountryCallingCodes: codes,
    });
  });

  it('reports a calling code that is not digits once, as a format issue', () => {
    expect(issuesOf({ limits: { phoneCountryCallingCodes: ['+31', '031'] } })).toEqual([
      { path: 'limits.phoneCountryCallingCodes.0', code: 'invalid_format' },
      { path: 'limits.phoneCountryCallingCodes.1', code: 'invalid_format' },
    ]);
  });

  it('needs groups when reset is enabled for selected groups', () => {
    expect(issuesOf({ enabled: 'selected' })).toEqual([
      { path: 'groups', code: 'custom', reason: 'groups_required' },
    ]);
    expect(parsePolicy({ enabled: 'selected', groups: ['sspr-users'] }).groups).toEqual([
      'sspr-users',
    ]);
  });

  it('allows expiry only off or from 14 days', () => {
    expect(issuesOf({ password: { maxAgeDays: 13 } })).toEqual([
      { path: 'password.maxAgeDays', code: 'custom', reason: 'expiry_too_short' },
    ]);
    expect(parsePolicy({ password: { maxAgeDays: 14 } }).password.maxAgeDays).toBe(14);
  });

  it('names every bad field at once', () => {
    const paths = issuesOf({
      reconfirmDays: 9999,
      codeLength: 2,
      password: { minLength: 1 },
      methods: ['carrier-pigeon'],
    }).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['reconfirmDays', 'codeLength', 'password.minLength', 'methods.0']),
    );
  });

  it('refuses unknown types and non-objects', () => {
    expect(issuesOf('policy')).toEqual([{ path: '', code: 'invalid_type' }]);
    expect(issuesOf({ gatesRequired: '2' })).toEqual([
      { path: 'gatesRequired', code: 'invalid_type' },
    ]);
  });

  it('refuses predefined question ids that do not exist', () => {
    expect(
      issuesOf({ questions: { predefined: ['first-pet-name', 'mothers-maiden-name'] } }),
    ).toEqual([{ path: 'questions.predefined.1', code: 'custom', reason: 'unknown_question' }]);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const issues = issuesOf({ gateRequired: 2, password: { minLenght: 12 } });
    expect(issues).toHaveLength(2);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'gateRequired', code: 'unrecognized_keys' },
        { path: 'password.minLenght', code: 'unrecognized_keys' },
      ]),
    );
  });

  it('refuses a helpdesk URL that is not https', () => {
    expect(issuesOf({ helpdesk: { url: 'http://help.example.com' } })).toEqual([
      { path: 'helpdesk.url', code: 'invalid_format' },
    ]);
  });
});
