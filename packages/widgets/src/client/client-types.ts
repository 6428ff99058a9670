import type {
  FlowChallengeView,
  FlowMethodView,
  FlowView,
  Locale,
  MethodType,
  PasswordIssue,
  SignInCheckResult,
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

/** Why the flow's next gate must be one of {@link NextGate.methods}. */
export type NextGateReason = NextGate['reason'];

/** `GET /config`: what a public form may show. */
export interface PublicConfig {
  branding: {
    orgName: string;
    logoUrl?: string;
    primaryColor: string;
    backgroundColor: string;
    textColor: string;
  };
  locales: Locale[];
  defaultLocale: Locale;
  helpdesk: { email?: string; url?: string };
  /** Length rules in code points (NIST 800-63B 3.1.1.2). */
  password: { minLength: number; maxLength: number };
  methods: MethodType[];
  gatesRequired: number;
  unlockEnabled: boolean;
  requireRegistration: boolean;
  /**
   * Whether a user with a passkey or an authenticator app must pass one of them to reset.
   * Absent from servers older than issue 13.
   */
  mfaAwareRecovery?: boolean;
  /** Present when security questions are enabled. */
  questions?: {
    toRegister: number;
    predefined: string[];
    custom: { id: string; text: string }[];
  };
  /**
   * The human check `POST /reset` asks for (absent: none): ALTCHA (the element solves it), or
   * Turnstile / hCaptcha (the host renders the provider's widget into the `captcha` slot).
   */
  captcha?:
    | { provider: 'altcha'; challengeUrl: string }
    | { provider: 'turnstile' | 'hcaptcha'; siteKey: string };
}

/** `POST /reset`. */
export interface StartResetInput {
  /** The username or email address the user typed. */
  identifier: string;
  /** @default "reset" */
  intent?: 'reset' | 'unlock';
  /** The token of the captcha the host shows. */
  captcha?: string;
  /** The locale of the messages the user is sent. */
  locale?: string;
}

/** `GET /captcha/challenge`: an ALTCHA challenge (altcha-lib's format). */
export interface CaptchaChallenge {
  algorithm: 'SHA-256';
  /** Hex SHA-256 of `salt` followed by the secret number. */
  challenge: string;
  /** The secret number is at most this. */
  maxnumber: number;
  salt: string;
  signature: string;
}

/** `POST /reset/challenge`. */
export interface ChallengeResetInput {
  flowToken: string;
  methodId: string;
  /** The full phone number or address the hint stands for (phone and email methods). */
  confirm?: string;
}

/** One answer to a security question. */
export interface QuestionAnswer {
  questionId: string;
  answer: string;
}

/** `POST /reset/verify`: a code (sent, or an authenticator app's), the answers, or a passkey. */
export interface VerifyResetInput {
  flowToken: string;
  methodId: string;
  code?: string;
  answers?: QuestionAnswer[];
  /** Passkeys: what `startAuthentication` of `@simplewebauthn/browser` answered. */
  credential?: AuthenticationResponseJSON;
}

/** `POST /reset/complete`. */
export interface CompleteResetInput {
  flowToken: string;
  /** The new password (reset; left out for unlock). */
  newPassword?: string;
}

/** The kinds of contact a user can register. */
export type ContactKind = 'mobile' | 'office' | 'email';

/** A registered method as `GET /me` and the registration routes return it. */
export interface RegistrationMethodJson {
  id: string;
  /** `mobile`, `office`, `email`, `securityQuestions`, `passkey` or `authenticator`. */
  kind: string;
  hint: string | null;
  source: 'registered' | 'directory';
  /** When the user proved control of it (for a passkey: when it was created). */
  verifiedAt?: string;
  questionIds?: string[];
  /** Passkeys and authenticator apps: the user's name for it ("Work laptop"). */
  name?: string;
  /** Passkeys and authenticator apps: when it last passed a recovery gate (ISO), or `null`. */
  lastUsedAt?: string | null;
}

/** A user's registration status. */
export interface RegistrationStatusJson {
  userId: string;
  status: 'registered' | 'needs_reconfirmation' | 'missing';
  /** Methods the policy requires. */
  required: number;
  methods: RegistrationMethodJson[];
  reconfirmedAt: string | null;
  reconfirmDueAt: string | null;
}

/** `GET /me`. */
export interface MeResponse {
  registration: RegistrationStatusJson;
  passwordChange: {
    required: boolean;
    reason: 'must_change' | 'expired' | null;
    expiresAt: string | null;
    warn: boolean;
  };
}

/** `POST /me/methods`. */
export interface AddMethodInput {
  kind: ContactKind;
  /** An E.164 phone number or an email address. */
  value: string;
  /** Needed when the sign-in is not recent. */
  currentPassword?: string;
  locale?: string;
}

/** `POST /me/methods` answered 202: the code went out. */
export interface PendingVerification {
  kind: ContactKind;
  hint: string;
  expiresAt: string;
}

/** `POST /me/methods/verify`. */
export interface VerifyMethodInput {
  kind: ContactKind;
  value: string;
  code: string;
  currentPassword?: string;
}

/** Options of `removeMethod` and `setQuestions`. */
export interface ReauthInput {
  currentPassword?: string;
}

/** `POST /me/passkeys/options`: the options for `startRegistration` of `@simplewebauthn/browser`. */
export interface PasskeyOptions {
  /** Resident key and user verification required; the user's passkeys excluded. */
  publicKey: PublicKeyCredentialCreationOptionsJSON;
}

/** `POST /me/passkeys`. */
export interface AddPasskeyInput extends ReauthInput {
  /** The user's name for it, 1 to 64 characters. */
  name: string;
  /** What `startRegistration` answered. */
  credential: RegistrationResponseJSON;
}

/** `POST /me/authenticators/setup`: a new secret for an authenticator app, not yet registered. */
export interface AuthenticatorSetup {
  /** The TOTP secret, base32 (for typing it in). */
  secret: string;
  /** `otpauth://totp/...` (for the QR code). */
  uri: string;
  /** Names this setup in `addAuthenticator`. */
  enrolmentToken: string;
  /** When the setup runs out (ISO). */
  expiresAt: string;
}

/** `POST /me/authenticators`: the first code proves the app holds the secret. */
export interface AddAuthenticatorInput extends ReauthInput {
  enrolmentToken: string;
  /** The app's current 6-digit code. */
  code: string;
  /** The user's name for it, 1 to 64 characters. */
  name: string;
}

/** `PATCH /me/methods/{id}`: a new name for a passkey or an authenticator app. */
export interface RenameMethodInput extends ReauthInput {
  name: string;
}

/** `PUT /me/questions`. */
export interface SetQuestionsInput extends ReauthInput {
  answers: QuestionAnswer[];
}

/** `POST /me/sign-in-check/postpone`: "remind me later" was counted. */
export interface PostponeResult {
  /** How many more times the reminder may be postponed. */
  postponesLeft: number;
}

/** `POST /me/password`. */
export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

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
  SignInCheckResult,
};
