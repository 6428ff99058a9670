import type { HttpServices } from './http-services.js';
import { toPublicConfig } from './public-config.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

/** What {@link createMetaRoutes} needs besides the services. */
export interface MetaRoutesScope extends TenantScope {
  /** The OpenAPI document, built once. */
  openApi: object;
}

/** `GET /config` (the public projection of the policy) and `GET /openapi.json`. */
export function createMetaRoutes(
  services: Pick<HttpServices, 'admin' | 'channels'>,
  scope: MetaRoutesScope,
): Pick<RouteHandlers, 'getConfig' | 'getOpenApi'> {
  return {
    async getConfig() {
      const { policy } = await services.admin.getPolicy(scope.tenantId);
      return { json: toPublicConfig(policy, services.channels) };
    },
    async getOpenApi() {
      return { json: scope.openApi };
    },
  };
}
