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
  'openreset_outbox',
  'openreset_counters',
  'openreset_policies',
] as const satisfies readonly (keyof StorageSchema)[];
