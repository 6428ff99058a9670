import type { Locale, MethodType } from '../policy/policy-schema.js';

/** Where a flow method's phone or address comes from, looked up again at send time. */
export type FlowMethodSource =
  | { kind: 'registration'; methodId: string }
  | { kind: 'directory'; field: 'mobile' | 'office' | 'alternateEmail' }
  | { kind: 'decoy'; field: 'phone' | 'email' | 'questions' };

/** A method offered in a flow, as stored. Holds no phone number or address. */
export interface FlowMethod {
  id: string;
  type: MethodType;
  /**
   * Methods reaching the same phone or address share a channel (a short hash of the value),
   * so one phone texted and called can never pass two gates.
   */
  channel: string;
  hint: string | null;
  source: FlowMethodSource;
}

/** The recovery state machine's data in `FlowRecord.data`. Never a secret. */
export interface FlowData {
  /** Keyed hash naming the account for limits (the user id for real accounts, the identifier for decoys). */
  accountKey: string;
  /** A keyed hash of the identifier: the seed of a decoy's fake contacts. */
  seed: string;
  decoy: boolean;
  role: 'user' | 'admin';
  gatesRequired: number;
  methods: FlowMethod[];
  /** Ids of methods that passed a gate, in order. */
  passed: string[];
  /** Channels of those methods. */
  passedChannels: string[];
  /**
   * The challenge in progress: the questions asked, or the outbox message carrying the code
   * (absent for decoys and mismatched confirmations, which send nothing).
   */
  active: { methodId: string; questionIds?: string[]; messageId?: string } | null;
  locale: Locale;
}
