import type { MessageCatalog } from '../message-catalog.js';

/** Polish (informal: ty; drafted by the maintainers). */
export const pl: MessageCatalog = {
  smsCode:
    'Twój kod weryfikacyjny {org} to {code}. Wygaśnie za {minutes}. Nie udostępniaj go nikomu.',
  voiceIntro: 'Dzień dobry, tu {org}. Twój kod weryfikacyjny to',
  emailCodeSubject: 'Twój kod weryfikacyjny {org}',
  emailCodeHeading: 'Twój kod weryfikacyjny',
  emailCodeBody: 'Wpisz ten kod, aby potwierdzić, że to Ty:',
  emailCodeExpiry: 'Kod wygaśnie za {minutes}. Nie udostępniaj go nikomu.',
  emailCodeIgnore:
    'Jeśli nie prosiłeś o ten kod, możesz zignorować tę wiadomość. Ktoś mógł przez pomyłkę wpisać Twój adres.',
  resetNoticeSubject: 'Twoje hasło {org} zostało zresetowane',
  resetNoticeHeading: 'Twoje hasło zostało zresetowane',
  resetNoticeBody: 'Hasło do Twojego konta {org} zostało zresetowane {time}.',
  unlockNoticeSubject: 'Twoje konto {org} zostało odblokowane',
  unlockNoticeHeading: 'Twoje konto zostało odblokowane',
  unlockNoticeBody: 'Twoje konto {org} zostało odblokowane {time}.',
  passwordChangedSubject: 'Twoje hasło {org} zostało zmienione',
  passwordChangedHeading: 'Twoje hasło zostało zmienione',
  passwordChangedBody: 'Hasło do Twojego konta {org} zostało zmienione {time}.',
  methodAddedSubject: 'Do Twojego konta {org} dodano metodę odzyskiwania',
  methodAddedHeading: 'Dodano metodę odzyskiwania',
  methodAddedBody: 'Ta metoda odzyskiwania została dodana do Twojego konta {org} {time}:',
  methodRemovedSubject: 'Z Twojego konta {org} usunięto metodę odzyskiwania',
  methodRemovedHeading: 'Usunięto metodę odzyskiwania',
  methodRemovedBody: 'Ta metoda odzyskiwania została usunięta z Twojego konta {org} {time}:',
  methodMobile: 'Telefon komórkowy',
  methodOffice: 'Telefon służbowy',
  methodEmail: 'Adres e-mail',
  methodSecurityQuestions: 'Pytania zabezpieczające',
  methodPasskey: 'Klucz dostępu',
  methodAuthenticator: 'Aplikacja uwierzytelniająca',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Adres e-mail do odzyskiwania Twojego konta {org} został zmieniony',
  emailChangedHeading: 'Twój adres e-mail do odzyskiwania został zmieniony',
  emailChangedBody:
    'Adres e-mail używany do odzyskiwania Twojego konta {org} został zmieniony {time}.',
  emailChangedNewAddress: 'Nowy adres to {hint}.',
  emailChangedWhy: 'Wysyłamy tę wiadomość na Twój poprzedni adres, abyś wiedział o zmianie.',
  selfServiceBlockedSubject: 'Resetowanie hasła do Twojego konta {org} zostało wstrzymane',
  selfServiceBlockedHeading: 'Resetowanie hasła zostało wstrzymane',
  selfServiceBlockedBody:
    'Ktoś zbyt wiele razy wpisał błędne kody weryfikacyjne lub odpowiedzi dla Twojego konta {org}, dlatego samoobsługowe resetowanie hasła i odblokowywanie zostały wstrzymane na {hours} od {time}.',
  selfServiceBlockedNext:
    'Twoje hasło nie zostało zmienione. Jeśli to byłeś Ty, spróbuj ponownie później.',
  passwordExpiringSubject: 'Twoje hasło {org} wkrótce wygaśnie',
  passwordExpiringHeading: 'Twoje hasło wkrótce wygaśnie',
  passwordExpiringBody: 'Hasło do Twojego konta {org} wygaśnie {time}.',
  passwordExpiringNext:
    'Zmień je wcześniej, aby nadal się logować. Potem przy logowaniu zostaniesz poproszony o jego zmianę.',
  registrationReminderSubject: 'Skonfiguruj resetowanie hasła dla konta {org}',
  registrationReminderHeading: 'Skonfiguruj resetowanie hasła',
  registrationReminderBody:
    'Twoje konto {org} nie ma jeszcze metod odzyskiwania albo ma ich za mało, aby samodzielnie zresetować hasło.',
  registrationReminderNext:
    'Dodaj je przy następnym logowaniu, aby móc zresetować zapomniane hasło bez proszenia o pomoc.',
  reconfirmationReminderSubject: 'Sprawdź metody odzyskiwania konta {org}',
  reconfirmationReminderHeading: 'Czy Twoje metody odzyskiwania są nadal aktualne?',
  reconfirmationReminderBody:
    'Od dłuższego czasu nie potwierdzałeś metod odzyskiwania konta {org}.',
  reconfirmationReminderNext:
    'Zaloguj się i potwierdź, że nadal należą do Ciebie, albo je zaktualizuj, aby zawsze móc zresetować hasło.',
  resetRequestedSubject: 'Ktoś poprosił o zresetowanie Twojego hasła {org}',
  resetRequestedHeading: 'Poproszono o zresetowanie hasła',
  resetRequestedBody:
    'Ktoś poprosił o zresetowanie hasła do Twojego konta {org} {time} i nie dokończył tego.',
  resetRequestedNext:
    'Twoje hasło nie zostało zmienione. Jeśli to byłeś Ty, możesz zignorować tę wiadomość.',
  greeting: 'Cześć {user},',
  notYouHelpdesk: 'Jeśli to nie Ty, natychmiast skontaktuj się z {helpdesk}.',
  notYouAdmin: 'Jeśli to nie Ty, natychmiast skontaktuj się z administratorem.',
  adminNoticeSubject: '{org}: administrator {user} zresetował własne hasło',
  adminNoticeHeading: 'Administrator zresetował własne hasło',
  adminNoticeBody: '{user} zresetował własne hasło {time}.',
  adminNoticeHint:
    'Otrzymujesz tę wiadomość, ponieważ jesteś administratorem {org}. Jeśli się jej nie spodziewałeś, sprawdź raport aktywności resetowania haseł.',
  helpRequestedSubject: '{org}: {user} prosi administratora o pomoc z hasłem',
  helpRequestedHeading: 'Użytkownik prosi o pomoc',
  helpRequestedBody:
    '{user} nie mógł samodzielnie zresetować hasła i {time} poprosił administratora o pomoc.',
  helpRequestedHint:
    'Sprawdź z nim jego metody odzyskiwania albo wystaw tymczasowy kod dostępu na stronie administracyjnej.',
  footer: 'To jest automatyczna wiadomość od {org}. Prosimy na nią nie odpowiadać.',

  adminResetByAdminSubject: '{org}: {actor} zresetował hasło administratora {user}',
  adminResetByAdminHeading: 'Inny administrator zresetował hasło administratora',
  adminResetByAdminBody: '{actor} zresetował hasło użytkownika {user} {time}.',
};
