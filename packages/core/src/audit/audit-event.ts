import type { MethodType } from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';

/**
 * Every kind of audit event. Each step of every flow writes one, so reports are plain
 * queries over them. The names follow Entra's "Self-service Password Management" activities.
 */
export const AuditEventType = {
  /** A reset or unlock flow was opened for an account (real or decoy). */
  FlowStarted: 'flow.started',
  /** A code was queued for a method. */
  ChallengeSent: 'flow.challenge_sent',
  /** A gate was passed. */
  MethodVerified: 'flow.method_verified',
  /** A wrong code or answer was given. */
  MethodFailed: 'flow.method_failed',
  /** The account hit a limit and self-service is blocked for it. */
  Blocked: 'flow.blocked',
  /** The user left the flow on purpose. */
  Canceled: 'flow.canceled',
  /** The flow expired unfinished. */
  Abandoned: 'flow.abandoned',
  /** The user chose to contact the helpdesk or an administrator. */
  ContactedAdmin: 'flow.contacted_admin',
  /** A phone or address on file was malformed and left out of a flow. */
  ContactSkipped: 'flow.contact_skipped',
  /** A self-service reset set a new password. */
  PasswordReset: 'password.reset',
  /** A self-service reset could not set the password (policy, directory). */
  PasswordResetFailed: 'password.reset_failed',
  /** A self-service unlock cleared a lockout. */
  AccountUnlocked: 'account.unlocked',
  /** A user changed their own password. */
  PasswordChanged: 'password.changed',
  /** A user's password change was refused. */
  PasswordChangeFailed: 'password.change_failed',
  /** Writing a password or unlock back to the directory failed. */
  WritebackFailed: 'writeback.failed',
  /** A recovery method was added, replaced or verified. */
  MethodRegistered: 'registration.method_registered',
  /** A recovery method was removed. */
  MethodRemoved: 'registration.method_removed',
  /** The user confirmed their recovery methods are still right. */
  Reconfirmed: 'registration.reconfirmed',
  /** An administrator changed the policy. */
  PolicyChanged: 'policy.changed',
  /** A notification or code left the outbox. */
  NotificationSent: 'notification.sent',
  /** A notification or code could not be delivered (after retries, or for good). */
  NotificationFailed: 'notification.failed',
  /** An administrator issued a Temporary Access Pass (replacing the user's previous one). */
  TemporaryAccessPassIssued: 'temporary_access_pass.issued',
  /** An administrator revoked a user's Temporary Access Pass. */
  TemporaryAccessPassRevoked: 'temporary_access_pass.revoked',
  /** The scheduled probe of the directory (`directory-status` job): reachable or not. */
  DirectoryChecked: 'directory.checked',
} as const;

/** The union of {@link AuditEventType} values. */
export type AuditEventType = (typeof AuditEventType)[keyof typeof AuditEventType];

/** Who did it. */
export interface AuditActor {
  /** `anonymous` for a reset flow before the user is proven; `system` for the dispatcher and expiry. */
  kind: 'user' | 'admin' | 'anonymous' | 'system';
  /** The directory id of a signed-in actor. */
  id?: string;
}

/** Whom it was done to. */
export interface AuditTarget {
  /** The directory id. */
  userId: string;
  /** The sign-in name at the time of the event. */
  username: string;
  /** The role, for the reports' "Role" column. */
  role: 'user' | 'admin';
}

/** Fields every audit event has. Never a code, answer, password or token. */
export interface AuditEventBase<Type extends AuditEventType> {
  /** Unique id (random, URL-safe). */
  id: string;
  /** What happened. */
  type: Type;
  /** When, as an ISO 8601 UTC timestamp (`...Z`). */
  time: string;
  /** The tenant whose policy applied. */
  tenantId: string;
  /** Who acted. */
  actor: AuditActor;
  /** The account acted on; absent for unknown accounts and tenant-wide events. */
  target?: AuditTarget;
  /** Whether the step succeeded. */
  result: 'success' | 'failure';
  /** A stable reason code for failures and notable successes (e.g. `code_expired`). */
  reason?: string;
  /** Ties the events of one flow or request together (the flow id). */
  correlationId: string;
  /** The client address, when the host passes it. */
  ip?: string;
}

/** A flow was opened. `decoy` flows are for accounts that cannot reset; only the audit log knows. */
export interface FlowStartedEvent extends AuditEventBase<'flow.started'> {
  intent: 'reset' | 'unlock';
  decoy: boolean;
}

/**
 * A phone or address on file could not be used (an `alternateEmail` without `@`, a number
 * that is not E.164) and was left out of the flow: the admin should correct it.
 */
export interface ContactSkippedEvent extends AuditEventBase<'flow.contact_skipped'> {
  /** Where the value lives. */
  source: 'registration' | 'directory';
  /** The registered method's kind, or the directory field (`mobile`, `alternateEmail`, ...). */
  field: string;
}

/** An event about one method in a flow or a registration. */
export interface MethodEvent<Type extends AuditEventType> extends AuditEventBase<Type> {
  method: MethodType;
}

/** The flow ended with a password set or an account unlocked; lists the methods that proved it. */
export interface FlowSucceededEvent<Type extends AuditEventType> extends AuditEventBase<Type> {
  methods: readonly MethodType[];
}

/** A message left, or failed to leave, the outbox. */
export interface NotificationEvent<Type extends AuditEventType> extends AuditEventBase<Type> {
  /** How it was sent (`webhook`: an audit event to a webhook endpoint). */
  channel: 'sms' | 'voice' | 'email' | 'webhook';
  /** What it was for, e.g. `code`, `reset_notice`, `admin_reset_notice`. */
  purpose: string;
  /** Delivery attempts made so far. */
  attempts: number;
}

/** The policy changed; both versions are kept (they hold no secrets). */
export interface PolicyChangedEvent extends AuditEventBase<'policy.changed'> {
  before: Policy;
  after: Policy;
}

/** A Temporary Access Pass was issued: when it expires and whether it works once. Never the pass. */
export interface TemporaryAccessPassIssuedEvent
  extends AuditEventBase<'temporary_access_pass.issued'> {
  /** ISO 8601 UTC. */
  expiresAt: string;
  singleUse: boolean;
}

/** The directory was probed; `result` is `failure` (with the error code as `reason`) when unreachable. */
export interface DirectoryCheckedEvent extends AuditEventBase<'directory.checked'> {
  /** The directory's secret-free description. */
  description: string;
}

/** Any audit event. Switch on `type` to narrow it. */
export type AuditEvent =
  | FlowStartedEvent
  | MethodEvent<'flow.challenge_sent'>
  | MethodEvent<'flow.method_verified'>
  | MethodEvent<'flow.method_failed'>
  | AuditEventBase<'flow.blocked'>
  | AuditEventBase<'flow.canceled'>
  | AuditEventBase<'flow.abandoned'>
  | AuditEventBase<'flow.contacted_admin'>
  | ContactSkippedEvent
  | FlowSucceededEvent<'password.reset'>
  | AuditEventBase<'password.reset_failed'>
  | FlowSucceededEvent<'account.unlocked'>
  | AuditEventBase<'password.changed'>
  | AuditEventBase<'password.change_failed'>
  | AuditEventBase<'writeback.failed'>
  | MethodEvent<'registration.method_registered'>
  | MethodEvent<'registration.method_removed'>
  | AuditEventBase<'registration.reconfirmed'>
  | PolicyChangedEvent
  | NotificationEvent<'notification.sent'>
  | NotificationEvent<'notification.failed'>
  | TemporaryAccessPassIssuedEvent
  | AuditEventBase<'temporary_access_pass.revoked'>
  | DirectoryCheckedEvent;
