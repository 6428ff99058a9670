import type { QuestionTranslations } from '../predefined-questions.js';

/** French (formal "vous", a no-break space before "?"; drafted by the maintainers). */
export const fr: QuestionTranslations = {
  'childhood-best-friend':
    'Quel était le prénom de votre meilleur ami ou meilleure amie d’enfance\u00a0?',
  'childhood-best-friend-street':
    'Dans quelle rue habitait votre meilleur ami ou meilleure amie d’enfance\u00a0?',
  'childhood-nickname':
    'Quel surnom votre famille vous donnait-elle quand vous étiez enfant\u00a0?',
  'street-at-age-ten': 'Dans quelle rue habitiez-vous quand vous aviez dix ans\u00a0?',
  'childhood-neighbor-surname':
    'Quel était le nom de famille de vos voisins quand vous étiez enfant\u00a0?',
  'childhood-neighbor-pet':
    'Comment s’appelait l’animal de compagnie de vos voisins quand vous étiez enfant\u00a0?',
  'first-pet-name': 'Comment s’appelait votre premier animal de compagnie\u00a0?',
  'first-stuffed-toy': 'Comment s’appelait votre première peluche\u00a0?',
  'first-babysitter-name': 'Quel était le prénom de votre première ou premier baby-sitter\u00a0?',
  'oldest-cousin-name': 'Quel est le prénom de l’aîné ou de l’aînée de vos cousins\u00a0?',
  'first-teacher-surname':
    'Quel était le nom de famille de votre première maîtresse ou premier maître d’école\u00a0?',
  'first-grade-desk-mate':
    'Quel était le prénom de votre voisin ou voisine de table lors de votre première année d’école\u00a0?',
  'first-high-school-friend':
    'Quel était le prénom du premier ami ou de la première amie que vous vous êtes fait au collège\u00a0?',
  'first-crush-name': 'Quel était le prénom de votre premier béguin\u00a0?',
  'first-coach-surname': 'Quel était le nom de famille de votre premier entraîneur sportif\u00a0?',
  'first-sports-club':
    'Quel était le nom du premier club de sport dont vous avez été membre\u00a0?',
  'first-music-teacher-surname':
    'Quel était le nom de famille de votre premier professeur de musique\u00a0?',
  'first-concert': 'Quel artiste ou groupe avez-vous vu lors de votre premier concert\u00a0?',
  'first-album': 'Quel est le premier album de musique que vous avez acheté\u00a0?',
  'first-film-in-cinema': 'Quel est le premier film que vous avez vu au cinéma\u00a0?',
  'driving-instructor-name':
    'Quel était le prénom de votre moniteur ou monitrice d’auto-école\u00a0?',
  'first-summer-job':
    'Quel était le nom de l’entreprise où vous avez eu votre premier job d’été\u00a0?',
  'first-manager-name':
    'Quel était le prénom de votre responsable lors de votre premier emploi\u00a0?',
  'first-roommate-name': 'Quel était le prénom de votre premier ou première colocataire\u00a0?',
  'first-landlord-surname':
    'Quel était le nom de famille de votre premier propriétaire quand vous étiez locataire\u00a0?',
};
