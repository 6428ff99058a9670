// @openreset/core: the headless engine. Named exports only; see README.md for the API.

export {
  AccountError,
  AccountErrorCode,
  type AccountErrorDetails,
  type AnswerIssue,
} from './account/account-error.js';
export {
  createSignInChecks,
  type SignInCheckDependencies,
  type SignInCheckInput,
  type SignInCheckResult,
  type SignInChecks,
} from './account/sign-in-check.js';
export {
  type AdminService,
  DIRECTORY_HISTORY_LIMIT,
  type DirectoryCheck,
  type PolicyState,
  type UpdatePolicyOptions,
} from './admin/admin-service.js';
export type {
  AdminResetOptions,
  HelpdeskContact,
  HelpdeskContext,
  HelpdeskService,
  IssuePassOptions,
} from './admin/helpdesk-service.js';
export {
  type AuditPosition,
  type CursorPart,
  type CursorPartType,
  type CursorPosition,
  decodeAuditCursor,
  decodeCursor,
  encodeAuditCursor,
  encodeCursor,
} from './audit/audit-cursor.js';
export {
  type AuditActor,
  type AuditEvent,
  type AuditEventBase,
  AuditEventType,
  type AuditTarget,
  type ContactSkippedEvent,
  type DirectoryCheckedEvent,
  type FlowStartedEvent,
  type FlowSucceededEvent,
  type MethodEvent,
  type NotificationEvent,
  type PolicyChangedEvent,
  type TemporaryAccessPassIssuedEvent,
} from './audit/audit-event.js';
export type { AuditHook } from './audit/audit-hooks.js';
export type { AuditEventInput, AuditLog } from './audit/audit-log.js';
export {
  addToFlowTrail,
  createFlowTrail,
  FLOW_REPORT_EVENT_TYPES,
  type FlowTrail,
} from './audit/flow-trail.js';
export {
  isFlowReportEvent,
  ROLLUP_BUCKETS,
  type RollupBucket,
  type RollupCount,
  type RollupFlow,
  rollupBucket,
  rollupContribution,
  rollupDelta,
} from './audit/report-rollup.js';
export { RESET_RESULT_PRECEDENCE, ResetResult } from './audit/reset-result.js';
export {
  type AltchaCaptcha,
  type AltchaChallenge,
  type AltchaDependencies,
  type AltchaSettings,
  createAltchaCaptcha,
} from './captcha/altcha-captcha.js';
export {
  createHcaptchaCaptcha,
  createTurnstileCaptcha,
  SITEVERIFY_URLS,
  type SiteverifyOptions,
} from './captcha/siteverify-captcha.js';
export type {
  ChangePasswordInput,
  ChangeService,
  NeedsPasswordChangeInput,
  PasswordChangeNeed,
} from './change/change-service.js';
export { checkInteger, positiveIntegerOptions } from './check-integer.js';
export {
  type CheckPasswordServiceOptions,
  createOpenReset,
  type EngineStartOptions,
  type OpenReset,
  type OpenResetLogger,
  type OpenResetOptions,
} from './create-open-reset.js';
export type { Keyring, ServerKey } from './crypto/keyring.js';
export { createPbkdf2Hasher, type Pbkdf2HasherOptions } from './crypto/pbkdf2-hasher.js';
export { systemClock } from './crypto/system-clock.js';
export { systemRandom } from './crypto/system-random.js';
export {
  ErrorCode,
  InvalidPolicyError,
  OpenResetError,
  type OpenResetErrorOptions,
  type PolicyIssue,
} from './errors.js';
export { createJwtAuthenticator, type JwtOptions } from './http/authenticate-jwt.js';
export type { Authenticate, Caller } from './http/caller.js';
export {
  createHttpHandler,
  type HttpHandler,
  type HttpOptions,
  type HttpServices,
} from './http/create-http-handler.js';
export { HttpErrorCode } from './http/http-error.js';
export type {
  AddAuthenticatorBody,
  AddMethodBody,
  AddPasskeyBody,
  AuditPageJson,
  AuthenticatorSetupJson,
  CaptchaChallengeJson,
  ChallengeResetBody,
  ChangePasswordBody,
  CompleteResetBody,
  DirectoryHealthJson,
  ErrorJson,
  MeJson,
  PasskeyOptionsJson,
  PendingVerificationJson,
  PolicyStateJson,
  PostponeJson,
  ReauthBody,
  RegistrationStatusJson,
  RenameMethodBody,
  SetQuestionsBody,
  StartResetBody,
  TemporaryAccessPassJson,
  UpdatePolicyBody,
  UsersPageJson,
  VerifyMethodBody,
  VerifyResetBody,
} from './http/http-schemas.js';
export type { PublicConfig } from './http/public-config.js';
export { addressBlock } from './limits/address-block.js';
export { assertPurgeLimit } from './memory/purge-limit.js';
export type { MessageCatalog, MessageKey } from './messages/message-catalog.js';
export {
  checkMessageTemplates,
  MessageTemplateError,
  type MessageTemplateErrorCode,
  type MessageTemplates,
} from './messages/message-templates.js';
export {
  type NoticeInput,
  NoticeKind,
} from './messages/render-messages.js';
export {
  type DeliveryChannel,
  deliveryChannel,
  METHODS,
  MethodType,
  methodKind,
  methodsOfKind,
  STRONG_KINDS,
} from './methods/recovery-method.js';
export type {
  Dispatcher,
  DispatcherOptions,
  DispatcherSenders,
  DispatcherStartOptions,
  DispatchReport,
  RetryOptions,
} from './outbox/create-dispatcher.js';
export {
  createWebhookSender,
  signWebhook,
  type WebhookEndpoint,
  type WebhookMessage,
  type WebhookSender,
  type WebhookSenderOptions,
} from './outbox/standard-webhooks.js';
export {
  type BannedTermMatch,
  BannedTermSource,
  MINIMUM_BANNED_SCORE,
} from './password/banned-terms.js';
export { createBundledBreachedPasswords } from './password/bundled-breached-passwords.js';
export {
  type CheckPasswordOptions,
  checkPassword,
  type PasswordCheckResult,
  type PasswordContext,
  type PasswordRules,
} from './password/check-password.js';
export { normalizePassword } from './password/normalize.js';
export { type PasswordIssue, PasswordIssueCode } from './password/password-issue.js';
export { LOCALES, localeDirection, matchLocale } from './policy/locales.js';
export { parsePolicy } from './policy/parse-policy.js';
export {
  ANSWER_LENGTH,
  CUSTOM_BANNED_TERMS,
  CUSTOM_QUESTION_MAX_LENGTH,
  Locale,
  type PasswordPolicy,
  type Policy,
  type PolicyInput,
  policySchema,
  QUESTIONS_MAX_DEFINED,
} from './policy/policy-schema.js';
export type { BreachedPasswords } from './ports/breached-passwords.js';
export type { Captcha, CaptchaContext, CaptchaWidget } from './ports/captcha.js';
export type { Clock } from './ports/clock.js';
export {
  checkListUsersLimit,
  type Directory,
  type DirectoryContact,
  DirectoryError,
  DirectoryErrorCode,
  type DirectoryErrorOptions,
  type DirectoryStatus,
  type DirectoryUser,
  type DirectoryUserPage,
  type ListUsersOptions,
  passwordExpiry,
  type ResetPasswordOptions,
} from './ports/directory.js';
export type { PasswordHasher } from './ports/hasher.js';
export {
  DeliveryError,
  DeliveryErrorCode,
  type DeliveryErrorOptions,
  type DeliveryReceipt,
  type EmailMessage,
  type EmailSender,
  type SmsMessage,
  type SmsSender,
  type VoiceCaller,
  type VoiceMessage,
} from './ports/messaging.js';
export type { Random } from './ports/random.js';
export {
  type AuditPage,
  type AuditQuery,
  type AuditStore,
  type ChallengeRecord,
  type ChallengeStore,
  type ClaimOptions,
  type CounterState,
  type CounterStore,
  checkNextRevision,
  type FlowRecord,
  type FlowStore,
  type IncrementOptions,
  type JsonObject,
  type JsonValue,
  type ListExpiredOptions,
  type ListRegistrationsOptions,
  type NewChallenge,
  type NewOutboxMessage,
  type OutboxFailure,
  type OutboxMessage,
  type OutboxStore,
  type PolicyStore,
  RecoveryMethodKind,
  type RegisteredMethod,
  type RegistrationStore,
  type ResetRollupStore,
  type RollupFlowQuery,
  type SecurityAnswer,
  type Storage,
  type StoredPolicy,
  type UserRegistration,
} from './ports/storage.js';
export {
  type CustomQuestion,
  PREDEFINED_QUESTIONS,
  type PredefinedQuestion,
  predefinedQuestion,
  questionText,
} from './questions/predefined-questions.js';
export {
  FLOW_MACHINE_VERSION,
  FLOW_TRANSITIONS,
  FlowEvent,
  FlowState,
  type FlowTransition,
  OPEN_FLOW_STATES,
  TERMINAL_FLOW_STATES,
} from './recovery/flow-machine.js';
export type {
  FlowChallengeView,
  FlowMethodView,
  FlowQuestionView,
  FlowView,
} from './recovery/flow-view.js';
export {
  RecoveryError,
  RecoveryErrorCode,
  type RecoveryErrorDetails,
} from './recovery/recovery-error.js';
export type {
  CancelInput,
  ChallengeInput,
  CompleteInput,
  GetFlowInput,
  RecoveryService,
  StartRecoveryInput,
  VerifyInput,
} from './recovery/recovery-service.js';
export type {
  AddAuthenticatorInput,
  AddPasskeyInput,
  AuthenticatorSetup,
  CredentialRegistration,
  ReauthRequest,
  RenameMethodInput,
} from './registration/credential-registration.js';
export type {
  AddMethodInput,
  ContactKind,
  PendingVerification,
  RecentAuth,
  RegistrationMethodView,
  RegistrationRequest,
  RegistrationService,
  RegistrationStatus,
  RemoveMethodInput,
  SetQuestionsInput,
  VerifyMethodInput,
} from './registration/registration-service.js';
export {
  AUDIT_COLUMNS,
  type AuditViewPage,
  type AuditViewQuery,
} from './reports/audit-viewer.js';
export {
  createReports,
  type RegistrationActivityCsvQuery,
  type Reports,
  type ReportsDependencies,
  type ResetActivityCsvQuery,
  type UsageCsvQuery,
} from './reports/create-reports.js';
export {
  RegistrationAction,
  type RegistrationActivityPage,
  type RegistrationActivityQuery,
  type RegistrationActivityRow,
} from './reports/registration-activity.js';
export {
  REGISTRATION_ACTIVITY_COLUMNS,
  RESET_ACTIVITY_COLUMNS,
  USAGE_COLUMNS,
} from './reports/report-columns.js';
export {
  type MethodDayCount,
  OUTCOME_WINDOW_MS,
  type ResetActivityPage,
  type ResetActivityQuery,
  type ResetActivityRow,
  type ResetActivityTotals,
} from './reports/reset-activity.js';
export { type CsvColumn, type CsvValue, toCsv } from './reports/to-csv.js';
export { evaluateUsage, type UsagePage, type UsageQuery, type UsageRow } from './reports/usage.js';
export type {
  UserInsight,
  UserInsightsPage,
  UserInsightsQuery,
  UserInsightTotals,
} from './reports/user-insights.js';
export {
  createScheduler,
  type ScheduledJob,
  type Scheduler,
  type SchedulerDependencies,
  type SchedulerStartOptions,
} from './schedule/create-scheduler.js';
export { type ExpiryWarningDependencies, sendExpiryWarnings } from './schedule/expiry-warnings.js';
export {
  type PurgeReport,
  purgeRetained,
  type RetentionOptions,
} from './schedule/purge-retained.js';
export {
  type RegistrationReminderDependencies,
  sendRegistrationReminders,
} from './schedule/registration-reminders.js';
export {
  createTelemetry,
  TELEMETRY_SCOPE,
  type Telemetry,
  type TelemetryApi,
  type TelemetryAttributes,
  type TelemetryMeter,
  type TelemetrySpan,
  type TelemetryTracer,
} from './telemetry/create-telemetry.js';
export {
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type StoredPasskey,
  type WebAuthnOptions,
  webAuthnIssues,
} from './verification/passkey.js';
export { TOTP_PARAMETERS, totpCode } from './verification/totp.js';
