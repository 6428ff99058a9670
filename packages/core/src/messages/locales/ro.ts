import type { MessageCatalog } from '../message-catalog.js';

/** Romanian (formal: dumneavoastră; drafted by the maintainers). */
export const ro: MessageCatalog = {
  smsCode: 'Codul de verificare {org} este {code}. Expiră în {minutes}. Nu îl comunicați nimănui.',
  voiceIntro: 'Bună ziua, vă contactează {org}. Codul dumneavoastră de verificare este',
  emailCodeSubject: 'Codul de verificare {org}',
  emailCodeHeading: 'Codul dumneavoastră de verificare',
  emailCodeBody: 'Introduceți acest cod pentru a confirma că sunteți dumneavoastră:',
  emailCodeExpiry: 'Codul expiră în {minutes}. Nu îl comunicați nimănui.',
  emailCodeIgnore:
    'Dacă nu ați cerut acest cod, puteți ignora acest e-mail. Este posibil ca cineva să vă fi introdus adresa din greșeală.',
  resetNoticeSubject: 'Parola {org} a fost resetată',
  resetNoticeHeading: 'Parola a fost resetată',
  resetNoticeBody: 'Parola contului dumneavoastră {org} a fost resetată pe {time}.',
  unlockNoticeSubject: 'Contul {org} a fost deblocat',
  unlockNoticeHeading: 'Contul a fost deblocat',
  unlockNoticeBody: 'Contul dumneavoastră {org} a fost deblocat pe {time}.',
  passwordChangedSubject: 'Parola {org} a fost schimbată',
  passwordChangedHeading: 'Parola a fost schimbată',
  passwordChangedBody: 'Parola contului dumneavoastră {org} a fost schimbată pe {time}.',
  methodAddedSubject: 'A fost adăugată o metodă de recuperare în contul {org}',
  methodAddedHeading: 'A fost adăugată o metodă de recuperare',
  methodAddedBody:
    'Această metodă de recuperare a fost adăugată în contul dumneavoastră {org} pe {time}:',
  methodRemovedSubject: 'A fost eliminată o metodă de recuperare din contul {org}',
  methodRemovedHeading: 'A fost eliminată o metodă de recuperare',
  methodRemovedBody:
    'Această metodă de recuperare a fost eliminată din contul dumneavoastră {org} pe {time}:',
  methodMobile: 'Telefon mobil',
  methodOffice: 'Telefon de serviciu',
  methodEmail: 'Adresă de e-mail',
  methodSecurityQuestions: 'Întrebări de securitate',
  methodPasskey: 'Cheie de acces',
  methodAuthenticator: 'Aplicație de autentificare',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Adresa de e-mail de recuperare a contului {org} a fost schimbată',
  emailChangedHeading: 'Adresa de e-mail de recuperare a fost schimbată',
  emailChangedBody:
    'Adresa de e-mail folosită pentru recuperarea contului {org} a fost schimbată pe {time}.',
  emailChangedNewAddress: 'Noua adresă este {hint}.',
  emailChangedWhy: 'Trimitem acest mesaj la adresa anterioară ca să știți despre schimbare.',
  selfServiceBlockedSubject: 'Resetarea parolei pentru contul {org} este suspendată',
  selfServiceBlockedHeading: 'Resetarea parolei este suspendată',
  selfServiceBlockedBody:
    'Cineva a introdus de prea multe ori coduri de verificare sau răspunsuri greșite pentru contul dumneavoastră {org}, așa că resetarea parolei și deblocarea prin autoservire sunt suspendate timp de {hours} începând cu {time}.',
  selfServiceBlockedNext:
    'Parola nu a fost schimbată. Dacă ați fost dumneavoastră, încercați din nou mai târziu.',
  passwordExpiringSubject: 'Parola {org} expiră în curând',
  passwordExpiringHeading: 'Parola expiră în curând',
  passwordExpiringBody: 'Parola contului dumneavoastră {org} expiră pe {time}.',
  passwordExpiringNext:
    'Schimbați-o până atunci pentru a vă putea conecta în continuare. După aceea vi se va cere să o schimbați la conectare.',
  registrationReminderSubject: 'Configurați resetarea parolei pentru contul {org}',
  registrationReminderHeading: 'Configurați resetarea parolei',
  registrationReminderBody:
    'Contul dumneavoastră {org} nu are încă metode de recuperare sau are prea puține pentru a vă reseta singur parola.',
  registrationReminderNext:
    'Adăugați-le data viitoare când vă conectați, ca să puteți reseta o parolă uitată fără să cereți ajutor.',
  reconfirmationReminderSubject: 'Verificați metodele de recuperare ale contului {org}',
  reconfirmationReminderHeading: 'Metodele de recuperare mai sunt corecte?',
  reconfirmationReminderBody:
    'Nu ați mai confirmat de ceva vreme metodele de recuperare ale contului {org}.',
  reconfirmationReminderNext:
    'Conectați-vă și confirmați că sunt încă ale dumneavoastră sau actualizați-le, ca să vă puteți reseta oricând parola.',
  resetRequestedSubject: 'Cineva a cerut resetarea parolei {org}',
  resetRequestedHeading: 'A fost cerută o resetare a parolei',
  resetRequestedBody:
    'Cineva a cerut resetarea parolei contului dumneavoastră {org} pe {time} și nu a finalizat-o.',
  resetRequestedNext:
    'Parola nu a fost schimbată. Dacă ați fost dumneavoastră, puteți ignora acest mesaj.',
  greeting: 'Bună ziua, {user},',
  notYouHelpdesk: 'Dacă nu ați fost dumneavoastră, contactați imediat {helpdesk}.',
  notYouAdmin: 'Dacă nu ați fost dumneavoastră, contactați imediat administratorul.',
  adminNoticeSubject: '{org}: administratorul {user} și-a resetat propria parolă',
  adminNoticeHeading: 'Un administrator și-a resetat propria parolă',
  adminNoticeBody: '{user} și-a resetat propria parolă pe {time}.',
  adminNoticeHint:
    'Primiți acest mesaj deoarece sunteți administrator {org}. Dacă nu vă așteptați la el, verificați raportul de activitate privind resetarea parolelor.',
  helpRequestedSubject: '{org}: {user} cere ajutorul unui administrator pentru parolă',
  helpRequestedHeading: 'Un utilizator cere ajutor',
  helpRequestedBody:
    '{user} nu și-a putut reseta parola prin autoservire și a cerut pe {time} ajutorul unui administrator.',
  helpRequestedHint:
    'Verificați împreună cu utilizatorul metodele sale de recuperare sau emiteți un permis de acces temporar din pagina de administrare.',
  footer: 'Acesta este un mesaj automat de la {org}. Nu răspundeți la el.',

  adminResetByAdminSubject: '{org}: {actor} a resetat parola administratorului {user}',
  adminResetByAdminHeading: 'Un alt administrator a resetat parola unui administrator',
  adminResetByAdminBody: '{actor} a resetat parola lui {user} pe {time}.',
};
