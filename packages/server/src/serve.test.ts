// `openreset` as an operator runs it: the built command, configured only by environment
// variables. On SQLite: migrate, create a user, serve, health, the reset page and widgets,
// and a whole reset with its code mailed over real SMTP. On PostgreSQL: two `serve`
// processes behind one address (a round-robin proxy), each request of a reset going to the
// other instance, and every code mailed exactly once. Needs `npm run build` (the command
// runs dist/) and, for PostgreSQL, OPENRESET_TEST_POSTGRES_URL (required under CI=true).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetOverHttp } from '../../../scripts/lib/reset-over-http.mjs';

const bin = fileURLToPath(new URL('../bin/openreset.mjs', import.meta.url));
const postgresUrl = process.env.OPENRESET_TEST_POSTGRES_URL;
const scratch = mkdtempSync(join(tmpdir(), 'openreset-serve-'));
const children = new Set<ChildProcess>();

/** Mails received by the test SMTP server, and whoever waits for the next one. */
const mails: string[] = [];
const waiting: ((text: string) => void)[] = [];
let smtp: SMTPServer;
let smtpPort: number;

const CODE_LINE = 'confirm that it is you:';

/** Whether a raw mail is a verification-code mail (quoted-printable soft breaks undone). */
function isCodeMail(raw: string): boolean {
  return raw.replace(/=\r?\n/g, '').includes(CODE_LINE);
}

/** The text of a code mail from its code line on, where the code is the first digits. */
function codeText(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '');
  return text.slice(text.indexOf(CODE_LINE));
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push(raw);
        // Only code mails: a "your password was reset" notice must not be taken for one.
        if (isCodeMail(raw)) waiting.shift()?.(codeText(raw));
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

const nextEmailText = () => new Promise<string>((resolve) => waiting.push(resolve));

/** Runs `openreset <args>` to its end; resolves with its exit status and output. */
async function openreset(args: string[], env: NodeJS.ProcessEnv, stdin?: string) {
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(stdin);
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}

/** Starts `openreset serve`; resolves with its URL once it logs that it listens. */
async function serve(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.add(child);
  const lines = createInterface({ input: child.stderr });
  const exited = once(child, 'exit').then(([status]) => {
    throw new Error(`openreset serve exited with ${status}`);
  });
  const listening = (async () => {
    for await (const line of lines) {
      const entry = JSON.parse(line) as { msg: string; url?: string };
      if (entry.msg === 'openreset is listening' && entry.url) return entry.url;
    }
    throw new Error('openreset serve closed its log without listening');
  })();
  const url = await Promise.race([listening, exited]);
  return { url, child };
}

/** Stops a `serve` with SIGTERM and returns its exit status. */
async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  const [status] = (await once(child, 'exit')) as [number | null];
  children.delete(child);
  return status;
}

function baseEnv(database: string, keys: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    PORT: '0',
    OPENRESET_DATABASE_URL: database,
    OPENRESET_KEYS: keys,
    OPENRESET_PUBLIC_ORIGIN: 'http://localhost:3000',
    OPENRESET_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    OPENRESET_MAIL_FROM: 'it@example.com',
  };
}

async function generatedKey(): Promise<string> {
  const generated = await openreset(['keys', 'generate'], { PATH: process.env.PATH });
  expect(generated.status).toBe(0);
  return generated.stdout.trim();
}

describe('openreset serve on SQLite, configured by environment variables only', () => {
  // Several processes and a mail round trip on a busy 2-core machine: minutes, not seconds.
  it('migrates, creates a user, serves health, the page, the widgets and a whole reset', {
    timeout: 300_000,
  }, async () => {
    const key = await generatedKey();
    expect(key).toMatch(/^k\d{8}[0-9a-f]{4}:[A-Za-z0-9_-]{43}$/);
    const env = baseEnv(`sqlite:${join(scratch, 'openreset.db')}`, key);

    expect((await openreset(['migrate'], env)).status).toBe(0);
    const created = await openreset(
      [
        'users',
        'create',
        '--username',
        'alice',
        '--alternate-email',
        'alice@example.com',
        '--password-stdin',
      ],
      env,
      'an old passphrase of alice\n',
    );
    expect(created.status, created.stderr).toBe(0);

    const { url, child } = await serve(env);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { storage: 'ok', directory: 'ok' },
    });
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('<openreset-reset api="/api">');
    const widget = await fetch(`${url}/widgets/openreset-reset.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${url}/widgets/..%2fpackage.json`)).status).toBe(404);

    await resetOverHttp({ apiUrl: `${url}/api`, nextEmailText });
    expect(await stop(child)).toBe(0);
  });

  it('refuses to start without keys, naming the variable and not echoing secrets', async () => {
    const result = await openreset(['serve'], {
      PATH: process.env.PATH,
      OPENRESET_DATABASE_URL: `sqlite:${join(scratch, 'never.db')}`,
      OPENRESET_JWT_SECRET: 'short-secret-value',
      OPENRESET_JWT_ISSUER: 'https://id.example.com',
      OPENRESET_JWT_AUDIENCE: 'openreset',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('OPENRESET_KEYS: required');
    expect(result.stderr).toContain('OPENRESET_JWT_SECRET: needs 32 bytes or more');
    expect(result.stderr).not.toContain('short-secret-value');
  });

  it('reads OPENRESET_CONFIG_FILE (the environment winning) and purges', {
    timeout: 300_000,
  }, async () => {
    const key = await generatedKey();
    const file = join(scratch, 'openreset.env');
    const fromFile = join(scratch, 'from-file.db');
    writeFileSync(
      file,
      `# as systemd's EnvironmentFile\nOPENRESET_KEYS="${key}"\nOPENRESET_DATABASE_URL=sqlite:${fromFile}\n`,
    );
    const env = { PATH: process.env.PATH, OPENRESET_CONFIG_FILE: file };
    expect((await openreset(['migrate'], env)).status).toBe(0);
    expect(existsSync(fromFile)).toBe(true);

    const fromEnvironment = join(scratch, 'from-environment.db');
    const migrated = await openreset(['migrate'], {
      ...env,
      OPENRESET_DATABASE_URL: `sqlite:${fromEnvironment}`,
    });
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(existsSync(fromEnvironment)).toBe(true);

    const purged = await openreset(['purge'], env);
    expect(purged.status, purged.stderr).toBe(0);
    expect(JSON.parse(purged.stderr.trim().split('\n').at(-1) ?? '{}')).toMatchObject({
      msg: 'purged',
      flows: 0,
      messages: 0,
      auditEvents: 0,
    });

    const missing = await openreset(['serve'], {
      PATH: process.env.PATH,
      OPENRESET_CONFIG_FILE: join(scratch, 'no-such.env'),
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('OPENRESET_CONFIG_FILE: cannot read');
    expect(missing.stderr).toContain('ENOENT');
  });
});

/** A reverse proxy that sends each request to the next of `targets` in turn. */
async function roundRobin(targets: string[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const server = createServer((request, response) => {
    const target = new URL(request.url ?? '/', targets[next++ % targets.length]);
    const upstream = httpRequest(
      target,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.skipIf(postgresUrl === undefined && process.env.CI !== 'true')(
  'two openreset serve instances on one PostgreSQL, behind one address',
  () => {
    it('runs resets whose requests alternate between the instances, each code mailed once', {
      timeout: 300_000,
    }, async () => {
      expect(postgresUrl, 'OPENRESET_TEST_POSTGRES_URL (required under CI=true)').toBeDefined();
      const env = baseEnv(postgresUrl ?? '', await generatedKey());
      expect((await openreset(['migrate'], env)).status).toBe(0);
      const username = `two-${Date.now()}`;
      const created = await openreset(
        [
          'users',
          'create',
          '--username',
          username,
          '--alternate-email',
          `${username}@example.com`,
          '--password-stdin',
        ],
        env,
        'an old passphrase of this user\n',
      );
      expect(created.status, created.stderr).toBe(0);

      const instances = [await serve(env), await serve(env)];
      const proxy = await roundRobin(instances.map((instance) => instance.url));
      const before = mails.length;
      for (let round = 0; round < 3; round++) {
        await resetOverHttp({
          apiUrl: `${proxy.url}/api`,
          identifier: username,
          newPassword: `a brand new passphrase number ${round}`,
          nextEmailText,
        });
      }
      // One code mail per reset: neither instance's outbox sent a message the other sent.
      const codeMails = mails
        .slice(before)
        .filter((raw) => isCodeMail(raw) && raw.includes(`${username}@example.com`));
      expect(codeMails).toHaveLength(3);
      proxy.server.close();
      for (const instance of instances) expect(await stop(instance.child)).toBe(0);
    });
  },
);
