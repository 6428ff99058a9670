// The demo's settings, from the environment (documented in README.md beside this file): its
// own variables (a data folder that keeps the server keys, OPENRESET_STORAGE, ...) mapped onto
// the server's (`readServerConfig` of @openreset/server), which checks them.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readServerConfig } from '@openreset/server';

/** The server's variables the demo sets from its own (named in errors by the demo's names). */
const DEMO_NAMES = {
  OPENRESET_DATABASE_URL: 'OPENRESET_STORAGE',
  OPENRESET_LDAP_URL: 'OPENRESET_DIRECTORY',
  OPENRESET_CAPTCHA: 'OPENRESET_DEMO_CAPTCHA',
  OPENRESET_ALLOWED_ORIGINS: 'OPENRESET_DEMO_ALLOWED_ORIGINS',
  OPENRESET_MAIL_FROM: 'OPENRESET_SMTP_FROM',
  OPENRESET_WORKER: 'OPENRESET_DEMO_BACKGROUND',
};

/**
 * The data folder, owner-only (0700): made so, and tightened if it exists with a looser mode
 * (`mkdir`'s mode is filtered by the umask and leaves an existing folder alone).
 */
function makeDataDirPrivate(dataDir) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/** Server keys: made once, kept in the data folder (mode 600), so restarts keep flows valid. */
function loadKeys(dataDir) {
  const file = join(dataDir, 'keys.json');
  if (!existsSync(file)) {
    const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64url');
    writeFileSync(file, JSON.stringify([{ id: 'k1', secret }]), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Reads and checks the environment; makes the data folder (0700) and its server keys on
 * first run. Returns the server's configuration (`server`, a `ServerConfig`) and the demo's
 * own settings. Throws with a clear message, naming the demo's variable, on a bad value.
 */
export function readConfig(env = process.env) {
  const dataDir = resolve(env.OPENRESET_DATA_DIR ?? '.openreset');
  const directory = env.OPENRESET_DIRECTORY ?? 'sql';
  if (directory !== 'sql' && !/^ldaps?:\/\//.test(directory)) {
    throw new Error('OPENRESET_DIRECTORY must be "sql" or an ldap:// or ldaps:// URL');
  }
  makeDataDirPrivate(dataDir);
  const keys = loadKeys(dataDir);
  const storage = env.OPENRESET_STORAGE ?? join(dataDir, 'openreset.db');
  let server;
  try {
    server = readServerConfig({
      ...env,
      PORT: env.PORT ?? '8080',
      OPENRESET_KEYS: keys.map((key) => `${key.id}:${key.secret}`).join(','),
      OPENRESET_DATABASE_URL: /^postgres(ql)?:\/\//.test(storage)
        ? storage
        : `sqlite:${resolve(storage)}`,
      OPENRESET_LDAP_URL: directory === 'sql' ? undefined : directory,
      // The self-hosted proof of work in front of every reset start; `off` turns it off.
      OPENRESET_CAPTCHA: env.OPENRESET_DEMO_CAPTCHA ?? 'altcha',
      OPENRESET_ALLOWED_ORIGINS: env.OPENRESET_DEMO_ALLOWED_ORIGINS,
      OPENRESET_MAIL_FROM: env.OPENRESET_SMTP_FROM ?? 'OpenReset <no-reply@localhost>',
      // `worker`: this web server leaves delivery and scheduled jobs to worker.mjs.
      OPENRESET_WORKER: env.OPENRESET_DEMO_BACKGROUND === 'worker' ? 'false' : 'true',
    });
  } catch (error) {
    // Recognized by code, not instanceof (STYLE.md).
    if (error?.code !== 'invalid_config') throw error;
    const issues = error.issues.map(
      (issue) => `  ${DEMO_NAMES[issue.variable] ?? issue.variable}: ${issue.message}`,
    );
    throw new Error(`the demo's configuration is not valid:\n${issues.join('\n')}`);
  }
  return {
    dataDir,
    server,
    // The SQL directory's smart lockout (on unless OPENRESET_DEMO_LOCKOUT=off).
    lockout: env.OPENRESET_DEMO_LOCKOUT !== 'off',
  };
}
