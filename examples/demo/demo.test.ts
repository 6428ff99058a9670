import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killDemos, startDemo } from './start-demo.js';

// Runs the demo as `npm start` does (the built packages; `npm test` builds first) on a free
// port and a fresh data folder, and drives it over HTTP as a script would.
const dataDir = mkdtempSync(join(tmpdir(), 'openreset-demo-'));
const scratch = mkdtempSync(join(tmpdir(), 'openreset-demo-scratch-'));

afterAll(() => {
  killDemos();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

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

    const flow = await json(demo.origin, '/api/reset', { identifier: 'alice' });
    expect(flow.methods[0]).toMatchObject({ type: 'mobileSms', hint: '+31 •• ••• ••78' });
    await json(demo.origin, '/api/reset/challenge', {
      flowToken: flow.flowToken,
      methodId: flow.methods[0].id,
      confirm: '+31 6 12345678',
    });
    let code: string | undefined;
    for (let tries = 0; tries < 50 && code === undefined; tries++) {
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
  }, 60_000);
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

    // As a copy, an unpack or a umask of 022 would leave them.
    chmodSync(folder, 0o755);
    for (const file of databaseFiles(folder)) {
      expect(existsSync(file), `${file} stays after a stop`).toBe(true);
      chmodSync(file, 0o644);
    }
    demo = await startDemo(folder);
    expectPrivate(folder);
    await demo.stop();
  }, 60_000);
});
