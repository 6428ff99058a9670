import type { MessageCatalog } from '../message-catalog.js';

/** Portuguese as written in Brazil (você; drafted by the maintainers). */
export const ptBR: MessageCatalog = {
  smsCode:
    'Seu código de verificação da {org} é {code}. Ele expira em {minutes}. Não compartilhe com ninguém.',
  voiceIntro: 'Olá, aqui é da {org}. Seu código de verificação é',
  emailCodeSubject: 'Seu código de verificação da {org}',
  emailCodeHeading: 'Seu código de verificação',
  emailCodeBody: 'Digite este código para confirmar que é você:',
  emailCodeExpiry: 'O código expira em {minutes}. Não compartilhe com ninguém.',
  emailCodeIgnore:
    'Se você não pediu este código, pode ignorar este e-mail. Alguém pode ter digitado seu endereço por engano.',
  resetNoticeSubject: 'Sua senha da {org} foi redefinida',
  resetNoticeHeading: 'Sua senha foi redefinida',
  resetNoticeBody: 'A senha da sua conta da {org} foi redefinida em {time}.',
  unlockNoticeSubject: 'Sua conta da {org} foi desbloqueada',
  unlockNoticeHeading: 'Sua conta foi desbloqueada',
  unlockNoticeBody: 'Sua conta da {org} foi desbloqueada em {time}.',
  passwordChangedSubject: 'Sua senha da {org} foi alterada',
  passwordChangedHeading: 'Sua senha foi alterada',
  passwordChangedBody: 'A senha da sua conta da {org} foi alterada em {time}.',
  methodAddedSubject: 'Um método de recuperação foi adicionado à sua conta da {org}',
  methodAddedHeading: 'Um método de recuperação foi adicionado',
  methodAddedBody: 'Este método de recuperação foi adicionado à sua conta da {org} em {time}:',
  methodRemovedSubject: 'Um método de recuperação foi removido da sua conta da {org}',
  methodRemovedHeading: 'Um método de recuperação foi removido',
  methodRemovedBody: 'Este método de recuperação foi removido da sua conta da {org} em {time}:',
  methodMobile: 'Celular',
  methodOffice: 'Telefone do trabalho',
  methodEmail: 'Endereço de e-mail',
  methodSecurityQuestions: 'Perguntas de segurança',
  methodPasskey: 'Chave de acesso',
  methodAuthenticator: 'Aplicativo autenticador',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'O e-mail de recuperação da sua conta da {org} foi alterado',
  emailChangedHeading: 'Seu e-mail de recuperação foi alterado',
  emailChangedBody:
    'O endereço de e-mail usado para recuperar sua conta da {org} foi alterado em {time}.',
  emailChangedNewAddress: 'O novo endereço é {hint}.',
  emailChangedWhy:
    'Estamos enviando esta mensagem para seu endereço anterior para que você saiba da alteração.',
  selfServiceBlockedSubject: 'A redefinição de senha da sua conta da {org} está pausada',
  selfServiceBlockedHeading: 'A redefinição de senha está pausada',
  selfServiceBlockedBody:
    'Alguém digitou códigos de verificação ou respostas errados para sua conta da {org} vezes demais, então a redefinição de senha e o desbloqueio por autoatendimento estão pausados por {hours} a partir de {time}.',
  selfServiceBlockedNext: 'Sua senha não foi alterada. Se foi você, tente novamente mais tarde.',
  passwordExpiringSubject: 'Sua senha da {org} expira em breve',
  passwordExpiringHeading: 'Sua senha expira em breve',
  passwordExpiringBody: 'A senha da sua conta da {org} expira em {time}.',
  passwordExpiringNext:
    'Altere-a antes disso para continuar entrando. Depois, será pedido que você a altere ao entrar.',
  registrationReminderSubject: 'Configure a redefinição de senha da sua conta da {org}',
  registrationReminderHeading: 'Configure a redefinição de senha',
  registrationReminderBody:
    'Sua conta da {org} ainda não tem métodos de recuperação, ou tem poucos demais para você redefinir a senha sozinho.',
  registrationReminderNext:
    'Adicione-os na próxima vez que entrar, para poder redefinir uma senha esquecida sem pedir ajuda.',
  reconfirmationReminderSubject: 'Confira os métodos de recuperação da sua conta da {org}',
  reconfirmationReminderHeading: 'Seus métodos de recuperação ainda estão certos?',
  reconfirmationReminderBody:
    'Faz algum tempo que você não confirma os métodos de recuperação da sua conta da {org}.',
  reconfirmationReminderNext:
    'Entre e confirme que eles ainda são seus, ou atualize-os, para poder sempre redefinir sua senha.',
  resetRequestedSubject: 'Alguém pediu para redefinir sua senha da {org}',
  resetRequestedHeading: 'Foi pedida uma redefinição de senha',
  resetRequestedBody:
    'Alguém pediu para redefinir a senha da sua conta da {org} em {time} e não concluiu.',
  resetRequestedNext: 'Sua senha não foi alterada. Se foi você, pode ignorar esta mensagem.',
  greeting: 'Olá, {user},',
  notYouHelpdesk: 'Se não foi você, fale com {helpdesk} imediatamente.',
  notYouAdmin: 'Se não foi você, fale com seu administrador imediatamente.',
  adminNoticeSubject: '{org}: o administrador {user} redefiniu a própria senha',
  adminNoticeHeading: 'Um administrador redefiniu a própria senha',
  adminNoticeBody: '{user} redefiniu a própria senha em {time}.',
  adminNoticeHint:
    'Você está recebendo isto porque é administrador da {org}. Se não esperava, confira o relatório de atividades de redefinição de senha.',
  helpRequestedSubject: '{org}: {user} pede ajuda a um administrador com a senha',
  helpRequestedHeading: 'Um usuário pede ajuda',
  helpRequestedBody:
    '{user} não conseguiu redefinir a senha por autoatendimento e pediu ajuda a um administrador em {time}.',
  helpRequestedHint:
    'Confira com a pessoa os métodos de recuperação dela ou emita um Passe de Acesso Temporário na página de administração.',
  footer: 'Esta é uma mensagem automática da {org}. Não responda.',

  adminResetByAdminSubject: '{org}: {actor} redefiniu a senha do administrador {user}',
  adminResetByAdminHeading: 'Outro administrador redefiniu a senha de um administrador',
  adminResetByAdminBody: '{actor} redefiniu a senha de {user} em {time}.',
};
