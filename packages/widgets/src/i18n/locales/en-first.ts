// What every element shows first, built into each: the first step of the reset, the link and
// its dialog, the shared actions, the status lines and the errors a first step can meet (those
// of the reset's later steps come with them, those of registration and password change are in
// en-account.ts). Part of the English catalog (en.ts).

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
  'error.rate_limited': 'Too many attempts. Try again {when}.',
  'error.blocked':
    'Self-service is blocked for this account for now. Try again {when}, or contact your helpdesk.',
  'error.directory_error': 'We could not update your account just now. Try again in a moment.',
  'error.conflict': 'Something changed in the meantime. Try again.',
  'error.not_found': 'The service could not be found.',
  'error.unsupported_method': 'The service refused the request.',
  'error.invalid_json': 'The service refused the request.',
  'error.payload_too_large': 'What you typed is too long.',
  'error.unsupported_media_type': 'The service refused the request.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.not_implemented': 'This is not available here.',
  'error.internal': 'Something went wrong on our side. Try again later.',
  'error.network_error':
    'The service could not be reached, or it refused requests from this page (its origin is not allowed). Try again later, or contact your helpdesk if it keeps happening.',
  'error.invalid_response': 'The service gave an unexpected answer. Try again later.',
  'error.unknown': 'Something went wrong. Try again.',
} as const;
