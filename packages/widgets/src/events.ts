// The events the widgets fire: prefixed `openreset-`, bubbling and composed (they leave the
// shadow root), typed in `HTMLElementEventMap` so `addEventListener` knows their detail.

/** The steps of `<openreset-reset>`. */
export const ResetStep = {
  Identify: 'identify',
  Method: 'method',
  Confirm: 'confirm',
  Code: 'code',
  Questions: 'questions',
  /** A passkey gate: the browser's prompt, started by a button. */
  Passkey: 'passkey',
  /** An authenticator app's one-time code. */
  Authenticator: 'authenticator',
  /** A Temporary Access Pass an administrator issued (nothing was sent). */
  TemporaryPass: 'temporary-pass',
  Password: 'password',
  Unlock: 'unlock',
  Done: 'done',
  Blocked: 'blocked',
  Failure: 'failure',
} as const;

/** The union of {@link ResetStep} values. */
export type ResetStep = (typeof ResetStep)[keyof typeof ResetStep];

/** `openreset-step`: the element shows a new step (its heading has focus). */
export interface OpenResetStepDetail {
  step: string;
}

/** `openreset-success`: the flow finished (password reset, account unlocked, password changed). */
export interface OpenResetSuccessDetail {
  /** What succeeded: `reset`, `unlock` or `change`. */
  intent: 'reset' | 'unlock' | 'change';
}

/** `openreset-error`: a call was refused or failed; the element shows the message. */
export interface OpenResetErrorDetail {
  /** The server's code (`invalid_code`, `blocked`, ...) or the client's (`network_error`). */
  code: string;
  /** The HTTP status (0 when there was no answer). */
  status: number;
}

/**
 * `openreset-before-submit` (cancelable): the user asked for a call (submitted a step, asked
 * for a new code, removed a method...). `preventDefault()` vetoes it: nothing is sent, the
 * step stays as it is (a host can run its own check first, then submit again).
 */
export interface OpenResetBeforeSubmitDetail {
  /** The step shown when the user asked. */
  step: string;
}

/**
 * `openreset-interrupt-done` (`<openreset-register mode="interrupt">`): the host goes on to
 * where the user was headed.
 */
export interface OpenResetInterruptDoneDetail {
  /** `true`: "Skip for now" postponed it; `false`: the methods are registered or confirmed. */
  skipped: boolean;
  /** How many more times it may be postponed. */
  postponesLeft: number;
}

/** `openreset-cancel`: the user left the flow. */
export type OpenResetCancelDetail = Record<string, never>;

/** A `CustomEvent` the widgets fire. */
export type OpenResetEvent<T> = CustomEvent<T>;

declare global {
  interface HTMLElementEventMap {
    'openreset-step': OpenResetEvent<OpenResetStepDetail>;
    'openreset-success': OpenResetEvent<OpenResetSuccessDetail>;
    'openreset-error': OpenResetEvent<OpenResetErrorDetail>;
    'openreset-cancel': OpenResetEvent<OpenResetCancelDetail>;
    'openreset-before-submit': OpenResetEvent<OpenResetBeforeSubmitDetail>;
    'openreset-interrupt-done': OpenResetEvent<OpenResetInterruptDoneDetail>;
  }
}

/** The events {@link emit} fires. */
export type OpenResetEventType =
  | 'openreset-step'
  | 'openreset-success'
  | 'openreset-error'
  | 'openreset-cancel'
  | 'openreset-before-submit'
  | 'openreset-interrupt-done';

/**
 * Fires a bubbling, composed event from `target`; `openreset-before-*` events are cancelable.
 * Returns `false` when a listener canceled it.
 */
export function emit<K extends OpenResetEventType>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): boolean {
  const cancelable = type.startsWith('openreset-before-');
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
