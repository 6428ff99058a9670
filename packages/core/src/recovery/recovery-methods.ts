import type { MethodType, Policy } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { UserRegistration } from '../ports/storage.js';
import { callingCodeOf } from './calling-code.js';
import { decoyContacts } from './decoy-contacts.js';
import type { FlowMethod, FlowMethodSource } from './flow-data.js';
import { maskEmail, maskPhone } from './mask-contact.js';

/** Which message channels have a sender. */
export interface AvailableChannels {
  sms: boolean;
  voice: boolean;
  email: boolean;
}

interface Candidate {
  type: MethodType;
  value?: string;
  source: FlowMethodSource;
}

/** What {@link realMethods} needs. */
export interface RealMethodsInput {
  user: DirectoryUser;
  registration: UserRegistration | null;
  policy: Policy;
  channels: AvailableChannels;
  intent: 'reset' | 'unlock';
  /** A digest used to tell phones and addresses apart without storing them. */
  hash(text: string): Promise<string>;
}

/**
 * The methods a real account can use in a flow: what it registered, plus what the
 * directory holds when the policy allows, kept to the methods the policy enables, that
 * have a sender, and whose phone is in an allowed country. Admins never get questions.
 */
export async function realMethods(input: RealMethodsInput): Promise<FlowMethod[]> {
  const { user, registration, policy } = input;
  const candidates: Candidate[] = [];
  const phone = (value: string | undefined, source: FlowMethodSource, office: boolean) => {
    if (value === undefined) return;
    if (office) candidates.push({ type: 'officeVoice', value, source });
    else {
      candidates.push({ type: 'mobileSms', value, source });
      candidates.push({ type: 'mobileVoice', value, source });
    }
  };
  for (const method of registration?.methods ?? []) {
    const source: FlowMethodSource = { kind: 'registration', methodId: method.id };
    if (method.kind === 'mobile') phone(method.value, source, false);
    if (method.kind === 'office') phone(method.value, source, true);
    if (method.kind === 'email' && method.value !== undefined) {
      candidates.push({ type: 'email', value: method.value, source });
    }
    if (
      method.kind === 'securityQuestions' &&
      !user.isAdmin &&
      (method.answers?.length ?? 0) >= policy.questions.toAnswer
    ) {
      candidates.push({ type: 'securityQuestions', source });
    }
  }
  if (policy.useDirectoryMethods) {
    const { mobile, office, alternateEmail } = user.contact;
    phone(mobile, { kind: 'directory', field: 'mobile' }, false);
    phone(office, { kind: 'directory', field: 'office' }, true);
    if (alternateEmail !== undefined) {
      candidates.push({
        type: 'email',
        value: alternateEmail,
        source: { kind: 'directory', field: 'alternateEmail' },
      });
    }
  }
  return toFlowMethods(candidates, input.policy, input.channels, input.hash);
}

/** What {@link decoyMethods} needs. */
export interface DecoyMethodsInput {
  /** A keyed hash of the identifier: the same identifier always gets the same decoy. */
  seed: Uint8Array;
  policy: Policy;
  channels: AvailableChannels;
  hash(text: string): Promise<string>;
}

/**
 * The methods of a decoy flow: a typical user's (a mobile phone and an email address, and
 * questions where enabled), with fake contacts derived from the seed, filtered exactly as
 * real methods are.
 */
export async function decoyMethods(input: DecoyMethodsInput): Promise<FlowMethod[]> {
  const fake = decoyContacts(input.seed, {
    callingCodes: input.policy.limits.phoneCountryCallingCodes,
  });
  const candidates: Candidate[] = [
    { type: 'mobileSms', value: fake.phone, source: { kind: 'decoy', field: 'phone' } },
    { type: 'mobileVoice', value: fake.phone, source: { kind: 'decoy', field: 'phone' } },
    { type: 'email', value: fake.email, source: { kind: 'decoy', field: 'email' } },
    { type: 'securityQuestions', source: { kind: 'decoy', field: 'questions' } },
  ];
  return toFlowMethods(candidates, input.policy, input.channels, input.hash);
}

const ORDER: readonly MethodType[] = [
  'mobileSms',
  'mobileVoice',
  'officeVoice',
  'email',
  'securityQuestions',
];

async function toFlowMethods(
  candidates: readonly Candidate[],
  policy: Policy,
  channels: AvailableChannels,
  hash: (text: string) => Promise<string>,
): Promise<FlowMethod[]> {
  const allowedCodes = policy.limits.phoneCountryCallingCodes;
  const usable = candidates.filter((candidate) => {
    if (!policy.methods.includes(candidate.type)) return false;
    switch (candidate.type) {
      case 'mobileSms':
        return channels.sms && phoneAllowed(candidate.value, allowedCodes);
      case 'mobileVoice':
      case 'officeVoice':
        return channels.voice && phoneAllowed(candidate.value, allowedCodes);
      case 'email':
        return channels.email;
      case 'securityQuestions':
        return true;
      default:
        // Passkeys arrive with their own release.
        return false;
    }
  });
  usable.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));

  const methods: FlowMethod[] = [];
  const seen = new Set<string>();
  for (const candidate of usable) {
    const value = candidate.value;
    const channel =
      value === undefined
        ? 'questions'
        : `${candidate.type === 'email' ? 'e' : 'p'}:${(await hash(value.normalize('NFKC').toLowerCase())).slice(0, 16)}`;
    const key = `${candidate.type} ${channel}`;
    if (seen.has(key)) continue;
    seen.add(key);
    methods.push({
      id: `m${methods.length + 1}`,
      type: candidate.type,
      channel,
      hint:
        value === undefined
          ? null
          : candidate.type === 'email'
            ? maskEmail(value)
            : maskPhone(value),
      source: candidate.source,
    });
  }
  return methods;
}

function phoneAllowed(value: string | undefined, allowedCodes: readonly string[]): boolean {
  if (value === undefined) return false;
  const code = callingCodeOf(value);
  if (code === null) return false;
  return allowedCodes.length === 0 || allowedCodes.includes(code);
}
