import type { QuestionTranslations } from '../predefined-questions.js';

/** Finnish (sinä; drafted by the maintainers). */
export const fi: QuestionTranslations = {
  'childhood-best-friend': 'Mikä oli lapsuutesi parhaan ystävän etunimi?',
  'childhood-best-friend-street': 'Millä kadulla lapsuutesi paras ystävä asui?',
  'childhood-nickname': 'Millä lempinimellä perheesi kutsui sinua lapsena?',
  'street-at-age-ten': 'Millä kadulla asuit ollessasi kymmenvuotias?',
  'childhood-neighbor-surname': 'Mikä oli lapsuutesi lähimpien naapureiden sukunimi?',
  'childhood-neighbor-pet': 'Mikä oli lapsuutesi naapureiden lemmikin nimi?',
  'first-pet-name': 'Mikä oli ensimmäisen lemmikkisi nimi?',
  'first-stuffed-toy': 'Mikä oli ensimmäisen pehmoleluasi nimi?',
  'first-babysitter-name': 'Mikä oli ensimmäisen lapsenvahtisi etunimi?',
  'oldest-cousin-name': 'Mikä on vanhimman serkkusi etunimi?',
  'first-teacher-surname': 'Mikä oli ensimmäisen alakoulun opettajasi sukunimi?',
  'first-grade-desk-mate':
    'Mikä oli ensimmäisellä luokalla vieressäsi istuneen luokkatoverin etunimi?',
  'first-high-school-friend': 'Mikä oli lukiossa saamasi ensimmäisen ystävän etunimi?',
  'first-crush-name': 'Mikä oli ensimmäisen ihastuksesi etunimi?',
  'first-coach-surname': 'Mikä oli ensimmäisen valmentajasi sukunimi?',
  'first-sports-club': 'Mikä oli ensimmäisen urheiluseurasi nimi?',
  'first-music-teacher-surname': 'Mikä oli ensimmäisen musiikinopettajasi sukunimi?',
  'first-concert': 'Minkä artistin tai yhtyeen näit ensimmäisessä konsertissasi?',
  'first-album': 'Mikä oli ensimmäinen ostamasi musiikkialbumi?',
  'first-film-in-cinema': 'Mikä oli ensimmäinen elokuva, jonka näit elokuvateatterissa?',
  'driving-instructor-name': 'Mikä oli ajo-opettajasi etunimi?',
  'first-summer-job': 'Mikä oli sen yrityksen nimi, jossa olit ensimmäisessä kesätyössäsi?',
  'first-manager-name': 'Mikä oli ensimmäisen työpaikkasi esihenkilön etunimi?',
  'first-roommate-name': 'Mikä oli ensimmäisen kämppäkaverisi etunimi?',
  'first-landlord-surname': 'Mikä oli ensimmäisen vuokranantajasi sukunimi?',
};
