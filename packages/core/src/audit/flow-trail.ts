import type { MethodType } from '../methods/recovery-method.js';
import type { AuditEvent, AuditTarget } from './audit-event.js';
import { ResetResult } from './reset-result.js';

/** The audit event types a reset or unlock flow writes that decide its report row. */
export const FLOW_REPORT_EVENT_TYPES = [
  'flow.started',
  'flow.method_verified',
  'flow.blocked',
  'flow.canceled',
  'flow.abandoned',
  'flow.contacted_admin',
  'password.reset',
  'account.unlocked',
  'password.reset_failed',
  'writeback.failed',
] as const satisfies readonly AuditEvent['type'][];

/** The start of a flow, as its `flow.started` event told it. */
export interface FlowStart {
  /** The `flow.started` event's id (the tie-breaker of the report's order). */
  eventId: string;
  /** The event's time, ISO 8601 UTC. */
  time: string;
  timeMs: number;
  intent: 'reset' | 'unlock';
  decoy: boolean;
  /** Why a decoy was given (`not_found`, `not_registered`, `blocked`, ...). */
  reason?: string;
  /** The account, absent when the identifier matched none. */
  target?: AuditTarget;
}

/** A final or failing event of a flow: when, and its reason code. */
export interface FlowMark {
  time: string;
  id: string;
  reason?: string;
}

/**
 * What the events of one flow (one `correlationId`) said so far, in a compact form: events
 * may arrive in any order, and of each kind the newest is kept.
 */
export interface FlowTrail {
  start?: FlowStart;
  /** Methods verified, each with its event's time and id, in arrival order. */
  verified: { time: string; id: string; method: MethodType }[];
  /** The `password.reset` or `account.unlocked` event, with the methods it lists. */
  succeeded?: FlowMark & { type: 'password.reset' | 'account.unlocked'; methods: MethodType[] };
  blocked?: FlowMark;
  contactedAdmin?: FlowMark;
  canceled?: FlowMark;
  abandoned?: FlowMark;
  /** The newest `password.reset_failed` or `writeback.failed`. */
  failed?: FlowMark;
}

/** The report's reading of a flow. */
export interface FlowSummary {
  result: ResetResult;
  /** A stable code saying why (see {@link summarizeFlowTrail}). */
  detail: string;
  /** The methods verified, oldest first. */
  methods: MethodType[];
}

/** Options for {@link summarizeFlowTrail}. */
export interface SummarizeFlowOptions {
  /** The current time, epoch ms. */
  nowMs: number;
  /** How long a flow stays open (the policy's `flowTtlMinutes`), in ms. */
  flowTtlMs: number;
}

/** An empty {@link FlowTrail}. */
export function createFlowTrail(): FlowTrail {
  return { verified: [] };
}

/** Adds one event of the flow to its trail; events of other types are ignored. */
export function addToFlowTrail(trail: FlowTrail, event: AuditEvent): void {
  const mark = (): FlowMark =>
    event.reason === undefined
      ? { time: event.time, id: event.id }
      : { time: event.time, id: event.id, reason: event.reason };
  switch (event.type) {
    case 'flow.started':
      trail.start = {
        eventId: event.id,
        time: event.time,
        timeMs: Date.parse(event.time),
        intent: event.intent,
        decoy: event.decoy,
        ...(event.reason === undefined ? {} : { reason: event.reason }),
        ...(event.target === undefined ? {} : { target: event.target }),
      };
      break;
    case 'flow.method_verified':
      trail.verified.push({ time: event.time, id: event.id, method: event.method });
      break;
    case 'password.reset':
    case 'account.unlocked':
      if (isNewer(event, trail.succeeded)) {
        trail.succeeded = {
          time: event.time,
          id: event.id,
          type: event.type,
          methods: [...event.methods],
        };
      }
      break;
    case 'flow.blocked':
      if (isNewer(event, trail.blocked)) trail.blocked = mark();
      break;
    case 'flow.contacted_admin':
      if (isNewer(event, trail.contactedAdmin)) trail.contactedAdmin = mark();
      break;
    case 'flow.canceled':
      if (isNewer(event, trail.canceled)) trail.canceled = mark();
      break;
    case 'flow.abandoned':
      if (isNewer(event, trail.abandoned)) trail.abandoned = mark();
      break;
    case 'password.reset_failed':
    case 'writeback.failed':
      if (isNewer(event, trail.failed)) trail.failed = mark();
      break;
    default:
      break;
  }
}

/**
 * Reads a flow's result, detail and methods from its trail, by
 * {@link RESET_RESULT_PRECEDENCE}:
 *
 * | Events | result | detail |
 * | --- | --- | --- |
 * | decoy start, reason `blocked` or `rate_limited` | Blocked | the reason |
 * | decoy start, any other reason | Failed | the reason (`not_registered`, `disabled`, `not_in_scope`, ...) |
 * | `password.reset` / `account.unlocked` | Succeeded | `password_reset` / `account_unlocked` |
 * | `flow.blocked` | Blocked | its reason (`failed_proofs`, `consecutive_failures`), else `blocked` |
 * | `flow.contacted_admin` | ContactedAdmin | its reason, else `contacted_admin` |
 * | `flow.canceled` | Canceled | its reason, else `canceled` |
 * | `flow.abandoned` | Abandoned | its reason (`expired_in_<state>`), else `expired` |
 * | `password.reset_failed` / `writeback.failed` | Failed | the newest one's reason (`password_rejected`, `unavailable`, ...), else `failed` |
 * | none of these, flow younger than its lifetime | InProgress | `open` |
 * | none of these, lifetime passed | Abandoned | `expired` (the expiry sweep has not run yet, or the flow ended without an event) |
 *
 * A decoy flow ends the same way a real one does, as far as its user can tell, but its
 * report row keeps the reason it was a decoy: that is what the administrator needs.
 *
 * @throws {TypeError} when the trail has no start.
 */
export function summarizeFlowTrail(trail: FlowTrail, options: SummarizeFlowOptions): FlowSummary {
  const { start } = trail;
  if (start === undefined) throw new TypeError('a flow trail needs its flow.started event');
  if (start.decoy) {
    const reason = start.reason ?? 'decoy';
    const blocked = reason === 'blocked' || reason === 'rate_limited';
    return {
      result: blocked ? ResetResult.Blocked : ResetResult.Failed,
      detail: reason,
      methods: [],
    };
  }
  const methods =
    trail.succeeded !== undefined
      ? [...trail.succeeded.methods]
      : [...trail.verified].sort(compareMarks).map((entry) => entry.method);
  const summary = (result: ResetResult, detail: string): FlowSummary => ({
    result,
    detail,
    methods,
  });
  if (trail.succeeded !== undefined) {
    return summary(
      ResetResult.Succeeded,
      trail.succeeded.type === 'password.reset' ? 'password_reset' : 'account_unlocked',
    );
  }
  if (trail.blocked !== undefined)
    return summary(ResetResult.Blocked, trail.blocked.reason ?? 'blocked');
  if (trail.contactedAdmin !== undefined) {
    return summary(ResetResult.ContactedAdmin, trail.contactedAdmin.reason ?? 'contacted_admin');
  }
  if (trail.canceled !== undefined)
    return summary(ResetResult.Canceled, trail.canceled.reason ?? 'canceled');
  if (trail.abandoned !== undefined)
    return summary(ResetResult.Abandoned, trail.abandoned.reason ?? 'expired');
  if (trail.failed !== undefined)
    return summary(ResetResult.Failed, trail.failed.reason ?? 'failed');
  return options.nowMs < start.timeMs + options.flowTtlMs
    ? summary(ResetResult.InProgress, 'open')
    : summary(ResetResult.Abandoned, 'expired');
}

/** True when `event` is newer than `mark` (or there is no mark), by (time, id). */
function isNewer(event: AuditEvent, mark: FlowMark | undefined): boolean {
  return mark === undefined || compareMarks(mark, event) < 0;
}

/** Oldest first by time, then by id. */
function compareMarks(a: { time: string; id: string }, b: { time: string; id: string }): number {
  const byTime = Date.parse(a.time) - Date.parse(b.time);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
