import type { MethodType } from '../methods/recovery-method.js';
import type { PublicKeyCredentialRequestOptionsJSON } from '../verification/passkey.js';
import type { RequiredMethods } from './flow-data.js';
import type { FlowState } from './flow-machine.js';

/** A method as the user sees it in a flow. */
export interface FlowMethodView {
  /** Short id within this flow (`m1`, `m2`, ...). */
  id: string;
  type: MethodType;
  /** A masked phone (`••• ••• ••78`) or address (`•••@•••`); `null` for questions. */
  hint: string | null;
  /** Whether this method, or another of its kind (texting and calling one mobile), passed a gate. */
  used: boolean;
}

/** A security question to answer. */
export interface FlowQuestionView {
  id: string;
  /** The text of a custom question; predefined ones are localized by the widget from `id`. */
  text?: string;
}

/** The challenge in progress. */
export interface FlowChallengeView {
  methodId: string;
  /** When the code stops working (codes only). */
  expiresAt?: string;
  /** The questions to answer (security questions only). */
  questions?: FlowQuestionView[];
  /**
   * `queued` while the message waits for its first attempt, `delayed` while a provider
   * failed it and a retry is scheduled (an outage: tell the user it may take a while),
   * `sent` once a provider accepted it, `failed` when delivery failed for good (offer a
   * resend or another method). A decoy's stand-in follows the fate of the last real message
   * on its channel (see `createDispatcher`), so decoys show the same.
   */
  delivery?: 'queued' | 'delayed' | 'sent' | 'failed';
  /**
   * For a passkey: the options for `navigator.credentials.get` (`startAuthentication` of
   * `@simplewebauthn/browser`). The same for every account: no credential list.
   */
  publicKey?: PublicKeyCredentialRequestOptionsJSON;
}

/** What the client sees of a flow. Never a code, answer or full phone number or address. */
export interface FlowView {
  /** The secret that names the flow; only its hash is stored. */
  flowToken: string;
  intent: 'reset' | 'unlock';
  state: FlowState;
  gatesRequired: number;
  gatesPassed: number;
  methods: FlowMethodView[];
  /** When the flow expires (ISO 8601 UTC). */
  expiresAt: string;
  challenge?: FlowChallengeView;
  /**
   * After a first proof, when the next gate must be one of these methods (MFA-aware
   * recovery: the account registered a passkey or an authenticator app, which the user must
   * use; or the admin passkey rule). Never shown before a proof.
   */
  nextGate?: RequiredMethods;
  /**
   * Once a flow that a Temporary Access Pass opened has completed: the user has no usable
   * methods, so the client sends them to register new ones.
   */
  registerNext?: true;
}
