import { chmodSync, closeSync, openSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { LdapAttributeMap } from '@openreset/adapters/ldap';
import { nodeClientIp, toNodeHandler } from '@openreset/adapters/node';
import type { SmartLockoutOptions } from '@openreset/adapters/sql-directory';
import type { SqlStorage } from '@openreset/adapters/sqlite';
import {
  type Captcha,
  createHcaptchaCaptcha,
  createOpenReset,
  createTurnstileCaptcha,
  type Directory,
  type EmailSender,
  type HttpOptions,
  type OpenReset,
  type OpenResetLogger,
  type PasswordHasher,
  type PolicyInput,
  type SmsSender,
  type TelemetryApi,
  type VoiceCaller,
  type WebAuthnOptions,
} from '@openreset/core';
import type { ServerConfig } from './server-config.js';
import { readStaticFile } from './static-files.js';

/**
 * What a host adds to the server built from a {@link ServerConfig}, in code: the
 * demo (`examples/demo`) is the server with these. Every field is optional; without them the
 * server is what `openreset serve` runs.
 */
export interface ServerOptions {
  /** Where the engine reports misconfiguration and background failures ({@link jsonLogger} in the CLI). */
  logger?: OpenResetLogger;
  /** The policy in force until an admin saves one. @default core's defaults */
  policy?: PolicyInput;
  /**
   * Who is signed in, from the host's own session (a cookie, a gateway's header), for
   * `/api/me` and `/api/admin`: core's `http.authenticate`. Give this or the configuration's
   * `jwt`, not both.
   */
  authenticate?: HttpOptions['authenticate'];
  /**
   * The SQL directory's smart lockout (`createSqlDirectory`'s `lockout`); `false` turns it off.
   * @default the adapter's (10 wrong passwords lock an account for 60 seconds)
   */
  lockout?: SmartLockoutOptions | false;
  /**
   * Which LDAP attributes hold what (`LdapAttributeMap` of `@openreset/adapters/ldap`), over
   * the mode's defaults: `{ alternateEmail: 'mail' }` counts the directory's `mail` as a
   * recovery address.
   */
  ldapAttributes?: Readonly<Partial<Record<string, string>>>;
  /**
   * Senders for the channels the configuration gives none (no SMTP, no Twilio): a dev
   * outbox in development. A configured SMTP or Twilio sender always wins.
   */
  senders?: { email?: EmailSender; sms?: SmsSender; voice?: VoiceCaller };
}

/** The ports `serve`, `worker` and `migrate` build from a {@link ServerConfig}. */
export interface ServerPorts {
  storage: SqlStorage;
  directory: Directory;
  hasher: PasswordHasher;
  email?: EmailSender;
  sms?: SmsSender;
  voice?: VoiceCaller;
  captcha?: Captcha | 'altcha';
  /** `@opentelemetry/api` when it is installed (an optional peer): spans and metrics. */
  telemetry?: TelemetryApi;
  /** Closes the database pool (and the directory's connections). */
  close(): Promise<void>;
}

/** The SQLite database and the files SQLite keeps beside it in WAL mode. */
const SQLITE_SUFFIXES = ['', '-wal', '-shm'];

/**
 * Makes a SQLite database owner-only (0600): created so when it is new, and tightened when
 * an earlier run, a copy or an unpacked backup left it looser. Run before the database is
 * opened (SQLite gives its `-wal` and `-shm` files the database file's mode) and after (for
 * those files left by an older run). The database holds sealed contacts, hashes and keys'
 * HMACs: nobody but the service needs to read it.
 */
function makeDatabasePrivate(filename: string): void {
  if (filename === ':memory:') return;
  closeSync(openSync(filename, 'a', 0o600));
  for (const suffix of SQLITE_SUFFIXES) {
    try {
      chmodSync(`${filename}${suffix}`, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Opens the storage (migrating it), the directory and the senders the configuration names.
 * Drivers are imported only when configured, so a PostgreSQL server never loads SQLite. A
 * SQLite database (and its `-wal` and `-shm` files) is made owner-only, 0600.
 */
export async function openPorts(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<ServerPorts> {
  const { database } = config;
  if (database.kind === 'sqlite') makeDatabasePrivate(database.filename);
  const storage =
    database.kind === 'postgres'
      ? await (await import('@openreset/adapters/postgres')).createPostgresStorage({
          connectionString: database.connectionString,
        })
      : await (await import('@openreset/adapters/sqlite')).createSqliteStorage({
          filename: database.filename,
        });
  try {
    if (database.kind === 'sqlite') makeDatabasePrivate(database.filename);
    const { createArgon2Hasher, createSqlDirectory } = await import(
      '@openreset/adapters/sql-directory'
    );
    const hasher = createArgon2Hasher();
    let directory: Directory;
    if (config.ldap === undefined) {
      directory = await createSqlDirectory({ db: storage, hasher, lockout: options.lockout });
    } else {
      const { createLdapDirectory } = await import('@openreset/adapters/ldap');
      const { caFile, ...ldap } = config.ldap;
      directory = createLdapDirectory({
        ...ldap,
        attributes: options.ldapAttributes as Partial<LdapAttributeMap> | undefined,
        tls: caFile === undefined ? undefined : { ca: readFileSync(caFile, 'utf8') },
      });
    }
    let email = options.senders?.email;
    if (config.smtp !== undefined) {
      const { createSmtpEmailSender } = await import('@openreset/adapters/smtp');
      email = createSmtpEmailSender(config.smtp);
    }
    let sms = options.senders?.sms;
    let voice = options.senders?.voice;
    if (config.twilio !== undefined) {
      const { createTwilioSms, createTwilioVoice } = await import('@openreset/adapters/twilio');
      sms = createTwilioSms(config.twilio);
      voice = createTwilioVoice(config.twilio);
    }
    const captcha =
      config.captcha === undefined
        ? undefined
        : config.captcha.provider === 'altcha'
          ? ('altcha' as const)
          : (config.captcha.provider === 'turnstile'
              ? createTurnstileCaptcha
              : createHcaptchaCaptcha)({
              siteKey: config.captcha.siteKey,
              secret: config.captcha.secret,
            });
    return {
      storage,
      directory,
      hasher,
      email,
      sms,
      voice,
      captcha,
      telemetry: await loadTelemetry(),
      close: () => storage.close(),
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/**
 * The host's `@opentelemetry/api`, when installed next to the server, else `undefined`: the
 * engine then reports to whatever OpenTelemetry SDK the process registered (for example with
 * `node --import @opentelemetry/auto-instrumentations-node/register`).
 */
export async function loadTelemetry(): Promise<TelemetryApi | undefined> {
  try {
    return (await import('@opentelemetry/api')) as TelemetryApi;
  } catch {
    return undefined;
  }
}

/** https, or http on localhost: where browsers (and core's `webauthn` check) allow passkeys. */
function isSecureForPasskeys(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
}

/**
 * Passkeys for the public origin: its host is the relying party, and the widgets run there
 * and on the allowed origins of the same site. Browsers refuse passkeys on an IP address,
 * and on http anywhere but localhost, so such an origin gets none (`undefined`: passkeys
 * are neither offered nor registered, authenticator apps still work).
 */
export function passkeysFor(
  publicOrigin: string,
  allowedOrigins: readonly string[],
  rpName: string,
): WebAuthnOptions | undefined {
  const rpId = new URL(publicOrigin).hostname;
  if (/^[\d.]+$|^\[/.test(rpId) || !isSecureForPasskeys(publicOrigin)) return undefined;
  const onSite = (origin: string) => {
    const host = new URL(origin).hostname;
    return host === rpId || host.endsWith(`.${rpId}`);
  };
  return {
    rpId,
    rpName,
    origins: [
      publicOrigin,
      ...allowedOrigins.filter((origin) => onSite(origin) && isSecureForPasskeys(origin)),
    ],
  };
}

/**
 * The engine of a server: its ports, the configuration's keys and HTTP settings, passkeys
 * for its public origin ({@link passkeysFor}, named after the policy's organization), and
 * the host's policy and authentication from `options`.
 */
export function createServerEngine(
  config: ServerConfig,
  ports: ServerPorts,
  options: ServerOptions = {},
): OpenReset {
  const rpName = options.policy?.branding?.orgName ?? 'OpenReset';
  return createOpenReset({
    storage: ports.storage,
    directory: ports.directory,
    hasher: ports.hasher,
    keys: config.keys,
    email: ports.email,
    sms: ports.sms,
    voice: ports.voice,
    captcha: ports.captcha,
    telemetry: ports.telemetry,
    logger: options.logger,
    policy: options.policy,
    webauthn: passkeysFor(config.publicOrigin, config.allowedOrigins, rpName),
    http: {
      basePath: '/api',
      publicOrigin: config.publicOrigin,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
      clientIp: config.trustProxy === 0 ? nodeClientIp : undefined,
      authenticate: options.authenticate,
      jwt: config.jwt,
    },
  });
}

/**
 * The server's background work in a process of its own (`openreset worker`): outbox
 * delivery and the scheduled jobs, on the ports and engine {@link openPorts} and
 * {@link createServerEngine} build. Any number of workers and servers may share one
 * database: each job runs once per period, each message is sent once.
 */
export async function startWorker(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<OpenResetWorker> {
  const ports = await openPorts(config, options);
  const engine = createServerEngine(config, ports, options);
  const stop = engine.start();
  return {
    engine,
    ports,
    async close() {
      await stop();
      await ports.close();
    },
  };
}

/** A running {@link startWorker}. */
export interface OpenResetWorker {
  engine: OpenReset;
  ports: ServerPorts;
  /** Waits for the running batch, stops the jobs, closes the database. */
  close(): Promise<void>;
}

/** A running `openreset serve`. */
export interface OpenResetServer {
  engine: OpenReset;
  ports: ServerPorts;
  /** The configuration in force: with `PORT=0` and the default public origin, the port bound. */
  config: ServerConfig;
  /** The Node.js server (listening). */
  server: Server;
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Stops listening, waits for background work, closes the database. */
  close(): Promise<void>;
}

/** What a host's {@link StartServerOptions.pages} factory gets once the engine exists. */
export interface ServerContext {
  engine: OpenReset;
  ports: ServerPorts;
  /** The configuration in force (the bound port in the default public origin). */
  config: ServerConfig;
}

/**
 * A host's own routes: answers the request and resolves `true`, or resolves `false` to leave
 * it to the server (the API, health, widgets, the reset page at `/`, else 404). `url` is the
 * request's URL on the public origin.
 */
export type PageHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => boolean | Promise<boolean>;

/** Options of {@link startServer}: a host's additions ({@link ServerOptions}) and its pages. */
export interface StartServerOptions extends ServerOptions {
  /**
   * Called once, after the engine is made and before the first request is answered (e.g. to
   * seed accounts); returns the host's routes, asked before the server's own for every
   * request outside `/api`.
   */
  pages?: (context: ServerContext) => PageHandler | Promise<PageHandler>;
}

const WIDGETS = fileURLToPath(
  new URL('./', import.meta.resolve('@openreset/widgets/standalone/openreset-reset.js')),
);

/** The headers of every page the server answers (the API sets its own). */
const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
};

/**
 * Answers with the server's page headers (`no-store`, `nosniff`, no referrer, a CSP that
 * allows scripts and styles from the page's origin only and no framing), `headers` over them.
 */
export function respond(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, { ...PAGE_HEADERS, 'content-type': contentType, ...headers });
  response.end(body);
}

const RESET_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reset your password</title>
<script type="module" src="/widgets/openreset-reset.js"></script></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem">
<openreset-reset api="/api"><p>This page needs JavaScript.</p></openreset-reset>
</body></html>
`;

/**
 * Starts the whole product on one port: the HTTP API under `/api`, the standalone widgets
 * under `/widgets/` (with CORS for the allowed origins, whose pages load them as module
 * scripts), a reset page at `/`, `GET /healthz` (the process answers) and `GET /readyz`
 * (storage and directory answer: 200, else 503), and, unless `config.worker` is false, the
 * background work (outbox, scheduled jobs). With `PORT=0` and no `OPENRESET_PUBLIC_ORIGIN`,
 * the public origin is `http://localhost:<the port bound>`. A host's `options.pages` answer
 * before the server's own routes.
 */
export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<OpenResetServer> {
  const { logger } = options;
  // Requests wait for the routes, made once the port is bound (the default origin names it).
  const routes = withResolvers<RequestListener>();
  routes.promise.catch(() => undefined);
  const server = createServer((request, response) => {
    routes.promise
      .then((route) => route(request, response))
      .catch((error: unknown) => {
        logger?.error('request failed', {
          error: error instanceof Error ? error.message : 'unknown',
        });
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      });
  });
  // Idle connections stay open longer than a reverse proxy keeps its upstream ones (nginx:
  // 60 s): else the proxy may reuse one this server is closing, and answer 502.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const bound =
    config.publicOrigin === 'http://localhost:0'
      ? { ...config, publicOrigin: `http://localhost:${address.port}` }
      : config;

  let ports: ServerPorts | undefined;
  let stopBackground: (() => Promise<void>) | undefined;
  try {
    ports = await openPorts(bound, options);
    const engine = createServerEngine(bound, ports, options);
    // After the host's `pages`, so that the first run of the jobs sees what it seeds.
    const pages = await options.pages?.({ engine, ports, config: bound });
    stopBackground = bound.worker ? engine.start() : undefined;
    routes.resolve(router(bound, engine, pages));
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const opened = ports;
    return {
      engine,
      ports,
      config: bound,
      server,
      url: `http://${host}:${address.port}`,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await stopBackground?.();
        await opened.close();
      },
    };
  } catch (error) {
    routes.reject(error);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await stopBackground?.();
    await ports?.close();
    throw error;
  }
}

type RequestListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** `Promise.withResolvers`, which Node 20 lacks. */
function withResolvers<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** The server's routes, after the host's `pages`. */
function router(
  config: ServerConfig,
  engine: OpenReset,
  pages: PageHandler | undefined,
): RequestListener {
  const api = toNodeHandler(engine.handler, { origin: config.publicOrigin });
  return async (request, response) => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', config.publicOrigin);
    } catch {
      return respond(response, 400, 'text/plain', 'Bad request');
    }
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/')) return api(request, response);
    if (pages !== undefined && (await pages(request, response, url))) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...PAGE_HEADERS, allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (path === '/readyz') return sendJson(response, ...(await readiness(engine)));
    if (path === '/') return respond(response, 200, 'text/html; charset=utf-8', RESET_PAGE);
    if (path.startsWith('/widgets/')) {
      // Every file of the standalone folder, sub-folders included: the bundles import their
      // chunks (locales, question texts) on demand, relative to their own URL.
      const file = await readStaticFile(WIDGETS, path.slice('/widgets/'.length));
      if (file !== null) {
        // A page on an allowed origin loads them as module scripts, fetched with CORS.
        const origin = request.headers.origin;
        const cors =
          origin !== undefined && config.allowedOrigins.includes(origin)
            ? { 'access-control-allow-origin': origin }
            : {};
        response.writeHead(200, {
          ...PAGE_HEADERS,
          'content-type': file.type,
          'cache-control': 'public, max-age=300',
          vary: 'Origin',
          ...cors,
        });
        response.end(request.method === 'HEAD' ? undefined : file.body);
        return;
      }
    }
    respond(response, 404, 'text/plain', 'Not found');
  };
}
/** 200 when the storage and the directory answer, else 503 with what failed. */
async function readiness(engine: OpenReset): Promise<[number, Record<string, unknown>]> {
  const checks: Record<string, string> = {};
  try {
    await engine.admin.getPolicy();
    checks.storage = 'ok';
  } catch {
    checks.storage = 'unavailable';
  }
  const directory = await engine.admin.directoryStatus();
  checks.directory = directory.connected ? 'ok' : (directory.error ?? 'unavailable');
  const ready = Object.values(checks).every((value) => value === 'ok');
  return [ready ? 200 : 503, { status: ready ? 'ready' : 'not_ready', checks }];
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...PAGE_HEADERS,
    'content-type': 'application/json',
    ...(status === 503 ? { 'retry-after': '5' } : {}),
  });
  response.end(JSON.stringify(body));
}
