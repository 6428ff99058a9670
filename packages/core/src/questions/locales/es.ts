import type { QuestionTranslations } from '../predefined-questions.js';

/** Spanish (informal "tú", "¿...?"; drafted by the maintainers). */
export const es: QuestionTranslations = {
  'childhood-best-friend': '¿Cómo se llamaba tu mejor amigo o amiga de la infancia?',
  'childhood-best-friend-street': '¿En qué calle vivía tu mejor amigo o amiga de la infancia?',
  'childhood-nickname': '¿Qué apodo te ponía tu familia en la infancia?',
  'street-at-age-ten': '¿En qué calle vivías cuando tenías diez años?',
  'childhood-neighbor-surname': '¿Cuál era el apellido de tus vecinos de al lado en tu infancia?',
  'childhood-neighbor-pet': '¿Cómo se llamaba la mascota de tus vecinos en tu infancia?',
  'first-pet-name': '¿Cómo se llamaba tu primera mascota?',
  'first-stuffed-toy': '¿Cómo se llamaba tu primer peluche?',
  'first-babysitter-name': '¿Cómo se llamaba tu primera niñera o canguro?',
  'oldest-cousin-name': '¿Cómo se llama el mayor de tus primos o primas?',
  'first-teacher-surname': '¿Cuál era el apellido de tu primer maestro o maestra de primaria?',
  'first-grade-desk-mate':
    '¿Cómo se llamaba el compañero o la compañera que se sentaba a tu lado en primero de primaria?',
  'first-high-school-friend':
    '¿Cómo se llamaba la primera persona con la que hiciste amistad en el instituto?',
  'first-crush-name': '¿Cómo se llamaba la primera persona que te gustó?',
  'first-coach-surname': '¿Cuál era el apellido de tu primer entrenador o entrenadora?',
  'first-sports-club': '¿Cómo se llamaba el primer club deportivo en el que jugaste?',
  'first-music-teacher-surname':
    '¿Cuál era el apellido de tu primer profesor o profesora de música?',
  'first-concert': '¿Qué artista o grupo viste en tu primer concierto?',
  'first-album': '¿Cuál fue el primer álbum de música que compraste?',
  'first-film-in-cinema': '¿Cuál fue la primera película que viste en el cine?',
  'driving-instructor-name': '¿Cómo se llamaba tu profesor o profesora de autoescuela?',
  'first-summer-job': '¿Cómo se llamaba el sitio donde tuviste tu primer trabajo de verano?',
  'first-manager-name': '¿Cuál era el nombre de pila de tu jefe o jefa en tu primer trabajo?',
  'first-roommate-name': '¿Cómo se llamaba tu primer compañero o compañera de piso?',
  'first-landlord-surname': '¿Cuál era el apellido de tu primer casero o casera?',
};
