import type { MessageCatalog } from '../message-catalog.js';

/** Slovak (formal: vy; drafted by the maintainers). */
export const sk: MessageCatalog = {
  smsCode:
    'Váš overovací kód pre {org} je {code}. Platnosť vyprší o {minutes}. Nikomu ho neprezrádzajte.',
  voiceIntro: 'Dobrý deň, tu {org}. Váš overovací kód je',
  emailCodeSubject: 'Váš overovací kód pre {org}',
  emailCodeHeading: 'Váš overovací kód',
  emailCodeBody: 'Zadajte tento kód a potvrďte, že ste to vy:',
  emailCodeExpiry: 'Platnosť kódu vyprší o {minutes}. Nikomu ho neprezrádzajte.',
  emailCodeIgnore:
    'Ak ste o tento kód nežiadali, môžete tento e-mail ignorovať. Niekto mohol vašu adresu zadať omylom.',
  resetNoticeSubject: 'Vaše heslo pre {org} bolo obnovené',
  resetNoticeHeading: 'Vaše heslo bolo obnovené',
  resetNoticeBody: 'Heslo k vášmu účtu {org} bolo obnovené {time}.',
  unlockNoticeSubject: 'Váš účet {org} bol odomknutý',
  unlockNoticeHeading: 'Váš účet bol odomknutý',
  unlockNoticeBody: 'Váš účet {org} bol odomknutý {time}.',
  passwordChangedSubject: 'Vaše heslo pre {org} bolo zmenené',
  passwordChangedHeading: 'Vaše heslo bolo zmenené',
  passwordChangedBody: 'Heslo k vášmu účtu {org} bolo zmenené {time}.',
  methodAddedSubject: 'K vášmu účtu {org} bola pridaná metóda obnovenia',
  methodAddedHeading: 'Bola pridaná metóda obnovenia',
  methodAddedBody: 'Táto metóda obnovenia bola pridaná k vášmu účtu {org} {time}:',
  methodRemovedSubject: 'Z vášho účtu {org} bola odstránená metóda obnovenia',
  methodRemovedHeading: 'Bola odstránená metóda obnovenia',
  methodRemovedBody: 'Táto metóda obnovenia bola odstránená z vášho účtu {org} {time}:',
  methodMobile: 'Mobilný telefón',
  methodOffice: 'Pracovný telefón',
  methodEmail: 'E-mailová adresa',
  methodSecurityQuestions: 'Bezpečnostné otázky',
  methodPasskey: 'Prístupový kľúč',
  methodAuthenticator: 'Overovacia aplikácia',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'E-mailová adresa na obnovenie vášho účtu {org} bola zmenená',
  emailChangedHeading: 'Vaša e-mailová adresa na obnovenie bola zmenená',
  emailChangedBody: 'E-mailová adresa na obnovenie vášho účtu {org} bola zmenená {time}.',
  emailChangedNewAddress: 'Nová adresa je {hint}.',
  emailChangedWhy: 'Túto správu posielame na vašu predchádzajúcu adresu, aby ste o zmene vedeli.',
  selfServiceBlockedSubject: 'Obnovenie hesla k vášmu účtu {org} je pozastavené',
  selfServiceBlockedHeading: 'Obnovenie hesla je pozastavené',
  selfServiceBlockedBody:
    'Niekto pri vašom účte {org} príliš veľakrát zadal nesprávne overovacie kódy alebo odpovede, preto je samoobslužné obnovenie hesla a odomknutie pozastavené na {hours} od {time}.',
  selfServiceBlockedNext: 'Vaše heslo sa nezmenilo. Ak ste to boli vy, skúste to neskôr.',
  passwordExpiringSubject: 'Platnosť vášho hesla pre {org} čoskoro vyprší',
  passwordExpiringHeading: 'Platnosť vášho hesla čoskoro vyprší',
  passwordExpiringBody: 'Platnosť hesla k vášmu účtu {org} vyprší {time}.',
  passwordExpiringNext:
    'Zmeňte ho dovtedy, aby ste sa mohli ďalej prihlasovať. Potom vás pri prihlásení požiadame o jeho zmenu.',
  registrationReminderSubject: 'Nastavte obnovenie hesla pre svoj účet {org}',
  registrationReminderHeading: 'Nastavte obnovenie hesla',
  registrationReminderBody:
    'Váš účet {org} zatiaľ nemá žiadne metódy obnovenia alebo ich má príliš málo, aby ste si mohli heslo obnoviť sami.',
  registrationReminderNext:
    'Pridajte ich pri najbližšom prihlásení, aby ste si zabudnuté heslo mohli obnoviť bez žiadosti o pomoc.',
  reconfirmationReminderSubject: 'Skontrolujte metódy obnovenia svojho účtu {org}',
  reconfirmationReminderHeading: 'Sú vaše metódy obnovenia stále aktuálne?',
  reconfirmationReminderBody: 'Metódy obnovenia svojho účtu {org} ste už dlhšie nepotvrdili.',
  reconfirmationReminderNext:
    'Prihláste sa a potvrďte, že sú stále vaše, alebo ich aktualizujte, aby ste si heslo mohli vždy obnoviť.',
  resetRequestedSubject: 'Niekto požiadal o obnovenie vášho hesla pre {org}',
  resetRequestedHeading: 'Bolo požiadané o obnovenie hesla',
  resetRequestedBody:
    'Niekto {time} požiadal o obnovenie hesla k vášmu účtu {org} a nedokončil ho.',
  resetRequestedNext: 'Vaše heslo sa nezmenilo. Ak ste to boli vy, môžete túto správu ignorovať.',
  greeting: 'Dobrý deň, {user},',
  notYouHelpdesk: 'Ak ste to neboli vy, okamžite kontaktujte {helpdesk}.',
  notYouAdmin: 'Ak ste to neboli vy, okamžite kontaktujte správcu.',
  adminNoticeSubject: '{org}: správca {user} obnovil svoje vlastné heslo',
  adminNoticeHeading: 'Správca obnovil svoje vlastné heslo',
  adminNoticeBody: '{user} obnovil svoje vlastné heslo {time}.',
  adminNoticeHint:
    'Túto správu dostávate, pretože ste správcom {org}. Ak ste ju nečakali, skontrolujte prehľad aktivít obnovenia hesiel.',
  helpRequestedSubject: '{org}: {user} žiada správcu o pomoc s heslom',
  helpRequestedHeading: 'Používateľ žiada o pomoc',
  helpRequestedBody:
    '{user} si nedokázal heslo obnoviť samoobslužne a {time} požiadal o pomoc správcu.',
  helpRequestedHint:
    'Prejdite s používateľom jeho metódy obnovenia alebo vydajte dočasný prístupový kód na stránke správy.',
  footer: 'Toto je automatická správa od {org}. Neodpovedajte na ňu.',

  adminResetByAdminSubject: '{org}: {actor} obnovil heslo správcu {user}',
  adminResetByAdminHeading: 'Iný správca obnovil heslo správcu',
  adminResetByAdminBody: '{actor} obnovil heslo používateľa {user} {time}.',
};
