import type { QuestionTranslations } from '../predefined-questions.js';

/** Czech (formal: vy; drafted by the maintainers). */
export const cs: QuestionTranslations = {
  'childhood-best-friend':
    'Jak se křestním jménem jmenoval váš nejlepší kamarád nebo kamarádka z dětství?',
  'childhood-best-friend-street':
    'V jaké ulici bydlel váš nejlepší kamarád nebo kamarádka z dětství?',
  'childhood-nickname': 'Jakou přezdívku pro vás v dětství používala rodina?',
  'street-at-age-ten': 'V jaké ulici jste bydleli, když vám bylo deset let?',
  'childhood-neighbor-surname': 'Jaké příjmení měli vaši nejbližší sousedé, když jste byli dítě?',
  'childhood-neighbor-pet': 'Jak se jmenovalo zvíře vašich sousedů, když jste byli dítě?',
  'first-pet-name': 'Jak se jmenovalo vaše první domácí zvíře?',
  'first-stuffed-toy': 'Jak se jmenovala vaše první plyšová hračka?',
  'first-babysitter-name': 'Jak se křestním jménem jmenovala vaše první chůva?',
  'oldest-cousin-name': 'Jak se křestním jménem jmenuje váš nejstarší bratranec nebo sestřenice?',
  'first-teacher-surname': 'Jaké příjmení měla vaše první učitelka na základní škole?',
  'first-grade-desk-mate':
    'Jak se křestním jménem jmenoval spolužák, se kterým jste v první třídě seděli v lavici?',
  'first-high-school-friend':
    'Jak se křestním jménem jmenoval první kamarád, kterého jste poznali na střední škole?',
  'first-crush-name': 'Jak se křestním jménem jmenovala vaše první láska?',
  'first-coach-surname': 'Jaké příjmení měl váš první trenér?',
  'first-sports-club': 'Jak se jmenoval první sportovní klub, jehož jste byli členem?',
  'first-music-teacher-surname': 'Jaké příjmení měl váš první učitel hudby?',
  'first-concert': 'Jakého interpreta nebo jakou kapelu jste viděli na svém prvním koncertě?',
  'first-album': 'Jaké bylo první hudební album, které jste si koupili?',
  'first-film-in-cinema': 'Jaký byl první film, který jste viděli v kině?',
  'driving-instructor-name': 'Jak se křestním jménem jmenoval váš instruktor v autoškole?',
  'first-summer-job': 'Jak se jmenovala firma, kde jste měli první letní brigádu?',
  'first-manager-name': 'Jak se křestním jménem jmenoval váš nadřízený v prvním zaměstnání?',
  'first-roommate-name': 'Jak se křestním jménem jmenoval váš první spolubydlící?',
  'first-landlord-surname': 'Jaké příjmení měl váš první pronajímatel?',
};
