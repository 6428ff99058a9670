import type { QuestionTranslations } from '../predefined-questions.js';

/** Hungarian (polite: Ön; drafted by the maintainers). */
export const hu: QuestionTranslations = {
  'childhood-best-friend': 'Mi volt a gyerekkori legjobb barátja vagy barátnője keresztneve?',
  'childhood-best-friend-street':
    'Melyik utcában lakott a gyerekkori legjobb barátja vagy barátnője?',
  'childhood-nickname': 'Milyen becenéven szólította a családja gyerekkorában?',
  'street-at-age-ten': 'Melyik utcában lakott tízéves korában?',
  'childhood-neighbor-surname': 'Mi volt a gyerekkori szomszédai vezetékneve?',
  'childhood-neighbor-pet': 'Hogy hívták a szomszédai háziállatát gyerekkorában?',
  'first-pet-name': 'Hogy hívták az első háziállatát?',
  'first-stuffed-toy': 'Hogy hívták az első plüssállatát?',
  'first-babysitter-name': 'Mi volt az első bébiszittere keresztneve?',
  'oldest-cousin-name': 'Mi a legidősebb unokatestvére keresztneve?',
  'first-teacher-surname': 'Mi volt az első általános iskolai tanítója vezetékneve?',
  'first-grade-desk-mate': 'Mi volt az első osztályos padtársa keresztneve?',
  'first-high-school-friend': 'Mi volt a középiskolában szerzett első barátja keresztneve?',
  'first-crush-name': 'Mi volt az első szerelme keresztneve?',
  'first-coach-surname': 'Mi volt az első edzője vezetékneve?',
  'first-sports-club': 'Mi volt az első sportegyesület neve, amelynek tagja volt?',
  'first-music-teacher-surname': 'Mi volt az első zenetanára vezetékneve?',
  'first-concert': 'Melyik előadót vagy együttest látta az első koncertjén?',
  'first-album': 'Mi volt az első zenei album, amelyet megvett?',
  'first-film-in-cinema': 'Mi volt az első film, amelyet moziban látott?',
  'driving-instructor-name': 'Mi volt az oktatója keresztneve az autósiskolában?',
  'first-summer-job': 'Mi volt a neve annak a cégnek, ahol az első nyári munkája volt?',
  'first-manager-name': 'Mi volt az első munkahelyi felettese keresztneve?',
  'first-roommate-name': 'Mi volt az első lakótársa keresztneve?',
  'first-landlord-surname': 'Mi volt az első főbérlője vezetékneve?',
};
