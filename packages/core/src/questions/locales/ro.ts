import type { QuestionTranslations } from '../predefined-questions.js';

/** Romanian (formal: dumneavoastră; drafted by the maintainers). */
export const ro: QuestionTranslations = {
  'childhood-best-friend':
    'Care era prenumele celui mai bun prieten sau al celei mai bune prietene din copilărie?',
  'childhood-best-friend-street':
    'Pe ce stradă locuia cel mai bun prieten sau cea mai bună prietenă din copilărie?',
  'childhood-nickname': 'Ce poreclă vă dădea familia în copilărie?',
  'street-at-age-ten': 'Pe ce stradă locuiați când aveați zece ani?',
  'childhood-neighbor-surname': 'Care era numele de familie al vecinilor de alături din copilărie?',
  'childhood-neighbor-pet': 'Cum se numea animalul de companie al vecinilor din copilărie?',
  'first-pet-name': 'Cum se numea primul dumneavoastră animal de companie?',
  'first-stuffed-toy': 'Cum se numea prima dumneavoastră jucărie de pluș?',
  'first-babysitter-name': 'Care era prenumele primei dumneavoastră bone?',
  'oldest-cousin-name': 'Care este prenumele celui mai mare văr sau al celei mai mari verișoare?',
  'first-teacher-surname': 'Care era numele de familie al primei învățătoare din școala primară?',
  'first-grade-desk-mate': 'Care era prenumele colegului de bancă din clasa întâi?',
  'first-high-school-friend':
    'Care era prenumele primului prieten pe care l-ați cunoscut la liceu?',
  'first-crush-name': 'Care era prenumele primei dumneavoastră iubiri?',
  'first-coach-surname': 'Care era numele de familie al primului antrenor?',
  'first-sports-club': 'Cum se numea primul club sportiv al cărui membru ați fost?',
  'first-music-teacher-surname': 'Care era numele de familie al primului profesor de muzică?',
  'first-concert': 'Ce artist sau ce formație ați văzut la primul concert?',
  'first-album': 'Care a fost primul album muzical pe care l-ați cumpărat?',
  'first-film-in-cinema': 'Care a fost primul film pe care l-ați văzut la cinema?',
  'driving-instructor-name': 'Care era prenumele instructorului auto?',
  'first-summer-job': 'Cum se numea firma la care ați avut primul job de vară?',
  'first-manager-name': 'Care era prenumele șefului de la primul loc de muncă?',
  'first-roommate-name': 'Care era prenumele primului coleg de apartament?',
  'first-landlord-surname':
    'Care era numele de familie al primului proprietar de la care ați închiriat?',
};
