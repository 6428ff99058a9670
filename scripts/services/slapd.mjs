// Test service: a throwaway OpenLDAP (Debian slapd) on 127.0.0.1:<free port>, for the LDAP
// directory adapter's tests. Loaded by scripts/test.mjs, which calls `start()`.
//
// - installs `slapd ldap-utils` when missing (as root; debconf preseeded so the package does
//   not configure a database of its own);
// - builds a cn=config from LDIF with slapadd: an mdb database for dc=example,dc=com with a
//   root DN, the core/cosine/inetorgperson/nis schemas plus a one-attribute test schema
//   (`mailAlternateAddress`, the users' alternate email), the ppolicy overlay with the
//   default policy cn=default,ou=policies (cleartext hashed, history 3, minimum length 8,
//   quality checked, lockout after 3 failures, passwords expire after 365 days) and a
//   second policy cn=expiring-30d,ou=policies (the same, expiring after 30 days) that tests
//   give users through `pwdPolicySubentry`;
// - ACLs: the service account cn=openreset,dc=example,dc=com reads everything and writes
//   userPassword, pwdAccountLockedTime and pwdReset; users change their own password;
// - seeds ou=people, ou=groups, ou=policies, the service account and one user;
// - starts slapd as user openldap (when run as root) and stops it when this process exits.
//
// Returns OPENRESET_TEST_LDAP_URL, _ADMIN_DN, _ADMIN_PASSWORD, _BASE_DN, _SERVICE_DN and
// _SERVICE_PASSWORD.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, freePort, superviseChild } from '../lib/process-helpers.mjs';

const BASE_DN = 'dc=example,dc=com';
const ADMIN_DN = `cn=admin,${BASE_DN}`;
const ADMIN_PASSWORD = 'admin-secret-for-tests';
const SERVICE_DN = `cn=openreset,${BASE_DN}`;
const SERVICE_PASSWORD = 'service-secret-for-tests';
const SLAPD = '/usr/sbin/slapd';
const SLAPADD = '/usr/sbin/slapadd';
const MODULE_PATH = '/usr/lib/ldap';
const SCHEMA_DIR = '/etc/ldap/schema';

/** Resolves once something accepts TCP connections on the port, or rejects after `ms`. */
async function waitForPort(port, ms, isAlive) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('slapd exited during start-up (see its output above)');
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`slapd did not listen on 127.0.0.1:${port} within ${ms} ms`);
}

/** A {SSHA} hash for LDIF seeds (slapadd bypasses ppolicy's hashing). */
function hashPassword(password) {
  return exec('/usr/sbin/slappasswd', ['-s', password]).trim();
}

function configLdif(dir) {
  const schemas = ['core', 'cosine', 'inetorgperson', 'nis']
    .map((name) => `include: file://${SCHEMA_DIR}/${name}.ldif`)
    .join('\n\n');
  const service = `dn.exact="${SERVICE_DN}"`;
  return `dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: ${dir}/slapd.pid
olcArgsFile: ${dir}/slapd.args

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: ${MODULE_PATH}
olcModuleLoad: back_mdb
olcModuleLoad: ppolicy

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

${schemas}

dn: cn=openreset-test,cn=schema,cn=config
objectClass: olcSchemaConfig
cn: openreset-test
olcAttributeTypes: ( 1.3.6.1.4.1.32473.1.1.1 NAME 'mailAlternateAddress' DESC 'an alternate email address (test schema; 32473 is the documentation enterprise number of RFC 5612)' EQUALITY caseIgnoreIA5Match SUBSTR caseIgnoreIA5SubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.26{256} )
olcObjectClasses: ( 1.3.6.1.4.1.32473.1.2.1 NAME 'openResetRecovery' DESC 'recovery contact data (test schema)' SUP top AUXILIARY MAY ( mailAlternateAddress ) )

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend
olcSizeLimit: 500

dn: olcDatabase={0}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {0}config
olcAccess: {0}to * by * none

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcDbDirectory: ${dir}/data
olcSuffix: ${BASE_DN}
olcRootDN: ${ADMIN_DN}
olcRootPW: ${hashPassword(ADMIN_PASSWORD)}
olcDbIndex: objectClass eq
olcDbIndex: uid,mail,entryUUID eq
olcDbIndex: member eq
olcAccess: {0}to attrs=userPassword by self =wx by ${service} =wx by anonymous auth by * none
olcAccess: {1}to attrs=pwdAccountLockedTime,pwdReset by ${service} write by self read by * none
olcAccess: {2}to * by ${service} read by self read by anonymous auth by * none

dn: olcOverlay={0}ppolicy,olcDatabase={1}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcPPolicyConfig
olcOverlay: {0}ppolicy
olcPPolicyDefault: cn=default,ou=policies,${BASE_DN}
olcPPolicyHashCleartext: TRUE
olcPPolicyUseLockout: TRUE
`;
}

/** A ppolicy entry under ou=policies: the test rules, passwords expiring after `maxAgeDays`. */
function policyLdif(name, maxAgeDays) {
  return `dn: cn=${name},ou=policies,${BASE_DN}
objectClass: device
objectClass: pwdPolicy
cn: ${name}
pwdAttribute: userPassword
pwdInHistory: 3
pwdMinLength: 8
pwdCheckQuality: 2
pwdMaxFailure: 3
pwdLockout: TRUE
pwdLockoutDuration: 0
pwdFailureCountInterval: 0
pwdAllowUserChange: TRUE
pwdMustChange: FALSE
pwdSafeModify: FALSE
pwdMaxAge: ${maxAgeDays * 24 * 60 * 60}
`;
}

function dataLdif() {
  return `dn: ${BASE_DN}
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: ou=people,${BASE_DN}
objectClass: organizationalUnit
ou: people

dn: ou=groups,${BASE_DN}
objectClass: organizationalUnit
ou: groups

dn: ou=policies,${BASE_DN}
objectClass: organizationalUnit
ou: policies

${policyLdif('default', 365)}
${policyLdif('expiring-30d', 30)}
dn: ${SERVICE_DN}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: openreset
description: OpenReset service account (tests)
userPassword: ${hashPassword(SERVICE_PASSWORD)}

dn: uid=seed.user,ou=people,${BASE_DN}
objectClass: inetOrgPerson
uid: seed.user
cn: Seed User
sn: User
givenName: Seed
mail: seed.user@example.com
userPassword: ${hashPassword('Seed-User-Password-1!')}

dn: cn=admins,ou=groups,${BASE_DN}
objectClass: groupOfNames
cn: admins
member: cn=admin,${BASE_DN}
`;
}

/**
 * Installs (if needed), configures and starts slapd.
 * @param {{ aptInstall: (packages: string[]) => boolean, isRoot: boolean }} context
 */
export async function start({ aptInstall, isRoot }) {
  if (!existsSync(SLAPD) || !existsSync('/usr/bin/ldapsearch')) {
    if (!isRoot) {
      throw new Error(
        'OpenLDAP is required for the LDAP adapter tests: install the Debian packages ' +
          '`slapd ldap-utils` (as root, preseed `slapd slapd/no_configuration boolean true`).',
      );
    }
    exec('debconf-set-selections', [], 'slapd slapd/no_configuration boolean true\n');
    aptInstall(['slapd', 'ldap-utils']);
    if (!existsSync(SLAPD)) throw new Error(`apt-get installed slapd, but ${SLAPD} is missing`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'openreset-slapd-'));
  const configDir = join(dir, 'slapd.d');
  mkdirSync(configDir);
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'config.ldif'), configLdif(dir));
  writeFileSync(join(dir, 'data.ldif'), dataLdif());
  exec(SLAPADD, ['-n', '0', '-F', configDir, '-l', join(dir, 'config.ldif')]);
  exec(SLAPADD, ['-n', '1', '-F', configDir, '-l', join(dir, 'data.ldif')]);

  const asUser = isRoot ? ['-u', 'openldap', '-g', 'openldap'] : [];
  if (isRoot) {
    chmodSync(dir, 0o755);
    exec('chown', ['-R', 'openldap:openldap', dir]);
  }

  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  // -d 0 keeps slapd in the foreground, so it is our child and dies with us.
  const child = spawn(SLAPD, ['-d', '0', '-h', `${url}/`, '-F', configDir, ...asUser], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const isAlive = superviseChild(child, dir);
  await waitForPort(port, 15_000, isAlive);

  return {
    OPENRESET_TEST_LDAP_URL: url,
    OPENRESET_TEST_LDAP_ADMIN_DN: ADMIN_DN,
    OPENRESET_TEST_LDAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    OPENRESET_TEST_LDAP_BASE_DN: BASE_DN,
    OPENRESET_TEST_LDAP_SERVICE_DN: SERVICE_DN,
    OPENRESET_TEST_LDAP_SERVICE_PASSWORD: SERVICE_PASSWORD,
  };
}
