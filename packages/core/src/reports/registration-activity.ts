import type { MethodType } from '../methods/recovery-method.js';
import type { AuditStore } from '../ports/storage.js';
import { readAuditRows } from './report-paging.js';

/** What a registration-activity row records. */
export const RegistrationAction = {
  /** A method was added, replaced or verified (`registration.method_registered`). */
  Registered: 'registered',
  /** A method was removed (`registration.method_removed`). */
  Removed: 'removed',
  /** The user confirmed their methods are still right (`registration.reconfirmed`). */
  Reconfirmed: 'reconfirmed',
} as const;

/** The union of {@link RegistrationAction} values. */
export type RegistrationAction = (typeof RegistrationAction)[keyof typeof RegistrationAction];

/** Filters and paging for the registration-activity report. */
export interface RegistrationActivityQuery {
  /** @default the tenant the reports were created for */
  tenantId?: string;
  /** Events at or after this instant. */
  from: Date;
  /** Events strictly before this instant. */
  to: Date;
  /** Only this account's activity (directory id). */
  userId?: string;
  /** Only methods of this type registered or removed (no `reconfirmed` rows then). */
  method?: MethodType;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Rows per page, 1-1000. @default 100 */
  limit?: number;
}

/** One registration event: Entra's "Registration activity" row. */
export interface RegistrationActivityRow {
  userId: string;
  /** The sign-in name at the time of the event. */
  username: string;
  role: 'user' | 'admin';
  /** When, ISO 8601 UTC. */
  time: string;
  action: RegistrationAction;
  /** The method registered or removed ("Data registered"); absent for `reconfirmed`. */
  method?: MethodType;
}

/** One page of the registration-activity report. */
export interface RegistrationActivityPage {
  /** Newest first. */
  rows: RegistrationActivityRow[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

const ACTIONS = {
  'registration.method_registered': RegistrationAction.Registered,
  'registration.method_removed': RegistrationAction.Removed,
  'registration.reconfirmed': RegistrationAction.Reconfirmed,
} as const;

const TYPES = Object.keys(ACTIONS) as (keyof typeof ACTIONS)[];

/** The report name in this report's cursors. */
const REPORT = 'registration';

/**
 * One page of registration activity: the audit store's own page of registration events,
 * its cursor wrapped, so a page costs one or a few `audit.query` calls whatever the range.
 * Events without a target (none are written today) are skipped, and the next query asks
 * for just the rows still missing, so a page is full unless the range is exhausted.
 * Cost: O(limit) rows read per page, plus the store's seek.
 */
export async function readRegistrationActivity(
  audit: AuditStore,
  tenantId: string,
  query: RegistrationActivityQuery,
  limit: number,
): Promise<RegistrationActivityPage> {
  const filter = {
    tenantId,
    from: query.from,
    to: query.to,
    types: TYPES,
    ...(query.userId === undefined ? {} : { userId: query.userId }),
  };
  return readAuditRows(
    audit,
    REPORT,
    { filter, cursor: query.cursor, limit },
    (event): RegistrationActivityRow | undefined => {
      if (event.target === undefined || !(event.type in ACTIONS)) return undefined;
      // Filtered here, over the store's pages: the next query asks for the rows still missing.
      if (query.method !== undefined && (!('method' in event) || event.method !== query.method))
        return undefined;
      return {
        userId: event.target.userId,
        username: event.target.username,
        role: event.target.role,
        time: new Date(Date.parse(event.time)).toISOString(),
        action: ACTIONS[event.type as keyof typeof ACTIONS],
        ...('method' in event ? { method: event.method } : {}),
      };
    },
  );
}
