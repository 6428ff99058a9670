import type { Locale } from '../policy/policy-schema.js';
import { ar } from './locales/ar.js';
import { bg } from './locales/bg.js';
import { cs } from './locales/cs.js';
import { da } from './locales/da.js';
import { el } from './locales/el.js';
import { fi } from './locales/fi.js';
import { he } from './locales/he.js';
import { hr } from './locales/hr.js';
import { hu } from './locales/hu.js';
import { id } from './locales/id.js';
import { it } from './locales/it.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { nb } from './locales/nb.js';
import { pl } from './locales/pl.js';
import { ptBR } from './locales/pt-BR.js';
import { ptPT } from './locales/pt-PT.js';
import { ro } from './locales/ro.js';
import { ru } from './locales/ru.js';
import { sk } from './locales/sk.js';
import { sv } from './locales/sv.js';
import { tr } from './locales/tr.js';
import { uk } from './locales/uk.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';

/**
 * The English catalog, which defines the keys every locale must have (a parity test
 * derives them from here). Placeholders, filled by the renderers:
 * `{org}` the organization's name, `{code}` the verification code, `{minutes}` the code's
 * lifetime as localized words ("5 minutes"), `{helpdesk}` the helpdesk's address or page,
 * `{user}` a display name or username, `{time}` a localized date and time in UTC,
 * `{method}` the localized name of a recovery method (one of the `method*` names below),
 * `{hint}` a masked value the caller supplies (`+31 6 •••• ••78`, `a•••@example.com`),
 * `{hours}` how long self-service stays blocked, as localized words ("24 hours"; only in
 * the `selfServiceBlocked*` texts), `{actor}` the administrator who acted (only in the
 * `adminResetByAdmin*` texts). In the `passwordExpiring*` texts `{time}` is when the
 * password expires.
 */
const en = {
  /** The whole SMS (the WebOTP line, when asked for, follows it). */
  smsCode:
    'Your {org} verification code is {code}. It expires in {minutes}. Do not share it with anyone.',
  /** Spoken before the digits of the code. */
  voiceIntro: 'Hello, this is {org}. Your verification code is',
  emailCodeSubject: 'Your {org} verification code',
  emailCodeHeading: 'Your verification code',
  emailCodeBody: 'Enter this code to confirm that it is you:',
  emailCodeExpiry: 'The code expires in {minutes}. Do not share it with anyone.',
  emailCodeIgnore:
    'If you did not ask for this code, you can ignore this email. Someone may have entered your address by mistake.',
  resetNoticeSubject: 'Your {org} password was reset',
  resetNoticeHeading: 'Your password was reset',
  resetNoticeBody: 'The password of your {org} account was reset on {time}.',
  unlockNoticeSubject: 'Your {org} account was unlocked',
  unlockNoticeHeading: 'Your account was unlocked',
  unlockNoticeBody: 'Your {org} account was unlocked on {time}.',
  passwordChangedSubject: 'Your {org} password was changed',
  passwordChangedHeading: 'Your password was changed',
  passwordChangedBody: 'The password of your {org} account was changed on {time}.',
  methodAddedSubject: 'A recovery method was added to your {org} account',
  methodAddedHeading: 'A recovery method was added',
  methodAddedBody: 'This recovery method was added to your {org} account on {time}:',
  methodRemovedSubject: 'A recovery method was removed from your {org} account',
  methodRemovedHeading: 'A recovery method was removed',
  methodRemovedBody: 'This recovery method was removed from your {org} account on {time}:',
  /** Names of recovery methods, shown on a line of their own (hence the capital). */
  methodMobile: 'Mobile phone',
  methodOffice: 'Office phone',
  methodEmail: 'Email address',
  methodSecurityQuestions: 'Security questions',
  methodPasskey: 'Passkey',
  methodAuthenticator: 'Authenticator app',
  /** A method's name with its masked value. */
  methodWithHint: '{method}: {hint}',
  /** Sent to the old address when the recovery email changes. */
  emailChangedSubject: 'The recovery email address of your {org} account was changed',
  emailChangedHeading: 'Your recovery email address was changed',
  emailChangedBody: 'The email address used to recover your {org} account was changed on {time}.',
  emailChangedNewAddress: 'The new address is {hint}.',
  emailChangedWhy:
    'We are sending this message to your previous address so that you know about the change.',
  /** Sent when self-service reset and unlock are blocked after too many failed proofs. */
  selfServiceBlockedSubject: 'Password reset for your {org} account is paused',
  selfServiceBlockedHeading: 'Password reset is paused',
  selfServiceBlockedBody:
    'Someone entered wrong verification codes or answers for your {org} account too many times, so self-service password reset and unlock are paused for {hours} from {time}.',
  selfServiceBlockedNext: 'Your password has not been changed. If this was you, try again later.',
  /** Sent before a password expires (`password.expiryWarningDays`); `{time}` is the expiry. */
  passwordExpiringSubject: 'Your {org} password expires soon',
  passwordExpiringHeading: 'Your password expires soon',
  passwordExpiringBody: 'The password of your {org} account expires on {time}.',
  passwordExpiringNext:
    'Change it before then to keep signing in. After that you will be asked to change it when you sign in.',
  /** Scheduled: the user has too few recovery methods to reset on their own. */
  registrationReminderSubject: 'Set up password reset for your {org} account',
  registrationReminderHeading: 'Set up password reset',
  registrationReminderBody:
    'Your {org} account has no recovery methods yet, or too few to reset your password on your own.',
  registrationReminderNext:
    'Add them the next time you sign in, so that you can reset a forgotten password without calling for help.',
  /** Scheduled: the user's recovery methods were last confirmed `reconfirmDays` ago or more. */
  reconfirmationReminderSubject: 'Check the recovery methods of your {org} account',
  reconfirmationReminderHeading: 'Are your recovery methods still right?',
  reconfirmationReminderBody:
    'You have not confirmed the recovery methods of your {org} account for a while.',
  reconfirmationReminderNext:
    'Sign in and confirm they are still yours, or update them, so that you can always reset your password.',
  /** Sent when someone started a password reset for the account and did not finish it. */
  resetRequestedSubject: 'Someone asked to reset your {org} password',
  resetRequestedHeading: 'A password reset was requested',
  resetRequestedBody:
    'Someone asked to reset the password of your {org} account on {time} and did not finish.',
  resetRequestedNext:
    'Your password has not been changed. If this was you, you can ignore this message.',
  greeting: 'Hello {user},',
  notYouHelpdesk: 'If this was not you, contact {helpdesk} right away.',
  notYouAdmin: 'If this was not you, contact your administrator right away.',
  adminResetByAdminSubject: '{org}: {actor} reset the password of administrator {user}',
  adminResetByAdminHeading: 'An administrator’s password was reset by another administrator',
  adminResetByAdminBody: '{actor} reset {user}’s password on {time}.',
  adminNoticeSubject: '{org}: administrator {user} reset their own password',
  adminNoticeHeading: 'An administrator reset their own password',
  adminNoticeBody: '{user} reset their own password on {time}.',
  adminNoticeHint:
    'You receive this because you are an administrator of {org}. If you did not expect it, check the password reset activity report.',
  helpRequestedSubject: '{org}: {user} asks an administrator for help with their password',
  helpRequestedHeading: 'A user asks for help',
  helpRequestedBody:
    "{user} could not reset their password by self-service and asked on {time} for an administrator's help.",
  helpRequestedHint:
    'Check their recovery methods with them, or issue a Temporary Access Pass from the admin page.',
  footer: 'This is an automated message from {org}. Please do not reply.',
} as const;

/** A key of the message catalogs. */
export type MessageKey = keyof typeof en;

/** One locale's texts for every {@link MessageKey}. */
export type MessageCatalog = Readonly<Record<MessageKey, string>>;

const nl: MessageCatalog = {
  smsCode:
    'Je verificatiecode voor {org} is {code}. De code verloopt over {minutes}. Deel hem met niemand.',
  voiceIntro: 'Hallo, dit is {org}. Je verificatiecode is',
  emailCodeSubject: 'Je verificatiecode voor {org}',
  emailCodeHeading: 'Je verificatiecode',
  emailCodeBody: 'Voer deze code in om te bevestigen dat jij het bent:',
  emailCodeExpiry: 'De code verloopt over {minutes}. Deel hem met niemand.',
  emailCodeIgnore:
    'Heb je deze code niet aangevraagd? Dan kun je deze e-mail negeren. Misschien heeft iemand per ongeluk jouw adres ingevuld.',
  resetNoticeSubject: 'Je wachtwoord voor {org} is opnieuw ingesteld',
  resetNoticeHeading: 'Je wachtwoord is opnieuw ingesteld',
  resetNoticeBody: 'Het wachtwoord van je account bij {org} is op {time} opnieuw ingesteld.',
  unlockNoticeSubject: 'Je account bij {org} is ontgrendeld',
  unlockNoticeHeading: 'Je account is ontgrendeld',
  unlockNoticeBody: 'Je account bij {org} is op {time} ontgrendeld.',
  passwordChangedSubject: 'Je wachtwoord voor {org} is gewijzigd',
  passwordChangedHeading: 'Je wachtwoord is gewijzigd',
  passwordChangedBody: 'Het wachtwoord van je account bij {org} is op {time} gewijzigd.',
  methodAddedSubject: 'Er is een herstelmethode toegevoegd aan je account bij {org}',
  methodAddedHeading: 'Er is een herstelmethode toegevoegd',
  methodAddedBody: 'Deze herstelmethode is op {time} toegevoegd aan je account bij {org}:',
  methodRemovedSubject: 'Er is een herstelmethode verwijderd uit je account bij {org}',
  methodRemovedHeading: 'Er is een herstelmethode verwijderd',
  methodRemovedBody: 'Deze herstelmethode is op {time} verwijderd uit je account bij {org}:',
  methodMobile: 'Mobiele telefoon',
  methodOffice: 'Kantoortelefoon',
  methodEmail: 'E-mailadres',
  methodSecurityQuestions: 'Beveiligingsvragen',
  methodPasskey: 'Passkey',
  methodAuthenticator: 'Authenticator-app',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Het herstel-e-mailadres van je account bij {org} is gewijzigd',
  emailChangedHeading: 'Je herstel-e-mailadres is gewijzigd',
  emailChangedBody:
    'Het e-mailadres waarmee je je account bij {org} kunt herstellen, is op {time} gewijzigd.',
  emailChangedNewAddress: 'Het nieuwe adres is {hint}.',
  emailChangedWhy:
    'We sturen dit bericht naar je vorige adres, zodat je op de hoogte bent van de wijziging.',
  selfServiceBlockedSubject: 'Wachtwoordherstel voor je account bij {org} is gepauzeerd',
  selfServiceBlockedHeading: 'Wachtwoordherstel is gepauzeerd',
  selfServiceBlockedBody:
    'Iemand heeft te vaak verkeerde verificatiecodes of antwoorden ingevoerd voor je account bij {org}. Daarom zijn wachtwoordherstel en ontgrendelen via selfservice {hours} lang gepauzeerd, vanaf {time}.',
  selfServiceBlockedNext:
    'Je wachtwoord is niet gewijzigd. Was jij dit? Probeer het dan later opnieuw.',
  passwordExpiringSubject: 'Je wachtwoord voor {org} verloopt binnenkort',
  passwordExpiringHeading: 'Je wachtwoord verloopt binnenkort',
  passwordExpiringBody: 'Het wachtwoord van je account bij {org} verloopt op {time}.',
  passwordExpiringNext:
    'Wijzig het voor die tijd om te kunnen blijven inloggen. Daarna word je bij het inloggen gevraagd het te wijzigen.',
  registrationReminderSubject: 'Stel wachtwoordherstel in voor je account bij {org}',
  registrationReminderHeading: 'Stel wachtwoordherstel in',
  registrationReminderBody:
    'Je account bij {org} heeft nog geen herstelmethoden, of te weinig om je wachtwoord zelf te herstellen.',
  registrationReminderNext:
    'Voeg ze toe wanneer je weer inlogt, zodat je een vergeten wachtwoord zonder hulp kunt herstellen.',
  reconfirmationReminderSubject: 'Controleer de herstelmethoden van je account bij {org}',
  reconfirmationReminderHeading: 'Kloppen je herstelmethoden nog?',
  reconfirmationReminderBody:
    'Je hebt de herstelmethoden van je account bij {org} al een tijd niet bevestigd.',
  reconfirmationReminderNext:
    'Log in en bevestig dat ze nog van jou zijn, of werk ze bij, zodat je je wachtwoord altijd kunt herstellen.',
  resetRequestedSubject: 'Iemand wilde je wachtwoord voor {org} opnieuw instellen',
  resetRequestedHeading: 'Er is gevraagd je wachtwoord opnieuw in te stellen',
  resetRequestedBody:
    'Iemand heeft op {time} gevraagd het wachtwoord van je account bij {org} opnieuw in te stellen en heeft dat niet afgemaakt.',
  resetRequestedNext:
    'Je wachtwoord is niet gewijzigd. Was jij dit, dan kun je dit bericht negeren.',
  greeting: 'Hallo {user},',
  notYouHelpdesk: 'Was jij dit niet? Neem dan meteen contact op met {helpdesk}.',
  notYouAdmin: 'Was jij dit niet? Neem dan meteen contact op met je beheerder.',
  adminResetByAdminSubject:
    '{org}: {actor} heeft het wachtwoord van beheerder {user} opnieuw ingesteld',
  adminResetByAdminHeading:
    'Een andere beheerder heeft het wachtwoord van een beheerder opnieuw ingesteld',
  adminResetByAdminBody: '{actor} heeft op {time} het wachtwoord van {user} opnieuw ingesteld.',
  adminNoticeSubject: '{org}: beheerder {user} heeft het eigen wachtwoord opnieuw ingesteld',
  adminNoticeHeading: 'Een beheerder heeft het eigen wachtwoord opnieuw ingesteld',
  adminNoticeBody: '{user} heeft op {time} het eigen wachtwoord opnieuw ingesteld.',
  adminNoticeHint:
    'Je krijgt dit bericht omdat je beheerder bent bij {org}. Had je dit niet verwacht? Bekijk dan het activiteitenrapport voor wachtwoordherstel.',
  helpRequestedSubject: '{org}: {user} vraagt een beheerder om hulp met het wachtwoord',
  helpRequestedHeading: 'Een gebruiker vraagt om hulp',
  helpRequestedBody:
    '{user} kon het wachtwoord niet zelf opnieuw instellen en vroeg op {time} om hulp van een beheerder.',
  helpRequestedHint:
    'Controleer samen de herstelmethoden, of geef een tijdelijke toegangspas uit op de beheerpagina.',
  footer: 'Dit is een automatisch bericht van {org}. Je kunt er niet op antwoorden.',
};

const de: MessageCatalog = {
  smsCode:
    'Ihr Bestätigungscode für {org} lautet {code}. Er läuft in {minutes} ab. Geben Sie ihn an niemanden weiter.',
  voiceIntro: 'Hallo, hier ist {org}. Ihr Bestätigungscode lautet',
  emailCodeSubject: 'Ihr Bestätigungscode für {org}',
  emailCodeHeading: 'Ihr Bestätigungscode',
  emailCodeBody: 'Geben Sie diesen Code ein, um zu bestätigen, dass Sie es sind:',
  emailCodeExpiry: 'Der Code läuft in {minutes} ab. Geben Sie ihn an niemanden weiter.',
  emailCodeIgnore:
    'Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Vielleicht hat jemand Ihre Adresse versehentlich eingegeben.',
  resetNoticeSubject: 'Ihr Passwort für {org} wurde zurückgesetzt',
  resetNoticeHeading: 'Ihr Passwort wurde zurückgesetzt',
  resetNoticeBody: 'Das Passwort Ihres Kontos bei {org} wurde am {time} zurückgesetzt.',
  unlockNoticeSubject: 'Ihr Konto bei {org} wurde entsperrt',
  unlockNoticeHeading: 'Ihr Konto wurde entsperrt',
  unlockNoticeBody: 'Ihr Konto bei {org} wurde am {time} entsperrt.',
  passwordChangedSubject: 'Ihr Passwort für {org} wurde geändert',
  passwordChangedHeading: 'Ihr Passwort wurde geändert',
  passwordChangedBody: 'Das Passwort Ihres Kontos bei {org} wurde am {time} geändert.',
  methodAddedSubject: 'Ihrem Konto bei {org} wurde eine Wiederherstellungsmethode hinzugefügt',
  methodAddedHeading: 'Eine Wiederherstellungsmethode wurde hinzugefügt',
  methodAddedBody:
    'Diese Wiederherstellungsmethode wurde Ihrem Konto bei {org} am {time} hinzugefügt:',
  methodRemovedSubject: 'Aus Ihrem Konto bei {org} wurde eine Wiederherstellungsmethode entfernt',
  methodRemovedHeading: 'Eine Wiederherstellungsmethode wurde entfernt',
  methodRemovedBody:
    'Diese Wiederherstellungsmethode wurde am {time} aus Ihrem Konto bei {org} entfernt:',
  methodMobile: 'Mobiltelefon',
  methodOffice: 'Bürotelefon',
  methodEmail: 'E-Mail-Adresse',
  methodSecurityQuestions: 'Sicherheitsfragen',
  methodPasskey: 'Passkey',
  methodAuthenticator: 'Authenticator-App',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject:
    'Die Wiederherstellungs-E-Mail-Adresse Ihres Kontos bei {org} wurde geändert',
  emailChangedHeading: 'Ihre Wiederherstellungs-E-Mail-Adresse wurde geändert',
  emailChangedBody:
    'Die E-Mail-Adresse zur Wiederherstellung Ihres Kontos bei {org} wurde am {time} geändert.',
  emailChangedNewAddress: 'Die neue Adresse lautet {hint}.',
  emailChangedWhy:
    'Wir senden diese Nachricht an Ihre bisherige Adresse, damit Sie von der Änderung erfahren.',
  selfServiceBlockedSubject:
    'Das Zurücksetzen des Passworts für Ihr Konto bei {org} ist vorübergehend gesperrt',
  selfServiceBlockedHeading: 'Das Zurücksetzen des Passworts ist vorübergehend gesperrt',
  selfServiceBlockedBody:
    'Jemand hat für Ihr Konto bei {org} zu oft falsche Bestätigungscodes oder Antworten eingegeben. Deshalb sind das Zurücksetzen des Passworts und das Entsperren per Self-Service ab {time} für {hours} gesperrt.',
  selfServiceBlockedNext:
    'Ihr Passwort wurde nicht geändert. Falls Sie das waren, versuchen Sie es später erneut.',
  passwordExpiringSubject: 'Ihr Passwort für {org} läuft bald ab',
  passwordExpiringHeading: 'Ihr Passwort läuft bald ab',
  passwordExpiringBody: 'Das Passwort Ihres Kontos bei {org} läuft am {time} ab.',
  passwordExpiringNext:
    'Ändern Sie es vorher, um sich weiter anmelden zu können. Danach werden Sie bei der Anmeldung aufgefordert, es zu ändern.',
  registrationReminderSubject: 'Richten Sie die Passwortwiederherstellung für {org} ein',
  registrationReminderHeading: 'Passwortwiederherstellung einrichten',
  registrationReminderBody:
    'Für Ihr Konto bei {org} sind noch keine oder zu wenige Wiederherstellungsmethoden hinterlegt, um Ihr Passwort selbst zurückzusetzen.',
  registrationReminderNext:
    'Fügen Sie sie bei Ihrer nächsten Anmeldung hinzu, damit Sie ein vergessenes Passwort ohne fremde Hilfe zurücksetzen können.',
  reconfirmationReminderSubject: 'Prüfen Sie die Wiederherstellungsmethoden Ihres Kontos bei {org}',
  reconfirmationReminderHeading: 'Stimmen Ihre Wiederherstellungsmethoden noch?',
  reconfirmationReminderBody:
    'Sie haben die Wiederherstellungsmethoden Ihres Kontos bei {org} seit Längerem nicht bestätigt.',
  reconfirmationReminderNext:
    'Melden Sie sich an und bestätigen Sie, dass sie noch Ihnen gehören, oder aktualisieren Sie sie, damit Sie Ihr Passwort jederzeit zurücksetzen können.',
  resetRequestedSubject: 'Jemand wollte Ihr Passwort für {org} zurücksetzen',
  resetRequestedHeading: 'Ein Zurücksetzen des Passworts wurde angefordert',
  resetRequestedBody:
    'Jemand hat am {time} angefordert, das Passwort Ihres Kontos bei {org} zurückzusetzen, und den Vorgang nicht abgeschlossen.',
  resetRequestedNext:
    'Ihr Passwort wurde nicht geändert. Wenn Sie das waren, können Sie diese Nachricht ignorieren.',
  greeting: 'Hallo {user},',
  notYouHelpdesk: 'Falls Sie das nicht waren, wenden Sie sich bitte sofort an {helpdesk}.',
  notYouAdmin: 'Falls Sie das nicht waren, wenden Sie sich bitte sofort an Ihren Administrator.',
  adminResetByAdminSubject:
    '{org}: {actor} hat das Passwort von Administrator {user} zurückgesetzt',
  adminResetByAdminHeading:
    'Ein Administrator hat das Passwort eines anderen Administrators zurückgesetzt',
  adminResetByAdminBody: '{actor} hat am {time} das Passwort von {user} zurückgesetzt.',
  adminNoticeSubject: '{org}: Administrator {user} hat das eigene Passwort zurückgesetzt',
  adminNoticeHeading: 'Ein Administrator hat das eigene Passwort zurückgesetzt',
  adminNoticeBody: '{user} hat am {time} das eigene Passwort zurückgesetzt.',
  adminNoticeHint:
    'Sie erhalten diese Nachricht, weil Sie Administrator bei {org} sind. Falls Sie das nicht erwartet haben, prüfen Sie den Aktivitätsbericht zu Passwortzurücksetzungen.',
  helpRequestedSubject: '{org}: {user} bittet einen Administrator um Hilfe mit dem Passwort',
  helpRequestedHeading: 'Ein Benutzer bittet um Hilfe',
  helpRequestedBody:
    '{user} konnte das Passwort nicht selbst zurücksetzen und hat am {time} einen Administrator um Hilfe gebeten.',
  helpRequestedHint:
    'Prüfen Sie gemeinsam die Wiederherstellungsmethoden oder stellen Sie auf der Administrationsseite einen befristeten Zugriffspass aus.',
  footer: 'Dies ist eine automatische Nachricht von {org}. Bitte antworten Sie nicht darauf.',
};

// French puts a no-break space before ":" and uses the typographic apostrophe; "de {org}"
// is avoided because names starting with a vowel would need "d’".
const fr: MessageCatalog = {
  smsCode:
    'Votre code de vérification pour {org} est {code}. Il expire dans {minutes}. Ne le communiquez à personne.',
  voiceIntro: 'Bonjour, ici {org}. Votre code de vérification est',
  emailCodeSubject: 'Votre code de vérification pour {org}',
  emailCodeHeading: 'Votre code de vérification',
  emailCodeBody: 'Saisissez ce code pour confirmer qu’il s’agit bien de vous\u00a0:',
  emailCodeExpiry: 'Le code expire dans {minutes}. Ne le communiquez à personne.',
  emailCodeIgnore:
    'Si vous n’avez pas demandé ce code, vous pouvez ignorer cet e-mail. Quelqu’un a peut-être saisi votre adresse par erreur.',
  resetNoticeSubject: 'Le mot de passe de votre compte {org} a été réinitialisé',
  resetNoticeHeading: 'Votre mot de passe a été réinitialisé',
  resetNoticeBody: 'Le mot de passe de votre compte {org} a été réinitialisé le {time}.',
  unlockNoticeSubject: 'Votre compte {org} a été déverrouillé',
  unlockNoticeHeading: 'Votre compte a été déverrouillé',
  unlockNoticeBody: 'Votre compte {org} a été déverrouillé le {time}.',
  passwordChangedSubject: 'Le mot de passe de votre compte {org} a été modifié',
  passwordChangedHeading: 'Votre mot de passe a été modifié',
  passwordChangedBody: 'Le mot de passe de votre compte {org} a été modifié le {time}.',
  methodAddedSubject: 'Une méthode de récupération a été ajoutée à votre compte {org}',
  methodAddedHeading: 'Une méthode de récupération a été ajoutée',
  methodAddedBody:
    'La méthode de récupération suivante a été ajoutée à votre compte {org} le {time}\u00a0:',
  methodRemovedSubject: 'Une méthode de récupération a été supprimée de votre compte {org}',
  methodRemovedHeading: 'Une méthode de récupération a été supprimée',
  methodRemovedBody:
    'La méthode de récupération suivante a été supprimée de votre compte {org} le {time}\u00a0:',
  methodMobile: 'Téléphone mobile',
  methodOffice: 'Téléphone professionnel',
  methodEmail: 'Adresse e-mail',
  methodSecurityQuestions: 'Questions de sécurité',
  methodPasskey: 'Clé d’accès',
  methodAuthenticator: 'Application d’authentification',
  methodWithHint: '{method}\u00a0: {hint}',
  emailChangedSubject: 'L’adresse e-mail de récupération de votre compte {org} a été modifiée',
  emailChangedHeading: 'Votre adresse e-mail de récupération a été modifiée',
  emailChangedBody:
    'L’adresse e-mail servant à récupérer votre compte {org} a été modifiée le {time}.',
  emailChangedNewAddress: 'La nouvelle adresse est {hint}.',
  emailChangedWhy:
    'Nous envoyons ce message à votre ancienne adresse pour vous signaler ce changement.',
  selfServiceBlockedSubject:
    'La réinitialisation du mot de passe de votre compte {org} est suspendue',
  selfServiceBlockedHeading: 'La réinitialisation du mot de passe est suspendue',
  selfServiceBlockedBody:
    'Quelqu’un a saisi trop de codes de vérification ou de réponses incorrects pour votre compte {org}. La réinitialisation du mot de passe et le déverrouillage en libre-service sont donc suspendus pendant {hours} à partir du {time}.',
  selfServiceBlockedNext:
    'Votre mot de passe n’a pas été modifié. Si c’était vous, réessayez plus tard.',
  passwordExpiringSubject: 'Le mot de passe de votre compte {org} expire bientôt',
  passwordExpiringHeading: 'Votre mot de passe expire bientôt',
  passwordExpiringBody: 'Le mot de passe de votre compte {org} expire le {time}.',
  passwordExpiringNext:
    'Changez-le avant cette date pour continuer à vous connecter. Ensuite, il vous sera demandé de le changer à la connexion.',
  registrationReminderSubject:
    'Configurez la réinitialisation du mot de passe de votre compte {org}',
  registrationReminderHeading: 'Configurez la réinitialisation du mot de passe',
  registrationReminderBody:
    'Votre compte {org} n’a pas encore de méthodes de récupération, ou trop peu pour réinitialiser vous-même votre mot de passe.',
  registrationReminderNext:
    'Ajoutez-les lors de votre prochaine connexion afin de pouvoir réinitialiser un mot de passe oublié sans demander d’aide.',
  reconfirmationReminderSubject: 'Vérifiez les méthodes de récupération de votre compte {org}',
  reconfirmationReminderHeading: 'Vos méthodes de récupération sont-elles toujours à jour\u00a0?',
  reconfirmationReminderBody:
    'Vous n’avez pas confirmé depuis un moment les méthodes de récupération de votre compte {org}.',
  reconfirmationReminderNext:
    'Connectez-vous et confirmez qu’elles vous appartiennent toujours, ou mettez-les à jour, afin de pouvoir toujours réinitialiser votre mot de passe.',
  resetRequestedSubject: 'Quelqu’un a demandé à réinitialiser votre mot de passe {org}',
  resetRequestedHeading: 'Une réinitialisation du mot de passe a été demandée',
  resetRequestedBody:
    'Quelqu’un a demandé le {time} à réinitialiser le mot de passe de votre compte {org} sans aller jusqu’au bout.',
  resetRequestedNext:
    'Votre mot de passe n’a pas été modifié. Si c’était vous, vous pouvez ignorer ce message.',
  greeting: 'Bonjour {user},',
  notYouHelpdesk: 'Si ce n’était pas vous, contactez immédiatement {helpdesk}.',
  notYouAdmin: 'Si ce n’était pas vous, contactez immédiatement votre administrateur.',
  adminResetByAdminSubject:
    '{org}\u00a0: {actor} a réinitialisé le mot de passe de l’administrateur {user}',
  adminResetByAdminHeading:
    'Un administrateur a réinitialisé le mot de passe d’un autre administrateur',
  adminResetByAdminBody: '{actor} a réinitialisé le mot de passe de {user} le {time}.',
  adminNoticeSubject: '{org}\u00a0: l’administrateur {user} a réinitialisé son propre mot de passe',
  adminNoticeHeading: 'Un administrateur a réinitialisé son propre mot de passe',
  adminNoticeBody: '{user} a réinitialisé son propre mot de passe le {time}.',
  adminNoticeHint:
    'Vous recevez ce message parce que vous êtes administrateur chez {org}. Si vous ne vous y attendiez pas, consultez le rapport d’activité des réinitialisations de mot de passe.',
  helpRequestedSubject: '{org} : {user} demande l’aide d’un administrateur pour son mot de passe',
  helpRequestedHeading: 'Un utilisateur demande de l’aide',
  helpRequestedBody:
    '{user} n’a pas pu réinitialiser son mot de passe en libre-service et a demandé l’aide d’un administrateur le {time}.',
  helpRequestedHint:
    'Vérifiez avec lui ses méthodes de récupération, ou délivrez un passe d’accès temporaire depuis la page d’administration.',
  footer: 'Ceci est un message automatique envoyé par {org}. Merci de ne pas y répondre.',
};

const es: MessageCatalog = {
  smsCode:
    'Tu código de verificación de {org} es {code}. Caduca en {minutes}. No lo compartas con nadie.',
  voiceIntro: 'Hola, te llamamos de {org}. Tu código de verificación es',
  emailCodeSubject: 'Tu código de verificación de {org}',
  emailCodeHeading: 'Tu código de verificación',
  emailCodeBody: 'Introduce este código para confirmar que eres tú:',
  emailCodeExpiry: 'El código caduca en {minutes}. No lo compartas con nadie.',
  emailCodeIgnore:
    'Si no has solicitado este código, puedes ignorar este correo. Puede que alguien haya escrito tu dirección por error.',
  resetNoticeSubject: 'Se ha restablecido tu contraseña de {org}',
  resetNoticeHeading: 'Se ha restablecido tu contraseña',
  resetNoticeBody: 'La contraseña de tu cuenta de {org} se restableció el {time}.',
  unlockNoticeSubject: 'Se ha desbloqueado tu cuenta de {org}',
  unlockNoticeHeading: 'Se ha desbloqueado tu cuenta',
  unlockNoticeBody: 'Tu cuenta de {org} se desbloqueó el {time}.',
  passwordChangedSubject: 'Se ha cambiado tu contraseña de {org}',
  passwordChangedHeading: 'Se ha cambiado tu contraseña',
  passwordChangedBody: 'La contraseña de tu cuenta de {org} se cambió el {time}.',
  methodAddedSubject: 'Se ha añadido un método de recuperación a tu cuenta de {org}',
  methodAddedHeading: 'Se ha añadido un método de recuperación',
  methodAddedBody: 'Este método de recuperación se añadió a tu cuenta de {org} el {time}:',
  methodRemovedSubject: 'Se ha eliminado un método de recuperación de tu cuenta de {org}',
  methodRemovedHeading: 'Se ha eliminado un método de recuperación',
  methodRemovedBody: 'Este método de recuperación se eliminó de tu cuenta de {org} el {time}:',
  methodMobile: 'Teléfono móvil',
  methodOffice: 'Teléfono de la oficina',
  methodEmail: 'Dirección de correo electrónico',
  methodSecurityQuestions: 'Preguntas de seguridad',
  methodPasskey: 'Llave de acceso',
  methodAuthenticator: 'Aplicación de autenticación',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Se ha cambiado el correo de recuperación de tu cuenta de {org}',
  emailChangedHeading: 'Se ha cambiado tu correo de recuperación',
  emailChangedBody: 'La dirección de correo para recuperar tu cuenta de {org} se cambió el {time}.',
  emailChangedNewAddress: 'La nueva dirección es {hint}.',
  emailChangedWhy:
    'Te enviamos este mensaje a tu dirección anterior para que sepas que se ha hecho este cambio.',
  selfServiceBlockedSubject:
    'El restablecimiento de la contraseña de tu cuenta de {org} está en pausa',
  selfServiceBlockedHeading: 'El restablecimiento de la contraseña está en pausa',
  selfServiceBlockedBody:
    'Alguien ha introducido demasiadas veces códigos de verificación o respuestas incorrectos para tu cuenta de {org}, así que el restablecimiento de la contraseña y el desbloqueo por autoservicio quedan en pausa durante {hours} a partir del {time}.',
  selfServiceBlockedNext:
    'Tu contraseña no ha cambiado. Si has sido tú, vuelve a intentarlo más tarde.',
  passwordExpiringSubject: 'Tu contraseña de {org} caduca pronto',
  passwordExpiringHeading: 'Tu contraseña caduca pronto',
  passwordExpiringBody: 'La contraseña de tu cuenta de {org} caduca el {time}.',
  passwordExpiringNext:
    'Cámbiala antes para poder seguir iniciando sesión. Después se te pedirá que la cambies al iniciar sesión.',
  registrationReminderSubject: 'Configura el restablecimiento de contraseña de tu cuenta de {org}',
  registrationReminderHeading: 'Configura el restablecimiento de contraseña',
  registrationReminderBody:
    'Tu cuenta de {org} aún no tiene métodos de recuperación, o tiene muy pocos para restablecer tu contraseña por tu cuenta.',
  registrationReminderNext:
    'Añádelos la próxima vez que inicies sesión para poder restablecer una contraseña olvidada sin pedir ayuda.',
  reconfirmationReminderSubject: 'Revisa los métodos de recuperación de tu cuenta de {org}',
  reconfirmationReminderHeading: '¿Siguen siendo correctos tus métodos de recuperación?',
  reconfirmationReminderBody:
    'Hace tiempo que no confirmas los métodos de recuperación de tu cuenta de {org}.',
  reconfirmationReminderNext:
    'Inicia sesión y confirma que siguen siendo tuyos, o actualízalos, para poder restablecer siempre tu contraseña.',
  resetRequestedSubject: 'Alguien ha pedido restablecer tu contraseña de {org}',
  resetRequestedHeading: 'Se ha pedido restablecer la contraseña',
  resetRequestedBody:
    'Alguien pidió el {time} restablecer la contraseña de tu cuenta de {org} y no terminó.',
  resetRequestedNext: 'Tu contraseña no ha cambiado. Si has sido tú, puedes ignorar este mensaje.',
  greeting: 'Hola, {user}:',
  notYouHelpdesk: 'Si no has sido tú, ponte en contacto con {helpdesk} de inmediato.',
  notYouAdmin: 'Si no has sido tú, ponte en contacto con tu administrador de inmediato.',
  adminResetByAdminSubject: '{org}: {actor} ha restablecido la contraseña del administrador {user}',
  adminResetByAdminHeading: 'Un administrador ha restablecido la contraseña de otro administrador',
  adminResetByAdminBody: '{actor} restableció la contraseña de {user} el {time}.',
  adminNoticeSubject: '{org}: el administrador {user} ha restablecido su propia contraseña',
  adminNoticeHeading: 'Un administrador ha restablecido su propia contraseña',
  adminNoticeBody: '{user} restableció su propia contraseña el {time}.',
  adminNoticeHint:
    'Recibes este mensaje porque eres administrador de {org}. Si no lo esperabas, revisa el informe de actividad de restablecimiento de contraseñas.',
  helpRequestedSubject: '{org}: {user} pide ayuda a un administrador con su contraseña',
  helpRequestedHeading: 'Un usuario pide ayuda',
  helpRequestedBody:
    '{user} no pudo restablecer su contraseña por sí mismo y pidió ayuda a un administrador el {time}.',
  helpRequestedHint:
    'Revisa con esa persona sus métodos de recuperación, o emite un pase de acceso temporal desde la página de administración.',
  footer: 'Este es un mensaje automático de {org}. No respondas a este correo.',
};

/**
 * The texts of every message OpenReset sends to people (codes by SMS, voice and email;
 * reset, unlock, password change, recovery-method, self-service-blocked and admin notices),
 * one catalog per supported locale. Core reports validation problems as data, but messages
 * to users must be words, and they live here.
 *
 * Contract: every locale has every key of the English catalog with the same placeholders
 * (a parity test enforces it). Texts are plain strings with `{name}` placeholders: the
 * renderers escape what they interpolate, so the catalogs hold no HTML.
 */
export const messageCatalogs: Readonly<Record<Locale, MessageCatalog>> = {
  en,
  nl,
  de,
  fr,
  es,
  ar,
  he,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  pl,
  ko,
  it,
  'pt-BR': ptBR,
  'pt-PT': ptPT,
  sv,
  da,
  nb,
  fi,
  ru,
  uk,
  tr,
  cs,
  el,
  ro,
  hu,
  sk,
  bg,
  hr,
  id,
};
