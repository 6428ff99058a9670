import type { AuditEvent, AuditEventType } from '../audit/audit-event.js';
import type { RollupBucket, RollupCount, RollupFlow } from '../audit/report-rollup.js';

/** A JSON value, as storage keeps it. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Everything the engine persists, in one place. Every record carries a `tenantId`, and
 * every read is scoped by it: one store can hold many tenants, and a lookup MUST NOT
 * return another tenant's record. Adapters prove their contracts by running the
 * conformance suites from `@openreset/core/testing`.
 */
export interface Storage {
  flows: FlowStore;
  challenges: ChallengeStore;
  registrations: RegistrationStore;
  audit: AuditStore;
  outbox: OutboxStore;
  counters: CounterStore;
  policies: PolicyStore;
  /**
   * Runs `fn` as one transaction: every store call inside it (and in calls it awaits) commits
   * together when `fn` resolves (one commit, one fsync), or not at all when it throws. Calls
   * inside one join it. The engine runs each state-changing HTTP request in one. Until the
   * transaction commits, what a store call wrote is neither durable nor seen by others, and
   * the single-statement atomicity of every MUST still holds: concurrent transactions never
   * lose an update. Optional: without it, each call commits on its own.
   */
  transaction?<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `fn` outside the transaction the caller is in, for slow work that must not hold its
   * locks (hashing a password, a call to a captcha provider or a directory): what the
   * transaction wrote so far commits first, `fn`'s store calls commit on their own, and the
   * caller goes on in a new transaction (which commits or rolls back with the outer
   * `transaction`). Outside a transaction it just runs `fn`. MUST NOT be called while other
   * store calls of the same transaction are still running. Present with `transaction`.
   */
  outsideTransaction?<T>(fn: () => Promise<T>): Promise<T>;
}

/** {@link Storage.transaction}, bound to its storage. */
export type RunInTransaction = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * `fn` outside the caller's transaction ({@link Storage.outsideTransaction}), or just `fn`
 * for a storage without transactions.
 */
export function outsideTransaction<T>(
  storage: Pick<Storage, 'outsideTransaction'>,
  fn: () => Promise<T>,
): Promise<T> {
  return storage.outsideTransaction === undefined ? fn() : storage.outsideTransaction(fn);
}

/**
 * Runs `fn` as a transaction of its own that commits now, whatever becomes of the caller's:
 * for what a failing request must keep (the audit of a directory failure) although the
 * request's transaction rolls back with its 5xx answer.
 */
export function commitNow<T>(
  storage: Pick<Storage, 'transaction' | 'outsideTransaction'>,
  fn: () => Promise<T>,
): Promise<T> {
  if (storage.transaction === undefined) return fn();
  const transaction: RunInTransaction = storage.transaction.bind(storage);
  return outsideTransaction(storage, () => transaction(fn));
}

/** A reset or unlock flow, as the state machine left it. */
export interface FlowRecord {
  tenantId: string;
  /** The flow's id. The engine stores a keyed hash of the client's flow token here, never the token. */
  id: string;
  intent: 'reset' | 'unlock';
  /** The state machine's current state. */
  state: string;
  /** The version of the state machine that wrote this record. */
  machineVersion: number;
  /** Optimistic-concurrency counter: 1 when created, +1 on every update. */
  revision: number;
  /** The directory id, or `null` for a decoy flow. */
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  /** The state machine's own data (gates passed, methods offered). Never a secret. */
  data: JsonObject;
}

/** Flows, with compare-and-set updates so two requests cannot both advance one flow. */
export interface FlowStore {
  /** Stores a new flow. MUST throw `OpenResetError` code `already_exists` if the id is taken. */
  create(flow: FlowRecord): Promise<void>;
  /** The flow, or `null`. */
  get(tenantId: string, id: string): Promise<FlowRecord | null>;
  /**
   * Replaces the flow iff the stored `revision` equals `expectedRevision`, atomically.
   * The caller sets `flow.revision` to `expectedRevision + 1`.
   * @returns `false` (and changes nothing) when another writer got there first or the flow is gone.
   */
  update(flow: FlowRecord, expectedRevision: number): Promise<boolean>;
  /**
   * Flows of any tenant whose `expiresAt` is at or before `before` and whose state is one of
   * `states`, oldest expiry first, at most `limit`. Used to mark abandoned flows.
   */
  listExpired(options: ListExpiredOptions): Promise<FlowRecord[]>;
  /** Deletes the flow if it exists. */
  delete(tenantId: string, id: string): Promise<void>;
}

/** Options for {@link FlowStore.listExpired}. */
export interface ListExpiredOptions {
  before: Date;
  states: readonly string[];
  limit: number;
}

/** A verification code waiting to be entered, stored only as a keyed hash. */
export interface ChallengeRecord {
  tenantId: string;
  /** The flow (or registration session) the code belongs to; a code is bound to it. */
  flowId: string;
  /** The method the code was sent to. */
  methodId: string;
  /** HMAC of the code under the server key `keyId`. Never the code itself. */
  secretHash: string;
  /** Which server key made `secretHash`, so keys can rotate. */
  keyId: string;
  /** How many times a code was issued for this method in this flow. */
  sends: number;
  createdAt: Date;
  expiresAt: Date;
  /** When the code was used; a used code never verifies again. */
  consumedAt: Date | null;
}

/** What {@link ChallengeStore.issue} needs. */
export type NewChallenge = Omit<ChallengeRecord, 'sends' | 'consumedAt'>;

/** Verification codes. One live challenge per (tenant, flow, method). */
export interface ChallengeStore {
  /**
   * Creates the challenge, or replaces the one for the same flow and method (a resend).
   * A replacement MUST add 1 to `sends` and MUST clear `consumedAt`,
   * so the old code stops working at once.
   * @returns The record as stored.
   */
  issue(challenge: NewChallenge): Promise<ChallengeRecord>;
  /** The challenge, or `null`. */
  get(tenantId: string, flowId: string, methodId: string): Promise<ChallengeRecord | null>;
  /**
   * Marks the challenge used iff it is unused, unexpired at `now` and still has `secretHash`
   * (no resend replaced it), atomically: of any number of concurrent calls at most one gets
   * `true`. Never check-then-delete.
   */
  consume(
    tenantId: string,
    flowId: string,
    methodId: string,
    secretHash: string,
    now: Date,
  ): Promise<boolean>;
  /** Deletes every challenge of a flow. */
  deleteByFlow(tenantId: string, flowId: string): Promise<void>;
  /**
   * Deletes up to `limit` challenges, of any tenant, whose flow id starts with `flowIdPrefix`
   * (compared as a plain string, no wildcards) and that expired at or before `now`, and
   * returns how many (retention: the Temporary Access Passes, which belong to no flow). MUST
   * leave unexpired challenges and other flows' challenges alone.
   */
  deleteExpired(input: { flowIdPrefix: string; now: Date; limit: number }): Promise<number>;
}

/** The kinds of recovery data a user registers. One mobile number serves both SMS and voice. */
export const RecoveryMethodKind = {
  Mobile: 'mobile',
  Office: 'office',
  Email: 'email',
  SecurityQuestions: 'securityQuestions',
  Passkey: 'passkey',
  /** An authenticator app (TOTP, RFC 6238). */
  Authenticator: 'authenticator',
} as const;

/** The union of {@link RecoveryMethodKind} values. */
export type RecoveryMethodKind = (typeof RecoveryMethodKind)[keyof typeof RecoveryMethodKind];

/** One registered recovery method. */
export interface RegisteredMethod {
  /** A stable random id, used in flows and hints. */
  id: string;
  kind: RecoveryMethodKind;
  /** The E.164 number or email address; absent for questions and passkeys. */
  value?: string;
  /** For security questions: each question id with a slow salted hash of the normalized answer. */
  answers?: readonly SecurityAnswer[];
  /**
   * For passkeys: the credential as the WebAuthn layer stores it (public data only:
   * `{ id, publicKey, counter, transports, deviceType, backedUp }`, binary as base64url).
   */
  credential?: JsonObject;
  /** For authenticator apps: the TOTP secret, sealed with the server keys (never in the clear). */
  secret?: string;
  /** For passkeys and authenticator apps: the user's name for it ("Work laptop"). */
  name?: string;
  /** For passkeys and authenticator apps: when it last passed a recovery gate. */
  lastUsedAt?: Date;
  createdAt: Date;
  /** When the user proved control of it (a code was entered, a credential created). */
  verifiedAt: Date;
}

/** A security answer, only ever as a hash. */
export interface SecurityAnswer {
  questionId: string;
  answerHash: string;
}

/** A user's registered recovery methods. */
export interface UserRegistration {
  tenantId: string;
  userId: string;
  /** Optimistic-concurrency counter: 1 when created, +1 on every save. */
  revision: number;
  methods: readonly RegisteredMethod[];
  /** When the user last registered or confirmed their methods ("looks good"). */
  reconfirmedAt: Date | null;
  updatedAt: Date;
}

/**
 * Checks the `revision` a caller writes with `save` (policies, registrations):
 * `(expectedRevision ?? 0) + 1`. The memory and SQL stores call it before they write; an
 * adapter may too.
 * @param name The record as the message names it (`policy`, `registration`).
 * @throws {TypeError} otherwise: the caller's bug, never a lost race.
 */
export function checkNextRevision(
  name: string,
  revision: number,
  expectedRevision: number | null,
): void {
  const nextRevision = (expectedRevision ?? 0) + 1;
  if (revision !== nextRevision) {
    throw new TypeError(`${name}.revision must be ${nextRevision}, got ${revision}`);
  }
}

/** Registered recovery methods. */
export interface RegistrationStore {
  /** The user's registration, or `null`. */
  get(tenantId: string, userId: string): Promise<UserRegistration | null>;
  /**
   * Writes the registration iff the stored revision equals `expectedRevision` (`null`: iff
   * none is stored), atomically. The caller sets `revision` to `(expectedRevision ?? 0) + 1`.
   * @returns `false`, changing nothing, when the condition does not hold.
   */
  save(registration: UserRegistration, expectedRevision: number | null): Promise<boolean>;
  /** Deletes the registration if it exists. */
  delete(tenantId: string, userId: string): Promise<void>;
  /** A page of a tenant's registrations ordered by `userId`, starting after the `after` user id. */
  list(tenantId: string, options: ListRegistrationsOptions): Promise<UserRegistration[]>;
}

/** Options for {@link RegistrationStore.list}. */
export interface ListRegistrationsOptions {
  /** Start after this user id. */
  after?: string;
  /** Page size, 1-1000. */
  limit: number;
}

/** The append-only audit log. */
export interface AuditStore {
  /** Appends one event. MUST be durable when it resolves; MUST throw `already_exists` for a repeated id. */
  append(event: AuditEvent): Promise<void>;
  /**
   * Events matching every given filter, newest first: by `time` descending, then `id`
   * descending in code-unit order. MUST throw `OpenResetError` code `invalid_cursor` for a
   * cursor it did not issue (cursors come back from clients).
   */
  query(query: AuditQuery): Promise<AuditPage>;
  /**
   * Deletes up to `limit` of the tenant's events whose `time` is before `before`, oldest
   * first, and returns how many (retention). Events at or after `before` stay.
   */
  deleteBefore(tenantId: string, before: Date, limit: number): Promise<number>;
  /**
   * Optional: the reset report's rollups, which `append` MUST keep up to date in its own
   * write (atomically, exact under concurrent writers). Without it, the report recounts
   * the audit log.
   */
  resetRollup?: ResetRollupStore;
}

/**
 * The reset report's rollups: one row per flow (its trail so far) and daily counters per
 * bucket and method (see `rollupContribution`). Every report event appended changes its
 * flow's row and moves the flow's contribution in the counters. They count every event of
 * a flow, however late (the recount reads 24 hours past its range), and they outlive
 * `deleteBefore`: retention trims the log, not the report's history; `rebuild` recounts
 * them from what the log still holds.
 */
export interface ResetRollupStore {
  /** Flows started in [`from`, `to`), newest first by (start time, start event id). */
  flows(query: RollupFlowQuery): Promise<RollupFlow[]>;
  /** The non-zero counters of the UTC days in [`fromDay`, `toDay`) (`YYYY-MM-DD`). */
  daily(tenantId: string, fromDay: string, toDay: string): Promise<RollupCount[]>;
  /** Recounts the tenant's rollups from its audit log, replacing what was there. */
  rebuild(tenantId: string): Promise<void>;
}

/** Filters for {@link ResetRollupStore.flows}. */
export interface RollupFlowQuery {
  tenantId: string;
  /** Flows started at or after this instant. */
  from: Date;
  /** Flows started strictly before this instant. */
  to: Date;
  /** Only flows in these buckets. @default every bucket */
  buckets?: readonly RollupBucket[];
  /** Only flows strictly older than this start position (keyset paging). */
  before?: { timeMs: number; eventId: string };
  /** At most this many flows. @default all */
  limit?: number;
}

/** Filters for {@link AuditStore.query}. */
export interface AuditQuery {
  tenantId: string;
  /** Events at or after this instant. */
  from?: Date;
  /** Events strictly before this instant. */
  to?: Date;
  /** Only these types. */
  types?: readonly AuditEventType[];
  /** Only events whose target is this user. */
  userId?: string;
  /** Only events of this flow or request. */
  correlationId?: string;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Page size, 1-1000. */
  limit: number;
}

/** One page of audit events. */
export interface AuditPage {
  events: AuditEvent[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** A message waiting to be sent, or sent. */
export interface OutboxMessage {
  id: string;
  tenantId: string;
  /** How it travels: a message to a person, or a signed webhook of an audit event. */
  channel: 'sms' | 'voice' | 'email' | 'webhook';
  /** What it is for (`code`, `reset_notice`, `webhook:password.reset`, ...), for audit. */
  purpose: string;
  /**
   * The message, sealed (encrypted) by the engine: storage never reads it. Cleared once the
   * message is sent or has failed for good, so no code outlives its delivery.
   */
  payload: string | null;
  status: 'pending' | 'sent' | 'failed';
  /** Delivery attempts started. */
  attempts: number;
  createdAt: Date;
  /** Not to be tried before this instant (backoff). */
  nextAttemptAt: Date;
  /** A dispatcher holds the message until then. */
  leaseUntil: Date | null;
  /** Which claim holds the lease. */
  leaseToken: string | null;
  sentAt: Date | null;
  /** The last delivery error code, e.g. `unavailable`. */
  lastError: string | null;
  /** The flow or request that queued it. */
  correlationId: string;
}

/** What {@link OutboxStore.enqueue} needs. */
export type NewOutboxMessage = Pick<
  OutboxMessage,
  'id' | 'tenantId' | 'channel' | 'purpose' | 'payload' | 'createdAt' | 'correlationId'
>;

/** The durable outbox between requests and providers. */
export interface OutboxStore {
  /** Stores a pending message, due at once. MUST be durable when it resolves; MUST throw `already_exists` for a repeated id. */
  enqueue(message: NewOutboxMessage): Promise<void>;
  /**
   * Leases up to `limit` pending messages that are due at `now` and not leased (or whose lease
   * ran out), oldest due first, atomically: two dispatchers never hold one message at once.
   * Each claimed message gets `leaseUntil = now + leaseMs`, `leaseToken`, and `attempts + 1`.
   */
  claim(options: ClaimOptions): Promise<OutboxMessage[]>;
  /** Marks a leased message sent and clears its payload. `false` if the lease was lost. */
  markSent(id: string, leaseToken: string, sentAt: Date): Promise<boolean>;
  /**
   * Records a failed attempt: pending again from `retryAt`, or failed for good (payload
   * cleared) when `retryAt` is `null`. Releases the lease. `false` if the lease was lost.
   */
  markFailed(id: string, leaseToken: string, failure: OutboxFailure): Promise<boolean>;
  /** The message, or `null`. */
  get(tenantId: string, id: string): Promise<OutboxMessage | null>;
  /** A flow's messages, oldest first, so it can show a failed delivery. */
  listByCorrelation(tenantId: string, correlationId: string): Promise<OutboxMessage[]>;
  /**
   * Deletes up to `limit` messages of any tenant that were sent or failed for good and were
   * created before `before`, and returns how many (retention). MUST never delete a pending one.
   */
  deleteFinished(before: Date, limit: number): Promise<number>;
}

/** Options for {@link OutboxStore.claim}. */
export interface ClaimOptions {
  now: Date;
  limit: number;
  leaseMs: number;
  leaseToken: string;
}

/** A failed delivery attempt, for {@link OutboxStore.markFailed}. */
export interface OutboxFailure {
  error: string;
  retryAt: Date | null;
}

/** The state of a rate-limit counter. */
export interface CounterState {
  /** Hits in the current window (0 when there is none). */
  count: number;
  /** When the current window ends; `null` when there is none. */
  resetAt: Date | null;
}

/** Options for {@link CounterStore.increment}. */
export interface IncrementOptions {
  /** The window's length. A window starts at the first hit after the previous one ended. */
  windowMs: number;
  now: Date;
}

/**
 * Fixed-window counters for limits and lockouts. Keys are opaque strings up to 256
 * characters that the engine builds (they include the tenant).
 */
export interface CounterStore {
  /**
   * Adds 1 atomically and returns the state after: N concurrent increments MUST yield
   * the counts 1..N (or k+1..k+N) with none lost or repeated. If the window ended at or
   * before `now`, a new one starts at `now` with count 1.
   */
  increment(key: string, options: IncrementOptions): Promise<CounterState>;
  /** The current state at `now`, without changing it. */
  get(key: string, now: Date): Promise<CounterState>;
  /**
   * Takes 1 back atomically, for a hit that turned out not to count (a reserved attempt
   * whose proof passed). MUST NOT go below 0, MUST keep the window's end, and MUST do
   * nothing when the window ended at or before `now` or the key is absent (never start a
   * window). Concurrent increments and decrements MUST all apply.
   */
  decrement(key: string, now: Date): Promise<void>;
  /** Clears the counter (e.g. consecutive failures after a success). */
  reset(key: string): Promise<void>;
  /**
   * Deletes up to `limit` counters whose window ended at or before `now` (they read as
   * absent anyway) and returns how many (retention). MUST leave open windows alone.
   */
  deleteExpired(now: Date, limit: number): Promise<number>;
}

/** A tenant's stored policy. */
export interface StoredPolicy {
  tenantId: string;
  /** The policy as the admin gave it (parse it with `parsePolicy` to fill defaults). */
  policy: JsonObject;
  /** Optimistic-concurrency counter: 1 when first saved, +1 on every save. */
  revision: number;
  updatedAt: Date;
}

/** Tenant policies. */
export interface PolicyStore {
  /** The tenant's policy, or `null` when none was saved. */
  get(tenantId: string): Promise<StoredPolicy | null>;
  /**
   * Writes the policy iff the stored revision equals `expectedRevision` (`null`: iff none is
   * stored), atomically. The caller sets `revision` to `(expectedRevision ?? 0) + 1`.
   */
  save(policy: StoredPolicy, expectedRevision: number | null): Promise<boolean>;
}
