import type { MessageCatalog } from '../message-catalog.js';

/** Russian (formal: вы; drafted by the maintainers). */
export const ru: MessageCatalog = {
  smsCode: 'Ваш код подтверждения {org}: {code}. Он действует {minutes}. Никому его не сообщайте.',
  voiceIntro: 'Здравствуйте, это {org}. Ваш код подтверждения',
  emailCodeSubject: 'Ваш код подтверждения {org}',
  emailCodeHeading: 'Ваш код подтверждения',
  emailCodeBody: 'Введите этот код, чтобы подтвердить, что это вы:',
  emailCodeExpiry: 'Код действует {minutes}. Никому его не сообщайте.',
  emailCodeIgnore:
    'Если вы не запрашивали этот код, просто проигнорируйте это письмо. Возможно, кто-то ввёл ваш адрес по ошибке.',
  resetNoticeSubject: 'Ваш пароль {org} сброшен',
  resetNoticeHeading: 'Ваш пароль сброшен',
  resetNoticeBody: 'Пароль вашей учётной записи {org} был сброшен {time}.',
  unlockNoticeSubject: 'Ваша учётная запись {org} разблокирована',
  unlockNoticeHeading: 'Ваша учётная запись разблокирована',
  unlockNoticeBody: 'Ваша учётная запись {org} была разблокирована {time}.',
  passwordChangedSubject: 'Ваш пароль {org} изменён',
  passwordChangedHeading: 'Ваш пароль изменён',
  passwordChangedBody: 'Пароль вашей учётной записи {org} был изменён {time}.',
  methodAddedSubject: 'В вашу учётную запись {org} добавлен способ восстановления',
  methodAddedHeading: 'Добавлен способ восстановления',
  methodAddedBody: 'Этот способ восстановления был добавлен в вашу учётную запись {org} {time}:',
  methodRemovedSubject: 'Из вашей учётной записи {org} удалён способ восстановления',
  methodRemovedHeading: 'Удалён способ восстановления',
  methodRemovedBody: 'Этот способ восстановления был удалён из вашей учётной записи {org} {time}:',
  methodMobile: 'Мобильный телефон',
  methodOffice: 'Рабочий телефон',
  methodEmail: 'Адрес электронной почты',
  methodSecurityQuestions: 'Контрольные вопросы',
  methodPasskey: 'Ключ доступа',
  methodAuthenticator: 'Приложение-аутентификатор',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Резервный адрес почты вашей учётной записи {org} изменён',
  emailChangedHeading: 'Ваш резервный адрес почты изменён',
  emailChangedBody: 'Адрес почты для восстановления вашей учётной записи {org} был изменён {time}.',
  emailChangedNewAddress: 'Новый адрес: {hint}.',
  emailChangedWhy: 'Мы отправляем это сообщение на ваш прежний адрес, чтобы вы знали об изменении.',
  selfServiceBlockedSubject: 'Сброс пароля для вашей учётной записи {org} приостановлен',
  selfServiceBlockedHeading: 'Сброс пароля приостановлен',
  selfServiceBlockedBody:
    'Кто-то слишком много раз ввёл неверные коды подтверждения или ответы для вашей учётной записи {org}, поэтому самостоятельный сброс пароля и разблокировка приостановлены на {hours} начиная с {time}.',
  selfServiceBlockedNext: 'Ваш пароль не изменён. Если это были вы, повторите попытку позже.',
  passwordExpiringSubject: 'Срок действия вашего пароля {org} скоро истечёт',
  passwordExpiringHeading: 'Срок действия пароля скоро истечёт',
  passwordExpiringBody: 'Срок действия пароля вашей учётной записи {org} истекает {time}.',
  passwordExpiringNext:
    'Смените его до этого, чтобы и дальше входить без помех. После этого при входе вас попросят сменить пароль.',
  registrationReminderSubject: 'Настройте сброс пароля для учётной записи {org}',
  registrationReminderHeading: 'Настройте сброс пароля',
  registrationReminderBody:
    'У вашей учётной записи {org} ещё нет способов восстановления, или их слишком мало, чтобы сбросить пароль самостоятельно.',
  registrationReminderNext:
    'Добавьте их при следующем входе, чтобы сбросить забытый пароль без обращения за помощью.',
  reconfirmationReminderSubject: 'Проверьте способы восстановления учётной записи {org}',
  reconfirmationReminderHeading: 'Ваши способы восстановления ещё актуальны?',
  reconfirmationReminderBody:
    'Вы давно не подтверждали способы восстановления учётной записи {org}.',
  reconfirmationReminderNext:
    'Войдите и подтвердите, что они по-прежнему ваши, или обновите их, чтобы всегда иметь возможность сбросить пароль.',
  resetRequestedSubject: 'Кто-то запросил сброс вашего пароля {org}',
  resetRequestedHeading: 'Запрошен сброс пароля',
  resetRequestedBody:
    'Кто-то запросил сброс пароля вашей учётной записи {org} {time} и не завершил его.',
  resetRequestedNext: 'Ваш пароль не изменён. Если это были вы, проигнорируйте это сообщение.',
  greeting: 'Здравствуйте, {user}!',
  notYouHelpdesk: 'Если это были не вы, немедленно свяжитесь с {helpdesk}.',
  notYouAdmin: 'Если это были не вы, немедленно свяжитесь с администратором.',
  adminNoticeSubject: '{org}: администратор {user} сбросил свой пароль',
  adminNoticeHeading: 'Администратор сбросил свой пароль',
  adminNoticeBody: '{user} сбросил свой пароль {time}.',
  adminNoticeHint:
    'Вы получили это сообщение, так как являетесь администратором {org}. Если вы этого не ожидали, проверьте отчёт об операциях сброса паролей.',
  helpRequestedSubject: '{org}: {user} просит администратора помочь с паролем',
  helpRequestedHeading: 'Пользователь просит о помощи',
  helpRequestedBody:
    '{user} не удалось самостоятельно сбросить пароль, и {time} пользователь попросил помощи администратора.',
  helpRequestedHint:
    'Проверьте вместе с пользователем его способы восстановления или выдайте временный пропуск на странице администрирования.',
  footer: 'Это автоматическое сообщение от {org}. Не отвечайте на него.',

  adminResetByAdminSubject: '{org}: {actor} сбросил пароль администратора {user}',
  adminResetByAdminHeading: 'Другой администратор сбросил пароль администратора',
  adminResetByAdminBody: '{actor} сбросил пароль пользователя {user} {time}.',
};
