import type { QuestionTranslations } from '../predefined-questions.js';

/** Italian (informal: tu; drafted by the maintainers). */
export const it: QuestionTranslations = {
  'childhood-best-friend':
    'Qual era il nome del tuo migliore amico o della tua migliore amica d’infanzia?',
  'childhood-best-friend-street':
    'In quale via abitava il tuo migliore amico o la tua migliore amica d’infanzia?',
  'childhood-nickname': 'Con quale soprannome ti chiamava la tua famiglia da bambino?',
  'street-at-age-ten': 'In quale via abitavi quando avevi dieci anni?',
  'childhood-neighbor-surname': 'Qual era il cognome dei tuoi vicini di casa quando eri bambino?',
  'childhood-neighbor-pet': 'Come si chiamava l’animale dei tuoi vicini quando eri bambino?',
  'first-pet-name': 'Come si chiamava il tuo primo animale domestico?',
  'first-stuffed-toy': 'Come si chiamava il tuo primo peluche?',
  'first-babysitter-name': 'Qual era il nome della tua prima babysitter?',
  'oldest-cousin-name': 'Qual è il nome del tuo cugino o della tua cugina più grande?',
  'first-teacher-surname':
    'Qual era il cognome del tuo primo maestro o della tua prima maestra alle elementari?',
  'first-grade-desk-mate': 'Qual era il nome del compagno di banco che avevi in prima elementare?',
  'first-high-school-friend': 'Qual era il nome del primo amico che ti sei fatto alle superiori?',
  'first-crush-name': 'Qual era il nome della tua prima cotta?',
  'first-coach-surname': 'Qual era il cognome del tuo primo allenatore?',
  'first-sports-club': 'Come si chiamava la prima società sportiva di cui hai fatto parte?',
  'first-music-teacher-surname': 'Qual era il cognome del tuo primo insegnante di musica?',
  'first-concert': 'Quale artista o gruppo hai visto al tuo primo concerto?',
  'first-album': 'Qual è stato il primo album musicale che hai comprato?',
  'first-film-in-cinema': 'Qual è stato il primo film che hai visto al cinema?',
  'driving-instructor-name': 'Qual era il nome del tuo istruttore di guida?',
  'first-summer-job': 'Come si chiamava l’azienda in cui hai fatto il tuo primo lavoro estivo?',
  'first-manager-name': 'Qual era il nome del tuo responsabile nel tuo primo lavoro?',
  'first-roommate-name': 'Qual era il nome del tuo primo coinquilino?',
  'first-landlord-surname': 'Qual era il cognome del tuo primo padrone di casa?',
};
