import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import { configResponse } from './http-schemas.js';
import { toPublicConfig } from './public-config.js';

const ALL_METHODS = parsePolicy({
  methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions'],
  questions: {
    predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'],
  },
});

describe('toPublicConfig', () => {
  it('shows every method the policy enables when no channels are given', () => {
    expect(toPublicConfig(ALL_METHODS).methods).toEqual(ALL_METHODS.methods);
  });

  it('leaves out each method whose channel has no sender, and keeps questions', () => {
    const methodsWith = (channels: { sms: boolean; voice: boolean; email: boolean }) =>
      toPublicConfig(ALL_METHODS, channels).methods;
    expect(methodsWith({ sms: true, voice: true, email: true })).toEqual(ALL_METHODS.methods);
    expect(methodsWith({ sms: false, voice: true, email: true })).toEqual([
      'mobileVoice',
      'officeVoice',
      'email',
      'securityQuestions',
    ]);
    expect(methodsWith({ sms: true, voice: false, email: true })).toEqual([
      'mobileSms',
      'email',
      'securityQuestions',
    ]);
    expect(methodsWith({ sms: true, voice: true, email: false })).toEqual([
      'mobileSms',
      'mobileVoice',
      'officeVoice',
      'securityQuestions',
    ]);
    expect(methodsWith({ sms: false, voice: false, email: false })).toEqual(['securityQuestions']);
  });

  it('gives the question settings only when security questions are enabled', () => {
    expect(toPublicConfig(ALL_METHODS).questions).toEqual({
      toRegister: 3,
      predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'],
      custom: [],
    });
    expect(toPublicConfig(parsePolicy({})).questions).toBeUndefined();
  });

  it('fits the /config response schema and keeps limits and groups out', () => {
    const config = toPublicConfig(ALL_METHODS, { sms: true, voice: false, email: true });
    expect(configResponse.strict().parse(config)).toEqual(config);
    expect(Object.keys(config).sort()).toEqual(Object.keys(configResponse.shape).sort());
    expect(JSON.stringify(config)).not.toMatch(/limits|groups|bannedTerms|secret/);
  });

  it("lists the methods in the policy's order, passkeys included without channels", () => {
    const policy = parsePolicy({ methods: ['email', 'passkey', 'mobileSms'] });
    expect(toPublicConfig(policy).methods).toEqual(['email', 'passkey', 'mobileSms']);
    expect(
      toPublicConfig(policy, { sms: true, voice: true, email: true, passkey: false }).methods,
    ).toEqual(['email', 'mobileSms']);
  });

  it('shows the helpdesk the policy names', () => {
    const policy = parsePolicy({
      helpdesk: { email: 'help@example.com', url: 'https://help.example.com/' },
    });
    expect(toPublicConfig(policy).helpdesk).toEqual({
      email: 'help@example.com',
      url: 'https://help.example.com/',
    });
  });
});
