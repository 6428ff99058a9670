import type { MessageCatalog } from '../message-catalog.js';

/** Turkish (polite: siz; drafted by the maintainers). */
export const tr: MessageCatalog = {
  smsCode:
    '{org} doğrulama kodunuz: {code}. Kodun süresi {minutes} içinde dolar. Kimseyle paylaşmayın.',
  voiceIntro: 'Merhaba, burası {org}. Doğrulama kodunuz',
  emailCodeSubject: '{org} doğrulama kodunuz',
  emailCodeHeading: 'Doğrulama kodunuz',
  emailCodeBody: 'Siz olduğunuzu onaylamak için bu kodu girin:',
  emailCodeExpiry: 'Kodun süresi {minutes} içinde dolar. Kimseyle paylaşmayın.',
  emailCodeIgnore:
    'Bu kodu siz istemediyseniz bu e-postayı yok sayabilirsiniz. Birisi adresinizi yanlışlıkla girmiş olabilir.',
  resetNoticeSubject: '{org} parolanız sıfırlandı',
  resetNoticeHeading: 'Parolanız sıfırlandı',
  resetNoticeBody: '{org} hesabınızın parolası {time} tarihinde sıfırlandı.',
  unlockNoticeSubject: '{org} hesabınızın kilidi açıldı',
  unlockNoticeHeading: 'Hesabınızın kilidi açıldı',
  unlockNoticeBody: '{org} hesabınızın kilidi {time} tarihinde açıldı.',
  passwordChangedSubject: '{org} parolanız değiştirildi',
  passwordChangedHeading: 'Parolanız değiştirildi',
  passwordChangedBody: '{org} hesabınızın parolası {time} tarihinde değiştirildi.',
  methodAddedSubject: '{org} hesabınıza bir kurtarma yöntemi eklendi',
  methodAddedHeading: 'Bir kurtarma yöntemi eklendi',
  methodAddedBody: 'Bu kurtarma yöntemi {time} tarihinde {org} hesabınıza eklendi:',
  methodRemovedSubject: '{org} hesabınızdan bir kurtarma yöntemi kaldırıldı',
  methodRemovedHeading: 'Bir kurtarma yöntemi kaldırıldı',
  methodRemovedBody: 'Bu kurtarma yöntemi {time} tarihinde {org} hesabınızdan kaldırıldı:',
  methodMobile: 'Cep telefonu',
  methodOffice: 'İş telefonu',
  methodEmail: 'E-posta adresi',
  methodSecurityQuestions: 'Güvenlik soruları',
  methodPasskey: 'Geçiş anahtarı',
  methodAuthenticator: 'Kimlik doğrulayıcı uygulama',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: '{org} hesabınızın kurtarma e-posta adresi değiştirildi',
  emailChangedHeading: 'Kurtarma e-posta adresiniz değiştirildi',
  emailChangedBody:
    '{org} hesabınızı kurtarmak için kullanılan e-posta adresi {time} tarihinde değiştirildi.',
  emailChangedNewAddress: 'Yeni adres: {hint}.',
  emailChangedWhy: 'Değişiklikten haberiniz olsun diye bu mesajı önceki adresinize gönderiyoruz.',
  selfServiceBlockedSubject: '{org} hesabınız için parola sıfırlama duraklatıldı',
  selfServiceBlockedHeading: 'Parola sıfırlama duraklatıldı',
  selfServiceBlockedBody:
    'Birisi {org} hesabınız için çok fazla kez yanlış doğrulama kodu veya yanıt girdi; bu nedenle self servis parola sıfırlama ve kilit açma {time} tarihinden itibaren {hours} boyunca duraklatıldı.',
  selfServiceBlockedNext: 'Parolanız değiştirilmedi. Bu sizseniz daha sonra yeniden deneyin.',
  passwordExpiringSubject: '{org} parolanızın süresi yakında doluyor',
  passwordExpiringHeading: 'Parolanızın süresi yakında doluyor',
  passwordExpiringBody: '{org} hesabınızın parolasının süresi {time} tarihinde doluyor.',
  passwordExpiringNext:
    'Oturum açmaya devam etmek için parolanızı bu tarihten önce değiştirin. Sonrasında oturum açarken değiştirmeniz istenecek.',
  registrationReminderSubject: '{org} hesabınız için parola sıfırlamayı ayarlayın',
  registrationReminderHeading: 'Parola sıfırlamayı ayarlayın',
  registrationReminderBody:
    '{org} hesabınızda henüz kurtarma yöntemi yok veya parolanızı kendiniz sıfırlamanız için yeterli değil.',
  registrationReminderNext:
    'Unutulan bir parolayı yardım istemeden sıfırlayabilmek için bir sonraki oturum açışınızda bunları ekleyin.',
  reconfirmationReminderSubject: '{org} hesabınızın kurtarma yöntemlerini kontrol edin',
  reconfirmationReminderHeading: 'Kurtarma yöntemleriniz hâlâ doğru mu?',
  reconfirmationReminderBody: '{org} hesabınızın kurtarma yöntemlerini bir süredir onaylamadınız.',
  reconfirmationReminderNext:
    'Parolanızı her zaman sıfırlayabilmek için oturum açıp bunların hâlâ size ait olduğunu onaylayın veya güncelleyin.',
  resetRequestedSubject: 'Birisi {org} parolanızı sıfırlamak istedi',
  resetRequestedHeading: 'Parola sıfırlama istendi',
  resetRequestedBody:
    'Birisi {time} tarihinde {org} hesabınızın parolasını sıfırlamak istedi ve işlemi tamamlamadı.',
  resetRequestedNext: 'Parolanız değiştirilmedi. Bu sizseniz bu mesajı yok sayabilirsiniz.',
  greeting: 'Merhaba {user},',
  notYouHelpdesk: 'Bu siz değilseniz hemen {helpdesk} ile iletişime geçin.',
  notYouAdmin: 'Bu siz değilseniz hemen yöneticinizle iletişime geçin.',
  adminNoticeSubject: '{org}: yönetici {user} kendi parolasını sıfırladı',
  adminNoticeHeading: 'Bir yönetici kendi parolasını sıfırladı',
  adminNoticeBody: '{user}, {time} tarihinde kendi parolasını sıfırladı.',
  adminNoticeHint:
    'Bu mesajı {org} yöneticisi olduğunuz için alıyorsunuz. Beklemiyorsanız parola sıfırlama etkinlik raporunu kontrol edin.',
  helpRequestedSubject: '{org}: {user} parolası için bir yöneticiden yardım istiyor',
  helpRequestedHeading: 'Bir kullanıcı yardım istiyor',
  helpRequestedBody:
    '{user} parolasını self servis ile sıfırlayamadı ve {time} tarihinde bir yöneticiden yardım istedi.',
  helpRequestedHint:
    'Kurtarma yöntemlerini kullanıcıyla birlikte kontrol edin veya yönetim sayfasından bir Geçici Erişim Kartı verin.',
  footer: 'Bu, {org} tarafından gönderilen otomatik bir mesajdır. Lütfen yanıtlamayın.',

  adminResetByAdminSubject:
    '{org}: {actor}, yönetici {user} adlı kullanıcının parolasını sıfırladı',
  adminResetByAdminHeading: 'Bir yöneticinin parolası başka bir yönetici tarafından sıfırlandı',
  adminResetByAdminBody: '{actor}, {time} tarihinde {user} adlı kullanıcının parolasını sıfırladı.',
};
