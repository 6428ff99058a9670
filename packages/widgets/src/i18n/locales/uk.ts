import type { Catalog } from './en.js';

/** Ukrainian (formal: ви; drafted by the maintainers). */
export const uk: Catalog = {
  'link.text': 'Не вдається ввійти в обліковий запис?',
  'dialog.label': 'Відновлення облікового запису',

  'identify.heading.reset': 'Скидання пароля',
  'identify.heading.unlock': 'Розблокування облікового запису',
  'identify.intro':
    'Введіть ім’я користувача або адресу електронної пошти, і ми допоможемо вам знову ввійти.',
  'identify.label': 'Ім’я користувача або адреса електронної пошти',
  'identify.intent.legend': 'Що вам потрібно?',
  'identify.intent.reset': 'Я забув пароль',
  'identify.intent.unlock': 'Мій обліковий запис заблоковано, але я знаю пароль',

  'action.next': 'Далі',
  'action.back': 'Назад',
  'action.cancel': 'Скасувати',
  'action.sendCode': 'Надіслати код',
  'action.verify': 'Підтвердити',
  'action.resend': 'Надіслати новий код',
  'action.otherMethod': 'Використати інший спосіб',
  'action.resetPassword': 'Скинути пароль',
  'action.unlock': 'Розблокувати',
  'action.startOver': 'Почати знову',
  'action.close': 'Закрити',
  'action.signIn': 'Увійти',

  'method.heading': 'Виберіть спосіб підтвердження особи',
  'method.progress': 'Перевірка {current} з {total}',
  'method.gatePassed': 'Перевірку {current} з {total} пройдено.',
  'method.legend': 'Спосіб перевірки',
  'method.mobileSms': 'Надіслати код у SMS на мій мобільний {hint}',
  'method.mobileVoice': 'Зателефонувати на мій мобільний {hint}',
  'method.officeVoice': 'Зателефонувати на мій робочий телефон {hint}',
  'method.email': 'Надіслати код на пошту {hint}',
  'method.securityQuestions': 'Відповісти на контрольні запитання',
  'method.passkey': 'Використати ключ доступу',
  'method.authenticatorApp': 'Ввести код із застосунку автентифікації',
  'method.temporary_access_pass': 'Використати тимчасову перепустку від адміністратора',
  'method.nextGate.strong_method_registered':
    'Ваш обліковий запис має ключ доступу або застосунок автентифікації. Щоб продовжити, скористайтеся одним із них.',
  'method.nextGate.admin_phishing_resistant':
    'Облікові записи адміністраторів мають використовувати ключ доступу, щоб продовжити.',
  'passkey.heading': 'Скористайтеся ключем доступу',
  'passkey.intro':
    'Браузер попросить ключ доступу цього облікового запису: на цьому пристрої, на телефоні або на ключі безпеки.',
  'action.usePasskey': 'Використати ключ доступу',
  'authenticator.heading': 'Введіть код із застосунку автентифікації',
  'authenticator.intro':
    'Відкрийте застосунок автентифікації, налаштований для цього облікового запису, і введіть 6-значний код, який він зараз показує.',
  'authenticator.label': '6-значний код',
  'authenticator.tooManyAttempts': 'Забагато неправильних кодів із застосунку. Спробуйте пізніше.',
  'method.none': 'Не залишилося доступних способів перевірки.',

  'confirm.heading.phone': 'Підтвердьте номер телефону',
  'confirm.heading.email': 'Підтвердьте адресу електронної пошти',
  'confirm.intro.phone':
    'Щоб захистити обліковий запис, введіть повний номер телефону, прихований за {hint}. Якщо він збігається, ми надішлемо на нього код.',
  'confirm.intro.email':
    'Щоб захистити обліковий запис, введіть повну адресу електронної пошти, приховану за {hint}. Якщо вона збігається, ми надішлемо на неї код.',
  'confirm.label.phone': 'Повний номер телефону',
  'confirm.label.email': 'Повна адреса електронної пошти',
  'confirm.help.phone': 'Укажіть код країни, наприклад +380 67 123 4567.',

  'code.heading': 'Введіть код',
  'code.intro.sms': 'Якщо цей номер збігається зі збереженим, код уже надіслано.',
  'code.intro.voice': 'Якщо цей номер збігається зі збереженим, ми вже телефонуємо на нього.',
  'code.intro.email': 'Якщо ця адреса збігається зі збереженою, код уже надіслано.',
  'code.label': 'Код підтвердження',
  'code.expiresIn': 'Код утратить чинність {time}.',
  'code.expired': 'Термін дії коду минув. Запросіть новий.',
  'code.resent': 'Якщо введені дані збігаються зі збереженими, новий код уже надіслано.',
  'code.resendIn': 'Запросити новий код можна {time}.',
  'code.deliveryFailed':
    'Не вдалося доставити код. Надішліть новий або скористайтеся іншим способом.',

  'questions.heading': 'Дайте відповіді на контрольні запитання',
  'questions.intro': 'Регістр літер у відповідях не враховується.',

  'password.heading': 'Виберіть новий пароль',
  'password.intro': 'Використовуйте довгу парольну фразу, якої ви більше ніде не використовуєте.',
  'password.new': 'Новий пароль',
  'password.confirm': 'Підтвердьте новий пароль',
  'password.show': 'Показати паролі',
  'password.rules': 'Вимоги до пароля',
  'password.rule.length': 'Від {min} до {max} символів',
  'password.rule.match': 'Паролі збігаються',
  'password.rule.met': 'Виконано:',
  'password.rule.unmet': 'Ще не виконано:',
  'password.mismatch': 'Паролі не збігаються.',

  'unlock.heading': 'Розблокування облікового запису',
  'unlock.intro':
    'Ви підтвердили свою особу. Розблокуйте обліковий запис, а потім увійдіть із поточним паролем.',

  'done.heading.reset': 'Пароль скинуто',
  'done.heading.unlock': 'Обліковий запис розблоковано',
  'done.next.reset':
    'Увійдіть із новим паролем. Застосунки й пристрої, які ще використовують старий, попросять вас увійти знову.',
  'done.next.unlock': 'Тепер ви можете ввійти з поточним паролем.',
  'done.registerNext':
    'Зареєструйте нові способи підтвердження особи, щоб наступного разу скинути пароль самостійно.',
  'action.registerMethods': 'Зареєструвати нові способи перевірки',

  'temporaryPass.heading': 'Введіть тимчасову перепустку',
  'temporaryPass.intro':
    'Введіть перепустку, яку вам видав адміністратор. Вам нічого не надсилається.',
  'temporaryPass.label': 'Тимчасова перепустка',

  'change.heading': 'Зміна пароля',
  'change.heading.expired': 'Термін дії пароля минув',
  'change.intro': 'Введіть поточний пароль, а потім виберіть новий.',
  'change.intro.expired': 'Щоб продовжити, виберіть новий пароль.',
  'change.current': 'Поточний пароль',
  'action.changePassword': 'Змінити пароль',
  'change.done.heading': 'Пароль змінено',
  'change.done.next':
    'Відтепер використовуйте новий пароль. Застосунки й пристрої, які ще використовують старий, попросять вас увійти знову.',

  'register.heading': 'Ваші способи відновлення',
  'register.intro': 'Ми використовуємо їх, щоб підтвердити вашу особу, якщо ви забудете пароль.',
  'register.status.registered': 'Усе готово.',
  'register.status.needs_reconfirmation': 'Перевірте, чи ці дані досі ваші.',
  'register.status.missing':
    'Додавайте способи, доки їх не стане {count}, щоб ви могли скидати пароль самостійно.',
  'register.list': 'Зареєстровані способи',
  'register.kind.mobile': 'Мобільний телефон {hint}',
  'register.kind.office': 'Робочий телефон {hint}',
  'register.kind.email': 'Пошта {hint}',
  'register.kind.securityQuestions': 'Контрольні запитання',
  'register.kind.passkey': 'Ключ доступу',
  'register.kind.authenticator': 'Застосунок автентифікації',
  'register.named': '{method} «{name}»',
  'register.use.never': 'Додано {created}. Ще не використовувався.',
  'register.use.last': 'Додано {created}. Востаннє використано {lastUsed}.',
  'register.name.help': 'Зрозуміла вам назва, до 64 символів.',
  'register.passkey.heading': 'Додавання ключа доступу',
  'register.passkey.intro':
    'З ключем доступу ви підтверджуєте особу відбитком пальця, обличчям або блокуванням екрана. Браузер запитає, де його зберегти.',
  'register.passkey.name': 'Назва ключа доступу',
  'register.passkey.added': 'Ключ доступу додано.',
  'register.passkey.tooMany':
    'У вас уже максимальна кількість ключів доступу. Спершу видаліть один.',
  'register.authenticator.heading': 'Налаштування застосунку автентифікації',
  'register.authenticator.scan': 'Відскануйте цей QR-код застосунком автентифікації.',
  'register.authenticator.qr': 'QR-код для сканування застосунком автентифікації',
  'register.authenticator.key': 'Не вдається відсканувати? Введіть у застосунок цей ключ:',
  'register.authenticator.copied': 'Ключ скопійовано.',
  'register.authenticator.copyFailed':
    'Не вдалося скопіювати ключ. Його виділено: скопіюйте вручну.',
  'register.authenticator.confirm':
    'Потім введіть код, який показує застосунок, і дайте застосунку назву.',
  'register.authenticator.name': 'Назва цього застосунку',
  'register.authenticator.added': 'Застосунок автентифікації додано.',
  'register.authenticator.expired': 'Час на налаштування вичерпано. Налаштуйте застосунок знову.',
  'register.authenticator.tooMany':
    'У вас уже максимальна кількість застосунків автентифікації. Спершу видаліть один.',
  'register.rename.heading': 'Перейменувати: {method}',
  'register.rename.name': 'Нова назва',
  'register.renamed': 'Назву збережено.',
  'action.addPasskey': 'Додати ключ доступу',
  'action.createPasskey': 'Створити ключ доступу',
  'action.setupAuthenticator': 'Налаштувати застосунок автентифікації',
  'action.copyKey': 'Копіювати ключ',
  'action.confirm': 'Підтвердити',
  'action.renameMethod': 'Перейменувати: {method}',
  'register.fromDirectory': 'З каталогу вашої організації',
  'register.none': 'Способів поки немає.',
  'register.add.heading.mobile': 'Додавання номера телефону',
  'register.add.heading.email': 'Додавання адреси електронної пошти',
  'register.add.intro': 'Ми надішлемо код для перевірки.',
  'register.verify.intro': 'Ми надіслали код на {hint}.',
  'register.added': 'Спосіб додано.',
  'register.removed': 'Спосіб видалено.',
  'register.reconfirmed': 'Дякуємо, ваші способи підтверджено.',
  'register.questions.heading': 'Налаштування контрольних запитань',
  'register.questions.intro':
    'Виберіть {count, plural, one {# запитання} few {# різні запитання} many {# різних запитань} other {# різного запитання}} з відповідями, які знаєте лише ви.',
  'register.questions.question': 'Запитання {number}',
  'register.questions.answer': 'Відповідь {number}',
  'register.questions.invalid': 'Перевірте позначені поля.',
  'register.questions.saved': 'Контрольні запитання збережено.',
  'action.addPhone': 'Додати номер телефону',
  'action.addEmail': 'Додати адресу електронної пошти',
  'action.setQuestions': 'Налаштувати контрольні запитання',
  'action.reconfirm': 'Усе правильно',
  'action.skipForNow': 'Пропустити поки що (залишилося: {count})',
  'action.continue': 'Продовжити',
  'action.removeMethod': 'Видалити: {method}',
  'register.remove.confirm':
    'Видалити: {method}? Ви не зможете використовувати цей спосіб для скидання пароля.',
  'action.confirmRemove': 'Так, видалити',
  'action.keepMethod': 'Залишити',
  'action.save': 'Зберегти',
  'answer.unknown_question': 'Виберіть запитання зі списку.',
  'answer.duplicate_question': 'Для кожної відповіді виберіть інше запитання.',
  'answer.too_short': 'Одна з відповідей закоротка.',
  'answer.too_long': 'Одна з відповідей задовга.',
  'answer.duplicate_answer': 'На кожне запитання дайте іншу відповідь.',
  'answer.contains_question': 'Відповідь не повинна повторювати своє запитання.',
  'answer.contains_name': 'Відповідь не повинна містити ваше ім’я.',

  'blocked.heading': 'Самообслуговування тимчасово заблоковано',
  'blocked.body':
    'Самообслуговування для цього облікового запису тимчасово заблоковано. Спробуйте ще раз {when} або зверніться до служби підтримки.',
  'failure.heading': 'Щось пішло не так',
  'helpdesk.url': 'Звернутися до служби підтримки',
  'helpdesk.email': 'Написати до служби підтримки: {email}',
  'helpdesk.none': 'Якщо нічого не виходить, зверніться до адміністратора.',
  'status.loading': 'Завантаження…',
  'status.working': 'Зачекайте…',
  'field.required': 'Заповніть це поле.',

  'error.invalid_request': 'Перевірте введені дані й спробуйте ще раз.',
  'error.captcha_failed': 'Пройдіть перевірку на людину й спробуйте ще раз.',
  'captcha.working': 'Перевіряємо, що ви людина',
  'error.not_eligible': 'Для цього облікового запису самостійне скидання пароля недоступне.',
  'error.flow_not_found': 'Сеанс завершено. Почніть знову.',
  'error.flow_expired': 'Термін дії сеансу минув. Почніть знову.',
  'error.invalid_state': 'Цей крок більше недоступний. Почніть знову.',
  'error.method_not_found': 'Цей спосіб недоступний. Виберіть інший.',
  'error.method_already_used': 'Ви вже використали цей спосіб. Виберіть інший.',
  'error.confirm_required': 'Введіть повний номер телефону або адресу електронної пошти.',
  'error.rate_limited': 'Забагато спроб. Спробуйте ще раз {when}.',
  'error.invalid_code': 'Код неправильний або вже використаний. Перевірте його й спробуйте ще раз.',
  'error.code_expired': 'Термін дії коду минув. Запросіть новий.',
  'error.too_many_attempts': 'Цей код вводили забагато разів. Запросіть новий.',
  'error.invalid_answers':
    'Щонайменше одна відповідь неправильна. Натомість дайте відповіді на ці запитання.',
  'error.blocked':
    'Самообслуговування для цього облікового запису тимчасово заблоковано. Спробуйте ще раз {when} або зверніться до служби підтримки.',
  'error.password_required': 'Введіть новий пароль.',
  'error.password_rejected': 'Виберіть інший пароль:',
  'error.directory_error': 'Зараз не вдалося оновити обліковий запис. Спробуйте трохи згодом.',
  'error.conflict': 'За цей час щось змінилося. Спробуйте ще раз.',
  'error.reauthentication_required': 'Щоб внести цю зміну, введіть поточний пароль.',
  'error.user_not_found': 'Не вдалося знайти ваш обліковий запис.',
  'error.method_not_allowed': 'Такий спосіб не дозволено.',
  'error.invalid_value':
    'Введіть правильний номер телефону (з кодом країни) або адресу електронної пошти.',
  'error.country_not_allowed':
    'На номери в цій країні коди не надсилаються. Використайте інший номер.',
  'error.below_minimum': 'Цей спосіб не можна видалити: потрібно щонайменше {count}.',
  'error.postpone_limit': 'Відкладати більше не можна. Налаштуйте зараз.',
  'error.not_postponable': 'Це не можна відкласти.',
  'error.incorrect_password': 'Поточний пароль неправильний.',
  'error.not_found': 'Сервіс не знайдено.',
  'error.unsupported_method': 'Сервіс відхилив запит.',
  'error.invalid_json': 'Сервіс відхилив запит.',
  'error.payload_too_large': 'Введений текст задовгий.',
  'error.unsupported_media_type': 'Сервіс відхилив запит.',
  'error.unauthenticated': 'Спершу ввійдіть.',
  'error.forbidden': 'У вас немає дозволу на цю дію.',
  'error.authentication_unavailable': 'Зараз увійти неможливо. Спробуйте пізніше.',
  'error.not_implemented': 'Тут це недоступно.',
  'error.internal': 'На нашому боці щось пішло не так. Спробуйте пізніше.',
  'error.network_error':
    'Не вдалося зв’язатися із сервісом, або він відхилив запити з цієї сторінки (її джерело не дозволено). Спробуйте пізніше або зверніться до служби підтримки, якщо помилка повторюється.',
  'error.invalid_response': 'Сервіс дав неочікувану відповідь. Спробуйте пізніше.',
  'error.invalid_credential':
    'Не вдалося перевірити ключ доступу. Спробуйте ще раз або скористайтеся іншим способом.',
  'error.strong_method_required':
    'На цьому кроці скористайтеся ключем доступу або застосунком автентифікації.',
  'error.invalid_name': 'Укажіть назву довжиною від 1 до 64 символів.',
  'error.too_many_methods':
    'У вас уже максимальна кількість способів цього типу. Спершу видаліть один.',
  'error.passkey_canceled':
    'Вікно ключа доступу закрито або час очікування минув. Спробуйте ще раз, коли будете готові.',
  'error.passkey_unsupported':
    'Цей браузер не підтримує ключі доступу. Скористайтеся іншим способом або іншим браузером.',
  'error.passkey_already_registered':
    'На цьому пристрої вже є ключ доступу для вашого облікового запису.',
  'error.passkey_failed':
    'Ключ доступу не спрацював. Спробуйте ще раз або скористайтеся іншим способом.',
  'error.unknown': 'Щось пішло не так. Спробуйте ще раз.',
  'error.directory.password_policy':
    'Каталог вашої організації відхилив цей пароль. Виберіть інший.',

  'issue.too_short':
    'Пароль має містити щонайменше {minimum, plural, one {# символ} few {# символи} many {# символів} other {# символу}} (зараз {length}).',
  'issue.too_long':
    'Пароль має містити не більше {maximum, plural, one {# символу} few {# символів} many {# символів} other {# символу}} (зараз {length}).',
  'issue.banned': 'Цей пароль надто поширений або його легко вгадати.',
  'issue.breached': 'Цей пароль траплявся у витоку даних.',
  'issue.reused':
    'Ви нещодавно використовували цей пароль. Виберіть той, якого раніше не використовували.',
  'issue.contains_identifier':
    'Не використовуйте в паролі ім’я користувача або адресу електронної пошти.',

  'attemptsLeft.one': 'Залишилася {count} спроба до блокування самообслуговування.',
  'attemptsLeft.other':
    '{count, plural, one {Залишилася # спроба} few {Залишилося # спроби} many {Залишилося # спроб} other {Залишилося # спроби}} до блокування самообслуговування.',

  'helpdesk.contactAdmin': 'Звернутися до адміністратора',
  'helpdesk.contacted': 'Адміністратора повідомлено.',
};
