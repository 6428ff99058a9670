import type { QuestionTranslations } from '../predefined-questions.js';

/** Slovak (formal: vy; drafted by the maintainers). */
export const sk: QuestionTranslations = {
  'childhood-best-friend': 'Aké krstné meno mal váš najlepší kamarát alebo kamarátka z detstva?',
  'childhood-best-friend-street':
    'Na ktorej ulici býval váš najlepší kamarát alebo kamarátka z detstva?',
  'childhood-nickname': 'Akú prezývku vám v detstve dávala rodina?',
  'street-at-age-ten': 'Na ktorej ulici ste bývali, keď ste mali desať rokov?',
  'childhood-neighbor-surname': 'Aké priezvisko mali vaši najbližší susedia, keď ste boli dieťa?',
  'childhood-neighbor-pet': 'Ako sa volalo zviera vašich susedov, keď ste boli dieťa?',
  'first-pet-name': 'Ako sa volalo vaše prvé domáce zviera?',
  'first-stuffed-toy': 'Ako sa volala vaša prvá plyšová hračka?',
  'first-babysitter-name': 'Aké krstné meno mala vaša prvá opatrovateľka?',
  'oldest-cousin-name': 'Aké krstné meno má váš najstarší bratranec alebo sesternica?',
  'first-teacher-surname': 'Aké priezvisko mala vaša prvá učiteľka na základnej škole?',
  'first-grade-desk-mate':
    'Aké krstné meno mal spolužiak, s ktorým ste v prvej triede sedeli v lavici?',
  'first-high-school-friend':
    'Aké krstné meno mal prvý kamarát, ktorého ste spoznali na strednej škole?',
  'first-crush-name': 'Aké krstné meno mala vaša prvá láska?',
  'first-coach-surname': 'Aké priezvisko mal váš prvý tréner?',
  'first-sports-club': 'Ako sa volal prvý športový klub, ktorého ste boli členom?',
  'first-music-teacher-surname': 'Aké priezvisko mal váš prvý učiteľ hudby?',
  'first-concert': 'Akého interpreta alebo akú kapelu ste videli na svojom prvom koncerte?',
  'first-album': 'Aký bol prvý hudobný album, ktorý ste si kúpili?',
  'first-film-in-cinema': 'Aký bol prvý film, ktorý ste videli v kine?',
  'driving-instructor-name': 'Aké krstné meno mal váš inštruktor v autoškole?',
  'first-summer-job': 'Ako sa volala firma, kde ste mali prvú letnú brigádu?',
  'first-manager-name': 'Aké krstné meno mal váš nadriadený v prvom zamestnaní?',
  'first-roommate-name': 'Aké krstné meno mal váš prvý spolubývajúci?',
  'first-landlord-surname': 'Aké priezvisko mal váš prvý prenajímateľ?',
};
