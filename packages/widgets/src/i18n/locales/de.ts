import type { Catalog } from './en.js';

/** German (formal: Sie). */
export const de: Catalog = {
  'link.text': 'Kein Zugriff auf Ihr Konto?',
  'dialog.label': 'Kontowiederherstellung',

  'identify.heading.reset': 'Passwort zurücksetzen',
  'identify.heading.unlock': 'Konto entsperren',
  'identify.intro':
    'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein, und wir helfen Ihnen weiter.',
  'identify.label': 'Benutzername oder E-Mail-Adresse',
  'identify.intent.legend': 'Was benötigen Sie?',
  'identify.intent.reset': 'Ich habe mein Passwort vergessen',
  'identify.intent.unlock': 'Mein Konto ist gesperrt und ich kenne mein Passwort',

  'action.next': 'Weiter',
  'action.back': 'Zurück',
  'action.cancel': 'Abbrechen',
  'action.sendCode': 'Code senden',
  'action.verify': 'Bestätigen',
  'action.resend': 'Neuen Code senden',
  'action.otherMethod': 'Andere Methode verwenden',
  'action.resetPassword': 'Passwort festlegen',
  'action.unlock': 'Konto entsperren',
  'action.startOver': 'Neu beginnen',
  'action.close': 'Schließen',
  'action.signIn': 'Anmelden',

  'method.heading': 'Wählen Sie, wie Sie sich ausweisen',
  'method.progress': 'Bestätigung {current} von {total}',
  'method.gatePassed': 'Bestätigung {current} von {total} erfolgreich.',
  'method.legend': 'Bestätigungsmethode',
  'method.mobileSms': 'Code per SMS an mein Mobiltelefon {hint} senden',
  'method.mobileVoice': 'Mein Mobiltelefon {hint} anrufen',
  'method.officeVoice': 'Mein Bürotelefon {hint} anrufen',
  'method.email': 'Code per E-Mail an {hint} senden',
  'method.securityQuestions': 'Meine Sicherheitsfragen beantworten',
  'method.passkey': 'Einen Passkey verwenden',
  'method.authenticatorApp': 'Einen Code aus meiner Authenticator-App eingeben',
  'method.temporary_access_pass': 'Einen befristeten Zugriffspass meines Administrators verwenden',
  'method.nextGate.strong_method_registered':
    'Ihr Konto hat einen Passkey oder eine Authenticator-App. Verwenden Sie eines davon, um fortzufahren.',
  'method.nextGate.admin_phishing_resistant':
    'Administratorkonten müssen einen Passkey verwenden, um fortzufahren.',
  'passkey.heading': 'Ihren Passkey verwenden',
  'passkey.intro':
    'Ihr Browser fragt nach dem Passkey dieses Kontos: auf diesem Gerät, auf Ihrem Telefon oder auf einem Sicherheitsschlüssel.',
  'action.usePasskey': 'Passkey verwenden',
  'authenticator.heading': 'Geben Sie den Code aus Ihrer Authenticator-App ein',
  'authenticator.intro':
    'Öffnen Sie die Authenticator-App, die Sie für dieses Konto eingerichtet haben, und geben Sie den 6-stelligen Code ein, den sie gerade anzeigt.',
  'authenticator.label': '6-stelliger Code',
  'authenticator.tooManyAttempts':
    'Zu viele falsche Codes aus der App. Versuchen Sie es später erneut.',
  'method.none': 'Es ist keine Bestätigungsmethode mehr verfügbar.',

  'confirm.heading.phone': 'Telefonnummer bestätigen',
  'confirm.heading.email': 'E-Mail-Adresse bestätigen',
  'confirm.intro.phone':
    'Geben Sie zum Schutz Ihres Kontos die vollständige Telefonnummer ein, für die {hint} steht. Wenn sie stimmt, senden wir den Code dorthin.',
  'confirm.intro.email':
    'Geben Sie zum Schutz Ihres Kontos die vollständige E-Mail-Adresse ein, für die {hint} steht. Wenn sie stimmt, senden wir den Code dorthin.',
  'confirm.label.phone': 'Vollständige Telefonnummer',
  'confirm.label.email': 'Vollständige E-Mail-Adresse',
  'confirm.help.phone': 'Mit Ländervorwahl, zum Beispiel +49 151 12345678.',

  'code.heading': 'Code eingeben',
  'code.intro.sms': 'Wenn diese Nummer mit der hinterlegten übereinstimmt, ist ein Code unterwegs.',
  'code.intro.voice':
    'Wenn diese Nummer mit der hinterlegten übereinstimmt, rufen wir sie jetzt an.',
  'code.intro.email':
    'Wenn diese Adresse mit der hinterlegten übereinstimmt, ist ein Code unterwegs.',
  'code.label': 'Bestätigungscode',
  'code.expiresIn': 'Der Code läuft in {time} ab.',
  'code.expired': 'Der Code ist abgelaufen. Fordern Sie einen neuen an.',
  'code.resent':
    'Wenn Ihre Eingabe mit den hinterlegten Daten übereinstimmt, ist ein neuer Code unterwegs.',
  'code.resendIn': 'Sie können in {time} einen neuen Code anfordern.',
  'code.deliveryFailed':
    'Der Code konnte nicht zugestellt werden. Fordern Sie einen neuen an oder wählen Sie eine andere Methode.',

  'questions.heading': 'Sicherheitsfragen beantworten',
  'questions.intro': 'Groß- und Kleinschreibung spielt keine Rolle.',

  'password.heading': 'Neues Passwort wählen',
  'password.intro': 'Verwenden Sie eine lange Passphrase, die Sie nirgendwo sonst nutzen.',
  'password.new': 'Neues Passwort',
  'password.confirm': 'Neues Passwort bestätigen',
  'password.show': 'Passwörter anzeigen',
  'password.rules': 'Anforderungen an das Passwort',
  'password.rule.length': 'Zwischen {min} und {max} Zeichen',
  'password.rule.match': 'Beide Passwörter stimmen überein',
  'password.rule.met': 'Erfüllt:',
  'password.rule.unmet': 'Noch nicht erfüllt:',
  'password.mismatch': 'Die Passwörter stimmen nicht überein.',

  'unlock.heading': 'Konto entsperren',
  'unlock.intro':
    'Sie haben sich ausgewiesen. Entsperren Sie Ihr Konto und melden Sie sich dann mit Ihrem aktuellen Passwort an.',

  'done.heading.reset': 'Ihr Passwort wurde zurückgesetzt',
  'done.heading.unlock': 'Ihr Konto ist entsperrt',
  'done.next.reset':
    'Melden Sie sich mit Ihrem neuen Passwort an. Apps und Geräte, die noch das alte verwenden, fordern Sie zur erneuten Anmeldung auf.',
  'done.next.unlock': 'Sie können sich jetzt mit Ihrem aktuellen Passwort anmelden.',
  'done.registerNext':
    'Registrieren Sie neue Möglichkeiten, Ihre Identität zu bestätigen, damit Sie Ihr Passwort beim nächsten Mal selbst zurücksetzen können.',
  'action.registerMethods': 'Neue Bestätigungswege registrieren',

  'temporaryPass.heading': 'Temporären Zugriffspass eingeben',
  'temporaryPass.intro':
    'Geben Sie den Pass ein, den Ihr Administrator Ihnen gegeben hat. Es wird Ihnen nichts gesendet.',
  'temporaryPass.label': 'Temporärer Zugriffspass',

  'change.heading': 'Passwort ändern',
  'change.heading.expired': 'Ihr Passwort ist abgelaufen',
  'change.intro': 'Geben Sie Ihr aktuelles Passwort ein und wählen Sie dann ein neues.',
  'change.intro.expired': 'Wählen Sie ein neues Passwort, um fortzufahren.',
  'change.current': 'Aktuelles Passwort',
  'action.changePassword': 'Passwort ändern',
  'change.done.heading': 'Ihr Passwort wurde geändert',
  'change.done.next':
    'Verwenden Sie ab jetzt Ihr neues Passwort. Apps und Geräte, die noch das alte verwenden, fordern Sie zur erneuten Anmeldung auf.',

  'register.heading': 'Ihre Wiederherstellungsmethoden',
  'register.intro': 'Damit bestätigen wir Ihre Identität, wenn Sie Ihr Passwort vergessen.',
  'register.status.registered': 'Alles ist eingerichtet.',
  'register.status.needs_reconfirmation': 'Bitte prüfen Sie, ob diese Angaben noch stimmen.',
  'register.status.missing':
    'Fügen Sie Methoden hinzu, bis Sie {count} haben, damit Sie Ihr Passwort selbst zurücksetzen können.',
  'register.list': 'Registrierte Methoden',
  'register.kind.mobile': 'Mobiltelefon {hint}',
  'register.kind.office': 'Bürotelefon {hint}',
  'register.kind.email': 'E-Mail {hint}',
  'register.kind.securityQuestions': 'Sicherheitsfragen',
  'register.kind.passkey': 'Passkey',
  'register.kind.authenticator': 'Authenticator-App',
  'register.named': '{method} „{name}“',
  'register.use.never': 'Hinzugefügt am {created}. Noch nicht verwendet.',
  'register.use.last': 'Hinzugefügt am {created}. Zuletzt verwendet am {lastUsed}.',
  'register.name.help': 'Ein Name, den Sie wiedererkennen, bis zu 64 Zeichen.',
  'register.passkey.heading': 'Passkey hinzufügen',
  'register.passkey.intro':
    'Mit einem Passkey bestätigen Sie Ihre Identität per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre. Ihr Browser fragt, wo er gespeichert werden soll.',
  'register.passkey.name': 'Name des Passkeys',
  'register.passkey.added': 'Der Passkey wurde hinzugefügt.',
  'register.passkey.tooMany':
    'Sie haben die höchstzulässige Anzahl an Passkeys. Entfernen Sie zuerst einen.',
  'register.authenticator.heading': 'Authenticator-App einrichten',
  'register.authenticator.scan': 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
  'register.authenticator.qr': 'QR-Code zum Scannen mit Ihrer Authenticator-App',
  'register.authenticator.key':
    'Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in der App ein:',
  'register.authenticator.copied': 'Der Schlüssel wurde kopiert.',
  'register.authenticator.copyFailed':
    'Der Schlüssel konnte nicht kopiert werden. Er ist markiert: Kopieren Sie ihn selbst.',
  'register.authenticator.confirm':
    'Geben Sie dann den Code ein, den die App anzeigt, und geben Sie der App einen Namen.',
  'register.authenticator.name': 'Name dieser App',
  'register.authenticator.added': 'Die Authenticator-App wurde hinzugefügt.',
  'register.authenticator.expired':
    'Die Zeit für die Einrichtung ist abgelaufen. Richten Sie die App erneut ein.',
  'register.authenticator.tooMany':
    'Sie haben die höchstzulässige Anzahl an Authenticator-Apps. Entfernen Sie zuerst eine.',
  'register.rename.heading': '{method} umbenennen',
  'register.rename.name': 'Neuer Name',
  'register.renamed': 'Der Name wurde gespeichert.',
  'action.addPasskey': 'Passkey hinzufügen',
  'action.createPasskey': 'Passkey erstellen',
  'action.setupAuthenticator': 'Authenticator-App einrichten',
  'action.copyKey': 'Schlüssel kopieren',
  'action.confirm': 'Bestätigen',
  'action.renameMethod': '{method} umbenennen',
  'register.fromDirectory': 'Aus dem Verzeichnis Ihrer Organisation',
  'register.none': 'Noch keine Methoden.',
  'register.add.heading.mobile': 'Telefonnummer hinzufügen',
  'register.add.heading.email': 'E-Mail-Adresse hinzufügen',
  'register.add.intro': 'Wir senden einen Code, um sie zu prüfen.',
  'register.verify.intro': 'Wir haben einen Code an {hint} gesendet.',
  'register.added': 'Die Methode wurde hinzugefügt.',
  'register.removed': 'Die Methode wurde entfernt.',
  'register.reconfirmed': 'Danke, Ihre Methoden sind bestätigt.',
  'register.questions.heading': 'Sicherheitsfragen einrichten',
  'register.questions.intro':
    'Wählen Sie {count} verschiedene Fragen, mit Antworten, die nur Sie kennen.',
  'register.questions.question': 'Frage {number}',
  'register.questions.answer': 'Antwort {number}',
  'register.questions.invalid': 'Prüfen Sie die markierten Felder.',
  'register.questions.saved': 'Ihre Sicherheitsfragen wurden gespeichert.',
  'action.addPhone': 'Telefonnummer hinzufügen',
  'action.addEmail': 'E-Mail-Adresse hinzufügen',
  'action.setQuestions': 'Sicherheitsfragen einrichten',
  'action.reconfirm': 'Stimmt so',
  'action.skipForNow': 'Jetzt überspringen (noch {count})',
  'action.continue': 'Weiter',
  'action.removeMethod': '{method} entfernen',
  'register.remove.confirm':
    '{method} entfernen? Sie können es dann nicht mehr zum Zurücksetzen Ihres Passworts verwenden.',
  'action.confirmRemove': 'Ja, entfernen',
  'action.keepMethod': 'Behalten',
  'action.save': 'Speichern',
  'answer.unknown_question': 'Wählen Sie eine Frage aus der Liste.',
  'answer.duplicate_question': 'Wählen Sie für jede Antwort eine andere Frage.',
  'answer.too_short': 'Eine Antwort ist zu kurz.',
  'answer.too_long': 'Eine Antwort ist zu lang.',
  'answer.duplicate_answer': 'Geben Sie auf jede Frage eine andere Antwort.',
  'answer.contains_question': 'Eine Antwort darf die Frage nicht wiederholen.',
  'answer.contains_name': 'Eine Antwort darf Ihren Namen nicht enthalten.',

  'blocked.heading': 'Die Selbstbedienung ist vorübergehend gesperrt',
  'blocked.body':
    'Die Selbstbedienung ist für dieses Konto vorübergehend gesperrt. Versuchen Sie es {when} erneut, oder wenden Sie sich an den Helpdesk.',
  'failure.heading': 'Etwas ist schiefgelaufen',

  'helpdesk.url': 'Wenden Sie sich an den Helpdesk',
  'helpdesk.email': 'Schreiben Sie dem Helpdesk an {email}',
  'helpdesk.none': 'Kommen Sie nicht weiter? Wenden Sie sich an Ihre Administration.',
  'helpdesk.contactAdmin': 'Wenden Sie sich an Ihre Administration',
  'helpdesk.contacted': 'Ihre Administration wurde benachrichtigt.',

  'status.loading': 'Wird geladen…',
  'status.working': 'Bitte warten…',
  'field.required': 'Füllen Sie dieses Feld aus.',

  'error.invalid_request': 'Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.',
  'error.captcha_failed': 'Schließen Sie die Prüfung ab und versuchen Sie es erneut.',
  'captcha.working': 'Wir prüfen, ob Sie ein Mensch sind',
  'error.not_eligible': 'Für dieses Konto ist das Zurücksetzen per Selbstbedienung nicht möglich.',
  'error.flow_not_found': 'Diese Sitzung ist beendet. Beginnen Sie neu.',
  'error.flow_expired': 'Diese Sitzung ist abgelaufen. Beginnen Sie neu.',
  'error.invalid_state': 'Dieser Schritt ist nicht mehr möglich. Beginnen Sie neu.',
  'error.method_not_found': 'Diese Methode ist nicht verfügbar. Wählen Sie eine andere.',
  'error.method_already_used': 'Diese Methode haben Sie bereits verwendet. Wählen Sie eine andere.',
  'error.confirm_required': 'Geben Sie die vollständige Telefonnummer oder E-Mail-Adresse ein.',
  'error.rate_limited': 'Zu viele Versuche. Versuchen Sie es {when} erneut.',
  'error.invalid_code':
    'Dieser Code ist falsch oder wurde bereits verwendet. Prüfen Sie ihn und versuchen Sie es erneut.',
  'error.code_expired': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  'error.too_many_attempts': 'Dieser Code wurde zu oft versucht. Fordern Sie einen neuen an.',
  'error.invalid_answers':
    'Mindestens eine Antwort war falsch. Beantworten Sie stattdessen diese Fragen.',
  'attemptsLeft.one': 'Noch {count} Versuch, bevor die Self-Service-Funktion gesperrt wird.',
  'attemptsLeft.other': 'Noch {count} Versuche, bevor die Self-Service-Funktion gesperrt wird.',
  'error.blocked':
    'Die Selbstbedienung ist für dieses Konto vorübergehend gesperrt. Versuchen Sie es {when} erneut, oder wenden Sie sich an den Helpdesk.',
  'error.password_required': 'Geben Sie ein neues Passwort ein.',
  'error.password_rejected': 'Wählen Sie ein anderes Passwort:',
  'error.directory_error':
    'Ihr Konto konnte gerade nicht aktualisiert werden. Versuchen Sie es gleich noch einmal.',
  'error.conflict': 'Inzwischen hat sich etwas geändert. Versuchen Sie es erneut.',
  'error.reauthentication_required': 'Geben Sie Ihr aktuelles Passwort ein, um dies zu ändern.',
  'error.user_not_found': 'Ihr Konto wurde nicht gefunden.',
  'error.method_not_allowed': 'Diese Art von Methode ist nicht erlaubt.',
  'error.invalid_value':
    'Geben Sie eine gültige Telefonnummer (mit Ländervorwahl) oder E-Mail-Adresse ein.',
  'error.country_not_allowed':
    'An Nummern in diesem Land können keine Codes gesendet werden. Verwenden Sie eine andere Nummer.',
  'error.below_minimum':
    'Sie können diese Methode nicht entfernen: Sie benötigen mindestens {count}.',
  'error.postpone_limit': 'Sie können das nicht länger aufschieben. Richten Sie es jetzt ein.',
  'error.not_postponable': 'Das kann nicht aufgeschoben werden.',
  'error.incorrect_password': 'Ihr aktuelles Passwort ist falsch.',
  'error.not_found': 'Der Dienst wurde nicht gefunden.',
  'error.unsupported_method': 'Der Dienst hat die Anfrage abgelehnt.',
  'error.invalid_json': 'Der Dienst hat die Anfrage abgelehnt.',
  'error.payload_too_large': 'Ihre Eingabe ist zu lang.',
  'error.unsupported_media_type': 'Der Dienst hat die Anfrage abgelehnt.',
  'error.unauthenticated': 'Melden Sie sich zuerst an.',
  'error.forbidden': 'Dazu sind Sie nicht berechtigt.',
  'error.authentication_unavailable':
    'Die Anmeldung ist gerade nicht möglich. Versuchen Sie es später erneut.',
  'error.not_implemented': 'Dies ist hier nicht verfügbar.',
  'error.internal': 'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es später erneut.',
  'error.network_error':
    'Der Dienst war nicht erreichbar oder lehnt Anfragen von dieser Seite ab (ihr Origin ist nicht zugelassen). Versuchen Sie es später erneut, oder wenden Sie sich an den Helpdesk, wenn es weiter auftritt.',
  'error.invalid_response':
    'Der Dienst hat unerwartet geantwortet. Versuchen Sie es später erneut.',
  'error.invalid_credential':
    'Der Passkey konnte nicht überprüft werden. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.',
  'error.strong_method_required':
    'Verwenden Sie für diesen Schritt einen Passkey oder eine Authenticator-App.',
  'error.invalid_name': 'Geben Sie einen Namen mit 1 bis 64 Zeichen ein.',
  'error.too_many_methods':
    'Sie haben die höchstzulässige Anzahl dieser Art. Entfernen Sie zuerst eine.',
  'error.passkey_canceled':
    'Die Passkey-Abfrage wurde geschlossen oder ist abgelaufen. Versuchen Sie es erneut, wenn Sie bereit sind.',
  'error.passkey_unsupported':
    'Dieser Browser kann keine Passkeys verwenden. Verwenden Sie eine andere Methode oder einen anderen Browser.',
  'error.passkey_already_registered': 'Dieses Gerät hat bereits einen Passkey für Ihr Konto.',
  'error.passkey_failed':
    'Der Passkey hat nicht funktioniert. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.',
  'error.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  'error.directory.password_policy':
    'Das Verzeichnis Ihrer Organisation hat dieses Passwort abgelehnt. Wählen Sie ein anderes.',

  'issue.too_short': 'Verwenden Sie mindestens {minimum} Zeichen (dieses hat {length}).',
  'issue.too_long': 'Verwenden Sie höchstens {maximum} Zeichen (dieses hat {length}).',
  'issue.banned': 'Dieses Passwort ist zu verbreitet oder zu leicht zu erraten.',
  'issue.breached': 'Dieses Passwort ist in einem Datenleck aufgetaucht.',
  'issue.reused':
    'Sie haben dieses Passwort kürzlich verwendet. Wählen Sie eines, das Sie noch nicht verwendet haben.',
  'issue.contains_identifier':
    'Verwenden Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse nicht im Passwort.',
};
