// Shared by the http tests only (not exported from the package): a real engine on memory
// adapters, and the handler over its services.

import { createOpenReset } from '../create-open-reset.js';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createRateLimit } from '../limits/rate-limit.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import { createMemoryMessaging } from '../memory/memory-messaging.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { createReports } from '../reports/create-reports.js';
import type { Caller } from './caller.js';
import { createHttpHandler, type HttpOptions, type HttpServices } from './create-http-handler.js';

export const TEST_START = new Date('2026-11-24T10:00:00Z');
export const ORIGIN = 'https://id.example.com';
export const ALICE_PASSWORD = 'morning tide over quiet water';
export const NEW_PASSWORD = 'violet harbour quantum teapots';

/** Options of {@link createTestApi}. */
export interface TestApiOptions {
  policy?: PolicyInput;
  http?: HttpOptions;
  /** Leave the reports out (501). */
  withoutReports?: boolean;
}

/**
 * An engine with alice (mobile + email), erin (mobile, alternate email), an admin and the
 * handler; `as(userId)` marks a request as signed in through the `authenticate` callback.
 */
export function createTestApi(options: TestApiOptions = {}) {
  const clock = createFakeClock(TEST_START);
  const random = createSeededRandom(7);
  const hasher = createPbkdf2Hasher({ iterations: 1000, random });
  const storage = createMemoryStorage();
  const messaging = createMemoryMessaging();
  const directory = createMemoryDirectory({
    hasher,
    clock,
    users: [
      {
        id: 'u-alice',
        username: 'alice',
        password: ALICE_PASSWORD,
        email: 'alice@example.com',
        givenName: 'Alice',
        contact: { mobile: '+31612345678', alternateEmail: 'alice.private@example.net' },
      },
      {
        id: 'u-erin',
        username: 'erin',
        password: 'erin original passphrase',
        email: 'erin@example.com',
        contact: { mobile: '+31611112222' },
      },
      {
        id: 'u-admin',
        username: 'admin',
        password: 'admin original passphrase',
        email: 'admin@example.com',
        isAdmin: true,
        contact: { mobile: '+31687654321', alternateEmail: 'admin.alt@example.org' },
      },
    ],
  });
  const engine = createOpenReset({
    storage,
    directory,
    keys: [{ id: 'k1', secret: 'test secret of at least thirty-two bytes!' }],
    clock,
    random,
    hasher,
    policy: options.policy ?? {},
    sms: messaging.sms,
    voice: messaging.voice,
    email: messaging.email,
  });
  const services: HttpServices = {
    recovery: engine.recovery,
    registration: engine.registration,
    change: engine.change,
    admin: engine.admin,
    rateLimit: createRateLimit(storage.counters, clock),
    channels: { sms: true, voice: true, email: true },
    ...(options.withoutReports === true
      ? {}
      : {
          reports: createReports({
            audit: storage.audit,
            registrations: storage.registrations,
            directory,
            getPolicy: async (tenantId) => (await engine.admin.getPolicy(tenantId)).policy,
            clock,
            tenantId: 'default',
          }),
        }),
  };
  const callers = new Map<string, Caller>([
    ['alice', { userId: 'u-alice', isAdmin: false, authTime: TEST_START }],
    ['erin', { userId: 'u-erin', isAdmin: false }],
    ['admin', { userId: 'u-admin', isAdmin: true, authTime: TEST_START }],
    ['ghost', { userId: 'u-ghost', isAdmin: false }],
  ]);
  const handler = createHttpHandler(services, {
    authenticate: (request) => callers.get(request.headers.get('x-test-user') ?? '') ?? null,
    now: () => clock.now(),
    ...options.http,
  });

  /** Delivers the outbox and returns the code of the newest message to `to`. */
  async function codeSentTo(to: string): Promise<string> {
    await engine.dispatcher.runOnce();
    const sent = [...messaging.sent].reverse().find((message) => message.message.to === to);
    if (sent === undefined) throw new Error(`nothing was sent to ${to}`);
    if (sent.channel === 'voice') return sent.message.code;
    const match = /\b(\d{6,8})\b/.exec(sent.message.text);
    if (match?.[1] === undefined) throw new Error('no code in the message');
    return match[1];
  }

  return { engine, storage, directory, messaging, clock, services, handler, codeSentTo };
}

/** Options of {@link request}. */
export interface RequestOptions {
  body?: unknown;
  /** Signed in as this test user (`alice`, `erin`, `admin`, `ghost`). */
  as?: string;
  headers?: Record<string, string>;
  /** @default ORIGIN + path */
  url?: string;
}

/** A JSON request to the handler's path. */
export function request(method: string, path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  if (options.as !== undefined) headers.set('x-test-user', options.as);
  return new Request(options.url ?? `${ORIGIN}${path}`, {
    method,
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
}

/** The response's JSON (padded bodies included). */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return JSON.parse(await response.text()) as Record<string, unknown>;
}
