import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqlDirectory } from './sql-directory.js';
import { createSqliteStorage } from './sqlite-storage.js';
import { postgresTestUrl } from './testing/postgres-test-database.js';

const BIN = fileURLToPath(new URL('../../bin/openreset-users.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'openreset-cli-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function cli(args: string[], input = '') {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('openreset-users', () => {
  it('needs the built package', () => {
    expect(
      existsSync(new URL('../../dist/sql-directory.js', import.meta.url)),
      'run `npm run build` first',
    ).toBe(true);
  });

  it('creates a user with a password from stdin, imports JSON lines and sets a password, on SQLite', async () => {
    const db = join(folder, 'users.db');
    const created = cli(
      [
        'create',
        '--db',
        db,
        '--username',
        'alice',
        '--email',
        'alice@example.com',
        '--group',
        'staff',
        '--group',
        'finance',
        '--admin',
        '--password-stdin',
      ],
      'correct horse battery staple\n',
    );
    expect(created.status, created.stderr).toBe(0);
    const lines = [
      JSON.stringify({
        username: 'bob',
        password: 'bob password one',
        contact: { mobile: '+31612345678' },
      }),
      '',
      JSON.stringify({ username: 'carol', disabled: true }),
    ].join('\n');
    const file = join(folder, 'users.jsonl');
    writeFileSync(file, lines);
    expect(cli(['import', '--db', db, file])).toMatchObject({
      status: 0,
      stdout: '{"created":2,"skipped":0}',
    });
    expect(cli(['import', '--db', db, '-'], lines)).toMatchObject({ status: 1 });
    expect(cli(['import', '--db', db, '--skip-existing', '-'], lines)).toMatchObject({
      status: 0,
      stdout: '{"created":0,"skipped":2}',
    });
    expect(
      cli(['set-password', '--db', db, '--username', 'carol', '--must-change'], 'carol new pw\n'),
    ).toMatchObject({ status: 0 });
    expect(cli(['create', '--db', db])).toMatchObject({
      status: 1,
      stderr: /--username is required/,
    });

    const storage = await createSqliteStorage({ filename: db });
    const directory = await createSqlDirectory({ db: storage });
    const alice = await directory.findUser('ALICE@example.com');
    expect(alice).toMatchObject({ username: 'alice', isAdmin: true, groups: ['finance', 'staff'] });
    expect(await directory.verifyPassword(alice?.id ?? '', 'correct horse battery staple')).toBe(
      true,
    );
    const bob = await directory.findUser('bob');
    expect(bob?.contact).toEqual({ mobile: '+31612345678' });
    expect(await directory.verifyPassword(bob?.id ?? '', 'bob password one')).toBe(true);
    expect(await directory.findUser('carol')).toMatchObject({
      disabled: true,
      mustChangePassword: true,
    });
    await storage.close();
    // Six runs of the command, each starting Node and hashing with argon2id: about 7 s a run
    // at load 12 on the 2-core CI machine, so 60 s was too little for a loaded one.
  }, 300_000);

  it('creates a user in PostgreSQL from a postgres:// URL', () => {
    const result = cli(['create', '--db', postgresTestUrl(), '--username', `cli-${Date.now()}`]);
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);
});
