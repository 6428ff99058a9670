import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own for one test file, on the server `npm test` starts. */
export interface PostgresTestDatabase {
  /** Its `postgres://` URL. */
  url: string;
  /** Drops it (closing any connection left open). */
  drop(): Promise<void>;
}

/**
 * The URL of the test server: `OPENRESET_TEST_POSTGRES_URL`, set by `npm test`
 * (scripts/services/postgres.mjs).
 * @throws {Error} when it is missing: the PostgreSQL tests fail rather than skip.
 */
export function postgresTestUrl(): string {
  const url = process.env.OPENRESET_TEST_POSTGRES_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'OPENRESET_TEST_POSTGRES_URL is not set: the PostgreSQL tests need a server. Run them with ' +
        '`npm test` (which starts one, see scripts/services/postgres.mjs), or set the variable to ' +
        'a postgres:// URL of a database whose user may create databases.',
    );
  }
  return url;
}

/** Creates an empty database with a random name next to the test database. */
export async function createPostgresTestDatabase(): Promise<PostgresTestDatabase> {
  const adminUrl = postgresTestUrl();
  const name = `openreset_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // Pools closed a moment ago may still be saying goodbye: wait for them, then force.
        for (let attempt = 0; attempt < 50; attempt++) {
          const { rows } = await client.query(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
