import type {
  AddAuthenticatorBody,
  AddMethodBody,
  AddPasskeyBody,
  AuthenticatorSetupJson,
  CaptchaChallengeJson,
  ChallengeResetBody,
  ChangePasswordBody,
  CompleteResetBody,
  PublicConfig as CorePublicConfig,
  FlowChallengeView,
  FlowMethodView,
  FlowView,
  MeJson,
  MethodType,
  PasskeyOptionsJson,
  PasswordIssue,
  PendingVerificationJson,
  PostponeJson,
  ReauthBody,
  RegistrationStatusJson,
  RenameMethodBody,
  SetQuestionsBody,
  SignInCheckResult,
  StartResetBody,
  VerifyMethodBody,
  VerifyResetBody,
} from '@openreset/core';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

/**
 * The methods the remaining gate must use (`FlowView.nextGate`, MFA-aware recovery): a user
 * with a passkey or an authenticator app passes one of them; an admin may have to use a
 * passkey.
 */
export type NextGate = NonNullable<FlowView['nextGate']>;

/** Why the flow's next gate must use one of its `methods` ({@link NextGate}). */
export type NextGateReason = NextGate['reason'];

/** `GET /config`: what a public form may show (core's schema, `configResponse`). */
export type PublicConfig = CorePublicConfig;

/** `POST /reset`. */
export type StartResetInput = StartResetBody;

/** `GET /captcha/challenge`: an ALTCHA challenge (altcha-lib's format). */
export type CaptchaChallenge = CaptchaChallengeJson;

/** `POST /reset/challenge`. */
export type ChallengeResetInput = ChallengeResetBody;

/** One answer to a security question. */
export type QuestionAnswer = SetQuestionsBody['answers'][number];

/** `POST /reset/verify`: a code (sent, or an authenticator app's), the answers, or a passkey. */
export type VerifyResetInput = Omit<VerifyResetBody, 'credential'> & {
  /** Passkeys: what `startAuthentication` of `@simplewebauthn/browser` answered. */
  credential?: AuthenticationResponseJSON;
};

/** `POST /reset/complete`. */
export type CompleteResetInput = CompleteResetBody;

/** The kinds of contact a user can register. */
export type ContactKind = AddMethodBody['kind'];

/** A registered method as `GET /me` and the registration routes return it. */
export type RegistrationMethodJson = RegistrationStatusJson['methods'][number];

/** `GET /me`. */
export type MeResponse = MeJson;

/** `POST /me/methods`. */
export type AddMethodInput = AddMethodBody;

/** `POST /me/methods` answered 202: the code went out. */
export type PendingVerification = PendingVerificationJson;

/** `POST /me/methods/verify`. */
export type VerifyMethodInput = VerifyMethodBody;

/** Options of `removeMethod` and `setQuestions`. */
export type ReauthInput = ReauthBody;

/** `POST /me/passkeys/options`: the options for `startRegistration` of `@simplewebauthn/browser`. */
export type PasskeyOptions = Omit<PasskeyOptionsJson, 'publicKey'> & {
  /** Resident key and user verification required; the user's passkeys excluded. */
  publicKey: PublicKeyCredentialCreationOptionsJSON;
};

/** `POST /me/passkeys`. */
export type AddPasskeyInput = Omit<AddPasskeyBody, 'credential'> & {
  /** What `startRegistration` answered. */
  credential: RegistrationResponseJSON;
};

/** `POST /me/authenticators/setup`: a new secret for an authenticator app, not yet registered. */
export type AuthenticatorSetup = AuthenticatorSetupJson;

/** `POST /me/authenticators`: the first code proves the app holds the secret. */
export type AddAuthenticatorInput = AddAuthenticatorBody;

/** `PATCH /me/methods/{id}`: a new name for a passkey or an authenticator app. */
export type RenameMethodInput = RenameMethodBody;

/** `PUT /me/questions`. */
export type SetQuestionsInput = SetQuestionsBody;

/** `POST /me/sign-in-check/postpone`: "remind me later" was counted. */
export type PostponeResult = PostponeJson;

/** `POST /me/password`. */
export type ChangePasswordInput = ChangePasswordBody;

/** Re-exported for convenience: what the reset routes answer, and the WebAuthn JSON types. */
export type {
  AuthenticationResponseJSON,
  FlowChallengeView,
  FlowMethodView,
  FlowView,
  MethodType,
  PasswordIssue,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
  RegistrationStatusJson,
  SignInCheckResult,
};
