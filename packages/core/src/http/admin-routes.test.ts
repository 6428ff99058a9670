// The admin routes on their own (issue 20's mutation run of http/): the policy's revision as
// ETag and If-Match (its format, and its agreement with the body's expectedRevision), who acts
// in the helpdesk's audit, the answers a browser must not cache, and 501 without a helpdesk.
// The admin and helpdesk services are recording fakes: their own suites test what they do.
import { describe, expect, it } from 'vitest';
import type { HelpdeskService } from '../admin/helpdesk-service.js';
import { createAdminRoutes } from './admin-routes.js';
import type { HttpServices } from './http-services.js';
import { httpRefusal } from './http-test-setup.js';

const caller = { userId: 'admin-7' };

/** Admin and helpdesk services that record each call's arguments. */
function recordingServices() {
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    (name: string, answer: unknown) =>
    async (...args: unknown[]) => {
      calls.push({ name, args });
      return answer;
    };
  const admin = {
    getPolicy: record('getPolicy', { revision: 4, policy: {} }),
    updatePolicy: record('updatePolicy', { revision: 5, policy: {} }),
  } as unknown as HttpServices['admin'];
  const helpdesk = {
    resetPassword: record('resetPassword', { temporaryPassword: 'secret' }),
    unlock: record('unlock', undefined),
    setContact: record('setContact', { email: 'a@example.com' }),
    issueTemporaryAccessPass: record('issueTemporaryAccessPass', {
      pass: 'ABCD-EFGH',
      expiresAt: new Date('2026-11-27T13:00:00.000Z'),
    }),
    revokeTemporaryAccessPass: record('revokeTemporaryAccessPass', undefined),
  } as unknown as HelpdeskService;
  return { admin, helpdesk, calls };
}

const withIfMatch = (ifMatch?: string) =>
  new Request('http://localhost/admin/policy', {
    method: 'PUT',
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });

describe('admin routes', () => {
  it('expect the revision of If-Match, of the body without it, and none with * or neither', async () => {
    const { admin, helpdesk, calls } = recordingServices();
    const routes = createAdminRoutes({ admin, helpdesk }, { tenantId: 'tenant-1' });
    const update = (ifMatch: string | undefined, expectedRevision?: number) =>
      routes.updatePolicy({
        body: { policy: { enabled: true }, expectedRevision },
        caller,
        request: withIfMatch(ifMatch),
        ip: '192.0.2.1',
      } as never);
    expect(await update('"4"')).toEqual({
      json: { revision: 5, policy: {} },
      headers: { etag: '"5"' },
    });
    await update(' "12" ', 12);
    await update(undefined, 3);
    await update(' * ');
    await update(undefined);
    expect(calls.map((call) => call.args)).toEqual([
      [
        { enabled: true },
        { kind: 'admin', id: 'admin-7' },
        { tenantId: 'tenant-1', ip: '192.0.2.1', expectedRevision: 4 },
      ],
      [
        { enabled: true },
        { kind: 'admin', id: 'admin-7' },
        { tenantId: 'tenant-1', ip: '192.0.2.1', expectedRevision: 12 },
      ],
      [
        { enabled: true },
        { kind: 'admin', id: 'admin-7' },
        { tenantId: 'tenant-1', ip: '192.0.2.1', expectedRevision: 3 },
      ],
      [
        { enabled: true },
        { kind: 'admin', id: 'admin-7' },
        { tenantId: 'tenant-1', ip: '192.0.2.1', expectedRevision: undefined },
      ],
      [
        { enabled: true },
        { kind: 'admin', id: 'admin-7' },
        { tenantId: 'tenant-1', ip: '192.0.2.1', expectedRevision: undefined },
      ],
    ]);
  });

  it('refuse an If-Match that is no quoted revision, naming the header', async () => {
    const { admin, helpdesk, calls } = recordingServices();
    const routes = createAdminRoutes({ admin, helpdesk }, { tenantId: undefined });
    for (const ifMatch of [
      '4',
      '"4',
      '4"',
      'W/"4"',
      '"4" x',
      'x "4"',
      '""',
      '"1234567890123456"',
      '"a"',
    ]) {
      const error = await httpRefusal(
        routes.updatePolicy({
          body: { policy: {} },
          caller,
          request: withIfMatch(ifMatch),
          ip: undefined,
        } as never),
      );
      expect([ifMatch, error.status, error.code, error.issues]).toEqual([
        ifMatch,
        400,
        'invalid_request',
        [{ path: 'If-Match', code: 'invalid_format' }],
      ]);
    }
    expect(calls).toEqual([]);
  });

  it('refuse an If-Match and an expectedRevision that disagree, and accept them agreeing', async () => {
    const { admin, helpdesk, calls } = recordingServices();
    const routes = createAdminRoutes({ admin, helpdesk }, { tenantId: undefined });
    const update = (expectedRevision: number) =>
      routes.updatePolicy({
        body: { policy: {}, expectedRevision },
        caller,
        request: withIfMatch('"4"'),
        ip: undefined,
      } as never);
    const error = await httpRefusal(update(5));
    expect([error.status, error.code, error.issues]).toEqual([
      400,
      'invalid_request',
      [{ path: 'expectedRevision', code: 'mismatch_with_if_match' }],
    ]);
    expect(calls).toEqual([]);
    await update(4);
    expect(calls.map((call) => call.name)).toEqual(['updatePolicy']);
  });

  it('hand the helpdesk the acting admin, tenant and address; passwords and passes not cached', async () => {
    const { admin, helpdesk, calls } = recordingServices();
    const routes = createAdminRoutes({ admin, helpdesk }, { tenantId: 'tenant-1' });
    const context = { caller, ip: '192.0.2.9', id: 'u1' };
    expect(await routes.adminResetPassword({ ...context, body: {} } as never)).toEqual({
      json: { temporaryPassword: 'secret' },
      headers: { 'cache-control': 'no-store' },
    });
    expect(await routes.issueTemporaryAccessPass({ ...context, body: {} } as never)).toEqual({
      status: 201,
      json: { pass: 'ABCD-EFGH', expiresAt: '2026-11-27T13:00:00.000Z' },
      headers: { 'cache-control': 'no-store' },
    });
    expect(await routes.adminUnlock(context as never)).toEqual({ status: 204 });
    expect(await routes.revokeTemporaryAccessPass(context as never)).toEqual({ status: 204 });
    const acting = {
      actor: { kind: 'admin', id: 'admin-7' },
      tenantId: 'tenant-1',
      ip: '192.0.2.9',
    };
    expect(calls).toEqual([
      { name: 'resetPassword', args: ['u1', {}, acting] },
      { name: 'issueTemporaryAccessPass', args: ['u1', {}, acting] },
      { name: 'unlock', args: ['u1', acting] },
      { name: 'revokeTemporaryAccessPass', args: ['u1', acting] },
    ]);
  });

  it('answer 501 for every helpdesk route without a helpdesk', async () => {
    const { admin } = recordingServices();
    const routes = createAdminRoutes({ admin, helpdesk: undefined }, { tenantId: undefined });
    const context = { caller, ip: undefined, id: 'u1', body: {} } as never;
    for (const call of [
      () => routes.adminResetPassword(context),
      () => routes.adminUnlock(context),
      () => routes.adminSetContact(context),
      () => routes.issueTemporaryAccessPass(context),
      () => routes.revokeTemporaryAccessPass(context),
    ]) {
      const error = await httpRefusal(call());
      expect([error.status, error.code]).toEqual([501, 'not_implemented']);
    }
  });
});
