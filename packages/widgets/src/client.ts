/**
 * `@openreset/widgets/client`: the typed client alone (no elements, no Lit).
 * @module
 */
export {
  type ActivityQuery,
  type ActivityReport,
  type AdminClient,
  type AdminUserJson,
  createAdminClient,
  type DirectoryHealthJson,
  type PolicyIssueJson,
  type PolicyJson,
  type PolicyStateJson,
} from './admin/admin-client.js';
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
  PasswordIssue,
  PendingVerification,
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
