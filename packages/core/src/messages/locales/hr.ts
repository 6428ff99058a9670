import type { MessageCatalog } from '../message-catalog.js';

/** Croatian (formal: vi; drafted by the maintainers). */
export const hr: MessageCatalog = {
  smsCode: 'Vaš kôd za provjeru za {org} je {code}. Istječe za {minutes}. Ne dijelite ga ni s kim.',
  voiceIntro: 'Dobar dan, ovdje {org}. Vaš kôd za provjeru je',
  emailCodeSubject: 'Vaš kôd za provjeru za {org}',
  emailCodeHeading: 'Vaš kôd za provjeru',
  emailCodeBody: 'Unesite ovaj kôd da biste potvrdili da ste to vi:',
  emailCodeExpiry: 'Kôd istječe za {minutes}. Ne dijelite ga ni s kim.',
  emailCodeIgnore:
    'Ako niste zatražili ovaj kôd, možete zanemariti ovu poruku. Netko je možda greškom upisao vašu adresu.',
  resetNoticeSubject: 'Vaša lozinka za {org} ponovno je postavljena',
  resetNoticeHeading: 'Vaša lozinka ponovno je postavljena',
  resetNoticeBody: 'Lozinka vašeg računa za {org} ponovno je postavljena {time}.',
  unlockNoticeSubject: 'Vaš račun za {org} je otključan',
  unlockNoticeHeading: 'Vaš račun je otključan',
  unlockNoticeBody: 'Vaš račun za {org} otključan je {time}.',
  passwordChangedSubject: 'Vaša lozinka za {org} je promijenjena',
  passwordChangedHeading: 'Vaša lozinka je promijenjena',
  passwordChangedBody: 'Lozinka vašeg računa za {org} promijenjena je {time}.',
  methodAddedSubject: 'Vašem računu za {org} dodan je način oporavka',
  methodAddedHeading: 'Dodan je način oporavka',
  methodAddedBody: 'Ovaj način oporavka dodan je vašem računu za {org} {time}:',
  methodRemovedSubject: 'S vašeg računa za {org} uklonjen je način oporavka',
  methodRemovedHeading: 'Uklonjen je način oporavka',
  methodRemovedBody: 'Ovaj način oporavka uklonjen je s vašeg računa za {org} {time}:',
  methodMobile: 'Mobitel',
  methodOffice: 'Poslovni telefon',
  methodEmail: 'Adresa e-pošte',
  methodSecurityQuestions: 'Sigurnosna pitanja',
  methodPasskey: 'Pristupni ključ',
  methodAuthenticator: 'Aplikacija za autentifikaciju',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Adresa e-pošte za oporavak vašeg računa za {org} je promijenjena',
  emailChangedHeading: 'Vaša adresa e-pošte za oporavak je promijenjena',
  emailChangedBody: 'Adresa e-pošte za oporavak vašeg računa za {org} promijenjena je {time}.',
  emailChangedNewAddress: 'Nova adresa je {hint}.',
  emailChangedWhy: 'Ovu poruku šaljemo na vašu prethodnu adresu kako biste znali za promjenu.',
  selfServiceBlockedSubject: 'Postavljanje nove lozinke za vaš račun za {org} je pauzirano',
  selfServiceBlockedHeading: 'Postavljanje nove lozinke je pauzirano',
  selfServiceBlockedBody:
    'Netko je previše puta unio pogrešne kôdove za provjeru ili odgovore za vaš račun za {org}, pa su samoposlužno postavljanje nove lozinke i otključavanje pauzirani na {hours} od {time}.',
  selfServiceBlockedNext:
    'Vaša lozinka nije promijenjena. Ako ste to bili vi, pokušajte ponovno kasnije.',
  passwordExpiringSubject: 'Vaša lozinka za {org} uskoro istječe',
  passwordExpiringHeading: 'Vaša lozinka uskoro istječe',
  passwordExpiringBody: 'Lozinka vašeg računa za {org} istječe {time}.',
  passwordExpiringNext:
    'Promijenite je prije toga da biste se i dalje mogli prijavljivati. Nakon toga tražit ćemo da je promijenite pri prijavi.',
  registrationReminderSubject: 'Postavite oporavak lozinke za svoj račun za {org}',
  registrationReminderHeading: 'Postavite oporavak lozinke',
  registrationReminderBody:
    'Vaš račun za {org} još nema načina oporavka ili ih ima premalo da biste sami postavili novu lozinku.',
  registrationReminderNext:
    'Dodajte ih pri sljedećoj prijavi kako biste zaboravljenu lozinku mogli zamijeniti bez traženja pomoći.',
  reconfirmationReminderSubject: 'Provjerite načine oporavka svojeg računa za {org}',
  reconfirmationReminderHeading: 'Jesu li vaši načini oporavka još uvijek točni?',
  reconfirmationReminderBody:
    'Već neko vrijeme niste potvrdili načine oporavka svojeg računa za {org}.',
  reconfirmationReminderNext:
    'Prijavite se i potvrdite da su još uvijek vaši ili ih ažurirajte kako biste uvijek mogli postaviti novu lozinku.',
  resetRequestedSubject: 'Netko je zatražio novu lozinku za vaš račun za {org}',
  resetRequestedHeading: 'Zatraženo je postavljanje nove lozinke',
  resetRequestedBody:
    'Netko je {time} zatražio postavljanje nove lozinke za vaš račun za {org} i nije to dovršio.',
  resetRequestedNext:
    'Vaša lozinka nije promijenjena. Ako ste to bili vi, možete zanemariti ovu poruku.',
  greeting: 'Poštovani/a {user},',
  notYouHelpdesk: 'Ako to niste bili vi, odmah se obratite: {helpdesk}.',
  notYouAdmin: 'Ako to niste bili vi, odmah se obratite administratoru.',
  adminNoticeSubject: '{org}: administrator {user} postavio je novu lozinku za sebe',
  adminNoticeHeading: 'Administrator je postavio novu lozinku za sebe',
  adminNoticeBody: '{user} postavio je novu lozinku za sebe {time}.',
  adminNoticeHint:
    'Ovo primate jer ste administrator u {org}. Ako to niste očekivali, provjerite izvješće o aktivnostima postavljanja lozinki.',
  helpRequestedSubject: '{org}: {user} traži pomoć administratora s lozinkom',
  helpRequestedHeading: 'Korisnik traži pomoć',
  helpRequestedBody:
    '{user} nije uspio samoposlužno postaviti novu lozinku i {time} zatražio je pomoć administratora.',
  helpRequestedHint:
    'Provjerite s korisnikom njegove načine oporavka ili izdajte privremenu propusnicu na administracijskoj stranici.',
  footer: 'Ovo je automatska poruka od {org}. Nemojte na nju odgovarati.',

  adminResetByAdminSubject: '{org}: {actor} postavio je novu lozinku administratoru {user}',
  adminResetByAdminHeading: 'Drugi administrator postavio je novu lozinku administratoru',
  adminResetByAdminBody: '{actor} postavio je novu lozinku korisniku {user} {time}.',
};
