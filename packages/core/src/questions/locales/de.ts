import type { QuestionTranslations } from '../predefined-questions.js';

/** German (formal "Sie", as the message catalogs; drafted by the maintainers). */
export const de: QuestionTranslations = {
  'childhood-best-friend':
    'Wie hieß Ihr bester Freund oder Ihre beste Freundin aus der Kindheit mit Vornamen?',
  'childhood-best-friend-street':
    'In welcher Straße wohnte Ihr bester Freund oder Ihre beste Freundin aus der Kindheit?',
  'childhood-nickname': 'Welchen Spitznamen hatten Sie als Kind in Ihrer Familie?',
  'street-at-age-ten': 'In welcher Straße haben Sie gewohnt, als Sie zehn Jahre alt waren?',
  'childhood-neighbor-surname':
    'Wie hießen Ihre direkten Nachbarn in Ihrer Kindheit mit Nachnamen?',
  'childhood-neighbor-pet': 'Wie hieß das Haustier Ihrer Nachbarn in Ihrer Kindheit?',
  'first-pet-name': 'Wie hieß Ihr erstes Haustier?',
  'first-stuffed-toy': 'Wie hieß Ihr erstes Kuscheltier?',
  'first-babysitter-name':
    'Wie hieß Ihre erste Babysitterin oder Ihr erster Babysitter mit Vornamen?',
  'oldest-cousin-name': 'Wie heißt Ihre älteste Cousine oder Ihr ältester Cousin mit Vornamen?',
  'first-teacher-surname':
    'Wie hieß Ihre erste Lehrerin oder Ihr erster Lehrer in der Grundschule mit Nachnamen?',
  'first-grade-desk-mate':
    'Wie hieß Ihr Banknachbar oder Ihre Banknachbarin in der ersten Klasse mit Vornamen?',
  'first-high-school-friend':
    'Wie hieß der erste Freund oder die erste Freundin auf Ihrer weiterführenden Schule mit Vornamen?',
  'first-crush-name': 'Wie hieß Ihr erster Schwarm mit Vornamen?',
  'first-coach-surname':
    'Wie hieß Ihre erste Trainerin oder Ihr erster Trainer im Sport mit Nachnamen?',
  'first-sports-club': 'Wie hieß der erste Sportverein, in dem Sie Mitglied waren?',
  'first-music-teacher-surname':
    'Wie hieß Ihre erste Musiklehrerin oder Ihr erster Musiklehrer mit Nachnamen?',
  'first-concert': 'Welchen Künstler oder welche Band haben Sie bei Ihrem ersten Konzert gesehen?',
  'first-album': 'Welches Musikalbum haben Sie als Erstes gekauft?',
  'first-film-in-cinema': 'Welchen Film haben Sie als Erstes im Kino gesehen?',
  'driving-instructor-name': 'Wie hieß Ihre Fahrlehrerin oder Ihr Fahrlehrer mit Vornamen?',
  'first-summer-job': 'Wie hieß der Betrieb, in dem Sie Ihren ersten Ferienjob hatten?',
  'first-manager-name':
    'Wie hieß Ihre erste Vorgesetzte oder Ihr erster Vorgesetzter mit Vornamen?',
  'first-roommate-name':
    'Wie hieß Ihre erste Mitbewohnerin oder Ihr erster Mitbewohner mit Vornamen?',
  'first-landlord-surname':
    'Wie hieß Ihre erste Vermieterin oder Ihr erster Vermieter mit Nachnamen?',
};
