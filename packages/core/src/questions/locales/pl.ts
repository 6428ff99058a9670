import type { QuestionTranslations } from '../predefined-questions.js';

/** Polish (informal: ty; drafted by the maintainers). */
export const pl: QuestionTranslations = {
  'childhood-best-friend':
    'Jak miał na imię Twój najlepszy przyjaciel lub przyjaciółka z dzieciństwa?',
  'childhood-best-friend-street':
    'Przy jakiej ulicy mieszkał Twój najlepszy przyjaciel lub przyjaciółka z dzieciństwa?',
  'childhood-nickname': 'Jakim przezwiskiem nazywała Cię rodzina, gdy byłeś dzieckiem?',
  'street-at-age-ten': 'Przy jakiej ulicy mieszkałeś, gdy miałeś dziesięć lat?',
  'childhood-neighbor-surname': 'Jak nazywali się Twoi najbliżsi sąsiedzi z dzieciństwa?',
  'childhood-neighbor-pet': 'Jak miał na imię zwierzak Twoich sąsiadów z dzieciństwa?',
  'first-pet-name': 'Jak miało na imię Twoje pierwsze zwierzę?',
  'first-stuffed-toy': 'Jak miała na imię Twoja pierwsza pluszowa zabawka?',
  'first-babysitter-name': 'Jak miała na imię Twoja pierwsza opiekunka?',
  'oldest-cousin-name': 'Jak ma na imię Twój najstarszy kuzyn lub kuzynka?',
  'first-teacher-surname':
    'Jak brzmiało nazwisko Twojej pierwszej nauczycielki w szkole podstawowej?',
  'first-grade-desk-mate':
    'Jak miała na imię osoba, z którą siedziałeś w ławce w pierwszej klasie?',
  'first-high-school-friend':
    'Jak miała na imię pierwsza osoba, z którą zaprzyjaźniłeś się w liceum?',
  'first-crush-name': 'Jak miała na imię Twoja pierwsza miłość?',
  'first-coach-surname': 'Jak brzmiało nazwisko Twojego pierwszego trenera?',
  'first-sports-club': 'Jak nazywał się pierwszy klub sportowy, do którego należałeś?',
  'first-music-teacher-surname': 'Jak brzmiało nazwisko Twojego pierwszego nauczyciela muzyki?',
  'first-concert': 'Jakiego artystę lub zespół widziałeś na swoim pierwszym koncercie?',
  'first-album': 'Jaki był pierwszy album muzyczny, który kupiłeś?',
  'first-film-in-cinema': 'Jaki był pierwszy film, który obejrzałeś w kinie?',
  'driving-instructor-name': 'Jak miał na imię Twój instruktor jazdy?',
  'first-summer-job': 'Jak nazywała się firma, w której miałeś pierwszą pracę wakacyjną?',
  'first-manager-name': 'Jak miał na imię Twój przełożony w pierwszej pracy?',
  'first-roommate-name': 'Jak miał na imię Twój pierwszy współlokator?',
  'first-landlord-surname': 'Jak brzmiało nazwisko Twojego pierwszego wynajmującego?',
};
