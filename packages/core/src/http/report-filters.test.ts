// Issue 14: the activity reports' user and method filters on /admin/reports/resets and
// /admin/reports/registrations: applied before paging (a filtered page is full, its cursor
// leads to the next filtered row), in JSON and CSV, refused with a typed 400 when malformed,
// and listed in the OpenAPI document the handler serves.
import { describe, expect, it } from 'vitest';
import { createTestApi, json, NEW_PASSWORD, request } from './http-test-setup.js';

const MINUTE = 60_000;
const PASSWORDS: Record<string, string> = {
  alice: 'morning tide over quiet water',
  erin: 'erin original passphrase',
};
let resets = 0;

/** Resets `identifier`'s password through its method of `type`, confirming with `contact`. */
async function resetWith(
  api: ReturnType<typeof createTestApi>,
  identifier: string,
  type: string,
  contact: string,
) {
  const { engine, codeSentTo, clock } = api;
  const flow = await engine.recovery.start({ identifier });
  const methodId = flow.methods.find((method) => method.type === type)?.id ?? '';
  await engine.recovery.challenge({ flowToken: flow.flowToken, methodId, confirm: contact });
  const code = await codeSentTo(contact);
  await engine.recovery.verify({ flowToken: flow.flowToken, methodId, code });
  // A new password each time: the history refuses a reused one.
  resets += 1;
  await engine.recovery.complete({
    flowToken: flow.flowToken,
    newPassword: `${NEW_PASSWORD} ${resets}`,
  });
  clock.advance(MINUTE);
}

/** Registers `value` as a method of `kind` for the signed-in test user `as`. */
async function register(
  api: ReturnType<typeof createTestApi>,
  as: string,
  kind: string,
  value: string,
) {
  const currentPassword = PASSWORDS[as];
  await api.handler(request('POST', '/me/methods', { as, body: { kind, value, currentPassword } }));
  const code = await api.codeSentTo(value);
  const verified = await api.handler(
    request('POST', '/me/methods/verify', { as, body: { kind, value, code, currentPassword } }),
  );
  expect(verified.status, `${as} ${kind}`).toBe(200);
  api.clock.advance(MINUTE);
}

const get = async (api: ReturnType<typeof createTestApi>, path: string) => {
  const response = await api.handler(request('GET', path, { as: 'admin' }));
  return { status: response.status, body: await json(response) };
};

/** Every page of a report from `path` on, following `nextCursor` (at most 5 pages). */
async function pagesOf(api: ReturnType<typeof createTestApi>, path: string) {
  const pages: Record<string, unknown>[][] = [];
  let cursor: unknown = null;
  do {
    const next = cursor === null ? '' : `&cursor=${encodeURIComponent(String(cursor))}`;
    const page = await get(api, `${path}${next}`);
    pages.push(page.body.rows as Record<string, unknown>[]);
    cursor = page.body.nextCursor;
  } while (cursor !== null && pages.length < 5);
  return pages;
}

describe('report filters', () => {
  it('filters reset activity by method and user before paging, totals included', async () => {
    const api = createTestApi({ policy: { methods: ['mobileSms', 'email'] } });
    await resetWith(api, 'alice', 'mobileSms', '+31612345678');
    await resetWith(api, 'alice', 'email', 'alice.private@example.net');
    await resetWith(api, 'erin', 'mobileSms', '+31611112222');
    await resetWith(api, 'alice', 'mobileSms', '+31612345678');

    const byEmail = await get(api, '/admin/reports/resets?method=email');
    const emailRows = byEmail.body.rows as { userId: string; methods: string[] }[];
    expect(emailRows.map((row) => row.methods)).toEqual([['email']]);
    expect((byEmail.body.totals as { byResult: { Succeeded: number } }).byResult.Succeeded).toBe(1);

    const erin = await get(api, '/admin/reports/resets?user=u-erin');
    expect((erin.body.rows as { userId: string }[]).map((row) => row.userId)).toEqual(['u-erin']);

    // Alice by SMS, one row a page: two full pages, then none.
    const pages = await pagesOf(api, '/admin/reports/resets?method=mobileSms&user=u-alice&limit=1');
    expect(pages.map((rows) => rows.length)).toEqual([1, 1]);
    const seen = pages.flat().map((row) => {
      expect(row).toMatchObject({ userId: 'u-alice', methods: ['mobileSms'] });
      return row.flowId;
    });
    expect(new Set(seen).size).toBe(2);

    const csv = await api.handler(
      request('GET', '/admin/reports/resets?method=email', {
        as: 'admin',
        headers: { accept: 'text/csv' },
      }),
    );
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('email');
  });

  it('filters registration activity by method and user before paging', async () => {
    const api = createTestApi({ policy: { methods: ['mobileSms', 'email'] } });
    await register(api, 'alice', 'email', 'alice.new@example.org');
    await register(api, 'erin', 'email', 'erin.new@example.org');
    await register(api, 'alice', 'mobile', '+31622223333');
    await register(api, 'alice', 'email', 'alice.third@example.org');

    const all = await get(api, '/admin/reports/registrations');
    expect((all.body.rows as unknown[]).length).toBe(4);
    const pages = await pagesOf(
      api,
      '/admin/reports/registrations?method=email&user=u-alice&limit=1',
    );
    expect(pages.map((rows) => rows.length)).toEqual([1, 1]);
    const aliceEmail = pages.flat();
    expect(aliceEmail).toEqual([
      expect.objectContaining({ userId: 'u-alice', method: 'email' }),
      expect.objectContaining({ userId: 'u-alice', method: 'email' }),
    ]);
    const erin = await get(api, '/admin/reports/registrations?user=u-erin');
    expect(erin.body.rows).toEqual([
      expect.objectContaining({ userId: 'u-erin', method: 'email' }),
    ]);
    const mobile = await get(api, '/admin/reports/registrations?method=mobileSms');
    expect(mobile.body.rows).toEqual([expect.objectContaining({ userId: 'u-alice' })]);
  });

  it('refuses a bad filter with a typed 400 on both routes, and documents the filters', async () => {
    const api = createTestApi();
    for (const route of ['resets', 'registrations']) {
      for (const query of [
        'method=fax',
        'method=',
        'user=',
        `user=${'x'.repeat(257)}`,
        'method=email&method=email',
      ]) {
        const response = await get(api, `/admin/reports/${route}?${query}`);
        expect(response.status, `${route} ${query}`).toBe(400);
        expect((response.body.error as { code: string }).code).toBe('invalid_request');
      }
    }
    expect((await get(api, '/admin/audit?method=email')).status).toBe(400);
    const openapi = await get(api, '/openapi.json');
    const paths = openapi.body.paths as Record<string, { get: { parameters: { name: string }[] } }>;
    for (const path of ['/admin/reports/resets', '/admin/reports/registrations']) {
      const names = paths[path]?.get.parameters.map((parameter) => parameter.name);
      expect(names, path).toEqual(expect.arrayContaining(['from', 'to', 'user', 'method']));
    }
  });
});
