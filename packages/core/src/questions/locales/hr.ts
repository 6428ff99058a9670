import type { QuestionTranslations } from '../predefined-questions.js';

/** Croatian (formal: vi; drafted by the maintainers). */
export const hr: QuestionTranslations = {
  'childhood-best-friend': 'Kako se zvao vaš najbolji prijatelj ili prijateljica iz djetinjstva?',
  'childhood-best-friend-street':
    'U kojoj je ulici živio vaš najbolji prijatelj ili prijateljica iz djetinjstva?',
  'childhood-nickname': 'Kojim vas je nadimkom zvala obitelj u djetinjstvu?',
  'street-at-age-ten': 'U kojoj ste ulici živjeli kada ste imali deset godina?',
  'childhood-neighbor-surname': 'Koje su prezime imali vaši susjedi iz djetinjstva?',
  'childhood-neighbor-pet': 'Kako se zvao kućni ljubimac vaših susjeda kada ste bili dijete?',
  'first-pet-name': 'Kako se zvao vaš prvi kućni ljubimac?',
  'first-stuffed-toy': 'Kako se zvala vaša prva plišana igračka?',
  'first-babysitter-name': 'Kako se zvala vaša prva dadilja?',
  'oldest-cousin-name': 'Kako se zove vaš najstariji bratić ili sestrična?',
  'first-teacher-surname': 'Koje je prezime imala vaša prva učiteljica u osnovnoj školi?',
  'first-grade-desk-mate': 'Kako se zvao učenik s kojim ste sjedili u klupi u prvom razredu?',
  'first-high-school-friend': 'Kako se zvao prvi prijatelj kojeg ste stekli u srednjoj školi?',
  'first-crush-name': 'Kako se zvala vaša prva simpatija?',
  'first-coach-surname': 'Koje je prezime imao vaš prvi trener?',
  'first-sports-club': 'Kako se zvao prvi sportski klub čiji ste bili član?',
  'first-music-teacher-surname': 'Koje je prezime imao vaš prvi učitelj glazbe?',
  'first-concert': 'Kojeg ste izvođača ili koji sastav gledali na svojem prvom koncertu?',
  'first-album': 'Koji je bio prvi glazbeni album koji ste kupili?',
  'first-film-in-cinema': 'Koji je bio prvi film koji ste gledali u kinu?',
  'driving-instructor-name': 'Kako se zvao vaš instruktor vožnje?',
  'first-summer-job': 'Kako se zvala tvrtka u kojoj ste imali prvi ljetni posao?',
  'first-manager-name': 'Kako se zvao vaš nadređeni na prvom poslu?',
  'first-roommate-name': 'Kako se zvao vaš prvi cimer?',
  'first-landlord-surname': 'Koje je prezime imao vaš prvi stanodavac?',
};
