// The reset's later steps (methods, codes, questions, passkeys, the new password, done), loaded
// with the reset's later-steps chunk. Part of the English catalog (en.ts).

/** English: the strings of the reset's steps after the first. */
export const enResetSteps = {
  'action.back': 'Back',
  'action.sendCode': 'Send code',
  'action.verify': 'Verify',
  'action.resend': 'Send a new code',
  'action.otherMethod': 'Use another method',
  'action.resetPassword': 'Reset password',
  'action.unlock': 'Unlock account',
  'action.signIn': 'Sign in',

  'method.heading': 'Choose how to verify it’s you',
  'method.progress': 'Verification {current} of {total}',
  'method.gatePassed': 'Verification {current} of {total} passed.',
  'method.legend': 'Verification method',
  'method.mobileSms': 'Text a code to my mobile phone {hint}',
  'method.mobileVoice': 'Call my mobile phone {hint}',
  'method.officeVoice': 'Call my office phone {hint}',
  'method.email': 'Email a code to {hint}',
  'method.securityQuestions': 'Answer my security questions',
  'method.passkey': 'Use a passkey',
  'method.authenticatorApp': 'Enter a code from my authenticator app',
  'method.temporary_access_pass': 'Use a Temporary Access Pass from my administrator',
  'method.nextGate.strong_method_registered':
    'Your account has a passkey or authenticator app. Use one of them to continue.',
  'method.nextGate.admin_phishing_resistant':
    'Administrator accounts must use a passkey to continue.',
  'passkey.heading': 'Use your passkey',
  'passkey.intro':
    'Your browser will ask for the passkey of this account: on this device, on your phone or on a security key.',
  'action.usePasskey': 'Use a passkey',
  'authenticator.heading': 'Enter the code from your authenticator app',
  'authenticator.intro':
    'Open the authenticator app you set up for this account and type the 6-digit code it shows now.',
  'authenticator.label': '6-digit code',
  'authenticator.tooManyAttempts': 'Too many wrong codes from the app. Try again later.',
  'method.none': 'There is no verification method left to use.',

  'confirm.heading.phone': 'Confirm your phone number',
  'confirm.heading.email': 'Confirm your email address',
  'confirm.intro.phone':
    'To protect your account, type the full phone number that {hint} stands for. If it matches, we’ll send the code there.',
  'confirm.intro.email':
    'To protect your account, type the full email address that {hint} stands for. If it matches, we’ll send the code there.',
  'confirm.label.phone': 'Full phone number',
  'confirm.label.email': 'Full email address',
  'confirm.help.phone': 'Include the country code, for example +31 6 12345678.',

  'code.heading': 'Enter the code',
  'code.intro.sms': 'If this number matches the one on file, a code is on its way.',
  'code.intro.voice': 'If this number matches the one on file, we are calling it now.',
  'code.intro.email': 'If this address matches the one on file, a code is on its way.',
  'code.label': 'Verification code',
  'code.expiresIn': 'The code expires in {time}.',
  'code.expired': 'The code has expired. Ask for a new one.',
  'code.resent': 'If what you typed matches what we have on file, a new code is on its way.',
  'code.resendIn': 'You can ask for a new code in {time}.',
  'code.deliveryFailed': 'We could not deliver the code. Send a new one or use another method.',

  'questions.heading': 'Answer your security questions',
  'questions.intro': 'Answers are not case-sensitive.',

  'password.heading': 'Choose a new password',
  'password.intro': 'Use a long passphrase that you don’t use anywhere else.',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  'password.show': 'Show passwords',
  'password.rules': 'Password requirements',
  'password.rule.length': 'Between {min} and {max} characters',
  'password.rule.match': 'Both passwords match',
  'password.rule.met': 'Met:',
  'password.rule.unmet': 'Not met yet:',
  'password.mismatch': 'The passwords don’t match.',

  'unlock.heading': 'Unlock your account',
  'unlock.intro':
    'You’ve proved it’s you. Unlock your account, then sign in with your current password.',

  'done.heading.reset': 'Your password has been reset',
  'done.heading.unlock': 'Your account is unlocked',
  'done.next.reset':
    'Sign in with your new password. Apps and devices that still use the old one will ask you to sign in again.',
  'done.next.unlock': 'You can now sign in with your current password.',
  'done.registerNext':
    'Register new ways to verify it’s you, so you can reset your password yourself next time.',
  'action.registerMethods': 'Register new ways to verify',

  'temporaryPass.heading': 'Enter your Temporary Access Pass',
  'temporaryPass.intro': 'Type the pass your administrator gave you. Nothing is sent to you.',
  'temporaryPass.label': 'Temporary Access Pass',

  'issue.too_short':
    'Use at least {minimum, plural, one {# character} other {# characters}} (this one has {length}).',
  'issue.too_long':
    'Use at most {maximum, plural, one {# character} other {# characters}} (this one has {length}).',
  'issue.banned': 'This password is too common or too easy to guess.',
  'issue.breached': 'This password has appeared in a data breach.',
  'issue.reused': 'You used this password recently. Choose one you haven’t used before.',
  'issue.contains_identifier': 'Don’t use your username or email address in your password.',

  // Refusals of the later steps (registration and password change add them too, with the whole
  // English catalog).
  'error.method_not_found': 'That method is not available. Choose another one.',
  'error.method_already_used': 'You already used that method. Choose another one.',
  'error.confirm_required': 'Type the full phone number or email address.',
  'error.invalid_code': 'That code is wrong or was already used. Check it and try again.',
  'error.code_expired': 'That code has expired. Ask for a new one.',
  'error.too_many_attempts': 'That code was tried too often. Ask for a new one.',
  'error.invalid_answers': 'At least one answer was wrong. Answer these questions instead.',
  'attemptsLeft.one': '{count} attempt left before self-service is blocked.',
  'attemptsLeft.other': '{count} attempts left before self-service is blocked.',
  'error.password_required': 'Enter a new password.',
  'error.password_rejected': 'Choose a different password:',
  'error.invalid_credential':
    'The passkey could not be verified. Try again, or use another method.',
  'error.strong_method_required': 'Use a passkey or an authenticator app for this step.',
  'error.passkey_canceled':
    'The passkey prompt was closed or timed out. Try again when you’re ready.',
  'error.passkey_unsupported':
    'This browser can’t use passkeys. Use another method or another browser.',
  'error.passkey_failed': 'The passkey didn’t work. Try again, or use another method.',
  'error.directory.password_policy':
    'Your organization’s directory refused this password. Choose a different one.',

  // "Contact your administrator" needs a flow, so a later step.
  'helpdesk.contactAdmin': 'Contact your administrator',
  'helpdesk.contacted': 'Your administrator has been told.',
} as const;
