import type { MessageCatalog } from '../message-catalog.js';

/** Danish (du; drafted by the maintainers). */
export const da: MessageCatalog = {
  smsCode:
    'Din bekræftelseskode til {org} er {code}. Den udløber om {minutes}. Del den ikke med nogen.',
  voiceIntro: 'Hej, det er {org}. Din bekræftelseskode er',
  emailCodeSubject: 'Din bekræftelseskode til {org}',
  emailCodeHeading: 'Din bekræftelseskode',
  emailCodeBody: 'Angiv denne kode for at bekræfte, at det er dig:',
  emailCodeExpiry: 'Koden udløber om {minutes}. Del den ikke med nogen.',
  emailCodeIgnore:
    'Hvis du ikke har bedt om denne kode, kan du se bort fra denne mail. Nogen kan have skrevet din adresse ved en fejl.',
  resetNoticeSubject: 'Din adgangskode til {org} er nulstillet',
  resetNoticeHeading: 'Din adgangskode er nulstillet',
  resetNoticeBody: 'Adgangskoden til din konto hos {org} blev nulstillet {time}.',
  unlockNoticeSubject: 'Din konto hos {org} er låst op',
  unlockNoticeHeading: 'Din konto er låst op',
  unlockNoticeBody: 'Din konto hos {org} blev låst op {time}.',
  passwordChangedSubject: 'Din adgangskode til {org} er skiftet',
  passwordChangedHeading: 'Din adgangskode er skiftet',
  passwordChangedBody: 'Adgangskoden til din konto hos {org} blev skiftet {time}.',
  methodAddedSubject: 'Der er tilføjet en gendannelsesmetode til din konto hos {org}',
  methodAddedHeading: 'Der er tilføjet en gendannelsesmetode',
  methodAddedBody: 'Denne gendannelsesmetode blev tilføjet til din konto hos {org} {time}:',
  methodRemovedSubject: 'Der er fjernet en gendannelsesmetode fra din konto hos {org}',
  methodRemovedHeading: 'Der er fjernet en gendannelsesmetode',
  methodRemovedBody: 'Denne gendannelsesmetode blev fjernet fra din konto hos {org} {time}:',
  methodMobile: 'Mobil',
  methodOffice: 'Arbejdstelefon',
  methodEmail: 'Mailadresse',
  methodSecurityQuestions: 'Sikkerhedsspørgsmål',
  methodPasskey: 'Adgangsnøgle',
  methodAuthenticator: 'Godkendelsesapp',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Gendannelsesmailen til din konto hos {org} er ændret',
  emailChangedHeading: 'Din gendannelsesmail er ændret',
  emailChangedBody:
    'Den mailadresse, der bruges til at gendanne din konto hos {org}, blev ændret {time}.',
  emailChangedNewAddress: 'Den nye adresse er {hint}.',
  emailChangedWhy: 'Vi sender denne besked til din tidligere adresse, så du kender til ændringen.',
  selfServiceBlockedSubject: 'Nulstilling af adgangskode til din konto hos {org} er sat på pause',
  selfServiceBlockedHeading: 'Nulstilling af adgangskode er sat på pause',
  selfServiceBlockedBody:
    'Nogen har angivet forkerte bekræftelseskoder eller svar til din konto hos {org} for mange gange, så selvbetjent nulstilling af adgangskode og oplåsning er sat på pause i {hours} fra {time}.',
  selfServiceBlockedNext: 'Din adgangskode er ikke ændret. Hvis det var dig, så prøv igen senere.',
  passwordExpiringSubject: 'Din adgangskode til {org} udløber snart',
  passwordExpiringHeading: 'Din adgangskode udløber snart',
  passwordExpiringBody: 'Adgangskoden til din konto hos {org} udløber {time}.',
  passwordExpiringNext:
    'Skift den inden da for at kunne blive ved med at logge ind. Derefter bliver du bedt om at skifte den, når du logger ind.',
  registrationReminderSubject: 'Konfigurer nulstilling af adgangskode til din konto hos {org}',
  registrationReminderHeading: 'Konfigurer nulstilling af adgangskode',
  registrationReminderBody:
    'Din konto hos {org} har endnu ingen gendannelsesmetoder, eller for få til, at du selv kan nulstille din adgangskode.',
  registrationReminderNext:
    'Tilføj dem, næste gang du logger ind, så du kan nulstille en glemt adgangskode uden at bede om hjælp.',
  reconfirmationReminderSubject: 'Kontrollér gendannelsesmetoderne til din konto hos {org}',
  reconfirmationReminderHeading: 'Er dine gendannelsesmetoder stadig korrekte?',
  reconfirmationReminderBody:
    'Du har ikke bekræftet gendannelsesmetoderne til din konto hos {org} i et stykke tid.',
  reconfirmationReminderNext:
    'Log ind, og bekræft, at de stadig er dine, eller opdater dem, så du altid kan nulstille din adgangskode.',
  resetRequestedSubject: 'Nogen har bedt om at nulstille din adgangskode til {org}',
  resetRequestedHeading: 'Der er anmodet om nulstilling af adgangskode',
  resetRequestedBody:
    'Nogen bad om at nulstille adgangskoden til din konto hos {org} {time} og gjorde det ikke færdigt.',
  resetRequestedNext:
    'Din adgangskode er ikke ændret. Hvis det var dig, kan du se bort fra denne besked.',
  greeting: 'Hej {user}',
  notYouHelpdesk: 'Hvis det ikke var dig, så kontakt {helpdesk} med det samme.',
  notYouAdmin: 'Hvis det ikke var dig, så kontakt din administrator med det samme.',
  adminNoticeSubject: '{org}: Administrator {user} har nulstillet sin egen adgangskode',
  adminNoticeHeading: 'En administrator har nulstillet sin egen adgangskode',
  adminNoticeBody: '{user} nulstillede sin egen adgangskode {time}.',
  adminNoticeHint:
    'Du modtager dette, fordi du er administrator hos {org}. Hvis du ikke havde ventet det, så se aktivitetsrapporten for nulstilling af adgangskoder.',
  helpRequestedSubject: '{org}: {user} beder en administrator om hjælp med sin adgangskode',
  helpRequestedHeading: 'En bruger beder om hjælp',
  helpRequestedBody:
    '{user} kunne ikke nulstille sin adgangskode via selvbetjening og bad {time} om hjælp fra en administrator.',
  helpRequestedHint:
    'Gennemgå brugerens gendannelsesmetoder sammen med vedkommende, eller udsted et midlertidigt adgangspas fra administrationssiden.',
  footer: 'Dette er en automatisk besked fra {org}. Svar venligst ikke på den.',

  adminResetByAdminSubject: '{org}: {actor} har nulstillet adgangskoden for administrator {user}',
  adminResetByAdminHeading: 'En anden administrator har nulstillet en administrators adgangskode',
  adminResetByAdminBody: '{actor} nulstillede adgangskoden for {user} {time}.',
};
