import type { AuditTarget } from '../audit/audit-event.js';
import type { OutboxWriter } from '../outbox/create-outbox-writer.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Clock } from '../ports/clock.js';
import type { Directory, DirectoryUser } from '../ports/directory.js';
import type { UserRegistration } from '../ports/storage.js';
import type { MessageTemplates } from './message-templates.js';
import { type NoticeInput, renderNotice } from './render-messages.js';

/** One notice to queue. */
export interface NoticeRequest {
  tenantId: string;
  /** The flow or request it belongs to. */
  correlationId: string;
  /** Whom it is about. */
  user: DirectoryUser;
  target: AuditTarget;
  kind: NoticeInput['kind'];
  /** The addresses to mail. */
  to: readonly string[];
  locale: Policy['defaultLocale'];
  policy: Policy;
  /** The method the notice is about, for method notices. */
  method?: NoticeInput['method'];
  /** The masked value of that method. */
  hint?: string;
  /** How long self-service stays blocked, for `self_service_blocked`. */
  hours?: number;
  /** The time the notice names (for `password_expiring`, the expiry). @default now */
  time?: Date;
  /** Who did it (display name or username), for `admin_reset_by_admin`. */
  actor?: string;
}

/** Queues branded, localized notices in the outbox (never waits on a mail server). */
export interface Notifier {
  notify(request: NoticeRequest): Promise<void>;
}

/** What {@link createNotifier} needs. */
export interface NotifierDependencies {
  outbox: OutboxWriter;
  clock: Clock;
  /** Whether an email sender is configured; without one, notices are not queued. */
  canEmail: boolean;
  /** The host's own message texts (`options.messages`). @default the shipped texts */
  templates?: MessageTemplates;
}

/** Creates the {@link Notifier}. */
export function createNotifier({
  outbox,
  clock,
  canEmail,
  templates,
}: NotifierDependencies): Notifier {
  return {
    async notify(request) {
      if (!canEmail) return;
      const time = request.time ?? clock.now();
      for (const to of request.to) {
        await outbox.enqueue({
          tenantId: request.tenantId,
          purpose: `${request.kind}_notice`,
          correlationId: request.correlationId,
          payload: {
            channel: 'email',
            target: request.target,
            message: renderNotice({
              kind: request.kind,
              to,
              locale: request.locale,
              branding: request.policy.branding,
              helpdesk: request.policy.helpdesk,
              user: request.user.displayName ?? request.user.username,
              time,
              ...(request.method === undefined ? {} : { method: request.method }),
              ...(request.hint === undefined ? {} : { hint: request.hint }),
              ...(request.hours === undefined ? {} : { hours: request.hours }),
              ...(request.actor === undefined ? {} : { actor: request.actor }),
              ...(templates === undefined ? {} : { templates }),
            }),
          },
        });
      }
    },
  };
}

/**
 * Every address a user is notified at: the directory's email and alternate email and the
 * registered recovery emails, each once (compared in NFKC lower case).
 */
export function notificationAddresses(
  user: DirectoryUser,
  registration: UserRegistration | null,
): string[] {
  return uniqueAddresses([
    user.email,
    user.contact.alternateEmail,
    ...(registration?.methods ?? []).filter((m) => m.kind === 'email').map((m) => m.value),
  ]);
}

/** The addresses, each once, compared in NFKC lower case; empty ones dropped. */
export function uniqueAddresses(values: ReadonlyArray<string | undefined>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    if (value !== undefined && value.length > 0) {
      const key = value.normalize('NFKC').toLowerCase();
      if (!seen.has(key)) seen.set(key, value);
    }
  }
  return [...seen.values()];
}

/** The most administrators one notice goes to (as Entra's "notify all admins"). */
export const MAX_ADMIN_RECIPIENTS = 100;

/**
 * The administrators' addresses (`Directory.listAdminEmails`) but `except` (the account's own
 * addresses), each once, at most {@link MAX_ADMIN_RECIPIENTS}. An unreachable directory
 * gives none rather than failing what the notice is about.
 */
export async function otherAdminAddresses(
  directory: Pick<Directory, 'listAdminEmails'>,
  except: readonly string[],
): Promise<string[]> {
  const skip = new Set(except.map((address) => address.normalize('NFKC').toLowerCase()));
  const admins = uniqueAddresses(await directory.listAdminEmails().catch(() => []));
  return admins
    .filter((address) => !skip.has(address.normalize('NFKC').toLowerCase()))
    .slice(0, MAX_ADMIN_RECIPIENTS);
}
