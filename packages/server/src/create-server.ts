import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { nodeClientIp, toNodeHandler } from '@openreset/adapters/node';
import type { SqlStorage } from '@openreset/adapters/sqlite';
import {
  type Captcha,
  createHcaptchaCaptcha,
  createOpenReset,
  createTurnstileCaptcha,
  type Directory,
  type EmailSender,
  type OpenReset,
  type OpenResetLogger,
  type PasswordHasher,
  type SmsSender,
  type TelemetryApi,
  type VoiceCaller,
} from '@openreset/core';
import type { ServerConfig } from './server-config.js';
import { readStaticFile } from './static-files.js';

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

/**
 * Opens the storage (migrating it), the directory and the senders the configuration names.
 * Drivers are imported only when configured, so a PostgreSQL server never loads SQLite.
 */
export async function openPorts(config: ServerConfig): Promise<ServerPorts> {
  const storage =
    config.database.kind === 'postgres'
      ? await (await import('@openreset/adapters/postgres')).createPostgresStorage({
          connectionString: config.database.connectionString,
        })
      : await (await import('@openreset/adapters/sqlite')).createSqliteStorage({
          filename: config.database.filename,
        });
  try {
    const { createArgon2Hasher, createSqlDirectory } = await import(
      '@openreset/adapters/sql-directory'
    );
    const hasher = createArgon2Hasher();
    let directory: Directory;
    if (config.ldap === undefined) {
      directory = await createSqlDirectory({ db: storage, hasher });
    } else {
      const { createLdapDirectory } = await import('@openreset/adapters/ldap');
      const { caFile, ...ldap } = config.ldap;
      directory = createLdapDirectory({
        ...ldap,
        tls: caFile === undefined ? undefined : { ca: readFileSync(caFile, 'utf8') },
      });
    }
    let email: EmailSender | undefined;
    if (config.smtp !== undefined) {
      const { createSmtpEmailSender } = await import('@openreset/adapters/smtp');
      email = createSmtpEmailSender(config.smtp);
    }
    let sms: SmsSender | undefined;
    let voice: VoiceCaller | undefined;
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

/** The engine of a server: its ports, the configuration's keys and HTTP settings. */
export function createServerEngine(
  config: ServerConfig,
  ports: ServerPorts,
  logger?: OpenResetLogger,
): OpenReset {
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
    logger,
    http: {
      basePath: '/api',
      publicOrigin: config.publicOrigin,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
      clientIp: config.trustProxy === 0 ? nodeClientIp : undefined,
      jwt: config.jwt,
    },
  });
}

/** A running `openreset serve`. */
export interface OpenResetServer {
  engine: OpenReset;
  ports: ServerPorts;
  /** The Node.js server (listening). */
  server: Server;
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Stops listening, waits for background work, closes the database. */
  close(): Promise<void>;
}

const WIDGETS = fileURLToPath(
  new URL('./', import.meta.resolve('@openreset/widgets/standalone/openreset-reset.js')),
);

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
};

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
 * under `/widgets/`, a reset page at `/`, `GET /healthz` (the process answers) and
 * `GET /readyz` (storage and directory answer: 200, else 503), and, unless
 * `config.worker` is false, the background work (outbox, scheduled jobs).
 */
export async function startServer(
  config: ServerConfig,
  logger?: OpenResetLogger,
): Promise<OpenResetServer> {
  const ports = await openPorts(config);
  const engine = createServerEngine(config, ports, logger);
  const api = toNodeHandler(engine.handler, { origin: config.publicOrigin });
  const stopBackground = config.worker ? engine.start() : undefined;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return api(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...PAGE_HEADERS, allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (path === '/readyz') return sendJson(response, ...(await readiness(engine)));
    if (path === '/') {
      response.writeHead(200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      response.end(RESET_PAGE);
      return;
    }
    if (path.startsWith('/widgets/')) {
      const file = await readStaticFile(WIDGETS, path.slice('/widgets/'.length));
      if (file !== null) {
        response.writeHead(200, {
          ...PAGE_HEADERS,
          'content-type': file.type,
          'cache-control': 'public, max-age=300',
        });
        response.end(request.method === 'HEAD' ? undefined : file.body);
        return;
      }
    }
    response.writeHead(404, { ...PAGE_HEADERS, 'content-type': 'text/plain' }).end('Not found');
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      logger?.error('request failed', {
        error: error instanceof Error ? error.message : 'unknown',
      });
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stopBackground?.();
    await ports.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    engine,
    ports,
    server,
    url: `http://${host}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await stopBackground?.();
      await ports.close();
    },
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
