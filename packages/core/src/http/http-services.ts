import type { SignInChecks } from '../account/sign-in-check.js';
import type { AdminService } from '../admin/admin-service.js';
import type { HelpdeskService } from '../admin/helpdesk-service.js';
import type { AltchaCaptcha } from '../captcha/altcha-captcha.js';
import type { ChangeService } from '../change/change-service.js';
import type { RateLimit } from '../limits/rate-limit.js';
import type { Captcha } from '../ports/captcha.js';
import type { RecoveryService } from '../recovery/recovery-service.js';
import type { RegistrationService } from '../registration/registration-service.js';
import type { Reports } from '../reports/create-reports.js';

/** What the handler serves: the engine's services, as `createOpenReset` builds them. */
export interface HttpServices {
  recovery: RecoveryService;
  registration: RegistrationService;
  change: ChangeService;
  admin: AdminService;
  /** The engine's counters, for the per-IP limits (`createRateLimit`). */
  rateLimit: Pick<RateLimit, 'hit'>;
  /** Activity reports (`createReports`); without them the `/admin/reports/*` routes answer 501. */
  reports?: Reports;
  /** Helpdesk actions (`createHelpdeskService`); without it `/admin/users/{id}/*` answer 501. */
  helpdesk?: HelpdeskService;
  /**
   * Which message channels have a sender. When given, `GET /config` leaves out methods that
   * cannot be used (SMS without an SMS sender).
   * @default every method the policy enables is shown
   */
  channels?: { sms: boolean; voice: boolean; email: boolean; passkey?: boolean };
  /**
   * The engine's captcha: `GET /config` names it, and an ALTCHA one (with `challenge`)
   * serves `GET /captcha/challenge` (otherwise 501).
   */
  captcha?: Captcha & Partial<Pick<AltchaCaptcha, 'challenge'>>;
  /** The sign-in check (`createSignInChecks`); without it `/me/sign-in-check` answers 501. */
  signIn?: SignInChecks;
  /**
   * The storage's transaction (`Storage.transaction`): each POST, PUT, PATCH and DELETE runs
   * in one, so its writes commit once. A refusal (any 4xx: a wrong code, a limit) commits
   * what it counted; a fault (5xx) rolls the request's writes back.
   * @default each write commits on its own
   */
  transaction?: <T>(fn: () => Promise<T>) => Promise<T>;
}

const REQUIRED_SERVICES = ['recovery', 'registration', 'change', 'admin', 'rateLimit'] as const;

/**
 * Checks that every required service is there.
 *
 * @throws {TypeError} naming the first one missing.
 */
export function checkHttpServices(services: HttpServices): void {
  if (services === null || typeof services !== 'object') {
    throw new TypeError('services are required');
  }
  for (const name of REQUIRED_SERVICES) {
    if (services[name] === undefined) throw new TypeError(`services.${name} is required`);
  }
}
