// What every element shows first, built into each: the first step of the reset, the link and
// its dialog, the shared actions, the status lines and every error. Part of the English catalog
// (en.ts).

/** English: the strings every element shows first. */
export const enFirst = {
  'link.text': 'Can’t access your account?',
  'dialog.label': 'Account recovery',

  'identify.heading.reset': 'Reset your password',
  'identify.heading.unlock': 'Unlock your account',
  'identify.intro': 'Enter your username or email address and we’ll help you get back in.',
  'identify.label': 'Username or email address',
  'identify.intent.legend': 'What do you need?',
  'identify.intent.reset': 'I forgot my password',
  'identify.intent.unlock': 'My account is locked and I know my password',

  'action.next': 'Next',
  'action.back': 'Back',
  'action.cancel': 'Cancel',
  'action.startOver': 'Start again',
  'action.close': 'Close',
  'blocked.heading': 'Self-service is blocked for now',
  'blocked.body':
    'Self-service is blocked for this account for now. Try again {when}, or contact your helpdesk.',
  'failure.heading': 'Something went wrong',

  'helpdesk.url': 'Contact your helpdesk',
  'helpdesk.email': 'Email your helpdesk at {email}',
  'helpdesk.none': 'If you’re stuck, contact your administrator.',
  'helpdesk.contactAdmin': 'Contact your administrator',
  'helpdesk.contacted': 'Your administrator has been told.',

  'status.loading': 'Loading…',
  'status.working': 'Please wait…',
  'field.required': 'Fill in this field.',

  'error.invalid_request': 'Check what you typed and try again.',
  'error.captcha_failed': 'Complete the human check and try again.',
  'captcha.working': 'Checking that you’re a person',
  'error.not_eligible': 'This account can’t use self-service password reset.',
  'error.flow_not_found': 'This session has ended. Start again.',
  'error.flow_expired': 'This session has expired. Start again.',
  'error.invalid_state': 'That step is no longer possible. Start again.',
  'error.method_not_found': 'That method is not available. Choose another one.',
  'error.method_already_used': 'You already used that method. Choose another one.',
  'error.confirm_required': 'Type the full phone number or email address.',
  'error.rate_limited': 'Too many attempts. Try again {when}.',
  'error.invalid_code': 'That code is wrong or was already used. Check it and try again.',
  'error.code_expired': 'That code has expired. Ask for a new one.',
  'error.too_many_attempts': 'That code was tried too often. Ask for a new one.',
  'error.invalid_answers': 'At least one answer was wrong. Answer these questions instead.',
  'attemptsLeft.one': '{count} attempt left before self-service is blocked.',
  'attemptsLeft.other': '{count} attempts left before self-service is blocked.',
  'error.blocked':
    'Self-service is blocked for this account for now. Try again {when}, or contact your helpdesk.',
  'error.password_required': 'Enter a new password.',
  'error.password_rejected': 'Choose a different password:',
  'error.directory_error': 'We could not update your account just now. Try again in a moment.',
  'error.conflict': 'Something changed in the meantime. Try again.',
  'error.reauthentication_required': 'Enter your current password to make this change.',
  'error.user_not_found': 'We could not find your account.',
  'error.method_not_allowed': 'This kind of method is not allowed.',
  'error.invalid_value': 'Enter a valid phone number (with country code) or email address.',
  'error.country_not_allowed':
    'Codes can’t be sent to numbers in this country. Use another number.',
  'error.below_minimum': 'You can’t remove this method: you need at least {count}.',
  'error.postpone_limit': 'You can’t put this off any longer. Set it up now.',
  'error.not_postponable': 'This can’t be put off.',
  'error.incorrect_password': 'Your current password is wrong.',
  'error.not_found': 'The service could not be found.',
  'error.unsupported_method': 'The service refused the request.',
  'error.invalid_json': 'The service refused the request.',
  'error.payload_too_large': 'What you typed is too long.',
  'error.unsupported_media_type': 'The service refused the request.',
  'error.unauthenticated': 'Sign in first.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.authentication_unavailable': 'Signing in is not possible right now. Try again later.',
  'error.not_implemented': 'This is not available here.',
  'error.internal': 'Something went wrong on our side. Try again later.',
  'error.network_error':
    'The service could not be reached, or it refused requests from this page (its origin is not allowed). Try again later, or contact your helpdesk if it keeps happening.',
  'error.invalid_response': 'The service gave an unexpected answer. Try again later.',
  'error.invalid_credential':
    'The passkey could not be verified. Try again, or use another method.',
  'error.strong_method_required': 'Use a passkey or an authenticator app for this step.',
  'error.invalid_name': 'Give it a name of 1 to 64 characters.',
  'error.too_many_methods': 'You have the most methods of this kind allowed. Remove one first.',
  'error.passkey_canceled':
    'The passkey prompt was closed or timed out. Try again when you’re ready.',
  'error.passkey_unsupported':
    'This browser can’t use passkeys. Use another method or another browser.',
  'error.passkey_already_registered': 'This device already has a passkey for your account.',
  'error.passkey_failed': 'The passkey didn’t work. Try again, or use another method.',
  'error.unknown': 'Something went wrong. Try again.',
  'error.directory.password_policy':
    'Your organization’s directory refused this password. Choose a different one.',
} as const;
