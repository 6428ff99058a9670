import type { QuestionTranslations } from '../predefined-questions.js';

/** Dutch (informal "je", as the message catalogs; drafted by the maintainers). */
export const nl: QuestionTranslations = {
  'childhood-best-friend': 'Wat was de voornaam van je beste vriend of vriendin toen je klein was?',
  'childhood-best-friend-street':
    'In welke straat woonde je beste vriend of vriendin toen je klein was?',
  'childhood-nickname': 'Welke bijnaam gaf je familie je toen je klein was?',
  'street-at-age-ten': 'In welke straat woonde je toen je tien jaar was?',
  'childhood-neighbor-surname': 'Wat was de achternaam van je buren toen je klein was?',
  'childhood-neighbor-pet': 'Hoe heette het huisdier van je buren toen je klein was?',
  'first-pet-name': 'Hoe heette je eerste huisdier?',
  'first-stuffed-toy': 'Hoe heette je eerste knuffel?',
  'first-babysitter-name': 'Wat was de voornaam van je eerste oppas?',
  'oldest-cousin-name': 'Wat is de voornaam van je oudste neef of nicht?',
  'first-teacher-surname': 'Wat was de achternaam van je eerste juf of meester op de basisschool?',
  'first-grade-desk-mate':
    'Wat was de voornaam van de klasgenoot naast wie je zat in je eerste schooljaar?',
  'first-high-school-friend':
    'Wat was de voornaam van de eerste vriend of vriendin die je op de middelbare school maakte?',
  'first-crush-name': 'Wat was de voornaam van de eerste persoon op wie je verliefd was?',
  'first-coach-surname': 'Wat was de achternaam van je eerste sporttrainer?',
  'first-sports-club': 'Hoe heette de eerste sportvereniging waar je lid van was?',
  'first-music-teacher-surname':
    'Wat was de achternaam van je eerste muziekleraar of muzieklerares?',
  'first-concert': 'Welke artiest of band zag je bij je eerste concert?',
  'first-album': 'Wat was het eerste muziekalbum dat je kocht?',
  'first-film-in-cinema': 'Wat was de eerste film die je in de bioscoop zag?',
  'driving-instructor-name': 'Wat was de voornaam van je rij-instructeur?',
  'first-summer-job': 'Hoe heette het bedrijf waar je je eerste vakantiebaantje had?',
  'first-manager-name': 'Wat was de voornaam van je leidinggevende bij je eerste baan?',
  'first-roommate-name': 'Wat was de voornaam van je eerste huisgenoot?',
  'first-landlord-surname': 'Wat was de achternaam van je eerste huisbaas?',
};
