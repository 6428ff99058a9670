import type { QuestionTranslations } from '../predefined-questions.js';

/** Danish (du; drafted by the maintainers). */
export const da: QuestionTranslations = {
  'childhood-best-friend': 'Hvad hed din bedste ven i barndommen til fornavn?',
  'childhood-best-friend-street': 'På hvilken vej boede din bedste ven, da du var barn?',
  'childhood-nickname': 'Hvilket kælenavn brugte din familie om dig, da du var barn?',
  'street-at-age-ten': 'På hvilken vej boede du, da du var ti år?',
  'childhood-neighbor-surname': 'Hvad hed dine nærmeste naboer til efternavn, da du var barn?',
  'childhood-neighbor-pet': 'Hvad hed dine naboers kæledyr, da du var barn?',
  'first-pet-name': 'Hvad hed dit første kæledyr?',
  'first-stuffed-toy': 'Hvad hed dit første tøjdyr?',
  'first-babysitter-name': 'Hvad hed din første babysitter til fornavn?',
  'oldest-cousin-name': 'Hvad hedder din ældste fætter eller kusine til fornavn?',
  'first-teacher-surname': 'Hvad hed din første lærer i folkeskolen til efternavn?',
  'first-grade-desk-mate':
    'Hvad hed den klassekammerat, der sad ved siden af dig i første klasse, til fornavn?',
  'first-high-school-friend': 'Hvad hed den første ven, du fik i gymnasiet, til fornavn?',
  'first-crush-name': 'Hvad hed din første forelskelse til fornavn?',
  'first-coach-surname': 'Hvad hed din første sportstræner til efternavn?',
  'first-sports-club': 'Hvad hed den første sportsklub, du var medlem af?',
  'first-music-teacher-surname': 'Hvad hed din første musiklærer til efternavn?',
  'first-concert': 'Hvilken kunstner eller hvilket band så du til din første koncert?',
  'first-album': 'Hvad var det første musikalbum, du købte?',
  'first-film-in-cinema': 'Hvad var den første film, du så i biografen?',
  'driving-instructor-name': 'Hvad hed din kørelærer til fornavn?',
  'first-summer-job': 'Hvad hed virksomheden, hvor du havde dit første sommerjob?',
  'first-manager-name': 'Hvad hed din chef på dit første job til fornavn?',
  'first-roommate-name': 'Hvad hed din første bofælle til fornavn?',
  'first-landlord-surname': 'Hvad hed din første udlejer til efternavn?',
};
