import { describe, expect, it } from 'vitest';
import { NO_CONTACTS } from '../contacts/contacts-test-setup.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DecoyAccount } from './decoy-account.js';
import { EMAIL_HINT, offeredMethods, offeredTypes, phoneHint } from './recovery-methods.js';

const ALL = ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions', 'passkey'];
const EVERY_CHANNEL = { sms: true, voice: true, email: true };
const DECOY: DecoyAccount = { mobileDigits: '47', officeDigits: '03', questionIds: () => [] };
const QUESTIONS = {
  predefined: [
    'street-at-age-ten',
    'first-pet-name',
    'first-teacher-surname',
    'first-concert',
    'childhood-best-friend',
    'childhood-nickname',
  ],
  toRegister: 4,
  toAnswer: 3,
};
/** A policy with every method, passkeys included (which the schema does not enable yet). */
function policyWith(methods: readonly string[]): Policy {
  const base = parsePolicy({
    methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions'],
    questions: QUESTIONS,
  });
  return { ...base, methods: [...methods] as Policy['methods'] };
}
describe('offeredTypes', () => {
  it('offers every enabled method with a sender, in method order, never passkeys', () => {
    const policy = policyWith([...ALL].reverse());
    expect(offeredTypes(policy, EVERY_CHANNEL)).toEqual([
      'mobileSms',
      'mobileVoice',
      'officeVoice',
      'email',
      'securityQuestions',
    ]);
  });

  it('leaves out the methods the policy does not enable', () => {
    const policy = parsePolicy({ methods: ['email', 'officeVoice'] });
    expect(offeredTypes(policy, EVERY_CHANNEL)).toEqual(['officeVoice', 'email']);
  });

  it('leaves out the methods whose channel has no sender', () => {
    const policy = policyWith(ALL);
    expect(offeredTypes(policy, { sms: false, voice: true, email: true })).toEqual([
      'mobileVoice',
      'officeVoice',
      'email',
      'securityQuestions',
    ]);
    expect(offeredTypes(policy, { sms: true, voice: false, email: false })).toEqual([
      'mobileSms',
      'securityQuestions',
    ]);
  });
});

describe('offeredMethods', () => {
  it('numbers the methods and hints the first number of each kind, or the decoy digits', () => {
    const policy = policyWith(ALL);
    const contacts = { ...NO_CONTACTS, mobile: ['+31612345678', '+31698765412'], email: ['a@b.c'] };
    expect(offeredMethods({ policy, channels: EVERY_CHANNEL, contacts, decoy: DECOY })).toEqual([
      { id: 'm1', type: 'mobileSms', hint: '••• ••• ••78' },
      { id: 'm2', type: 'mobileVoice', hint: '••• ••• ••78' },
      { id: 'm3', type: 'officeVoice', hint: '••• ••• ••03' },
      { id: 'm4', type: 'email', hint: '•••@•••' },
      { id: 'm5', type: 'securityQuestions', hint: null },
    ]);
  });

  it('hints the decoy mobile digits and the office number of the account', () => {
    const policy = parsePolicy({ methods: ['mobileSms', 'officeVoice'] });
    const contacts = { ...NO_CONTACTS, office: ['+31201234599'] };
    expect(offeredMethods({ policy, channels: EVERY_CHANNEL, contacts, decoy: DECOY })).toEqual([
      { id: 'm1', type: 'mobileSms', hint: '••• ••• ••47' },
      { id: 'm2', type: 'officeVoice', hint: '••• ••• ••99' },
    ]);
  });
});

describe('phoneHint', () => {
  it('shows the calling code only when the policy allows a single one', () => {
    const one = parsePolicy({ limits: { phoneCountryCallingCodes: ['31'] } });
    const two = parsePolicy({ limits: { phoneCountryCallingCodes: ['31', '41'] } });
    expect(phoneHint('+31612345678', '03', one)).toBe('+31 ••• ••• ••78');
    expect(phoneHint(undefined, '03', one)).toBe('+31 ••• ••• ••03');
    expect(phoneHint('+31612345678', '03', two)).toBe('••• ••• ••78');
    expect(phoneHint('+31612345678', '03', parsePolicy({}))).toBe('••• ••• ••78');
  });

  it('gives an address nothing of itself', () => {
    expect(EMAIL_HINT).toBe('•••@•••');
  });
});
