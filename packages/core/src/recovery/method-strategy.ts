import type { AccountContacts } from '../contacts/account-contacts.js';
import type { MethodType } from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';
import type { FlowRecord } from '../ports/storage.js';
import type { ProofBudget, ProofOutcome } from '../verification/verify-proof.js';
import type { ActiveChallenge, FlowData, FlowMethod } from './flow-data.js';
import type { FlowChallengeView } from './flow-view.js';
import type { ChallengeInput, VerifyInput } from './recovery-service.js';

/** One flow, the method the user picked, and the account behind it, as a strategy sees them. */
export interface ProofContext {
  flow: FlowRecord;
  data: FlowData;
  method: FlowMethod;
  policy: Policy;
  /**
   * The account's phones, addresses, answers, passkeys and authenticators, read the same
   * way for every flow (a decoy reads its seed and a registration that does not exist).
   */
  contacts(): Promise<AccountContacts>;
}

/** What a challenge leaves in the flow, and how `flow.challenge_sent` is audited. */
export interface ChallengeResult {
  active: ActiveChallenge;
  /** `failure` with a reason when nothing real was sent or asked (a decoy, a mismatch). */
  audit: { result: 'success' } | { result: 'failure'; reason: string };
  /**
   * What the client sees of the challenge just started, when the strategy knows it from its
   * own writes: exactly what `view` would read back in the same transaction, without the
   * reads (issue 18). Without it, the orchestrator calls `view`.
   */
  view?: FlowChallengeView;
}

/** A proof's verdict, from the one verifier, with what the orchestrator records. */
export interface Proof {
  /** `passed`, `failed` (counted) or `refused` (no budget left, never evaluated). */
  outcome: ProofOutcome;
  /** The error code and message of a failed proof. */
  failure: { code: 'invalid_code' | 'invalid_answers' | 'invalid_credential'; message: string };
  /** The digest of the phone or address that passed, so it never passes a second gate. */
  contact?: string;
  /** After a failure, the challenge to ask next (questions are picked again). */
  retry?: ActiveChallenge;
}

/**
 * How one kind of proof works: a code sent to a phone or address, security questions, a
 * passkey, an authenticator app's code. The recovery service is the orchestrator (flow
 * state, limits, audit, gates); a strategy only starts its proof, shows it, and checks it
 * through the shared proof verifier with the budgets it is given, so every method spends
 * the same attempt budget. Adding a method is adding a strategy.
 *
 * A strategy must do the same work for a decoy, an account without the method and a real
 * one (same reads, MACs and hashes), and never let a decoy pass.
 */
export interface MethodStrategy {
  /** The method types it proves. */
  readonly types: readonly MethodType[];
  /** Whether `challenge` needs the full phone number or address the hint stands for. */
  readonly needsConfirm: boolean;
  /**
   * The proof needs no challenge: `verify` of this method opens it first (a Temporary Access
   * Pass is typed straight away). @default false
   */
  readonly opensOnVerify?: boolean;
  /**
   * A pass replaces every gate of the flow (and any restriction of the next gate), and the
   * user is asked to register new methods once the flow completes (`registerNext`).
   * @default false
   */
  readonly replacesGates?: boolean;
  /** Starts the proof: sends a code, picks questions, or sets a WebAuthn challenge. */
  challenge(context: ProofContext, input: ChallengeInput): Promise<ChallengeResult>;
  /** What the client sees of the active challenge. */
  view(
    context: { flow: FlowRecord; policy: Policy },
    active: ActiveChallenge,
  ): Promise<FlowChallengeView>;
  /**
   * Checks the proof (input shape first: `invalid_request` before anything is spent), its
   * attempt reserved against `budgets` before it is evaluated. A passed proof is final: a
   * code is consumed, a passkey's counter stored.
   */
  verify(
    context: ProofContext,
    active: ActiveChallenge,
    input: VerifyInput,
    budgets: ProofBudget[],
  ): Promise<Proof>;
}
