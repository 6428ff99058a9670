import { OpenResetError } from '../errors.js';

/**
 * The states of a reset or unlock flow. Kept as data, with the transition table below and
 * the diagram in `flow-machine.mermaid` beside this file (a test keeps the two equal).
 */
export const FlowState = {
  /** The user picks a method for the next gate. */
  ChooseMethod: 'choose_method',
  /** A code was sent, or questions asked; waiting for the proof. */
  AwaitingProof: 'awaiting_proof',
  /** Every gate passed: the user may set a password (reset) or confirm (unlock). */
  Verified: 'verified',
  /**
   * The new password is being checked and written to the directory (or the account
   * unlocked); a refusal or failure goes back to `verified` for another try.
   */
  WritingBack: 'writing_back',
  /** Done: the password was set or the account unlocked. */
  Completed: 'completed',
  /** The user left. */
  Canceled: 'canceled',
  /** Too many failed proofs. */
  Blocked: 'blocked',
  /** Expired unfinished. */
  Abandoned: 'abandoned',
} as const;

/** The union of {@link FlowState} values. */
export type FlowState = (typeof FlowState)[keyof typeof FlowState];

/** What moves a flow from one state to the next. */
export const FlowEvent = {
  /** A method was chosen: a code sent, or questions asked (also a resend or a switch). */
  SendChallenge: 'send_challenge',
  /** A wrong code or answer. */
  ProofFailed: 'proof_failed',
  /** A gate passed and another remains. */
  GatePassed: 'gate_passed',
  /** The last gate passed. */
  AllGatesPassed: 'all_gates_passed',
  /** Checking and writing the new password, or the unlock, starts. */
  BeginWriteback: 'begin_writeback',
  /** The new password broke the policy (the user may try another). */
  PasswordRefused: 'password_refused',
  /** The directory refused or failed. */
  WritebackFailed: 'writeback_failed',
  /** The directory accepted. */
  Complete: 'complete',
  Cancel: 'cancel',
  Block: 'block',
  Expire: 'expire',
} as const;

/** The union of {@link FlowEvent} values. */
export type FlowEvent = (typeof FlowEvent)[keyof typeof FlowEvent];

/** Bumped whenever states or transitions change meaning; stored on every flow. */
export const FLOW_MACHINE_VERSION = 1;

/** One allowed move. */
export interface FlowTransition {
  from: FlowState;
  event: FlowEvent;
  to: FlowState;
}

const open = ['choose_method', 'awaiting_proof', 'verified', 'writing_back'] as const;

/** Every allowed move; anything else is refused with `invalid_state`. */
export const FLOW_TRANSITIONS: readonly FlowTransition[] = [
  { from: 'choose_method', event: 'send_challenge', to: 'awaiting_proof' },
  { from: 'awaiting_proof', event: 'send_challenge', to: 'awaiting_proof' },
  { from: 'awaiting_proof', event: 'proof_failed', to: 'awaiting_proof' },
  { from: 'awaiting_proof', event: 'gate_passed', to: 'choose_method' },
  { from: 'awaiting_proof', event: 'all_gates_passed', to: 'verified' },
  { from: 'awaiting_proof', event: 'block', to: 'blocked' },
  { from: 'verified', event: 'begin_writeback', to: 'writing_back' },
  { from: 'writing_back', event: 'password_refused', to: 'verified' },
  { from: 'writing_back', event: 'writeback_failed', to: 'verified' },
  { from: 'writing_back', event: 'complete', to: 'completed' },
  ...(['choose_method', 'awaiting_proof', 'verified'] as const).map((from) => ({
    from,
    event: FlowEvent.Cancel,
    to: FlowState.Canceled,
  })),
  ...open.map((from) => ({ from, event: FlowEvent.Expire, to: FlowState.Abandoned })),
];

/** States no event leaves. */
export const TERMINAL_FLOW_STATES: readonly FlowState[] = [
  'completed',
  'canceled',
  'blocked',
  'abandoned',
];

/** States that expire into `abandoned`. */
export const OPEN_FLOW_STATES: readonly FlowState[] = open;

/**
 * The state `event` leads to from `state`.
 * @throws {OpenResetError} code `invalid_state` when the table has no such move.
 */
export function nextFlowState(state: FlowState, event: FlowEvent): FlowState {
  const move = FLOW_TRANSITIONS.find((t) => t.from === state && t.event === event);
  if (move === undefined) {
    throw new OpenResetError('invalid_state', `No move "${event}" from state "${state}"`);
  }
  return move.to;
}
