import type { MessageCatalog } from '../message-catalog.js';

/** Bulgarian (formal: вие; drafted by the maintainers). */
export const bg: MessageCatalog = {
  smsCode:
    'Кодът ви за потвърждение за {org} е {code}. Изтича след {minutes}. Не го споделяйте с никого.',
  voiceIntro: 'Здравейте, обаждаме се от {org}. Кодът ви за потвърждение е',
  emailCodeSubject: 'Кодът ви за потвърждение за {org}',
  emailCodeHeading: 'Кодът ви за потвърждение',
  emailCodeBody: 'Въведете този код, за да потвърдите, че сте вие:',
  emailCodeExpiry: 'Кодът изтича след {minutes}. Не го споделяйте с никого.',
  emailCodeIgnore:
    'Ако не сте поискали този код, можете да пренебрегнете този имейл. Възможно е някой да е въвел адреса ви по погрешка.',
  resetNoticeSubject: 'Паролата ви за {org} е нулирана',
  resetNoticeHeading: 'Паролата ви е нулирана',
  resetNoticeBody: 'Паролата на профила ви в {org} беше нулирана на {time}.',
  unlockNoticeSubject: 'Профилът ви в {org} е отключен',
  unlockNoticeHeading: 'Профилът ви е отключен',
  unlockNoticeBody: 'Профилът ви в {org} беше отключен на {time}.',
  passwordChangedSubject: 'Паролата ви за {org} е сменена',
  passwordChangedHeading: 'Паролата ви е сменена',
  passwordChangedBody: 'Паролата на профила ви в {org} беше сменена на {time}.',
  methodAddedSubject: 'Към профила ви в {org} е добавен метод за възстановяване',
  methodAddedHeading: 'Добавен е метод за възстановяване',
  methodAddedBody: 'Този метод за възстановяване беше добавен към профила ви в {org} на {time}:',
  methodRemovedSubject: 'От профила ви в {org} е премахнат метод за възстановяване',
  methodRemovedHeading: 'Премахнат е метод за възстановяване',
  methodRemovedBody: 'Този метод за възстановяване беше премахнат от профила ви в {org} на {time}:',
  methodMobile: 'Мобилен телефон',
  methodOffice: 'Служебен телефон',
  methodEmail: 'Имейл адрес',
  methodSecurityQuestions: 'Въпроси за сигурност',
  methodPasskey: 'Ключ за достъп',
  methodAuthenticator: 'Приложение за удостоверяване',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Имейл адресът за възстановяване на профила ви в {org} е сменен',
  emailChangedHeading: 'Имейл адресът ви за възстановяване е сменен',
  emailChangedBody: 'Имейл адресът за възстановяване на профила ви в {org} беше сменен на {time}.',
  emailChangedNewAddress: 'Новият адрес е {hint}.',
  emailChangedWhy: 'Изпращаме това съобщение на предишния ви адрес, за да знаете за промяната.',
  selfServiceBlockedSubject: 'Нулирането на паролата за профила ви в {org} е спряно временно',
  selfServiceBlockedHeading: 'Нулирането на паролата е спряно временно',
  selfServiceBlockedBody:
    'Някой е въвел грешни кодове за потвърждение или отговори за профила ви в {org} твърде много пъти, затова нулирането на паролата и отключването чрез самообслужване са спрени за {hours} от {time}.',
  selfServiceBlockedNext: 'Паролата ви не е променена. Ако сте били вие, опитайте отново по-късно.',
  passwordExpiringSubject: 'Паролата ви за {org} изтича скоро',
  passwordExpiringHeading: 'Паролата ви изтича скоро',
  passwordExpiringBody: 'Паролата на профила ви в {org} изтича на {time}.',
  passwordExpiringNext:
    'Сменете я преди това, за да продължите да влизате. След това ще бъдете помолени да я смените при влизане.',
  registrationReminderSubject: 'Настройте нулиране на паролата за профила си в {org}',
  registrationReminderHeading: 'Настройте нулиране на паролата',
  registrationReminderBody:
    'Профилът ви в {org} все още няма методи за възстановяване или са твърде малко, за да нулирате паролата си сами.',
  registrationReminderNext:
    'Добавете ги при следващото влизане, за да можете да нулирате забравена парола, без да търсите помощ.',
  reconfirmationReminderSubject: 'Проверете методите за възстановяване на профила си в {org}',
  reconfirmationReminderHeading: 'Методите ви за възстановяване все още ли са верни?',
  reconfirmationReminderBody:
    'Отдавна не сте потвърждавали методите за възстановяване на профила си в {org}.',
  reconfirmationReminderNext:
    'Влезте и потвърдете, че все още са ваши, или ги актуализирайте, за да можете винаги да нулирате паролата си.',
  resetRequestedSubject: 'Някой поиска нулиране на паролата ви за {org}',
  resetRequestedHeading: 'Поискано е нулиране на паролата',
  resetRequestedBody:
    'Някой поиска нулиране на паролата на профила ви в {org} на {time} и не го завърши.',
  resetRequestedNext:
    'Паролата ви не е променена. Ако сте били вие, можете да пренебрегнете това съобщение.',
  greeting: 'Здравейте, {user},',
  notYouHelpdesk: 'Ако не сте били вие, свържете се незабавно с {helpdesk}.',
  notYouAdmin: 'Ако не сте били вие, свържете се незабавно с администратора си.',
  adminNoticeSubject: '{org}: администраторът {user} нулира собствената си парола',
  adminNoticeHeading: 'Администратор нулира собствената си парола',
  adminNoticeBody: '{user} нулира собствената си парола на {time}.',
  adminNoticeHint:
    'Получавате това, защото сте администратор в {org}. Ако не сте го очаквали, проверете отчета за дейността по нулиране на пароли.',
  helpRequestedSubject: '{org}: {user} моли администратор за помощ с паролата',
  helpRequestedHeading: 'Потребител моли за помощ',
  helpRequestedBody:
    '{user} не успя да нулира паролата си чрез самообслужване и на {time} поиска помощ от администратор.',
  helpRequestedHint:
    'Прегледайте заедно с потребителя методите му за възстановяване или издайте временен пропуск от страницата за администриране.',
  footer: 'Това е автоматично съобщение от {org}. Моля, не отговаряйте.',

  adminResetByAdminSubject: '{org}: {actor} нулира паролата на администратора {user}',
  adminResetByAdminHeading: 'Друг администратор нулира паролата на администратор',
  adminResetByAdminBody: '{actor} нулира паролата на {user} на {time}.',
};
