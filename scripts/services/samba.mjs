// Test service: a throwaway Active Directory domain controller (Debian's Samba AD DC), for the
// LDAP adapter's AD mode. Loaded by scripts/test.mjs, which calls `start()`.
//
// - installs `samba` when missing (as root; Samba's DC must run as root);
// - provisions the domain OPENRESET.TEST offline (`samba-tool domain provision`, no DNS, only
//   the `ldap` server service) into a template folder under /tmp, once: later runs copy the
//   template (a few MB) instead of provisioning again (~20 s);
// - the template also holds the domain's password policy (complexity on, 7 characters, history
//   24, no minimum age, expiry after 42 days, lockout after 5 failures for 30 minutes), a
//   fine-grained password policy for the tests (members of the group `openreset-min-age`
//   have a minimum age of 1 day) and the service account `openreset-svc`, with only the
//   rights the adapter documents: Reset Password on users, and write on `lockoutTime` and
//   `pwdLastSet`;
// - `old password allowed period = 0`: Samba otherwise accepts the previous password for an
//   hour after a change, in LDAP simple binds too (AD does so for NTLM only), and the tests
//   check that the old password stops working;
// - starts `samba -i` on the loopback interface. Samba's LDAP ports are fixed (389, LDAPS
//   636, global catalog 3268/3269; its ldap_server has no port option), so they must be free
//   on 127.0.0.1: the start fails with that reason otherwise. Samba exits with this process
//   (interactive mode ends when its stdin closes), and its folder is removed.
// - waits until an LDAPS bind as the administrator succeeds (TLS verified against the CA that
//   Samba generated in private/tls/ca.pem; its certificate names DC1.openreset.test, so
//   clients pass that as the TLS servername).
//
// Under CI=true any failure throws. Elsewhere it prints why and returns nothing, and the AD
// tests skip with that reason.
//
// Returns OPENRESET_TEST_AD_URL, _ADMIN_DN, _ADMIN_PASSWORD (to seed test users), _BIND_DN,
// _BIND_PASSWORD (the service account), _BASE_DN, _CA_FILE, _TLS_SERVERNAME and _PRIVATE_DIR.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { exec, superviseChild } from '../lib/process-helpers.mjs';

const REALM = 'OPENRESET.TEST';
const DOMAIN = 'OPENRESET';
const HOST = 'dc1';
const BASE_DN = 'DC=openreset,DC=test';
const ADMIN_DN = `CN=Administrator,CN=Users,${BASE_DN}`;
const ADMIN_PASSWORD = 'Admin-Secret-For-Tests-1!';
const SERVICE_NAME = 'openreset-svc';
const SERVICE_DN = `CN=${SERVICE_NAME},CN=Users,${BASE_DN}`;
const SERVICE_PASSWORD = 'Service-Secret-For-Tests-1!';
const SAMBA = '/usr/sbin/samba';
const SAMBA_TOOL = '/usr/bin/samba-tool';
const PORTS = [389, 636, 3268, 3269];
/** Bump when the template's content changes, so an old template is not reused. */
const TEMPLATE_VERSION = 2;
/** Provisioning takes ~20 s on an idle 2-core machine; Samba's start a few seconds more. */
const READY_WITHIN_MS = 120_000;

// Schema GUIDs (MS-ADTS): the user class, the Reset Password extended right, two attributes.
const USER_CLASS = 'bf967aba-0de6-11d0-a285-00aa003049e2';
const RESET_PASSWORD_RIGHT = '00299570-246d-11d0-a768-00aa006e0529';
const LOCKOUT_TIME = '28630ebf-41d5-11d1-a9c1-0000f80367c1';
const PWD_LAST_SET = 'bf967a0a-0de6-11d0-a285-00aa003049e2';

/** True when nothing listens on 127.0.0.1:port (we can listen there ourselves). */
function isFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Builds the provisioned, configured template in `dir` (offline: Samba is not running). */
function provision(dir) {
  exec(SAMBA_TOOL, [
    'domain',
    'provision',
    '--use-rfc2307',
    `--realm=${REALM}`,
    `--domain=${DOMAIN}`,
    '--server-role=dc',
    '--dns-backend=NONE',
    `--host-name=${HOST}`,
    `--targetdir=${dir}`,
    `--adminpass=${ADMIN_PASSWORD}`,
    // Loopback only, and only the LDAP server: no SMB, Kerberos, DNS or RPC ports.
    '--option=interfaces=lo',
    '--option=bind interfaces only=yes',
    '--option=server services=ldap',
    '--option=ldb:nosync=true',
  ]);
  const conf = join(dir, 'etc', 'smb.conf');
  const sam = ['-H', join(dir, 'private', 'sam.ldb'), `--configfile=${conf}`];
  exec(SAMBA_TOOL, [
    'domain',
    'passwordsettings',
    'set',
    ...sam,
    '--complexity=on',
    '--min-pwd-length=7',
    '--history-length=24',
    '--min-pwd-age=0',
    '--max-pwd-age=42',
    '--account-lockout-threshold=5',
    '--account-lockout-duration=30',
    '--reset-account-lockout-after=30',
  ]);
  exec(SAMBA_TOOL, ['user', 'create', SERVICE_NAME, SERVICE_PASSWORD, ...sam]);
  // Least privilege: inherited by every user object under the domain.
  const sid = exec(SAMBA_TOOL, [
    'user',
    'show',
    SERVICE_NAME,
    ...sam,
    '--attributes=objectSid',
  ]).match(/objectSid: (S-[\d-]+)/)?.[1];
  if (sid === undefined) throw new Error('could not read the service account SID');
  const aces = [
    `(OA;CIIO;CR;${RESET_PASSWORD_RIGHT};${USER_CLASS};${sid})`,
    `(OA;CIIO;WP;${LOCKOUT_TIME};${USER_CLASS};${sid})`,
    `(OA;CIIO;WP;${PWD_LAST_SET};${USER_CLASS};${sid})`,
  ].join('');
  exec(SAMBA_TOOL, ['dsacl', 'set', ...sam, `--objectdn=${BASE_DN}`, `--sddl=${aces}`]);
  // A fine-grained password policy the tests put users under by group membership.
  const pso = 'openreset-min-age';
  exec(SAMBA_TOOL, ['group', 'add', pso, ...sam]);
  exec(SAMBA_TOOL, [
    'domain',
    'passwordsettings',
    'pso',
    'create',
    pso,
    '10',
    '--complexity=on',
    '--min-pwd-length=7',
    '--history-length=24',
    '--min-pwd-age=1',
    '--max-pwd-age=42',
    '--account-lockout-threshold=5',
    '--account-lockout-duration=30',
    '--reset-account-lockout-after=30',
    ...sam,
  ]);
  exec(SAMBA_TOOL, ['domain', 'passwordsettings', 'pso', 'apply', pso, pso, ...sam]);
}

/** The template folder, provisioned on first use. */
function template() {
  const dir = join(tmpdir(), `openreset-samba-template-v${TEMPLATE_VERSION}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  const building = mkdtempSync(join(tmpdir(), 'openreset-samba-building-'));
  try {
    provision(building);
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  // smb.conf names the folder it was provisioned in; copies rewrite it.
  writeFileSync(join(dir, 'provisioned-in'), building);
  writeFileSync(join(dir, 'ready'), '');
  return dir;
}

/** A client bound as the administrator over LDAPS, once Samba accepts it; rejects after `ms`. */
async function bindWhenReady(url, ca, ms, isAlive) {
  const { Client } = await import('ldapts');
  const deadline = Date.now() + ms;
  let lastError;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('samba exited during start-up (see its output above)');
    const client = new Client({
      url,
      timeout: 10_000,
      connectTimeout: 10_000,
      tlsOptions: { ca: [ca], servername: `${HOST}.${REALM.toLowerCase()}` },
    });
    try {
      await client.bind(ADMIN_DN, ADMIN_PASSWORD);
      return client;
    } catch (error) {
      lastError = error;
      await client.unbind().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`samba did not accept an LDAPS bind within ${ms} ms (${lastError?.message})`);
}

async function startSamba({ aptInstall, isRoot }) {
  if (!isRoot) {
    throw new Error('Samba AD DC runs as root only; run npm test as root, or in CI');
  }
  if (!existsSync(SAMBA) || !existsSync(SAMBA_TOOL)) {
    aptInstall(['samba']);
    if (!existsSync(SAMBA)) throw new Error(`apt-get installed samba, but ${SAMBA} is missing`);
  }
  for (const port of PORTS) {
    if (!(await isFree(port))) {
      throw new Error(
        `port ${port} on 127.0.0.1 is taken; Samba's LDAP ports (${PORTS.join(', ')}) are ` +
          'fixed, so stop what listens there (ss -ltnp) and run again',
      );
    }
  }
  const started = Date.now();
  const source = template();
  const dir = mkdtempSync(join(tmpdir(), 'openreset-samba-'));
  cpSync(source, dir, { recursive: true });
  const conf = join(dir, 'etc', 'smb.conf');
  const provisionedIn = readFileSync(join(source, 'provisioned-in'), 'utf8');
  writeFileSync(conf, readFileSync(conf, 'utf8').replaceAll(provisionedIn, dir));

  // Interactive: stays our child, logs to our stderr, and exits when its stdin closes.
  const child = spawn(
    SAMBA,
    [
      '-i',
      '-M',
      'single',
      `--configfile=${conf}`,
      '--debuglevel=0',
      // Not kept in smb.conf by provision, so given here (see the top of this file).
      '--option=old password allowed period=0',
      // No fsync per transaction, as Samba's own test suite runs: a throwaway domain.
      '--option=ldb:nosync=true',
    ],
    { stdio: ['pipe', 'ignore', 'inherit'] },
  );
  const isAlive = superviseChild(child, dir);

  const url = 'ldaps://127.0.0.1:636';
  const caFile = join(dir, 'private', 'tls', 'ca.pem');
  // Samba writes its self-signed CA and certificate on first start; wait for them.
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!existsSync(caFile)) {
    if (!isAlive()) throw new Error('samba exited during start-up (see its output above)');
    if (Date.now() > deadline) throw new Error(`samba wrote no ${caFile} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const admin = await bindWhenReady(url, readFileSync(caFile), deadline - Date.now(), isAlive);
  await admin.unbind();
  // Keep the generated TLS files in the template: the next start skips the key generation.
  const templateTls = join(source, 'private', 'tls');
  if (!existsSync(join(templateTls, 'ca.pem'))) {
    cpSync(join(dir, 'private', 'tls'), templateTls, { recursive: true });
  }
  console.log(`samba: LDAPS on ${url} answered ${Date.now() - started} ms after the start`);

  return {
    OPENRESET_TEST_AD_URL: url,
    OPENRESET_TEST_AD_ADMIN_DN: ADMIN_DN,
    OPENRESET_TEST_AD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    OPENRESET_TEST_AD_BIND_DN: SERVICE_DN,
    OPENRESET_TEST_AD_BIND_PASSWORD: SERVICE_PASSWORD,
    OPENRESET_TEST_AD_BASE_DN: BASE_DN,
    OPENRESET_TEST_AD_CA_FILE: caFile,
    OPENRESET_TEST_AD_TLS_SERVERNAME: `${HOST}.${REALM.toLowerCase()}`,
    // For what no LDAP client may do, such as ageing a password (pwdLastSet is 0 or -1 only).
    OPENRESET_TEST_AD_PRIVATE_DIR: join(dir, 'private'),
  };
}

/**
 * Installs (if needed), provisions (or copies the template) and starts Samba AD DC.
 * @param {{ aptInstall: (packages: string[]) => boolean, isRoot: boolean }} context
 */
export async function start(context) {
  try {
    return await startSamba(context);
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(
      `samba: not started, the Active Directory tests will skip (under CI=true this fails): ${
        error instanceof Error ? error.message : error
      }`,
    );
    return {};
  }
}
