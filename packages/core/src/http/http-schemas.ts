import { z } from 'zod';
import { AuditEventType } from '../audit/audit-event.js';
import { ResetResult } from '../audit/reset-result.js';
import type { PolicyIssue } from '../errors.js';
import { MethodType } from '../methods/recovery-method.js';
import { Locale, policySchema } from '../policy/policy-schema.js';
import { FlowState } from '../recovery/flow-machine.js';

// Requests and responses of the HTTP API. Requests are strict (unknown keys are refused, so
// a misspelt or polluted field is a 400, not silently dropped); every string has a bound.
// The OpenAPI document is generated from these very schemas.

const methodTypes = Object.values(MethodType) as [MethodType, ...MethodType[]];
const locales = Object.values(Locale) as [Locale, ...Locale[]];
const flowStates = Object.values(FlowState) as [FlowState, ...FlowState[]];

/** A password as typed: bounded in UTF-16 units well above the policy's 1024 code points. */
const password = z.string().min(1).max(4096);
const flowToken = z.string().min(1).max(128).describe('The flow token from POST /reset');
const methodId = z.string().min(1).max(64);
const code = z
  .string()
  .regex(/^\d{6,8}$/)
  .describe('The 6-8 digit code that was sent');
const contactKind = z.enum(['mobile', 'office', 'email']);
const contactValue = z
  .string()
  .min(1)
  .max(320)
  .describe('An E.164 phone number or an email address');
const answers = z
  .array(
    z.strictObject({
      questionId: z.string().min(1).max(64),
      answer: z.string().max(200),
    }),
  )
  .min(1)
  .max(5);

/** A base64url field of a WebAuthn response, bounded. */
const webAuthnField = z.string().min(1).max(4096);
/** What `startAuthentication` of `@simplewebauthn/browser` returns (unknown fields dropped). */
const passkeyAssertion = z.object({
  id: webAuthnField,
  rawId: webAuthnField,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: webAuthnField,
    authenticatorData: webAuthnField,
    signature: webAuthnField,
    userHandle: webAuthnField.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional(),
  authenticatorAttachment: z.string().max(32).optional(),
});
/** What `startRegistration` of `@simplewebauthn/browser` returns (unknown fields dropped). */
const passkeyAttestation = z.object({
  id: webAuthnField,
  rawId: webAuthnField,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: webAuthnField,
    attestationObject: z.string().min(1).max(16_384),
    authenticatorData: z.string().max(16_384).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.int().optional(),
    publicKey: z.string().max(4096).optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()),
  authenticatorAttachment: z.string().max(32).optional(),
});
const methodName = z.string().min(1).max(256).describe('The user’s name for it, 1-64 characters');
const appCode = z
  .string()
  .regex(/^\d{6}$/)
  .describe('The 6-digit code the authenticator app shows');

// ---- requests ---------------------------------------------------------------------------

/** `POST /reset`. */
export const startResetBody = z.strictObject({
  /** The username or email address the user typed. */
  identifier: z.string().min(1).max(1024),
  intent: z.enum(['reset', 'unlock']).optional(),
  captcha: z.string().min(1).max(4096).optional(),
  locale: z.string().min(1).max(35).optional(),
});

/** `POST /reset/challenge`. */
export const challengeBody = z.strictObject({
  flowToken,
  methodId,
  /** The full phone number or address the hint stands for (phone and email methods). */
  confirm: z.string().min(1).max(320).optional(),
});

/** A code, or a Temporary Access Pass as typed (spaces and hyphens allowed, any case). */
const proofCode = z
  .string()
  .regex(/^(?:\d{6,8}|[A-Za-z0-9 -]{10,40})$/)
  .describe('The 6-8 digit code that was sent, or a Temporary Access Pass');

/**
 * `POST /reset/verify`: a code (sent, or an authenticator app's), a Temporary Access Pass
 * (`methodId: "temporary_access_pass"`, no challenge first), the answers, or a passkey assertion.
 */
export const verifyBody = z.strictObject({
  flowToken,
  methodId,
  code: proofCode.optional(),
  answers: answers.optional(),
  credential: passkeyAssertion.optional(),
});

/** `POST /reset/complete`. */
export const completeBody = z.strictObject({
  flowToken,
  /** The new password (reset; not for unlock). */
  newPassword: password.optional(),
});

/** `POST /reset/status` and `POST /reset/cancel`. */
export const flowTokenBody = z.strictObject({ flowToken });

/** `POST /me/methods`. */
export const addMethodBody = z.strictObject({
  kind: contactKind,
  value: contactValue,
  currentPassword: password.optional(),
  locale: z.string().min(1).max(35).optional(),
});

/** `POST /me/methods/verify`. */
export const verifyMethodBody = z.strictObject({
  kind: contactKind,
  value: contactValue,
  code,
  currentPassword: password.optional(),
});

/** `DELETE /me/methods/{id}` (the body is optional). */
export const removeMethodBody = z.strictObject({ currentPassword: password.optional() });

/** `PUT /me/questions`. */
export const setQuestionsBody = z.strictObject({
  answers,
  currentPassword: password.optional(),
});

/** `POST /me/passkeys/options` and `POST /me/authenticators/setup`. */
export const reauthBody = z.strictObject({ currentPassword: password.optional() });

/** `POST /me/passkeys`. */
export const addPasskeyBody = z.strictObject({
  name: methodName,
  credential: passkeyAttestation,
  currentPassword: password.optional(),
});

/** `POST /me/authenticators`. */
export const addAuthenticatorBody = z.strictObject({
  enrolmentToken: z.string().min(1).max(1024),
  code: appCode,
  name: methodName,
  currentPassword: password.optional(),
});

/** `PATCH /me/methods/{id}`: rename a passkey or authenticator app. */
export const renameMethodBody = z.strictObject({
  name: methodName,
  currentPassword: password.optional(),
});

/** `POST /me/reconfirm` (an empty object). */
export const reconfirmBody = z.strictObject({});

/** `POST /me/password`. */
export const changePasswordBody = z.strictObject({
  currentPassword: password,
  newPassword: password,
});

/** `PUT /admin/policy`. `policy` is checked by `parsePolicy` (400 `invalid_policy` with `issues`). */
export const updatePolicyBody = z.strictObject({
  policy: z.record(z.string(), z.unknown()),
  /** The revision edited (from GET); also accepted as `If-Match: "<revision>"`. */
  expectedRevision: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** How `PUT /admin/policy` is documented: `policy` is a (partial) policy, defaults filled in. */
export const updatePolicyBodyDoc = updatePolicyBody.extend({ policy: policySchema });

const isoTime = z.iso.datetime({ offset: true });
const limit = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.int().min(1).max(1000));

/** The query of `GET /admin/reports/users`. `cursor` and `limit` are for JSON pages only. */
export const usageReportQuery = z.strictObject({
  cursor: z.string().min(1).max(1024).optional(),
  limit: limit.optional(),
});

/** The query of `GET /admin/reports/registrations`: the range is [`from`, `to`). */
export const registrationReportQuery = usageReportQuery.extend({
  /** Start of the range (ISO 8601), inclusive. @default 30 days before `to` */
  from: isoTime.optional(),
  /** End of the range (ISO 8601), exclusive. @default now */
  to: isoTime.optional(),
  /** Only this user's activity (directory id). */
  user: z.string().min(1).max(256).optional(),
  /** Only rows of this method (reset: flows that verified it; registration: it added or removed). */
  method: z.enum(Object.values(MethodType) as [MethodType, ...MethodType[]]).optional(),
});

/** The query of `GET /admin/reports/resets`. */
export const resetReportQuery = registrationReportQuery.extend({
  result: z.enum(Object.values(ResetResult) as [ResetResult, ...ResetResult[]]).optional(),
});

/** The query of `GET /admin/users`: usage & insights over every user. */
export const usersQuery = usageReportQuery.extend({
  /** Only users whose username or email starts with this (case-insensitive). */
  search: z.string().min(1).max(256).optional(),
});

/** The query of `GET /admin/audit`: the range is [`from`, `to`); `format=csv` for a file. */
export const auditQuery = registrationReportQuery.omit({ method: true }).extend({
  type: z.enum(Object.values(AuditEventType) as [AuditEventType, ...AuditEventType[]]).optional(),
  result: z.enum(['success', 'failure']).optional(),
  /** `csv`: the whole range as one CSV file (as `Accept: text/csv`). */
  format: z.literal('csv').optional(),
});

/** `POST /admin/users/{id}/password`: without `newPassword`, one is generated and returned once. */
export const adminPasswordBody = z.strictObject({
  newPassword: password.optional(),
  mustChange: z.boolean().optional(),
});

/** `POST /admin/users/{id}/unlock` (an empty object, or no body). */
export const emptyBody = z.strictObject({});

const contactField = contactValue.nullable().optional();
/** `PUT /admin/users/{id}/contact`: `null` removes a value, a field left out stays. */
export const adminContactBody = z.strictObject({
  office: contactField,
  mobile: contactField,
  email: contactField,
});

/** `POST /admin/users/{id}/temporary-access-pass`. */
export const temporaryAccessPassBody = z.strictObject({
  /** @default 60 */
  lifetimeMinutes: z.int().min(10).max(1440).optional(),
  /** @default true */
  singleUse: z.boolean().optional(),
});

// ---- responses --------------------------------------------------------------------------

/** A flow as the user sees it (`FlowView`). */
export const flowViewResponse = z.strictObject({
  flowToken: z.string(),
  intent: z.enum(['reset', 'unlock']),
  state: z.enum(flowStates),
  gatesRequired: z.int(),
  gatesPassed: z.int(),
  methods: z.array(
    z.strictObject({
      id: z.string(),
      type: z.enum(methodTypes),
      hint: z.string().nullable(),
      used: z.boolean(),
    }),
  ),
  expiresAt: z.string(),
  challenge: z
    .object({
      methodId: z.string(),
      expiresAt: z.string().optional(),
      questions: z
        .array(z.strictObject({ id: z.string(), text: z.string().optional() }))
        .optional(),
      delivery: z.enum(['queued', 'delayed', 'sent', 'failed']).optional(),
      publicKey: z
        .looseObject({ challenge: z.string() })
        .optional()
        .describe('Passkeys: the options for startAuthentication (no credential list)'),
    })
    .optional(),
  nextGate: z
    .object({
      methods: z.array(z.enum(methodTypes)),
      reason: z.enum(['strong_method_registered', 'admin_phishing_resistant']),
    })
    .optional(),
  /** A Temporary Access Pass completed the flow: send the user to register new methods. */
  registerNext: z.literal(true).optional(),
});

/** An error, as every failure is answered. */
export const errorResponse = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    /** Password, policy or request issues: each kind has fields of its own beside `code`. */
    issues: z.array(z.looseObject({ code: z.string() })).optional(),
    retryAfterSeconds: z.int().optional(),
    directoryCode: z.string().optional(),
    reason: z.string().optional(),
    /** A wrong code, answers or passkey: failed proofs left before self-service is blocked. */
    attemptsLeft: z.int().min(1).optional(),
    /** The flow as it is now, when the refused step changed it (a new set of questions). */
    flow: flowViewResponse.optional(),
    /** Registration's refused answers, by question. */
    answerIssues: z.array(z.strictObject({ questionId: z.string(), code: z.string() })).optional(),
  }),
});

/** `GET /config`: what a public form may show. */
export const configResponse = z.strictObject({
  branding: z.strictObject({
    orgName: z.string(),
    logoUrl: z.string().optional(),
    primaryColor: z.string(),
    backgroundColor: z.string(),
    textColor: z.string(),
  }),
  locales: z.array(z.enum(locales)),
  defaultLocale: z.enum(locales),
  helpdesk: z.strictObject({ email: z.string().optional(), url: z.string().optional() }),
  password: z.strictObject({ minLength: z.int(), maxLength: z.int() }),
  methods: z.array(z.enum(methodTypes)),
  gatesRequired: z.int(),
  unlockEnabled: z.boolean(),
  requireRegistration: z.boolean(),
  /** A user with a passkey or authenticator app must use one of them to reset. */
  mfaAwareRecovery: z.boolean(),
  questions: z
    .object({
      toRegister: z.int(),
      predefined: z.array(z.string()),
      custom: z.array(z.strictObject({ id: z.string(), text: z.string() })),
    })
    .optional(),
  /**
   * The captcha `POST /reset` may ask for (absent: none): ALTCHA, whose challenges come from
   * `challengeUrl`, or a provider's widget with its public site key.
   */
  captcha: z
    .union([
      z.strictObject({ provider: z.literal('altcha'), challengeUrl: z.string() }),
      z.strictObject({ provider: z.enum(['turnstile', 'hcaptcha']), siteKey: z.string() }),
    ])
    .optional(),
});

/** `GET /captcha/challenge`: an ALTCHA challenge, as altcha-lib makes it. */
export const captchaChallengeResponse = z.strictObject({
  algorithm: z.literal('SHA-256'),
  challenge: z.string(),
  maxnumber: z.int(),
  salt: z.string(),
  signature: z.string(),
});

/** `GET /me/sign-in-check`: what the host should do after sign-in. */
export const signInCheckResponse = z.strictObject({
  action: z.enum(['none', 'register', 'reconfirm', 'change_password']),
  postponesLeft: z.int(),
  reason: z.string().optional(),
});

/** `POST /me/sign-in-check/postpone` takes no fields. */
export const postponeBody = z.strictObject({});

/** `POST /me/sign-in-check/postpone`. */
export const postponeResponse = z.strictObject({ postponesLeft: z.int() });

const registrationStatus = z.strictObject({
  userId: z.string(),
  status: z.enum(['registered', 'needs_reconfirmation', 'missing']),
  required: z.int(),
  methods: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      hint: z.string().nullable(),
      source: z.enum(['registered', 'directory']),
      verifiedAt: z.string().optional(),
      questionIds: z.array(z.string()).optional(),
      name: z.string().optional(),
      lastUsedAt: z.string().nullable().optional(),
    }),
  ),
  reconfirmedAt: z.string().nullable(),
  reconfirmDueAt: z.string().nullable(),
});

/** A user's registration status (`RegistrationStatus`). */
export const registrationStatusResponse = registrationStatus;

/** `GET /me`. */
export const meResponse = z.strictObject({
  registration: registrationStatus,
  passwordChange: z.strictObject({
    required: z.boolean(),
    reason: z.enum(['must_change', 'expired']).nullable(),
    expiresAt: z.string().nullable(),
    warn: z.boolean(),
  }),
});

/** `POST /me/methods`: the code went out. */
export const pendingVerificationResponse = z.strictObject({
  kind: contactKind,
  hint: z.string(),
  expiresAt: z.string(),
});

/** `POST /me/passkeys/options`: pass `publicKey` to `startRegistration`. */
export const passkeyOptionsResponse = z.strictObject({
  publicKey: z.looseObject({ challenge: z.string() }),
});

/** `POST /me/authenticators/setup`: show `uri` as a QR code and `secret` as text. */
export const authenticatorSetupResponse = z.strictObject({
  secret: z.string(),
  uri: z.string(),
  enrolmentToken: z.string(),
  expiresAt: z.string(),
});

/** `POST /me/password`. */
export const passwordChangedResponse = z.strictObject({ changed: z.literal(true) });

/** One problem of a policy (`storedIssues`, an `invalid_policy` refusal's `issues`): core's `PolicyIssue`. */
const policyIssue: z.ZodType<PolicyIssue> = z.strictObject({
  path: z.string(),
  code: z.string(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  reason: z.string().optional(),
});

/**
 * `GET|PUT /admin/policy`: the full policy in force and its revision (also the `ETag`);
 * `storedIssues` when the stored policy no longer parses and self-service is off until fixed.
 */
export const policyStateResponse = z.strictObject({
  policy: policySchema,
  revision: z.int(),
  storedIssues: z.array(policyIssue).optional(),
});

const directoryStatus = z.strictObject({
  connected: z.boolean(),
  description: z.string(),
  checkedAt: z.string(),
  error: z.string().optional(),
});

/**
 * `GET /admin/directory/status`: a probe made now (`current`, its fields also at the top level
 * as before), and the scheduled probes' results, newest first, at most 50.
 */
export const directoryStatusResponse = directoryStatus.extend({
  current: directoryStatus,
  history: z.array(
    z.strictObject({ checkedAt: z.string(), connected: z.boolean(), error: z.string().optional() }),
  ),
});

/** `GET /admin/users`: usage & insights over every user, with totals over all of them. */
export const usersResponse = z.strictObject({
  users: z.array(
    z.strictObject({
      id: z.string(),
      username: z.string(),
      displayName: z.string().optional(),
      email: z.string().optional(),
      registered: z.boolean(),
      enabled: z.boolean(),
      capable: z.boolean(),
      methods: z.array(z.string()),
      lockedOut: z.boolean(),
      disabled: z.boolean(),
    }),
  ),
  next: z.string().optional(),
  totals: z.strictObject({
    users: z.int(),
    registered: z.int(),
    enabled: z.int(),
    capable: z.int(),
    byMethod: z.record(z.string(), z.int()),
  }),
});

/** `GET /admin/audit`: audit events as stored, newest first. */
export const auditPageResponse = z.strictObject({
  events: z.array(
    z.looseObject({
      id: z.string(),
      type: z.string(),
      time: z.string(),
      result: z.enum(['success', 'failure']),
      actor: z.strictObject({
        kind: z.enum(['user', 'admin', 'anonymous', 'system']),
        id: z.string().optional(),
      }),
    }),
  ),
  next: z.string().optional(),
});

/** `POST /admin/users/{id}/password`: the generated password, shown this once. */
export const adminPasswordResponse = z.strictObject({ password: z.string().optional() });

/** `PUT /admin/users/{id}/contact`: the values registered after the change. */
export const adminContactResponse = z.strictObject({
  contact: z.strictObject({
    office: z.string().optional(),
    mobile: z.string().optional(),
    email: z.string().optional(),
  }),
});

/** `POST /admin/users/{id}/temporary-access-pass`: the pass, shown this once. */
export const temporaryAccessPassResponse = z.strictObject({
  pass: z.string(),
  expiresAt: z.string(),
});

/** `POST /reset/contact-admin`: the same for every flow. */
export const contactAdminResponse = z.strictObject({ contacted: z.literal(true) });

/** A response without a body (204). */
export const noContentResponse = z.null();

/**
 * A page of a report as JSON (`totals` for resets only). With `Accept: text/csv` the whole
 * range comes as one CSV file instead, without paging.
 */
export const reportPageResponse = z.strictObject({
  rows: z.array(z.record(z.string(), z.unknown())),
  nextCursor: z.string().nullable(),
  totals: z.record(z.string(), z.unknown()).optional(),
});

/** `GET /openapi.json`. */
export const openApiResponse = z.looseObject({ openapi: z.string() });

// ---- the types of the wire, derived (the widgets' client is typed with these) -----------

/** The body of `POST /reset`. */
export type StartResetBody = z.input<typeof startResetBody>;
/** The body of `POST /reset/challenge`. */
export type ChallengeResetBody = z.input<typeof challengeBody>;
/** The body of `POST /reset/verify` (`credential`: a passkey assertion's JSON). */
export type VerifyResetBody = z.input<typeof verifyBody>;
/** The body of `POST /reset/complete`. */
export type CompleteResetBody = z.input<typeof completeBody>;
/** The body of `POST /me/methods`. */
export type AddMethodBody = z.input<typeof addMethodBody>;
/** The body of `POST /me/methods/verify`. */
export type VerifyMethodBody = z.input<typeof verifyMethodBody>;
/** The body of `PUT /me/questions`. */
export type SetQuestionsBody = z.input<typeof setQuestionsBody>;
/** The body of the routes that only re-authenticate (`{ currentPassword? }`). */
export type ReauthBody = z.input<typeof reauthBody>;
/** The body of `POST /me/passkeys` (`credential`: a passkey registration's JSON). */
export type AddPasskeyBody = z.input<typeof addPasskeyBody>;
/** The body of `POST /me/authenticators`. */
export type AddAuthenticatorBody = z.input<typeof addAuthenticatorBody>;
/** The body of `PATCH /me/methods/{id}`. */
export type RenameMethodBody = z.input<typeof renameMethodBody>;
/** The body of `POST /me/password`. */
export type ChangePasswordBody = z.input<typeof changePasswordBody>;
/** The body of `PUT /admin/policy`: a (partial) policy, checked by the server's `parsePolicy`. */
export type UpdatePolicyBody = z.input<typeof updatePolicyBody>;

/** An error body: `{ error: { code, ... } }`. */
export type ErrorJson = z.output<typeof errorResponse>;
/** `GET /captcha/challenge`. */
export type CaptchaChallengeJson = z.output<typeof captchaChallengeResponse>;
/** `GET /me`. */
export type MeJson = z.output<typeof meResponse>;
/** A user's registration status, as `GET /me` and the registration routes answer it. */
export type RegistrationStatusJson = z.output<typeof registrationStatusResponse>;
/** `POST /me/methods`: the code went out. */
export type PendingVerificationJson = z.output<typeof pendingVerificationResponse>;
/** `POST /me/passkeys/options`. */
export type PasskeyOptionsJson = z.output<typeof passkeyOptionsResponse>;
/** `POST /me/authenticators/setup`. */
export type AuthenticatorSetupJson = z.output<typeof authenticatorSetupResponse>;
/** `POST /me/sign-in-check/postpone`. */
export type PostponeJson = z.output<typeof postponeResponse>;
/** `GET /admin/users`: usage & insights, a page of users and the totals over all. */
export type UsersPageJson = z.output<typeof usersResponse>;
/** `GET /admin/directory/status`: the probe made now and the stored ones. */
export type DirectoryHealthJson = z.output<typeof directoryStatusResponse>;
/** `GET /admin/audit`: a page of audit events as stored. */
export type AuditPageJson = z.output<typeof auditPageResponse>;
/**
 * `GET|PUT /admin/policy`: the policy in force (every field, defaults filled in), its revision,
 * and why the stored policy no longer parses, if it does not.
 */
export type PolicyStateJson = z.output<typeof policyStateResponse>;
/** `POST /admin/users/{id}/temporary-access-pass`: the pass, shown once. */
export type TemporaryAccessPassJson = z.output<typeof temporaryAccessPassResponse>;
