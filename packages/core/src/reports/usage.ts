import { accountContacts, provableKinds } from '../contacts/account-contacts.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import {
  RecoveryMethodKind,
  type RegistrationStore,
  type UserRegistration,
} from '../ports/storage.js';
import { decodeReportCursor, encodeReportCursor } from './report-paging.js';

/** Paging for the usage report. */
export interface UsageQuery {
  /** @default the tenant the reports were created for */
  tenantId?: string;
  /** Continue after the page that returned this cursor. */
  cursor?: string;
  /** Rows per page, 1-1000. @default 100 */
  limit?: number;
}

/** One user's self-service readiness: Entra's "Usage & insights" row. */
export interface UsageRow {
  userId: string;
  username: string;
  role: 'user' | 'admin';
  /** The user has enough distinct methods the policy enables to pass its gates. */
  registered: boolean;
  /** The policy lets the user use self-service (`enabled: all`, or `selected` and in a group). */
  enabled: boolean;
  /** `registered && enabled`: the user could reset now. */
  capable: boolean;
  /**
   * The kinds of recovery data the user has, in {@link RecoveryMethodKind} order: what they
   * registered, plus the directory's mobile, office phone and alternate email where the
   * policy's `useDirectoryMethods` counts them (as Entra does). Listed whether or not the
   * policy enables them.
   */
  methods: RecoveryMethodKind[];
}

/** One page of the usage report. */
export interface UsagePage {
  /** By user id, in the registration store's order. */
  rows: UsageRow[];
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** The report name in this report's cursors. */
const REPORT = 'usage';

/** Directory lookups run at once, at most. */
const LOOKUPS_AT_ONCE = 25;

const KIND_ORDER: readonly RecoveryMethodKind[] = Object.values(RecoveryMethodKind);

/**
 * A user's usage row under `policy`. `registered` is recovery's own rule
 * (`provableKinds`): the user can pass `gatesRequired` gates (an admin always 2) with kinds
 * of method the policy enables, one phone counting once however it is reached, security
 * questions only for non-admins with at least `questions.toAnswer` answers, a passkey or
 * an authenticator app once one is registered.
 */
export function evaluateUsage(
  user: DirectoryUser,
  registration: UserRegistration | null,
  policy: Policy,
): UsageRow {
  const kinds = new Set<RecoveryMethodKind>(
    (registration?.methods ?? []).map((method) => method.kind),
  );
  if (policy.useDirectoryMethods) {
    const { mobile, office, alternateEmail } = user.contact;
    if (mobile !== undefined) kinds.add('mobile');
    if (office !== undefined) kinds.add('office');
    if (alternateEmail !== undefined) kinds.add('email');
  }
  const contacts = accountContacts({ user, registration, policy, onSkipped: () => undefined });
  const provable = provableKinds(contacts, policy.methods);
  const gatesRequired = user.isAdmin ? 2 : policy.gatesRequired;
  const registered = provable.size >= gatesRequired;
  const enabled =
    policy.enabled === 'all' ||
    (policy.enabled === 'selected' && user.groups.some((group) => policy.groups.includes(group)));
  return {
    userId: user.id,
    username: user.username,
    role: user.isAdmin ? 'admin' : 'user',
    registered,
    enabled,
    capable: registered && enabled,
    methods: [...kinds].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)),
  };
}

/** What {@link readUsage} reads. */
export interface UsageSource {
  registrations: RegistrationStore;
  directory: Directory;
  policy: Policy;
  tenantId: string;
}

/** A page of users with their registrations, and where the next page starts. */
export interface UsersPage {
  entries: { user: DirectoryUser; registration: UserRegistration | null }[];
  /** The position to go on from (opaque to callers); absent on the last page. */
  next?: string;
}

/**
 * One page of the usage report: the users with a registration (see {@link readRegisteredUsers}).
 * Cost per page: O(limit + skipped) registrations read and looked up.
 */
export async function readUsage(
  source: UsageSource,
  query: UsageQuery,
  limit: number,
): Promise<UsagePage> {
  const after =
    query.cursor === undefined
      ? undefined
      : decodeReportCursor(query.cursor, REPORT, ['string'])[0];
  const page = await readRegisteredUsers(source, { after }, limit);
  return {
    rows: page.entries.map(({ user, registration }) =>
      evaluateUsage(user, registration, source.policy),
    ),
    nextCursor: page.next === undefined ? null : encodeReportCursor(REPORT, [page.next]),
  };
}

/**
 * A page of users with a stored registration, in `RegistrationStore.list` order from after
 * `position.after`, each looked up in the directory (up to 25 lookups at once): users the
 * directory no longer knows, and those `position.search` does not match (a username or email
 * prefix, case-insensitive), are passed over and more are read, so a page is full unless the
 * store is exhausted.
 */
export async function readRegisteredUsers(
  source: UsageSource,
  position: { after?: string | undefined; search?: string | undefined },
  limit: number,
): Promise<UsersPage> {
  const prefix = position.search?.normalize('NFKC').toLowerCase();
  const matches = (user: DirectoryUser) =>
    prefix === undefined ||
    [user.username, user.email ?? ''].some((name) =>
      name.normalize('NFKC').toLowerCase().startsWith(prefix),
    );
  const entries: UsersPage['entries'] = [];
  let after = position.after;
  for (;;) {
    // One more than the entries still missing, to learn whether another page follows.
    const wanted = Math.min(1000, limit - entries.length + 1);
    const batch = await source.registrations.list(source.tenantId, {
      limit: wanted,
      ...(after === undefined ? {} : { after }),
    });
    for (let index = 0; index < batch.length; index += LOOKUPS_AT_ONCE) {
      const slice = batch.slice(index, index + LOOKUPS_AT_ONCE);
      const users = await Promise.all(slice.map((r) => source.directory.getUser(r.userId)));
      for (const [at, registration] of slice.entries()) {
        const user = users[at] ?? null;
        if (user !== null && matches(user)) {
          if (entries.length === limit)
            return { entries, ...(after === undefined ? {} : { next: after }) };
          entries.push({ user, registration });
        }
        after = registration.userId;
      }
    }
    if (batch.length < wanted) return { entries };
  }
}
