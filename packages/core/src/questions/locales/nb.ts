import type { QuestionTranslations } from '../predefined-questions.js';

/** Norwegian Bokmål (du; drafted by the maintainers). */
export const nb: QuestionTranslations = {
  'childhood-best-friend': 'Hva het bestevennen din i barndommen til fornavn?',
  'childhood-best-friend-street': 'I hvilken gate bodde bestevennen din da du var barn?',
  'childhood-nickname': 'Hvilket kallenavn brukte familien din på deg da du var barn?',
  'street-at-age-ten': 'I hvilken gate bodde du da du var ti år?',
  'childhood-neighbor-surname': 'Hva het de nærmeste naboene dine til etternavn da du var barn?',
  'childhood-neighbor-pet': 'Hva het kjæledyret til naboene dine da du var barn?',
  'first-pet-name': 'Hva het det første kjæledyret ditt?',
  'first-stuffed-toy': 'Hva het det første kosedyret ditt?',
  'first-babysitter-name': 'Hva het den første barnevakten din til fornavn?',
  'oldest-cousin-name': 'Hva heter den eldste fetteren eller kusinen din til fornavn?',
  'first-teacher-surname': 'Hva het den første læreren din på barneskolen til etternavn?',
  'first-grade-desk-mate':
    'Hva het klassekameraten som satt ved siden av deg i første klasse, til fornavn?',
  'first-high-school-friend': 'Hva het den første vennen du fikk på videregående, til fornavn?',
  'first-crush-name': 'Hva het den første du var forelsket i, til fornavn?',
  'first-coach-surname': 'Hva het den første treneren din til etternavn?',
  'first-sports-club': 'Hva het det første idrettslaget du var medlem av?',
  'first-music-teacher-surname': 'Hva het den første musikklæreren din til etternavn?',
  'first-concert': 'Hvilken artist eller hvilket band så du på din første konsert?',
  'first-album': 'Hva var det første musikkalbumet du kjøpte?',
  'first-film-in-cinema': 'Hva var den første filmen du så på kino?',
  'driving-instructor-name': 'Hva het kjørelæreren din til fornavn?',
  'first-summer-job': 'Hva het bedriften der du hadde din første sommerjobb?',
  'first-manager-name': 'Hva het sjefen din i den første jobben din til fornavn?',
  'first-roommate-name': 'Hva het den første du delte bolig med, til fornavn?',
  'first-landlord-surname': 'Hva het den første utleieren din til etternavn?',
};
