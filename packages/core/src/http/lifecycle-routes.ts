import { HttpError, HttpErrorCode } from './http-error.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

/**
 * The lifecycle routes: `GET /captcha/challenge` (ALTCHA challenges), and the signed-in
 * user's sign-in check with its "remind me later". Challenges are 404 (no such route here)
 * when the captcha is not ALTCHA; the sign-in check is 501 without `signIn`.
 */
export function createLifecycleRoutes(
  services: Pick<HttpServices, 'captcha' | 'signIn'>,
  scope: TenantScope,
): Pick<RouteHandlers, 'captchaChallenge' | 'signInCheck' | 'postponeSignInCheck'> {
  const { tenantId } = scope;
  const signIn = () => {
    if (services.signIn === undefined) throw new HttpError(501, HttpErrorCode.NotImplemented);
    return services.signIn;
  };
  return {
    async captchaChallenge() {
      const challenge = services.captcha?.challenge;
      if (challenge === undefined) throw new HttpError(404, HttpErrorCode.NotFound);
      return { json: await challenge() };
    },
    async signInCheck({ caller }) {
      return { json: await signIn().check({ userId: caller.userId, tenantId }) };
    },
    async postponeSignInCheck({ caller }) {
      return { json: await signIn().postpone({ userId: caller.userId, tenantId }) };
    },
  };
}
