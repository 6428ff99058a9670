import type { Catalog } from './en.js';

/** Bulgarian (formal: вие; drafted by the maintainers). */
export const bg: Catalog = {
  'link.text': 'Нямате достъп до профила си?',
  'dialog.label': 'Възстановяване на профила',

  'identify.heading.reset': 'Нулиране на паролата',
  'identify.heading.unlock': 'Отключване на профила',
  'identify.intro':
    'Въведете потребителското си име или имейл адреса си и ще ви помогнем да влезете отново.',
  'identify.label': 'Потребителско име или имейл адрес',
  'identify.intent.legend': 'От какво имате нужда?',
  'identify.intent.reset': 'Забравих паролата си',
  'identify.intent.unlock': 'Профилът ми е заключен, но знам паролата си',

  'action.next': 'Напред',
  'action.back': 'Назад',
  'action.cancel': 'Отказ',
  'action.sendCode': 'Изпращане на код',
  'action.verify': 'Потвърждаване',
  'action.resend': 'Изпращане на нов код',
  'action.otherMethod': 'Използване на друг метод',
  'action.resetPassword': 'Нулиране на паролата',
  'action.unlock': 'Отключване на профила',
  'action.startOver': 'Започване отначало',
  'action.close': 'Затваряне',
  'action.signIn': 'Вход',

  'method.heading': 'Изберете как да потвърдите самоличността си',
  'method.progress': 'Проверка {current} от {total}',
  'method.gatePassed': 'Проверка {current} от {total} е успешна.',
  'method.legend': 'Метод за проверка',
  'method.mobileSms': 'Изпращане на код с SMS на мобилния ми телефон {hint}',
  'method.mobileVoice': 'Обаждане на мобилния ми телефон {hint}',
  'method.officeVoice': 'Обаждане на служебния ми телефон {hint}',
  'method.email': 'Изпращане на код по имейл до {hint}',
  'method.securityQuestions': 'Отговор на въпросите ми за сигурност',
  'method.passkey': 'Използване на ключ за достъп',
  'method.authenticatorApp': 'Въвеждане на код от приложението ми за удостоверяване',
  'method.temporary_access_pass': 'Използване на временен пропуск от администратора ми',
  'method.nextGate.strong_method_registered':
    'Профилът ви има ключ за достъп или приложение за удостоверяване. Използвайте едно от тях, за да продължите.',
  'method.nextGate.admin_phishing_resistant':
    'Администраторските профили трябва да използват ключ за достъп, за да продължат.',
  'passkey.heading': 'Използвайте ключа си за достъп',
  'passkey.intro':
    'Браузърът ще поиска ключа за достъп до този профил: на това устройство, на телефона ви или на ключ за сигурност.',
  'action.usePasskey': 'Използване на ключ за достъп',
  'authenticator.heading': 'Въведете кода от приложението за удостоверяване',
  'authenticator.intro':
    'Отворете приложението за удостоверяване, настроено за този профил, и въведете 6-цифрения код, който показва в момента.',
  'authenticator.label': '6-цифрен код',
  'authenticator.tooManyAttempts':
    'Твърде много грешни кодове от приложението. Опитайте отново по-късно.',
  'method.none': 'Не остава метод за проверка.',

  'confirm.heading.phone': 'Потвърдете телефонния си номер',
  'confirm.heading.email': 'Потвърдете имейл адреса си',
  'confirm.intro.phone':
    'За да защитим профила ви, въведете целия телефонен номер, който отговаря на {hint}. Ако съвпада, ще изпратим кода на него.',
  'confirm.intro.email':
    'За да защитим профила ви, въведете целия имейл адрес, който отговаря на {hint}. Ако съвпада, ще изпратим кода на него.',
  'confirm.label.phone': 'Пълен телефонен номер',
  'confirm.label.email': 'Пълен имейл адрес',
  'confirm.help.phone': 'Включете кода на държавата, например +359 88 123 4567.',

  'code.heading': 'Въведете кода',
  'code.intro.sms': 'Ако този номер съвпада със записания, кодът е на път.',
  'code.intro.voice': 'Ако този номер съвпада със записания, обаждаме се в момента.',
  'code.intro.email': 'Ако този адрес съвпада със записания, кодът е на път.',
  'code.label': 'Код за потвърждение',
  'code.expiresIn': 'Кодът изтича {time}.',
  'code.expired': 'Кодът е изтекъл. Поискайте нов.',
  'code.resent': 'Ако въведеното съвпада със записаното при нас, нов код е на път.',
  'code.resendIn': 'Можете да поискате нов код {time}.',
  'code.deliveryFailed':
    'Кодът не можа да бъде доставен. Изпратете нов или използвайте друг метод.',

  'questions.heading': 'Отговорете на въпросите си за сигурност',
  'questions.intro': 'Отговорите не правят разлика между главни и малки букви.',

  'password.heading': 'Изберете нова парола',
  'password.intro': 'Използвайте дълга фраза за достъп, която не използвате никъде другаде.',
  'password.new': 'Нова парола',
  'password.confirm': 'Потвърдете новата парола',
  'password.show': 'Показване на паролите',
  'password.rules': 'Изисквания за паролата',
  'password.rule.length': 'Между {min} и {max} знака',
  'password.rule.match': 'Двете пароли съвпадат',
  'password.rule.met': 'Изпълнени:',
  'password.rule.unmet': 'Все още неизпълнени:',
  'password.mismatch': 'Паролите не съвпадат.',

  'unlock.heading': 'Отключване на профила',
  'unlock.intro':
    'Потвърдихте самоличността си. Отключете профила, след което влезте с текущата си парола.',

  'done.heading.reset': 'Паролата ви е нулирана',
  'done.heading.unlock': 'Профилът ви е отключен',
  'done.next.reset':
    'Влезте с новата си парола. Приложенията и устройствата, които още използват старата, ще ви помолят да влезете отново.',
  'done.next.unlock': 'Вече можете да влезете с текущата си парола.',
  'done.registerNext':
    'Регистрирайте нови начини за потвърждаване на самоличността си, за да можете следващия път сами да нулирате паролата си.',
  'action.registerMethods': 'Регистриране на нови начини за проверка',

  'temporaryPass.heading': 'Въведете временния си пропуск',
  'temporaryPass.intro':
    'Въведете пропуска, който ви е дал администраторът. Нищо не ви се изпраща.',
  'temporaryPass.label': 'Временен пропуск',

  'change.heading': 'Смяна на паролата',
  'change.heading.expired': 'Паролата ви е изтекла',
  'change.intro': 'Въведете текущата си парола, след което изберете нова.',
  'change.intro.expired': 'Изберете нова парола, за да продължите.',
  'change.current': 'Текуща парола',
  'action.changePassword': 'Смяна на паролата',
  'change.done.heading': 'Паролата ви е сменена',
  'change.done.next':
    'Отсега нататък използвайте новата си парола. Приложенията и устройствата, които още използват старата, ще ви помолят да влезете отново.',

  'register.heading': 'Вашите методи за възстановяване',
  'register.intro': 'Използваме ги, за да потвърдим самоличността ви, ако забравите паролата си.',
  'register.status.registered': 'Всичко е готово.',
  'register.status.needs_reconfirmation': 'Проверете дали те все още са ваши.',
  'register.status.missing':
    'Добавяйте методи, докато не станат {count}, за да можете сами да нулирате паролата си.',
  'register.list': 'Регистрирани методи',
  'register.kind.mobile': 'Мобилен телефон {hint}',
  'register.kind.office': 'Служебен телефон {hint}',
  'register.kind.email': 'Имейл {hint}',
  'register.kind.securityQuestions': 'Въпроси за сигурност',
  'register.kind.passkey': 'Ключ за достъп',
  'register.kind.authenticator': 'Приложение за удостоверяване',
  'register.named': '{method} „{name}“',
  'register.use.never': 'Добавен на {created}. Все още не е използван.',
  'register.use.last': 'Добавен на {created}. Последно използван на {lastUsed}.',
  'register.name.help': 'Име, което ще разпознаете, до 64 знака.',
  'register.passkey.heading': 'Добавяне на ключ за достъп',
  'register.passkey.intro':
    'С ключ за достъп потвърждавате самоличността си с пръстов отпечатък, лице или заключване на екрана. Браузърът ще попита къде да го запази.',
  'register.passkey.name': 'Име на ключа за достъп',
  'register.passkey.added': 'Ключът за достъп е добавен.',
  'register.passkey.tooMany':
    'Имате максималния разрешен брой ключове за достъп. Първо премахнете един.',
  'register.authenticator.heading': 'Настройване на приложение за удостоверяване',
  'register.authenticator.scan': 'Сканирайте този QR код с приложението за удостоверяване.',
  'register.authenticator.qr': 'QR код за сканиране с приложението за удостоверяване',
  'register.authenticator.key':
    'Не може да се сканира? Вместо това въведете този ключ в приложението:',
  'register.authenticator.copied': 'Ключът е копиран.',
  'register.authenticator.copyFailed':
    'Ключът не можа да бъде копиран. Той е маркиран: копирайте го сами.',
  'register.authenticator.confirm':
    'След това въведете кода, който показва приложението, и дайте име на приложението.',
  'register.authenticator.name': 'Име на това приложение',
  'register.authenticator.added': 'Приложението за удостоверяване е добавено.',
  'register.authenticator.expired': 'Времето за настройване изтече. Настройте приложението отново.',
  'register.authenticator.tooMany':
    'Имате максималния разрешен брой приложения за удостоверяване. Първо премахнете едно.',
  'register.rename.heading': 'Преименуване: {method}',
  'register.rename.name': 'Ново име',
  'register.renamed': 'Името е запазено.',
  'action.addPasskey': 'Добавяне на ключ за достъп',
  'action.createPasskey': 'Създаване на ключ за достъп',
  'action.setupAuthenticator': 'Настройване на приложение за удостоверяване',
  'action.copyKey': 'Копиране на ключа',
  'action.confirm': 'Потвърждаване',
  'action.renameMethod': 'Преименуване: {method}',
  'register.fromDirectory': 'От директорията на вашата организация',
  'register.none': 'Все още няма методи.',
  'register.add.heading.mobile': 'Добавяне на телефонен номер',
  'register.add.heading.email': 'Добавяне на имейл адрес',
  'register.add.intro': 'Ще изпратим код, за да го проверим.',
  'register.verify.intro': 'Изпратихме код до {hint}.',
  'register.added': 'Методът е добавен.',
  'register.removed': 'Методът е премахнат.',
  'register.reconfirmed': 'Благодарим ви, методите ви са потвърдени.',
  'register.questions.heading': 'Настройване на въпроси за сигурност',
  'register.questions.intro':
    'Изберете {count, plural, one {# въпрос} other {# различни въпроса}} с отговори, които знаете само вие.',
  'register.questions.question': 'Въпрос {number}',
  'register.questions.answer': 'Отговор {number}',
  'register.questions.invalid': 'Проверете маркираните полета.',
  'register.questions.saved': 'Въпросите ви за сигурност са запазени.',
  'action.addPhone': 'Добавяне на телефонен номер',
  'action.addEmail': 'Добавяне на имейл адрес',
  'action.setQuestions': 'Настройване на въпроси за сигурност',
  'action.reconfirm': 'Всичко е вярно',
  'action.skipForNow': 'Пропускане засега (остават {count})',
  'action.continue': 'Продължаване',
  'action.removeMethod': 'Премахване: {method}',
  'register.remove.confirm':
    'Премахване: {method}? Няма да можете да го използвате за нулиране на паролата.',
  'action.confirmRemove': 'Да, премахване',
  'action.keepMethod': 'Не, оставете го',
  'action.save': 'Запазване',
  'answer.unknown_question': 'Изберете въпрос от списъка.',
  'answer.duplicate_question': 'Изберете различен въпрос за всеки отговор.',
  'answer.too_short': 'Един от отговорите е твърде кратък.',
  'answer.too_long': 'Един от отговорите е твърде дълъг.',
  'answer.duplicate_answer': 'Дайте различен отговор на всеки въпрос.',
  'answer.contains_question': 'Отговорът не трябва да повтаря въпроса си.',
  'answer.contains_name': 'Отговорът не трябва да съдържа името ви.',

  'blocked.heading': 'Самообслужването е блокирано засега',
  'blocked.body':
    'Самообслужването за този профил е блокирано засега. Опитайте отново {when} или се свържете с отдела за поддръжка.',
  'failure.heading': 'Нещо се обърка',
  'helpdesk.url': 'Свързване с отдела за поддръжка',
  'helpdesk.email': 'Пишете на отдела за поддръжка на {email}',
  'helpdesk.none': 'Ако сте блокирали, свържете се с администратора си.',
  'status.loading': 'Зареждане…',
  'status.working': 'Моля, изчакайте…',
  'field.required': 'Попълнете това поле.',

  'error.invalid_request': 'Проверете въведеното и опитайте отново.',
  'error.captcha_failed': 'Завършете проверката, че сте човек, и опитайте отново.',
  'captcha.working': 'Проверяваме дали сте човек',
  'error.not_eligible': 'Този профил не може да използва нулиране на паролата чрез самообслужване.',
  'error.flow_not_found': 'Тази сесия приключи. Започнете отначало.',
  'error.flow_expired': 'Тази сесия е изтекла. Започнете отначало.',
  'error.invalid_state': 'Тази стъпка вече не е възможна. Започнете отначало.',
  'error.method_not_found': 'Този метод не е наличен. Изберете друг.',
  'error.method_already_used': 'Вече използвахте този метод. Изберете друг.',
  'error.confirm_required': 'Въведете целия телефонен номер или имейл адрес.',
  'error.rate_limited': 'Твърде много опити. Опитайте отново {when}.',
  'error.invalid_code': 'Кодът е грешен или вече е използван. Проверете го и опитайте отново.',
  'error.code_expired': 'Кодът е изтекъл. Поискайте нов.',
  'error.too_many_attempts': 'Този код е опитан твърде много пъти. Поискайте нов.',
  'error.invalid_answers': 'Поне един отговор беше грешен. Вместо това отговорете на тези въпроси.',
  'error.blocked':
    'Самообслужването за този профил е блокирано засега. Опитайте отново {when} или се свържете с отдела за поддръжка.',
  'error.password_required': 'Въведете нова парола.',
  'error.password_rejected': 'Изберете друга парола:',
  'error.directory_error':
    'Не успяхме да актуализираме профила ви в момента. Опитайте отново след малко.',
  'error.conflict': 'Междувременно нещо се промени. Опитайте отново.',
  'error.reauthentication_required': 'Въведете текущата си парола, за да направите тази промяна.',
  'error.user_not_found': 'Не намерихме профила ви.',
  'error.method_not_allowed': 'Този вид метод не е разрешен.',
  'error.invalid_value':
    'Въведете валиден телефонен номер (с кода на държавата) или валиден имейл адрес.',
  'error.country_not_allowed':
    'Не могат да се изпращат кодове до номера в тази държава. Използвайте друг номер.',
  'error.below_minimum': 'Не можете да премахнете този метод: нужни са ви поне {count}.',
  'error.postpone_limit': 'Не можете да отлагате повече. Настройте го сега.',
  'error.not_postponable': 'Това не може да бъде отложено.',
  'error.incorrect_password': 'Текущата ви парола е грешна.',
  'error.not_found': 'Услугата не е намерена.',
  'error.unsupported_method': 'Услугата отказа заявката.',
  'error.invalid_json': 'Услугата отказа заявката.',
  'error.payload_too_large': 'Въведеното е твърде дълго.',
  'error.unsupported_media_type': 'Услугата отказа заявката.',
  'error.unauthenticated': 'Първо влезте.',
  'error.forbidden': 'Нямате разрешение да направите това.',
  'error.authentication_unavailable':
    'В момента не е възможно да влезете. Опитайте отново по-късно.',
  'error.not_implemented': 'Това не е налично тук.',
  'error.internal': 'Нещо се обърка при нас. Опитайте отново по-късно.',
  'error.network_error':
    'Услугата не е достъпна или отказа заявките от тази страница (произходът ѝ не е разрешен). Опитайте отново по-късно или се свържете с отдела за поддръжка, ако проблемът продължава.',
  'error.invalid_response': 'Услугата даде неочакван отговор. Опитайте отново по-късно.',
  'error.invalid_credential':
    'Ключът за достъп не можа да бъде потвърден. Опитайте отново или използвайте друг метод.',
  'error.strong_method_required':
    'За тази стъпка използвайте ключ за достъп или приложение за удостоверяване.',
  'error.invalid_name': 'Дайте име с дължина от 1 до 64 знака.',
  'error.too_many_methods':
    'Имате максималния разрешен брой методи от този вид. Първо премахнете един.',
  'error.passkey_canceled':
    'Прозорецът на ключа за достъп беше затворен или времето изтече. Опитайте отново, когато сте готови.',
  'error.passkey_unsupported':
    'Този браузър не поддържа ключове за достъп. Използвайте друг метод или друг браузър.',
  'error.passkey_already_registered': 'Това устройство вече има ключ за достъп до профила ви.',
  'error.passkey_failed':
    'Ключът за достъп не проработи. Опитайте отново или използвайте друг метод.',
  'error.unknown': 'Нещо се обърка. Опитайте отново.',
  'error.directory.password_policy':
    'Директорията на организацията ви отказа тази парола. Изберете друга.',

  'issue.too_short':
    'Използвайте поне {minimum, plural, one {# знак} other {# знака}} (тази има {length}).',
  'issue.too_long':
    'Използвайте най-много {maximum, plural, one {# знак} other {# знака}} (тази има {length}).',
  'issue.banned': 'Тази парола е твърде често срещана или лесна за отгатване.',
  'issue.breached': 'Тази парола се е появила при изтичане на данни.',
  'issue.reused':
    'Наскоро използвахте тази парола. Изберете такава, която не сте използвали досега.',
  'issue.contains_identifier':
    'Не използвайте потребителското си име или имейл адреса си в паролата.',

  'attemptsLeft.one': 'Остава {count} опит, преди самообслужването да бъде блокирано.',
  'attemptsLeft.other': 'Остават {count} опита, преди самообслужването да бъде блокирано.',

  'helpdesk.contactAdmin': 'Свързване с администратора',
  'helpdesk.contacted': 'Администраторът е уведомен.',
};
