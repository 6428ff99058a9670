import type { Catalog } from './en.js';

/** Croatian (formal: vi; drafted by the maintainers). */
export const hr: Catalog = {
  'link.text': 'Ne možete pristupiti računu?',
  'dialog.label': 'Oporavak računa',

  'identify.heading.reset': 'Ponovno postavljanje lozinke',
  'identify.heading.unlock': 'Otključavanje računa',
  'identify.intro':
    'Unesite korisničko ime ili adresu e-pošte i pomoći ćemo vam da se ponovno prijavite.',
  'identify.label': 'Korisničko ime ili adresa e-pošte',
  'identify.intent.legend': 'Što vam treba?',
  'identify.intent.reset': 'Zaboravio/la sam lozinku',
  'identify.intent.unlock': 'Račun mi je zaključan, a lozinku znam',

  'action.next': 'Dalje',
  'action.back': 'Natrag',
  'action.cancel': 'Odustani',
  'action.sendCode': 'Pošalji kôd',
  'action.verify': 'Potvrdi',
  'action.resend': 'Pošalji novi kôd',
  'action.otherMethod': 'Upotrijebi drugi način',
  'action.resetPassword': 'Postavi novu lozinku',
  'action.unlock': 'Otključaj račun',
  'action.startOver': 'Počni ispočetka',
  'action.close': 'Zatvori',
  'action.signIn': 'Prijava',

  'method.heading': 'Odaberite kako ćete potvrditi svoj identitet',
  'method.progress': 'Provjera {current} od {total}',
  'method.gatePassed': 'Provjera {current} od {total} je uspjela.',
  'method.legend': 'Način provjere',
  'method.mobileSms': 'Pošalji kôd SMS-om na moj mobitel {hint}',
  'method.mobileVoice': 'Nazovi moj mobitel {hint}',
  'method.officeVoice': 'Nazovi moj poslovni telefon {hint}',
  'method.email': 'Pošalji kôd e-poštom na {hint}',
  'method.securityQuestions': 'Odgovori na moja sigurnosna pitanja',
  'method.passkey': 'Upotrijebi pristupni ključ',
  'method.authenticatorApp': 'Unesi kôd iz aplikacije za autentifikaciju',
  'method.temporary_access_pass': 'Upotrijebi privremenu propusnicu od administratora',
  'method.nextGate.strong_method_registered':
    'Vaš račun ima pristupni ključ ili aplikaciju za autentifikaciju. Za nastavak upotrijebite jedno od toga.',
  'method.nextGate.admin_phishing_resistant':
    'Administratorski računi za nastavak moraju upotrijebiti pristupni ključ.',
  'passkey.heading': 'Upotrijebite pristupni ključ',
  'passkey.intro':
    'Preglednik će zatražiti pristupni ključ ovog računa: na ovom uređaju, na telefonu ili na sigurnosnom ključu.',
  'action.usePasskey': 'Upotrijebi pristupni ključ',
  'authenticator.heading': 'Unesite kôd iz aplikacije za autentifikaciju',
  'authenticator.intro':
    'Otvorite aplikaciju za autentifikaciju postavljenu za ovaj račun i upišite šesteroznamenkasti kôd koji sada prikazuje.',
  'authenticator.label': 'Šesteroznamenkasti kôd',
  'authenticator.tooManyAttempts':
    'Previše pogrešnih kôdova iz aplikacije. Pokušajte ponovno kasnije.',
  'method.none': 'Nije preostao nijedan način provjere.',

  'confirm.heading.phone': 'Potvrdite broj telefona',
  'confirm.heading.email': 'Potvrdite adresu e-pošte',
  'confirm.intro.phone':
    'Radi zaštite računa upišite cijeli broj telefona koji se krije iza {hint}. Ako se podudara, poslat ćemo kôd na njega.',
  'confirm.intro.email':
    'Radi zaštite računa upišite cijelu adresu e-pošte koja se krije iza {hint}. Ako se podudara, poslat ćemo kôd na nju.',
  'confirm.label.phone': 'Cijeli broj telefona',
  'confirm.label.email': 'Cijela adresa e-pošte',
  'confirm.help.phone': 'Uključite pozivni broj zemlje, na primjer +385 91 234 5678.',

  'code.heading': 'Unesite kôd',
  'code.intro.sms': 'Ako se ovaj broj podudara sa spremljenim, kôd je na putu.',
  'code.intro.voice': 'Ako se ovaj broj podudara sa spremljenim, upravo ga zovemo.',
  'code.intro.email': 'Ako se ova adresa podudara sa spremljenom, kôd je na putu.',
  'code.label': 'Kôd za provjeru',
  'code.expiresIn': 'Kôd istječe {time}.',
  'code.expired': 'Kôd je istekao. Zatražite novi.',
  'code.resent': 'Ako se upisano podudara s našim podacima, novi kôd je na putu.',
  'code.resendIn': 'Novi kôd možete zatražiti {time}.',
  'code.deliveryFailed':
    'Kôd nije bilo moguće isporučiti. Pošaljite novi ili upotrijebite drugi način.',

  'questions.heading': 'Odgovorite na sigurnosna pitanja',
  'questions.intro': 'U odgovorima se ne razlikuju velika i mala slova.',

  'password.heading': 'Odaberite novu lozinku',
  'password.intro': 'Upotrijebite dugu pristupnu frazu koju ne koristite nigdje drugdje.',
  'password.new': 'Nova lozinka',
  'password.confirm': 'Potvrda nove lozinke',
  'password.show': 'Prikaži lozinke',
  'password.rules': 'Zahtjevi za lozinku',
  'password.rule.length': 'Od {min} do {max} znakova',
  'password.rule.match': 'Obje se lozinke podudaraju',
  'password.rule.met': 'Ispunjeno:',
  'password.rule.unmet': 'Još nije ispunjeno:',
  'password.mismatch': 'Lozinke se ne podudaraju.',

  'unlock.heading': 'Otključavanje računa',
  'unlock.intro':
    'Potvrdili ste svoj identitet. Otključajte račun, a zatim se prijavite trenutačnom lozinkom.',

  'done.heading.reset': 'Lozinka je ponovno postavljena',
  'done.heading.unlock': 'Račun je otključan',
  'done.next.reset':
    'Prijavite se novom lozinkom. Aplikacije i uređaji koji još koriste staru tražit će da se ponovno prijavite.',
  'done.next.unlock': 'Sada se možete prijaviti trenutačnom lozinkom.',
  'done.registerNext':
    'Registrirajte nove načine potvrde identiteta kako biste sljedeći put sami mogli postaviti novu lozinku.',
  'action.registerMethods': 'Registriraj nove načine provjere',

  'temporaryPass.heading': 'Unesite privremenu propusnicu',
  'temporaryPass.intro': 'Upišite propusnicu koju vam je dao administrator. Ništa vam se ne šalje.',
  'temporaryPass.label': 'Privremena propusnica',

  'change.heading': 'Promjena lozinke',
  'change.heading.expired': 'Lozinka vam je istekla',
  'change.intro': 'Unesite trenutačnu lozinku, a zatim odaberite novu.',
  'change.intro.expired': 'Za nastavak odaberite novu lozinku.',
  'change.current': 'Trenutačna lozinka',
  'action.changePassword': 'Promijeni lozinku',
  'change.done.heading': 'Lozinka je promijenjena',
  'change.done.next':
    'Od sada koristite novu lozinku. Aplikacije i uređaji koji još koriste staru tražit će da se ponovno prijavite.',

  'register.heading': 'Vaši načini oporavka',
  'register.intro': 'Koristimo ih za potvrdu vašeg identiteta ako zaboravite lozinku.',
  'register.status.registered': 'Sve je spremno.',
  'register.status.needs_reconfirmation': 'Provjerite jesu li ovo još uvijek vaši podaci.',
  'register.status.missing':
    'Dodajte načine dok ih ne bude {count} kako biste sami mogli postaviti novu lozinku.',
  'register.list': 'Registrirani načini',
  'register.kind.mobile': 'Mobitel {hint}',
  'register.kind.office': 'Poslovni telefon {hint}',
  'register.kind.email': 'E-pošta {hint}',
  'register.kind.securityQuestions': 'Sigurnosna pitanja',
  'register.kind.passkey': 'Pristupni ključ',
  'register.kind.authenticator': 'Aplikacija za autentifikaciju',
  'register.named': '{method} „{name}”',
  'register.use.never': 'Dodano {created}. Još nije korišteno.',
  'register.use.last': 'Dodano {created}. Posljednje korištenje {lastUsed}.',
  'register.name.help': 'Naziv koji ćete prepoznati, najviše 64 znaka.',
  'register.passkey.heading': 'Dodavanje pristupnog ključa',
  'register.passkey.intro':
    'Pristupnim ključem dokazujete identitet otiskom prsta, licem ili zaključavanjem zaslona. Preglednik će pitati gdje ga spremiti.',
  'register.passkey.name': 'Naziv pristupnog ključa',
  'register.passkey.added': 'Pristupni ključ je dodan.',
  'register.passkey.tooMany':
    'Imate najveći dopušteni broj pristupnih ključeva. Najprije uklonite jedan.',
  'register.authenticator.heading': 'Postavljanje aplikacije za autentifikaciju',
  'register.authenticator.scan': 'Skenirajte ovaj QR kôd aplikacijom za autentifikaciju.',
  'register.authenticator.qr': 'QR kôd za skeniranje aplikacijom za autentifikaciju',
  'register.authenticator.key':
    'Ne možete skenirati? Umjesto toga upišite ovaj ključ u aplikaciju:',
  'register.authenticator.copied': 'Ključ je kopiran.',
  'register.authenticator.copyFailed':
    'Ključ nije bilo moguće kopirati. Označen je: kopirajte ga sami.',
  'register.authenticator.confirm':
    'Zatim upišite kôd koji aplikacija prikazuje i dajte aplikaciji naziv.',
  'register.authenticator.name': 'Naziv ove aplikacije',
  'register.authenticator.added': 'Aplikacija za autentifikaciju je dodana.',
  'register.authenticator.expired':
    'Vrijeme za postavljanje je isteklo. Ponovno postavite aplikaciju.',
  'register.authenticator.tooMany':
    'Imate najveći dopušteni broj aplikacija za autentifikaciju. Najprije uklonite jednu.',
  'register.rename.heading': 'Preimenuj: {method}',
  'register.rename.name': 'Novi naziv',
  'register.renamed': 'Naziv je spremljen.',
  'action.addPasskey': 'Dodaj pristupni ključ',
  'action.createPasskey': 'Izradi pristupni ključ',
  'action.setupAuthenticator': 'Postavi aplikaciju za autentifikaciju',
  'action.copyKey': 'Kopiraj ključ',
  'action.confirm': 'Potvrdi',
  'action.renameMethod': 'Preimenuj: {method}',
  'register.fromDirectory': 'Iz imenika vaše organizacije',
  'register.none': 'Još nema načina.',
  'register.add.heading.mobile': 'Dodavanje broja telefona',
  'register.add.heading.email': 'Dodavanje adrese e-pošte',
  'register.add.intro': 'Poslat ćemo kôd radi provjere.',
  'register.verify.intro': 'Poslali smo kôd na {hint}.',
  'register.added': 'Način je dodan.',
  'register.removed': 'Način je uklonjen.',
  'register.reconfirmed': 'Hvala, vaši su načini potvrđeni.',
  'register.questions.heading': 'Postavljanje sigurnosnih pitanja',
  'register.questions.intro':
    'Odaberite {count, plural, one {# pitanje} few {# različita pitanja} other {# različitih pitanja}} s odgovorima koje znate samo vi.',
  'register.questions.question': 'Pitanje {number}',
  'register.questions.answer': 'Odgovor {number}',
  'register.questions.invalid': 'Provjerite označena polja.',
  'register.questions.saved': 'Sigurnosna pitanja su spremljena.',
  'action.addPhone': 'Dodaj broj telefona',
  'action.addEmail': 'Dodaj adresu e-pošte',
  'action.setQuestions': 'Postavi sigurnosna pitanja',
  'action.reconfirm': 'Sve je točno',
  'action.skipForNow': 'Preskoči zasad (preostalo: {count})',
  'action.continue': 'Nastavi',
  'action.removeMethod': 'Ukloni: {method}',
  'register.remove.confirm':
    'Ukloniti: {method}? Više ga nećete moći koristiti za postavljanje nove lozinke.',
  'action.confirmRemove': 'Da, ukloni',
  'action.keepMethod': 'Zadrži',
  'action.save': 'Spremi',
  'answer.unknown_question': 'Odaberite pitanje s popisa.',
  'answer.duplicate_question': 'Za svaki odgovor odaberite drugo pitanje.',
  'answer.too_short': 'Jedan je odgovor prekratak.',
  'answer.too_long': 'Jedan je odgovor predug.',
  'answer.duplicate_answer': 'Na svako pitanje dajte drugačiji odgovor.',
  'answer.contains_question': 'Odgovor ne smije ponavljati svoje pitanje.',
  'answer.contains_name': 'Odgovor ne smije sadržavati vaše ime.',

  'blocked.heading': 'Samoposluživanje je zasad blokirano',
  'blocked.body':
    'Samoposluživanje je za ovaj račun zasad blokirano. Pokušajte ponovno {when} ili se obratite službi za podršku.',
  'failure.heading': 'Nešto nije u redu',
  'helpdesk.url': 'Obratite se službi za podršku',
  'helpdesk.email': 'Pišite službi za podršku na {email}',
  'helpdesk.none': 'Ako ste zapeli, obratite se administratoru.',
  'status.loading': 'Učitavanje…',
  'status.working': 'Pričekajte…',
  'field.required': 'Ispunite ovo polje.',

  'error.invalid_request': 'Provjerite što ste upisali i pokušajte ponovno.',
  'error.captcha_failed': 'Dovršite provjeru da ste čovjek i pokušajte ponovno.',
  'captcha.working': 'Provjeravamo jeste li čovjek',
  'error.not_eligible': 'Ovaj račun ne može koristiti samoposlužno postavljanje nove lozinke.',
  'error.flow_not_found': 'Ova je sesija završila. Počnite ispočetka.',
  'error.flow_expired': 'Ova je sesija istekla. Počnite ispočetka.',
  'error.invalid_state': 'Taj korak više nije moguć. Počnite ispočetka.',
  'error.method_not_found': 'Taj način nije dostupan. Odaberite drugi.',
  'error.method_already_used': 'Taj ste način već upotrijebili. Odaberite drugi.',
  'error.confirm_required': 'Upišite cijeli broj telefona ili cijelu adresu e-pošte.',
  'error.rate_limited': 'Previše pokušaja. Pokušajte ponovno {when}.',
  'error.invalid_code':
    'Kôd je pogrešan ili je već upotrijebljen. Provjerite ga i pokušajte ponovno.',
  'error.code_expired': 'Kôd je istekao. Zatražite novi.',
  'error.too_many_attempts': 'Taj je kôd isproban previše puta. Zatražite novi.',
  'error.invalid_answers':
    'Barem jedan odgovor bio je pogrešan. Umjesto toga odgovorite na ova pitanja.',
  'error.blocked':
    'Samoposluživanje je za ovaj račun zasad blokirano. Pokušajte ponovno {when} ili se obratite službi za podršku.',
  'error.password_required': 'Unesite novu lozinku.',
  'error.password_rejected': 'Odaberite drugu lozinku:',
  'error.directory_error':
    'Račun trenutačno nije bilo moguće ažurirati. Pokušajte ponovno za trenutak.',
  'error.conflict': 'U međuvremenu se nešto promijenilo. Pokušajte ponovno.',
  'error.reauthentication_required': 'Za ovu promjenu unesite trenutačnu lozinku.',
  'error.user_not_found': 'Nismo pronašli vaš račun.',
  'error.method_not_allowed': 'Ta vrsta načina nije dopuštena.',
  'error.invalid_value':
    'Unesite valjan broj telefona (s pozivnim brojem zemlje) ili valjanu adresu e-pošte.',
  'error.country_not_allowed':
    'Kôdove nije moguće slati na brojeve u ovoj zemlji. Upotrijebite drugi broj.',
  'error.below_minimum': 'Ne možete ukloniti ovaj način: potrebno vam je najmanje {count}.',
  'error.postpone_limit': 'Ovo više ne možete odgađati. Postavite to sada.',
  'error.not_postponable': 'Ovo se ne može odgoditi.',
  'error.incorrect_password': 'Trenutačna lozinka nije točna.',
  'error.not_found': 'Usluga nije pronađena.',
  'error.unsupported_method': 'Usluga je odbila zahtjev.',
  'error.invalid_json': 'Usluga je odbila zahtjev.',
  'error.payload_too_large': 'Upisani tekst je predug.',
  'error.unsupported_media_type': 'Usluga je odbila zahtjev.',
  'error.unauthenticated': 'Najprije se prijavite.',
  'error.forbidden': 'Nemate dopuštenje za to.',
  'error.authentication_unavailable': 'Prijava trenutačno nije moguća. Pokušajte ponovno kasnije.',
  'error.not_implemented': 'To ovdje nije dostupno.',
  'error.internal': 'Kod nas je nešto pošlo po zlu. Pokušajte ponovno kasnije.',
  'error.network_error':
    'Usluga nije dostupna ili je odbila zahtjeve s ove stranice (njezino podrijetlo nije dopušteno). Pokušajte ponovno kasnije ili se obratite službi za podršku ako se to ponavlja.',
  'error.invalid_response': 'Usluga je dala neočekivan odgovor. Pokušajte ponovno kasnije.',
  'error.invalid_credential':
    'Pristupni ključ nije bilo moguće provjeriti. Pokušajte ponovno ili upotrijebite drugi način.',
  'error.strong_method_required':
    'Za ovaj korak upotrijebite pristupni ključ ili aplikaciju za autentifikaciju.',
  'error.invalid_name': 'Unesite naziv od 1 do 64 znaka.',
  'error.too_many_methods':
    'Imate najveći dopušteni broj načina ove vrste. Najprije uklonite jedan.',
  'error.passkey_canceled':
    'Prozor pristupnog ključa je zatvoren ili je vrijeme isteklo. Pokušajte ponovno kad budete spremni.',
  'error.passkey_unsupported':
    'Ovaj preglednik ne podržava pristupne ključeve. Upotrijebite drugi način ili drugi preglednik.',
  'error.passkey_already_registered': 'Ovaj uređaj već ima pristupni ključ za vaš račun.',
  'error.passkey_failed':
    'Pristupni ključ nije uspio. Pokušajte ponovno ili upotrijebite drugi način.',
  'error.unknown': 'Nešto nije u redu. Pokušajte ponovno.',
  'error.directory.password_policy':
    'Imenik vaše organizacije odbio je ovu lozinku. Odaberite drugu.',

  'issue.too_short':
    'Lozinka mora imati najmanje {minimum, plural, one {# znak} few {# znaka} other {# znakova}} (ova ima {length}).',
  'issue.too_long':
    'Lozinka smije imati najviše {maximum, plural, one {# znak} few {# znaka} other {# znakova}} (ova ima {length}).',
  'issue.banned': 'Ova je lozinka preuobičajena ili ju je prelako pogoditi.',
  'issue.breached': 'Ova se lozinka pojavila u curenju podataka.',
  'issue.reused': 'Nedavno ste koristili ovu lozinku. Odaberite onu koju još niste koristili.',
  'issue.contains_identifier': 'Ne upotrebljavajte korisničko ime ni adresu e-pošte u lozinki.',

  'attemptsLeft.one': 'Preostao je {count} pokušaj prije blokiranja samoposluživanja.',
  'attemptsLeft.other':
    '{count, plural, one {Preostao je # pokušaj} few {Preostala su # pokušaja} other {Preostalo je # pokušaja}} prije blokiranja samoposluživanja.',

  'helpdesk.contactAdmin': 'Obratite se administratoru',
  'helpdesk.contacted': 'Administrator je obaviješten.',
};
