import type { QuestionTranslations } from '../predefined-questions.js';

/** Portuguese as written in Brazil (você; drafted by the maintainers). */
export const ptBR: QuestionTranslations = {
  'childhood-best-friend':
    'Qual era o primeiro nome do seu melhor amigo ou da sua melhor amiga de infância?',
  'childhood-best-friend-street':
    'Em que rua morava seu melhor amigo ou sua melhor amiga de infância?',
  'childhood-nickname': 'Qual era o apelido que sua família usava para você quando criança?',
  'street-at-age-ten': 'Em que rua você morava quando tinha dez anos?',
  'childhood-neighbor-surname':
    'Qual era o sobrenome dos seus vizinhos de porta quando você era criança?',
  'childhood-neighbor-pet':
    'Qual era o nome do animal de estimação dos seus vizinhos quando você era criança?',
  'first-pet-name': 'Qual era o nome do seu primeiro animal de estimação?',
  'first-stuffed-toy': 'Qual era o nome do seu primeiro bicho de pelúcia?',
  'first-babysitter-name': 'Qual era o primeiro nome da sua primeira babá?',
  'oldest-cousin-name': 'Qual é o primeiro nome do seu primo ou da sua prima mais velha?',
  'first-teacher-surname': 'Qual era o sobrenome da sua primeira professora no ensino fundamental?',
  'first-grade-desk-mate':
    'Qual era o primeiro nome do colega que sentava ao seu lado no primeiro ano?',
  'first-high-school-friend':
    'Qual era o primeiro nome do primeiro amigo que você fez no ensino médio?',
  'first-crush-name': 'Qual era o primeiro nome da sua primeira paixão?',
  'first-coach-surname': 'Qual era o sobrenome do seu primeiro treinador esportivo?',
  'first-sports-club': 'Qual era o nome do primeiro clube esportivo de que você foi sócio?',
  'first-music-teacher-surname': 'Qual era o sobrenome do seu primeiro professor de música?',
  'first-concert': 'Qual artista ou banda você viu no seu primeiro show?',
  'first-album': 'Qual foi o primeiro álbum de música que você comprou?',
  'first-film-in-cinema': 'Qual foi o primeiro filme que você viu no cinema?',
  'driving-instructor-name': 'Qual era o primeiro nome do seu instrutor de direção?',
  'first-summer-job': 'Qual era o nome da empresa do seu primeiro emprego de férias?',
  'first-manager-name': 'Qual era o primeiro nome do seu chefe no seu primeiro emprego?',
  'first-roommate-name':
    'Qual era o primeiro nome da primeira pessoa com quem você dividiu moradia?',
  'first-landlord-surname': 'Qual era o sobrenome do seu primeiro locador?',
};
