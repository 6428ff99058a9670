import { type ColumnType, type RawBuilder, sql } from 'kysely';
import type { SqlDialect } from './sql-database.js';

/**
 * An instant as integer epoch milliseconds (`bigint` on PostgreSQL, `integer` on SQLite), exact
 * to the millisecond in both. `pg` returns `bigint` as a string, hence the select type.
 */
export type Millis = ColumnType<number | string, number, number>;

/** A nullable {@link Millis}. */
export type NullableMillis = ColumnType<number | string | null, number | null, number | null>;

/** JSON: `jsonb` on PostgreSQL (read back parsed), `text` on SQLite (read back as a string). */
export type Json = ColumnType<unknown, string, string>;

/** A flag as 0 or 1 (`smallint` on PostgreSQL, `integer` on SQLite: better-sqlite3 binds no booleans). */
export type Flag = ColumnType<number, number, number>;

/** Epoch milliseconds of a date. */
export function toMillis(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new TypeError('a date is invalid');
  return ms;
}

/** A date from a stored {@link Millis} value. */
export function fromMillis(value: number | string): Date {
  return new Date(Number(value));
}

/** A date or `null` from a stored nullable {@link Millis} value. */
export function fromNullableMillis(value: number | string | null): Date | null {
  return value === null ? null : fromMillis(value);
}

/** The text a JSON column stores. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** A JSON column's value, parsed (SQLite hands back text; PostgreSQL's `jsonb` comes parsed). */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** `1` for true, `0` for false. */
export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}

/**
 * Column types per dialect. Text columns use the "C" collation on PostgreSQL so ids compare
 * and sort in code-point order, as the contracts and SQLite's BINARY collation do.
 */
export function columnTypes(dialect: SqlDialect): {
  text: RawBuilder<unknown>;
  millis: RawBuilder<unknown>;
  json: RawBuilder<unknown>;
  flag: RawBuilder<unknown>;
} {
  return dialect === 'postgres'
    ? {
        text: sql`text collate "C"`,
        millis: sql`bigint`,
        json: sql`jsonb`,
        flag: sql`smallint`,
      }
    : { text: sql`text`, millis: sql`integer`, json: sql`text`, flag: sql`integer` };
}

/**
 * True for a unique or primary-key violation: PostgreSQL SQLSTATE 23505, or SQLite's
 * `SQLITE_CONSTRAINT_PRIMARYKEY` / `SQLITE_CONSTRAINT_UNIQUE`.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
