import type { Migration } from 'kysely';
import type { SqlDialect } from './sql-database.js';
import { columnTypes } from './sql-values.js';

/** The SQL directory's migrations (bookkeeping in `openreset_directory_migration`). */
export function directoryMigrations(dialect: SqlDialect): Record<string, Migration> {
  const { text, millis, json, flag } = columnTypes(dialect);
  return {
    '0001_directory': {
      async up(db) {
        await db.schema
          .createTable('openreset_users')
          .addColumn('id', text, (col) => col.notNull().primaryKey())
          .addColumn('username', text, (col) => col.notNull())
          .addColumn('username_key', text, (col) => col.notNull().unique())
          .addColumn('email', text)
          .addColumn('email_key', text)
          .addColumn('given_name', text)
          .addColumn('surname', text)
          .addColumn('display_name', text)
          .addColumn('is_admin', flag, (col) => col.notNull())
          .addColumn('disabled', flag, (col) => col.notNull())
          .addColumn('locked_out', flag, (col) => col.notNull())
          .addColumn('must_change_password', flag, (col) => col.notNull())
          .addColumn('mobile', text)
          .addColumn('office', text)
          .addColumn('alternate_email', text)
          .addColumn('password_hash', text)
          .addColumn('password_history', json, (col) => col.notNull())
          .addColumn('password_changed_at', millis)
          .addColumn('created_at', millis, (col) => col.notNull())
          .addColumn('updated_at', millis, (col) => col.notNull())
          .execute();
        await db.schema
          .createIndex('openreset_users_email')
          .on('openreset_users')
          .column('email_key')
          .execute();
        await db.schema
          .createTable('openreset_user_groups')
          .addColumn('user_id', text, (col) =>
            col.notNull().references('openreset_users.id').onDelete('cascade'),
          )
          .addColumn('group_name', text, (col) => col.notNull())
          .addPrimaryKeyConstraint('openreset_user_groups_pk', ['user_id', 'group_name'])
          .execute();
      },
    },
    '0002_smart_lockout': {
      // Wrong passwords counted per account, and a lock that ends by itself (SqlDirectoryOptions.lockout).
      async up(db) {
        await db.schema
          .alterTable('openreset_users')
          .addColumn('failed_sign_ins', 'integer', (col) => col.notNull().defaultTo(0))
          .execute();
        await db.schema.alterTable('openreset_users').addColumn('failures_since', millis).execute();
        await db.schema.alterTable('openreset_users').addColumn('locked_until', millis).execute();
      },
    },
  };
}
