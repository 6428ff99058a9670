import { type Kysely, type Migration, sql } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { rebuildResetRollup } from './sql-report-rollup.js';
import { columnTypes } from './sql-values.js';
import type { StorageSchema } from './storage-schema.js';

/**
 * The storage schema's migrations, by name (applied in name order). Never edit a released
 * migration: add the next one (`0002_...`).
 */
export function storageMigrations(dialect: SqlDialect): Record<string, Migration> {
  const { text, millis, json } = columnTypes(dialect);
  return {
    '0001_storage': {
      async up(db) {
        await db.schema
          .createTable('openreset_flows')
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('id', text, (col) => col.notNull())
          .addColumn('intent', text, (col) => col.notNull())
          .addColumn('state', text, (col) => col.notNull())
          .addColumn('machine_version', 'integer', (col) => col.notNull())
          .addColumn('revision', 'integer', (col) => col.notNull())
          .addColumn('user_id', text)
          .addColumn('created_at', millis, (col) => col.notNull())
          .addColumn('updated_at', millis, (col) => col.notNull())
          .addColumn('expires_at', millis, (col) => col.notNull())
          .addColumn('data', json, (col) => col.notNull())
          .addPrimaryKeyConstraint('openreset_flows_pk', ['tenant_id', 'id'])
          .execute();
        await db.schema
          .createIndex('openreset_flows_expiry')
          .on('openreset_flows')
          .columns(['expires_at', 'state'])
          .execute();

        await db.schema
          .createTable('openreset_challenges')
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('flow_id', text, (col) => col.notNull())
          .addColumn('method_id', text, (col) => col.notNull())
          .addColumn('secret_hash', text, (col) => col.notNull())
          .addColumn('key_id', text, (col) => col.notNull())
          .addColumn('attempts', 'integer', (col) => col.notNull())
          .addColumn('sends', 'integer', (col) => col.notNull())
          .addColumn('created_at', millis, (col) => col.notNull())
          .addColumn('expires_at', millis, (col) => col.notNull())
          .addColumn('consumed_at', millis)
          .addPrimaryKeyConstraint('openreset_challenges_pk', ['tenant_id', 'flow_id', 'method_id'])
          .execute();

        await db.schema
          .createTable('openreset_registrations')
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('user_id', text, (col) => col.notNull())
          .addColumn('revision', 'integer', (col) => col.notNull())
          .addColumn('methods', json, (col) => col.notNull())
          .addColumn('reconfirmed_at', millis)
          .addColumn('updated_at', millis, (col) => col.notNull())
          .addPrimaryKeyConstraint('openreset_registrations_pk', ['tenant_id', 'user_id'])
          .execute();

        await db.schema
          .createTable('openreset_audit')
          .addColumn('id', text, (col) => col.notNull().primaryKey())
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('time_ms', millis, (col) => col.notNull())
          .addColumn('type', text, (col) => col.notNull())
          .addColumn('target_user_id', text)
          .addColumn('correlation_id', text, (col) => col.notNull())
          .addColumn('event', json, (col) => col.notNull())
          .execute();
        // Reports: a tenant's events by time, one user's events by time, one flow's events.
        await db.schema
          .createIndex('openreset_audit_time')
          .on('openreset_audit')
          .columns(['tenant_id', 'time_ms', 'id'])
          .execute();
        await db.schema
          .createIndex('openreset_audit_target')
          .on('openreset_audit')
          .columns(['tenant_id', 'target_user_id', 'time_ms'])
          .execute();
        await db.schema
          .createIndex('openreset_audit_correlation')
          .on('openreset_audit')
          .columns(['tenant_id', 'correlation_id', 'time_ms'])
          .execute();

        await db.schema
          .createTable('openreset_outbox')
          .addColumn('id', text, (col) => col.notNull().primaryKey())
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('channel', text, (col) => col.notNull())
          .addColumn('purpose', text, (col) => col.notNull())
          .addColumn('payload', 'text')
          .addColumn('status', text, (col) => col.notNull())
          .addColumn('attempts', 'integer', (col) => col.notNull())
          .addColumn('created_at', millis, (col) => col.notNull())
          .addColumn('next_attempt_at', millis, (col) => col.notNull())
          .addColumn('lease_until', millis)
          .addColumn('lease_token', text)
          .addColumn('sent_at', millis)
          .addColumn('last_error', text)
          .addColumn('correlation_id', text, (col) => col.notNull())
          .execute();
        await db.schema
          .createIndex('openreset_outbox_due')
          .on('openreset_outbox')
          .columns(['status', 'next_attempt_at'])
          .execute();
        await db.schema
          .createIndex('openreset_outbox_correlation')
          .on('openreset_outbox')
          .columns(['tenant_id', 'correlation_id'])
          .execute();

        await db.schema
          .createTable('openreset_counters')
          .addColumn('key', text, (col) => col.notNull().primaryKey())
          .addColumn('count', 'integer', (col) => col.notNull())
          .addColumn('reset_at', millis, (col) => col.notNull())
          .execute();

        await db.schema
          .createTable('openreset_policies')
          .addColumn('tenant_id', text, (col) => col.notNull().primaryKey())
          .addColumn('policy', json, (col) => col.notNull())
          .addColumn('revision', 'integer', (col) => col.notNull())
          .addColumn('updated_at', millis, (col) => col.notNull())
          .execute();
      },
    },
    '0002_audit_planner_stats': {
      // SQLite only (PostgreSQL's autovacuum analyzes the table). Without statistics SQLite
      // guesses that `tenant_id = ?` alone leaves about 10 rows in any index that starts with
      // it, so for one user's or one flow's events in a time range it picks
      // openreset_audit_time (it spares a sort) and reads the whole range: 0.3 s instead of
      // a few ms at 1,000,000 events (bench/reset-report-sql.bench.mjs). These figures, in
      // the form ANALYZE writes, tell it that a tenant holds every row, a user about 50 and
      // a flow about 5. They are written only where the table has no statistics yet: on a
      // database that already holds events, the ANALYZE below measures them instead, and a
      // later ANALYZE replaces these figures with measured ones.
      async up(db) {
        if (dialect !== 'sqlite') return;
        // Creates sqlite_stat1 if missing; an empty table gets no row, a filled one real ones.
        await sql`analyze openreset_audit`.execute(db);
        const rows = [
          ['openreset_audit_time', '1000000 1000000 2 1'],
          ['openreset_audit_target', '1000000 1000000 50 1'],
          ['openreset_audit_correlation', '1000000 1000000 5 1'],
        ];
        for (const [index, stat] of rows) {
          await sql`
            insert into sqlite_stat1 (tbl, idx, stat)
            select 'openreset_audit', ${index}, ${stat}
            where not exists (
              select 1 from sqlite_stat1 where tbl = 'openreset_audit' and idx = ${index}
            )
          `.execute(db);
        }
        // Loads them into this connection; others load them when they next read the schema.
        await sql`analyze sqlite_schema`.execute(db);
      },
    },
    '0003_challenge_attempts_dropped': {
      // Attempts are counted by the proof verifier in the counter store (with their own
      // windows), never on the challenge row: the column was written once and never read.
      async up(db) {
        await db.schema.alterTable('openreset_challenges').dropColumn('attempts').execute();
      },
    },
    '0004_retention_indexes': {
      // Retention deletes ended counters and finished messages in batches (deleteExpired,
      // deleteFinished) without reading every row.
      async up(db) {
        await db.schema
          .createIndex('openreset_counters_reset')
          .on('openreset_counters')
          .column('reset_at')
          .execute();
        await db.schema
          .createIndex('openreset_outbox_finished')
          .on('openreset_outbox')
          .columns(['status', 'created_at'])
          .execute();
      },
    },
    '0005_report_rollups': {
      // The reset report's rollups (ResetRollupStore), filled from the audit log already
      // stored: a row per flow, keyset-indexed by start, and daily counters.
      async up(db) {
        await db.schema
          .createTable('openreset_report_flows')
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('flow_id', text, (col) => col.notNull())
          .addColumn('start_ms', millis)
          .addColumn('start_event_id', text)
          .addColumn('bucket', text)
          .addColumn('trail', json, (col) => col.notNull())
          .addPrimaryKeyConstraint('openreset_report_flows_pk', ['tenant_id', 'flow_id'])
          .execute();
        await db.schema
          .createIndex('openreset_report_flows_start')
          .on('openreset_report_flows')
          .columns(['tenant_id', 'start_ms', 'start_event_id'])
          .execute();
        await db.schema
          .createTable('openreset_report_daily')
          .addColumn('tenant_id', text, (col) => col.notNull())
          .addColumn('day', text, (col) => col.notNull())
          .addColumn('bucket', text, (col) => col.notNull())
          .addColumn('method', text, (col) => col.notNull())
          .addColumn('count', 'integer', (col) => col.notNull())
          .addPrimaryKeyConstraint('openreset_report_daily_pk', [
            'tenant_id',
            'day',
            'bucket',
            'method',
          ])
          .execute();
        const storage = db as unknown as Kysely<StorageSchema>;
        const tenants = await storage
          .selectFrom('openreset_audit')
          .select('tenant_id')
          .distinct()
          .execute();
        for (const { tenant_id } of tenants) await rebuildResetRollup(storage, tenant_id);
      },
    },
  };
}
