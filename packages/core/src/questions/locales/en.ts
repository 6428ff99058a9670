import type { QuestionTranslations } from '../predefined-questions.js';

/** English (the reference: every other locale has exactly its ids). */
export const en: QuestionTranslations = {
  'childhood-best-friend': 'What was the first name of your best friend as a child?',
  'childhood-best-friend-street': 'On what street did your best friend live when you were a child?',
  'childhood-nickname': 'What nickname did your family use for you as a child?',
  'street-at-age-ten': 'What street did you live on when you were ten years old?',
  'childhood-neighbor-surname':
    'What was the last name of your next-door neighbors when you were a child?',
  'childhood-neighbor-pet': 'What was the name of your neighbors’ pet when you were a child?',
  'first-pet-name': 'What was the name of your first pet?',
  'first-stuffed-toy': 'What was the name of your first stuffed animal?',
  'first-babysitter-name': 'What was the first name of your first babysitter?',
  'oldest-cousin-name': 'What is the first name of your oldest cousin?',
  'first-teacher-surname': 'What was the last name of your first teacher in elementary school?',
  'first-grade-desk-mate':
    'What was the first name of the classmate who sat next to you in first grade?',
  'first-high-school-friend':
    'What was the first name of the first friend you made in high school?',
  'first-crush-name': 'What was the first name of your first crush?',
  'first-coach-surname': 'What was the last name of your first sports coach?',
  'first-sports-club': 'What was the name of the first sports club you were a member of?',
  'first-music-teacher-surname': 'What was the last name of your first music teacher?',
  'first-concert': 'Which artist or band did you see at your first concert?',
  'first-album': 'What was the first music album you bought?',
  'first-film-in-cinema': 'What was the first movie you saw in a movie theater?',
  'driving-instructor-name': 'What was the first name of your driving instructor?',
  'first-summer-job': 'What was the name of the business where you had your first summer job?',
  'first-manager-name': 'What was the first name of your manager at your first job?',
  'first-roommate-name': 'What was the first name of your first roommate?',
  'first-landlord-surname': 'What was the last name of your first landlord?',
};
