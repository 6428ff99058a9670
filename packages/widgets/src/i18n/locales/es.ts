import type { Catalog } from './en.js';

/** Spanish (informal: tú). */
export const es: Catalog = {
  'link.text': '¿No puedes acceder a tu cuenta?',
  'dialog.label': 'Recuperación de la cuenta',

  'identify.heading.reset': 'Restablece tu contraseña',
  'identify.heading.unlock': 'Desbloquea tu cuenta',
  'identify.intro':
    'Escribe tu nombre de usuario o tu correo electrónico y te ayudaremos a volver a entrar.',
  'identify.label': 'Nombre de usuario o correo electrónico',
  'identify.intent.legend': '¿Qué necesitas?',
  'identify.intent.reset': 'He olvidado mi contraseña',
  'identify.intent.unlock': 'Mi cuenta está bloqueada y sé mi contraseña',

  'action.next': 'Siguiente',
  'action.back': 'Atrás',
  'action.cancel': 'Cancelar',
  'action.sendCode': 'Enviar código',
  'action.verify': 'Verificar',
  'action.resend': 'Enviar un código nuevo',
  'action.otherMethod': 'Usar otro método',
  'action.resetPassword': 'Establecer contraseña',
  'action.unlock': 'Desbloquear cuenta',
  'action.startOver': 'Empezar de nuevo',
  'action.close': 'Cerrar',
  'action.signIn': 'Iniciar sesión',

  'method.heading': 'Elige cómo demostrar que eres tú',
  'method.progress': 'Verificación {current} de {total}',
  'method.gatePassed': 'Verificación {current} de {total} superada.',
  'method.legend': 'Método de verificación',
  'method.mobileSms': 'Enviar un código por SMS a mi móvil {hint}',
  'method.mobileVoice': 'Llamar a mi móvil {hint}',
  'method.officeVoice': 'Llamar al teléfono de mi oficina {hint}',
  'method.email': 'Enviar un código por correo a {hint}',
  'method.securityQuestions': 'Responder a mis preguntas de seguridad',
  'method.passkey': 'Usar una llave de acceso',
  'method.authenticatorApp': 'Escribir un código de mi app de autenticación',
  'method.temporary_access_pass': 'Usar un pase de acceso temporal de mi administrador',
  'method.nextGate.strong_method_registered':
    'Tu cuenta tiene una llave de acceso o una app de autenticación. Usa una de ellas para continuar.',
  'method.nextGate.admin_phishing_resistant':
    'Las cuentas de administrador deben usar una llave de acceso para continuar.',
  'passkey.heading': 'Usa tu llave de acceso',
  'passkey.intro':
    'Tu navegador te pedirá la llave de acceso de esta cuenta: en este dispositivo, en tu teléfono o en una llave de seguridad.',
  'action.usePasskey': 'Usar una llave de acceso',
  'authenticator.heading': 'Escribe el código de tu app de autenticación',
  'authenticator.intro':
    'Abre la app de autenticación que configuraste para esta cuenta y escribe el código de 6 dígitos que muestra ahora.',
  'authenticator.label': 'Código de 6 dígitos',
  'authenticator.tooManyAttempts': 'Demasiados códigos incorrectos de la app. Inténtalo más tarde.',
  'method.none': 'No queda ningún método de verificación.',

  'confirm.heading.phone': 'Confirma tu número de teléfono',
  'confirm.heading.email': 'Confirma tu correo electrónico',
  'confirm.intro.phone':
    'Para proteger tu cuenta, escribe el número de teléfono completo que representa {hint}. Si coincide, enviaremos allí el código.',
  'confirm.intro.email':
    'Para proteger tu cuenta, escribe el correo electrónico completo que representa {hint}. Si coincide, enviaremos allí el código.',
  'confirm.label.phone': 'Número de teléfono completo',
  'confirm.label.email': 'Correo electrónico completo',
  'confirm.help.phone': 'Incluye el prefijo del país, por ejemplo +34 612 345 678.',

  'code.heading': 'Escribe el código',
  'code.intro.sms':
    'Si este número coincide con el que tenemos registrado, hay un código en camino.',
  'code.intro.voice':
    'Si este número coincide con el que tenemos registrado, lo estamos llamando ahora.',
  'code.intro.email':
    'Si esta dirección coincide con la que tenemos registrada, hay un código en camino.',
  'code.label': 'Código de verificación',
  'code.expiresIn': 'El código caduca en {time}.',
  'code.expired': 'El código ha caducado. Pide uno nuevo.',
  'code.resent':
    'Si lo que escribiste coincide con lo que tenemos registrado, hay un código nuevo en camino.',
  'code.resendIn': 'Podrás pedir un código nuevo en {time}.',
  'code.deliveryFailed': 'No hemos podido entregar el código. Pide uno nuevo o usa otro método.',

  'questions.heading': 'Responde a tus preguntas de seguridad',
  'questions.intro': 'No importan las mayúsculas.',

  'password.heading': 'Elige una contraseña nueva',
  'password.intro': 'Usa una frase larga que no uses en ningún otro sitio.',
  'password.new': 'Contraseña nueva',
  'password.confirm': 'Confirma la contraseña nueva',
  'password.show': 'Mostrar contraseñas',
  'password.rules': 'Requisitos de la contraseña',
  'password.rule.length': 'Entre {min} y {max} caracteres',
  'password.rule.match': 'Las dos contraseñas coinciden',
  'password.rule.met': 'Cumplido:',
  'password.rule.unmet': 'Aún no cumplido:',
  'password.mismatch': 'Las contraseñas no coinciden.',

  'unlock.heading': 'Desbloquea tu cuenta',
  'unlock.intro':
    'Has demostrado que eres tú. Desbloquea tu cuenta e inicia sesión con tu contraseña actual.',

  'done.heading.reset': 'Tu contraseña se ha restablecido',
  'done.heading.unlock': 'Tu cuenta está desbloqueada',
  'done.next.reset':
    'Inicia sesión con tu contraseña nueva. Las aplicaciones y dispositivos que aún usen la anterior te pedirán que vuelvas a iniciar sesión.',
  'done.next.unlock': 'Ya puedes iniciar sesión con tu contraseña actual.',
  'done.registerNext':
    'Registra nuevas formas de verificar tu identidad para poder restablecer tu contraseña tú mismo la próxima vez.',
  'action.registerMethods': 'Registrar nuevas formas de verificación',

  'temporaryPass.heading': 'Introduce tu pase de acceso temporal',
  'temporaryPass.intro': 'Escribe el pase que te dio tu administrador. No se te envía nada.',
  'temporaryPass.label': 'Pase de acceso temporal',

  'change.heading': 'Cambia tu contraseña',
  'change.heading.expired': 'Tu contraseña ha caducado',
  'change.intro': 'Escribe tu contraseña actual y luego elige una nueva.',
  'change.intro.expired': 'Elige una contraseña nueva para continuar.',
  'change.current': 'Contraseña actual',
  'action.changePassword': 'Cambiar contraseña',
  'change.done.heading': 'Tu contraseña se ha cambiado',
  'change.done.next':
    'Usa tu contraseña nueva a partir de ahora. Las aplicaciones y dispositivos que aún usen la anterior te pedirán que vuelvas a iniciar sesión.',

  'register.heading': 'Tus métodos de recuperación',
  'register.intro': 'Los usamos para confirmar que eres tú si olvidas tu contraseña.',
  'register.status.registered': 'Todo está listo.',
  'register.status.needs_reconfirmation': 'Comprueba que estos datos siguen siendo tuyos.',
  'register.status.missing':
    'Añade métodos hasta tener {count}, para poder restablecer tu contraseña tú mismo.',
  'register.list': 'Métodos registrados',
  'register.kind.mobile': 'Móvil {hint}',
  'register.kind.office': 'Teléfono de la oficina {hint}',
  'register.kind.email': 'Correo {hint}',
  'register.kind.securityQuestions': 'Preguntas de seguridad',
  'register.kind.passkey': 'Llave de acceso',
  'register.kind.authenticator': 'App de autenticación',
  'register.named': '{method} «{name}»',
  'register.use.never': 'Añadida el {created}. Aún sin usar.',
  'register.use.last': 'Añadida el {created}. Último uso: {lastUsed}.',
  'register.name.help': 'Un nombre que reconozcas, de hasta 64 caracteres.',
  'register.passkey.heading': 'Añadir una llave de acceso',
  'register.passkey.intro':
    'Con una llave de acceso demuestras que eres tú con tu huella, tu cara o el bloqueo de pantalla. Tu navegador te preguntará dónde guardarla.',
  'register.passkey.name': 'Nombre de la llave de acceso',
  'register.passkey.added': 'Se ha añadido la llave de acceso.',
  'register.passkey.tooMany': 'Ya tienes el máximo de llaves de acceso. Quita una primero.',
  'register.authenticator.heading': 'Configurar una app de autenticación',
  'register.authenticator.scan': 'Escanea este código QR con tu app de autenticación.',
  'register.authenticator.qr': 'Código QR para escanear con tu app de autenticación',
  'register.authenticator.key': '¿No puedes escanearlo? Escribe esta clave en la app:',
  'register.authenticator.copied': 'Se ha copiado la clave.',
  'register.authenticator.copyFailed':
    'No se ha podido copiar la clave. Está seleccionada: cópiala tú.',
  'register.authenticator.confirm': 'Luego escribe el código que muestra la app y ponle un nombre.',
  'register.authenticator.name': 'Nombre de esta app',
  'register.authenticator.added': 'Se ha añadido la app de autenticación.',
  'register.authenticator.expired':
    'Se acabó el tiempo para configurarla. Vuelve a configurar la app.',
  'register.authenticator.tooMany':
    'Ya tienes el máximo de apps de autenticación. Quita una primero.',
  'register.rename.heading': 'Cambiar el nombre de {method}',
  'register.rename.name': 'Nombre nuevo',
  'register.renamed': 'Se ha guardado el nombre.',
  'action.addPasskey': 'Añadir una llave de acceso',
  'action.createPasskey': 'Crear llave de acceso',
  'action.setupAuthenticator': 'Configurar una app de autenticación',
  'action.copyKey': 'Copiar clave',
  'action.confirm': 'Confirmar',
  'action.renameMethod': 'Cambiar el nombre de {method}',
  'register.fromDirectory': 'Del directorio de tu organización',
  'register.none': 'Aún no hay métodos.',
  'register.add.heading.mobile': 'Añadir un número de teléfono',
  'register.add.heading.email': 'Añadir un correo electrónico',
  'register.add.intro': 'Enviaremos un código para comprobarlo.',
  'register.verify.intro': 'Hemos enviado un código a {hint}.',
  'register.added': 'Se ha añadido el método.',
  'register.removed': 'Se ha quitado el método.',
  'register.reconfirmed': 'Gracias, tus métodos están confirmados.',
  'register.questions.heading': 'Configurar preguntas de seguridad',
  'register.questions.intro':
    'Elige {count} preguntas distintas, con respuestas que solo tú sepas.',
  'register.questions.question': 'Pregunta {number}',
  'register.questions.answer': 'Respuesta {number}',
  'register.questions.invalid': 'Revisa los campos marcados.',
  'register.questions.saved': 'Se han guardado tus preguntas de seguridad.',
  'action.addPhone': 'Añadir un número de teléfono',
  'action.addEmail': 'Añadir un correo electrónico',
  'action.setQuestions': 'Configurar preguntas de seguridad',
  'action.reconfirm': 'Todo correcto',
  'action.skipForNow': 'Omitir por ahora (quedan {count})',
  'action.continue': 'Continuar',
  'action.removeMethod': 'Quitar {method}',
  'register.remove.confirm':
    '¿Quitar {method}? Ya no podrás usarlo para restablecer tu contraseña.',
  'action.confirmRemove': 'Sí, quitar',
  'action.keepMethod': 'Conservar',
  'action.save': 'Guardar',
  'answer.unknown_question': 'Elige una pregunta de la lista.',
  'answer.duplicate_question': 'Elige una pregunta distinta para cada respuesta.',
  'answer.too_short': 'Una respuesta es demasiado corta.',
  'answer.too_long': 'Una respuesta es demasiado larga.',
  'answer.duplicate_answer': 'Da una respuesta distinta a cada pregunta.',
  'answer.contains_question': 'Una respuesta no debe repetir su pregunta.',
  'answer.contains_name': 'Una respuesta no debe contener tu nombre.',

  'blocked.heading': 'El autoservicio está bloqueado por ahora',
  'blocked.body':
    'El autoservicio está bloqueado por ahora para esta cuenta. Vuelve a intentarlo {when} o contacta con tu servicio de asistencia.',
  'failure.heading': 'Algo ha salido mal',

  'helpdesk.url': 'Contacta con el servicio de asistencia',
  'helpdesk.email': 'Escribe al servicio de asistencia a {email}',
  'helpdesk.none': '¿No avanzas? Contacta con tu administrador.',
  'helpdesk.contactAdmin': 'Contacta con tu administrador',
  'helpdesk.contacted': 'Tu administrador ha sido avisado.',

  'status.loading': 'Cargando…',
  'status.working': 'Espera un momento…',
  'field.required': 'Rellena este campo.',

  'error.invalid_request': 'Revisa lo que has escrito y vuelve a intentarlo.',
  'error.captcha_failed': 'Completa la comprobación y vuelve a intentarlo.',
  'captcha.working': 'Comprobando que eres una persona',
  'error.not_eligible': 'Esta cuenta no puede restablecer su contraseña por autoservicio.',
  'error.flow_not_found': 'Esta sesión ha terminado. Empieza de nuevo.',
  'error.flow_expired': 'Esta sesión ha caducado. Empieza de nuevo.',
  'error.invalid_state': 'Este paso ya no es posible. Empieza de nuevo.',
  'error.method_not_found': 'Ese método no está disponible. Elige otro.',
  'error.method_already_used': 'Ya has usado ese método. Elige otro.',
  'error.confirm_required': 'Escribe el número de teléfono o el correo electrónico completo.',
  'error.rate_limited': 'Demasiados intentos. Vuelve a intentarlo {when}.',
  'error.invalid_code':
    'Ese código es incorrecto o ya se ha usado. Revísalo y vuelve a intentarlo.',
  'error.code_expired': 'Ese código ha caducado. Pide uno nuevo.',
  'error.too_many_attempts': 'Ese código se ha probado demasiadas veces. Pide uno nuevo.',
  'error.invalid_answers': 'Al menos una respuesta era incorrecta. Responde a estas preguntas.',
  'attemptsLeft.one': 'Te queda {count} intento antes de que se bloquee el autoservicio.',
  'attemptsLeft.other': 'Te quedan {count} intentos antes de que se bloquee el autoservicio.',
  'error.blocked':
    'El autoservicio está bloqueado por ahora para esta cuenta. Vuelve a intentarlo {when} o contacta con tu servicio de asistencia.',
  'error.password_required': 'Escribe una contraseña nueva.',
  'error.password_rejected': 'Elige otra contraseña:',
  'error.directory_error':
    'No hemos podido actualizar tu cuenta ahora. Vuelve a intentarlo en un momento.',
  'error.conflict': 'Algo ha cambiado mientras tanto. Vuelve a intentarlo.',
  'error.reauthentication_required': 'Escribe tu contraseña actual para hacer este cambio.',
  'error.user_not_found': 'No hemos encontrado tu cuenta.',
  'error.method_not_allowed': 'Este tipo de método no está permitido.',
  'error.invalid_value':
    'Escribe un número de teléfono válido (con prefijo del país) o un correo electrónico válido.',
  'error.country_not_allowed':
    'No se pueden enviar códigos a números de este país. Usa otro número.',
  'error.below_minimum': 'No puedes quitar este método: necesitas al menos {count}.',
  'error.postpone_limit': 'Ya no puedes posponerlo más. Configúralo ahora.',
  'error.not_postponable': 'Esto no se puede posponer.',
  'error.incorrect_password': 'Tu contraseña actual es incorrecta.',
  'error.not_found': 'No se ha encontrado el servicio.',
  'error.unsupported_method': 'El servicio ha rechazado la solicitud.',
  'error.invalid_json': 'El servicio ha rechazado la solicitud.',
  'error.payload_too_large': 'Lo que has escrito es demasiado largo.',
  'error.unsupported_media_type': 'El servicio ha rechazado la solicitud.',
  'error.unauthenticated': 'Inicia sesión primero.',
  'error.forbidden': 'No tienes permiso para hacer esto.',
  'error.authentication_unavailable':
    'Ahora no es posible iniciar sesión. Vuelve a intentarlo más tarde.',
  'error.not_implemented': 'Esto no está disponible aquí.',
  'error.internal': 'Algo ha salido mal por nuestra parte. Vuelve a intentarlo más tarde.',
  'error.network_error':
    'No se ha podido contactar con el servicio, o rechaza las solicitudes de esta página (su origen no está permitido). Vuelve a intentarlo más tarde o contacta con tu servicio de asistencia si sigue pasando.',
  'error.invalid_response':
    'El servicio ha dado una respuesta inesperada. Vuelve a intentarlo más tarde.',
  'error.invalid_credential':
    'No se ha podido verificar la llave de acceso. Inténtalo de nuevo o usa otro método.',
  'error.strong_method_required':
    'Usa una llave de acceso o una app de autenticación para este paso.',
  'error.invalid_name': 'Ponle un nombre de 1 a 64 caracteres.',
  'error.too_many_methods': 'Ya tienes el máximo de métodos de este tipo. Quita uno primero.',
  'error.passkey_canceled':
    'Se cerró la ventana de la llave de acceso o se agotó el tiempo. Inténtalo de nuevo cuando quieras.',
  'error.passkey_unsupported':
    'Este navegador no puede usar llaves de acceso. Usa otro método u otro navegador.',
  'error.passkey_already_registered':
    'Este dispositivo ya tiene una llave de acceso para tu cuenta.',
  'error.passkey_failed':
    'La llave de acceso no ha funcionado. Inténtalo de nuevo o usa otro método.',
  'error.unknown': 'Algo ha salido mal. Vuelve a intentarlo.',
  'error.directory.password_policy':
    'El directorio de tu organización ha rechazado esta contraseña. Elige otra.',

  'issue.too_short': 'Usa al menos {minimum} caracteres (esta tiene {length}).',
  'issue.too_long': 'Usa como máximo {maximum} caracteres (esta tiene {length}).',
  'issue.banned': 'Esta contraseña es demasiado común o fácil de adivinar.',
  'issue.breached': 'Esta contraseña ha aparecido en una filtración de datos.',
  'issue.reused': 'Has usado esta contraseña hace poco. Elige una que no hayas usado antes.',
  'issue.contains_identifier':
    'No uses tu nombre de usuario ni tu correo electrónico en la contraseña.',
};
