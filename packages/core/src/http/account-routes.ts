import type { RecentAuth } from '../registration/registration-service.js';
import type { Caller } from './caller.js';
import type { HttpServices } from './http-services.js';
import type { RouteHandlers, TenantScope } from './route-handlers.js';

type AccountOperation =
  | 'getMe'
  | 'addMethod'
  | 'verifyMethod'
  | 'removeMethod'
  | 'renameMethod'
  | 'passkeyOptions'
  | 'addPasskey'
  | 'authenticatorSetup'
  | 'addAuthenticator'
  | 'setQuestions'
  | 'reconfirm'
  | 'changePassword';

/**
 * The signed-in user's own routes, `/me` and `/me/*`: registration status, recovery methods
 * (phones and addresses, passkeys, authenticator apps), security questions, reconfirmation
 * and password change. Each acts on the caller's own
 * account, with the client address and the tenant.
 */
export function createAccountRoutes(
  services: Pick<HttpServices, 'registration' | 'change'>,
  scope: TenantScope,
): Pick<RouteHandlers, AccountOperation> {
  const { tenantId } = scope;

  /** Who acts, from where, in which tenant. */
  const actingAs = (caller: Caller, ip: string | undefined) => ({
    userId: caller.userId,
    ip,
    tenantId,
  });

  /**
   * A change of recovery methods: the body, with the proof of a recent sign-in in place of
   * `currentPassword` (the caller's sign-in time, or the password typed again).
   */
  function withRecentAuth<B extends { currentPassword?: string | undefined }>(
    caller: Caller,
    body: B,
    ip: string | undefined,
  ) {
    const { currentPassword, ...rest } = body;
    const auth: RecentAuth = { authTime: caller.authTime, currentPassword };
    return { ...rest, ...actingAs(caller, ip), auth };
  }

  return {
    async getMe({ caller }) {
      const [registration, passwordChange] = await Promise.all([
        services.registration.getStatus({ userId: caller.userId, tenantId }),
        services.change.needsPasswordChange({ user: caller.userId, tenantId }),
      ]);
      return { json: { registration, passwordChange } };
    },
    async addMethod({ body, caller, ip }) {
      return {
        status: 202,
        json: await services.registration.addMethod(withRecentAuth(caller, body, ip)),
      };
    },
    async verifyMethod({ body, caller, ip }) {
      return { json: await services.registration.verifyMethod(withRecentAuth(caller, body, ip)) };
    },
    async removeMethod({ body, caller, ip, id }) {
      return {
        json: await services.registration.removeMethod({
          ...withRecentAuth(caller, body, ip),
          methodId: id,
        }),
      };
    },
    async renameMethod({ body, caller, ip, id }) {
      return {
        json: await services.registration.renameMethod({
          ...withRecentAuth(caller, body, ip),
          methodId: id,
        }),
      };
    },
    async passkeyOptions({ body, caller, ip }) {
      return { json: await services.registration.passkeyOptions(withRecentAuth(caller, body, ip)) };
    },
    async addPasskey({ body, caller, ip }) {
      return {
        status: 201,
        json: await services.registration.addPasskey(withRecentAuth(caller, body, ip)),
      };
    },
    async authenticatorSetup({ body, caller, ip }) {
      return {
        json: await services.registration.authenticatorSetup(withRecentAuth(caller, body, ip)),
      };
    },
    async addAuthenticator({ body, caller, ip }) {
      return {
        status: 201,
        json: await services.registration.addAuthenticator(withRecentAuth(caller, body, ip)),
      };
    },
    async setQuestions({ body, caller, ip }) {
      return { json: await services.registration.setQuestions(withRecentAuth(caller, body, ip)) };
    },
    async reconfirm({ caller, ip }) {
      return { json: await services.registration.reconfirm(actingAs(caller, ip)) };
    },
    async changePassword({ body, caller, ip }) {
      await services.change.changePassword({ ...body, ...actingAs(caller, ip) });
      return { json: { changed: true } };
    },
  };
}
