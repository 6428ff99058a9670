import type { MessageCatalog } from '../message-catalog.js';

/** Swedish (du; drafted by the maintainers). */
export const sv: MessageCatalog = {
  smsCode:
    'Din verifieringskod för {org} är {code}. Den går ut om {minutes}. Dela den inte med någon.',
  voiceIntro: 'Hej, det här är {org}. Din verifieringskod är',
  emailCodeSubject: 'Din verifieringskod för {org}',
  emailCodeHeading: 'Din verifieringskod',
  emailCodeBody: 'Ange den här koden för att bekräfta att det är du:',
  emailCodeExpiry: 'Koden går ut om {minutes}. Dela den inte med någon.',
  emailCodeIgnore:
    'Om du inte har bett om koden kan du strunta i det här mejlet. Någon kan ha skrivit in din adress av misstag.',
  resetNoticeSubject: 'Ditt lösenord för {org} har återställts',
  resetNoticeHeading: 'Ditt lösenord har återställts',
  resetNoticeBody: 'Lösenordet för ditt konto hos {org} återställdes {time}.',
  unlockNoticeSubject: 'Ditt konto hos {org} har låsts upp',
  unlockNoticeHeading: 'Ditt konto har låsts upp',
  unlockNoticeBody: 'Ditt konto hos {org} låstes upp {time}.',
  passwordChangedSubject: 'Ditt lösenord för {org} har bytts',
  passwordChangedHeading: 'Ditt lösenord har bytts',
  passwordChangedBody: 'Lösenordet för ditt konto hos {org} byttes {time}.',
  methodAddedSubject: 'En återställningsmetod har lagts till på ditt konto hos {org}',
  methodAddedHeading: 'En återställningsmetod har lagts till',
  methodAddedBody: 'Den här återställningsmetoden lades till på ditt konto hos {org} {time}:',
  methodRemovedSubject: 'En återställningsmetod har tagits bort från ditt konto hos {org}',
  methodRemovedHeading: 'En återställningsmetod har tagits bort',
  methodRemovedBody: 'Den här återställningsmetoden togs bort från ditt konto hos {org} {time}:',
  methodMobile: 'Mobil',
  methodOffice: 'Jobbtelefon',
  methodEmail: 'E-postadress',
  methodSecurityQuestions: 'Säkerhetsfrågor',
  methodPasskey: 'Nyckel',
  methodAuthenticator: 'Autentiseringsapp',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'E-postadressen för återställning av ditt konto hos {org} har ändrats',
  emailChangedHeading: 'Din e-postadress för återställning har ändrats',
  emailChangedBody:
    'E-postadressen som används för att återställa ditt konto hos {org} ändrades {time}.',
  emailChangedNewAddress: 'Den nya adressen är {hint}.',
  emailChangedWhy:
    'Vi skickar det här meddelandet till din tidigare adress så att du känner till ändringen.',
  selfServiceBlockedSubject: 'Lösenordsåterställning för ditt konto hos {org} är pausad',
  selfServiceBlockedHeading: 'Lösenordsåterställning är pausad',
  selfServiceBlockedBody:
    'Någon har angett felaktiga verifieringskoder eller svar för ditt konto hos {org} för många gånger, så lösenordsåterställning och upplåsning via självbetjäning är pausade i {hours} från {time}.',
  selfServiceBlockedNext:
    'Ditt lösenord har inte ändrats. Om det var du kan du försöka igen senare.',
  passwordExpiringSubject: 'Ditt lösenord för {org} går snart ut',
  passwordExpiringHeading: 'Ditt lösenord går snart ut',
  passwordExpiringBody: 'Lösenordet för ditt konto hos {org} går ut {time}.',
  passwordExpiringNext:
    'Byt det innan dess för att kunna fortsätta logga in. Därefter blir du ombedd att byta det när du loggar in.',
  registrationReminderSubject: 'Konfigurera lösenordsåterställning för ditt konto hos {org}',
  registrationReminderHeading: 'Konfigurera lösenordsåterställning',
  registrationReminderBody:
    'Ditt konto hos {org} har inga återställningsmetoder än, eller för få för att du ska kunna återställa lösenordet själv.',
  registrationReminderNext:
    'Lägg till dem nästa gång du loggar in, så att du kan återställa ett glömt lösenord utan att be om hjälp.',
  reconfirmationReminderSubject: 'Kontrollera återställningsmetoderna för ditt konto hos {org}',
  reconfirmationReminderHeading: 'Stämmer dina återställningsmetoder fortfarande?',
  reconfirmationReminderBody:
    'Du har inte bekräftat återställningsmetoderna för ditt konto hos {org} på ett tag.',
  reconfirmationReminderNext:
    'Logga in och bekräfta att de fortfarande är dina, eller uppdatera dem, så att du alltid kan återställa lösenordet.',
  resetRequestedSubject: 'Någon har bett om att återställa ditt lösenord för {org}',
  resetRequestedHeading: 'En lösenordsåterställning har begärts',
  resetRequestedBody:
    'Någon bad om att återställa lösenordet för ditt konto hos {org} {time} och slutförde det inte.',
  resetRequestedNext:
    'Ditt lösenord har inte ändrats. Om det var du kan du strunta i det här meddelandet.',
  greeting: 'Hej {user}!',
  notYouHelpdesk: 'Om det inte var du, kontakta {helpdesk} direkt.',
  notYouAdmin: 'Om det inte var du, kontakta din administratör direkt.',
  adminNoticeSubject: '{org}: administratören {user} har återställt sitt eget lösenord',
  adminNoticeHeading: 'En administratör har återställt sitt eget lösenord',
  adminNoticeBody: '{user} återställde sitt eget lösenord {time}.',
  adminNoticeHint:
    'Du får det här eftersom du är administratör för {org}. Om du inte väntade dig det, kontrollera aktivitetsrapporten för lösenordsåterställningar.',
  helpRequestedSubject: '{org}: {user} ber en administratör om hjälp med sitt lösenord',
  helpRequestedHeading: 'En användare ber om hjälp',
  helpRequestedBody:
    '{user} kunde inte återställa sitt lösenord via självbetjäning och bad {time} om hjälp från en administratör.',
  helpRequestedHint:
    'Gå igenom användarens återställningsmetoder tillsammans, eller utfärda ett tillfälligt åtkomstpass från administrationssidan.',
  footer: 'Det här är ett automatiskt meddelande från {org}. Svara inte på det.',

  adminResetByAdminSubject: '{org}: {actor} har återställt lösenordet för administratören {user}',
  adminResetByAdminHeading: 'En annan administratör har återställt en administratörs lösenord',
  adminResetByAdminBody: '{actor} återställde lösenordet för {user} {time}.',
};
