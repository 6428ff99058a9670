// What createHttpHandler itself does around the routes (issue 20's mutation run of http/):
// one storage transaction per state-changing request, a refusal committed with it and a fault
// rolled back; the padding of every answer under /reset and of nothing else; onError only for
// unexpected faults; the basePath matched as a whole segment; the tenant handed to the routes.
import { describe, expect, it, vi } from 'vitest';
import { DirectoryError } from '../ports/directory.js';
import { recordedTransactions } from '../testing/recorded-transactions.js';
import { createHttpHandler } from './create-http-handler.js';
import { HttpError, HttpErrorCode } from './http-error.js';
import { createTestApi, json, request } from './http-test-setup.js';

/** The error code of a refused or failed answer. */
async function codeOf(response: Response): Promise<unknown> {
  return ((await json(response)).error as { code?: unknown } | undefined)?.code;
}

describe('the handler around the routes', () => {
  it('runs each POST, PUT, PATCH and DELETE in one transaction, and no GET', async () => {
    const api = createTestApi();
    const { runs, transaction } = recordedTransactions();
    const handler = createHttpHandler({ ...api.services, transaction });
    expect((await handler(request('GET', '/config'))).status).toBe(200);
    expect(runs).toEqual([]);
    const flowToken = 'x'.repeat(40);
    const canceled = await handler(request('POST', '/reset/cancel', { body: { flowToken } }));
    expect(canceled.status).toBe(404);
    expect(runs).toEqual(['commit']);
    // lower case methods too: `fetch` normalizes them, a host's own Request may not.
    const lower = new Request('http://localhost/reset/cancel', {
      method: 'post',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ flowToken }),
    });
    expect((await handler(lower)).status).toBe(404);
    expect(runs).toEqual(['commit', 'commit']);
  });

  it('reads the body before it opens the transaction: a slow client never holds the write lock', async () => {
    const api = createTestApi();
    const opened: boolean[] = [];
    let bodyDone = false;
    const transaction = async <T>(fn: () => Promise<T>): Promise<T> => {
      opened.push(bodyDone);
      return fn();
    };
    const handler = createHttpHandler({ ...api.services, transaction });
    const text = new TextEncoder().encode(JSON.stringify({ flowToken: 'x'.repeat(40) }));
    let send = (_chunk: Uint8Array | null) => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (chunk) => {
          if (chunk === null) {
            bodyDone = true;
            controller.close();
          } else controller.enqueue(chunk);
        };
      },
    });
    const answer = handler(
      new Request('http://localhost/reset/cancel', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    send(text.slice(0, 5));
    // Another request meanwhile: it gets the transaction while the first is still sending.
    const other = await handler(
      request('POST', '/reset/cancel', { body: { flowToken: 'y'.repeat(40) } }),
    );
    expect(other.status).toBe(404);
    expect(opened).toEqual([false]);
    send(text.slice(5));
    send(null);
    expect((await answer).status).toBe(404);
    expect(opened).toEqual([false, true]);
    // A refusal met reading the body still comes where the body is parsed: after the method.
    const tooBig = await handler(
      new Request('http://localhost/reset/status', {
        method: 'DELETE',
        headers: { 'content-type': 'application/json', 'content-length': '99999999' },
        body: '{}',
      }),
    );
    expect(tooBig.status).toBe(405);
    // So does one met while reading a chunked body (no Content-Length to refuse it unread).
    const chunked = await handler(
      new Request('http://localhost/reset/status', {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new Uint8Array(20_000).fill(32));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit),
    );
    expect(chunked.status).toBe(405);
  });

  it('commits a refusal with the request (its counted attempt stays) and answers it', async () => {
    const api = createTestApi();
    const { runs, transaction } = recordedTransactions();
    const handler = createHttpHandler({ ...api.services, transaction });
    const refused = await handler(
      request('POST', '/reset/verify', {
        body: { flowToken: 'x'.repeat(40), methodId: 'm', code: '123456' },
      }),
    );
    expect(refused.status).toBe(404);
    expect(await codeOf(refused)).toBe('flow_not_found');
    expect(runs).toEqual(['commit']);
  });

  it('rolls a fault back and answers 500 (or the directory error it was)', async () => {
    const api = createTestApi();
    const { runs, transaction } = recordedTransactions();
    const onError = vi.fn();
    const handler = createHttpHandler(
      {
        ...api.services,
        transaction,
        recovery: {
          ...api.services.recovery,
          getFlow: () => Promise.reject(new Error('disk gone')),
          cancel: () => Promise.reject(new DirectoryError('unavailable', 'down')),
        },
      },
      { onError },
    );
    const fault = await handler(
      request('POST', '/reset/status', { body: { flowToken: 'x'.repeat(40) } }),
    );
    expect([fault.status, await codeOf(fault)]).toEqual([500, 'internal']);
    const down = await handler(
      request('POST', '/reset/cancel', { body: { flowToken: 'x'.repeat(40) } }),
    );
    expect(down.status).toBe(503);
    expect(runs).toEqual(['rollback', 'rollback']);
    // Only the unexpected fault is reported: the directory's failure is an answer of its own.
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'disk gone' }),
      expect.any(Request),
    );
  });

  it('reports to onError no refusal and no HTTP error of its own', async () => {
    const api = createTestApi({ withoutReports: true });
    const onError = vi.fn();
    const handler = createHttpHandler(
      { ...api.services, signIn: undefined },
      { authenticate: () => ({ userId: 'u-admin', isAdmin: true }), onError },
    );
    const answers = [
      await handler(request('POST', '/reset', { body: {} })),
      await handler(request('GET', '/nowhere')),
      await handler(request('GET', '/admin/reports/users')),
      await handler(request('GET', '/me/sign-in-check')),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 404, 501, 501]);
    // An HttpError is an answer the code chose, even a 500: not a fault to report.
    const chosen = createHttpHandler(
      {
        ...api.services,
        recovery: {
          ...api.services.recovery,
          start: () => Promise.reject(new HttpError(500, HttpErrorCode.Internal)),
        },
      },
      { onError },
    );
    const answer = await chosen(request('POST', '/reset', { body: { identifier: 'alice' } }));
    expect([answer.status, await codeOf(answer)]).toEqual([500, 'internal']);
    expect(onError).not.toHaveBeenCalled();
  });

  it('pads every answer under /reset, refusals too, and no other', async () => {
    const api = createTestApi({ http: { basePath: '/api', paddingBytes: 512 } });
    const length = async (response: Response) => (await response.arrayBuffer()).byteLength;
    const underReset = [
      await api.handler(request('POST', '/api/reset', { body: { identifier: 'alice' } })),
      await api.handler(request('POST', '/api/reset', { body: {} })),
      await api.handler(
        request('POST', '/api/reset/status', { body: { flowToken: 'x'.repeat(40) } }),
      ),
      await api.handler(request('GET', '/api/reset/nothing-here')),
    ];
    for (const response of underReset) expect((await length(response)) % 512).toBe(0);
    const elsewhere = [
      await api.handler(request('GET', '/api/openapi.json')),
      await api.handler(request('GET', '/api/nothing-here')),
      await api.handler(request('GET', '/elsewhere/reset')),
    ];
    for (const response of elsewhere) expect((await length(response)) % 512).not.toBe(0);
  });

  it('holds every answer under /reset until a timer started at its arrival fires, and no other', async () => {
    const api = createTestApi({ http: { minResponseMs: 300 } });
    /**
     * Milliseconds from the call to the answer. Timers count from the event loop's clock, read
     * as each turn of the loop begins: the call starts a turn, so that clock is the call's time.
     */
    const timed = async (answer: () => Promise<Response>) => {
      await new Promise((resolve) => setImmediate(resolve));
      const started = performance.now();
      await (await answer()).arrayBuffer();
      return performance.now() - started;
    };
    // Known and unknown alike, and refusals: none leaves before the floor.
    for (const body of [{ identifier: 'alice' }, { identifier: 'nobody' }, {}]) {
      expect(await timed(() => api.handler(request('POST', '/reset', { body })))).toBeGreaterThan(
        297,
      );
    }
    // Work that takes 250 ms of the floor's 300 is hidden by it, not added to it.
    let slept = 0;
    const slow = createHttpHandler(
      {
        ...api.services,
        recovery: {
          ...api.services.recovery,
          cancel: async (input) => {
            const started = performance.now();
            await new Promise((resolve) => setTimeout(resolve, 250));
            slept = performance.now() - started;
            return api.services.recovery.cancel(input);
          },
        },
      },
      { minResponseMs: 300 },
    );
    const hidden = await timed(() =>
      slow(request('POST', '/reset/cancel', { body: { flowToken: 'x'.repeat(40) } })),
    );
    expect(slept).toBeGreaterThan(240);
    expect(hidden).toBeGreaterThan(297);
    // Had the timer started once the work was done: 550 ms and more.
    expect(hidden).toBeLessThan(500);
    // Elsewhere, and with the floor at 0, nothing waits.
    expect(await timed(() => api.handler(request('GET', '/config')))).toBeLessThan(250);
    const off = createTestApi({ http: { minResponseMs: 0 } });
    expect(
      await timed(() => off.handler(request('POST', '/reset', { body: { identifier: 'alice' } }))),
    ).toBeLessThan(250);
  });

  it('refuses a floor that is not a whole number of milliseconds up to a minute', () => {
    for (const minResponseMs of [-1, 1.5, 60_001]) {
      expect(() => createTestApi({ http: { minResponseMs } })).toThrow(TypeError);
    }
  });

  it('serves only below the whole basePath segment', async () => {
    const api = createTestApi({ http: { basePath: '/api/openreset' } });
    expect((await api.handler(request('GET', '/api/openreset/config'))).status).toBe(200);
    // Same length as the base path, another path: not below it.
    expect((await api.handler(request('GET', '/api/openresex/config'))).status).toBe(404);
    // The base path followed by no slash is not below it either.
    const glued = await api.handler(request('GET', '/api/openresetconfig'));
    expect([glued.status, await codeOf(glued)]).toEqual([404, 'not_found']);
  });

  it("hands the handler's tenant to every route module", async () => {
    const api = createTestApi();
    const seen: { route: string; tenantId: unknown }[] = [];
    const handler = createHttpHandler(
      {
        ...api.services,
        recovery: {
          ...api.services.recovery,
          start: async (input) => {
            seen.push({ route: 'start', tenantId: input.tenantId });
            return api.services.recovery.start(input);
          },
        },
        registration: {
          ...api.services.registration,
          getStatus: async (input) => {
            seen.push({ route: 'me', tenantId: input.tenantId });
            return api.services.registration.getStatus(input);
          },
        },
        admin: {
          ...api.services.admin,
          getPolicy: async (tenantId) => {
            seen.push({ route: 'policy', tenantId });
            return api.services.admin.getPolicy(tenantId);
          },
        },
        signIn: {
          check: async (input) => {
            seen.push({ route: 'sign-in-check', tenantId: input.tenantId });
            return { action: 'none' } as never;
          },
          postpone: async () => ({}) as never,
        },
      },
      { tenantId: 'tenant-2', authenticate: () => ({ userId: 'u-admin', isAdmin: true }) },
    );
    await handler(request('POST', '/reset', { body: { identifier: 'alice' } }));
    await handler(request('GET', '/me'));
    await handler(request('GET', '/admin/policy'));
    await handler(request('GET', '/me/sign-in-check'));
    expect(seen.map((call) => [call.route, call.tenantId])).toEqual([
      ['start', 'tenant-2'],
      ['me', 'tenant-2'],
      ['policy', 'tenant-2'],
      ['sign-in-check', 'tenant-2'],
    ]);
  });

  it('refuses missing services at once, naming the first one missing', () => {
    const { services } = createTestApi();
    expect(() => createHttpHandler(null as never)).toThrow(new TypeError('services are required'));
    expect(() => createHttpHandler('services' as never)).toThrow(
      new TypeError('services are required'),
    );
    for (const name of ['recovery', 'registration', 'change', 'admin', 'rateLimit'] as const) {
      expect(() => createHttpHandler({ ...services, [name]: undefined })).toThrow(
        new TypeError(`services.${name} is required`),
      );
    }
    expect(() => createHttpHandler({ ...services, reports: undefined })).not.toThrow();
  });

  it("tells the widget its captcha: ALTCHA's challenge URL, another provider's site key", async () => {
    const api = createTestApi();
    const configWith = async (widget: { provider: string; siteKey?: string }) => {
      const handler = createHttpHandler(
        { ...api.services, captcha: { widget } as never },
        { basePath: '/api', publicOrigin: 'https://id.example.com' },
      );
      return (await json(await handler(request('GET', '/api/config')))).captcha;
    };
    expect(await configWith({ provider: 'turnstile', siteKey: 'site-key-1' })).toEqual({
      provider: 'turnstile',
      siteKey: 'site-key-1',
    });
    expect(await configWith({ provider: 'altcha' })).toEqual({
      provider: 'altcha',
      challengeUrl: 'https://id.example.com/api/captcha/challenge',
    });
  });
});
