import { type Migration, Migrator, sql } from 'kysely';
import type { SqlDatabase } from './sql-database.js';

/** What {@link runMigrations} applies. */
export interface MigrationSet {
  /** The migrations by name, applied in name order. */
  migrations: Record<string, Migration>;
  /** The table that records applied migrations (its lock table gets `_lock` appended). */
  tableName: string;
  /** The PostgreSQL advisory lock key that serializes migrating processes. */
  lockKey: number;
}

/**
 * Applies every pending migration, safely when several processes start at once:
 *
 * - PostgreSQL: a session `pg_advisory_lock(lockKey)` on a connection of its own is held around
 *   the whole run (the migrator's bookkeeping tables included); the others wait for it, then
 *   find nothing left to do. Each migration runs in a transaction (DDL is transactional). The
 *   pool needs at least two connections.
 * - SQLite: the run happens inside `BEGIN IMMEDIATE`, so a second process waits (up to its
 *   `busy_timeout`) for the first to commit; DDL is transactional there too.
 *
 * @throws the migration's error, after rolling back.
 */
export async function runMigrations(database: SqlDatabase, set: MigrationSet): Promise<void> {
  const { kysely, dialect } = database;
  const migrate = async (disableTransactions: boolean) => {
    const migrator = new Migrator({
      db: kysely,
      provider: { getMigrations: async () => set.migrations },
      migrationTableName: set.tableName,
      migrationLockTableName: `${set.tableName}_lock`,
      disableTransactions,
    });
    const { error } = await migrator.migrateToLatest();
    if (error !== undefined) throw error;
  };

  if (dialect === 'postgres') {
    await kysely.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(${sql.lit(set.lockKey)})`.execute(connection);
      try {
        await migrate(false);
      } finally {
        await sql`select pg_advisory_unlock(${sql.lit(set.lockKey)})`.execute(connection);
      }
    });
    return;
  }

  // better-sqlite3 gives Kysely one connection, so these statements and the migrator's share it.
  await sql`begin immediate`.execute(kysely);
  try {
    await migrate(true);
    await sql`commit`.execute(kysely);
  } catch (error) {
    await sql`rollback`.execute(kysely).catch(() => {});
    throw error;
  }
}
