import { z } from 'zod';
import { isCallingCode } from '../contacts/calling-code.js';
import { methodKind, POLICY_METHOD_TYPES } from '../methods/recovery-method.js';
import { predefinedQuestion } from '../questions/predefined-questions.js';
import { contrastRatio, TEXT_CONTRAST } from './contrast.js';
import { Locale } from './locales.js';

/** The supported locales, defined in `./locales.ts` (no zod there, for the widgets). */
export { Locale };

/** Shortest and longest security-question answer, in code points (Entra's range). */
export const ANSWER_LENGTH = { min: 3, max: 40 } as const;

/** Longest custom security question, in characters (Entra's limit). */
export const CUSTOM_QUESTION_MAX_LENGTH = 200;

/** Most security questions a policy may offer, predefined and custom together (Entra's limit). */
export const QUESTIONS_MAX_DEFINED = 20;

/** Most custom banned-password terms, and their length range (Entra's limits). */
export const CUSTOM_BANNED_TERMS = { max: 1000, minLength: 4, maxLength: 16 } as const;

const codePoints = (value: string) => [...value].length;

const https = z
  .url({ protocol: /^https$/ })
  .max(2048)
  .describe('An absolute https URL');

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected #rrggbb' });

const customBannedTerm = z
  .string()
  .trim()
  .refine((term) => codePoints(term) >= CUSTOM_BANNED_TERMS.minLength, {
    message: `at least ${CUSTOM_BANNED_TERMS.minLength} characters`,
    params: { reason: 'term_too_short' },
  })
  .refine((term) => codePoints(term) <= CUSTOM_BANNED_TERMS.maxLength, {
    message: `at most ${CUSTOM_BANNED_TERMS.maxLength} characters`,
    params: { reason: 'term_too_long' },
  });

const passwordPolicy = z
  .strictObject({
    /** Shortest password in code points after NFKC (NIST 800-63B 3.1.1.2; ASVS 4 2.1.1 says 12). */
    minLength: z.int().min(8).max(256).default(12),
    /** Longest password in code points; longer ones are refused, never truncated. */
    maxLength: z.int().min(64).max(1024).default(256),
    /** The admin's own banned terms, matched like Entra's custom list (case-insensitive, fuzzy). */
    customBannedTerms: z.array(customBannedTerm).max(CUSTOM_BANNED_TERMS.max).default([]),
    /** How many previous passwords may not be reused (0 = no history check). */
    historyCount: z.int().min(0).max(24).default(5),
    /** Check candidates against the breached-password port. */
    checkBreached: z.boolean().default(true),
    /**
     * Maximum password age in days; 0 turns expiry off, which is the default because
     * NIST 800-63B 3.1.1.2 advises against periodic changes. Otherwise 14-730 (Entra's range).
     * A directory's own expiry (`DirectoryUser.passwordExpiresAt`: ppolicy's `pwdMaxAge`, AD's
     * `maxPwdAge`) wins for the users it gives one, whatever this says.
     */
    maxAgeDays: z
      .int()
      .min(0)
      .max(730)
      .refine((days) => days === 0 || days >= 14, {
        message: '0 (off) or 14-730',
        params: { reason: 'expiry_too_short' },
      })
      .default(0),
    /** Days before expiry that users are warned (Entra: 1-30). */
    expiryWarningDays: z.int().min(1).max(30).default(14),
  })
  .prefault({});

const customQuestion = z.strictObject({
  /** A stable id chosen by the admin; answers are stored against it. */
  id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
  /** The question as users see it; custom questions are not localized (as in Entra). */
  text: z.string().trim().min(1).max(CUSTOM_QUESTION_MAX_LENGTH),
});

const questionsPolicy = z
  .strictObject({
    /** How many questions a user registers (Entra: 3-5). */
    toRegister: z.int().min(3).max(5).default(3),
    /** How many random registered questions a reset asks (Entra: 3-5, never more than registered). */
    toAnswer: z.int().min(3).max(5).default(3),
    /** Ids of the predefined, localized questions offered (see `PREDEFINED_QUESTIONS`). */
    predefined: z
      .array(
        z.string().refine((id) => predefinedQuestion(id) !== undefined, {
          message: 'not a predefined question id',
          params: { reason: 'unknown_question' },
        }),
      )
      .default([]),
    /** The admin's own questions. */
    custom: z.array(customQuestion).default([]),
  })
  .prefault({})
  .superRefine((questions, context) => {
    if (questions.toAnswer > questions.toRegister) {
      context.addIssue({
        code: 'custom',
        path: ['toAnswer'],
        message: 'cannot ask more questions than users register',
        params: { reason: 'answer_exceeds_register' },
      });
    }
    const defined = questions.predefined.length + questions.custom.length;
    if (defined > QUESTIONS_MAX_DEFINED) {
      context.addIssue({
        code: 'too_big',
        origin: 'array',
        maximum: QUESTIONS_MAX_DEFINED,
        inclusive: true,
        path: ['custom'],
        message: `at most ${QUESTIONS_MAX_DEFINED} questions in all`,
      });
    }
    const ids = [...questions.predefined, ...questions.custom.map((question) => question.id)];
    if (new Set(ids).size !== ids.length) {
      context.addIssue({
        code: 'custom',
        path: ['custom'],
        message: 'question ids must be unique',
        params: { reason: 'duplicate_question_id' },
      });
    }
  });

const limitsPolicy = z
  .strictObject({
    /** Codes sent to one method per hour (Entra: 5). */
    sendsPerMethodPerHour: z.int().min(1).max(50).default(5),
    /** Emails per account per 10 minutes (Entra: 10). */
    emailsPerTenMinutes: z.int().min(1).max(100).default(10),
    /** Failed proofs per account in 24 hours before it is blocked (Entra: 5). */
    failedProofsPerDay: z.int().min(1).max(50).default(5),
    /** Hours an account stays blocked from self-service after too many failed proofs (Entra: 24). */
    blockHours: z.int().min(1).max(168).default(24),
    /** Resets per account per hour (Entra: 5). */
    resetsPerHour: z.int().min(1).max(50).default(5),
    /** Consecutive failures per account before self-service stops for good (NIST 800-63B 5.2.2: at most 100). */
    maxConsecutiveFailures: z.int().min(1).max(100).default(100),
    /** SMS and voice sends per client IP per hour (SMS pumping). */
    phoneSendsPerIpPerHour: z.int().min(1).max(10_000).default(10),
    /** SMS and voice sends per tenant per hour (SMS pumping, cost). */
    phoneSendsPerHour: z.int().min(1).max(1_000_000).default(500),
    /**
     * Country calling codes (digits, e.g. `"31"`, `"1"`) that SMS and voice may reach; empty
     * allows every country. Set it to the countries your users live in. Each must be a
     * calling code in service (libphonenumber-js's list, non-geographic codes such as
     * `"882"` included): any other is refused with reason `unknown_calling_code`.
     */
    phoneCountryCallingCodes: z
      .array(
        z
          .string()
          .regex(/^[1-9]\d{0,2}$/, { abort: true })
          .refine(isCallingCode, {
            message: 'not a country calling code in service',
            params: { reason: 'unknown_calling_code' },
          }),
      )
      .default([]),
  })
  .prefault({});

/**
 * The tenant policy schema. Every knob has a secure default, so `parsePolicy({})` gives
 * a policy that is safe to run. Ranges follow Microsoft Entra SSPR where it has one.
 */
export const policySchema = z
  .strictObject({
    /** Who may use self-service reset: nobody, everybody, or members of `groups`. */
    enabled: z.enum(['none', 'all', 'selected']).default('all'),
    /** Directory groups allowed when `enabled` is `"selected"`. */
    groups: z.array(z.string().min(1).max(256)).max(100).default([]),
    /**
     * Methods a user must pass to reset (1 or 2). Admins always need 2, whatever this says.
     * Two gates need two distinct supported methods enabled (texting and calling one phone
     * is one): otherwise reason `not_enough_methods`.
     */
    gatesRequired: z.int().min(1).max(2).default(1),
    /**
     * Methods users may register and use. Security questions are off by default (ASVS L1);
     * `passkey` needs the engine's `webauthn` option, without which it is not offered.
     * Refused: a method listed twice (reason `duplicate_method`), and a list that leaves
     * admins fewer than two distinct kinds other than security questions (mobile by SMS or
     * voice, office voice, email, passkey, authenticator app), since admins always pass two
     * gates and never use security questions (reason `admins_need_two_methods`).
     */
    methods: z
      .array(z.enum(POLICY_METHOD_TYPES))
      .min(1)
      .default(['mobileSms', 'mobileVoice', 'email'])
      .refine((methods) => new Set(methods).size === methods.length, {
        message: 'methods must be unique',
        params: { reason: 'duplicate_method' },
      }),
    questions: questionsPolicy,
    /**
     * MFA-aware recovery (NIST SP 800-63B 6.1.2.3, OWASP ASVS 5.0 6.4.3): a user who has a
     * passkey or an authenticator app registered must pass one of them as one of the gates,
     * so a reset never lets them around their strongest factor. When their other proofs
     * come first, the flow asks for one more gate. On by default.
     */
    mfaAwareRecovery: z.boolean().default(true),
    /**
     * Admins must pass a passkey (phishing-resistant, NIST AAL3-style) as one of their two
     * gates; an admin without one cannot reset by self-service. Needs `passkey` in `methods`
     * (reason `passkey_not_enabled`).
     */
    adminsRequirePasskey: z.boolean().default(false),
    /** Require users to register recovery methods at sign-in. */
    requireRegistration: z.boolean().default(true),
    /** Days after which users are asked to reconfirm their methods (0 = never; Entra: 0-730). */
    reconfirmDays: z.int().min(0).max(730).default(180),
    /**
     * "Remind me later" at the sign-in check (`signInCheck`), for registration and
     * reconfirmation (as Entra's registration campaign: days allowed to snooze, limited
     * snoozes). A postponed request is not asked again for `postponeDays` (0: at the next
     * sign-in); after `maxPostpones` postpones it can no longer be skipped. The count starts
     * again once the user registers or reconfirms. An expired password is never postponed.
     */
    registrationReminder: z
      .strictObject({
        postponeDays: z.int().min(0).max(14).default(1),
        maxPostpones: z.int().min(0).max(10).default(3),
      })
      .prefault({}),
    /**
     * When `POST /reset` asks for the engine's captcha (the engine's `captcha` option turns it
     * on; without one this does nothing): after `afterStarts` starts in an hour from one
     * address (an IPv6 /64), 0 meaning always. A start whose address is unknown always asks.
     */
    captcha: z
      .strictObject({
        afterStarts: z.int().min(0).max(100).default(0),
      })
      .prefault({}),
    /** Phone, email and alternate email held by the directory count as registered (as in Entra). */
    useDirectoryMethods: z.boolean().default(true),
    /** Users may set their own office phone (otherwise only admins or the directory do). */
    usersSetOfficePhone: z.boolean().default(false),
    /** Minutes since sign-in within which a user may change recovery data without the password. */
    recentAuthMinutes: z.int().min(1).max(60).default(10),
    /** Digits in a verification code (6-8; NIST 800-63B wants at least 6). */
    codeLength: z.int().min(6).max(8).default(6),
    /** Minutes a verification code stays valid (NIST 800-63B rev 4: at most 10). */
    codeTtlMinutes: z.int().min(1).max(10).default(5),
    /** Minutes a reset flow stays open (Entra: 15). */
    flowTtlMinutes: z.int().min(5).max(60).default(15),
    /** Allow users to unlock their account without resetting the password. */
    unlockEnabled: z.boolean().default(true),
    /** Write new passwords back to the directory. Off blocks reset for directory-managed passwords. */
    writeback: z.boolean().default(true),
    /**
     * Tell users why they cannot reset (unknown account, not registered, disabled). Off by
     * default: every such account gets an indistinguishable decoy flow. Turn on only where
     * account enumeration does not matter (an intranet).
     */
    detailedErrors: z.boolean().default(false),
    limits: limitsPolicy,
    password: passwordPolicy,
    notifications: z
      .strictObject({
        /** Mail the user after their password is reset or their account unlocked. */
        userOnReset: z.boolean().default(true),
        /** Mail the user after a password change or a change of recovery methods. */
        userOnChange: z.boolean().default(true),
        /** Mail every other admin when an admin resets their own password. */
        adminsOnAdminReset: z.boolean().default(true),
        /**
         * Mail the owner of a known account when a reset or unlock was started and left
         * unfinished ("someone asked to reset your password"), at most once a day, from a
         * scheduled job (nothing in the reset's answers differs). Off by default.
         */
        userOnResetRequest: z.boolean().default(false),
      })
      .prefault({}),
    /** Where stuck users get help; without it, "contact your administrator". */
    helpdesk: z
      .strictObject({
        email: z.email().max(254).optional(),
        url: https.optional(),
        /**
         * Accept a Temporary Access Pass in the reset flow: a time-limited pass an admin issues
         * (`POST /admin/users/{id}/temporary-access-pass`) to a user who lost every method. It
         * replaces every gate, then the user is asked to register new methods. Off by default.
         */
        temporaryAccessPass: z.boolean().default(false),
      })
      .prefault({}),
    branding: z
      .strictObject({
        orgName: z.string().trim().min(1).max(100).default('OpenReset'),
        logoUrl: https.optional(),
        primaryColor: color.default('#1f5fbf'),
        backgroundColor: color.default('#ffffff'),
        textColor: color.default('#1a1a1a'),
      })
      .prefault({}),
    /** Locale for users whose browser asks for none we support. */
    defaultLocale: z.enum(Object.values(Locale) as [Locale, ...Locale[]]).default('en'),
  })
  .superRefine((policy, context) => {
    if (policy.enabled === 'selected' && policy.groups.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['groups'],
        message: 'name at least one group when enabled is "selected"',
        params: { reason: 'groups_required' },
      });
    }
    const distinct = new Set(policy.methods.map(methodKind));
    if (policy.gatesRequired > distinct.size) {
      context.addIssue({
        code: 'custom',
        path: ['gatesRequired'],
        message: 'two gates need two distinct methods enabled',
        params: { reason: 'not_enough_methods' },
      });
    }
    // Admins pass two gates of distinct kinds, never with security questions.
    const forAdmins = new Set(
      policy.methods.filter((method) => method !== 'securityQuestions').map(methodKind),
    );
    if (forAdmins.size < 2) {
      context.addIssue({
        code: 'custom',
        path: ['methods'],
        message: 'admins need two distinct methods other than security questions',
        params: { reason: 'admins_need_two_methods' },
      });
    }
    // The widgets and mails draw text on the background, links in the primary color on it,
    // and white button labels on the primary color: each pair must be readable (WCAG AA).
    const { primaryColor, backgroundColor, textColor } = policy.branding;
    const pairs: Array<[field: string, foreground: string, background: string, what: string]> = [
      ['textColor', textColor, backgroundColor, 'text on the background'],
      ['primaryColor', primaryColor, backgroundColor, 'links on the background'],
      ['primaryColor', '#ffffff', primaryColor, 'white button labels on the primary color'],
    ];
    for (const [field, foreground, background, what] of pairs) {
      const ratio = contrastRatio(foreground, background);
      if (ratio < TEXT_CONTRAST) {
        context.addIssue({
          code: 'custom',
          path: ['branding', field],
          message: `${what} has a contrast of ${ratio.toFixed(2)}:1; at least ${TEXT_CONTRAST}:1 is needed (WCAG AA)`,
          params: { reason: 'low_contrast' },
        });
      }
    }
    if (policy.adminsRequirePasskey && !policy.methods.includes('passkey')) {
      context.addIssue({
        code: 'custom',
        path: ['adminsRequirePasskey'],
        message: 'admins can only be required to use a passkey when passkeys are enabled',
        params: { reason: 'passkey_not_enabled' },
      });
    }
    if (policy.methods.includes('securityQuestions')) {
      const defined = policy.questions.predefined.length + policy.questions.custom.length;
      if (defined < policy.questions.toRegister) {
        context.addIssue({
          code: 'custom',
          path: ['questions'],
          message: 'define at least as many questions as users register',
          params: { reason: 'not_enough_questions' },
        });
      }
    }
  });

/** A parsed, complete tenant policy (every default filled in). */
export type Policy = z.output<typeof policySchema>;

/** What `parsePolicy` accepts: any subset of the policy, the rest defaulted. */
export type PolicyInput = z.input<typeof policySchema>;

/** The password part of a {@link Policy}. */
export type PasswordPolicy = Policy['password'];
