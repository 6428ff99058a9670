import type { Authenticate, Caller } from './caller.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import type { RouteAccess } from './http-routes.js';

/** Tells who may call a route: `null` on a public route, else the signed-in caller. */
export type AuthorizeCaller = (request: Request, access: RouteAccess) => Promise<Caller | null>;

/**
 * Creates the access check of the routes: a public route asks nobody; a signed-in route asks
 * `authenticate` and answers 401 without a caller; an admin route answers 403 to a
 * non-admin.
 *
 * @throws {TypeError} from the check when `authenticate` returns something other than a
 *   {@link Caller} or `null` (a fault of the host, answered 500).
 */
export function createCallerAuthorizer(authenticate: Authenticate | undefined): AuthorizeCaller {
  async function callerOf(request: Request): Promise<Caller | null> {
    if (authenticate === undefined) return null;
    const caller = await authenticate(request);
    if (caller === null || caller === undefined) return null;
    if (
      typeof caller.userId !== 'string' ||
      caller.userId.length === 0 ||
      typeof caller.isAdmin !== 'boolean' ||
      (caller.authTime !== undefined && !(caller.authTime instanceof Date))
    ) {
      throw new TypeError(
        'authenticate must return { userId: string, isAdmin: boolean, authTime?: Date } or null',
      );
    }
    return caller;
  }

  return async function authorize(request, access) {
    if (access === 'public') return null;
    const caller = await callerOf(request);
    if (caller === null) {
      throw new HttpError(401, HttpErrorCode.Unauthenticated, {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    if (access === 'admin' && !caller.isAdmin) throw new HttpError(403, HttpErrorCode.Forbidden);
    return caller;
  };
}
