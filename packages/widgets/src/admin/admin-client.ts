import type {
  AuditPageJson,
  DirectoryHealthJson,
  PolicyIssue,
  PolicyStateJson,
  RegistrationActivityRow,
  ResetActivityRow,
  ResetActivityTotals,
  TemporaryAccessPassJson,
  UpdatePolicyBody,
  UsersPageJson,
} from '@openreset/core';
import { ClientError, ClientErrorCode } from '../client/client-error.js';
import { type CreateClientOptions, createCaller } from '../client/create-client.js';

/** A JSON schema (draft 2020-12, as `z.toJSONSchema` writes it). */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: (string | number)[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  description?: string;
}

/** A policy as `GET /admin/policy` answers it: every field, defaults filled in (core's `Policy`). */
export type PolicyJson = PolicyStateJson['policy'];

/**
 * A policy as `PUT /admin/policy` takes it: any object (a form's draft, values typed in
 * included); the server fills in the defaults and names every bad field (`invalid_policy`).
 */
export type PolicyDraftJson = UpdatePolicyBody['policy'];

/** One issue of an `invalid_policy` refusal: where (`a.b.0.c`), what, and the bound (core's `PolicyIssue`). */
export type PolicyIssueJson = PolicyIssue;

export type {
  AuditPageJson,
  DirectoryHealthJson,
  PolicyStateJson,
  TemporaryAccessPassJson,
  UsersPageJson,
};
/** One user of usage & insights (`GET /admin/users`): Entra's registered, enabled, capable. */
export type AdminUserJson = UsersPageJson['users'][number];
/** Counts over every user of usage & insights. */
export type UserTotalsJson = UsersPageJson['totals'];
/** An audit event as stored (its other fields depend on its `type`). */
export type AuditEventJson = AuditPageJson['events'][number];

/** One row of `GET /admin/reports/resets` (core's `ResetActivityRow`). */
export type ResetRowJson = ResetActivityRow;

/** One row of `GET /admin/reports/registrations` (core's `RegistrationActivityRow`). */
export type RegistrationRowJson = RegistrationActivityRow;

/** The reset report's totals over the whole range (core's `ResetActivityTotals`). */
export type ResetTotalsJson = ResetActivityTotals;

/** A page of a report (`totals` for resets only). */
export interface ReportPageJson<Row, Totals = undefined> {
  rows: Row[];
  nextCursor: string | null;
  totals?: Totals;
}

/** Filters of the reports and the audit viewer (ISO instants; the range is [`from`, `to`)). */
export interface ActivityQuery {
  from?: string;
  to?: string;
  result?: string;
  type?: string;
  /** A method type (`mobileSms`, `email`, ...): the reset and registration reports. */
  method?: string;
  /** A directory id. */
  user?: string;
  cursor?: string;
  limit?: number;
}

/** The reports {@link AdminClient.csv} can download. */
export type ActivityReport = 'resets' | 'registrations' | 'users' | 'audit';

/** A user's recovery contacts as the helpdesk sets them (`null` removes one). */
export interface UserContactJson {
  office?: string | null;
  mobile?: string | null;
  email?: string | null;
}

/** Typed calls to the `/admin` routes. Each resolves with the body or throws `ClientError`. */
export interface AdminClient {
  /** `GET /admin/policy`. */
  getPolicy(): Promise<PolicyStateJson>;
  /** `PUT /admin/policy`: refused with `conflict` when `expectedRevision` is stale. */
  updatePolicy(policy: PolicyDraftJson, expectedRevision?: number): Promise<PolicyStateJson>;
  /** The policy's JSON schema, from `GET /openapi.json` (the schema the server validates with). */
  policySchema(): Promise<JsonSchema>;
  /** `GET /admin/directory/status` (a server without history answers its one check). */
  directoryStatus(): Promise<DirectoryHealthJson>;
  /** `GET /admin/users`: usage & insights over every user. */
  listUsers(query?: { search?: string; cursor?: string; limit?: number }): Promise<UsersPageJson>;
  /** `POST /admin/users/{id}/password`: without `newPassword`, a generated one (returned once). */
  resetUserPassword(
    userId: string,
    input?: { newPassword?: string; mustChange?: boolean },
  ): Promise<{ password?: string }>;
  /** `POST /admin/users/{id}/unlock`. */
  unlockUser(userId: string): Promise<void>;
  /** `PUT /admin/users/{id}/contact`. */
  setUserContact(userId: string, contact: UserContactJson): Promise<{ contact: UserContactJson }>;
  /** `POST /admin/users/{id}/temporary-access-pass`: the pass, shown once. */
  issueTemporaryAccessPass(
    userId: string,
    input?: { lifetimeMinutes?: number; singleUse?: boolean },
  ): Promise<TemporaryAccessPassJson>;
  /** `DELETE /admin/users/{id}/temporary-access-pass`. */
  revokeTemporaryAccessPass(userId: string): Promise<void>;
  /** `GET /admin/reports/resets`. */
  resetReport(query?: ActivityQuery): Promise<ReportPageJson<ResetRowJson, ResetTotalsJson>>;
  /** `GET /admin/reports/registrations`. */
  registrationReport(query?: ActivityQuery): Promise<ReportPageJson<RegistrationRowJson>>;
  /** `GET /admin/audit`. */
  audit(query?: ActivityQuery): Promise<AuditPageJson>;
  /** A whole report (no paging) as CSV text. */
  csv(report: ActivityReport, query?: ActivityQuery): Promise<string>;
}

/** Which filters each route takes (the others are refused as unknown query fields). */
const QUERY_FIELDS: Record<ActivityReport, readonly (keyof ActivityQuery)[]> = {
  resets: ['from', 'to', 'result', 'method', 'user', 'cursor', 'limit'],
  registrations: ['from', 'to', 'method', 'user', 'cursor', 'limit'],
  users: ['cursor', 'limit'],
  audit: ['from', 'to', 'type', 'result', 'user', 'cursor', 'limit'],
};

const PATHS: Record<ActivityReport, string> = {
  resets: '/admin/reports/resets',
  registrations: '/admin/reports/registrations',
  users: '/admin/users',
  audit: '/admin/audit',
};

/** Where each report's CSV comes from: usage & insights' is the usage report's export. */
const CSV_PATHS: Record<ActivityReport, string> = { ...PATHS, users: '/admin/reports/users' };

/** `path?a=1&b=2` with the query's fields that `report` takes and that are set. */
function withQuery(
  report: ActivityReport,
  query: ActivityQuery,
  extra: string[][] = [],
  paths: Record<ActivityReport, string> = PATHS,
): string {
  const params = new URLSearchParams(extra);
  for (const field of QUERY_FIELDS[report]) {
    const value = query[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  const text = params.toString();
  return text === '' ? paths[report] : `${paths[report]}?${text}`;
}

const userPath = (userId: string, rest: string) =>
  `/admin/users/${encodeURIComponent(userId)}/${rest}`;

/**
 * Creates the client of `<openreset-admin>` and `<openreset-activity>`: the same options as
 * `createClient` (a `baseUrl` with the admin's cookie or `headers`, or an in-page `handler`).
 *
 * @throws {TypeError} when neither `baseUrl` nor `handler` is given.
 *
 * @example
 * ```ts
 * const admin = createAdminClient({ baseUrl: '/api/openreset' });
 * const { policy, revision } = await admin.getPolicy();
 * ```
 */
export function createAdminClient(options: CreateClientOptions): AdminClient {
  const call = createCaller(options);
  let schema: Promise<JsonSchema> | undefined;
  return {
    getPolicy: () => call('GET', '/admin/policy'),
    updatePolicy: (policy, expectedRevision) =>
      call('PUT', '/admin/policy', {
        policy,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      }),
    policySchema() {
      schema ??= call<OpenApiDocument>('GET', '/openapi.json').then(policySchemaOf);
      // A failed load is tried again next time.
      schema.catch(() => {
        schema = undefined;
      });
      return schema;
    },
    directoryStatus: () => call<DirectoryHealthJson>('GET', '/admin/directory/status'),
    listUsers: (query = {}) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') params.set(key, String(value));
      }
      const text = params.toString();
      return call('GET', text === '' ? '/admin/users' : `/admin/users?${text}`);
    },
    resetUserPassword: (userId, input = {}) => call('POST', userPath(userId, 'password'), input),
    unlockUser: (userId) => call('POST', userPath(userId, 'unlock'), {}),
    setUserContact: (userId, contact) => call('PUT', userPath(userId, 'contact'), contact),
    issueTemporaryAccessPass: (userId, input = {}) =>
      call('POST', userPath(userId, 'temporary-access-pass'), input),
    // State-changing requests carry a JSON body, an empty one here (the server refuses 415).
    revokeTemporaryAccessPass: (userId) =>
      call('DELETE', userPath(userId, 'temporary-access-pass'), {}),
    resetReport: (query = {}) => call('GET', withQuery('resets', query)),
    registrationReport: (query = {}) => call('GET', withQuery('registrations', query)),
    audit: (query = {}) => call('GET', withQuery('audit', query)),
    csv: (report, query = {}) => {
      const { cursor: _cursor, limit: _limit, ...whole } = query;
      const extra = report === 'audit' ? [['format', 'csv']] : [];
      return call('GET', withQuery(report, whole, extra, CSV_PATHS), undefined, 'text/csv');
    },
  };
}

interface OpenApiDocument {
  paths?: Record<
    string,
    {
      get?: {
        responses?: Record<
          string,
          { content?: Record<string, { schema?: { properties?: Record<string, JsonSchema> } }> }
        >;
      };
    }
  >;
}

/**
 * The policy's schema in the OpenAPI document: the `policy` of `GET /admin/policy`'s answer
 * (`invalid_response` when the document has none).
 */
function policySchemaOf(document: OpenApiDocument): JsonSchema {
  const policy =
    document.paths?.['/admin/policy']?.get?.responses?.['200']?.content?.['application/json']
      ?.schema?.properties?.policy;
  if (policy?.properties === undefined) {
    throw new ClientError(ClientErrorCode.InvalidResponse, 200);
  }
  return policy;
}
