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

/**
 * One page of the usage report: registrations in `RegistrationStore.list` order, each
 * looked up in the directory (up to 25 lookups at once); users the directory no longer
 * knows are skipped and more registrations are read, so a page is full unless the store
 * is exhausted. Cost per page: O(limit + skipped) registrations read and looked up.
 */
export async function readUsage(
  source: UsageSource,
  query: UsageQuery,
  limit: number,
): Promise<UsagePage> {
  let after =
    query.cursor === undefined
      ? undefined
      : decodeReportCursor(query.cursor, REPORT, ['string'])[0];
  const rows: UsageRow[] = [];
  let more = false;
  // One more than the rows still missing, to learn whether another page follows.
  for (;;) {
    const wanted = Math.min(1000, limit - rows.length + 1);
    const batch = await source.registrations.list(source.tenantId, {
      limit: wanted,
      ...(after === undefined ? {} : { after }),
    });
    for (let index = 0; index < batch.length && !more; index += LOOKUPS_AT_ONCE) {
      const slice = batch.slice(index, index + LOOKUPS_AT_ONCE);
      const users = await Promise.all(slice.map((r) => source.directory.getUser(r.userId)));
      for (const [position, registration] of slice.entries()) {
        if (rows.length === limit) {
          more = true;
          break;
        }
        const user = users[position] ?? null;
        after = registration.userId;
        if (user !== null) rows.push(evaluateUsage(user, registration, source.policy));
      }
    }
    if (more || batch.length < wanted) break;
  }
  return {
    rows,
    nextCursor: more && after !== undefined ? encodeReportCursor(REPORT, [after]) : null,
  };
}
