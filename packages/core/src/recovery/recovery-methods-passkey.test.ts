// Passkeys among the offered methods (found by mutation testing, issue 20): offered only
// when the engine has a relying party (`webauthn` options), never because no sender is needed.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import { offeredTypes } from './recovery-methods.js';

function policyWith(methods: readonly string[]): Policy {
  const base = parsePolicy({ methods: ['email', 'mobileSms'] });
  return { ...base, methods: [...methods] as Policy['methods'] };
}

describe('offeredTypes: passkeys', () => {
  const channels = { sms: true, voice: true, email: true };

  it('offers passkeys the policy enables only with a relying party', () => {
    const policy = policyWith(['email', 'passkey']);
    expect(offeredTypes(policy, { ...channels, passkey: true })).toEqual(['email', 'passkey']);
    expect(offeredTypes(policy, { ...channels, passkey: false })).toEqual(['email']);
    expect(offeredTypes(policy, channels)).toEqual(['email']);
  });

  it('offers no passkey the policy does not enable, relying party or not', () => {
    expect(offeredTypes(policyWith(['email']), { ...channels, passkey: true })).toEqual(['email']);
  });
});
