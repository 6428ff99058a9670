import type { MessageCatalog } from '../message-catalog.js';

/** Ukrainian (formal: ви; drafted by the maintainers). */
export const uk: MessageCatalog = {
  smsCode:
    'Ваш код підтвердження {org}: {code}. Він дійсний {minutes}. Нікому його не повідомляйте.',
  voiceIntro: 'Добрий день, це {org}. Ваш код підтвердження',
  emailCodeSubject: 'Ваш код підтвердження {org}',
  emailCodeHeading: 'Ваш код підтвердження',
  emailCodeBody: 'Введіть цей код, щоб підтвердити, що це ви:',
  emailCodeExpiry: 'Код дійсний {minutes}. Нікому його не повідомляйте.',
  emailCodeIgnore:
    'Якщо ви не запитували цей код, просто проігноруйте цей лист. Можливо, хтось ввів вашу адресу помилково.',
  resetNoticeSubject: 'Ваш пароль {org} скинуто',
  resetNoticeHeading: 'Ваш пароль скинуто',
  resetNoticeBody: 'Пароль вашого облікового запису {org} було скинуто {time}.',
  unlockNoticeSubject: 'Ваш обліковий запис {org} розблоковано',
  unlockNoticeHeading: 'Ваш обліковий запис розблоковано',
  unlockNoticeBody: 'Ваш обліковий запис {org} було розблоковано {time}.',
  passwordChangedSubject: 'Ваш пароль {org} змінено',
  passwordChangedHeading: 'Ваш пароль змінено',
  passwordChangedBody: 'Пароль вашого облікового запису {org} було змінено {time}.',
  methodAddedSubject: 'До вашого облікового запису {org} додано спосіб відновлення',
  methodAddedHeading: 'Додано спосіб відновлення',
  methodAddedBody: 'Цей спосіб відновлення було додано до вашого облікового запису {org} {time}:',
  methodRemovedSubject: 'З вашого облікового запису {org} видалено спосіб відновлення',
  methodRemovedHeading: 'Видалено спосіб відновлення',
  methodRemovedBody:
    'Цей спосіб відновлення було видалено з вашого облікового запису {org} {time}:',
  methodMobile: 'Мобільний телефон',
  methodOffice: 'Робочий телефон',
  methodEmail: 'Адреса електронної пошти',
  methodSecurityQuestions: 'Контрольні запитання',
  methodPasskey: 'Ключ доступу',
  methodAuthenticator: 'Застосунок автентифікації',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Резервну адресу пошти вашого облікового запису {org} змінено',
  emailChangedHeading: 'Вашу резервну адресу пошти змінено',
  emailChangedBody:
    'Адресу пошти для відновлення вашого облікового запису {org} було змінено {time}.',
  emailChangedNewAddress: 'Нова адреса: {hint}.',
  emailChangedWhy:
    'Ми надсилаємо це повідомлення на вашу попередню адресу, щоб ви знали про зміну.',
  selfServiceBlockedSubject: 'Скидання пароля для вашого облікового запису {org} призупинено',
  selfServiceBlockedHeading: 'Скидання пароля призупинено',
  selfServiceBlockedBody:
    'Хтось забагато разів ввів неправильні коди підтвердження або відповіді для вашого облікового запису {org}, тому самостійне скидання пароля й розблокування призупинено на {hours} починаючи з {time}.',
  selfServiceBlockedNext: 'Ваш пароль не змінено. Якщо це були ви, спробуйте пізніше.',
  passwordExpiringSubject: 'Термін дії вашого пароля {org} скоро мине',
  passwordExpiringHeading: 'Термін дії пароля скоро мине',
  passwordExpiringBody: 'Термін дії пароля вашого облікового запису {org} мине {time}.',
  passwordExpiringNext:
    'Змініть його до цього часу, щоб і далі входити без перешкод. Після цього під час входу вас попросять змінити пароль.',
  registrationReminderSubject: 'Налаштуйте скидання пароля для облікового запису {org}',
  registrationReminderHeading: 'Налаштуйте скидання пароля',
  registrationReminderBody:
    'Ваш обліковий запис {org} ще не має способів відновлення або їх замало, щоб скинути пароль самостійно.',
  registrationReminderNext:
    'Додайте їх під час наступного входу, щоб скинути забутий пароль, не звертаючись по допомогу.',
  reconfirmationReminderSubject: 'Перевірте способи відновлення облікового запису {org}',
  reconfirmationReminderHeading: 'Ваші способи відновлення ще актуальні?',
  reconfirmationReminderBody:
    'Ви давно не підтверджували способи відновлення облікового запису {org}.',
  reconfirmationReminderNext:
    'Увійдіть і підтвердьте, що вони досі ваші, або оновіть їх, щоб завжди мати змогу скинути пароль.',
  resetRequestedSubject: 'Хтось запросив скидання вашого пароля {org}',
  resetRequestedHeading: 'Запитано скидання пароля',
  resetRequestedBody:
    'Хтось запросив скидання пароля вашого облікового запису {org} {time} і не завершив його.',
  resetRequestedNext: 'Ваш пароль не змінено. Якщо це були ви, проігноруйте це повідомлення.',
  greeting: 'Добрий день, {user}!',
  notYouHelpdesk: 'Якщо це були не ви, негайно зверніться до {helpdesk}.',
  notYouAdmin: 'Якщо це були не ви, негайно зверніться до адміністратора.',
  adminNoticeSubject: '{org}: адміністратор {user} скинув власний пароль',
  adminNoticeHeading: 'Адміністратор скинув власний пароль',
  adminNoticeBody: '{user} скинув власний пароль {time}.',
  adminNoticeHint:
    'Ви отримали це повідомлення, оскільки є адміністратором {org}. Якщо ви цього не очікували, перевірте звіт про скидання паролів.',
  helpRequestedSubject: '{org}: {user} просить адміністратора допомогти з паролем',
  helpRequestedHeading: 'Користувач просить допомоги',
  helpRequestedBody:
    '{user} не вдалося самостійно скинути пароль, і {time} користувач попросив допомоги адміністратора.',
  helpRequestedHint:
    'Перевірте разом із користувачем його способи відновлення або видайте тимчасову перепустку на сторінці адміністрування.',
  footer: 'Це автоматичне повідомлення від {org}. Не відповідайте на нього.',

  adminResetByAdminSubject: '{org}: {actor} скинув пароль адміністратора {user}',
  adminResetByAdminHeading: 'Інший адміністратор скинув пароль адміністратора',
  adminResetByAdminBody: '{actor} скинув пароль користувача {user} {time}.',
};
