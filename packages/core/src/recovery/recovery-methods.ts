import type { AccountContacts } from '../contacts/account-contacts.js';
import { deliveryChannel, METHODS, type MethodType } from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DecoyAccount } from './decoy-account.js';
import type { FlowMethod } from './flow-data.js';

/** Which message channels have a sender, and whether passkeys have a relying party. */
export interface AvailableChannels {
  sms: boolean;
  voice: boolean;
  email: boolean;
  /** The engine has `webauthn` options. @default false */
  passkey?: boolean;
}

/**
 * The methods every flow of a tenant offers before its first proof: each method the policy
 * enables that has a sender (or needs none), in {@link MethodType} order, whatever the account
 * registered, so that the list says nothing about the account (what an account can really
 * use shows only in whether a code arrives or a proof passes). Passkeys need the engine's
 * `webauthn` options.
 */
export function offeredTypes(policy: Policy, channels: AvailableChannels): MethodType[] {
  return (Object.keys(METHODS) as MethodType[]).filter((type) => {
    if (!policy.methods.includes(type)) return false;
    if (type === 'passkey') return channels.passkey === true;
    const channel = deliveryChannel(type);
    return channel === null || channels[channel];
  });
}

/** What {@link offeredMethods} needs. */
export interface OfferedMethodsInput {
  policy: Policy;
  channels: AvailableChannels;
  contacts: AccountContacts;
  decoy: DecoyAccount;
}

/**
 * The flow's methods with their hints (see {@link offeredTypes} and {@link phoneHint}). A
 * phone method shows the last two digits of the account's first number of that kind, or
 * the decoy's digits when it has none; an address shows nothing of itself. When the policy
 * accepts a Temporary Access Pass, every flow (whether or not the account holds a pass) ends
 * with the option `{ id: 'temporary_access_pass', type: 'temporary_access_pass' }`.
 */
export function offeredMethods(input: OfferedMethodsInput): FlowMethod[] {
  const { policy } = input;
  const pass: FlowMethod[] = policy.helpdesk.temporaryAccessPass
    ? [{ id: 'temporary_access_pass', type: 'temporary_access_pass', hint: null }]
    : [];
  return [...hintedMethods(input), ...pass];
}

/** The policy's methods with their hints, `m1`, `m2`, ... */
function hintedMethods(input: OfferedMethodsInput): FlowMethod[] {
  const { policy, contacts, decoy } = input;
  return offeredTypes(policy, input.channels).map((type, index) => {
    const id = `m${index + 1}`;
    switch (type) {
      case 'mobileSms':
      case 'mobileVoice':
        return { id, type, hint: phoneHint(contacts.mobile[0], decoy.mobileDigits, policy) };
      case 'officeVoice':
        return { id, type, hint: phoneHint(contacts.office[0], decoy.officeDigits, policy) };
      case 'email':
        return { id, type, hint: EMAIL_HINT };
      default:
        return { id, type, hint: null };
    }
  });
}

const BULLET = '•';

/**
 * An address's hint: nothing of the address. Nothing in real addresses is uniformly
 * distributed (first letters follow names, domains follow employers and countries), so any
 * character shown would tell real accounts from decoys; the user types the whole address.
 */
export const EMAIL_HINT = `${BULLET.repeat(3)}@${BULLET.repeat(3)}`;

/**
 * A phone's hint: its last two digits after a fixed run of bullets (so the length of the
 * number stays hidden), prefixed with `+CC` only when the policy allows a single country,
 * which every number then has. Real last digits are close to uniform, like a decoy's.
 *
 * @example
 * ```ts
 * phoneHint('+31612345678', '03', policy); // "••• ••• ••78", or "+31 ••• ••• ••78" for ['31']
 * phoneHint(undefined, '03', policy); // "••• ••• ••03"
 * ```
 */
export function phoneHint(e164: string | undefined, decoyDigits: string, policy: Policy): string {
  const digits = e164 === undefined ? decoyDigits : e164.slice(-2);
  const codes = policy.limits.phoneCountryCallingCodes;
  const prefix = codes.length === 1 ? `+${codes[0]} ` : '';
  return `${prefix}${BULLET.repeat(3)} ${BULLET.repeat(3)} ${BULLET.repeat(2)}${digits}`;
}
