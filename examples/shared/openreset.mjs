// The engine every framework recipe mounts (examples/<framework>/README.md): one per process,
// its outbox dispatcher started with it. Copy this file into your app and replace the
// STAND-IN ports marked below with yours (SQLite, PostgreSQL, the SQL directory or LDAP:
// see the @openreset/adapters README); the mounting code of each recipe stays the same.
import { nodeClientIp } from '@openreset/adapters/node';
import { createSmtpEmailSender } from '@openreset/adapters/smtp';
import { createOpenReset, createPbkdf2Hasher } from '@openreset/core';
import { createMemoryDirectory, createMemoryStorage } from '@openreset/core/memory';

/** The public path the recipes mount the handler under (the widgets' `api` attribute). */
export const BASE_PATH = '/api/openreset';

/**
 * The client address of each `Request` a framework built, for per-IP limits: set it with
 * {@link handle}. Requests that `toNodeHandler` built carry theirs already (`nodeClientIp`).
 * @type {WeakMap<Request, string>}
 */
const peers = new WeakMap();

/**
 * The mail sender named by `OPENRESET_SMTP_URL` (`smtp://user:pass@host:587`, or `smtps://`
 * for TLS from the first byte) and `OPENRESET_MAIL_FROM`.
 * @param {Record<string, string | undefined>} env
 * @returns {import('@openreset/core').EmailSender}
 */
function smtpFrom(env) {
  if (!env.OPENRESET_SMTP_URL || !env.OPENRESET_MAIL_FROM) {
    throw new Error(
      'OPENRESET_SMTP_URL and OPENRESET_MAIL_FROM must be set (the codes are mailed)',
    );
  }
  const url = new URL(env.OPENRESET_SMTP_URL);
  const secure = url.protocol === 'smtps:';
  return createSmtpEmailSender({
    host: url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    from: env.OPENRESET_MAIL_FROM,
  });
}

/**
 * `OPENRESET_TRUST_PROXY`: how many reverse proxies append to `X-Forwarded-For` (none when unset).
 * @param {string | undefined} value
 */
function trustProxyFrom(value) {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error('OPENRESET_TRUST_PROXY must be the number of proxies in front (0 to 99)');
  }
  return Number(value);
}

/**
 * Builds an engine from the environment: `OPENRESET_SECRET` (32 characters or more, kept out
 * of the code), `OPENRESET_PUBLIC_ORIGIN` (the origin links are built from, never `Host`) and
 * the SMTP variables of `smtpFrom`, unless `email` is given; `OPENRESET_TRUST_PROXY` behind
 * reverse proxies.
 * @param {{ env?: Record<string, string | undefined>, email?: import('@openreset/core').EmailSender }} [options]
 * @returns {import('@openreset/core').OpenReset}
 */
export function createEngine({ env = process.env, email } = {}) {
  const secret = env.OPENRESET_SECRET;
  if (secret === undefined || secret.length < 32) {
    throw new Error('OPENRESET_SECRET must be set to a random string of 32 characters or more');
  }
  // STAND-IN ports: in memory, with one user, so the recipe runs as it is. Replace them.
  const hasher = createPbkdf2Hasher();
  const storage = createMemoryStorage();
  const directory = createMemoryDirectory({
    hasher,
    users: [
      {
        username: 'alice',
        password: 'an old passphrase of alice',
        contact: { alternateEmail: 'alice@example.com' },
      },
    ],
  });
  return createOpenReset({
    storage,
    directory,
    hasher,
    email: email ?? smtpFrom(env),
    keys: [{ id: 'k1', secret }],
    http: {
      basePath: BASE_PATH,
      publicOrigin: env.OPENRESET_PUBLIC_ORIGIN,
      clientIp: (request) => peers.get(request) ?? nodeClientIp(request),
      // Behind reverse proxies: their number, and X-Forwarded-For is read that many hops deep.
      trustProxy: trustProxyFrom(env.OPENRESET_TRUST_PROXY),
    },
  });
}

/**
 * The process's one engine, made and started (its outbox dispatcher) on first use. Kept on
 * `globalThis` so that dev servers reloading modules, and frameworks bundling each route
 * apart, still share it.
 * @returns {import('@openreset/core').OpenReset}
 */
export function openReset() {
  const global = /** @type {{ __openreset?: import('@openreset/core').OpenReset }} */ (globalThis);
  if (global.__openreset === undefined) {
    global.__openreset = createEngine();
    global.__openreset.start();
  }
  return global.__openreset;
}

/**
 * Answers a `Request` with the process's engine. `clientAddress` is the peer's address as the
 * framework knows it (SvelteKit's `getClientAddress()`, h3's `getRequestIP(event)`), which
 * per-IP limits count; never a header a client could forge.
 * @param {Request} request
 * @param {string | undefined} [clientAddress]
 * @param {import('@openreset/core').OpenReset} [engine] one of {@link createEngine}'s
 * @returns {Promise<Response>}
 */
export function handle(request, clientAddress, engine = openReset()) {
  if (clientAddress !== undefined) peers.set(request, clientAddress);
  return engine.handler(request);
}
