/**
 * The result of one reset or unlock flow in the reset-activity report: Entra's results
 * ("Password reset activity"), plus `InProgress` for a flow that is still open.
 */
export const ResetResult = {
  /** A new password was set, or the account unlocked. */
  Succeeded: 'Succeeded',
  /** The flow could not finish: the password or the directory refused it, or the account was not eligible. */
  Failed: 'Failed',
  /** Self-service was blocked for the account (too many failed proofs, too many resets). */
  Blocked: 'Blocked',
  /** The user left the flow on purpose. */
  Canceled: 'Canceled',
  /** The user chose to contact the helpdesk or an administrator. */
  ContactedAdmin: 'ContactedAdmin',
  /** The flow expired unfinished. */
  Abandoned: 'Abandoned',
  /** The flow is open and may still finish. */
  InProgress: 'InProgress',
} as const;

/** The union of {@link ResetResult} values. */
export type ResetResult = (typeof ResetResult)[keyof typeof ResetResult];

/**
 * When a flow's events point to more than one result, the first of these wins: a flow that
 * succeeded after a refused password is `Succeeded`; one blocked and then swept as expired
 * is `Blocked`; one whose password was refused before the user gave up is `Canceled` or
 * `Abandoned`. A flow with no final event is `InProgress` while it could still be open, and
 * `Abandoned` (detail `expired`) once its lifetime has passed.
 */
export const RESET_RESULT_PRECEDENCE: readonly ResetResult[] = [
  ResetResult.Succeeded,
  ResetResult.Blocked,
  ResetResult.ContactedAdmin,
  ResetResult.Canceled,
  ResetResult.Abandoned,
  ResetResult.Failed,
  ResetResult.InProgress,
];
