import type { RecoveryMethodKind } from '../ports/storage.js';

/**
 * The ways a user can prove who they are, as a policy enables them and a flow offers them.
 * What each one is stored as and delivered through is in {@link METHODS}: the one place the
 * engine's vocabularies (policy methods, registered kinds, notice names, delivery channels)
 * are mapped onto each other.
 */
export const MethodType = {
  MobileSms: 'mobileSms',
  MobileVoice: 'mobileVoice',
  OfficeVoice: 'officeVoice',
  Email: 'email',
  SecurityQuestions: 'securityQuestions',
  Passkey: 'passkey',
  AuthenticatorApp: 'authenticatorApp',
  /**
   * A Temporary Access Pass an administrator issued (helpdesk): it replaces every gate of a
   * flow. Never listed in a policy's `methods`; `helpdesk.temporaryAccessPass` turns it on.
   */
  TemporaryAccessPass: 'temporary_access_pass',
} as const;

/** The union of {@link MethodType} values. */
export type MethodType = (typeof MethodType)[keyof typeof MethodType];

/**
 * What a method proves: a kind of registered recovery data, or `temporaryAccessPass` (held by
 * the helpdesk's pass store, never registered).
 */
export type ProofKind = RecoveryMethodKind | 'temporaryAccessPass';

/** The methods a policy can list in `methods`: every {@link MethodType} but the helpdesk's pass. */
export const POLICY_METHOD_TYPES = (Object.values(MethodType) as MethodType[]).filter(
  (type) => type !== 'temporary_access_pass',
) as [MethodType, ...MethodType[]];

/** How a code reaches the user: the outbox channel, or `null` for proofs without a message. */
export type DeliveryChannel = 'sms' | 'voice' | 'email' | null;

/**
 * Every {@link MethodType} with the kind of recovery data it proves (what registration stores
 * and what notices name) and the channel its code goes through. Texting and calling one
 * mobile phone are two methods of one kind: for the two-gate rule (NIST 800-63B: two
 * different factors) a kind passes once.
 */
export const METHODS = {
  mobileSms: { kind: 'mobile', channel: 'sms' },
  mobileVoice: { kind: 'mobile', channel: 'voice' },
  officeVoice: { kind: 'office', channel: 'voice' },
  email: { kind: 'email', channel: 'email' },
  securityQuestions: { kind: 'securityQuestions', channel: null },
  passkey: { kind: 'passkey', channel: null },
  authenticatorApp: { kind: 'authenticator', channel: null },
  temporary_access_pass: { kind: 'temporaryAccessPass', channel: null },
} as const satisfies Record<MethodType, { kind: ProofKind; channel: DeliveryChannel }>;

/** The kind of recovery data a method proves (`mobileSms` and `mobileVoice`: `mobile`). */
export function methodKind(type: MethodType): ProofKind {
  return METHODS[type].kind;
}

/**
 * The methods that prove a kind, in {@link MethodType} order (`mobile`: SMS, then voice);
 * the first is the one an audit event names for the kind.
 */
export function methodsOfKind(kind: ProofKind): [MethodType, ...MethodType[]] {
  const [first, ...rest] = (Object.keys(METHODS) as MethodType[]).filter(
    (type) => METHODS[type].kind === kind,
  );
  if (first === undefined) throw new TypeError(`no method proves ${kind}`);
  return [first, ...rest];
}

/**
 * The methods that resist phishing and count as the user's strongest factor: a passkey (a
 * WebAuthn credential bound to the site's origin) and an authenticator app's time-based code.
 * MFA-aware recovery (`policy.mfaAwareRecovery`) makes a user who registered one pass it.
 */
export const STRONG_KINDS: ReadonlySet<RecoveryMethodKind> = new Set(['passkey', 'authenticator']);

/** The channel a method's code goes through, or `null` when it sends none. */
export function deliveryChannel(type: MethodType): DeliveryChannel {
  return METHODS[type].channel;
}
