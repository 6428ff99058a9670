/**
 * `@openreset/widgets/client`: the typed client alone (no elements, no Lit).
 * @module
 */
export {
  ClientError,
  ClientErrorCode,
  type ClientErrorDetails,
  isClientError,
} from './client/client-error.js';
export type {
  AddMethodInput,
  ChallengeResetInput,
  ChangePasswordInput,
  CompleteResetInput,
  ContactKind,
  FlowView,
  MeResponse,
  PasswordIssue,
  PendingVerification,
  PublicConfig,
  QuestionAnswer,
  ReauthInput,
  RegistrationMethodJson,
  RegistrationStatusJson,
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
