import type { MessageCatalog } from '../message-catalog.js';

/** Norwegian Bokmål (du; drafted by the maintainers). */
export const nb: MessageCatalog = {
  smsCode:
    'Bekreftelseskoden din for {org} er {code}. Den utløper om {minutes}. Ikke del den med noen.',
  voiceIntro: 'Hei, dette er {org}. Bekreftelseskoden din er',
  emailCodeSubject: 'Bekreftelseskoden din for {org}',
  emailCodeHeading: 'Bekreftelseskoden din',
  emailCodeBody: 'Skriv inn denne koden for å bekrefte at det er deg:',
  emailCodeExpiry: 'Koden utløper om {minutes}. Ikke del den med noen.',
  emailCodeIgnore:
    'Hvis du ikke ba om denne koden, kan du se bort fra denne e-posten. Noen kan ha skrevet inn adressen din ved en feil.',
  resetNoticeSubject: 'Passordet ditt for {org} er tilbakestilt',
  resetNoticeHeading: 'Passordet ditt er tilbakestilt',
  resetNoticeBody: 'Passordet til kontoen din hos {org} ble tilbakestilt {time}.',
  unlockNoticeSubject: 'Kontoen din hos {org} er låst opp',
  unlockNoticeHeading: 'Kontoen din er låst opp',
  unlockNoticeBody: 'Kontoen din hos {org} ble låst opp {time}.',
  passwordChangedSubject: 'Passordet ditt for {org} er endret',
  passwordChangedHeading: 'Passordet ditt er endret',
  passwordChangedBody: 'Passordet til kontoen din hos {org} ble endret {time}.',
  methodAddedSubject: 'En gjenopprettingsmetode er lagt til på kontoen din hos {org}',
  methodAddedHeading: 'En gjenopprettingsmetode er lagt til',
  methodAddedBody: 'Denne gjenopprettingsmetoden ble lagt til på kontoen din hos {org} {time}:',
  methodRemovedSubject: 'En gjenopprettingsmetode er fjernet fra kontoen din hos {org}',
  methodRemovedHeading: 'En gjenopprettingsmetode er fjernet',
  methodRemovedBody: 'Denne gjenopprettingsmetoden ble fjernet fra kontoen din hos {org} {time}:',
  methodMobile: 'Mobil',
  methodOffice: 'Jobbtelefon',
  methodEmail: 'E-postadresse',
  methodSecurityQuestions: 'Sikkerhetsspørsmål',
  methodPasskey: 'Tilgangsnøkkel',
  methodAuthenticator: 'Autentiseringsapp',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'E-postadressen for gjenoppretting av kontoen din hos {org} er endret',
  emailChangedHeading: 'E-postadressen din for gjenoppretting er endret',
  emailChangedBody:
    'E-postadressen som brukes til å gjenopprette kontoen din hos {org}, ble endret {time}.',
  emailChangedNewAddress: 'Den nye adressen er {hint}.',
  emailChangedWhy:
    'Vi sender denne meldingen til den forrige adressen din, slik at du vet om endringen.',
  selfServiceBlockedSubject:
    'Tilbakestilling av passord for kontoen din hos {org} er satt på pause',
  selfServiceBlockedHeading: 'Tilbakestilling av passord er satt på pause',
  selfServiceBlockedBody:
    'Noen har skrevet inn feil bekreftelseskoder eller svar for kontoen din hos {org} for mange ganger, så selvbetjent tilbakestilling av passord og opplåsing er satt på pause i {hours} fra {time}.',
  selfServiceBlockedNext:
    'Passordet ditt er ikke endret. Hvis det var deg, kan du prøve igjen senere.',
  passwordExpiringSubject: 'Passordet ditt for {org} utløper snart',
  passwordExpiringHeading: 'Passordet ditt utløper snart',
  passwordExpiringBody: 'Passordet til kontoen din hos {org} utløper {time}.',
  passwordExpiringNext:
    'Endre det før den tid for å kunne fortsette å logge på. Etterpå blir du bedt om å endre det når du logger på.',
  registrationReminderSubject: 'Sett opp tilbakestilling av passord for kontoen din hos {org}',
  registrationReminderHeading: 'Sett opp tilbakestilling av passord',
  registrationReminderBody:
    'Kontoen din hos {org} har ingen gjenopprettingsmetoder ennå, eller for få til at du kan tilbakestille passordet selv.',
  registrationReminderNext:
    'Legg dem til neste gang du logger på, slik at du kan tilbakestille et glemt passord uten å be om hjelp.',
  reconfirmationReminderSubject: 'Sjekk gjenopprettingsmetodene for kontoen din hos {org}',
  reconfirmationReminderHeading: 'Stemmer gjenopprettingsmetodene dine fortsatt?',
  reconfirmationReminderBody:
    'Du har ikke bekreftet gjenopprettingsmetodene for kontoen din hos {org} på en stund.',
  reconfirmationReminderNext:
    'Logg på og bekreft at de fortsatt er dine, eller oppdater dem, slik at du alltid kan tilbakestille passordet.',
  resetRequestedSubject: 'Noen har bedt om å tilbakestille passordet ditt for {org}',
  resetRequestedHeading: 'Det er bedt om tilbakestilling av passord',
  resetRequestedBody:
    'Noen ba om å tilbakestille passordet til kontoen din hos {org} {time} og fullførte ikke.',
  resetRequestedNext:
    'Passordet ditt er ikke endret. Hvis det var deg, kan du se bort fra denne meldingen.',
  greeting: 'Hei, {user}!',
  notYouHelpdesk: 'Hvis det ikke var deg, kontakt {helpdesk} med en gang.',
  notYouAdmin: 'Hvis det ikke var deg, kontakt administratoren din med en gang.',
  adminNoticeSubject: '{org}: Administrator {user} har tilbakestilt sitt eget passord',
  adminNoticeHeading: 'En administrator har tilbakestilt sitt eget passord',
  adminNoticeBody: '{user} tilbakestilte sitt eget passord {time}.',
  adminNoticeHint:
    'Du får dette fordi du er administrator i {org}. Hvis du ikke ventet det, sjekk aktivitetsrapporten for tilbakestilling av passord.',
  helpRequestedSubject: '{org}: {user} ber en administrator om hjelp med passordet',
  helpRequestedHeading: 'En bruker ber om hjelp',
  helpRequestedBody:
    '{user} kunne ikke tilbakestille passordet via selvbetjening og ba {time} om hjelp fra en administrator.',
  helpRequestedHint:
    'Gå gjennom brukerens gjenopprettingsmetoder sammen med brukeren, eller utsted et midlertidig tilgangspass fra administrasjonssiden.',
  footer: 'Dette er en automatisk melding fra {org}. Ikke svar på den.',

  adminResetByAdminSubject: '{org}: {actor} har tilbakestilt passordet til administrator {user}',
  adminResetByAdminHeading:
    'En annen administrator har tilbakestilt passordet til en administrator',
  adminResetByAdminBody: '{actor} tilbakestilte passordet til {user} {time}.',
};
