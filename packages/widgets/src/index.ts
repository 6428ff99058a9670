// @openreset/widgets: the client, the elements (importing this module registers them all),
// the events and the localization helpers. Named exports only.

export type { ActivityView } from './activity/openreset-activity.js';
export {
  type ActivityQuery,
  type ActivityReport,
  type AdminClient,
  type AdminUserJson,
  createAdminClient,
  type DirectoryHealthJson,
  type PolicyDraftJson,
  type PolicyIssueJson,
  type PolicyJson,
  type PolicyStateJson,
} from './admin/admin-client.js';
export type { ChangeStep } from './change/openreset-change.js';
export {
  ClientError,
  ClientErrorCode,
  type ClientErrorDetails,
  isClientError,
} from './client/client-error.js';
export type {
  AddAuthenticatorInput,
  AddMethodInput,
  AddPasskeyInput,
  AuthenticationResponseJSON,
  AuthenticatorSetup,
  ChallengeResetInput,
  ChangePasswordInput,
  CompleteResetInput,
  ContactKind,
  FlowChallengeView,
  FlowMethodView,
  FlowView,
  MeResponse,
  MethodType,
  NextGate,
  NextGateReason,
  PasskeyOptions,
  PendingVerification,
  PostponeResult,
  PublicConfig,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  QuestionAnswer,
  ReauthInput,
  RegistrationMethodJson,
  RegistrationResponseJSON,
  RegistrationStatusJson,
  RenameMethodInput,
  SetQuestionsInput,
  SignInCheckResult,
  StartResetInput,
  VerifyMethodInput,
  VerifyResetInput,
} from './client/client-types.js';
export {
  type CreateClientOptions,
  createClient,
  type HandlerClientOptions,
  IN_PAGE_ORIGIN,
  type OpenResetClient,
  type RemoteClientOptions,
} from './client/create-client.js';
export {
  type OpenResetBeforeSubmitDetail,
  type OpenResetCancelDetail,
  type OpenResetErrorDetail,
  type OpenResetEvent,
  type OpenResetInterruptDoneDetail,
  type OpenResetStepDetail,
  type OpenResetSuccessDetail,
  ResetStep,
} from './events.js';
export type { Catalog, MessageKey } from './i18n/locales/en.js';
export {
  formatMessage,
  loadCatalog,
  localeDirection,
  matchLocale,
  registerStrings,
  resolveLocale,
  SUPPORTED_LOCALES,
} from './i18n/localize.js';
export { OpenResetActivity } from './openreset-activity.js';
export { OpenResetAdmin } from './openreset-admin.js';
export { OpenResetChange } from './openreset-change.js';
export { OpenResetLink } from './openreset-link.js';
export { OpenResetRegister } from './openreset-register.js';
export { OpenResetReset } from './openreset-reset.js';
export { PasskeyErrorCode } from './passkeys/passkey-ceremony.js';
export type { RegisterStep } from './register/openreset-register.js';
