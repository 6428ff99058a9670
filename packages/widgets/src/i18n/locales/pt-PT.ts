import type { Catalog } from './en.js';

/** Portuguese as written in Portugal (third-person imperative; drafted by the maintainers). */
export const ptPT: Catalog = {
  'link.text': 'Não consegue aceder à sua conta?',
  'dialog.label': 'Recuperação da conta',

  'identify.heading.reset': 'Repor a palavra-passe',
  'identify.heading.unlock': 'Desbloquear a conta',
  'identify.intro':
    'Introduza o nome de utilizador ou o endereço de e-mail e ajudamos a voltar a entrar.',
  'identify.label': 'Nome de utilizador ou endereço de e-mail',
  'identify.intent.legend': 'De que precisa?',
  'identify.intent.reset': 'Esqueci-me da palavra-passe',
  'identify.intent.unlock': 'A minha conta está bloqueada e sei a palavra-passe',

  'action.next': 'Seguinte',
  'action.back': 'Anterior',
  'action.cancel': 'Cancelar',
  'action.sendCode': 'Enviar código',
  'action.verify': 'Verificar',
  'action.resend': 'Enviar um novo código',
  'action.otherMethod': 'Utilizar outro método',
  'action.resetPassword': 'Repor palavra-passe',
  'action.unlock': 'Desbloquear conta',
  'action.startOver': 'Recomeçar',
  'action.close': 'Fechar',
  'action.signIn': 'Iniciar sessão',

  'method.heading': 'Escolha como confirmar a sua identidade',
  'method.progress': 'Verificação {current} de {total}',
  'method.gatePassed': 'Verificação {current} de {total} concluída.',
  'method.legend': 'Método de verificação',
  'method.mobileSms': 'Enviar um código por SMS para o meu telemóvel {hint}',
  'method.mobileVoice': 'Ligar para o meu telemóvel {hint}',
  'method.officeVoice': 'Ligar para o meu telefone do escritório {hint}',
  'method.email': 'Enviar um código por e-mail para {hint}',
  'method.securityQuestions': 'Responder às minhas perguntas de segurança',
  'method.passkey': 'Utilizar uma chave de acesso',
  'method.authenticatorApp': 'Introduzir um código da minha aplicação de autenticação',
  'method.temporary_access_pass': 'Utilizar um Passe de Acesso Temporário do meu administrador',
  'method.nextGate.strong_method_registered':
    'A sua conta tem uma chave de acesso ou uma aplicação de autenticação. Utilize uma delas para continuar.',
  'method.nextGate.admin_phishing_resistant':
    'As contas de administrador têm de utilizar uma chave de acesso para continuar.',
  'passkey.heading': 'Utilize a sua chave de acesso',
  'passkey.intro':
    'O browser vai pedir a chave de acesso desta conta: neste dispositivo, no telemóvel ou numa chave de segurança.',
  'action.usePasskey': 'Utilizar uma chave de acesso',
  'authenticator.heading': 'Introduza o código da aplicação de autenticação',
  'authenticator.intro':
    'Abra a aplicação de autenticação que configurou para esta conta e introduza o código de 6 dígitos que mostra agora.',
  'authenticator.label': 'Código de 6 dígitos',
  'authenticator.tooManyAttempts':
    'Demasiados códigos errados da aplicação. Tente novamente mais tarde.',
  'method.none': 'Não resta nenhum método de verificação para utilizar.',

  'confirm.heading.phone': 'Confirme o seu número de telefone',
  'confirm.heading.email': 'Confirme o seu endereço de e-mail',
  'confirm.intro.phone':
    'Para proteger a sua conta, introduza o número de telefone completo que {hint} representa. Se corresponder, enviamos o código para esse número.',
  'confirm.intro.email':
    'Para proteger a sua conta, introduza o endereço de e-mail completo que {hint} representa. Se corresponder, enviamos o código para esse endereço.',
  'confirm.label.phone': 'Número de telefone completo',
  'confirm.label.email': 'Endereço de e-mail completo',
  'confirm.help.phone': 'Inclua o indicativo do país, por exemplo +351 912 345 678.',

  'code.heading': 'Introduza o código',
  'code.intro.sms': 'Se este número corresponder ao registado, o código está a caminho.',
  'code.intro.voice': 'Se este número corresponder ao registado, estamos a ligar agora.',
  'code.intro.email': 'Se este endereço corresponder ao registado, o código está a caminho.',
  'code.label': 'Código de verificação',
  'code.expiresIn': 'O código expira {time}.',
  'code.expired': 'O código expirou. Peça um novo.',
  'code.resent':
    'Se o que introduziu corresponder aos nossos registos, um novo código está a caminho.',
  'code.resendIn': 'Pode pedir um novo código {time}.',
  'code.deliveryFailed':
    'Não foi possível entregar o código. Envie um novo ou utilize outro método.',

  'questions.heading': 'Responda às suas perguntas de segurança',
  'questions.intro': 'As respostas não distinguem maiúsculas de minúsculas.',

  'password.heading': 'Escolha uma nova palavra-passe',
  'password.intro': 'Utilize uma frase-passe longa que não utilize em mais nenhum lado.',
  'password.new': 'Nova palavra-passe',
  'password.confirm': 'Confirmar a nova palavra-passe',
  'password.show': 'Mostrar palavras-passe',
  'password.rules': 'Requisitos da palavra-passe',
  'password.rule.length': 'Entre {min} e {max} carateres',
  'password.rule.match': 'As duas palavras-passe coincidem',
  'password.rule.met': 'Cumprido:',
  'password.rule.unmet': 'Ainda não cumprido:',
  'password.mismatch': 'As palavras-passe não coincidem.',

  'unlock.heading': 'Desbloquear a conta',
  'unlock.intro':
    'Confirmou a sua identidade. Desbloqueie a conta e inicie sessão com a palavra-passe atual.',

  'done.heading.reset': 'A palavra-passe foi reposta',
  'done.heading.unlock': 'A conta foi desbloqueada',
  'done.next.reset':
    'Inicie sessão com a nova palavra-passe. As aplicações e os dispositivos que ainda utilizam a antiga vão pedir-lhe que inicie sessão novamente.',
  'done.next.unlock': 'Já pode iniciar sessão com a palavra-passe atual.',
  'done.registerNext':
    'Registe novas formas de confirmar a sua identidade, para poder repor a palavra-passe sozinho da próxima vez.',
  'action.registerMethods': 'Registar novas formas de verificação',

  'temporaryPass.heading': 'Introduza o Passe de Acesso Temporário',
  'temporaryPass.intro': 'Introduza o passe que o administrador lhe deu. Não lhe é enviado nada.',
  'temporaryPass.label': 'Passe de Acesso Temporário',

  'change.heading': 'Alterar a palavra-passe',
  'change.heading.expired': 'A sua palavra-passe expirou',
  'change.intro': 'Introduza a palavra-passe atual e escolha uma nova.',
  'change.intro.expired': 'Escolha uma nova palavra-passe para continuar.',
  'change.current': 'Palavra-passe atual',
  'action.changePassword': 'Alterar palavra-passe',
  'change.done.heading': 'A palavra-passe foi alterada',
  'change.done.next':
    'A partir de agora, utilize a nova palavra-passe. As aplicações e os dispositivos que ainda utilizam a antiga vão pedir-lhe que inicie sessão novamente.',

  'register.heading': 'Os seus métodos de recuperação',
  'register.intro':
    'Utilizamo-los para confirmar a sua identidade se se esquecer da palavra-passe.',
  'register.status.registered': 'Está tudo pronto.',
  'register.status.needs_reconfirmation': 'Verifique se ainda são seus.',
  'register.status.missing':
    'Adicione métodos até ter {count}, para poder repor a palavra-passe sozinho.',
  'register.list': 'Métodos registados',
  'register.kind.mobile': 'Telemóvel {hint}',
  'register.kind.office': 'Telefone do escritório {hint}',
  'register.kind.email': 'E-mail {hint}',
  'register.kind.securityQuestions': 'Perguntas de segurança',
  'register.kind.passkey': 'Chave de acesso',
  'register.kind.authenticator': 'Aplicação de autenticação',
  'register.named': '{method} «{name}»',
  'register.use.never': 'Adicionado a {created}. Ainda não utilizado.',
  'register.use.last': 'Adicionado a {created}. Última utilização: {lastUsed}.',
  'register.name.help': 'Um nome que reconheça, até 64 carateres.',
  'register.passkey.heading': 'Adicionar uma chave de acesso',
  'register.passkey.intro':
    'Com uma chave de acesso, confirma a sua identidade com a impressão digital, o rosto ou o bloqueio de ecrã. O browser vai perguntar onde a guardar.',
  'register.passkey.name': 'Nome da chave de acesso',
  'register.passkey.added': 'A chave de acesso foi adicionada.',
  'register.passkey.tooMany': 'Já tem o número máximo de chaves de acesso. Remova uma primeiro.',
  'register.authenticator.heading': 'Configurar uma aplicação de autenticação',
  'register.authenticator.scan': 'Leia este código QR com a aplicação de autenticação.',
  'register.authenticator.qr': 'Código QR para ler com a aplicação de autenticação',
  'register.authenticator.key': 'Não consegue ler? Introduza antes esta chave na aplicação:',
  'register.authenticator.copied': 'A chave foi copiada.',
  'register.authenticator.copyFailed':
    'Não foi possível copiar a chave. Está selecionada: copie-a manualmente.',
  'register.authenticator.confirm':
    'Depois, introduza o código que a aplicação mostra e dê um nome à aplicação.',
  'register.authenticator.name': 'Nome desta aplicação',
  'register.authenticator.added': 'A aplicação de autenticação foi adicionada.',
  'register.authenticator.expired':
    'O tempo de configuração esgotou-se. Configure a aplicação novamente.',
  'register.authenticator.tooMany':
    'Já tem o número máximo de aplicações de autenticação. Remova uma primeiro.',
  'register.rename.heading': 'Mudar o nome de {method}',
  'register.rename.name': 'Novo nome',
  'register.renamed': 'O nome foi guardado.',
  'action.addPasskey': 'Adicionar uma chave de acesso',
  'action.createPasskey': 'Criar chave de acesso',
  'action.setupAuthenticator': 'Configurar uma aplicação de autenticação',
  'action.copyKey': 'Copiar chave',
  'action.confirm': 'Confirmar',
  'action.renameMethod': 'Mudar o nome de {method}',
  'register.fromDirectory': 'Do diretório da sua organização',
  'register.none': 'Ainda não há métodos.',
  'register.add.heading.mobile': 'Adicionar um número de telefone',
  'register.add.heading.email': 'Adicionar um endereço de e-mail',
  'register.add.intro': 'Vamos enviar um código para o verificar.',
  'register.verify.intro': 'Enviámos um código para {hint}.',
  'register.added': 'O método foi adicionado.',
  'register.removed': 'O método foi removido.',
  'register.reconfirmed': 'Obrigado, os seus métodos estão confirmados.',
  'register.questions.heading': 'Configurar perguntas de segurança',
  'register.questions.intro':
    'Escolha {count, plural, one {# pergunta} many {# perguntas diferentes} other {# perguntas diferentes}}, com respostas que só o próprio sabe.',
  'register.questions.question': 'Pergunta {number}',
  'register.questions.answer': 'Resposta {number}',
  'register.questions.invalid': 'Verifique os campos assinalados.',
  'register.questions.saved': 'As suas perguntas de segurança foram guardadas.',
  'action.addPhone': 'Adicionar um número de telefone',
  'action.addEmail': 'Adicionar um endereço de e-mail',
  'action.setQuestions': 'Configurar perguntas de segurança',
  'action.reconfirm': 'Está tudo certo',
  'action.skipForNow': 'Ignorar por agora (restam {count})',
  'action.continue': 'Continuar',
  'action.removeMethod': 'Remover {method}',
  'register.remove.confirm':
    'Remover {method}? Deixará de o poder utilizar para repor a palavra-passe.',
  'action.confirmRemove': 'Sim, remover',
  'action.keepMethod': 'Manter',
  'action.save': 'Guardar',
  'answer.unknown_question': 'Escolha uma pergunta da lista.',
  'answer.duplicate_question': 'Escolha uma pergunta diferente para cada resposta.',
  'answer.too_short': 'Uma das respostas é demasiado curta.',
  'answer.too_long': 'Uma das respostas é demasiado longa.',
  'answer.duplicate_answer': 'Dê uma resposta diferente a cada pergunta.',
  'answer.contains_question': 'Uma resposta não pode repetir a respetiva pergunta.',
  'answer.contains_name': 'Uma resposta não pode conter o seu nome.',

  'blocked.heading': 'O self-service está bloqueado de momento',
  'blocked.body':
    'O self-service está bloqueado de momento para esta conta. Tente novamente {when} ou contacte o apoio técnico.',
  'failure.heading': 'Ocorreu um problema',
  'helpdesk.url': 'Contactar o apoio técnico',
  'helpdesk.email': 'Envie um e-mail ao apoio técnico para {email}',
  'helpdesk.none': 'Se não conseguir avançar, contacte o administrador.',
  'status.loading': 'A carregar…',
  'status.working': 'Aguarde…',
  'field.required': 'Preencha este campo.',

  'error.invalid_request': 'Verifique o que introduziu e tente novamente.',
  'error.captcha_failed': 'Conclua a verificação humana e tente novamente.',
  'captcha.working': 'A verificar que é uma pessoa',
  'error.not_eligible':
    'Esta conta não pode utilizar a reposição de palavra-passe em self-service.',
  'error.flow_not_found': 'Esta sessão terminou. Recomece.',
  'error.flow_expired': 'Esta sessão expirou. Recomece.',
  'error.invalid_state': 'Este passo já não é possível. Recomece.',
  'error.method_not_found': 'Esse método não está disponível. Escolha outro.',
  'error.method_already_used': 'Já utilizou esse método. Escolha outro.',
  'error.confirm_required': 'Introduza o número de telefone ou o endereço de e-mail completo.',
  'error.rate_limited': 'Demasiadas tentativas. Tente novamente {when}.',
  'error.invalid_code':
    'Esse código está errado ou já foi utilizado. Verifique-o e tente novamente.',
  'error.code_expired': 'Esse código expirou. Peça um novo.',
  'error.too_many_attempts': 'Esse código foi tentado demasiadas vezes. Peça um novo.',
  'error.invalid_answers':
    'Pelo menos uma resposta estava errada. Responda antes a estas perguntas.',
  'error.blocked':
    'O self-service está bloqueado de momento para esta conta. Tente novamente {when} ou contacte o apoio técnico.',
  'error.password_required': 'Introduza uma nova palavra-passe.',
  'error.password_rejected': 'Escolha uma palavra-passe diferente:',
  'error.directory_error':
    'Não foi possível atualizar a sua conta agora. Tente novamente daqui a pouco.',
  'error.conflict': 'Entretanto, algo mudou. Tente novamente.',
  'error.reauthentication_required': 'Introduza a palavra-passe atual para fazer esta alteração.',
  'error.user_not_found': 'Não encontrámos a sua conta.',
  'error.method_not_allowed': 'Este tipo de método não é permitido.',
  'error.invalid_value':
    'Introduza um número de telefone válido (com o indicativo do país) ou um endereço de e-mail válido.',
  'error.country_not_allowed':
    'Não é possível enviar códigos para números deste país. Utilize outro número.',
  'error.below_minimum': 'Não pode remover este método: precisa de pelo menos {count}.',
  'error.postpone_limit': 'Já não pode adiar mais. Configure agora.',
  'error.not_postponable': 'Isto não pode ser adiado.',
  'error.incorrect_password': 'A palavra-passe atual está errada.',
  'error.not_found': 'O serviço não foi encontrado.',
  'error.unsupported_method': 'O serviço recusou o pedido.',
  'error.invalid_json': 'O serviço recusou o pedido.',
  'error.payload_too_large': 'O que introduziu é demasiado longo.',
  'error.unsupported_media_type': 'O serviço recusou o pedido.',
  'error.unauthenticated': 'Inicie sessão primeiro.',
  'error.forbidden': 'Não tem permissão para fazer isto.',
  'error.authentication_unavailable':
    'De momento, não é possível iniciar sessão. Tente novamente mais tarde.',
  'error.not_implemented': 'Isto não está disponível aqui.',
  'error.internal': 'Ocorreu um problema do nosso lado. Tente novamente mais tarde.',
  'error.network_error':
    'Não foi possível contactar o serviço, ou este recusou pedidos desta página (a origem não é permitida). Tente novamente mais tarde ou contacte o apoio técnico se o problema persistir.',
  'error.invalid_response': 'O serviço deu uma resposta inesperada. Tente novamente mais tarde.',
  'error.invalid_credential':
    'Não foi possível verificar a chave de acesso. Tente novamente ou utilize outro método.',
  'error.strong_method_required':
    'Neste passo, utilize uma chave de acesso ou uma aplicação de autenticação.',
  'error.invalid_name': 'Dê um nome com 1 a 64 carateres.',
  'error.too_many_methods': 'Já tem o número máximo de métodos deste tipo. Remova um primeiro.',
  'error.passkey_canceled':
    'A janela da chave de acesso foi fechada ou o tempo esgotou-se. Tente novamente quando estiver pronto.',
  'error.passkey_unsupported':
    'Este browser não suporta chaves de acesso. Utilize outro método ou outro browser.',
  'error.passkey_already_registered':
    'Este dispositivo já tem uma chave de acesso para a sua conta.',
  'error.passkey_failed':
    'A chave de acesso não funcionou. Tente novamente ou utilize outro método.',
  'error.unknown': 'Ocorreu um problema. Tente novamente.',
  'error.directory.password_policy':
    'O diretório da sua organização recusou esta palavra-passe. Escolha outra.',

  'issue.too_short':
    'Utilize pelo menos {minimum, plural, one {# caráter} many {# carateres} other {# carateres}} (esta tem {length}).',
  'issue.too_long':
    'Utilize no máximo {maximum, plural, one {# caráter} many {# carateres} other {# carateres}} (esta tem {length}).',
  'issue.banned': 'Esta palavra-passe é demasiado comum ou fácil de adivinhar.',
  'issue.breached': 'Esta palavra-passe apareceu numa fuga de dados.',
  'issue.reused':
    'Utilizou esta palavra-passe recentemente. Escolha uma que ainda não tenha utilizado.',
  'issue.contains_identifier':
    'Não utilize o nome de utilizador nem o endereço de e-mail na palavra-passe.',

  'attemptsLeft.one': 'Resta {count} tentativa antes de o self-service ser bloqueado.',
  'attemptsLeft.other': 'Restam {count} tentativas antes de o self-service ser bloqueado.',

  'helpdesk.contactAdmin': 'Contactar o administrador',
  'helpdesk.contacted': 'O administrador foi avisado.',
};
