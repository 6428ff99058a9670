import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { type OpenResetLogger, purgeRetained, TERMINAL_FLOW_STATES } from '@openreset/core';
import { createServerEngine, openPorts, startServer, startWorker } from './create-server.js';
import {
  readServerConfig as readConfigOf,
  ServerConfigError,
  withConfigFile,
} from './server-config.js';

const USAGE = `Usage: openreset <command>

  serve                 the API (/api), the widgets (/widgets/), a reset page (/), /healthz,
                        /readyz and, unless OPENRESET_WORKER=false, the background work
  worker                only the background work: outbox delivery and scheduled jobs
  migrate               creates or upgrades the database tables, then exits
  keys generate         prints a new server key (id:secret) for OPENRESET_KEYS
  keys rotate           prints OPENRESET_KEYS with a new key first and the current ones after
  purge                 deletes what the retention keeps no longer (finished flows after 30 days,
                        sent messages after 7, audit events after 365), logs the counts
  report rebuild        recounts the reset report's rollups from the audit log
  report export [--from <date>] [--to <date>]
                        reset activity as CSV on stdout (default: the last 30 days)
  users <create|import|set-password> ...
                        accounts of the SQL directory (run \`openreset users\` for its options)

Configuration comes from environment variables (see the package README), or from the
NAME=value lines of the file OPENRESET_CONFIG_FILE names (the environment wins):
OPENRESET_KEYS is required; OPENRESET_DATABASE_URL defaults to sqlite:openreset.db.`;

/** The configuration from the environment and the file OPENRESET_CONFIG_FILE names. */
const readServerConfig = (env: NodeJS.ProcessEnv) => readConfigOf(withConfigFile(env));

/**
 * The CLI's logger: structured lines on stderr, one JSON object each (`level`, `time`, `msg`
 * and the details); the engine never passes it a secret, code or password.
 */
export const jsonLogger: OpenResetLogger = {
  warn: (message, details) => log('warn', message, details),
  error: (message, details) => log('error', message, details),
};

function log(level: string, message: string, details?: Record<string, unknown>): void {
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...details })}\n`,
  );
}

/** A new key: an id from today's date and 32 random bytes, base64url. */
function newKey(): string {
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}${randomBytes(2).toString('hex')}`;
  return `${id}:${randomBytes(32).toString('base64url')}`;
}

/** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => resolve(signal));
  });
}

/** Runs one command line; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve': {
        const config = readServerConfig(process.env);
        const server = await startServer(config, { logger: jsonLogger });
        log('info', 'openreset is listening', { url: server.url, worker: config.worker });
        log('info', 'stopping', { signal: await stopSignal() });
        await server.close();
        return 0;
      }
      case 'worker': {
        const worker = await startWorker(readServerConfig(process.env), { logger: jsonLogger });
        log('info', 'openreset worker started');
        log('info', 'stopping', { signal: await stopSignal() });
        await worker.close();
        return 0;
      }
      case 'migrate': {
        const ports = await openPorts(readServerConfig(process.env));
        await ports.close();
        log('info', 'the database is up to date');
        return 0;
      }
      case 'purge': {
        const ports = await openPorts(readServerConfig(process.env));
        try {
          const report = await purgeRetained(ports.storage, {
            tenantId: 'default',
            now: new Date(),
            retention: {},
            finishedStates: TERMINAL_FLOW_STATES,
          });
          log('info', 'purged', { ...report });
        } finally {
          await ports.close();
        }
        return 0;
      }
      case 'keys': {
        if (rest[0] === 'generate') {
          process.stdout.write(`${newKey()}\n`);
          return 0;
        }
        if (rest[0] === 'rotate') {
          const current = withConfigFile(process.env).OPENRESET_KEYS?.trim();
          process.stdout.write(`${[newKey(), ...(current ? [current] : [])].join(',')}\n`);
          return 0;
        }
        break;
      }
      case 'report': {
        if (rest[0] === 'rebuild') {
          const ports = await openPorts(readServerConfig(process.env));
          try {
            const rollup = ports.storage.audit.resetRollup;
            if (rollup === undefined) {
              process.stderr.write('openreset: this storage keeps no report rollups\n');
              return 2;
            }
            await rollup.rebuild('default');
            log('info', 'the report rollups are rebuilt from the audit log');
          } finally {
            await ports.close();
          }
          return 0;
        }
        if (rest[0] !== 'export') break;
        const { values } = parseArgs({
          args: rest.slice(1),
          options: { from: { type: 'string' }, to: { type: 'string' } },
        });
        const to = values.to === undefined ? new Date() : new Date(values.to);
        const from =
          values.from === undefined
            ? new Date(to.getTime() - 30 * 24 * 3600 * 1000)
            : new Date(values.from);
        if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
          process.stderr.write('openreset: --from and --to take dates such as 2026-11-01\n');
          return 2;
        }
        const config = readServerConfig(process.env);
        const ports = await openPorts(config);
        try {
          const engine = createServerEngine(config, ports, { logger: jsonLogger });
          process.stdout.write(await engine.reports.resetActivityCsv({ from, to }));
        } finally {
          await ports.close();
        }
        return 0;
      }
      case 'users': {
        // The SQL directory's own command (@openreset/adapters), on this server's database.
        const config = readServerConfig(process.env);
        if (config.ldap !== undefined) {
          process.stderr.write(
            'openreset: users manages the SQL directory; this server uses LDAP\n',
          );
          return 2;
        }
        const db =
          config.database.kind === 'postgres'
            ? config.database.connectionString
            : config.database.filename;
        const require = createRequire(import.meta.url);
        const adapters = dirname(require.resolve('@openreset/adapters/package.json'));
        const [subcommand, ...options] = rest;
        const result = spawnSync(
          process.execPath,
          [
            join(adapters, 'bin/openreset-users.mjs'),
            ...(subcommand ? [subcommand, '--db', db] : []),
            ...options,
          ],
          { stdio: 'inherit' },
        );
        return result.status ?? 1;
      }
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
    }
    process.stderr.write(`openreset: unknown command ${argv.join(' ')}\n\n${USAGE}\n`);
    return 2;
  } catch (error) {
    if (error instanceof ServerConfigError) {
      process.stderr.write(`openreset: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
