import type { QuestionTranslations } from '../predefined-questions.js';

/** Portuguese as written in Portugal (drafted by the maintainers). */
export const ptPT: QuestionTranslations = {
  'childhood-best-friend':
    'Qual era o nome próprio do seu melhor amigo ou da sua melhor amiga de infância?',
  'childhood-best-friend-street':
    'Em que rua morava o seu melhor amigo ou a sua melhor amiga de infância?',
  'childhood-nickname': 'Que alcunha lhe dava a sua família quando era criança?',
  'street-at-age-ten': 'Em que rua morava quando tinha dez anos?',
  'childhood-neighbor-surname': 'Qual era o apelido dos seus vizinhos do lado quando era criança?',
  'childhood-neighbor-pet':
    'Qual era o nome do animal de estimação dos seus vizinhos quando era criança?',
  'first-pet-name': 'Qual era o nome do seu primeiro animal de estimação?',
  'first-stuffed-toy': 'Qual era o nome do seu primeiro peluche?',
  'first-babysitter-name': 'Qual era o nome próprio da sua primeira ama?',
  'oldest-cousin-name': 'Qual é o nome próprio do seu primo ou da sua prima mais velha?',
  'first-teacher-surname':
    'Qual era o apelido do seu primeiro professor ou da sua primeira professora na escola primária?',
  'first-grade-desk-mate':
    'Qual era o nome próprio do colega que se sentava ao seu lado no primeiro ano?',
  'first-high-school-friend': 'Qual era o nome próprio do primeiro amigo que fez no secundário?',
  'first-crush-name': 'Qual era o nome próprio da sua primeira paixão?',
  'first-coach-surname': 'Qual era o apelido do seu primeiro treinador desportivo?',
  'first-sports-club': 'Qual era o nome do primeiro clube desportivo de que foi sócio?',
  'first-music-teacher-surname': 'Qual era o apelido do seu primeiro professor de música?',
  'first-concert': 'Que artista ou banda viu no seu primeiro concerto?',
  'first-album': 'Qual foi o primeiro álbum de música que comprou?',
  'first-film-in-cinema': 'Qual foi o primeiro filme que viu numa sala de cinema?',
  'driving-instructor-name': 'Qual era o nome próprio do seu instrutor de condução?',
  'first-summer-job': 'Qual era o nome da empresa do seu primeiro emprego de verão?',
  'first-manager-name': 'Qual era o nome próprio da sua chefia no seu primeiro emprego?',
  'first-roommate-name': 'Qual era o nome próprio da primeira pessoa com quem partilhou casa?',
  'first-landlord-surname': 'Qual era o apelido do seu primeiro senhorio?',
};
