import type { Migration } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { columnTypes } from './sql-values.js';

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
  };
}
