import type { HelpdeskContext, HelpdeskService } from '../admin/helpdesk-service.js';
import { normalizeContactValue } from '../contacts/contact-value.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import type { Caller } from './caller.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

/**
 * The administrator's policy, directory and helpdesk routes: `/admin/policy`,
 * `/admin/directory/status` (a probe now and the scheduled probes' history) and
 * `/admin/users/{id}/*` (password, unlock, contact, Temporary Access Pass; each audited with
 * the acting admin). The reports, usage & insights and the audit viewer are in
 * `createReportRoutes`. The policy's revision
 * travels as its `ETag`, and `If-Match` guards an update against lost updates.
 */
export function createAdminRoutes(
  services: Pick<HttpServices, 'admin' | 'helpdesk'>,
  scope: TenantScope,
): Pick<
  RouteHandlers,
  | 'getPolicy'
  | 'updatePolicy'
  | 'directoryStatus'
  | 'adminResetPassword'
  | 'adminUnlock'
  | 'adminSetContact'
  | 'issueTemporaryAccessPass'
  | 'revokeTemporaryAccessPass'
> {
  const { tenantId } = scope;

  /** The helpdesk, or 501 when the handler was built without one. */
  function helpdesk(): HelpdeskService {
    if (services.helpdesk === undefined) throw new HttpError(501, HttpErrorCode.NotImplemented);
    return services.helpdesk;
  }

  /** Who acts and from where, for the helpdesk's audit events. */
  const contextOf = (caller: Caller, ip: string | undefined): HelpdeskContext => ({
    actor: { kind: 'admin', id: caller.userId },
    tenantId,
    ip,
  });

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
      const [status, history] = await Promise.all([
        services.admin.directoryStatus(),
        services.admin.directoryHistory(tenantId),
      ]);
      const current = {
        connected: status.connected,
        description: status.description,
        checkedAt: status.checkedAt.toISOString(),
        error: status.error,
      };
      return {
        json: {
          ...current,
          current,
          history: history.map((check) => ({ ...check, checkedAt: check.checkedAt.toISOString() })),
        },
      };
    },
    async adminResetPassword({ id, body, caller, ip }) {
      const result = await helpdesk().resetPassword(id, body, contextOf(caller, ip));
      return { json: result, headers: { 'cache-control': 'no-store' } };
    },
    async adminUnlock({ id, caller, ip }) {
      await helpdesk().unlock(id, contextOf(caller, ip));
      return { status: 204 };
    },
    async adminSetContact({ id, body, caller, ip }) {
      const issues = CONTACT_FIELDS.flatMap((field) => {
        const value = body[field];
        return typeof value === 'string' && normalizeContactValue(field, value) === null
          ? [{ path: field, code: field === 'email' ? 'invalid_email' : 'invalid_phone' }]
          : [];
      });
      if (issues.length > 0) throw new HttpError(400, HttpErrorCode.InvalidRequest, { issues });
      return { json: { contact: await helpdesk().setContact(id, body, contextOf(caller, ip)) } };
    },
    async issueTemporaryAccessPass({ id, body, caller, ip }) {
      const issued = await helpdesk().issueTemporaryAccessPass(id, body, contextOf(caller, ip));
      return {
        status: 201,
        json: { pass: issued.pass, expiresAt: issued.expiresAt.toISOString() },
        headers: { 'cache-control': 'no-store' },
      };
    },
    async revokeTemporaryAccessPass({ id, caller, ip }) {
      await helpdesk().revokeTemporaryAccessPass(id, contextOf(caller, ip));
      return { status: 204 };
    },
  };
}

/** The fields of `PUT /admin/users/{id}/contact`, each checked as registration checks it. */
const CONTACT_FIELDS = ['office', 'mobile', 'email'] as const;

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
