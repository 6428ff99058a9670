import type { MessageCatalog } from '../message-catalog.js';

/** Portuguese as written in Portugal (drafted by the maintainers). */
export const ptPT: MessageCatalog = {
  smsCode:
    'O seu código de verificação da {org} é {code}. Expira dentro de {minutes}. Não o partilhe com ninguém.',
  voiceIntro: 'Olá, fala a {org}. O seu código de verificação é',
  emailCodeSubject: 'O seu código de verificação da {org}',
  emailCodeHeading: 'O seu código de verificação',
  emailCodeBody: 'Introduza este código para confirmar a sua identidade:',
  emailCodeExpiry: 'O código expira dentro de {minutes}. Não o partilhe com ninguém.',
  emailCodeIgnore:
    'Se não pediu este código, pode ignorar este e-mail. Alguém pode ter introduzido o seu endereço por engano.',
  resetNoticeSubject: 'A sua palavra-passe da {org} foi reposta',
  resetNoticeHeading: 'A sua palavra-passe foi reposta',
  resetNoticeBody: 'A palavra-passe da sua conta da {org} foi reposta a {time}.',
  unlockNoticeSubject: 'A sua conta da {org} foi desbloqueada',
  unlockNoticeHeading: 'A sua conta foi desbloqueada',
  unlockNoticeBody: 'A sua conta da {org} foi desbloqueada a {time}.',
  passwordChangedSubject: 'A sua palavra-passe da {org} foi alterada',
  passwordChangedHeading: 'A sua palavra-passe foi alterada',
  passwordChangedBody: 'A palavra-passe da sua conta da {org} foi alterada a {time}.',
  methodAddedSubject: 'Foi adicionado um método de recuperação à sua conta da {org}',
  methodAddedHeading: 'Foi adicionado um método de recuperação',
  methodAddedBody: 'Este método de recuperação foi adicionado à sua conta da {org} a {time}:',
  methodRemovedSubject: 'Foi removido um método de recuperação da sua conta da {org}',
  methodRemovedHeading: 'Foi removido um método de recuperação',
  methodRemovedBody: 'Este método de recuperação foi removido da sua conta da {org} a {time}:',
  methodMobile: 'Telemóvel',
  methodOffice: 'Telefone do escritório',
  methodEmail: 'Endereço de e-mail',
  methodSecurityQuestions: 'Perguntas de segurança',
  methodPasskey: 'Chave de acesso',
  methodAuthenticator: 'Aplicação de autenticação',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'O e-mail de recuperação da sua conta da {org} foi alterado',
  emailChangedHeading: 'O seu e-mail de recuperação foi alterado',
  emailChangedBody:
    'O endereço de e-mail utilizado para recuperar a sua conta da {org} foi alterado a {time}.',
  emailChangedNewAddress: 'O novo endereço é {hint}.',
  emailChangedWhy:
    'Enviamos esta mensagem para o seu endereço anterior para que tenha conhecimento da alteração.',
  selfServiceBlockedSubject: 'A reposição da palavra-passe da sua conta da {org} está em pausa',
  selfServiceBlockedHeading: 'A reposição da palavra-passe está em pausa',
  selfServiceBlockedBody:
    'Alguém introduziu códigos de verificação ou respostas errados para a sua conta da {org} demasiadas vezes, pelo que a reposição da palavra-passe e o desbloqueio em self-service estão em pausa durante {hours} a partir de {time}.',
  selfServiceBlockedNext:
    'A sua palavra-passe não foi alterada. Se foi o próprio, tente novamente mais tarde.',
  passwordExpiringSubject: 'A sua palavra-passe da {org} expira em breve',
  passwordExpiringHeading: 'A sua palavra-passe expira em breve',
  passwordExpiringBody: 'A palavra-passe da sua conta da {org} expira a {time}.',
  passwordExpiringNext:
    'Altere-a antes disso para continuar a iniciar sessão. Depois, ser-lhe-á pedido que a altere ao iniciar sessão.',
  registrationReminderSubject: 'Configure a reposição da palavra-passe da sua conta da {org}',
  registrationReminderHeading: 'Configure a reposição da palavra-passe',
  registrationReminderBody:
    'A sua conta da {org} ainda não tem métodos de recuperação, ou tem demasiado poucos para repor a palavra-passe sozinho.',
  registrationReminderNext:
    'Adicione-os da próxima vez que iniciar sessão, para poder repor uma palavra-passe esquecida sem pedir ajuda.',
  reconfirmationReminderSubject: 'Verifique os métodos de recuperação da sua conta da {org}',
  reconfirmationReminderHeading: 'Os seus métodos de recuperação continuam corretos?',
  reconfirmationReminderBody:
    'Há algum tempo que não confirma os métodos de recuperação da sua conta da {org}.',
  reconfirmationReminderNext:
    'Inicie sessão e confirme que continuam a ser seus, ou atualize-os, para poder sempre repor a palavra-passe.',
  resetRequestedSubject: 'Alguém pediu para repor a sua palavra-passe da {org}',
  resetRequestedHeading: 'Foi pedida uma reposição da palavra-passe',
  resetRequestedBody:
    'Alguém pediu para repor a palavra-passe da sua conta da {org} a {time} e não concluiu.',
  resetRequestedNext:
    'A sua palavra-passe não foi alterada. Se foi o próprio, pode ignorar esta mensagem.',
  greeting: 'Olá, {user},',
  notYouHelpdesk: 'Se não foi o próprio, contacte de imediato {helpdesk}.',
  notYouAdmin: 'Se não foi o próprio, contacte de imediato o seu administrador.',
  adminNoticeSubject: '{org}: o administrador {user} repôs a própria palavra-passe',
  adminNoticeHeading: 'Um administrador repôs a própria palavra-passe',
  adminNoticeBody: '{user} repôs a própria palavra-passe a {time}.',
  adminNoticeHint:
    'Recebe esta mensagem porque é administrador da {org}. Se não a esperava, consulte o relatório de atividade de reposição de palavras-passe.',
  helpRequestedSubject: '{org}: {user} pede ajuda a um administrador com a palavra-passe',
  helpRequestedHeading: 'Um utilizador pede ajuda',
  helpRequestedBody:
    '{user} não conseguiu repor a palavra-passe em self-service e pediu ajuda a um administrador a {time}.',
  helpRequestedHint:
    'Verifique com o utilizador os respetivos métodos de recuperação, ou emita um Passe de Acesso Temporário na página de administração.',
  footer: 'Esta é uma mensagem automática da {org}. Não responda.',

  adminResetByAdminSubject: '{org}: {actor} repôs a palavra-passe do administrador {user}',
  adminResetByAdminHeading: 'Outro administrador repôs a palavra-passe de um administrador',
  adminResetByAdminBody: '{actor} repôs a palavra-passe de {user} a {time}.',
};
