import type { FlowView, Locale, MethodType, PasswordIssue } from '@openreset/core';

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
  /** Present when security questions are enabled. */
  questions?: {
    toRegister: number;
    predefined: string[];
    custom: { id: string; text: string }[];
  };
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

/** `POST /reset/verify`: a code, or the answers. */
export interface VerifyResetInput {
  flowToken: string;
  methodId: string;
  code?: string;
  answers?: QuestionAnswer[];
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
  kind: string;
  hint: string | null;
  source: 'registered' | 'directory';
  verifiedAt?: string;
  questionIds?: string[];
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

/** `PUT /me/questions`. */
export interface SetQuestionsInput extends ReauthInput {
  answers: QuestionAnswer[];
}

/** `POST /me/password`. */
export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Re-exported for convenience: what the reset routes answer. */
export type { FlowView, PasswordIssue };
