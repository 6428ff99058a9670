import type { Catalog } from './en.js';

/** Russian (formal: вы; drafted by the maintainers). */
export const ru: Catalog = {
  'link.text': 'Не удаётся войти в учётную запись?',
  'dialog.label': 'Восстановление учётной записи',

  'identify.heading.reset': 'Сброс пароля',
  'identify.heading.unlock': 'Разблокировка учётной записи',
  'identify.intro':
    'Введите имя пользователя или адрес электронной почты, и мы поможем вам снова войти.',
  'identify.label': 'Имя пользователя или адрес электронной почты',
  'identify.intent.legend': 'Что вам нужно?',
  'identify.intent.reset': 'Я забыл пароль',
  'identify.intent.unlock': 'Моя учётная запись заблокирована, но я знаю пароль',

  'action.next': 'Далее',
  'action.back': 'Назад',
  'action.cancel': 'Отмена',
  'action.sendCode': 'Отправить код',
  'action.verify': 'Подтвердить',
  'action.resend': 'Отправить новый код',
  'action.otherMethod': 'Использовать другой способ',
  'action.resetPassword': 'Сбросить пароль',
  'action.unlock': 'Разблокировать',
  'action.startOver': 'Начать заново',
  'action.close': 'Закрыть',
  'action.signIn': 'Войти',

  'method.heading': 'Выберите способ подтверждения личности',
  'method.progress': 'Проверка {current} из {total}',
  'method.gatePassed': 'Проверка {current} из {total} пройдена.',
  'method.legend': 'Способ проверки',
  'method.mobileSms': 'Отправить код в SMS на мой мобильный {hint}',
  'method.mobileVoice': 'Позвонить на мой мобильный {hint}',
  'method.officeVoice': 'Позвонить на мой рабочий телефон {hint}',
  'method.email': 'Отправить код на почту {hint}',
  'method.securityQuestions': 'Ответить на контрольные вопросы',
  'method.passkey': 'Использовать ключ доступа',
  'method.authenticatorApp': 'Ввести код из приложения-аутентификатора',
  'method.temporary_access_pass': 'Использовать временный пропуск от администратора',
  'method.nextGate.strong_method_registered':
    'У вашей учётной записи есть ключ доступа или приложение-аутентификатор. Чтобы продолжить, используйте одно из них.',
  'method.nextGate.admin_phishing_resistant':
    'Учётные записи администраторов должны использовать ключ доступа, чтобы продолжить.',
  'passkey.heading': 'Используйте ключ доступа',
  'passkey.intro':
    'Браузер запросит ключ доступа этой учётной записи: на этом устройстве, на телефоне или на ключе безопасности.',
  'action.usePasskey': 'Использовать ключ доступа',
  'authenticator.heading': 'Введите код из приложения-аутентификатора',
  'authenticator.intro':
    'Откройте приложение-аутентификатор, настроенное для этой учётной записи, и введите 6-значный код, который оно показывает сейчас.',
  'authenticator.label': '6-значный код',
  'authenticator.tooManyAttempts':
    'Слишком много неверных кодов из приложения. Повторите попытку позже.',
  'method.none': 'Не осталось доступных способов проверки.',

  'confirm.heading.phone': 'Подтвердите номер телефона',
  'confirm.heading.email': 'Подтвердите адрес электронной почты',
  'confirm.intro.phone':
    'Для защиты учётной записи введите полный номер телефона, который скрыт за {hint}. Если он совпадёт, мы отправим на него код.',
  'confirm.intro.email':
    'Для защиты учётной записи введите полный адрес электронной почты, который скрыт за {hint}. Если он совпадёт, мы отправим на него код.',
  'confirm.label.phone': 'Полный номер телефона',
  'confirm.label.email': 'Полный адрес электронной почты',
  'confirm.help.phone': 'Укажите код страны, например +7 912 345-67-89.',

  'code.heading': 'Введите код',
  'code.intro.sms': 'Если этот номер совпадает с сохранённым, код уже отправлен.',
  'code.intro.voice': 'Если этот номер совпадает с сохранённым, мы уже звоним на него.',
  'code.intro.email': 'Если этот адрес совпадает с сохранённым, код уже отправлен.',
  'code.label': 'Код подтверждения',
  'code.expiresIn': 'Код истечёт {time}.',
  'code.expired': 'Срок действия кода истёк. Запросите новый.',
  'code.resent': 'Если введённые данные совпадают с сохранёнными, новый код уже отправлен.',
  'code.resendIn': 'Запросить новый код можно {time}.',
  'code.deliveryFailed': 'Не удалось доставить код. Отправьте новый или используйте другой способ.',

  'questions.heading': 'Ответьте на контрольные вопросы',
  'questions.intro': 'Регистр букв в ответах не учитывается.',

  'password.heading': 'Выберите новый пароль',
  'password.intro': 'Используйте длинную парольную фразу, которую вы больше нигде не используете.',
  'password.new': 'Новый пароль',
  'password.confirm': 'Подтвердите новый пароль',
  'password.show': 'Показать пароли',
  'password.rules': 'Требования к паролю',
  'password.rule.length': 'От {min} до {max} символов',
  'password.rule.match': 'Пароли совпадают',
  'password.rule.met': 'Выполнено:',
  'password.rule.unmet': 'Ещё не выполнено:',
  'password.mismatch': 'Пароли не совпадают.',

  'unlock.heading': 'Разблокировка учётной записи',
  'unlock.intro':
    'Вы подтвердили свою личность. Разблокируйте учётную запись, а затем войдите с текущим паролем.',

  'done.heading.reset': 'Пароль сброшен',
  'done.heading.unlock': 'Учётная запись разблокирована',
  'done.next.reset':
    'Войдите с новым паролем. Приложения и устройства, которые ещё используют старый, попросят вас войти снова.',
  'done.next.unlock': 'Теперь вы можете войти с текущим паролем.',
  'done.registerNext':
    'Зарегистрируйте новые способы подтверждения личности, чтобы в следующий раз сбросить пароль самостоятельно.',
  'action.registerMethods': 'Зарегистрировать новые способы проверки',

  'temporaryPass.heading': 'Введите временный пропуск',
  'temporaryPass.intro':
    'Введите пропуск, который вам выдал администратор. Вам ничего не отправляется.',
  'temporaryPass.label': 'Временный пропуск',

  'change.heading': 'Смена пароля',
  'change.heading.expired': 'Срок действия пароля истёк',
  'change.intro': 'Введите текущий пароль, а затем выберите новый.',
  'change.intro.expired': 'Чтобы продолжить, выберите новый пароль.',
  'change.current': 'Текущий пароль',
  'action.changePassword': 'Сменить пароль',
  'change.done.heading': 'Пароль изменён',
  'change.done.next':
    'Теперь используйте новый пароль. Приложения и устройства, которые ещё используют старый, попросят вас войти снова.',

  'register.heading': 'Ваши способы восстановления',
  'register.intro': 'Мы используем их, чтобы подтвердить вашу личность, если вы забудете пароль.',
  'register.status.registered': 'Всё готово.',
  'register.status.needs_reconfirmation': 'Проверьте, что эти данные по-прежнему ваши.',
  'register.status.missing':
    'Добавляйте способы, пока их не станет {count}, чтобы вы могли сбрасывать пароль самостоятельно.',
  'register.list': 'Зарегистрированные способы',
  'register.kind.mobile': 'Мобильный телефон {hint}',
  'register.kind.office': 'Рабочий телефон {hint}',
  'register.kind.email': 'Почта {hint}',
  'register.kind.securityQuestions': 'Контрольные вопросы',
  'register.kind.passkey': 'Ключ доступа',
  'register.kind.authenticator': 'Приложение-аутентификатор',
  'register.named': '{method} «{name}»',
  'register.use.never': 'Добавлен {created}. Ещё не использовался.',
  'register.use.last': 'Добавлен {created}. Последнее использование: {lastUsed}.',
  'register.name.help': 'Понятное вам название, до 64 символов.',
  'register.passkey.heading': 'Добавление ключа доступа',
  'register.passkey.intro':
    'С ключом доступа вы подтверждаете личность отпечатком пальца, лицом или блокировкой экрана. Браузер спросит, где его сохранить.',
  'register.passkey.name': 'Название ключа доступа',
  'register.passkey.added': 'Ключ доступа добавлен.',
  'register.passkey.tooMany': 'У вас уже максимальное число ключей доступа. Сначала удалите один.',
  'register.authenticator.heading': 'Настройка приложения-аутентификатора',
  'register.authenticator.scan': 'Отсканируйте этот QR-код приложением-аутентификатором.',
  'register.authenticator.qr': 'QR-код для сканирования приложением-аутентификатором',
  'register.authenticator.key': 'Не получается отсканировать? Введите в приложение этот ключ:',
  'register.authenticator.copied': 'Ключ скопирован.',
  'register.authenticator.copyFailed':
    'Не удалось скопировать ключ. Он выделен: скопируйте его вручную.',
  'register.authenticator.confirm':
    'Затем введите код, который показывает приложение, и дайте приложению название.',
  'register.authenticator.name': 'Название этого приложения',
  'register.authenticator.added': 'Приложение-аутентификатор добавлено.',
  'register.authenticator.expired': 'Время на настройку истекло. Настройте приложение заново.',
  'register.authenticator.tooMany':
    'У вас уже максимальное число приложений-аутентификаторов. Сначала удалите одно.',
  'register.rename.heading': 'Переименовать: {method}',
  'register.rename.name': 'Новое название',
  'register.renamed': 'Название сохранено.',
  'action.addPasskey': 'Добавить ключ доступа',
  'action.createPasskey': 'Создать ключ доступа',
  'action.setupAuthenticator': 'Настроить приложение-аутентификатор',
  'action.copyKey': 'Копировать ключ',
  'action.confirm': 'Подтвердить',
  'action.renameMethod': 'Переименовать: {method}',
  'register.fromDirectory': 'Из каталога вашей организации',
  'register.none': 'Способов пока нет.',
  'register.add.heading.mobile': 'Добавление номера телефона',
  'register.add.heading.email': 'Добавление адреса электронной почты',
  'register.add.intro': 'Мы отправим код для проверки.',
  'register.verify.intro': 'Мы отправили код на {hint}.',
  'register.added': 'Способ добавлен.',
  'register.removed': 'Способ удалён.',
  'register.reconfirmed': 'Спасибо, ваши способы подтверждены.',
  'register.questions.heading': 'Настройка контрольных вопросов',
  'register.questions.intro':
    'Выберите {count, plural, one {# вопрос} few {# разных вопроса} many {# разных вопросов} other {# разного вопроса}} с ответами, которые знаете только вы.',
  'register.questions.question': 'Вопрос {number}',
  'register.questions.answer': 'Ответ {number}',
  'register.questions.invalid': 'Проверьте отмеченные поля.',
  'register.questions.saved': 'Контрольные вопросы сохранены.',
  'action.addPhone': 'Добавить номер телефона',
  'action.addEmail': 'Добавить адрес электронной почты',
  'action.setQuestions': 'Настроить контрольные вопросы',
  'action.reconfirm': 'Всё верно',
  'action.skipForNow': 'Пропустить пока (осталось: {count})',
  'action.continue': 'Продолжить',
  'action.removeMethod': 'Удалить: {method}',
  'register.remove.confirm':
    'Удалить: {method}? Вы не сможете использовать этот способ для сброса пароля.',
  'action.confirmRemove': 'Да, удалить',
  'action.keepMethod': 'Оставить',
  'action.save': 'Сохранить',
  'answer.unknown_question': 'Выберите вопрос из списка.',
  'answer.duplicate_question': 'Для каждого ответа выберите другой вопрос.',
  'answer.too_short': 'Один из ответов слишком короткий.',
  'answer.too_long': 'Один из ответов слишком длинный.',
  'answer.duplicate_answer': 'На каждый вопрос дайте разный ответ.',
  'answer.contains_question': 'Ответ не должен повторять свой вопрос.',
  'answer.contains_name': 'Ответ не должен содержать ваше имя.',

  'blocked.heading': 'Самообслуживание временно заблокировано',
  'blocked.body':
    'Самообслуживание для этой учётной записи временно заблокировано. Повторите попытку {when} или обратитесь в службу поддержки.',
  'failure.heading': 'Что-то пошло не так',
  'helpdesk.url': 'Обратиться в службу поддержки',
  'helpdesk.email': 'Написать в службу поддержки: {email}',
  'helpdesk.none': 'Если не получается, обратитесь к администратору.',
  'status.loading': 'Загрузка…',
  'status.working': 'Подождите…',
  'field.required': 'Заполните это поле.',

  'error.invalid_request': 'Проверьте введённые данные и повторите попытку.',
  'error.captcha_failed': 'Пройдите проверку на человека и повторите попытку.',
  'captcha.working': 'Проверяем, что вы человек',
  'error.not_eligible': 'Для этой учётной записи самостоятельный сброс пароля недоступен.',
  'error.flow_not_found': 'Сеанс завершён. Начните заново.',
  'error.flow_expired': 'Срок действия сеанса истёк. Начните заново.',
  'error.invalid_state': 'Этот шаг больше недоступен. Начните заново.',
  'error.method_not_found': 'Этот способ недоступен. Выберите другой.',
  'error.method_already_used': 'Вы уже использовали этот способ. Выберите другой.',
  'error.confirm_required': 'Введите полный номер телефона или адрес электронной почты.',
  'error.rate_limited': 'Слишком много попыток. Повторите {when}.',
  'error.invalid_code': 'Код неверный или уже использован. Проверьте его и повторите попытку.',
  'error.code_expired': 'Срок действия кода истёк. Запросите новый.',
  'error.too_many_attempts': 'Этот код вводили слишком много раз. Запросите новый.',
  'error.invalid_answers':
    'Как минимум один ответ неверный. Вместо этого ответьте на следующие вопросы.',
  'error.blocked':
    'Самообслуживание для этой учётной записи временно заблокировано. Повторите попытку {when} или обратитесь в службу поддержки.',
  'error.password_required': 'Введите новый пароль.',
  'error.password_rejected': 'Выберите другой пароль:',
  'error.directory_error':
    'Сейчас не удалось обновить учётную запись. Повторите попытку чуть позже.',
  'error.conflict': 'За это время что-то изменилось. Повторите попытку.',
  'error.reauthentication_required': 'Чтобы внести это изменение, введите текущий пароль.',
  'error.user_not_found': 'Не удалось найти вашу учётную запись.',
  'error.method_not_allowed': 'Такой способ не разрешён.',
  'error.invalid_value':
    'Введите правильный номер телефона (с кодом страны) или адрес электронной почты.',
  'error.country_not_allowed':
    'На номера в этой стране коды не отправляются. Используйте другой номер.',
  'error.below_minimum': 'Этот способ нельзя удалить: нужно не меньше {count}.',
  'error.postpone_limit': 'Откладывать больше нельзя. Настройте сейчас.',
  'error.not_postponable': 'Это нельзя отложить.',
  'error.incorrect_password': 'Текущий пароль неверный.',
  'error.not_found': 'Сервис не найден.',
  'error.unsupported_method': 'Сервис отклонил запрос.',
  'error.invalid_json': 'Сервис отклонил запрос.',
  'error.payload_too_large': 'Введённый текст слишком длинный.',
  'error.unsupported_media_type': 'Сервис отклонил запрос.',
  'error.unauthenticated': 'Сначала войдите.',
  'error.forbidden': 'У вас нет прав на это действие.',
  'error.authentication_unavailable': 'Сейчас войти невозможно. Повторите попытку позже.',
  'error.not_implemented': 'Здесь это недоступно.',
  'error.internal': 'На нашей стороне что-то пошло не так. Повторите попытку позже.',
  'error.network_error':
    'Не удалось связаться с сервисом, или он отклонил запросы с этой страницы (её источник не разрешён). Повторите попытку позже или обратитесь в службу поддержки, если ошибка повторяется.',
  'error.invalid_response': 'Сервис дал неожиданный ответ. Повторите попытку позже.',
  'error.invalid_credential':
    'Не удалось проверить ключ доступа. Повторите попытку или используйте другой способ.',
  'error.strong_method_required':
    'На этом шаге используйте ключ доступа или приложение-аутентификатор.',
  'error.invalid_name': 'Укажите название длиной от 1 до 64 символов.',
  'error.too_many_methods':
    'У вас уже максимальное число способов этого типа. Сначала удалите один.',
  'error.passkey_canceled':
    'Окно ключа доступа было закрыто или время ожидания истекло. Повторите попытку, когда будете готовы.',
  'error.passkey_unsupported':
    'Этот браузер не поддерживает ключи доступа. Используйте другой способ или другой браузер.',
  'error.passkey_already_registered':
    'На этом устройстве уже есть ключ доступа для вашей учётной записи.',
  'error.passkey_failed':
    'Ключ доступа не сработал. Повторите попытку или используйте другой способ.',
  'error.unknown': 'Что-то пошло не так. Повторите попытку.',
  'error.directory.password_policy':
    'Каталог вашей организации отклонил этот пароль. Выберите другой.',

  'issue.too_short':
    'Пароль должен содержать не меньше {minimum, plural, one {# символа} few {# символов} many {# символов} other {# символа}} (сейчас {length}).',
  'issue.too_long':
    'Пароль должен содержать не больше {maximum, plural, one {# символа} few {# символов} many {# символов} other {# символа}} (сейчас {length}).',
  'issue.banned': 'Этот пароль слишком распространённый или его легко угадать.',
  'issue.breached': 'Этот пароль встречался в утечке данных.',
  'issue.reused':
    'Вы недавно использовали этот пароль. Выберите тот, который раньше не использовали.',
  'issue.contains_identifier':
    'Не используйте в пароле имя пользователя или адрес электронной почты.',

  'attemptsLeft.one': 'Осталась {count} попытка до блокировки самообслуживания.',
  'attemptsLeft.other':
    '{count, plural, one {Осталась # попытка} few {Осталось # попытки} many {Осталось # попыток} other {Осталось # попытки}} до блокировки самообслуживания.',

  'helpdesk.contactAdmin': 'Связаться с администратором',
  'helpdesk.contacted': 'Администратор уведомлён.',
};
