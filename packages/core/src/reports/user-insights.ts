import type { RecoveryMethodKind } from '../ports/storage.js';
import { decodeReportCursor, encodeReportCursor, MAX_REPORT_LIMIT } from './report-paging.js';
import { evaluateUsage, readRegisteredUsers, type UsageSource, type UsersPage } from './usage.js';

/** Filters and paging of the user insights report (`reports.users`). */
export interface UserInsightsQuery {
  /** @default the tenant the reports were created for */
  tenantId?: string;
  /** Only users whose username or email starts with this (case-insensitive). */
  search?: string;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Users per page, 1-1000. @default 100 */
  limit?: number;
}

/** One user in usage & insights (`GET /admin/users`). */
export interface UserInsight {
  /** The directory id. */
  id: string;
  username: string;
  displayName?: string;
  email?: string;
  /** Entra's "registered": enough distinct methods for the policy's gates (see `evaluateUsage`). */
  registered: boolean;
  /** Entra's "enabled": in the policy's scope. */
  enabled: boolean;
  /** Entra's "capable": registered and enabled. */
  capable: boolean;
  /** The kinds of recovery data the user has (`UsageRow.methods`). */
  methods: RecoveryMethodKind[];
  lockedOut: boolean;
  disabled: boolean;
}

/** Counts over every user the query matches (not just the page). */
export interface UserInsightTotals {
  users: number;
  registered: number;
  enabled: number;
  capable: number;
  /** Users having each kind of recovery data. */
  byMethod: Partial<Record<RecoveryMethodKind, number>>;
}

/** One page of the user insights report (`reports.users`). */
export interface UserInsightsPage {
  users: UserInsight[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  next?: string;
  totals: UserInsightTotals;
}

/** What {@link readUserInsights} reads: the usage report's source. */
export type UserInsightsSource = UsageSource;

/** The report name in this report's cursors. */
const REPORT = 'users';

/** Registration reads run at once, at most. */
const READS_AT_ONCE = 25;

/**
 * Usage & insights over every user: with `Directory.listUsers`, the directory's users in its
 * order, each with its stored registration (users who never registered included); without
 * it, the users that have a stored registration (`search` then matches username and email
 * prefixes of those). Each user's registered / enabled / capable is `evaluateUsage`, the
 * one rule the usage report and recovery share. `totals` count every matching user, so
 * each call reads them all once: O(users) directory rows and registration reads.
 *
 * @throws {OpenResetError} `invalid_cursor` for a cursor this report did not return.
 */
export async function readUserInsights(
  source: UserInsightsSource,
  query: UserInsightsQuery,
  limit: number,
): Promise<UserInsightsPage> {
  const inner =
    query.cursor === undefined
      ? undefined
      : decodeReportCursor(query.cursor, REPORT, ['string'])[0];
  const page = await readUsersPage(source, query.search, inner, limit);
  const totals: UserInsightTotals = {
    users: 0,
    registered: 0,
    enabled: 0,
    capable: 0,
    byMethod: {},
  };
  let cursor: string | undefined;
  do {
    const all = await readUsersPage(source, query.search, cursor, MAX_REPORT_LIMIT);
    for (const { user, registration } of all.entries) {
      const row = evaluateUsage(user, registration, source.policy);
      totals.users += 1;
      if (row.registered) totals.registered += 1;
      if (row.enabled) totals.enabled += 1;
      if (row.capable) totals.capable += 1;
      for (const kind of row.methods) totals.byMethod[kind] = (totals.byMethod[kind] ?? 0) + 1;
    }
    cursor = all.next;
  } while (cursor !== undefined);
  return {
    users: page.entries.map(({ user, registration }) => {
      const row = evaluateUsage(user, registration, source.policy);
      return {
        id: user.id,
        username: user.username,
        ...(user.displayName === undefined ? {} : { displayName: user.displayName }),
        ...(user.email === undefined ? {} : { email: user.email }),
        registered: row.registered,
        enabled: row.enabled,
        capable: row.capable,
        methods: row.methods,
        lockedOut: user.lockedOut,
        disabled: user.disabled,
      };
    }),
    ...(page.next === undefined ? {} : { next: encodeReportCursor(REPORT, [page.next]) }),
    totals,
  };
}

/** One page of users from the directory's list, else from the stored registrations. */
async function readUsersPage(
  source: UserInsightsSource,
  search: string | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<UsersPage> {
  const { directory, registrations, tenantId } = source;
  if (directory.listUsers !== undefined) {
    const listed = await directory.listUsers({
      limit,
      ...(cursor === undefined ? {} : { cursor }),
      ...(search === undefined ? {} : { search }),
    });
    const entries: UsersPage['entries'] = [];
    for (let index = 0; index < listed.users.length; index += READS_AT_ONCE) {
      const slice = listed.users.slice(index, index + READS_AT_ONCE);
      const found = await Promise.all(slice.map((user) => registrations.get(tenantId, user.id)));
      slice.forEach((user, position) => {
        entries.push({ user, registration: found[position] ?? null });
      });
    }
    return { entries, ...(listed.next === undefined ? {} : { next: listed.next }) };
  }
  return readRegisteredUsers(source, { search, after: cursor }, limit);
}
