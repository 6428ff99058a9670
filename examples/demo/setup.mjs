// Builds the demo's engine from its configuration: storage, directory, messaging, keys, and
// the seed users on first run. Everything comes from the built packages, as an app would use them.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createDevOutbox } from '@openreset/adapters/dev-outbox';
import { createLdapDirectory } from '@openreset/adapters/ldap';
import { createPostgresStorage } from '@openreset/adapters/postgres';
import { createSmtpEmailSender } from '@openreset/adapters/smtp';
import { createArgon2Hasher, createSqlDirectory } from '@openreset/adapters/sql-directory';
import { createSqliteStorage } from '@openreset/adapters/sqlite';
import { createTwilioSms, createTwilioVoice } from '@openreset/adapters/twilio';
import { createOpenReset } from '@openreset/core';
import { createSignIn } from './sign-in.mjs';

/** The demo accounts, created on first run. Passwords are printed at every start. */
export const SEED_USERS = [
  {
    username: 'alice',
    password: 'alice-demo-passphrase',
    email: 'alice@example.com',
    givenName: 'Alice',
  },
  { username: 'bob', password: 'bob-demo-passphrase', email: 'bob@example.com', givenName: 'Bob' },
  {
    username: 'admin',
    password: 'admin-demo-passphrase',
    email: 'admin@example.com',
    givenName: 'Ada',
    isAdmin: true,
  },
  {
    username: 'carol',
    password: 'carol-demo-passphrase',
    email: 'carol@example.com',
    givenName: 'Carol',
  },
  {
    username: 'dave',
    password: 'dave-demo-passphrase',
    email: 'dave@example.com',
    givenName: 'Dave',
    // Set 80 days before the first run: under the demo's 90-day maximum age it expires in
    // 10 days, inside the 14 warning days, so the expiry-warnings job mails him once.
    passwordChangedAt: new Date(Date.now() - 80 * 24 * 60 * 60_000),
  },
];

/**
 * Smart lockout of the SQL directory, made quick to show: 3 wrong passwords lock an account
 * for 5 minutes (the reference's defaults are 10 and 60 seconds; 3 keeps the demo below its
 * own sign-in limit of 5 attempts per username).
 */
export const DEMO_LOCKOUT = { threshold: 3, durationSeconds: 300, windowSeconds: 600 };

/**
 * The demo's policy: every method (passkeys when the public origin has a host name),
 * questions for users, two gates for admins, and MFA-aware recovery (the default): a user
 * with a passkey or an authenticator app must use one of them to reset.
 */
export const DEMO_POLICY = {
  methods: [
    'mobileSms',
    'mobileVoice',
    'email',
    'securityQuestions',
    'passkey',
    'authenticatorApp',
  ],
  questions: {
    predefined: ['first-pet-name', 'childhood-best-friend', 'street-at-age-ten', 'first-concert'],
  },
  branding: { orgName: 'OpenReset demo' },
  // The helpdesk may issue Temporary Access Passes: a user with nothing registered (carol)
  // resets with one and then registers methods (issue 14).
  helpdesk: { email: 'helpdesk@example.com', temporaryAccessPass: true },
  // Passwords expire after 90 days, with a warning mail 14 days before (dave's is due).
  password: { maxAgeDays: 90, expiryWarningDays: 14 },
  // Users without methods (carol) register at sign-in; "remind me later" twice, asked
  // again at every sign-in.
  registrationReminder: { postponeDays: 0, maxPostpones: 2 },
};

/**
 * The data folder, owner-only (0700): made so, and tightened if it exists with a looser mode
 * (`mkdir`'s mode is filtered by the umask and leaves an existing folder alone).
 */
function makeDataDirPrivate(dataDir) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/** The SQLite database and the files SQLite keeps beside it in WAL mode. */
const SQLITE_SUFFIXES = ['', '-wal', '-shm'];

/**
 * The SQLite database, owner-only (0600). Run before the database is opened: SQLite gives its
 * `-wal` and `-shm` files the database file's mode, so a file made 0600 first keeps them
 * private too. Run again after opening, for files an earlier run left with looser modes.
 */
function makeDatabasePrivate(filename) {
  closeSync(openSync(filename, 'a', 0o600));
  for (const suffix of SQLITE_SUFFIXES) {
    try {
      chmodSync(`${filename}${suffix}`, 0o600);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
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
 * Creates everything the server needs; `http` adds the host's authentication and client IP.
 * The data folder is made 0700 and a SQLite database 0600 (with its -wal and -shm files).
 */
export async function createDemo(config, { http }) {
  makeDataDirPrivate(config.dataDir);
  const isPostgres = /^postgres(ql)?:\/\//.test(config.storage);
  if (!isPostgres) makeDatabasePrivate(config.storage);
  const storage = isPostgres
    ? await createPostgresStorage({ connectionString: config.storage })
    : await createSqliteStorage({ filename: config.storage });
  if (!isPostgres) makeDatabasePrivate(config.storage);
  const hasher = createArgon2Hasher();
  const directory =
    config.directory === 'sql'
      ? await createSqlDirectory({
          db: storage,
          hasher,
          lockout: config.lockout ? DEMO_LOCKOUT : false,
        })
      : createLdapDirectory({
          url: config.directory,
          bindDn: config.ldap.bindDn ?? '',
          bindPassword: config.ldap.bindPassword ?? '',
          baseDn: config.ldap.baseDn ?? '',
          mode: config.ldap.mode,
          // As the issue asks: the directory's mail counts as a registered recovery address
          // (besides mobile and telephoneNumber, which the adapter maps by default).
          attributes: { alternateEmail: 'mail' },
        });

  const outbox = createDevOutbox({ limit: 200 });
  const twilio = config.twilio.accountSid !== undefined && config.twilio.authToken !== undefined;
  const messaging = {
    sms: twilio ? createTwilioSms(config.twilio) : outbox.sms,
    voice: twilio ? createTwilioVoice(config.twilio) : outbox.voice,
    email:
      config.smtpUrl === undefined
        ? outbox.email
        : createSmtpEmailSender(smtpOptions(config.smtpUrl, config.smtpFrom)),
  };

  const keys = loadKeys(config.dataDir);
  const engine = createOpenReset({
    storage,
    directory,
    keys,
    hasher,
    policy: DEMO_POLICY,
    // The self-hosted proof of work in front of every reset start (OPENRESET_DEMO_CAPTCHA=off
    // turns it off); <openreset-reset> solves it by itself.
    ...(config.captcha === 'altcha' ? { captcha: 'altcha' } : {}),
    logger: {
      warn: (message, details) => console.warn(`openreset: ${message}`, details ?? ''),
      error: (message, details) => console.error(`openreset: ${message}`, details ?? ''),
    },
    ...webauthnFor(config),
    ...messaging,
    http: {
      basePath: '/api',
      publicOrigin: config.publicOrigin,
      allowedOrigins: config.allowedOrigins,
      ...http,
    },
  });
  if (config.directory === 'sql') await seed(engine, storage, directory);
  const { signIn } = createSignIn({
    directory,
    hasher,
    counters: storage.counters,
    secret: keys[0].secret,
  });
  return { engine, storage, directory, outbox, signIn };
}

/**
 * Passkeys for the demo's public origin: its host is the relying party, and the widgets run
 * there (and on the allowed origins of the same site). Browsers refuse passkeys on an IP
 * address, and on http anywhere but localhost, so an origin like http://127.0.0.1:8080 or
 * http://demo.internal:8080 gets none (and the engine would refuse it at start).
 */
function webauthnFor(config) {
  const rpId = new URL(config.publicOrigin).hostname;
  if (/^[\d.]+$|^\[/.test(rpId) || !isSecureForPasskeys(config.publicOrigin)) return {};
  const onSite = (origin) => {
    const host = new URL(origin).hostname;
    return host === rpId || host.endsWith(`.${rpId}`);
  };
  return {
    webauthn: {
      rpId,
      rpName: DEMO_POLICY.branding.orgName,
      origins: [
        config.publicOrigin,
        ...config.allowedOrigins.filter((origin) => onSite(origin) && isSecureForPasskeys(origin)),
      ],
    },
  };
}

/** https, or http on localhost: where browsers (and core's `webauthn` check) allow passkeys. */
function isSecureForPasskeys(origin) {
  const url = new URL(origin);
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
}

function smtpOptions(url, from) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)),
    secure: parsed.protocol === 'smtps:',
    ...(parsed.username === ''
      ? {}
      : {
          auth: {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          },
        }),
    from,
  };
}

/** First run only: the demo users and their recovery methods. A second run keeps the data. */
async function seed(engine, storage, directory) {
  if ((await directory.findUser('alice')) !== null) return;
  const now = new Date();
  const ids = {};
  for (const user of SEED_USERS) ids[user.username] = (await directory.createUser(user)).id;
  const method = (id, kind, value) => ({ id, kind, value, createdAt: now, verifiedAt: now });
  // Phones and addresses are stored as if verified; a real app registers them with codes.
  const contacts = {
    alice: [
      method('mobile', 'mobile', '+31612345678'),
      method('email', 'email', 'alice@example.com'),
    ],
    bob: [method('email', 'email', 'bob@example.com')],
    dave: [method('email', 'email', 'dave@example.com')],
    admin: [
      method('mobile', 'mobile', '+31687654321'),
      method('email', 'email', 'admin@example.com'),
    ],
  };
  for (const [username, methods] of Object.entries(contacts)) {
    await storage.registrations.save(
      {
        tenantId: 'default',
        userId: ids[username],
        revision: 1,
        methods,
        reconfirmedAt: now,
        updatedAt: now,
      },
      null,
    );
  }
  // Bob's questions go through the registration service, hashed as reset expects them.
  await engine.registration.setQuestions({
    userId: ids.bob,
    auth: { authTime: new Date() },
    answers: [
      { questionId: 'first-pet-name', answer: 'Rex' },
      { questionId: 'childhood-best-friend', answer: 'Tom Berg' },
      { questionId: 'street-at-age-ten', answer: 'Main Street' },
    ],
  });
}
