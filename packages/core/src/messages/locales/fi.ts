import type { MessageCatalog } from '../message-catalog.js';

/** Finnish (sinä; drafted by the maintainers). */
export const fi: MessageCatalog = {
  smsCode:
    'Palvelun {org} vahvistuskoodisi on {code}. Se vanhenee {minutes} kuluttua. Älä kerro sitä kenellekään.',
  voiceIntro: 'Hei, täällä {org}. Vahvistuskoodisi on',
  emailCodeSubject: 'Palvelun {org} vahvistuskoodisi',
  emailCodeHeading: 'Vahvistuskoodisi',
  emailCodeBody: 'Anna tämä koodi vahvistaaksesi, että kyse on sinusta:',
  emailCodeExpiry: 'Koodi vanhenee {minutes} kuluttua. Älä kerro sitä kenellekään.',
  emailCodeIgnore:
    'Jos et pyytänyt tätä koodia, voit jättää tämän viestin huomiotta. Joku on ehkä kirjoittanut osoitteesi vahingossa.',
  resetNoticeSubject: 'Palvelun {org} salasanasi on vaihdettu',
  resetNoticeHeading: 'Salasanasi on vaihdettu',
  resetNoticeBody: 'Palvelun {org} tilisi salasana vaihdettiin {time}.',
  unlockNoticeSubject: 'Palvelun {org} tilisi lukitus on avattu',
  unlockNoticeHeading: 'Tilisi lukitus on avattu',
  unlockNoticeBody: 'Palvelun {org} tilisi lukitus avattiin {time}.',
  passwordChangedSubject: 'Palvelun {org} salasanasi on muutettu',
  passwordChangedHeading: 'Salasanasi on muutettu',
  passwordChangedBody: 'Palvelun {org} tilisi salasana muutettiin {time}.',
  methodAddedSubject: 'Palvelun {org} tilillesi lisättiin palautustapa',
  methodAddedHeading: 'Palautustapa lisättiin',
  methodAddedBody: 'Tämä palautustapa lisättiin palvelun {org} tilillesi {time}:',
  methodRemovedSubject: 'Palvelun {org} tililtäsi poistettiin palautustapa',
  methodRemovedHeading: 'Palautustapa poistettiin',
  methodRemovedBody: 'Tämä palautustapa poistettiin palvelun {org} tililtäsi {time}:',
  methodMobile: 'Matkapuhelin',
  methodOffice: 'Työpuhelin',
  methodEmail: 'Sähköpostiosoite',
  methodSecurityQuestions: 'Turvakysymykset',
  methodPasskey: 'Pääsyavain',
  methodAuthenticator: 'Todennussovellus',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Palvelun {org} tilisi palautussähköpostiosoite on vaihdettu',
  emailChangedHeading: 'Palautussähköpostiosoitteesi on vaihdettu',
  emailChangedBody:
    'Palvelun {org} tilisi palauttamiseen käytetty sähköpostiosoite vaihdettiin {time}.',
  emailChangedNewAddress: 'Uusi osoite on {hint}.',
  emailChangedWhy: 'Lähetämme tämän viestin aiempaan osoitteeseesi, jotta tiedät muutoksesta.',
  selfServiceBlockedSubject: 'Palvelun {org} tilisi salasanan vaihto on keskeytetty',
  selfServiceBlockedHeading: 'Salasanan vaihto on keskeytetty',
  selfServiceBlockedBody:
    'Joku on antanut palvelun {org} tilillesi liian monta kertaa vääriä vahvistuskoodeja tai vastauksia, joten omatoiminen salasanan vaihto ja lukituksen avaus on keskeytetty {hours} ajaksi alkaen {time}.',
  selfServiceBlockedNext:
    'Salasanaasi ei ole muutettu. Jos se olit sinä, yritä myöhemmin uudelleen.',
  passwordExpiringSubject: 'Palvelun {org} salasanasi vanhenee pian',
  passwordExpiringHeading: 'Salasanasi vanhenee pian',
  passwordExpiringBody: 'Palvelun {org} tilisi salasana vanhenee {time}.',
  passwordExpiringNext:
    'Vaihda se ennen sitä, jotta voit jatkaa kirjautumista. Sen jälkeen sinua pyydetään vaihtamaan se kirjautuessasi.',
  registrationReminderSubject: 'Ota salasanan vaihto käyttöön palvelun {org} tilillesi',
  registrationReminderHeading: 'Ota salasanan vaihto käyttöön',
  registrationReminderBody:
    'Palvelun {org} tililläsi ei ole vielä palautustapoja tai niitä on liian vähän, jotta voisit vaihtaa salasanasi itse.',
  registrationReminderNext:
    'Lisää ne seuraavalla kirjautumiskerralla, niin voit vaihtaa unohtuneen salasanan pyytämättä apua.',
  reconfirmationReminderSubject: 'Tarkista palvelun {org} tilisi palautustavat',
  reconfirmationReminderHeading: 'Ovatko palautustapasi yhä oikein?',
  reconfirmationReminderBody:
    'Et ole vahvistanut palvelun {org} tilisi palautustapoja vähään aikaan.',
  reconfirmationReminderNext:
    'Kirjaudu sisään ja vahvista, että ne ovat yhä sinun, tai päivitä ne, jotta voit aina vaihtaa salasanasi.',
  resetRequestedSubject: 'Joku pyysi vaihtamaan palvelun {org} salasanasi',
  resetRequestedHeading: 'Salasanan vaihtoa pyydettiin',
  resetRequestedBody:
    'Joku pyysi {time} vaihtamaan palvelun {org} tilisi salasanan eikä vienyt vaihtoa loppuun.',
  resetRequestedNext:
    'Salasanaasi ei ole muutettu. Jos se olit sinä, voit jättää tämän viestin huomiotta.',
  greeting: 'Hei {user},',
  notYouHelpdesk: 'Jos tämä et ollut sinä, ota heti yhteyttä: {helpdesk}.',
  notYouAdmin: 'Jos tämä et ollut sinä, ota heti yhteyttä ylläpitäjään.',
  adminNoticeSubject: '{org}: ylläpitäjä {user} vaihtoi oman salasanansa',
  adminNoticeHeading: 'Ylläpitäjä vaihtoi oman salasanansa',
  adminNoticeBody: '{user} vaihtoi oman salasanansa {time}.',
  adminNoticeHint:
    'Saat tämän viestin, koska olet palvelun {org} ylläpitäjä. Jos et odottanut sitä, tarkista salasanan vaihtojen tapahtumaraportti.',
  helpRequestedSubject: '{org}: {user} pyytää ylläpitäjältä apua salasanansa kanssa',
  helpRequestedHeading: 'Käyttäjä pyytää apua',
  helpRequestedBody:
    '{user} ei pystynyt vaihtamaan salasanaansa omatoimisesti ja pyysi {time} apua ylläpitäjältä.',
  helpRequestedHint:
    'Käy käyttäjän palautustavat läpi yhdessä hänen kanssaan tai myönnä väliaikainen käyttöoikeuskoodi hallintasivulta.',
  footer: 'Tämä on palvelun {org} automaattinen viesti. Älä vastaa siihen.',

  adminResetByAdminSubject: '{org}: {actor} vaihtoi ylläpitäjän {user} salasanan',
  adminResetByAdminHeading: 'Toinen ylläpitäjä vaihtoi ylläpitäjän salasanan',
  adminResetByAdminBody: '{actor} vaihtoi käyttäjän {user} salasanan {time}.',
};
