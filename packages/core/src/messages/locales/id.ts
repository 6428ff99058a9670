import type { MessageCatalog } from '../message-catalog.js';

/** Indonesian (Anda; drafted by the maintainers). */
export const id: MessageCatalog = {
  smsCode:
    'Kode verifikasi {org} Anda adalah {code}. Kode kedaluwarsa dalam {minutes}. Jangan berikan kepada siapa pun.',
  voiceIntro: 'Halo, ini {org}. Kode verifikasi Anda adalah',
  emailCodeSubject: 'Kode verifikasi {org} Anda',
  emailCodeHeading: 'Kode verifikasi Anda',
  emailCodeBody: 'Masukkan kode ini untuk memastikan bahwa ini Anda:',
  emailCodeExpiry: 'Kode kedaluwarsa dalam {minutes}. Jangan berikan kepada siapa pun.',
  emailCodeIgnore:
    'Jika Anda tidak meminta kode ini, abaikan email ini. Mungkin seseorang salah memasukkan alamat Anda.',
  resetNoticeSubject: 'Kata sandi {org} Anda telah diatur ulang',
  resetNoticeHeading: 'Kata sandi Anda telah diatur ulang',
  resetNoticeBody: 'Kata sandi akun {org} Anda diatur ulang pada {time}.',
  unlockNoticeSubject: 'Kunci akun {org} Anda telah dibuka',
  unlockNoticeHeading: 'Kunci akun Anda telah dibuka',
  unlockNoticeBody: 'Kunci akun {org} Anda dibuka pada {time}.',
  passwordChangedSubject: 'Kata sandi {org} Anda telah diubah',
  passwordChangedHeading: 'Kata sandi Anda telah diubah',
  passwordChangedBody: 'Kata sandi akun {org} Anda diubah pada {time}.',
  methodAddedSubject: 'Metode pemulihan ditambahkan ke akun {org} Anda',
  methodAddedHeading: 'Metode pemulihan ditambahkan',
  methodAddedBody: 'Metode pemulihan ini ditambahkan ke akun {org} Anda pada {time}:',
  methodRemovedSubject: 'Metode pemulihan dihapus dari akun {org} Anda',
  methodRemovedHeading: 'Metode pemulihan dihapus',
  methodRemovedBody: 'Metode pemulihan ini dihapus dari akun {org} Anda pada {time}:',
  methodMobile: 'Ponsel',
  methodOffice: 'Telepon kantor',
  methodEmail: 'Alamat email',
  methodSecurityQuestions: 'Pertanyaan keamanan',
  methodPasskey: 'Kunci sandi',
  methodAuthenticator: 'Aplikasi autentikator',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Alamat email pemulihan akun {org} Anda telah diubah',
  emailChangedHeading: 'Alamat email pemulihan Anda telah diubah',
  emailChangedBody: 'Alamat email untuk memulihkan akun {org} Anda diubah pada {time}.',
  emailChangedNewAddress: 'Alamat barunya adalah {hint}.',
  emailChangedWhy:
    'Kami mengirim pesan ini ke alamat Anda sebelumnya agar Anda mengetahui perubahan ini.',
  selfServiceBlockedSubject: 'Pengaturan ulang kata sandi untuk akun {org} Anda dijeda',
  selfServiceBlockedHeading: 'Pengaturan ulang kata sandi dijeda',
  selfServiceBlockedBody:
    'Seseorang terlalu sering memasukkan kode verifikasi atau jawaban yang salah untuk akun {org} Anda, sehingga pengaturan ulang kata sandi dan pembukaan kunci layanan mandiri dijeda selama {hours} mulai {time}.',
  selfServiceBlockedNext: 'Kata sandi Anda tidak diubah. Jika itu Anda, coba lagi nanti.',
  passwordExpiringSubject: 'Kata sandi {org} Anda akan segera kedaluwarsa',
  passwordExpiringHeading: 'Kata sandi Anda akan segera kedaluwarsa',
  passwordExpiringBody: 'Kata sandi akun {org} Anda kedaluwarsa pada {time}.',
  passwordExpiringNext:
    'Ubah sebelum waktu itu agar Anda tetap dapat masuk. Setelahnya, Anda akan diminta mengubahnya saat masuk.',
  registrationReminderSubject: 'Siapkan pengaturan ulang kata sandi untuk akun {org} Anda',
  registrationReminderHeading: 'Siapkan pengaturan ulang kata sandi',
  registrationReminderBody:
    'Akun {org} Anda belum memiliki metode pemulihan, atau terlalu sedikit untuk mengatur ulang kata sandi sendiri.',
  registrationReminderNext:
    'Tambahkan saat Anda masuk berikutnya, agar Anda dapat mengatur ulang kata sandi yang terlupa tanpa meminta bantuan.',
  reconfirmationReminderSubject: 'Periksa metode pemulihan akun {org} Anda',
  reconfirmationReminderHeading: 'Apakah metode pemulihan Anda masih benar?',
  reconfirmationReminderBody:
    'Sudah lama Anda tidak mengonfirmasi metode pemulihan akun {org} Anda.',
  reconfirmationReminderNext:
    'Masuk dan konfirmasi bahwa metode itu masih milik Anda, atau perbarui, agar Anda selalu dapat mengatur ulang kata sandi.',
  resetRequestedSubject: 'Seseorang meminta pengaturan ulang kata sandi {org} Anda',
  resetRequestedHeading: 'Pengaturan ulang kata sandi diminta',
  resetRequestedBody:
    'Seseorang meminta pengaturan ulang kata sandi akun {org} Anda pada {time} dan tidak menyelesaikannya.',
  resetRequestedNext: 'Kata sandi Anda tidak diubah. Jika itu Anda, abaikan pesan ini.',
  greeting: 'Halo {user},',
  notYouHelpdesk: 'Jika itu bukan Anda, segera hubungi {helpdesk}.',
  notYouAdmin: 'Jika itu bukan Anda, segera hubungi administrator Anda.',
  adminNoticeSubject: '{org}: administrator {user} mengatur ulang kata sandinya sendiri',
  adminNoticeHeading: 'Seorang administrator mengatur ulang kata sandinya sendiri',
  adminNoticeBody: '{user} mengatur ulang kata sandinya sendiri pada {time}.',
  adminNoticeHint:
    'Anda menerima ini karena Anda administrator {org}. Jika tidak Anda duga, periksa laporan aktivitas pengaturan ulang kata sandi.',
  helpRequestedSubject: '{org}: {user} meminta bantuan administrator untuk kata sandinya',
  helpRequestedHeading: 'Seorang pengguna meminta bantuan',
  helpRequestedBody:
    '{user} tidak dapat mengatur ulang kata sandinya melalui layanan mandiri dan pada {time} meminta bantuan administrator.',
  helpRequestedHint:
    'Periksa metode pemulihan pengguna bersama mereka, atau terbitkan Kode Akses Sementara dari halaman admin.',
  footer: 'Ini adalah pesan otomatis dari {org}. Jangan membalas pesan ini.',

  adminResetByAdminSubject: '{org}: {actor} mengatur ulang kata sandi administrator {user}',
  adminResetByAdminHeading: 'Kata sandi administrator diatur ulang oleh administrator lain',
  adminResetByAdminBody: '{actor} mengatur ulang kata sandi {user} pada {time}.',
};
