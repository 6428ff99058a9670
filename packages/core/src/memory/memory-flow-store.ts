import { checkInteger } from '../check-integer.js';
import { OpenResetError } from '../errors.js';
import type { FlowRecord, FlowStore, ListExpiredOptions } from '../ports/storage.js';

/**
 * The reference {@link FlowStore}: a `Map` keyed by tenant and id. Records are
 * deep-copied on the way in and out, and every check-and-write runs in one synchronous
 * section (no `await` between them), which makes it atomic in single-threaded JavaScript.
 *
 * @throws {TypeError} from `update` when `flow.revision` is not `expectedRevision + 1`.
 */
export function createMemoryFlowStore(): FlowStore {
  const flows = new Map<string, FlowRecord>();
  const key = (tenantId: string, id: string) => JSON.stringify([tenantId, id]);

  return {
    async create(flow) {
      const flowKey = key(flow.tenantId, flow.id);
      if (flows.has(flowKey))
        throw new OpenResetError('already_exists', 'A flow with this id already exists');
      flows.set(flowKey, structuredClone(flow));
    },

    async get(tenantId, id) {
      const flow = flows.get(key(tenantId, id));
      return flow === undefined ? null : structuredClone(flow);
    },

    async update(flow, expectedRevision) {
      if (flow.revision !== expectedRevision + 1) {
        throw new TypeError(
          `flow.revision must be expectedRevision + 1 (${expectedRevision + 1}), got ${flow.revision}`,
        );
      }
      const flowKey = key(flow.tenantId, flow.id);
      const stored = flows.get(flowKey);
      if (stored === undefined || stored.revision !== expectedRevision) return false;
      flows.set(flowKey, structuredClone(flow));
      return true;
    },

    async listExpired({ before, states, limit }: ListExpiredOptions) {
      checkInteger('limit', limit, 1);
      const cutoff = before.getTime();
      return [...flows.values()]
        .filter((flow) => flow.expiresAt.getTime() <= cutoff && states.includes(flow.state))
        .sort(
          (a, b) =>
            a.expiresAt.getTime() - b.expiresAt.getTime() ||
            compareText(a.tenantId, b.tenantId) ||
            compareText(a.id, b.id),
        )
        .slice(0, limit)
        .map((flow) => structuredClone(flow));
    },

    async delete(tenantId, id) {
      flows.delete(key(tenantId, id));
    },
  };
}

/** Code-unit order, as `COLLATE "C"` in SQL: the same in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
