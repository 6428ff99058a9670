// createSqlStorage: the storage over a Kysely instance the host built. The storage
// conformance suite runs on it with Kysely's own SQLite dialect (better-sqlite3) and
// PostgreSQL dialect (pg), and a Kysely instance of another SQL family is refused.
import { storageConformance } from '@openreset/core/testing';
import BetterSqlite3 from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlStorage, type SqlStorage } from './sql-storage.js';
import { STORAGE_TABLES } from './storage-schema.js';
import {
  createPostgresTestDatabase,
  type PostgresTestDatabase,
} from './testing/postgres-test-database.js';

// biome-ignore lint/suspicious/noExplicitAny: the host's own schema type.
const instances: Kysely<any>[] = [];
afterAll(async () => {
  for (const kysely of instances) await kysely.destroy();
});

describe('createSqlStorage over a Kysely SQLite instance', () => {
  async function fresh(): Promise<SqlStorage> {
    const kysely = new Kysely({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    instances.push(kysely);
    return createSqlStorage(kysely);
  }

  for (const c of storageConformance(fresh)) it(c.name, c.run);

  it('leaves the host instance open on close, and has no request transactions', async () => {
    const storage = await fresh();
    expect(storage.database.dialect).toBe('sqlite');
    expect(storage.transaction).toBeUndefined();
    await storage.close();
    await storage.counters.increment('still-open', { windowMs: 1000, now: new Date(0) });
    expect((await storage.counters.get('still-open', new Date(0))).count).toBe(1);
  });

  it('skips migrations when told to', async () => {
    const kysely = new Kysely({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    instances.push(kysely);
    const storage = await createSqlStorage(kysely, { migrate: false });
    await expect(storage.counters.get('k', new Date(0))).rejects.toThrow(/no such table/);
    await storage.migrate();
    expect((await storage.counters.get('k', new Date(0))).count).toBe(0);
  });
});

describe('createSqlStorage over a Kysely PostgreSQL instance', () => {
  let database: PostgresTestDatabase;
  // biome-ignore lint/suspicious/noExplicitAny: the host's own schema type.
  let kysely: Kysely<any>;
  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    kysely = new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
    });
  });
  afterAll(async () => {
    await kysely?.destroy();
    await database?.drop();
  });

  /** The storage over the host's instance, its tables emptied: each case starts clean. */
  async function clean(): Promise<SqlStorage> {
    const storage = await createSqlStorage(kysely);
    await sql`truncate table ${sql.join(STORAGE_TABLES.map((table) => sql.table(table)))}`.execute(
      kysely,
    );
    return storage;
  }

  for (const c of storageConformance(clean)) it(c.name, c.run);

  it('detects the PostgreSQL dialect', async () => {
    expect((await clean()).database.dialect).toBe('postgres');
  });
});

describe('createSqlStorage over another SQL family', () => {
  it('refuses it with a TypeError naming what is supported', async () => {
    const mysql = new Kysely({
      dialect: {
        createAdapter: () => new MysqlAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new MysqlIntrospector(db),
        createQueryCompiler: () => new MysqlQueryCompiler(),
      },
    });
    await expect(createSqlStorage(mysql)).rejects.toThrow(/only SQLite and PostgreSQL/);
  });
});
