import type { AuditActor } from '../audit/audit-event.js';
import type { AuditLog } from '../audit/audit-log.js';
import { ErrorCode, InvalidPolicyError, OpenResetError, type PolicyIssue } from '../errors.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory, DirectoryStatus } from '../ports/directory.js';
import type { JsonObject, PolicyStore } from '../ports/storage.js';

/** A tenant's policy in force, and the revision to pass back when updating it. */
export interface PolicyState {
  policy: Policy;
  /** 0 while the tenant runs on the engine's default policy (nothing stored yet). */
  revision: number;
  /**
   * Set when the stored policy no longer parses (it was saved under an older version whose
   * rules were looser, e.g. a method no engine supports). Self-service is then off for the
   * tenant (the default policy with `enabled: "none"`: failing closed, never weaker than
   * what the admin chose) until an admin saves a valid policy; these are the reasons.
   */
  storedIssues?: readonly PolicyIssue[];
}

/** Options for {@link AdminService.updatePolicy}. */
export interface UpdatePolicyOptions {
  /** The tenant. @default the engine's `tenantId` */
  tenantId?: string;
  /**
   * The revision the admin edited (from {@link AdminService.getPolicy}); the update is refused
   * with `conflict` if someone saved in between. Omit to overwrite whatever is stored.
   */
  expectedRevision?: number;
  /** The client address, for the audit event. */
  ip?: string;
}

/** Policy administration and directory health. */
export interface AdminService {
  /** The policy in force for a tenant: the stored one, else the engine's default. */
  getPolicy(tenantId?: string): Promise<PolicyState>;
  /**
   * Validates and stores a new policy, and records `policy.changed` with the old and new
   * values.
   * @throws {InvalidPolicyError} `invalid_policy` when the input is not valid; nothing is stored.
   * @throws {OpenResetError} `conflict` when `expectedRevision` is stale; nothing is stored.
   */
  updatePolicy(
    input: PolicyInput,
    actor: AuditActor,
    options?: UpdatePolicyOptions,
  ): Promise<PolicyState>;
  /** Whether the directory is reachable, for the admin page. */
  directoryStatus(): Promise<DirectoryStatus>;
  /**
   * Probes the directory and stores the result as a `directory.checked` audit event (the
   * scheduled `directory-status` job, every 5 minutes).
   */
  checkDirectory(tenantId?: string): Promise<DirectoryStatus>;
  /** The stored probes, newest first, at most {@link DIRECTORY_HISTORY_LIMIT}. */
  directoryHistory(tenantId?: string): Promise<DirectoryCheck[]>;
}

/** One stored probe of the directory. */
export interface DirectoryCheck {
  checkedAt: Date;
  connected: boolean;
  /** The directory's error code when it was unreachable. */
  error?: string;
}

/** The most probes {@link AdminService.directoryHistory} returns. */
export const DIRECTORY_HISTORY_LIMIT = 50;

/** What {@link createAdminService} needs. */
export interface AdminServiceDependencies {
  policies: PolicyStore;
  directory: Directory;
  audit: AuditLog;
  clock: Clock;
  /** The policy of tenants that have none stored. */
  defaultPolicy: Policy;
  /** The tenant used when a call names none. */
  tenantId: string;
}

/** Creates the {@link AdminService}. */
export function createAdminService(dependencies: AdminServiceDependencies): AdminService {
  const { policies, directory, audit, clock, defaultPolicy } = dependencies;
  /**
   * Per tenant, the stored policy last parsed and what it parsed to. Every request reads the
   * stored policy (so a save on another server takes effect at once), but parses it only when
   * its revision or save time changed: a save always moves the revision (compare-and-set).
   */
  const parsed = new Map<string, { revision: number; savedAt: number; state: PolicyState }>();

  async function getPolicy(tenantId = dependencies.tenantId): Promise<PolicyState> {
    const stored = await policies.get(tenantId);
    if (stored === null) return { policy: defaultPolicy, revision: 0 };
    const savedAt = stored.updatedAt.getTime();
    const last = parsed.get(tenantId);
    if (last !== undefined && last.revision === stored.revision && last.savedAt === savedAt) {
      return last.state;
    }
    const state = parseStored(stored.policy, stored.revision);
    parsed.set(tenantId, { revision: stored.revision, savedAt, state });
    return state;
  }

  function parseStored(policy: JsonObject, revision: number): PolicyState {
    try {
      return { policy: parsePolicy(policy), revision };
    } catch (error) {
      if (!(error instanceof InvalidPolicyError)) throw error;
      return {
        policy: { ...defaultPolicy, enabled: 'none' },
        revision,
        storedIssues: error.issues,
      };
    }
  }

  return {
    getPolicy,
    async updatePolicy(input, actor, options = {}) {
      const tenantId = options.tenantId ?? dependencies.tenantId;
      const after = parsePolicy(input);
      const before = await getPolicy(tenantId);
      if (options.expectedRevision !== undefined && options.expectedRevision !== before.revision) {
        throw new OpenResetError(ErrorCode.Conflict, 'The policy was changed by someone else');
      }
      const revision = before.revision + 1;
      const saved = await policies.save(
        // The input as given, not the filled-in result, so improved defaults reach stored policies.
        {
          tenantId,
          policy: JSON.parse(JSON.stringify(input)) as JsonObject,
          revision,
          updatedAt: clock.now(),
        },
        before.revision === 0 ? null : before.revision,
      );
      if (!saved)
        throw new OpenResetError(ErrorCode.Conflict, 'The policy was changed by someone else');
      await audit.record({
        type: 'policy.changed',
        tenantId,
        actor,
        result: 'success',
        correlationId: `policy:${tenantId}:${revision}`,
        before: before.policy,
        after,
        ...(options.ip === undefined ? {} : { ip: options.ip }),
      });
      return { policy: after, revision };
    },
    directoryStatus: () => directory.status(),

    async checkDirectory(tenantId = dependencies.tenantId) {
      const status = await directory.status();
      await audit.record({
        type: 'directory.checked',
        tenantId,
        actor: { kind: 'system' },
        result: status.connected ? 'success' : 'failure',
        ...(status.error === undefined ? {} : { reason: status.error }),
        correlationId: `directory:${status.checkedAt.toISOString()}`,
        description: status.description,
      });
      return status;
    },

    async directoryHistory(tenantId = dependencies.tenantId) {
      const page = await audit.query({
        tenantId,
        types: ['directory.checked'],
        limit: DIRECTORY_HISTORY_LIMIT,
      });
      return page.events.map((event) => ({
        checkedAt: new Date(event.time),
        connected: event.result === 'success',
        ...(event.reason === undefined ? {} : { error: event.reason }),
      }));
    },
  };
}
