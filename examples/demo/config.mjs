// The demo's settings, from the environment (documented in README.md beside this file).
import { resolve } from 'node:path';

/** Reads and checks the environment; throws with a clear message on a bad value. */
export function readConfig(env = process.env) {
  const dataDir = resolve(env.OPENRESET_DATA_DIR ?? '.openreset');
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  }
  const publicOrigin = new URL(env.OPENRESET_PUBLIC_ORIGIN ?? `http://localhost:${port}`).origin;
  const directory = env.OPENRESET_DIRECTORY ?? 'sql';
  if (directory !== 'sql' && !/^ldaps?:\/\//.test(directory)) {
    throw new Error('OPENRESET_DIRECTORY must be "sql" or an ldap:// or ldaps:// URL');
  }
  const captcha = env.OPENRESET_DEMO_CAPTCHA ?? 'altcha';
  if (captcha !== 'altcha' && captcha !== 'off') {
    throw new Error('OPENRESET_DEMO_CAPTCHA must be "altcha" or "off"');
  }
  const allowedOrigins = (env.OPENRESET_DEMO_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) {
    let parsed;
    try {
      parsed = new URL(origin).origin;
    } catch {
      parsed = undefined;
    }
    if (parsed !== origin) {
      throw new Error(
        `OPENRESET_DEMO_ALLOWED_ORIGINS must be origins like https://app.example:8443, comma-separated; got ${origin}`,
      );
    }
  }
  return {
    dataDir,
    port,
    publicOrigin,
    publicOriginIsDefault: env.OPENRESET_PUBLIC_ORIGIN === undefined,
    allowedOrigins,
    captcha,
    // The SQL directory's smart lockout (on unless OPENRESET_DEMO_LOCKOUT=off).
    lockout: env.OPENRESET_DEMO_LOCKOUT !== 'off',
    // `worker`: this web server leaves delivery and scheduled jobs to worker.mjs.
    background: env.OPENRESET_DEMO_BACKGROUND === 'worker' ? 'worker' : 'here',
    storage: env.OPENRESET_STORAGE ?? resolve(dataDir, 'openreset.db'),
    directory,
    ldap: {
      bindDn: env.OPENRESET_LDAP_BIND_DN,
      bindPassword: env.OPENRESET_LDAP_BIND_PASSWORD,
      baseDn: env.OPENRESET_LDAP_BASE_DN,
      mode: env.OPENRESET_LDAP_MODE === 'ad' ? 'ad' : 'openldap',
    },
    smtpUrl: env.OPENRESET_SMTP_URL,
    smtpFrom: env.OPENRESET_SMTP_FROM ?? 'OpenReset <no-reply@localhost>',
    twilio: {
      accountSid: env.OPENRESET_TWILIO_ACCOUNT_SID,
      authToken: env.OPENRESET_TWILIO_AUTH_TOKEN,
      from: env.OPENRESET_TWILIO_FROM,
    },
  };
}

/**
 * The configuration once the server listens on `port`: with `PORT=0` (a free port) and no
 * `OPENRESET_PUBLIC_ORIGIN`, the public origin is `http://localhost:<that port>`, so links
 * and the passkeys' relying-party origin name the port the browser really uses.
 */
export function withBoundPort(config, port) {
  if (!config.publicOriginIsDefault || config.port !== 0) return config;
  return { ...config, publicOrigin: `http://localhost:${port}` };
}
