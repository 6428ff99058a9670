import { type MethodType, methodKind } from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';
import type { DirectoryUser } from '../ports/directory.js';
import type { RecoveryMethodKind, RegisteredMethod, UserRegistration } from '../ports/storage.js';
import { callingCodeOf } from './calling-code.js';

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
  /** Registered passkeys (their public credentials). */
  passkeys: RegisteredMethod[];
  /** Registered authenticator apps (their sealed secrets). */
  authenticators: RegisteredMethod[];
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
  const contacts: AccountContacts = {
    mobile: [],
    office: [],
    email: [],
    answers: new Map(),
    passkeys: registration?.methods.filter((method) => method.kind === 'passkey') ?? [],
    authenticators: registration?.methods.filter((method) => method.kind === 'authenticator') ?? [],
  };
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

/** The contacts a method reaches: the numbers or addresses of its kind. */
export function contactsFor(type: MethodType, contacts: AccountContacts): readonly string[] {
  const kind = methodKind(type);
  return kind === 'mobile' || kind === 'office' || kind === 'email' ? contacts[kind] : [];
}

/**
 * The kinds of method (see `methodKind`) an account can pass a gate with among `types`: a
 * phone kind with a number on file, email with an address, questions with enough answers,
 * a passkey or an authenticator app when one is registered.
 * A mobile and an office phone that are one number count once, since one phone never
 * passes two gates. Recovery's eligibility and the usage report's "registered" are both this.
 */
export function provableKinds(
  contacts: AccountContacts,
  types: readonly MethodType[],
): Set<RecoveryMethodKind> {
  const kinds = new Set(
    types
      .filter((type) => {
        switch (type) {
          case 'securityQuestions':
            return contacts.answers.size > 0;
          case 'passkey':
            return contacts.passkeys.length > 0;
          case 'authenticatorApp':
            return contacts.authenticators.length > 0;
          case 'temporary_access_pass':
            // Held by the helpdesk's pass store, not by the account: never a registered kind.
            return false;
          default:
            return contactsFor(type, contacts).length > 0;
        }
      })
      .map((type) => methodKind(type) as RecoveryMethodKind),
  );
  const phones = new Set([...contacts.mobile, ...contacts.office]);
  if (kinds.has('mobile') && kinds.has('office') && phones.size === 1) kinds.delete('office');
  return kinds;
}

/** A stored address is usable when it has one `@` with something on both sides. */
function isAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  return at > 0 && at < value.length - 1 && !/[\s\p{Cc}]/u.test(value);
}
