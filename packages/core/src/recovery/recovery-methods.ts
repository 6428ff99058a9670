import { callingCodeOf } from '../contacts/calling-code.js';
import {
  deliveryChannel,
  METHODS,
  type MethodType,
  methodKind,
} from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { UserRegistration } from '../ports/storage.js';
import type { DecoyAccount } from './decoy-account.js';
import type { FlowMethod } from './flow-data.js';

/** Which message channels have a sender. */
export interface AvailableChannels {
  sms: boolean;
  voice: boolean;
  email: boolean;
}

/** The phones, addresses and answers an account can be reached or proven by. */
export interface AccountContacts {
  /** Mobile numbers (E.164, in an allowed country), registered ones first. */
  mobile: string[];
  /** Office numbers (E.164, in an allowed country). */
  office: string[];
  /** Recovery email addresses, registered ones first. */
  email: string[];
  /** Registered security questions: question id -> answer hash. Never an admin's. */
  answers: Map<string, string>;
}

/** A contact that could not be used because it is malformed, for the audit log. */
export interface SkippedContact {
  source: 'registration' | 'directory';
  /** The registered method's kind, or the directory field. */
  field: string;
}

/** What {@link accountContacts} needs. */
export interface AccountContactsInput {
  /** The account, or `null` for an identifier that names none. */
  user: DirectoryUser | null;
  registration: UserRegistration | null;
  policy: Policy;
  /** Told about every malformed phone or address, which is then left out. */
  onSkipped(contact: SkippedContact): void;
}

/**
 * Every way an account can be reached: what it registered, plus what the directory holds
 * when the policy allows (as Entra does). A malformed phone or address (an `alternateEmail`
 * without `@`, a number that is not E.164) is left out and reported, never a failure; a
 * phone outside the allowed countries is left out silently, as if it were not there.
 * Admins never prove themselves with security questions (Entra's admin policy).
 */
export function accountContacts(input: AccountContactsInput): AccountContacts {
  const { user, registration, policy } = input;
  const contacts: AccountContacts = { mobile: [], office: [], email: [], answers: new Map() };
  const allowed = policy.limits.phoneCountryCallingCodes;
  const registered = (kind: string) =>
    registration?.methods.find((method) => method.kind === kind)?.value;
  const directory = policy.useDirectoryMethods ? user?.contact : undefined;
  // A fixed set of slots, each checked whether it holds a value or not (a stand-in is checked
  // in its place), so that an account with contacts costs what an unknown name costs.
  const slots: Array<
    { list: 'mobile' | 'office' | 'email'; value?: string | undefined } & SkippedContact
  > = [
    { list: 'mobile', value: registered('mobile'), source: 'registration', field: 'mobile' },
    { list: 'office', value: registered('office'), source: 'registration', field: 'office' },
    { list: 'email', value: registered('email'), source: 'registration', field: 'email' },
    { list: 'mobile', value: directory?.mobile, source: 'directory', field: 'mobile' },
    { list: 'office', value: directory?.office, source: 'directory', field: 'office' },
    {
      list: 'email',
      value: directory?.alternateEmail,
      source: 'directory',
      field: 'alternateEmail',
    },
  ];
  for (const { list, value, source, field } of slots) {
    const isPhone = list !== 'email';
    const checked = value ?? (isPhone ? STAND_IN.phone : STAND_IN.email);
    const code = isPhone ? callingCodeOf(checked) : null;
    const valid = isPhone ? code !== null : isAddress(checked);
    if (value === undefined) continue;
    if (!valid) input.onSkipped({ source, field });
    else if (!isPhone || allowed.length === 0 || allowed.includes(code as string)) {
      contacts[list].push(value);
    }
  }
  if (user !== null && !user.isAdmin) {
    const questions = registration?.methods.find((method) => method.kind === 'securityQuestions');
    for (const answer of questions?.answers ?? []) {
      contacts.answers.set(answer.questionId, answer.answerHash);
    }
  }
  if (contacts.answers.size < policy.questions.toAnswer) contacts.answers.clear();
  return contacts;
}

/**
 * Used in place of an absent phone or address (checked, matched, addressed in a dropped
 * message), so that an account without one costs what an account with one costs.
 */
export const STAND_IN = { phone: '+15550100000', email: 'nobody@example.invalid' } as const;
/** Phones or addresses of one kind an account can have on file (registered, directory). */
export const SLOTS_PER_KIND = 2;

/**
 * The methods every flow of a tenant offers before its first proof: each method the policy
 * enables that has a sender (or needs none), in {@link MethodType} order, whatever the account
 * registered, so that the list says nothing about the account (what an account can really
 * use shows only in whether a code arrives). Passkeys wait for their strategy.
 */
export function offeredTypes(policy: Policy, channels: AvailableChannels): MethodType[] {
  return (Object.keys(METHODS) as MethodType[]).filter((type) => {
    if (!policy.methods.includes(type) || type === 'passkey') return false;
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
 * the decoy's digits when it has none; an address shows nothing of itself.
 */
export function offeredMethods(input: OfferedMethodsInput): FlowMethod[] {
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

/** The contacts a method reaches: the numbers or addresses of its kind. */
export function contactsFor(type: MethodType, contacts: AccountContacts): readonly string[] {
  const kind = methodKind(type);
  return kind === 'mobile' || kind === 'office' || kind === 'email' ? contacts[kind] : [];
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

/** A stored address is usable when it has one `@` with something on both sides. */
function isAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  return at > 0 && at < value.length - 1 && !/[\s\p{Cc}]/u.test(value);
}
