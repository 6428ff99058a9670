import type { Catalog } from './en.js';

/** Portuguese as written in Brazil (você; drafted by the maintainers). */
export const ptBR: Catalog = {
  'link.text': 'Não consegue acessar sua conta?',
  'dialog.label': 'Recuperação de conta',

  'identify.heading.reset': 'Redefinir sua senha',
  'identify.heading.unlock': 'Desbloquear sua conta',
  'identify.intro':
    'Digite seu nome de usuário ou endereço de e-mail e ajudaremos você a voltar a entrar.',
  'identify.label': 'Nome de usuário ou endereço de e-mail',
  'identify.intent.legend': 'Do que você precisa?',
  'identify.intent.reset': 'Esqueci minha senha',
  'identify.intent.unlock': 'Minha conta está bloqueada e eu sei minha senha',

  'action.next': 'Avançar',
  'action.back': 'Voltar',
  'action.cancel': 'Cancelar',
  'action.sendCode': 'Enviar código',
  'action.verify': 'Verificar',
  'action.resend': 'Enviar um novo código',
  'action.otherMethod': 'Usar outro método',
  'action.resetPassword': 'Redefinir senha',
  'action.unlock': 'Desbloquear conta',
  'action.startOver': 'Começar de novo',
  'action.close': 'Fechar',
  'action.signIn': 'Entrar',

  'method.heading': 'Escolha como confirmar que é você',
  'method.progress': 'Verificação {current} de {total}',
  'method.gatePassed': 'Verificação {current} de {total} concluída.',
  'method.legend': 'Método de verificação',
  'method.mobileSms': 'Enviar um código por SMS para meu celular {hint}',
  'method.mobileVoice': 'Ligar para meu celular {hint}',
  'method.officeVoice': 'Ligar para meu telefone do trabalho {hint}',
  'method.email': 'Enviar um código por e-mail para {hint}',
  'method.securityQuestions': 'Responder às minhas perguntas de segurança',
  'method.passkey': 'Usar uma chave de acesso',
  'method.authenticatorApp': 'Digitar um código do meu aplicativo autenticador',
  'method.temporary_access_pass': 'Usar um Passe de Acesso Temporário do meu administrador',
  'method.nextGate.strong_method_registered':
    'Sua conta tem uma chave de acesso ou um aplicativo autenticador. Use um deles para continuar.',
  'method.nextGate.admin_phishing_resistant':
    'Contas de administrador precisam usar uma chave de acesso para continuar.',
  'passkey.heading': 'Use sua chave de acesso',
  'passkey.intro':
    'Seu navegador vai pedir a chave de acesso desta conta: neste dispositivo, no seu celular ou em uma chave de segurança.',
  'action.usePasskey': 'Usar uma chave de acesso',
  'authenticator.heading': 'Digite o código do seu aplicativo autenticador',
  'authenticator.intro':
    'Abra o aplicativo autenticador que você configurou para esta conta e digite o código de 6 dígitos que ele mostra agora.',
  'authenticator.label': 'Código de 6 dígitos',
  'authenticator.tooManyAttempts':
    'Muitos códigos errados do aplicativo. Tente novamente mais tarde.',
  'method.none': 'Não resta nenhum método de verificação para usar.',

  'confirm.heading.phone': 'Confirme seu número de telefone',
  'confirm.heading.email': 'Confirme seu endereço de e-mail',
  'confirm.intro.phone':
    'Para proteger sua conta, digite o número de telefone completo que {hint} representa. Se corresponder, enviaremos o código para ele.',
  'confirm.intro.email':
    'Para proteger sua conta, digite o endereço de e-mail completo que {hint} representa. Se corresponder, enviaremos o código para ele.',
  'confirm.label.phone': 'Número de telefone completo',
  'confirm.label.email': 'Endereço de e-mail completo',
  'confirm.help.phone': 'Inclua o código do país, por exemplo +55 11 91234 5678.',

  'code.heading': 'Digite o código',
  'code.intro.sms': 'Se este número corresponder ao cadastrado, um código está a caminho.',
  'code.intro.voice': 'Se este número corresponder ao cadastrado, estamos ligando para ele agora.',
  'code.intro.email': 'Se este endereço corresponder ao cadastrado, um código está a caminho.',
  'code.label': 'Código de verificação',
  'code.expiresIn': 'O código expira {time}.',
  'code.expired': 'O código expirou. Peça um novo.',
  'code.resent':
    'Se o que você digitou corresponder ao que temos cadastrado, um novo código está a caminho.',
  'code.resendIn': 'Você poderá pedir um novo código {time}.',
  'code.deliveryFailed': 'Não foi possível entregar o código. Envie um novo ou use outro método.',

  'questions.heading': 'Responda às suas perguntas de segurança',
  'questions.intro': 'As respostas não diferenciam maiúsculas de minúsculas.',

  'password.heading': 'Escolha uma nova senha',
  'password.intro': 'Use uma frase secreta longa que você não use em nenhum outro lugar.',
  'password.new': 'Nova senha',
  'password.confirm': 'Confirme a nova senha',
  'password.show': 'Mostrar senhas',
  'password.rules': 'Requisitos da senha',
  'password.rule.length': 'Entre {min} e {max} caracteres',
  'password.rule.match': 'As duas senhas são iguais',
  'password.rule.met': 'Atendido:',
  'password.rule.unmet': 'Ainda não atendido:',
  'password.mismatch': 'As senhas não são iguais.',

  'unlock.heading': 'Desbloquear sua conta',
  'unlock.intro': 'Você comprovou que é você. Desbloqueie sua conta e entre com sua senha atual.',

  'done.heading.reset': 'Sua senha foi redefinida',
  'done.heading.unlock': 'Sua conta foi desbloqueada',
  'done.next.reset':
    'Entre com sua nova senha. Aplicativos e dispositivos que ainda usam a antiga vão pedir que você entre novamente.',
  'done.next.unlock': 'Agora você pode entrar com sua senha atual.',
  'done.registerNext':
    'Cadastre novas formas de confirmar que é você, para poder redefinir sua senha sozinho da próxima vez.',
  'action.registerMethods': 'Cadastrar novas formas de verificação',

  'temporaryPass.heading': 'Digite seu Passe de Acesso Temporário',
  'temporaryPass.intro': 'Digite o passe que seu administrador lhe deu. Nada é enviado a você.',
  'temporaryPass.label': 'Passe de Acesso Temporário',

  'change.heading': 'Alterar sua senha',
  'change.heading.expired': 'Sua senha expirou',
  'change.intro': 'Digite sua senha atual e escolha uma nova.',
  'change.intro.expired': 'Escolha uma nova senha para continuar.',
  'change.current': 'Senha atual',
  'action.changePassword': 'Alterar senha',
  'change.done.heading': 'Sua senha foi alterada',
  'change.done.next':
    'Use sua nova senha a partir de agora. Aplicativos e dispositivos que ainda usam a antiga vão pedir que você entre novamente.',

  'register.heading': 'Seus métodos de recuperação',
  'register.intro': 'Usamos esses métodos para confirmar que é você se esquecer sua senha.',
  'register.status.registered': 'Tudo pronto.',
  'register.status.needs_reconfirmation': 'Confira se eles ainda são seus.',
  'register.status.missing':
    'Adicione métodos até ter {count}, para poder redefinir sua senha sozinho.',
  'register.list': 'Métodos cadastrados',
  'register.kind.mobile': 'Celular {hint}',
  'register.kind.office': 'Telefone do trabalho {hint}',
  'register.kind.email': 'E-mail {hint}',
  'register.kind.securityQuestions': 'Perguntas de segurança',
  'register.kind.passkey': 'Chave de acesso',
  'register.kind.authenticator': 'Aplicativo autenticador',
  'register.named': '{method} “{name}”',
  'register.use.never': 'Adicionado em {created}. Ainda não usado.',
  'register.use.last': 'Adicionado em {created}. Último uso em {lastUsed}.',
  'register.name.help': 'Um nome que você reconheça, com até 64 caracteres.',
  'register.passkey.heading': 'Adicionar uma chave de acesso',
  'register.passkey.intro':
    'Com uma chave de acesso, você comprova que é você com sua digital, seu rosto ou o bloqueio de tela. O navegador vai perguntar onde salvá-la.',
  'register.passkey.name': 'Nome da chave de acesso',
  'register.passkey.added': 'A chave de acesso foi adicionada.',
  'register.passkey.tooMany':
    'Você já tem o máximo de chaves de acesso permitido. Remova uma primeiro.',
  'register.authenticator.heading': 'Configurar um aplicativo autenticador',
  'register.authenticator.scan': 'Leia este QR code com seu aplicativo autenticador.',
  'register.authenticator.qr': 'QR code para ler com seu aplicativo autenticador',
  'register.authenticator.key': 'Não consegue ler? Digite esta chave no aplicativo:',
  'register.authenticator.copied': 'A chave foi copiada.',
  'register.authenticator.copyFailed':
    'Não foi possível copiar a chave. Ela está selecionada: copie-a você mesmo.',
  'register.authenticator.confirm':
    'Depois digite o código que o aplicativo mostra e dê um nome ao aplicativo.',
  'register.authenticator.name': 'Nome deste aplicativo',
  'register.authenticator.added': 'O aplicativo autenticador foi adicionado.',
  'register.authenticator.expired':
    'O tempo de configuração acabou. Configure o aplicativo novamente.',
  'register.authenticator.tooMany':
    'Você já tem o máximo de aplicativos autenticadores permitido. Remova um primeiro.',
  'register.rename.heading': 'Renomear {method}',
  'register.rename.name': 'Novo nome',
  'register.renamed': 'O nome foi salvo.',
  'action.addPasskey': 'Adicionar uma chave de acesso',
  'action.createPasskey': 'Criar chave de acesso',
  'action.setupAuthenticator': 'Configurar um aplicativo autenticador',
  'action.copyKey': 'Copiar chave',
  'action.confirm': 'Confirmar',
  'action.renameMethod': 'Renomear {method}',
  'register.fromDirectory': 'Do diretório da sua organização',
  'register.none': 'Nenhum método ainda.',
  'register.add.heading.mobile': 'Adicionar um número de telefone',
  'register.add.heading.email': 'Adicionar um endereço de e-mail',
  'register.add.intro': 'Enviaremos um código para conferir.',
  'register.verify.intro': 'Enviamos um código para {hint}.',
  'register.added': 'O método foi adicionado.',
  'register.removed': 'O método foi removido.',
  'register.reconfirmed': 'Obrigado, seus métodos foram confirmados.',
  'register.questions.heading': 'Configurar perguntas de segurança',
  'register.questions.intro':
    'Escolha {count, plural, one {# pergunta} many {# perguntas diferentes} other {# perguntas diferentes}}, com respostas que só você sabe.',
  'register.questions.question': 'Pergunta {number}',
  'register.questions.answer': 'Resposta {number}',
  'register.questions.invalid': 'Verifique os campos marcados.',
  'register.questions.saved': 'Suas perguntas de segurança foram salvas.',
  'action.addPhone': 'Adicionar um número de telefone',
  'action.addEmail': 'Adicionar um endereço de e-mail',
  'action.setQuestions': 'Configurar perguntas de segurança',
  'action.reconfirm': 'Está tudo certo',
  'action.skipForNow': 'Pular por enquanto (restam {count})',
  'action.continue': 'Continuar',
  'action.removeMethod': 'Remover {method}',
  'register.remove.confirm':
    'Remover {method}? Você não poderá mais usá-lo para redefinir sua senha.',
  'action.confirmRemove': 'Sim, remover',
  'action.keepMethod': 'Manter',
  'action.save': 'Salvar',
  'answer.unknown_question': 'Escolha uma pergunta da lista.',
  'answer.duplicate_question': 'Escolha uma pergunta diferente para cada resposta.',
  'answer.too_short': 'Uma resposta está curta demais.',
  'answer.too_long': 'Uma resposta está longa demais.',
  'answer.duplicate_answer': 'Dê uma resposta diferente para cada pergunta.',
  'answer.contains_question': 'Uma resposta não pode repetir a pergunta.',
  'answer.contains_name': 'Uma resposta não pode conter seu nome.',

  'blocked.heading': 'O autoatendimento está bloqueado no momento',
  'blocked.body':
    'O autoatendimento está bloqueado no momento para esta conta. Tente novamente {when} ou fale com o suporte.',
  'failure.heading': 'Algo deu errado',
  'helpdesk.url': 'Fale com o suporte',
  'helpdesk.email': 'Envie um e-mail ao suporte em {email}',
  'helpdesk.none': 'Se não conseguir continuar, fale com seu administrador.',
  'status.loading': 'Carregando…',
  'status.working': 'Aguarde…',
  'field.required': 'Preencha este campo.',

  'error.invalid_request': 'Confira o que você digitou e tente novamente.',
  'error.captcha_failed': 'Conclua a verificação humana e tente novamente.',
  'captcha.working': 'Verificando se você é uma pessoa',
  'error.not_eligible': 'Esta conta não pode usar a redefinição de senha por autoatendimento.',
  'error.flow_not_found': 'Esta sessão terminou. Comece de novo.',
  'error.flow_expired': 'Esta sessão expirou. Comece de novo.',
  'error.invalid_state': 'Esta etapa não é mais possível. Comece de novo.',
  'error.method_not_found': 'Esse método não está disponível. Escolha outro.',
  'error.method_already_used': 'Você já usou esse método. Escolha outro.',
  'error.confirm_required': 'Digite o número de telefone ou o endereço de e-mail completo.',
  'error.rate_limited': 'Tentativas demais. Tente novamente {when}.',
  'error.invalid_code': 'Esse código está errado ou já foi usado. Confira e tente novamente.',
  'error.code_expired': 'Esse código expirou. Peça um novo.',
  'error.too_many_attempts': 'Esse código foi tentado vezes demais. Peça um novo.',
  'error.invalid_answers':
    'Pelo menos uma resposta estava errada. Responda a estas perguntas no lugar delas.',
  'error.blocked':
    'O autoatendimento está bloqueado no momento para esta conta. Tente novamente {when} ou fale com o suporte.',
  'error.password_required': 'Digite uma nova senha.',
  'error.password_rejected': 'Escolha uma senha diferente:',
  'error.directory_error':
    'Não foi possível atualizar sua conta agora. Tente novamente em instantes.',
  'error.conflict': 'Algo mudou nesse meio-tempo. Tente novamente.',
  'error.reauthentication_required': 'Digite sua senha atual para fazer esta alteração.',
  'error.user_not_found': 'Não encontramos sua conta.',
  'error.method_not_allowed': 'Este tipo de método não é permitido.',
  'error.invalid_value':
    'Digite um número de telefone válido (com código do país) ou um endereço de e-mail válido.',
  'error.country_not_allowed':
    'Não é possível enviar códigos para números deste país. Use outro número.',
  'error.below_minimum': 'Você não pode remover este método: são necessários pelo menos {count}.',
  'error.postpone_limit': 'Não é possível adiar mais. Configure agora.',
  'error.not_postponable': 'Isto não pode ser adiado.',
  'error.incorrect_password': 'Sua senha atual está errada.',
  'error.not_found': 'O serviço não foi encontrado.',
  'error.unsupported_method': 'O serviço recusou a solicitação.',
  'error.invalid_json': 'O serviço recusou a solicitação.',
  'error.payload_too_large': 'O que você digitou é longo demais.',
  'error.unsupported_media_type': 'O serviço recusou a solicitação.',
  'error.unauthenticated': 'Entre primeiro.',
  'error.forbidden': 'Você não tem permissão para fazer isso.',
  'error.authentication_unavailable': 'Não é possível entrar agora. Tente novamente mais tarde.',
  'error.not_implemented': 'Isto não está disponível aqui.',
  'error.internal': 'Algo deu errado do nosso lado. Tente novamente mais tarde.',
  'error.network_error':
    'Não foi possível acessar o serviço, ou ele recusou solicitações desta página (a origem dela não é permitida). Tente novamente mais tarde ou fale com o suporte se isso continuar acontecendo.',
  'error.invalid_response': 'O serviço deu uma resposta inesperada. Tente novamente mais tarde.',
  'error.invalid_credential':
    'Não foi possível verificar a chave de acesso. Tente novamente ou use outro método.',
  'error.strong_method_required':
    'Use uma chave de acesso ou um aplicativo autenticador nesta etapa.',
  'error.invalid_name': 'Dê um nome de 1 a 64 caracteres.',
  'error.too_many_methods':
    'Você já tem o máximo de métodos deste tipo permitido. Remova um primeiro.',
  'error.passkey_canceled':
    'A janela da chave de acesso foi fechada ou expirou. Tente novamente quando estiver pronto.',
  'error.passkey_unsupported':
    'Este navegador não pode usar chaves de acesso. Use outro método ou outro navegador.',
  'error.passkey_already_registered': 'Este dispositivo já tem uma chave de acesso para sua conta.',
  'error.passkey_failed': 'A chave de acesso não funcionou. Tente novamente ou use outro método.',
  'error.unknown': 'Algo deu errado. Tente novamente.',
  'error.directory.password_policy':
    'O diretório da sua organização recusou esta senha. Escolha outra.',

  'issue.too_short':
    'Use pelo menos {minimum, plural, one {# caractere} many {# caracteres} other {# caracteres}} (esta tem {length}).',
  'issue.too_long':
    'Use no máximo {maximum, plural, one {# caractere} many {# caracteres} other {# caracteres}} (esta tem {length}).',
  'issue.banned': 'Esta senha é comum demais ou fácil demais de adivinhar.',
  'issue.breached': 'Esta senha apareceu em um vazamento de dados.',
  'issue.reused': 'Você usou esta senha recentemente. Escolha uma que ainda não tenha usado.',
  'issue.contains_identifier': 'Não use seu nome de usuário nem seu endereço de e-mail na senha.',

  'attemptsLeft.one': 'Resta {count} tentativa antes de o autoatendimento ser bloqueado.',
  'attemptsLeft.other': 'Restam {count} tentativas antes de o autoatendimento ser bloqueado.',

  'helpdesk.contactAdmin': 'Fale com seu administrador',
  'helpdesk.contacted': 'Seu administrador foi avisado.',
};
