import type { AuditTarget } from '../audit/audit-event.js';
import type { MethodType } from '../methods/recovery-method.js';
import type { Locale } from '../policy/policy-schema.js';

/** A method offered in a flow, as stored. Holds no phone number or address. */
export interface FlowMethod {
  id: string;
  type: MethodType;
  hint: string | null;
}

/** The challenge in progress. */
export interface ActiveChallenge {
  methodId: string;
  /** The questions asked (security questions). */
  questionIds?: string[];
  /**
   * The outbox message carrying the code. Every code challenge stores one; it is a dropped
   * one when nothing may be sent (a decoy, or a typed contact that matches none on file).
   */
  messageId?: string;
  /**
   * A digest of the phone or address the code went to; absent when nothing was sent, and
   * then no code can pass.
   */
  contact?: string;
  /** The WebAuthn challenge (base64url) a passkey assertion must sign (passkeys only). */
  challenge?: string;
}

/**
 * Methods one of which must pass before the flow completes, and why: MFA-aware recovery (the
 * account registered a passkey or an authenticator app) or the admin passkey rule.
 */
export interface RequiredMethods {
  methods: MethodType[];
  reason: 'strong_method_registered' | 'admin_phishing_resistant';
}

/** The recovery state machine's data in `FlowRecord.data`. Never a secret. */
export interface FlowData {
  /** Keyed hash naming the account for limits (the user id for real accounts, the identifier for unknown ones). */
  accountKey: string;
  /** A keyed hash of the identifier: the seed of the flow's decoy hints and questions. */
  seed: string;
  /** No proof can pass (an unknown, ineligible or unregistered account). */
  decoy: boolean;
  /** The gates this account needs; shown only once a first gate passed (an admin's second). */
  gatesRequired: number;
  /** The gates every account shows before its first proof (the policy's). */
  gatesShown: number;
  methods: FlowMethod[];
  /** Ids of methods that passed a gate, in order. */
  passed: string[];
  /** Digests of the phones and addresses that passed, so one phone never passes two gates. */
  passedContacts: string[];
  active: ActiveChallenge | null;
  /** Set when the account must pass one of these methods (shown after a first proof). */
  mustPass?: RequiredMethods;
  locale: Locale;
  /** Whom the flow's audit events are about (absent for an identifier that names no account). */
  target?: AuditTarget;
  /** A proof that replaces the gates (a Temporary Access Pass) passed: register new methods next. */
  registerNext?: true;
}
