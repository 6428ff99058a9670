import type { z } from 'zod';
import { Locale, type Policy } from '../policy/policy-schema.js';
import { offeredTypes } from '../recovery/recovery-methods.js';
import type { configResponse } from './http-schemas.js';
import type { HttpServices } from './http-services.js';

/** What `GET /config` answers: the part of a policy a public form may show. */
export type PublicConfig = z.output<typeof configResponse>;

/** Which message channels have a sender (see `HttpServices.channels`). */
export type Channels = NonNullable<HttpServices['channels']>;

/**
 * Projects a policy onto what a public form may show: branding, locales, helpdesk, the
 * password's length rules, the methods that can be used and the question settings. Limits,
 * groups, banned terms and every other rule stay out.
 *
 * @param channels Without it, every method the policy enables is shown; with it, what a
 *   flow offers (`offeredTypes`): methods whose channel has no sender are left out, and
 *   passkeys unless `passkey` is true.
 * @param captcha The engine's captcha as the widget needs it (not part of the policy).
 */
export function toPublicConfig(
  policy: Policy,
  channels?: Channels,
  captcha?: PublicConfig['captcha'],
): PublicConfig {
  const every = { sms: true, voice: true, email: true, passkey: true };
  const { branding, helpdesk, questions } = policy;
  return {
    branding: {
      orgName: branding.orgName,
      logoUrl: branding.logoUrl,
      primaryColor: branding.primaryColor,
      backgroundColor: branding.backgroundColor,
      textColor: branding.textColor,
    },
    locales: Object.values(Locale),
    defaultLocale: policy.defaultLocale,
    helpdesk: { email: helpdesk.email, url: helpdesk.url },
    password: { minLength: policy.password.minLength, maxLength: policy.password.maxLength },
    methods: offeredTypes(policy, channels ?? every).sort(
      (a, b) => policy.methods.indexOf(a) - policy.methods.indexOf(b),
    ),
    gatesRequired: policy.gatesRequired,
    unlockEnabled: policy.unlockEnabled,
    requireRegistration: policy.requireRegistration,
    mfaAwareRecovery: policy.mfaAwareRecovery,
    questions: policy.methods.includes('securityQuestions')
      ? {
          toRegister: questions.toRegister,
          predefined: questions.predefined,
          custom: questions.custom,
        }
      : undefined,
    captcha,
  };
}
