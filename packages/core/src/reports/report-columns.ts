import type { RegistrationActivityRow } from './registration-activity.js';
import type { ResetActivityRow } from './reset-activity.js';
import type { CsvColumn } from './to-csv.js';
import type { UsageRow } from './usage.js';

/**
 * The CSV columns of the reset-activity export: Entra's (user, role, date, methods used,
 * result, details) plus the user id, intent and flow id. Methods are joined with `;`.
 */
export const RESET_ACTIVITY_COLUMNS: readonly CsvColumn<ResetActivityRow>[] = [
  { header: 'time', value: (row) => row.time },
  { header: 'userId', value: (row) => row.userId },
  { header: 'username', value: (row) => row.username },
  { header: 'role', value: (row) => row.role },
  { header: 'intent', value: (row) => row.intent },
  { header: 'methods', value: (row) => row.methods.join(';') },
  { header: 'result', value: (row) => row.result },
  { header: 'detail', value: (row) => row.detail },
  { header: 'flowId', value: (row) => row.flowId },
];

/** The CSV columns of the registration-activity export (Entra's, plus the user id and action). */
export const REGISTRATION_ACTIVITY_COLUMNS: readonly CsvColumn<RegistrationActivityRow>[] = [
  { header: 'time', value: (row) => row.time },
  { header: 'userId', value: (row) => row.userId },
  { header: 'username', value: (row) => row.username },
  { header: 'role', value: (row) => row.role },
  { header: 'action', value: (row) => row.action },
  { header: 'method', value: (row) => row.method },
];

/** The CSV columns of the usage export. Methods are joined with `;`. */
export const USAGE_COLUMNS: readonly CsvColumn<UsageRow>[] = [
  { header: 'userId', value: (row) => row.userId },
  { header: 'username', value: (row) => row.username },
  { header: 'role', value: (row) => row.role },
  { header: 'registered', value: (row) => row.registered },
  { header: 'enabled', value: (row) => row.enabled },
  { header: 'capable', value: (row) => row.capable },
  { header: 'methods', value: (row) => row.methods.join(';') },
];
