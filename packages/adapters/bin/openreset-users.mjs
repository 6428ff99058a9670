#!/usr/bin/env node
// openreset-users: create and import accounts of the SQL directory (@openreset/adapters/sql-directory)
// in a SQLite file or a PostgreSQL database. It uses the built package (dist/), and migrates
// the storage and directory tables first. Passwords come from stdin, never from arguments.
//
//   openreset-users create --db <file | postgres://...> --username <name> [--email <address>]
//       [--given-name <name>] [--surname <name>] [--display-name <name>] [--mobile <E.164>]
//       [--office <E.164>] [--alternate-email <address>] [--group <name>]... [--admin]
//       [--disabled] [--locked-out] [--must-change] [--password-stdin]
//   openreset-users import --db <file | postgres://...> [--skip-existing] [<file.jsonl> | -]
//   openreset-users set-password --db <file | postgres://...> --username <name> [--must-change]
//
// `import` reads JSON lines, one account per line, with the fields of SqlDirectoryUserInput
// (username, password or passwordHash, email, givenName, surname, displayName, groups, isAdmin,
// disabled, lockedOut, contact { mobile, office, alternateEmail }, mustChangePassword), and
// creates them all in one transaction: a taken username fails the whole import unless
// --skip-existing. `set-password` and `create --password-stdin` read the password from stdin.
import { createReadStream } from 'node:fs';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  openreset-users create --db <file | postgres://...> --username <name> [--email <address>]
      [--given-name <name>] [--surname <name>] [--display-name <name>] [--mobile <E.164>]
      [--office <E.164>] [--alternate-email <address>] [--group <name>]... [--admin]
      [--disabled] [--locked-out] [--must-change] [--password-stdin]
  openreset-users import --db <file | postgres://...> [--skip-existing] [<file.jsonl> | -]
  openreset-users set-password --db <file | postgres://...> --username <name> [--must-change]`;

const dist = new URL('../dist/', import.meta.url);

async function openDirectory(target) {
  const { createSqlDirectory } = await import(new URL('sql-directory.js', dist).href);
  const storage = /^postgres(ql)?:\/\//.test(target)
    ? await (await import(new URL('postgres.js', dist).href)).createPostgresStorage({
        connectionString: target,
      })
    : await (await import(new URL('sqlite.js', dist).href)).createSqliteStorage({
        filename: target,
      });
  return { storage, directory: await createSqlDirectory({ db: storage }) };
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

async function* jsonLines(source) {
  const input = source === undefined || source === '-' ? process.stdin : createReadStream(source);
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line);
      if (typeof value.passwordChangedAt === 'string') {
        value.passwordChangedAt = new Date(value.passwordChangedAt);
      }
      yield value;
    } catch (error) {
      throw new TypeError(`line ${number} is not JSON: ${error.message}`);
    }
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      username: { type: 'string' },
      email: { type: 'string' },
      'given-name': { type: 'string' },
      surname: { type: 'string' },
      'display-name': { type: 'string' },
      mobile: { type: 'string' },
      office: { type: 'string' },
      'alternate-email': { type: 'string' },
      group: { type: 'string', multiple: true },
      admin: { type: 'boolean' },
      disabled: { type: 'boolean' },
      'locked-out': { type: 'boolean' },
      'must-change': { type: 'boolean' },
      'password-stdin': { type: 'boolean' },
      'skip-existing': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (values.db === undefined) throw new TypeError('--db is required');

  const { storage, directory } = await openDirectory(values.db);
  try {
    switch (command) {
      case 'create': {
        if (values.username === undefined) throw new TypeError('--username is required');
        const contact = {};
        if (values.mobile !== undefined) contact.mobile = values.mobile;
        if (values.office !== undefined) contact.office = values.office;
        if (values['alternate-email'] !== undefined)
          contact.alternateEmail = values['alternate-email'];
        const input = {
          username: values.username,
          groups: values.group ?? [],
          isAdmin: values.admin ?? false,
          disabled: values.disabled ?? false,
          lockedOut: values['locked-out'] ?? false,
          mustChangePassword: values['must-change'] ?? false,
          contact,
        };
        if (values.email !== undefined) input.email = values.email;
        if (values['given-name'] !== undefined) input.givenName = values['given-name'];
        if (values.surname !== undefined) input.surname = values.surname;
        if (values['display-name'] !== undefined) input.displayName = values['display-name'];
        if (values['password-stdin']) input.password = await readStdin();
        const user = await directory.createUser(input);
        console.log(JSON.stringify({ created: user.id, username: user.username }));
        return 0;
      }
      case 'import': {
        const result = await directory.importUsers(jsonLines(rest[0]), {
          onConflict: values['skip-existing'] ? 'skip' : 'fail',
        });
        console.log(JSON.stringify(result));
        return 0;
      }
      case 'set-password': {
        if (values.username === undefined) throw new TypeError('--username is required');
        const user = await directory.findUser(values.username);
        if (user === null) throw new TypeError(`no user ${values.username}`);
        await directory.setPassword(user.id, await readStdin(), {
          mustChangePassword: values['must-change'] ?? false,
        });
        console.log(JSON.stringify({ updated: user.id }));
        return 0;
      }
      default:
        throw new TypeError(`unknown command ${command}\n${USAGE}`);
    }
  } finally {
    await storage.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const code = error?.code === undefined ? '' : ` (${error.code})`;
    console.error(`openreset-users: ${error?.message ?? error}${code}`);
    process.exit(1);
  },
);
