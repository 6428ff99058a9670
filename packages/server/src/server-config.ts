import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * What `openreset serve` runs, read from environment variables by {@link readServerConfig}.
 * Every field has the variable it comes from in its documentation.
 */
export interface ServerConfig {
  /** `HOST`: the address to listen on. @default "127.0.0.1" (use `0.0.0.0` in a container) */
  host: string;
  /** `PORT`: the port to listen on (0 picks a free one). @default 3000 */
  port: number;
  /**
   * `OPENRESET_PUBLIC_ORIGIN`: the origin users reach the server at (links in messages, the
   * passkeys' relying party, CORS). @default `http://localhost:<PORT>`
   */
  publicOrigin: string;
  /**
   * `OPENRESET_DATABASE_URL`: `sqlite:<file>` (or a bare file name), or a
   * `postgres://`/`postgresql://` connection string. @default "sqlite:openreset.db"
   */
  database: { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };
  /**
   * `OPENRESET_KEYS`: server secrets, `id:secret` pairs separated by commas, newest first
   * (`openreset keys generate` prints one). Required.
   */
  keys: { id: string; secret: string }[];
  /** `OPENRESET_LDAP_*`: an LDAP or Active Directory directory; without it, the SQL directory. */
  ldap?: {
    /** `OPENRESET_LDAP_URL`: `ldaps://` (or `ldap://` with `OPENRESET_LDAP_START_TLS=true`). */
    url: string;
    /** `OPENRESET_LDAP_BIND_DN`. */
    bindDn: string;
    /** `OPENRESET_LDAP_BIND_PASSWORD`. */
    bindPassword: string;
    /** `OPENRESET_LDAP_BASE_DN`. */
    baseDn: string;
    /** `OPENRESET_LDAP_MODE`: `openldap` or `ad`. @default "openldap" */
    mode: 'openldap' | 'ad';
    /** `OPENRESET_LDAP_CA_FILE`: a PEM file of the directory's CA. */
    caFile?: string;
    /** `OPENRESET_LDAP_START_TLS`. @default false */
    startTls: boolean;
  };
  /**
   * `OPENRESET_SMTP_URL` (`smtp://user:pass@host:587` or `smtps://...:465`) and
   * `OPENRESET_MAIL_FROM` (`it@example.com`, or with a name: `Example IT <it@example.com>`).
   */
  smtp?: {
    host: string;
    port: number;
    secure: boolean;
    auth?: { user: string; pass: string };
    from: string;
  };
  /** `OPENRESET_TWILIO_ACCOUNT_SID`, `OPENRESET_TWILIO_AUTH_TOKEN`, `OPENRESET_TWILIO_FROM`: SMS and voice. */
  twilio?: { accountSid: string; authToken: string; from: string };
  /**
   * `OPENRESET_CAPTCHA`: `altcha` (proof of work, no third party), `turnstile` or `hcaptcha`
   * (with `OPENRESET_CAPTCHA_SITE_KEY` and `OPENRESET_CAPTCHA_SECRET`), or `off`. @default "off"
   */
  captcha?:
    | { provider: 'altcha' }
    | { provider: 'turnstile' | 'hcaptcha'; siteKey: string; secret: string };
  /**
   * `OPENRESET_JWT_*`: who is signed in for `/me` and `/admin`, from a bearer token your
   * identity provider issues: `OPENRESET_JWT_JWKS_URL` or `OPENRESET_JWT_SECRET`, with
   * `OPENRESET_JWT_ISSUER`, `OPENRESET_JWT_AUDIENCE` and optionally `OPENRESET_JWT_ADMIN_CLAIM`
   * (`name` or `name=value`). Without it, only the reset flow (no sign-in) is served.
   */
  jwt?: {
    jwksUrl?: string;
    secret?: string;
    issuer: string;
    audience: string;
    adminClaim?: { name: string; value?: string };
  };
  /** `OPENRESET_ALLOWED_ORIGINS`: other origins whose pages embed the widgets (comma-separated). */
  allowedOrigins: string[];
  /** `OPENRESET_TRUST_PROXY`: how many reverse proxies in front add `X-Forwarded-For`. @default 0 */
  trustProxy: number;
  /** `OPENRESET_WORKER`: whether `serve` also runs the background work (outbox, jobs). @default true */
  worker: boolean;
}

/** One variable {@link readServerConfig} refused, and why. */
export interface ServerConfigIssue {
  /** The environment variable, e.g. `OPENRESET_KEYS`. */
  variable: string;
  /** What is wrong with it, never its value (it may be a secret). */
  message: string;
}

/** The environment does not describe a server that can run; `issues` names each variable. */
export class ServerConfigError extends Error {
  /** Always `invalid_config`, for callers that switch on codes. */
  readonly code = 'invalid_config';
  constructor(readonly issues: readonly ServerConfigIssue[]) {
    super(
      `the server configuration is not valid:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`,
    );
    this.name = 'ServerConfigError';
  }
}

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const text = z.string().trim().min(1);
const httpOrigin = z
  .url({ protocol: /^https?$/ })
  .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
    message: 'an origin: scheme, host and port only, no path',
  })
  .transform((value) => new URL(value).origin);

/** `id:secret` pairs; each secret 32 bytes or more, each id once. */
const keyList = z.string().transform((value, context) => {
  const keys = value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const colon = pair.indexOf(':');
      return colon < 1
        ? { id: '', secret: '' }
        : { id: pair.slice(0, colon), secret: pair.slice(colon + 1) };
    });
  if (keys.length === 0 || keys.some((key) => key.id === '')) {
    context.addIssue({ code: 'custom', message: 'one or more id:secret pairs, comma-separated' });
    return z.NEVER;
  }
  if (keys.some((key) => new TextEncoder().encode(key.secret).length < 32)) {
    context.addIssue({ code: 'custom', message: 'every secret needs 32 bytes or more' });
    return z.NEVER;
  }
  if (new Set(keys.map((key) => key.id)).size !== keys.length) {
    context.addIssue({ code: 'custom', message: 'a key id is listed twice' });
    return z.NEVER;
  }
  return keys;
});

function parseDatabase(value: string): ServerConfig['database'] | undefined {
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', connectionString: value };
  const filename = value.startsWith('sqlite:') ? value.slice('sqlite:'.length) : value;
  if (filename === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(filename)) return undefined;
  return { kind: 'sqlite', filename };
}

function parseSmtp(value: string, from: string | undefined, issues: ServerConfigIssue[]) {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    issues.push({
      variable: 'OPENRESET_SMTP_URL',
      message: 'a URL such as smtp://user:pass@host:587',
    });
    return undefined;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    issues.push({ variable: 'OPENRESET_SMTP_URL', message: 'the scheme must be smtp: or smtps:' });
    return undefined;
  }
  if (from === undefined || !/^(?:[^@\s]+@[^@\s]+|[^<>@]*<[^@\s<>]+@[^@\s<>]+>)$/.test(from)) {
    issues.push({
      variable: 'OPENRESET_MAIL_FROM',
      message: 'the sender address, needed with OPENRESET_SMTP_URL',
    });
    return undefined;
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth:
      url.username === ''
        ? undefined
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    from,
  };
}

/**
 * The variables `openreset` reads: the environment over the `NAME=value` lines of the file
 * that `OPENRESET_CONFIG_FILE` names (dotenv syntax, as systemd's `EnvironmentFile`; `#`
 * comments, quotes), so that secrets can live in a file only the service can read. A
 * variable set (and not empty) in the environment wins over the file. Without
 * `OPENRESET_CONFIG_FILE`, the environment as it is.
 * @throws {ServerConfigError} `invalid_config` when the file cannot be read (the message
 * names the file, never its content).
 */
export function withConfigFile(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const path = env.OPENRESET_CONFIG_FILE?.trim();
  if (path === undefined || path === '') return { ...env };
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ServerConfigError([
      { variable: 'OPENRESET_CONFIG_FILE', message: `cannot read ${path} (${reason})` },
    ]);
  }
  const fromFile = parseEnv(content);
  const set = Object.entries(env).filter(([, value]) => value?.trim());
  return { ...fromFile, ...Object.fromEntries(set) };
}

/**
 * Reads the server's configuration from environment variables (see {@link ServerConfig} for
 * each one). Secrets are never echoed back in errors.
 * @throws {ServerConfigError} `invalid_config`, with one issue per wrong or missing variable.
 */
export function readServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const issues: ServerConfigIssue[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  function check<T>(name: string, schema: z.ZodType<T>, fallback: T): T;
  function check<T>(name: string, schema: z.ZodType<T>): T | undefined;
  function check<T>(name: string, schema: z.ZodType<T>, fallback?: T): T | undefined {
    const value = get(name);
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    issues.push({ variable: name, message: parsed.error.issues[0]?.message ?? 'not valid' });
    return fallback;
  }
  const required = (name: string): string => {
    const value = get(name);
    if (value === undefined) issues.push({ variable: name, message: 'required' });
    return value ?? '';
  };

  const host = check('HOST', text, '127.0.0.1');
  const port = check('PORT', z.coerce.number().int().min(0).max(65535), 3000);
  const publicOrigin = check('OPENRESET_PUBLIC_ORIGIN', httpOrigin, `http://localhost:${port}`);
  const databaseValue = get('OPENRESET_DATABASE_URL') ?? 'sqlite:openreset.db';
  const database = parseDatabase(databaseValue);
  if (database === undefined) {
    issues.push({
      variable: 'OPENRESET_DATABASE_URL',
      message: 'sqlite:<file>, a file name, or a postgres:// connection string',
    });
  }
  const keys = get('OPENRESET_KEYS') === undefined ? undefined : check('OPENRESET_KEYS', keyList);
  if (get('OPENRESET_KEYS') === undefined) {
    issues.push({ variable: 'OPENRESET_KEYS', message: 'required: run `openreset keys generate`' });
  }

  let ldap: ServerConfig['ldap'];
  if (get('OPENRESET_LDAP_URL') !== undefined) {
    const url = check('OPENRESET_LDAP_URL', z.url({ protocol: /^ldaps?$/ }), '');
    ldap = {
      url,
      bindDn: required('OPENRESET_LDAP_BIND_DN'),
      bindPassword: required('OPENRESET_LDAP_BIND_PASSWORD'),
      baseDn: required('OPENRESET_LDAP_BASE_DN'),
      mode: check('OPENRESET_LDAP_MODE', z.enum(['openldap', 'ad']), 'openldap'),
      startTls: check('OPENRESET_LDAP_START_TLS', flag, false),
      caFile: get('OPENRESET_LDAP_CA_FILE'),
    };
  }

  const smtpUrl = get('OPENRESET_SMTP_URL');
  const smtp =
    smtpUrl === undefined ? undefined : parseSmtp(smtpUrl, get('OPENRESET_MAIL_FROM'), issues);

  const twilio =
    get('OPENRESET_TWILIO_ACCOUNT_SID') === undefined
      ? undefined
      : {
          accountSid: required('OPENRESET_TWILIO_ACCOUNT_SID'),
          authToken: required('OPENRESET_TWILIO_AUTH_TOKEN'),
          from: required('OPENRESET_TWILIO_FROM'),
        };

  const captchaProvider = check(
    'OPENRESET_CAPTCHA',
    z.enum(['off', 'altcha', 'turnstile', 'hcaptcha']),
    'off',
  );
  const captcha: ServerConfig['captcha'] =
    captchaProvider === 'off'
      ? undefined
      : captchaProvider === 'altcha'
        ? { provider: 'altcha' }
        : {
            provider: captchaProvider,
            siteKey: required('OPENRESET_CAPTCHA_SITE_KEY'),
            secret: required('OPENRESET_CAPTCHA_SECRET'),
          };

  let jwt: ServerConfig['jwt'];
  const jwksUrl = check('OPENRESET_JWT_JWKS_URL', z.url({ protocol: /^https?$/ }));
  const jwtSecret = get('OPENRESET_JWT_SECRET');
  if (jwksUrl !== undefined || jwtSecret !== undefined) {
    if (jwksUrl !== undefined && jwtSecret !== undefined) {
      issues.push({
        variable: 'OPENRESET_JWT_SECRET',
        message: 'set either this or OPENRESET_JWT_JWKS_URL',
      });
    }
    if (jwtSecret !== undefined && new TextEncoder().encode(jwtSecret).length < 32) {
      issues.push({ variable: 'OPENRESET_JWT_SECRET', message: 'needs 32 bytes or more' });
    }
    const adminClaim = get('OPENRESET_JWT_ADMIN_CLAIM');
    const [claimName = '', claimValue] = adminClaim?.split('=', 2) ?? [];
    jwt = {
      jwksUrl,
      secret: jwtSecret,
      issuer: required('OPENRESET_JWT_ISSUER'),
      audience: required('OPENRESET_JWT_AUDIENCE'),
      adminClaim: adminClaim === undefined ? undefined : { name: claimName, value: claimValue },
    };
  }

  const allowedOrigins = (get('OPENRESET_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .flatMap((origin) => {
      const parsed = httpOrigin.safeParse(origin);
      if (parsed.success) return [parsed.data];
      issues.push({ variable: 'OPENRESET_ALLOWED_ORIGINS', message: `not an origin: ${origin}` });
      return [];
    });
  const trustProxy = check('OPENRESET_TRUST_PROXY', z.coerce.number().int().min(0).max(10), 0);
  const worker = check('OPENRESET_WORKER', flag, true);

  if (issues.length > 0 || database === undefined || keys === undefined) {
    throw new ServerConfigError(issues);
  }
  return {
    host,
    port,
    publicOrigin,
    database,
    keys,
    ldap,
    smtp,
    twilio,
    captcha,
    jwt,
    allowedOrigins,
    trustProxy,
    worker,
  };
}
