import type { MessageCatalog } from '../message-catalog.js';

/** Czech (formal: vy; drafted by the maintainers). */
export const cs: MessageCatalog = {
  smsCode:
    'Váš ověřovací kód pro {org} je {code}. Platnost vyprší za {minutes}. Nikomu ho nesdělujte.',
  voiceIntro: 'Dobrý den, tady {org}. Váš ověřovací kód je',
  emailCodeSubject: 'Váš ověřovací kód pro {org}',
  emailCodeHeading: 'Váš ověřovací kód',
  emailCodeBody: 'Zadejte tento kód a potvrďte, že jste to vy:',
  emailCodeExpiry: 'Platnost kódu vyprší za {minutes}. Nikomu ho nesdělujte.',
  emailCodeIgnore:
    'Pokud jste o tento kód nežádali, můžete tento e-mail ignorovat. Někdo mohl vaši adresu zadat omylem.',
  resetNoticeSubject: 'Vaše heslo pro {org} bylo obnoveno',
  resetNoticeHeading: 'Vaše heslo bylo obnoveno',
  resetNoticeBody: 'Heslo k vašemu účtu {org} bylo obnoveno {time}.',
  unlockNoticeSubject: 'Váš účet {org} byl odemčen',
  unlockNoticeHeading: 'Váš účet byl odemčen',
  unlockNoticeBody: 'Váš účet {org} byl odemčen {time}.',
  passwordChangedSubject: 'Vaše heslo pro {org} bylo změněno',
  passwordChangedHeading: 'Vaše heslo bylo změněno',
  passwordChangedBody: 'Heslo k vašemu účtu {org} bylo změněno {time}.',
  methodAddedSubject: 'K vašemu účtu {org} byla přidána metoda obnovení',
  methodAddedHeading: 'Byla přidána metoda obnovení',
  methodAddedBody: 'Tato metoda obnovení byla přidána k vašemu účtu {org} {time}:',
  methodRemovedSubject: 'Z vašeho účtu {org} byla odebrána metoda obnovení',
  methodRemovedHeading: 'Byla odebrána metoda obnovení',
  methodRemovedBody: 'Tato metoda obnovení byla odebrána z vašeho účtu {org} {time}:',
  methodMobile: 'Mobilní telefon',
  methodOffice: 'Pracovní telefon',
  methodEmail: 'E-mailová adresa',
  methodSecurityQuestions: 'Bezpečnostní otázky',
  methodPasskey: 'Přístupový klíč',
  methodAuthenticator: 'Ověřovací aplikace',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'E-mailová adresa pro obnovení vašeho účtu {org} byla změněna',
  emailChangedHeading: 'Vaše e-mailová adresa pro obnovení byla změněna',
  emailChangedBody: 'E-mailová adresa pro obnovení vašeho účtu {org} byla změněna {time}.',
  emailChangedNewAddress: 'Nová adresa je {hint}.',
  emailChangedWhy: 'Tuto zprávu posíláme na vaši předchozí adresu, abyste o změně věděli.',
  selfServiceBlockedSubject: 'Obnovení hesla k vašemu účtu {org} je pozastaveno',
  selfServiceBlockedHeading: 'Obnovení hesla je pozastaveno',
  selfServiceBlockedBody:
    'Někdo u vašeho účtu {org} příliš mnohokrát zadal chybné ověřovací kódy nebo odpovědi, proto je samoobslužné obnovení hesla a odemknutí pozastaveno na {hours} od {time}.',
  selfServiceBlockedNext: 'Vaše heslo nebylo změněno. Pokud jste to byli vy, zkuste to později.',
  passwordExpiringSubject: 'Platnost vašeho hesla pro {org} brzy vyprší',
  passwordExpiringHeading: 'Platnost vašeho hesla brzy vyprší',
  passwordExpiringBody: 'Platnost hesla k vašemu účtu {org} vyprší {time}.',
  passwordExpiringNext:
    'Změňte ho do té doby, abyste se mohli dál přihlašovat. Potom vás při přihlášení požádáme o jeho změnu.',
  registrationReminderSubject: 'Nastavte obnovení hesla pro svůj účet {org}',
  registrationReminderHeading: 'Nastavte obnovení hesla',
  registrationReminderBody:
    'Váš účet {org} zatím nemá žádné metody obnovení, nebo jich má příliš málo, abyste si mohli heslo obnovit sami.',
  registrationReminderNext:
    'Přidejte je při příštím přihlášení, abyste si zapomenuté heslo mohli obnovit bez žádosti o pomoc.',
  reconfirmationReminderSubject: 'Zkontrolujte metody obnovení svého účtu {org}',
  reconfirmationReminderHeading: 'Jsou vaše metody obnovení stále aktuální?',
  reconfirmationReminderBody: 'Metody obnovení svého účtu {org} jste už delší dobu nepotvrdili.',
  reconfirmationReminderNext:
    'Přihlaste se a potvrďte, že jsou stále vaše, nebo je aktualizujte, abyste si heslo mohli vždy obnovit.',
  resetRequestedSubject: 'Někdo požádal o obnovení vašeho hesla pro {org}',
  resetRequestedHeading: 'Bylo požádáno o obnovení hesla',
  resetRequestedBody: 'Někdo {time} požádal o obnovení hesla k vašemu účtu {org} a nedokončil ho.',
  resetRequestedNext:
    'Vaše heslo nebylo změněno. Pokud jste to byli vy, můžete tuto zprávu ignorovat.',
  greeting: 'Dobrý den, {user},',
  notYouHelpdesk: 'Pokud jste to nebyli vy, okamžitě kontaktujte {helpdesk}.',
  notYouAdmin: 'Pokud jste to nebyli vy, okamžitě kontaktujte správce.',
  adminNoticeSubject: '{org}: správce {user} obnovil své vlastní heslo',
  adminNoticeHeading: 'Správce obnovil své vlastní heslo',
  adminNoticeBody: '{user} obnovil své vlastní heslo {time}.',
  adminNoticeHint:
    'Tuto zprávu dostáváte, protože jste správcem {org}. Pokud jste ji nečekali, zkontrolujte přehled aktivit obnovení hesel.',
  helpRequestedSubject: '{org}: {user} žádá správce o pomoc s heslem',
  helpRequestedHeading: 'Uživatel žádá o pomoc',
  helpRequestedBody:
    '{user} si nedokázal heslo obnovit samoobslužně a {time} požádal o pomoc správce.',
  helpRequestedHint:
    'Projděte s uživatelem jeho metody obnovení, nebo vydejte dočasný přístupový kód na stránce správy.',
  footer: 'Toto je automatická zpráva od {org}. Neodpovídejte na ni.',

  adminResetByAdminSubject: '{org}: {actor} obnovil heslo správce {user}',
  adminResetByAdminHeading: 'Jiný správce obnovil heslo správce',
  adminResetByAdminBody: '{actor} obnovil heslo uživatele {user} {time}.',
};
