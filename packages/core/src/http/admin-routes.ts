import type { PolicyInput } from '../policy/policy-schema.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

/**
 * The administrator's policy and directory routes, `/admin/policy` and
 * `/admin/directory/status` (the reports are in `createReportRoutes`). The policy's revision
 * travels as its `ETag`, and `If-Match` guards an update against lost updates.
 */
export function createAdminRoutes(
  services: Pick<HttpServices, 'admin'>,
  scope: TenantScope,
): Pick<RouteHandlers, 'getPolicy' | 'updatePolicy' | 'directoryStatus'> {
  const { tenantId } = scope;
  return {
    async getPolicy() {
      const state = await services.admin.getPolicy(tenantId);
      return { json: state, headers: { etag: `"${state.revision}"` } };
    },
    async updatePolicy({ body, caller, request, ip }) {
      const fromHeader = parseIfMatch(request.headers.get('if-match'));
      if (
        fromHeader !== undefined &&
        body.expectedRevision !== undefined &&
        fromHeader !== body.expectedRevision
      ) {
        throw new HttpError(400, HttpErrorCode.InvalidRequest, {
          issues: [{ path: 'expectedRevision', code: 'mismatch_with_if_match' }],
        });
      }
      const state = await services.admin.updatePolicy(
        body.policy as PolicyInput,
        { kind: 'admin', id: caller.userId },
        { tenantId, ip, expectedRevision: fromHeader ?? body.expectedRevision },
      );
      return { json: state, headers: { etag: `"${state.revision}"` } };
    },
    async directoryStatus() {
      const status = await services.admin.directoryStatus();
      return {
        json: {
          connected: status.connected,
          description: status.description,
          checkedAt: status.checkedAt.toISOString(),
          error: status.error,
        },
      };
    },
  };
}

/** A strong `If-Match: "<revision>"`; `*` or none means no expectation. */
function parseIfMatch(header: string | null): number | undefined {
  if (header === null || header.trim() === '*') return undefined;
  const match = /^"(\d{1,15})"$/.exec(header.trim());
  if (match?.[1] === undefined) {
    throw new HttpError(400, HttpErrorCode.InvalidRequest, {
      issues: [{ path: 'If-Match', code: 'invalid_format' }],
    });
  }
  return Number(match[1]);
}
