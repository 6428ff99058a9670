import type { Catalog } from './en.js';

/** Romanian (formal: dumneavoastră; drafted by the maintainers). */
export const ro: Catalog = {
  'link.text': 'Nu vă puteți accesa contul?',
  'dialog.label': 'Recuperarea contului',

  'identify.heading.reset': 'Resetați parola',
  'identify.heading.unlock': 'Deblocați contul',
  'identify.intro':
    'Introduceți numele de utilizator sau adresa de e-mail și vă ajutăm să vă conectați din nou.',
  'identify.label': 'Nume de utilizator sau adresă de e-mail',
  'identify.intent.legend': 'De ce aveți nevoie?',
  'identify.intent.reset': 'Mi-am uitat parola',
  'identify.intent.unlock': 'Contul meu este blocat și îmi știu parola',

  'action.next': 'Înainte',
  'action.back': 'Înapoi',
  'action.cancel': 'Anulați',
  'action.sendCode': 'Trimiteți codul',
  'action.verify': 'Verificați',
  'action.resend': 'Trimiteți un cod nou',
  'action.otherMethod': 'Folosiți altă metodă',
  'action.resetPassword': 'Resetați parola',
  'action.unlock': 'Deblocați contul',
  'action.startOver': 'Începeți din nou',
  'action.close': 'Închideți',
  'action.signIn': 'Conectați-vă',

  'method.heading': 'Alegeți cum confirmați că sunteți dumneavoastră',
  'method.progress': 'Verificarea {current} din {total}',
  'method.gatePassed': 'Verificarea {current} din {total} a reușit.',
  'method.legend': 'Metodă de verificare',
  'method.mobileSms': 'Trimiteți un cod prin SMS pe telefonul meu mobil {hint}',
  'method.mobileVoice': 'Sunați pe telefonul meu mobil {hint}',
  'method.officeVoice': 'Sunați pe telefonul meu de serviciu {hint}',
  'method.email': 'Trimiteți un cod prin e-mail la {hint}',
  'method.securityQuestions': 'Răspund la întrebările de securitate',
  'method.passkey': 'Folosesc o cheie de acces',
  'method.authenticatorApp': 'Introduc un cod din aplicația de autentificare',
  'method.temporary_access_pass': 'Folosesc un permis de acces temporar de la administrator',
  'method.nextGate.strong_method_registered':
    'Contul dumneavoastră are o cheie de acces sau o aplicație de autentificare. Folosiți una dintre ele pentru a continua.',
  'method.nextGate.admin_phishing_resistant':
    'Conturile de administrator trebuie să folosească o cheie de acces pentru a continua.',
  'passkey.heading': 'Folosiți cheia de acces',
  'passkey.intro':
    'Browserul vă va cere cheia de acces a acestui cont: pe acest dispozitiv, pe telefon sau pe o cheie de securitate.',
  'action.usePasskey': 'Folosiți o cheie de acces',
  'authenticator.heading': 'Introduceți codul din aplicația de autentificare',
  'authenticator.intro':
    'Deschideți aplicația de autentificare configurată pentru acest cont și tastați codul de 6 cifre afișat acum.',
  'authenticator.label': 'Cod de 6 cifre',
  'authenticator.tooManyAttempts':
    'Prea multe coduri greșite din aplicație. Încercați din nou mai târziu.',
  'method.none': 'Nu a mai rămas nicio metodă de verificare.',

  'confirm.heading.phone': 'Confirmați numărul de telefon',
  'confirm.heading.email': 'Confirmați adresa de e-mail',
  'confirm.intro.phone':
    'Pentru a vă proteja contul, tastați numărul de telefon complet pe care îl reprezintă {hint}. Dacă se potrivește, vă trimitem codul acolo.',
  'confirm.intro.email':
    'Pentru a vă proteja contul, tastați adresa de e-mail completă pe care o reprezintă {hint}. Dacă se potrivește, vă trimitem codul acolo.',
  'confirm.label.phone': 'Numărul de telefon complet',
  'confirm.label.email': 'Adresa de e-mail completă',
  'confirm.help.phone': 'Includeți prefixul țării, de exemplu +40 712 345 678.',

  'code.heading': 'Introduceți codul',
  'code.intro.sms': 'Dacă acest număr corespunde celui înregistrat, codul este pe drum.',
  'code.intro.voice': 'Dacă acest număr corespunde celui înregistrat, vă sunăm acum.',
  'code.intro.email': 'Dacă această adresă corespunde celei înregistrate, codul este pe drum.',
  'code.label': 'Cod de verificare',
  'code.expiresIn': 'Codul expiră {time}.',
  'code.expired': 'Codul a expirat. Cereți unul nou.',
  'code.resent': 'Dacă ce ați tastat corespunde datelor noastre, un cod nou este pe drum.',
  'code.resendIn': 'Puteți cere un cod nou {time}.',
  'code.deliveryFailed': 'Codul nu a putut fi livrat. Trimiteți unul nou sau folosiți altă metodă.',

  'questions.heading': 'Răspundeți la întrebările de securitate',
  'questions.intro': 'Răspunsurile nu țin cont de majuscule.',

  'password.heading': 'Alegeți o parolă nouă',
  'password.intro': 'Folosiți o frază de acces lungă pe care nu o folosiți în altă parte.',
  'password.new': 'Parolă nouă',
  'password.confirm': 'Confirmați parola nouă',
  'password.show': 'Afișați parolele',
  'password.rules': 'Cerințele parolei',
  'password.rule.length': 'Între {min} și {max} de caractere',
  'password.rule.match': 'Cele două parole coincid',
  'password.rule.met': 'Îndeplinite:',
  'password.rule.unmet': 'Neîndeplinite încă:',
  'password.mismatch': 'Parolele nu coincid.',

  'unlock.heading': 'Deblocați contul',
  'unlock.intro':
    'Ați dovedit că sunteți dumneavoastră. Deblocați contul, apoi conectați-vă cu parola actuală.',

  'done.heading.reset': 'Parola a fost resetată',
  'done.heading.unlock': 'Contul a fost deblocat',
  'done.next.reset':
    'Conectați-vă cu parola nouă. Aplicațiile și dispozitivele care încă folosesc parola veche vă vor cere să vă conectați din nou.',
  'done.next.unlock': 'Acum vă puteți conecta cu parola actuală.',
  'done.registerNext':
    'Înregistrați noi modalități de a confirma că sunteți dumneavoastră, ca data viitoare să vă puteți reseta singur parola.',
  'action.registerMethods': 'Înregistrați noi modalități de verificare',

  'temporaryPass.heading': 'Introduceți permisul de acces temporar',
  'temporaryPass.intro': 'Tastați permisul primit de la administrator. Nu vi se trimite nimic.',
  'temporaryPass.label': 'Permis de acces temporar',

  'change.heading': 'Schimbați parola',
  'change.heading.expired': 'Parola a expirat',
  'change.intro': 'Introduceți parola actuală, apoi alegeți una nouă.',
  'change.intro.expired': 'Alegeți o parolă nouă pentru a continua.',
  'change.current': 'Parola actuală',
  'action.changePassword': 'Schimbați parola',
  'change.done.heading': 'Parola a fost schimbată',
  'change.done.next':
    'De acum folosiți parola nouă. Aplicațiile și dispozitivele care încă folosesc parola veche vă vor cere să vă conectați din nou.',

  'register.heading': 'Metodele dumneavoastră de recuperare',
  'register.intro': 'Le folosim ca să confirmăm că sunteți dumneavoastră dacă uitați parola.',
  'register.status.registered': 'Totul este pregătit.',
  'register.status.needs_reconfirmation': 'Verificați dacă acestea mai sunt ale dumneavoastră.',
  'register.status.missing':
    'Adăugați metode până ajungeți la {count}, ca să vă puteți reseta singur parola.',
  'register.list': 'Metode înregistrate',
  'register.kind.mobile': 'Telefon mobil {hint}',
  'register.kind.office': 'Telefon de serviciu {hint}',
  'register.kind.email': 'E-mail {hint}',
  'register.kind.securityQuestions': 'Întrebări de securitate',
  'register.kind.passkey': 'Cheie de acces',
  'register.kind.authenticator': 'Aplicație de autentificare',
  'register.named': '{method} „{name}”',
  'register.use.never': 'Adăugată pe {created}. Nefolosită încă.',
  'register.use.last': 'Adăugată pe {created}. Folosită ultima dată pe {lastUsed}.',
  'register.name.help': 'Un nume pe care îl recunoașteți, de cel mult 64 de caractere.',
  'register.passkey.heading': 'Adăugați o cheie de acces',
  'register.passkey.intro':
    'Cu o cheie de acces dovediți că sunteți dumneavoastră prin amprentă, față sau blocarea ecranului. Browserul vă va întreba unde să o salveze.',
  'register.passkey.name': 'Numele cheii de acces',
  'register.passkey.added': 'Cheia de acces a fost adăugată.',
  'register.passkey.tooMany':
    'Aveți numărul maxim de chei de acces permis. Eliminați mai întâi una.',
  'register.authenticator.heading': 'Configurați o aplicație de autentificare',
  'register.authenticator.scan': 'Scanați acest cod QR cu aplicația de autentificare.',
  'register.authenticator.qr': 'Cod QR de scanat cu aplicația de autentificare',
  'register.authenticator.key': 'Nu îl puteți scana? Tastați în schimb această cheie în aplicație:',
  'register.authenticator.copied': 'Cheia a fost copiată.',
  'register.authenticator.copyFailed':
    'Cheia nu a putut fi copiată. Este selectată: copiați-o manual.',
  'register.authenticator.confirm':
    'Apoi tastați codul afișat de aplicație și dați-i un nume aplicației.',
  'register.authenticator.name': 'Numele acestei aplicații',
  'register.authenticator.added': 'Aplicația de autentificare a fost adăugată.',
  'register.authenticator.expired':
    'Timpul pentru configurare a expirat. Configurați din nou aplicația.',
  'register.authenticator.tooMany':
    'Aveți numărul maxim de aplicații de autentificare permis. Eliminați mai întâi una.',
  'register.rename.heading': 'Redenumiți: {method}',
  'register.rename.name': 'Nume nou',
  'register.renamed': 'Numele a fost salvat.',
  'action.addPasskey': 'Adăugați o cheie de acces',
  'action.createPasskey': 'Creați cheia de acces',
  'action.setupAuthenticator': 'Configurați o aplicație de autentificare',
  'action.copyKey': 'Copiați cheia',
  'action.confirm': 'Confirmați',
  'action.renameMethod': 'Redenumiți: {method}',
  'register.fromDirectory': 'Din directorul organizației dumneavoastră',
  'register.none': 'Nicio metodă încă.',
  'register.add.heading.mobile': 'Adăugați un număr de telefon',
  'register.add.heading.email': 'Adăugați o adresă de e-mail',
  'register.add.intro': 'Vă trimitem un cod pentru verificare.',
  'register.verify.intro': 'Am trimis un cod la {hint}.',
  'register.added': 'Metoda a fost adăugată.',
  'register.removed': 'Metoda a fost eliminată.',
  'register.reconfirmed': 'Mulțumim, metodele dumneavoastră sunt confirmate.',
  'register.questions.heading': 'Configurați întrebările de securitate',
  'register.questions.intro':
    'Alegeți {count, plural, one {# întrebare} few {# întrebări diferite} other {# de întrebări diferite}}, cu răspunsuri pe care doar dumneavoastră le știți.',
  'register.questions.question': 'Întrebarea {number}',
  'register.questions.answer': 'Răspunsul {number}',
  'register.questions.invalid': 'Verificați câmpurile marcate.',
  'register.questions.saved': 'Întrebările de securitate au fost salvate.',
  'action.addPhone': 'Adăugați un număr de telefon',
  'action.addEmail': 'Adăugați o adresă de e-mail',
  'action.setQuestions': 'Configurați întrebările de securitate',
  'action.reconfirm': 'Totul este corect',
  'action.skipForNow': 'Omiteți deocamdată (mai rămân {count})',
  'action.continue': 'Continuați',
  'action.removeMethod': 'Eliminați: {method}',
  'register.remove.confirm':
    'Eliminați: {method}? Nu o veți mai putea folosi pentru a vă reseta parola.',
  'action.confirmRemove': 'Da, eliminați',
  'action.keepMethod': 'Păstrați',
  'action.save': 'Salvați',
  'answer.unknown_question': 'Alegeți o întrebare din listă.',
  'answer.duplicate_question': 'Alegeți o întrebare diferită pentru fiecare răspuns.',
  'answer.too_short': 'Un răspuns este prea scurt.',
  'answer.too_long': 'Un răspuns este prea lung.',
  'answer.duplicate_answer': 'Dați un răspuns diferit la fiecare întrebare.',
  'answer.contains_question': 'Un răspuns nu trebuie să repete întrebarea.',
  'answer.contains_name': 'Un răspuns nu trebuie să conțină numele dumneavoastră.',

  'blocked.heading': 'Autoservirea este blocată deocamdată',
  'blocked.body':
    'Autoservirea este blocată deocamdată pentru acest cont. Încercați din nou {when} sau contactați asistența.',
  'failure.heading': 'A apărut o problemă',
  'helpdesk.url': 'Contactați asistența',
  'helpdesk.email': 'Scrieți asistenței la {email}',
  'helpdesk.none': 'Dacă v-ați blocat, contactați administratorul.',
  'status.loading': 'Se încarcă…',
  'status.working': 'Așteptați…',
  'field.required': 'Completați acest câmp.',

  'error.invalid_request': 'Verificați ce ați tastat și încercați din nou.',
  'error.captcha_failed': 'Finalizați verificarea umană și încercați din nou.',
  'captcha.working': 'Verificăm că sunteți o persoană',
  'error.not_eligible': 'Acest cont nu poate folosi resetarea parolei prin autoservire.',
  'error.flow_not_found': 'Această sesiune s-a încheiat. Începeți din nou.',
  'error.flow_expired': 'Această sesiune a expirat. Începeți din nou.',
  'error.invalid_state': 'Acest pas nu mai este posibil. Începeți din nou.',
  'error.method_not_found': 'Metoda nu este disponibilă. Alegeți alta.',
  'error.method_already_used': 'Ați folosit deja această metodă. Alegeți alta.',
  'error.confirm_required': 'Tastați numărul de telefon sau adresa de e-mail completă.',
  'error.rate_limited': 'Prea multe încercări. Încercați din nou {when}.',
  'error.invalid_code':
    'Codul este greșit sau a fost deja folosit. Verificați-l și încercați din nou.',
  'error.code_expired': 'Codul a expirat. Cereți unul nou.',
  'error.too_many_attempts': 'Codul a fost încercat de prea multe ori. Cereți unul nou.',
  'error.invalid_answers':
    'Cel puțin un răspuns a fost greșit. Răspundeți în schimb la aceste întrebări.',
  'error.blocked':
    'Autoservirea este blocată deocamdată pentru acest cont. Încercați din nou {when} sau contactați asistența.',
  'error.password_required': 'Introduceți o parolă nouă.',
  'error.password_rejected': 'Alegeți o altă parolă:',
  'error.directory_error':
    'Nu v-am putut actualiza contul acum. Încercați din nou peste puțin timp.',
  'error.conflict': 'Între timp s-a schimbat ceva. Încercați din nou.',
  'error.reauthentication_required': 'Introduceți parola actuală pentru a face această modificare.',
  'error.user_not_found': 'Nu v-am găsit contul.',
  'error.method_not_allowed': 'Acest tip de metodă nu este permis.',
  'error.invalid_value':
    'Introduceți un număr de telefon valid (cu prefixul țării) sau o adresă de e-mail validă.',
  'error.country_not_allowed':
    'Nu se pot trimite coduri către numere din această țară. Folosiți alt număr.',
  'error.below_minimum': 'Nu puteți elimina această metodă: aveți nevoie de cel puțin {count}.',
  'error.postpone_limit': 'Nu mai puteți amâna. Configurați acum.',
  'error.not_postponable': 'Acest lucru nu poate fi amânat.',
  'error.incorrect_password': 'Parola actuală este greșită.',
  'error.not_found': 'Serviciul nu a fost găsit.',
  'error.unsupported_method': 'Serviciul a refuzat cererea.',
  'error.invalid_json': 'Serviciul a refuzat cererea.',
  'error.payload_too_large': 'Ce ați tastat este prea lung.',
  'error.unsupported_media_type': 'Serviciul a refuzat cererea.',
  'error.unauthenticated': 'Conectați-vă mai întâi.',
  'error.forbidden': 'Nu aveți permisiunea să faceți acest lucru.',
  'error.authentication_unavailable':
    'Conectarea nu este posibilă acum. Încercați din nou mai târziu.',
  'error.not_implemented': 'Acest lucru nu este disponibil aici.',
  'error.internal': 'A apărut o problemă la noi. Încercați din nou mai târziu.',
  'error.network_error':
    'Serviciul nu a putut fi contactat sau a refuzat cererile de pe această pagină (originea ei nu este permisă). Încercați din nou mai târziu sau contactați asistența dacă problema persistă.',
  'error.invalid_response': 'Serviciul a dat un răspuns neașteptat. Încercați din nou mai târziu.',
  'error.invalid_credential':
    'Cheia de acces nu a putut fi verificată. Încercați din nou sau folosiți altă metodă.',
  'error.strong_method_required':
    'Pentru acest pas folosiți o cheie de acces sau o aplicație de autentificare.',
  'error.invalid_name': 'Dați un nume de 1 până la 64 de caractere.',
  'error.too_many_methods':
    'Aveți numărul maxim de metode de acest tip permis. Eliminați mai întâi una.',
  'error.passkey_canceled':
    'Fereastra cheii de acces a fost închisă sau a expirat. Încercați din nou când sunteți gata.',
  'error.passkey_unsupported':
    'Acest browser nu poate folosi chei de acces. Folosiți altă metodă sau alt browser.',
  'error.passkey_already_registered':
    'Acest dispozitiv are deja o cheie de acces pentru contul dumneavoastră.',
  'error.passkey_failed':
    'Cheia de acces nu a funcționat. Încercați din nou sau folosiți altă metodă.',
  'error.unknown': 'A apărut o problemă. Încercați din nou.',
  'error.directory.password_policy':
    'Directorul organizației a refuzat această parolă. Alegeți alta.',

  'issue.too_short':
    'Folosiți cel puțin {minimum, plural, one {# caracter} few {# caractere} other {# de caractere}} (aceasta are {length}).',
  'issue.too_long':
    'Folosiți cel mult {maximum, plural, one {# caracter} few {# caractere} other {# de caractere}} (aceasta are {length}).',
  'issue.banned': 'Această parolă este prea comună sau prea ușor de ghicit.',
  'issue.breached': 'Această parolă a apărut într-o scurgere de date.',
  'issue.reused': 'Ați folosit recent această parolă. Alegeți una pe care nu ați mai folosit-o.',
  'issue.contains_identifier': 'Nu folosiți în parolă numele de utilizator sau adresa de e-mail.',

  'attemptsLeft.one': 'Mai aveți {count} încercare până la blocarea autoservirii.',
  'attemptsLeft.other':
    '{count, plural, one {Mai aveți # încercare} few {Mai aveți # încercări} other {Mai aveți # de încercări}} până la blocarea autoservirii.',

  'helpdesk.contactAdmin': 'Contactați administratorul',
  'helpdesk.contacted': 'Administratorul a fost anunțat.',
};
