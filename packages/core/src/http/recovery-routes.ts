import { preferredLocale } from './content-negotiation.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

type RecoveryOperation =
  | 'startReset'
  | 'challengeReset'
  | 'verifyReset'
  | 'completeReset'
  | 'resetStatus'
  | 'contactAdmin'
  | 'cancelReset';

/**
 * The public reset and unlock flow, `POST /reset` and `/reset/*`. Each body, as its strict
 * schema parsed it, goes to the recovery service with the client address and the tenant.
 */
export function createRecoveryRoutes(
  services: Pick<HttpServices, 'recovery'>,
  scope: TenantScope,
): Pick<RouteHandlers, RecoveryOperation> {
  const { tenantId } = scope;
  return {
    async startReset({ body, ip, request }) {
      const locale = body.locale ?? preferredLocale(request.headers.get('accept-language'));
      return { json: await services.recovery.start({ ...body, locale, ip, tenantId }) };
    },
    async challengeReset({ body, ip }) {
      return { json: await services.recovery.challenge({ ...body, ip, tenantId }) };
    },
    async verifyReset({ body, ip }) {
      return { json: await services.recovery.verify({ ...body, ip, tenantId }) };
    },
    async completeReset({ body, ip }) {
      return { json: await services.recovery.complete({ ...body, ip, tenantId }) };
    },
    async resetStatus({ body }) {
      return { json: await services.recovery.getFlow({ ...body, tenantId }) };
    },
    async contactAdmin({ body, ip }) {
      await services.recovery.contactAdmin({ ...body, ip, tenantId });
      return { status: 202, json: { contacted: true } };
    },
    async cancelReset({ body, ip }) {
      return { json: await services.recovery.cancel({ ...body, ip, tenantId }) };
    },
  };
}
