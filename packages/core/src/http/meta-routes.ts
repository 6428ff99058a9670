import type { HttpServices } from './http-services.js';
import { toPublicConfig } from './public-config.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

/** What {@link createMetaRoutes} needs besides the services. */
export interface MetaRoutesScope extends TenantScope {
  /** The OpenAPI document, built once. */
  openApi: object;
  /** Where widgets fetch ALTCHA challenges (`GET /captcha/challenge` below `basePath`). */
  challengeUrl: string;
}

/** `GET /config` (the public projection of the policy) and `GET /openapi.json`. */
export function createMetaRoutes(
  services: Pick<HttpServices, 'admin' | 'channels' | 'captcha'>,
  scope: MetaRoutesScope,
): Pick<RouteHandlers, 'getConfig' | 'getOpenApi'> {
  return {
    async getConfig() {
      const { policy } = await services.admin.getPolicy(scope.tenantId);
      const widget = services.captcha?.widget;
      const captcha =
        widget === undefined
          ? undefined
          : widget.provider === 'altcha'
            ? { provider: widget.provider, challengeUrl: scope.challengeUrl }
            : { provider: widget.provider, siteKey: widget.siteKey };
      return { json: toPublicConfig(policy, services.channels, captcha) };
    },
    async getOpenApi() {
      return { json: scope.openApi };
    },
  };
}
