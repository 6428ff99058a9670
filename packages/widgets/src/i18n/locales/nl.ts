import type { Catalog } from './en.js';

/** Dutch (informal: je). */
export const nl: Catalog = {
  'link.text': 'Kun je niet bij je account?',
  'dialog.label': 'Account herstellen',

  'identify.heading.reset': 'Stel je wachtwoord opnieuw in',
  'identify.heading.unlock': 'Ontgrendel je account',
  'identify.intro': 'Vul je gebruikersnaam of e-mailadres in, dan helpen we je weer op weg.',
  'identify.label': 'Gebruikersnaam of e-mailadres',
  'identify.intent.legend': 'Wat heb je nodig?',
  'identify.intent.reset': 'Ik ben mijn wachtwoord vergeten',
  'identify.intent.unlock': 'Mijn account is geblokkeerd en ik weet mijn wachtwoord',

  'action.next': 'Volgende',
  'action.back': 'Terug',
  'action.cancel': 'Annuleren',
  'action.sendCode': 'Code versturen',
  'action.verify': 'Controleren',
  'action.resend': 'Nieuwe code versturen',
  'action.otherMethod': 'Andere methode gebruiken',
  'action.resetPassword': 'Wachtwoord instellen',
  'action.unlock': 'Account ontgrendelen',
  'action.startOver': 'Opnieuw beginnen',
  'action.close': 'Sluiten',
  'action.signIn': 'Inloggen',

  'method.heading': 'Kies hoe je bevestigt dat jij het bent',
  'method.progress': 'Verificatie {current} van {total}',
  'method.gatePassed': 'Verificatie {current} van {total} gelukt.',
  'method.legend': 'Verificatiemethode',
  'method.mobileSms': 'Stuur een code naar mijn mobiele nummer {hint}',
  'method.mobileVoice': 'Bel mijn mobiele nummer {hint}',
  'method.officeVoice': 'Bel mijn werknummer {hint}',
  'method.email': 'Mail een code naar {hint}',
  'method.securityQuestions': 'Mijn beveiligingsvragen beantwoorden',
  'method.passkey': 'Een passkey gebruiken',
  'method.authenticatorApp': 'Een code uit mijn authenticator-app invoeren',
  'method.temporary_access_pass': 'Een tijdelijke toegangspas van mijn beheerder gebruiken',
  'method.nextGate.strong_method_registered':
    'Je account heeft een passkey of authenticator-app. Gebruik een daarvan om verder te gaan.',
  'method.nextGate.admin_phishing_resistant':
    'Beheerdersaccounts moeten een passkey gebruiken om verder te gaan.',
  'passkey.heading': 'Gebruik je passkey',
  'passkey.intro':
    'Je browser vraagt om de passkey van dit account: op dit apparaat, op je telefoon of op een beveiligingssleutel.',
  'action.usePasskey': 'Passkey gebruiken',
  'authenticator.heading': 'Voer de code uit je authenticator-app in',
  'authenticator.intro':
    'Open de authenticator-app die je voor dit account hebt ingesteld en typ de code van 6 cijfers die hij nu toont.',
  'authenticator.label': 'Code van 6 cijfers',
  'authenticator.tooManyAttempts': 'Te veel verkeerde codes uit de app. Probeer het later opnieuw.',
  'method.none': 'Er is geen verificatiemethode meer over.',

  'confirm.heading.phone': 'Bevestig je telefoonnummer',
  'confirm.heading.email': 'Bevestig je e-mailadres',
  'confirm.intro.phone':
    'Typ ter bescherming van je account het volledige telefoonnummer waar {hint} voor staat. Als het klopt, sturen we de code daarheen.',
  'confirm.intro.email':
    'Typ ter bescherming van je account het volledige e-mailadres waar {hint} voor staat. Als het klopt, sturen we de code daarheen.',
  'confirm.label.phone': 'Volledig telefoonnummer',
  'confirm.label.email': 'Volledig e-mailadres',
  'confirm.help.phone': 'Met landnummer, bijvoorbeeld +31 6 12345678.',

  'code.heading': 'Vul de code in',
  'code.intro.sms':
    'Als dit nummer overeenkomt met het nummer dat bij ons bekend is, is er een code onderweg.',
  'code.intro.voice':
    'Als dit nummer overeenkomt met het nummer dat bij ons bekend is, bellen we het nu.',
  'code.intro.email':
    'Als dit adres overeenkomt met het adres dat bij ons bekend is, is er een code onderweg.',
  'code.label': 'Verificatiecode',
  'code.expiresIn': 'De code verloopt over {time}.',
  'code.expired': 'De code is verlopen. Vraag een nieuwe aan.',
  'code.resent':
    'Als wat je hebt ingevuld klopt met wat bij ons bekend is, is er een nieuwe code onderweg.',
  'code.resendIn': 'Je kunt over {time} een nieuwe code aanvragen.',
  'code.deliveryFailed':
    'We konden de code niet afleveren. Vraag een nieuwe aan of kies een andere methode.',

  'questions.heading': 'Beantwoord je beveiligingsvragen',
  'questions.intro': 'Hoofdletters maken niet uit.',

  'password.heading': 'Kies een nieuw wachtwoord',
  'password.intro': 'Gebruik een lange wachtzin die je nergens anders gebruikt.',
  'password.new': 'Nieuw wachtwoord',
  'password.confirm': 'Herhaal nieuw wachtwoord',
  'password.show': 'Wachtwoorden tonen',
  'password.rules': 'Eisen aan het wachtwoord',
  'password.rule.length': 'Tussen {min} en {max} tekens',
  'password.rule.match': 'Beide wachtwoorden zijn gelijk',
  'password.rule.met': 'Voldaan:',
  'password.rule.unmet': 'Nog niet voldaan:',
  'password.mismatch': 'De wachtwoorden zijn niet gelijk.',

  'unlock.heading': 'Ontgrendel je account',
  'unlock.intro':
    'Je hebt bewezen dat jij het bent. Ontgrendel je account en log daarna in met je huidige wachtwoord.',

  'done.heading.reset': 'Je wachtwoord is opnieuw ingesteld',
  'done.heading.unlock': 'Je account is ontgrendeld',
  'done.next.reset':
    'Log in met je nieuwe wachtwoord. Apps en apparaten die het oude nog gebruiken, vragen je opnieuw in te loggen.',
  'done.next.unlock': 'Je kunt nu inloggen met je huidige wachtwoord.',
  'done.registerNext':
    'Registreer nieuwe manieren om te bevestigen dat jij het bent, zodat je je wachtwoord de volgende keer zelf kunt herstellen.',
  'action.registerMethods': 'Nieuwe manieren registreren',

  'temporaryPass.heading': 'Voer je tijdelijke toegangspas in',
  'temporaryPass.intro':
    'Typ de pas die je beheerder je heeft gegeven. Er wordt je niets gestuurd.',
  'temporaryPass.label': 'Tijdelijke toegangspas',

  'change.heading': 'Wijzig je wachtwoord',
  'change.heading.expired': 'Je wachtwoord is verlopen',
  'change.intro': 'Vul je huidige wachtwoord in en kies daarna een nieuw.',
  'change.intro.expired': 'Kies een nieuw wachtwoord om verder te gaan.',
  'change.current': 'Huidig wachtwoord',
  'action.changePassword': 'Wachtwoord wijzigen',
  'change.done.heading': 'Je wachtwoord is gewijzigd',
  'change.done.next':
    'Gebruik voortaan je nieuwe wachtwoord. Apps en apparaten die het oude nog gebruiken, vragen je opnieuw in te loggen.',

  'register.heading': 'Je herstelmethoden',
  'register.intro': 'Hiermee bevestigen we dat jij het bent als je je wachtwoord vergeet.',
  'register.status.registered': 'Alles is in orde.',
  'register.status.needs_reconfirmation': 'Controleer of deze nog steeds van jou zijn.',
  'register.status.missing':
    'Voeg methoden toe tot je er {count} hebt, zodat je je wachtwoord zelf opnieuw kunt instellen.',
  'register.list': 'Geregistreerde methoden',
  'register.kind.mobile': 'Mobiel nummer {hint}',
  'register.kind.office': 'Werknummer {hint}',
  'register.kind.email': 'E-mail {hint}',
  'register.kind.securityQuestions': 'Beveiligingsvragen',
  'register.kind.passkey': 'Passkey',
  'register.kind.authenticator': 'Authenticator-app',
  'register.named': '{method} ‘{name}’',
  'register.use.never': 'Toegevoegd op {created}. Nog niet gebruikt.',
  'register.use.last': 'Toegevoegd op {created}. Laatst gebruikt op {lastUsed}.',
  'register.name.help': 'Een naam die je herkent, tot 64 tekens.',
  'register.passkey.heading': 'Een passkey toevoegen',
  'register.passkey.intro':
    'Met een passkey bewijs je wie je bent met je vingerafdruk, je gezicht of je schermvergrendeling. Je browser vraagt waar je hem wilt bewaren.',
  'register.passkey.name': 'Naam van de passkey',
  'register.passkey.added': 'De passkey is toegevoegd.',
  'register.passkey.tooMany': 'Je hebt het maximale aantal passkeys. Verwijder er eerst een.',
  'register.authenticator.heading': 'Een authenticator-app instellen',
  'register.authenticator.scan': 'Scan deze QR-code met je authenticator-app.',
  'register.authenticator.qr': 'QR-code om te scannen met je authenticator-app',
  'register.authenticator.key': 'Lukt scannen niet? Typ dan deze sleutel in de app:',
  'register.authenticator.copied': 'De sleutel is gekopieerd.',
  'register.authenticator.copyFailed':
    'Kopiëren lukte niet. De sleutel is geselecteerd: kopieer hem zelf.',
  'register.authenticator.confirm': 'Typ daarna de code die de app toont en geef de app een naam.',
  'register.authenticator.name': 'Naam van deze app',
  'register.authenticator.added': 'De authenticator-app is toegevoegd.',
  'register.authenticator.expired':
    'De tijd om de app in te stellen is verstreken. Stel de app opnieuw in.',
  'register.authenticator.tooMany':
    'Je hebt het maximale aantal authenticator-apps. Verwijder er eerst een.',
  'register.rename.heading': '{method} een andere naam geven',
  'register.rename.name': 'Nieuwe naam',
  'register.renamed': 'De naam is opgeslagen.',
  'action.addPasskey': 'Een passkey toevoegen',
  'action.createPasskey': 'Passkey maken',
  'action.setupAuthenticator': 'Een authenticator-app instellen',
  'action.copyKey': 'Sleutel kopiëren',
  'action.confirm': 'Bevestigen',
  'action.renameMethod': '{method} hernoemen',
  'register.fromDirectory': 'Uit de directory van je organisatie',
  'register.none': 'Nog geen methoden.',
  'register.add.heading.mobile': 'Telefoonnummer toevoegen',
  'register.add.heading.email': 'E-mailadres toevoegen',
  'register.add.intro': 'We sturen een code om het te controleren.',
  'register.verify.intro': 'We hebben een code gestuurd naar {hint}.',
  'register.added': 'De methode is toegevoegd.',
  'register.removed': 'De methode is verwijderd.',
  'register.reconfirmed': 'Bedankt, je methoden zijn bevestigd.',
  'register.questions.heading': 'Beveiligingsvragen instellen',
  'register.questions.intro':
    'Kies {count} verschillende vragen, met antwoorden die alleen jij weet.',
  'register.questions.question': 'Vraag {number}',
  'register.questions.answer': 'Antwoord {number}',
  'register.questions.invalid': 'Controleer de gemarkeerde velden.',
  'register.questions.saved': 'Je beveiligingsvragen zijn opgeslagen.',
  'action.addPhone': 'Telefoonnummer toevoegen',
  'action.addEmail': 'E-mailadres toevoegen',
  'action.setQuestions': 'Beveiligingsvragen instellen',
  'action.reconfirm': 'Klopt',
  'action.skipForNow': 'Nu overslaan (nog {count})',
  'action.continue': 'Doorgaan',
  'action.removeMethod': '{method} verwijderen',
  'register.remove.confirm':
    '{method} verwijderen? Je kunt het dan niet meer gebruiken om je wachtwoord opnieuw in te stellen.',
  'action.confirmRemove': 'Ja, verwijderen',
  'action.keepMethod': 'Behouden',
  'action.save': 'Opslaan',
  'answer.unknown_question': 'Kies een vraag uit de lijst.',
  'answer.duplicate_question': 'Kies voor elk antwoord een andere vraag.',
  'answer.too_short': 'Een antwoord is te kort.',
  'answer.too_long': 'Een antwoord is te lang.',
  'answer.duplicate_answer': 'Geef op elke vraag een ander antwoord.',
  'answer.contains_question': 'Een antwoord mag de vraag niet herhalen.',
  'answer.contains_name': 'Een antwoord mag je naam niet bevatten.',

  'blocked.heading': 'Zelfservice is voorlopig geblokkeerd',
  'blocked.body':
    'Zelfservice is voorlopig geblokkeerd voor dit account. Probeer het {when} opnieuw, of neem contact op met de helpdesk.',
  'failure.heading': 'Er ging iets mis',

  'helpdesk.url': 'Neem contact op met de helpdesk',
  'helpdesk.email': 'Mail de helpdesk op {email}',
  'helpdesk.none': 'Kom je er niet uit? Neem contact op met je beheerder.',

  'status.loading': 'Laden…',
  'status.working': 'Even geduld…',
  'field.required': 'Vul dit veld in.',

  'error.invalid_request': 'Controleer wat je hebt ingevuld en probeer het opnieuw.',
  'error.captcha_failed': 'Rond de controle af en probeer het opnieuw.',
  'captcha.working': 'We controleren of je een mens bent',
  'error.not_eligible': 'Dit account kan zijn wachtwoord niet zelf opnieuw instellen.',
  'error.flow_not_found': 'Deze sessie is beëindigd. Begin opnieuw.',
  'error.flow_expired': 'Deze sessie is verlopen. Begin opnieuw.',
  'error.invalid_state': 'Deze stap kan niet meer. Begin opnieuw.',
  'error.method_not_found': 'Die methode is niet beschikbaar. Kies een andere.',
  'error.method_already_used': 'Die methode heb je al gebruikt. Kies een andere.',
  'error.confirm_required': 'Typ het volledige telefoonnummer of e-mailadres.',
  'error.rate_limited': 'Te veel pogingen. Probeer het {when} opnieuw.',
  'error.invalid_code':
    'Die code klopt niet of is al gebruikt. Controleer hem en probeer het opnieuw.',
  'error.code_expired': 'Die code is verlopen. Vraag een nieuwe aan.',
  'error.too_many_attempts': 'Die code is te vaak geprobeerd. Vraag een nieuwe aan.',
  'error.invalid_answers': 'Minstens één antwoord was fout. Beantwoord deze vragen.',
  'error.blocked':
    'Zelfservice is voorlopig geblokkeerd voor dit account. Probeer het {when} opnieuw, of neem contact op met de helpdesk.',
  'error.password_required': 'Vul een nieuw wachtwoord in.',
  'error.password_rejected': 'Kies een ander wachtwoord:',
  'error.directory_error': 'We konden je account nu niet bijwerken. Probeer het zo opnieuw.',
  'error.conflict': 'Er is intussen iets veranderd. Probeer het opnieuw.',
  'error.reauthentication_required': 'Vul je huidige wachtwoord in om dit te wijzigen.',
  'error.user_not_found': 'We konden je account niet vinden.',
  'error.method_not_allowed': 'Dit soort methode is niet toegestaan.',
  'error.invalid_value': 'Vul een geldig telefoonnummer (met landnummer) of e-mailadres in.',
  'error.country_not_allowed':
    'Naar nummers in dit land kunnen we geen codes sturen. Gebruik een ander nummer.',
  'error.below_minimum':
    'Je kunt deze methode niet verwijderen: je hebt er minstens {count} nodig.',
  'error.postpone_limit': 'Je kunt dit niet langer uitstellen. Stel het nu in.',
  'error.not_postponable': 'Dit kan niet worden uitgesteld.',
  'error.incorrect_password': 'Je huidige wachtwoord klopt niet.',
  'error.not_found': 'De dienst is niet gevonden.',
  'error.unsupported_method': 'De dienst weigerde het verzoek.',
  'error.invalid_json': 'De dienst weigerde het verzoek.',
  'error.payload_too_large': 'Wat je hebt ingevuld is te lang.',
  'error.unsupported_media_type': 'De dienst weigerde het verzoek.',
  'error.unauthenticated': 'Log eerst in.',
  'error.forbidden': 'Je mag dit niet doen.',
  'error.authentication_unavailable': 'Inloggen lukt nu niet. Probeer het later opnieuw.',
  'error.not_implemented': 'Dit is hier niet beschikbaar.',
  'error.internal': 'Er ging bij ons iets mis. Probeer het later opnieuw.',
  'error.network_error':
    'De dienst was niet bereikbaar, of weigert verzoeken van deze pagina (haar origin is niet toegestaan). Probeer het later opnieuw, of neem contact op met de helpdesk als het blijft gebeuren.',
  'error.invalid_response': 'De dienst gaf een onverwacht antwoord. Probeer het later opnieuw.',
  'error.invalid_credential':
    'De passkey kon niet worden gecontroleerd. Probeer het opnieuw of gebruik een andere methode.',
  'error.strong_method_required': 'Gebruik voor deze stap een passkey of een authenticator-app.',
  'error.invalid_name': 'Geef een naam van 1 tot 64 tekens.',
  'error.too_many_methods': 'Je hebt het maximale aantal van deze soort. Verwijder er eerst een.',
  'error.passkey_canceled':
    'Het passkeyvenster is gesloten of verlopen. Probeer het opnieuw als je er klaar voor bent.',
  'error.passkey_unsupported':
    'Deze browser kan geen passkeys gebruiken. Gebruik een andere methode of een andere browser.',
  'error.passkey_already_registered': 'Dit apparaat heeft al een passkey voor je account.',
  'error.passkey_failed':
    'De passkey werkte niet. Probeer het opnieuw of gebruik een andere methode.',
  'error.unknown': 'Er ging iets mis. Probeer het opnieuw.',
  'error.directory.password_policy':
    'De directory van je organisatie weigerde dit wachtwoord. Kies een ander.',

  'issue.too_short': 'Gebruik minstens {minimum} tekens (dit zijn er {length}).',
  'issue.too_long': 'Gebruik hooguit {maximum} tekens (dit zijn er {length}).',
  'issue.banned': 'Dit wachtwoord is te gangbaar of te makkelijk te raden.',
  'issue.breached': 'Dit wachtwoord komt voor in een datalek.',
  'issue.reused':
    'Je hebt dit wachtwoord onlangs gebruikt. Kies er een dat je nog niet hebt gebruikt.',
  'issue.contains_identifier': 'Gebruik je gebruikersnaam of e-mailadres niet in je wachtwoord.',
};
