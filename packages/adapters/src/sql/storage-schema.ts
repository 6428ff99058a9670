import type { Json, Millis, NullableMillis } from './sql-values.js';

/** `openreset_flows`: one row per flow. */
export interface FlowTable {
  tenant_id: string;
  id: string;
  intent: string;
  state: string;
  machine_version: number;
  revision: number;
  user_id: string | null;
  created_at: Millis;
  updated_at: Millis;
  expires_at: Millis;
  data: Json;
}

/** `openreset_challenges`: one live code per (tenant, flow, method). */
export interface ChallengeTable {
  tenant_id: string;
  flow_id: string;
  method_id: string;
  secret_hash: string;
  key_id: string;
  sends: number;
  created_at: Millis;
  expires_at: Millis;
  consumed_at: NullableMillis;
}

/** `openreset_registrations`: a user's recovery methods (dates inside as epoch ms). */
export interface RegistrationTable {
  tenant_id: string;
  user_id: string;
  revision: number;
  methods: Json;
  reconfirmed_at: NullableMillis;
  updated_at: Millis;
}

/** `openreset_audit`: the whole event as JSON, plus the columns reports filter and sort on. */
export interface AuditTable {
  id: string;
  tenant_id: string;
  time_ms: Millis;
  type: string;
  target_user_id: string | null;
  correlation_id: string;
  event: Json;
}

/** `openreset_report_flows`: the reset report's row per flow (see `ResetRollupStore`). */
export interface ReportFlowTable {
  tenant_id: string;
  flow_id: string;
  /** The `flow.started` event's time and id, null until it comes. */
  start_ms: Millis | null;
  start_event_id: string | null;
  /** The flow's `RollupBucket`, null until it starts. */
  bucket: string | null;
  /** The flow's `FlowTrail` as JSON. */
  trail: Json;
}

/** `openreset_report_daily`: the reset report's counters per UTC day, bucket and method. */
export interface ReportDailyTable {
  tenant_id: string;
  /** `YYYY-MM-DD`. */
  day: string;
  bucket: string;
  /** A method type, or `''` for the flows themselves. */
  method: string;
  count: number;
}

/** `openreset_outbox`: messages between requests and providers. */
export interface OutboxTable {
  id: string;
  tenant_id: string;
  channel: string;
  purpose: string;
  payload: string | null;
  status: string;
  attempts: number;
  created_at: Millis;
  next_attempt_at: Millis;
  lease_until: NullableMillis;
  lease_token: string | null;
  sent_at: NullableMillis;
  last_error: string | null;
  correlation_id: string;
}

/** `openreset_counters`: fixed-window counters. */
export interface CounterTable {
  key: string;
  count: number;
  reset_at: Millis;
}

/** `openreset_policies`: one policy per tenant. */
export interface PolicyTable {
  tenant_id: string;
  policy: Json;
  revision: number;
  updated_at: Millis;
}

/** The storage tables, for Kysely. */
export interface StorageSchema {
  openreset_flows: FlowTable;
  openreset_challenges: ChallengeTable;
  openreset_registrations: RegistrationTable;
  openreset_audit: AuditTable;
  openreset_report_flows: ReportFlowTable;
  openreset_report_daily: ReportDailyTable;
  openreset_outbox: OutboxTable;
  openreset_counters: CounterTable;
  openreset_policies: PolicyTable;
}

/** Every storage table, e.g. to empty them between tests. */
export const STORAGE_TABLES = [
  'openreset_flows',
  'openreset_challenges',
  'openreset_registrations',
  'openreset_audit',
  'openreset_report_flows',
  'openreset_report_daily',
  'openreset_outbox',
  'openreset_counters',
  'openreset_policies',
] as const satisfies readonly (keyof StorageSchema)[];
