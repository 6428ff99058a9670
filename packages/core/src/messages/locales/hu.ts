import type { MessageCatalog } from '../message-catalog.js';

/** Hungarian (polite: Ön; drafted by the maintainers). */
export const hu: MessageCatalog = {
  smsCode: 'A(z) {org} ellenőrző kódja: {code}. {minutes} múlva lejár. Senkinek ne adja meg.',
  voiceIntro: 'Jó napot, itt a(z) {org}. Az ellenőrző kódja',
  emailCodeSubject: 'A(z) {org} ellenőrző kódja',
  emailCodeHeading: 'Az ellenőrző kódja',
  emailCodeBody: 'Adja meg ezt a kódot annak megerősítéséhez, hogy Ön az:',
  emailCodeExpiry: 'A kód {minutes} múlva lejár. Senkinek ne adja meg.',
  emailCodeIgnore:
    'Ha nem Ön kérte ezt a kódot, nyugodtan figyelmen kívül hagyhatja ezt az e-mailt. Lehet, hogy valaki tévedésből adta meg a címét.',
  resetNoticeSubject: 'A(z) {org} jelszavát visszaállították',
  resetNoticeHeading: 'A jelszavát visszaállították',
  resetNoticeBody: 'A(z) {org} fiókja jelszavát visszaállították: {time}.',
  unlockNoticeSubject: 'A(z) {org} fiókját feloldották',
  unlockNoticeHeading: 'A fiókját feloldották',
  unlockNoticeBody: 'A(z) {org} fiókját feloldották: {time}.',
  passwordChangedSubject: 'A(z) {org} jelszavát módosították',
  passwordChangedHeading: 'A jelszavát módosították',
  passwordChangedBody: 'A(z) {org} fiókja jelszavát módosították: {time}.',
  methodAddedSubject: 'Helyreállítási módot adtak a(z) {org} fiókjához',
  methodAddedHeading: 'Helyreállítási mód hozzáadva',
  methodAddedBody: 'Ezt a helyreállítási módot adták a(z) {org} fiókjához ({time}):',
  methodRemovedSubject: 'Helyreállítási módot távolítottak el a(z) {org} fiókjából',
  methodRemovedHeading: 'Helyreállítási mód eltávolítva',
  methodRemovedBody: 'Ezt a helyreállítási módot távolították el a(z) {org} fiókjából ({time}):',
  methodMobile: 'Mobiltelefon',
  methodOffice: 'Munkahelyi telefon',
  methodEmail: 'E-mail-cím',
  methodSecurityQuestions: 'Biztonsági kérdések',
  methodPasskey: 'Hozzáférési kulcs',
  methodAuthenticator: 'Hitelesítő alkalmazás',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'A(z) {org} fiókja helyreállítási e-mail-címe megváltozott',
  emailChangedHeading: 'A helyreállítási e-mail-címe megváltozott',
  emailChangedBody: 'A(z) {org} fiókja helyreállításához használt e-mail-cím megváltozott: {time}.',
  emailChangedNewAddress: 'Az új cím: {hint}.',
  emailChangedWhy: 'Ezt az üzenetet a korábbi címére küldjük, hogy tudjon a változásról.',
  selfServiceBlockedSubject: 'A(z) {org} fiókja jelszó-visszaállítása szünetel',
  selfServiceBlockedHeading: 'A jelszó-visszaállítás szünetel',
  selfServiceBlockedBody:
    'Valaki túl sokszor adott meg hibás ellenőrző kódot vagy választ a(z) {org} fiókjához, ezért az önkiszolgáló jelszó-visszaállítás és feloldás {hours} időtartamra szünetel ettől az időponttól: {time}.',
  selfServiceBlockedNext: 'A jelszava nem változott. Ha Ön volt az, próbálja újra később.',
  passwordExpiringSubject: 'A(z) {org} jelszava hamarosan lejár',
  passwordExpiringHeading: 'A jelszava hamarosan lejár',
  passwordExpiringBody: 'A(z) {org} fiókja jelszava lejár: {time}.',
  passwordExpiringNext:
    'Addig módosítsa, hogy továbbra is bejelentkezhessen. Utána bejelentkezéskor kérni fogjuk a módosítását.',
  registrationReminderSubject: 'Állítsa be a jelszó-visszaállítást a(z) {org} fiókjához',
  registrationReminderHeading: 'Jelszó-visszaállítás beállítása',
  registrationReminderBody:
    'A(z) {org} fiókjához még nincs helyreállítási mód, vagy túl kevés van ahhoz, hogy maga állíthassa vissza a jelszavát.',
  registrationReminderNext:
    'Adja hozzá őket a következő bejelentkezéskor, hogy egy elfelejtett jelszót segítség kérése nélkül visszaállíthasson.',
  reconfirmationReminderSubject: 'Ellenőrizze a(z) {org} fiókja helyreállítási módjait',
  reconfirmationReminderHeading: 'Még helyesek a helyreállítási módjai?',
  reconfirmationReminderBody:
    'Egy ideje nem erősítette meg a(z) {org} fiókja helyreállítási módjait.',
  reconfirmationReminderNext:
    'Jelentkezzen be, és erősítse meg, hogy még az Önéi, vagy frissítse őket, hogy mindig visszaállíthassa a jelszavát.',
  resetRequestedSubject: 'Valaki a(z) {org} jelszava visszaállítását kérte',
  resetRequestedHeading: 'Jelszó-visszaállítást kértek',
  resetRequestedBody:
    'Valaki {time} időpontban a(z) {org} fiókja jelszavának visszaállítását kérte, de nem fejezte be.',
  resetRequestedNext:
    'A jelszava nem változott. Ha Ön volt az, figyelmen kívül hagyhatja ezt az üzenetet.',
  greeting: 'Kedves {user}!',
  notYouHelpdesk: 'Ha nem Ön volt, azonnal forduljon ide: {helpdesk}.',
  notYouAdmin: 'Ha nem Ön volt, azonnal forduljon a rendszergazdához.',
  adminNoticeSubject: '{org}: {user} rendszergazda visszaállította a saját jelszavát',
  adminNoticeHeading: 'Egy rendszergazda visszaállította a saját jelszavát',
  adminNoticeBody: '{user} visszaállította a saját jelszavát: {time}.',
  adminNoticeHint:
    'Ezt azért kapja, mert Ön a(z) {org} rendszergazdája. Ha nem számított rá, nézze meg a jelszó-visszaállítási tevékenységjelentést.',
  helpRequestedSubject: '{org}: {user} rendszergazdai segítséget kér a jelszavához',
  helpRequestedHeading: 'Egy felhasználó segítséget kér',
  helpRequestedBody:
    '{user} nem tudta önkiszolgálással visszaállítani a jelszavát, és {time} időpontban rendszergazdai segítséget kért.',
  helpRequestedHint:
    'Nézze át vele a helyreállítási módjait, vagy adjon ki ideiglenes hozzáférési kódot az adminisztrációs oldalon.',
  footer: 'Ez a(z) {org} automatikus üzenete. Kérjük, ne válaszoljon rá.',

  adminResetByAdminSubject: '{org}: {actor} visszaállította {user} rendszergazda jelszavát',
  adminResetByAdminHeading: 'Egy másik rendszergazda visszaállította egy rendszergazda jelszavát',
  adminResetByAdminBody: '{actor} visszaállította {user} jelszavát: {time}.',
};
