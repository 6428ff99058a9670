import type { AuditEvent } from './audit-event.js';

/**
 * A host's function told about every audit event after it is stored (`options.onAudit`):
 * e.g. revoke the user's sessions after `password.reset`. It gets its own copy of the event
 * (which never holds a code, answer, password or token). It runs after the step that
 * recorded the event, which never waits for it; what it throws or rejects with is logged
 * and changes nothing.
 */
export type AuditHook = (event: AuditEvent) => void | Promise<void>;

/** Where a failed hook is reported. */
export type AuditHookFailure = (error: unknown, event: AuditEvent) => void;

/**
 * Starts every hook on its own copy of `event`, after the current step (a microtask later),
 * without waiting for them: a slow or failing hook neither delays nor breaks the flow.
 * Failures go to `onFailure`.
 */
export function runAuditHooks(
  hooks: readonly AuditHook[],
  event: AuditEvent,
  onFailure: AuditHookFailure,
): void {
  for (const hook of hooks) {
    const copy = structuredClone(event);
    void Promise.resolve()
      .then(() => hook(copy))
      .catch((error: unknown) => onFailure(error, event));
  }
}
