import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createArgon2Hasher, createSqlDirectory } from '@openreset/adapters/sql-directory';
import { createSqliteStorage } from '@openreset/adapters/sqlite';
import type { PasswordHasher } from '@openreset/core';
import { LOCALES } from '@openreset/core/locales';
import { afterAll, describe, expect, it } from 'vitest';
import { createSignIn, DEFAULT_SIGN_IN_LIMITS } from './sign-in.mjs';
import { killDemos, startDemo } from './start-demo.js';

// Runs the demo as `npm start` does (the built packages; `npm test` builds first) on a free
// port and a fresh data folder, and drives it over HTTP as a script would. A demo takes 15 to
// 25 s to start on a loaded 2-core machine (load 28), so a test that starts two gets 3 minutes.
const dataDir = mkdtempSync(join(tmpdir(), 'openreset-demo-'));
const scratch = mkdtempSync(join(tmpdir(), 'openreset-demo-scratch-'));

afterAll(() => {
  killDemos();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A solution of the demo's ALTCHA captcha, found as the widget finds it: SHA-256 of salt +
 * number until it equals the challenge; base64 of the JSON the widget sends.
 */
async function solvedCaptcha(origin: string): Promise<string> {
  const challenge = await (await fetch(`${origin}/api/captcha/challenge`)).json();
  let number = 0;
  while (
    number <= challenge.maxnumber &&
    createHash('sha256').update(`${challenge.salt}${number}`).digest('hex') !== challenge.challenge
  ) {
    number += 1;
  }
  const { algorithm, salt, signature } = challenge;
  return Buffer.from(
    JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }),
  ).toString('base64');
}

async function json(origin: string, path: string, body: unknown) {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return response.json();
}

describe('the demo', () => {
  it('resets alice with the SMS code from /outbox.json, signs her in, and keeps data across restarts', async () => {
    let demo = await startDemo(dataDir);
    const page = await (await fetch(`${demo.origin}/`)).text();
    expect(page).toContain("Can't access your account?");
    expect(page).toContain('alice-demo-passphrase');

    const flow = await json(demo.origin, '/api/reset', {
      identifier: 'alice',
      captcha: await solvedCaptcha(demo.origin),
    });
    expect(flow.methods[0].type).toBe('mobileSms');
    expect(flow.methods[0].hint).toMatch(/78$/);
    await json(demo.origin, '/api/reset/challenge', {
      flowToken: flow.flowToken,
      methodId: flow.methods[0].id,
      confirm: '+31 6 12345678',
    });
    let code: string | undefined;
    // The demo's dispatcher runs every second; a loaded 2-core machine may take far longer.
    for (const deadline = Date.now() + 30_000; code === undefined && Date.now() < deadline; ) {
      const messages = await (await fetch(`${demo.origin}/outbox.json`)).json();
      code = /\b(\d{6})\b/.exec(
        messages.find((m: { channel: string }) => m.channel === 'sms')?.message.text ?? '',
      )?.[1];
      if (code === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(code).toMatch(/^\d{6}$/);
    await json(demo.origin, '/api/reset/verify', {
      flowToken: flow.flowToken,
      methodId: flow.methods[0].id,
      code,
    });
    const done = await json(demo.origin, '/api/reset/complete', {
      flowToken: flow.flowToken,
      newPassword: 'quiet harbour lights at dawn',
    });
    expect(done.state).toBe('completed');

    await demo.stop();
    demo = await startDemo(dataDir);
    const login = await fetch(`${demo.origin}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ identifier: 'alice', password: 'quiet harbour lights at dawn' }),
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/account');
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = await fetch(`${demo.origin}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).registration.status).toBe('registered');
    const old = await fetch(`${demo.origin}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ identifier: 'alice', password: 'alice-demo-passphrase' }),
    });
    expect(old.status).toBe(401);
    await demo.stop();
  }, 180_000);
});

describe('the demo’s data on disk', () => {
  const modeOf = (path: string) => statSync(path).mode & 0o777;
  const databaseFiles = (folder: string) =>
    ['openreset.db', 'openreset.db-wal', 'openreset.db-shm'].map((name) => join(folder, name));

  function expectPrivate(folder: string) {
    expect(modeOf(folder).toString(8), folder).toBe('700');
    for (const file of [...databaseFiles(folder), join(folder, 'keys.json')]) {
      expect(existsSync(file), file).toBe(true);
      expect(modeOf(file).toString(8), file).toBe('600');
    }
  }

  it('makes its data folder 0700 and the SQLite files 0600, and tightens looser ones at start', async () => {
    const folder = join(scratch, 'modes', 'data');
    let demo = await startDemo(folder);
    expectPrivate(folder);
    await demo.stop();

    // As a copy, an unpack or a umask of 022 would leave them (a clean stop checkpoints the
    // WAL and removes -wal and -shm: made again, empty, as a copy taken while running has them).
    chmodSync(folder, 0o755);
    for (const file of databaseFiles(folder)) {
      if (!existsSync(file)) writeFileSync(file, '');
      chmodSync(file, 0o644);
    }
    demo = await startDemo(folder);
    expectPrivate(folder);
    await demo.stop();
  }, 180_000);
});

describe('the demo’s sign-in form', () => {
  it('answers the same 429 for a known and an unknown username after the limit, even with the right password', async () => {
    // Without the smart lockout, which (after 3 wrong passwords) says so for a known account.
    const demo = await startDemo(join(scratch, 'limits'), {
      env: { OPENRESET_DEMO_LOCKOUT: 'off' },
    });
    const attempt = (identifier: string, password: string) =>
      fetch(`${demo.origin}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ identifier, password }),
      });
    const { max } = DEFAULT_SIGN_IN_LIMITS.perUsername;
    for (const identifier of ['alice', 'nobody-at-all']) {
      for (let i = 0; i < max; i += 1) {
        expect((await attempt(identifier, 'not the password')).status).toBe(401);
      }
    }
    const known = await attempt('alice', 'alice-demo-passphrase');
    const unknown = await attempt('nobody-at-all', 'not the password');
    const retyped = await attempt('  ALICE ', 'alice-demo-passphrase');

    const body = await known.text();
    expect(known.status).toBe(429);
    expect(body).toMatch(/Too many sign-in attempts\. Try again in 1[45] minutes\./);
    expect(Number(known.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(unknown.status).toBe(429);
    expect(await unknown.text()).toBe(body);
    expect(retyped.status, 'the username counts lower-cased and trimmed').toBe(429);
    expect(await retyped.text()).toBe(body);
    await demo.stop();
  }, 180_000);

  async function signInOnSqlite(name: string, options: { now?: () => Date } = {}) {
    const storage = await createSqliteStorage({ filename: join(scratch, `${name}.db`) });
    const argon2 = createArgon2Hasher({ memoryKiB: 2048, iterations: 1 });
    const verified: string[] = [];
    const hasher: PasswordHasher = {
      hash: (secret) => argon2.hash(secret),
      verify: (hash, secret) => {
        verified.push(hash);
        return argon2.verify(hash, secret);
      },
      needsRehash: (hash) => argon2.needsRehash(hash),
    };
    const directory = await createSqlDirectory({ db: storage, hasher });
    const { signIn } = createSignIn({
      directory,
      hasher,
      counters: storage.counters,
      secret: 'a secret for the demo sign-in test',
      limits: {
        perAddress: { max: 3, windowMs: 60_000 },
        perUsername: { max: 2, windowMs: 60_000 },
      },
      ...options,
    });
    return { directory, signIn, verified };
  }

  it('verifies a hash of the same hasher for an unknown or locked username as for a real one', async () => {
    const { directory, signIn, verified } = await signInOnSqlite('hash-count');
    await directory.createUser({ username: 'ada', password: 'analytical engine 1843' });
    const locked = await directory.createUser({
      username: 'lin',
      password: 'locked out but right',
    });
    await directory.updateUser(locked.id, { lockedOut: true });
    const parameters = (hash: string | undefined) => hash?.split('$').slice(0, 4).join('$');

    expect(await signIn('nobody', 'a guess', '203.0.113.1')).toEqual({ outcome: 'refused' });
    expect(verified).toHaveLength(1);
    expect(await signIn('ada', 'a guess', '203.0.113.2')).toEqual({ outcome: 'refused' });
    expect(verified).toHaveLength(2);
    expect(parameters(verified[0])).toBe(parameters(verified[1]));
    expect(parameters(verified[0])).toMatch(/^\$argon2id\$v=19\$m=2048,t=1,p=1$/);
    // A locked account says so (and the page offers unlock), after the same dummy hash.
    expect(await signIn('lin', 'locked out but right', '203.0.113.3')).toEqual({
      outcome: 'locked_out',
    });
    expect(verified).toHaveLength(3);
    expect(await signIn('ada', 'analytical engine 1843', '203.0.113.4')).toMatchObject({
      outcome: 'signed_in',
      user: { username: 'ada' },
    });
    expect(verified).toHaveLength(4);
  });

  it('counts an IPv6 client by its /64 and a username however it is cased, until the window ends', async () => {
    let time = new Date('2026-03-01T12:00:00Z');
    const { signIn, verified } = await signInOnSqlite('windows', { now: () => time });
    for (const [index, ip] of [
      '2001:db8:1:2::1',
      '2001:db8:1:2::2',
      '2001:db8:1:2:0:ffff::3',
    ].entries()) {
      expect(await signIn(`user-${index}`, 'a guess', ip)).toEqual({ outcome: 'refused' });
    }
    expect(await signIn('user-3', 'a guess', '2001:DB8:1:2:abcd::4')).toEqual({
      outcome: 'rate_limited',
      retryAfterSeconds: 60,
    });
    expect(verified, 'a refused attempt hashes nothing').toHaveLength(3);
    expect(await signIn('user-4', 'a guess', '2001:db8:1:3::1')).toEqual({ outcome: 'refused' });

    expect(await signIn('Ada', 'a guess', '198.51.100.1')).toEqual({ outcome: 'refused' });
    expect(await signIn(' ada ', 'a guess', '198.51.100.2')).toEqual({ outcome: 'refused' });
    expect(await signIn('ADA', 'a guess', '198.51.100.3')).toMatchObject({
      outcome: 'rate_limited',
    });

    time = new Date(time.getTime() + 60_000);
    expect(await signIn('ada', 'a guess', '2001:db8:1:2::5')).toEqual({ outcome: 'refused' });
  });
});

describe('the demo’s widget files', () => {
  const standalone = fileURLToPath(
    new URL('../../packages/widgets/dist/standalone/', import.meta.url),
  );

  /** GETs `path` as written (fetch would resolve `..` before sending it). */
  const rawGet = (origin: string, path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      httpRequest({ hostname, port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
        .on('error', reject)
        .end();
    });

  it('serves every file of the standalone folder, chunks included, as JavaScript', async () => {
    const files = readdirSync(standalone, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(standalone, join(entry.parentPath, entry.name)));
    // The predefined question texts: a chunk per locale, each served like the rest.
    for (const locale of LOCALES) {
      expect(
        files.filter((file) => file.startsWith(`chunks/question-texts-${locale}-`)),
      ).toHaveLength(1);
    }
    expect(files.some((file) => /^chunks\/nl-/.test(file))).toBe(true);
    const demo = await startDemo(join(scratch, 'widgets'));
    for (const file of files) {
      const response = await fetch(`${demo.origin}/widgets/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toMatch(/^text\/javascript\b/);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      await response.arrayBuffer();
    }
    await demo.stop();
  }, 180_000);

  it('serves nothing outside it: no .., %2e%2e, encoded slashes or absolute paths', async () => {
    const demo = await startDemo(join(scratch, 'traversal'));
    for (const path of [
      // The standalone folder is four levels below the repository root, chunks/ five.
      '/widgets/../../../../examples/demo/server.mjs',
      '/widgets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/examples/demo/server.mjs',
      '/widgets/%2E%2E/%2E%2E/%2E%2E/%2E%2E/package.json',
      '/widgets/..%2f..%2f..%2f..%2fexamples%2fdemo%2fserver.mjs',
      '/widgets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/widgets/chunks/..%2f..%2f..%2f..%2f..%2fpackage.json',
      `/widgets/${'..%2f'.repeat(12)}etc%2fpasswd`,
      '/widgets/..%5c..%5c..%5c..%5cpackage.json',
      '/widgets/%2fetc%2fpasswd',
      '/widgets//etc/passwd',
      '/widgets/%00openreset-reset.js',
      '/widgets/chunks',
      '/widgets/',
      `/widgets/${encodeURIComponent(join(standalone, 'openreset-reset.js'))}`,
      '/widgets/%E0%A4%A',
    ]) {
      const { status, body } = await rawGet(demo.origin, path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('createServer');
      expect(body, path).not.toContain('root:');
      expect(body, path).not.toContain('"workspaces"');
    }
    await demo.stop();
  }, 180_000);
});

describe('the demo’s allowed origins (OPENRESET_DEMO_ALLOWED_ORIGINS)', () => {
  const allowed = 'http://app.example:3000';
  const preflight = (origin: string, path: string) =>
    fetch(path, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('answers a preflight and a call from an allowed origin, and refuses another', async () => {
    const demo = await startDemo(join(scratch, 'cors'), {
      env: { OPENRESET_DEMO_ALLOWED_ORIGINS: ` ${allowed} , https://other.example` },
    });
    const yes = await preflight(allowed, `${demo.origin}/api/reset`);
    expect(yes.status).toBe(204);
    expect(yes.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(yes.headers.get('access-control-allow-methods')).toContain('POST');
    expect(yes.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'content-type',
    );
    const no = await preflight('http://evil.example', `${demo.origin}/api/reset`);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
    expect(no.headers.get('access-control-allow-methods')).toBeNull();

    const call = await fetch(`${demo.origin}/api/config`, { headers: { origin: allowed } });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(allowed);
    const refused = await fetch(`${demo.origin}/api/config`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    // The bundles and their chunks load as module scripts from the allowed origin only.
    const script = await fetch(`${demo.origin}/widgets/openreset-reset.js`, {
      headers: { origin: allowed },
    });
    expect(script.headers.get('access-control-allow-origin')).toBe(allowed);
    const other = await fetch(`${demo.origin}/widgets/openreset-reset.js`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await demo.stop();
  }, 180_000);

  it('allows no other origin without the setting', async () => {
    const demo = await startDemo(join(scratch, 'no-cors'));
    const answer = await preflight(allowed, `${demo.origin}/api/reset`);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    await demo.stop();
  }, 180_000);

  it('refuses to start with something that is not an origin', async () => {
    await expect(
      startDemo(join(scratch, 'bad-cors'), {
        env: { OPENRESET_DEMO_ALLOWED_ORIGINS: 'http://app.example/path' },
      }),
    ).rejects.toThrow(/exited/);
  }, 180_000);
});

describe('the demo’s passkeys (issue 13)', () => {
  /** The methods `GET /api/config` offers, asked on the demo's port at 127.0.0.1. */
  async function offered(origin: string): Promise<string[]> {
    const { port } = new URL(origin);
    const config = await (await fetch(`http://127.0.0.1:${port}/api/config`)).json();
    return config.methods;
  }

  it('offers passkeys on http://localhost, and none on an IP address or an http host name', async () => {
    let demo = await startDemo(join(scratch, 'passkeys-localhost'));
    expect(demo.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(await offered(demo.origin)).toEqual(
      expect.arrayContaining(['passkey', 'authenticatorApp']),
    );
    await demo.stop();

    // Browsers refuse passkeys there: the demo still starts, with authenticator apps only.
    for (const [name, publicOrigin] of [
      ['passkeys-ip', 'http://127.0.0.1:8080'],
      ['passkeys-http-host', 'http://demo.internal:8080'],
    ]) {
      demo = await startDemo(join(scratch, name), {
        env: { OPENRESET_PUBLIC_ORIGIN: publicOrigin },
      });
      const methods = await offered(demo.origin);
      expect(methods, publicOrigin).not.toContain('passkey');
      expect(methods, publicOrigin).toContain('authenticatorApp');
      await demo.stop();
    }
  }, 180_000);
});

describe('the demo’s admin page and outbox (issue 19)', () => {
  /** Signs in on the login form; returns the session cookie. */
  async function signInAs(origin: string, identifier: string, password: string) {
    const login = await fetch(`${origin}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ identifier, password }),
    });
    expect(login.status).toBe(303);
    return login.headers.get('set-cookie')?.split(';')[0] ?? '';
  }

  const savePolicy = (origin: string, cookie: string, policy: string, revision: string) =>
    fetch(`${origin}/admin/policy`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ policy, revision }),
    });

  /** The text of the policy textarea, unescaped as a browser reads it. */
  const textareaOf = (page: string) =>
    (/<textarea name="policy"[^>]*>([^<]*)<\/textarea>/.exec(page)?.[1] ?? '').replace(
      /&#(\d+);/g,
      (_, code) => String.fromCharCode(Number(code)),
    );
  const revisionOf = (page: string) => /name="revision" value="(\d+)"/.exec(page)?.[1] ?? '';

  it('shows a refused policy on the admin page, with each issue and the edits kept', async () => {
    const demo = await startDemo(join(scratch, 'admin-errors'));
    const cookie = await signInAs(demo.origin, 'admin', 'admin-demo-passphrase');
    const admin = await (await fetch(`${demo.origin}/admin`, { headers: { cookie } })).text();
    const revision = revisionOf(admin);
    expect(revision).toMatch(/^\d+$/);

    // Unreadable colors (white text on white, a near-white primary color): every issue named.
    const policy = JSON.parse(textareaOf(admin));
    policy.branding.textColor = '#ffffff';
    policy.branding.primaryColor = '#fafafa';
    policy.branding.orgName = 'Acme <b>Corp</b>';
    const edited = `${JSON.stringify(policy, null, 2)}\n`;
    const refused = await savePolicy(demo.origin, cookie, edited, revision);
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(page).toContain('<title>Policy not saved · Admin · OpenReset demo</title>');
    expect(page).toContain('<link rel="stylesheet" href="/demo.css">');
    const problems = /<div role="alert" id="policy-problems"[^>]*>([\s\S]*?)<\/div>/.exec(page);
    expect(problems?.[1]).toContain('<code>invalid_policy</code>');
    expect(problems?.[1]).toMatch(
      /<code>branding\.textColor<\/code>[^<]*<code>low_contrast<\/code>/,
    );
    expect(problems?.[1]).toMatch(
      /<code>branding\.primaryColor<\/code>[^<]*<code>low_contrast<\/code>/,
    );
    expect(textareaOf(page), 'the edits, byte for byte').toBe(edited);
    expect(page).toContain('aria-describedby="policy-problems"');
    expect(revisionOf(page)).toBe(revision);
    expect(page).not.toContain('<b>Corp');

    // A wrong type (the schema's own issue code), then not JSON at all: the text as typed.
    const wrongType = await savePolicy(demo.origin, cookie, '{ "gatesRequired": "two" }', revision);
    expect(wrongType.status).toBe(422);
    expect(await wrongType.text()).toMatch(
      /<code>gatesRequired<\/code>[^<]*<code>invalid_type<\/code>/,
    );
    const typo = '{ "gatesRequired": 1, }';
    const notJson = await savePolicy(demo.origin, cookie, typo, revision);
    expect(notJson.status).toBe(422);
    const notJsonPage = await notJson.text();
    expect(notJsonPage).toContain('<title>Policy not saved · Admin · OpenReset demo</title>');
    expect(notJsonPage).toContain('<code>invalid_json</code>');
    expect(textareaOf(notJsonPage)).toBe(typo);

    // Nothing was stored: the admin page still shows the policy in force.
    const after = await (await fetch(`${demo.origin}/admin`, { headers: { cookie } })).text();
    expect(after).toContain('<title>Admin · OpenReset demo</title>');
    expect(after).not.toContain('role="alert"');
    expect(revisionOf(after)).toBe(revision);
    expect(JSON.parse(textareaOf(after)).branding.textColor).not.toBe('#ffffff');

    // A stale revision: the edits are kept, offered on top of the revision now stored.
    const saved = await savePolicy(demo.origin, cookie, textareaOf(after), revision);
    expect(saved.status).toBe(303);
    const stale = await savePolicy(demo.origin, cookie, typo.replace(', }', ' }'), revision);
    expect(stale.status).toBe(409);
    const stalePage = await stale.text();
    expect(stalePage).toContain('<code>conflict</code>');
    expect(textareaOf(stalePage)).toBe('{ "gatesRequired": 1 }');
    expect(revisionOf(stalePage)).toBe(String(Number(revision) + 1));
    await demo.stop();
  }, 180_000);

  it('serves /outbox without a meta refresh: a Refresh link and a same-origin script', async () => {
    const demo = await startDemo(join(scratch, 'outbox'));
    const outbox = await fetch(`${demo.origin}/outbox`);
    const page = await outbox.text();
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(page).toContain('<title>Outbox · OpenReset demo</title>');
    expect(page).not.toMatch(/http-equiv="refresh"/i);
    expect(page).toContain('<a href="/outbox">Refresh</a>');
    expect(page).toContain('<script type="module" src="/outbox.js"></script>');
    // The CSP allows scripts from the page's origin only: the script is a file, not inline.
    expect(outbox.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = await fetch(`${demo.origin}/outbox.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript\b/);
    expect(await script.text()).toContain("fetch('/outbox'");
    const css = await (await fetch(`${demo.origin}/demo.css`)).text();
    expect(css).toMatch(/\.outbox li \{[^}]*overflow-wrap: anywhere/);
    await demo.stop();
  }, 180_000);
});

describe('the demo’s lifecycle (issue 15)', () => {
  const form = (origin: string, identifier: string, password: string) =>
    fetch(`${origin}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ identifier, password }),
    });
  const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? '';

  /** The messages of /outbox.json that match, once at least `count` are there. */
  async function outboxMessages(origin: string, match: (m: OutboxEntry) => boolean, count = 1) {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      const found = ((await (await fetch(`${origin}/outbox.json`)).json()) as OutboxEntry[]).filter(
        match,
      );
      if (found.length >= count) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the outbox never got the message');
  }
  interface OutboxEntry {
    channel: string;
    message: { to: string; subject?: string; text: string };
  }

  it('sends carol to registration at sign-in, and lets her postpone it twice', async () => {
    const demo = await startDemo(join(scratch, 'carol'));
    for (const postponesLeft of [2, 1, 0]) {
      const login = await form(demo.origin, 'carol', 'carol-demo-passphrase');
      expect(login.status).toBe(303);
      expect(login.headers.get('location')).toBe('/welcome');
      const cookie = cookieOf(login);
      const welcome = await (await fetch(`${demo.origin}/welcome`, { headers: { cookie } })).text();
      expect(welcome).toContain('<openreset-register api="/api" mode="interrupt">');
      expect(welcome).toContain('<script type="module" src="/interrupt.js"></script>');
      const check = await fetch(`${demo.origin}/api/me/sign-in-check`, { headers: { cookie } });
      expect(await check.json()).toEqual({ action: 'register', postponesLeft, reason: 'missing' });
      const postpone = await fetch(`${demo.origin}/api/me/sign-in-check/postpone`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      if (postponesLeft > 0) {
        expect(await postpone.json()).toEqual({ postponesLeft: postponesLeft - 1 });
      } else {
        expect(postpone.status).toBe(409);
        expect((await postpone.json()).error.code).toBe('postpone_limit');
      }
    }
    const script = await (await fetch(`${demo.origin}/interrupt.js`)).text();
    expect(script).toContain('openreset-interrupt-done');
    // Alice has her methods: straight to her account.
    const alice = await form(demo.origin, 'alice', 'alice-demo-passphrase');
    expect(alice.headers.get('location')).toBe('/account');
    await demo.stop();
  }, 180_000);

  it('locks bob out after three wrong passwords, says so, and lets him unlock himself', async () => {
    const demo = await startDemo(join(scratch, 'bob'));
    for (let i = 0; i < 3; i++) expect((await form(demo.origin, 'bob', 'wrong')).status).toBe(401);
    const locked = await form(demo.origin, 'bob', 'bob-demo-passphrase');
    expect(locked.status).toBe(403);
    const page = await locked.text();
    expect(page).toContain('This account is locked');
    expect(page).toContain('href="/reset?intent=unlock"');
    expect(await (await fetch(`${demo.origin}/reset?intent=unlock`)).text()).toContain(
      'intent="unlock"',
    );

    const flow = await json(demo.origin, '/api/reset', {
      identifier: 'bob',
      intent: 'unlock',
      captcha: await solvedCaptcha(demo.origin),
    });
    const email = flow.methods.find((method: { type: string }) => method.type === 'email');
    await json(demo.origin, '/api/reset/challenge', {
      flowToken: flow.flowToken,
      methodId: email.id,
      confirm: 'bob@example.com',
    });
    const [sent] = await outboxMessages(
      demo.origin,
      (m) =>
        m.channel === 'email' &&
        m.message.to === 'bob@example.com' &&
        /verification code/.test(m.message.subject ?? ''),
    );
    const code = /\b(\d{6})\b/.exec(sent?.message.text ?? '')?.[1];
    await json(demo.origin, '/api/reset/verify', {
      flowToken: flow.flowToken,
      methodId: email.id,
      code,
    });
    const done = await json(demo.origin, '/api/reset/complete', { flowToken: flow.flowToken });
    expect(done.state).toBe('completed');
    const after = await form(demo.origin, 'bob', 'bob-demo-passphrase');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/account');
    await demo.stop();
  }, 180_000);

  it('mails dave one warning before his password expires, and says so at sign-in', async () => {
    const demo = await startDemo(join(scratch, 'dave'));
    const warnings = await outboxMessages(
      demo.origin,
      (m) => m.channel === 'email' && /expires soon/.test(m.message.subject ?? ''),
    );
    expect(warnings.map((m) => m.message.to)).toEqual(['dave@example.com']);
    expect(warnings[0]?.message.text).toMatch(/expires on \w+ \d+, \d{4}/);
    const login = await form(demo.origin, 'dave', 'dave-demo-passphrase');
    expect(login.headers.get('location')).toBe('/account?expiring=1');
    const account = await (
      await fetch(`${demo.origin}/account?expiring=1`, { headers: { cookie: cookieOf(login) } })
    ).text();
    expect(account).toContain('Your password expires soon');
    await demo.stop();
  }, 180_000);

  it('asks for the proof-of-work captcha at the reset start (OPENRESET_DEMO_CAPTCHA=off turns it off)', async () => {
    const demo = await startDemo(join(scratch, 'captcha'));
    const config = await (await fetch(`${demo.origin}/api/config`)).json();
    expect(config.captcha).toEqual({
      provider: 'altcha',
      challengeUrl: `${demo.origin}/api/captcha/challenge`,
    });
    const refused = await fetch(`${demo.origin}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'alice' }),
    });
    expect(refused.status).toBe(422);
    expect(JSON.parse(await refused.text()).error.code).toBe('captcha_failed');
    const captcha = await solvedCaptcha(demo.origin);
    const flow = await json(demo.origin, '/api/reset', { identifier: 'alice', captcha });
    expect(flow.flowToken).toEqual(expect.any(String));
    // The same solution again: refused.
    const replayed = await fetch(`${demo.origin}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'alice', captcha }),
    });
    expect(replayed.status).toBe(422);
    await demo.stop();
    const off = await startDemo(join(scratch, 'captcha-off'), {
      env: { OPENRESET_DEMO_CAPTCHA: 'off' },
    });
    expect(await (await fetch(`${off.origin}/api/config`)).json()).not.toHaveProperty('captcha');
    await json(off.origin, '/api/reset', { identifier: 'alice' });
    await off.stop();
  }, 180_000);
});
