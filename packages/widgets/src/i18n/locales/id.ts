import type { Catalog } from './en.js';

/** Indonesian (Anda; drafted by the maintainers). */
export const id: Catalog = {
  'link.text': 'Tidak bisa mengakses akun Anda?',
  'dialog.label': 'Pemulihan akun',

  'identify.heading.reset': 'Atur ulang kata sandi',
  'identify.heading.unlock': 'Buka kunci akun',
  'identify.intro':
    'Masukkan nama pengguna atau alamat email Anda, dan kami akan membantu Anda masuk kembali.',
  'identify.label': 'Nama pengguna atau alamat email',
  'identify.intent.legend': 'Apa yang Anda perlukan?',
  'identify.intent.reset': 'Saya lupa kata sandi',
  'identify.intent.unlock': 'Akun saya terkunci dan saya tahu kata sandinya',

  'action.next': 'Berikutnya',
  'action.back': 'Kembali',
  'action.cancel': 'Batal',
  'action.sendCode': 'Kirim kode',
  'action.verify': 'Verifikasi',
  'action.resend': 'Kirim kode baru',
  'action.otherMethod': 'Gunakan metode lain',
  'action.resetPassword': 'Atur ulang kata sandi',
  'action.unlock': 'Buka kunci akun',
  'action.startOver': 'Mulai lagi',
  'action.close': 'Tutup',
  'action.signIn': 'Masuk',

  'method.heading': 'Pilih cara memverifikasi bahwa ini Anda',
  'method.progress': 'Verifikasi {current} dari {total}',
  'method.gatePassed': 'Verifikasi {current} dari {total} berhasil.',
  'method.legend': 'Metode verifikasi',
  'method.mobileSms': 'Kirim kode lewat SMS ke ponsel saya {hint}',
  'method.mobileVoice': 'Telepon ponsel saya {hint}',
  'method.officeVoice': 'Telepon nomor kantor saya {hint}',
  'method.email': 'Kirim kode lewat email ke {hint}',
  'method.securityQuestions': 'Jawab pertanyaan keamanan saya',
  'method.passkey': 'Gunakan kunci sandi',
  'method.authenticatorApp': 'Masukkan kode dari aplikasi autentikator saya',
  'method.temporary_access_pass': 'Gunakan Kode Akses Sementara dari administrator saya',
  'method.nextGate.strong_method_registered':
    'Akun Anda memiliki kunci sandi atau aplikasi autentikator. Gunakan salah satunya untuk melanjutkan.',
  'method.nextGate.admin_phishing_resistant':
    'Akun administrator harus menggunakan kunci sandi untuk melanjutkan.',
  'passkey.heading': 'Gunakan kunci sandi Anda',
  'passkey.intro':
    'Browser Anda akan meminta kunci sandi akun ini: di perangkat ini, di ponsel Anda, atau di kunci keamanan.',
  'action.usePasskey': 'Gunakan kunci sandi',
  'authenticator.heading': 'Masukkan kode dari aplikasi autentikator Anda',
  'authenticator.intro':
    'Buka aplikasi autentikator yang Anda siapkan untuk akun ini dan ketik kode 6 digit yang ditampilkannya sekarang.',
  'authenticator.label': 'Kode 6 digit',
  'authenticator.tooManyAttempts': 'Terlalu banyak kode salah dari aplikasi. Coba lagi nanti.',
  'method.none': 'Tidak ada lagi metode verifikasi yang dapat digunakan.',

  'confirm.heading.phone': 'Konfirmasi nomor telepon Anda',
  'confirm.heading.email': 'Konfirmasi alamat email Anda',
  'confirm.intro.phone':
    'Untuk melindungi akun Anda, ketik nomor telepon lengkap yang diwakili {hint}. Jika cocok, kami akan mengirim kode ke sana.',
  'confirm.intro.email':
    'Untuk melindungi akun Anda, ketik alamat email lengkap yang diwakili {hint}. Jika cocok, kami akan mengirim kode ke sana.',
  'confirm.label.phone': 'Nomor telepon lengkap',
  'confirm.label.email': 'Alamat email lengkap',
  'confirm.help.phone': 'Sertakan kode negara, misalnya +62 812 3456 7890.',

  'code.heading': 'Masukkan kode',
  'code.intro.sms': 'Jika nomor ini cocok dengan yang tercatat, kode sedang dikirim.',
  'code.intro.voice':
    'Jika nomor ini cocok dengan yang tercatat, kami sedang meneleponnya sekarang.',
  'code.intro.email': 'Jika alamat ini cocok dengan yang tercatat, kode sedang dikirim.',
  'code.label': 'Kode verifikasi',
  'code.expiresIn': 'Kode kedaluwarsa {time}.',
  'code.expired': 'Kode sudah kedaluwarsa. Minta kode baru.',
  'code.resent': 'Jika yang Anda ketik cocok dengan data kami, kode baru sedang dikirim.',
  'code.resendIn': 'Anda dapat meminta kode baru {time}.',
  'code.deliveryFailed': 'Kode tidak dapat dikirim. Kirim kode baru atau gunakan metode lain.',

  'questions.heading': 'Jawab pertanyaan keamanan Anda',
  'questions.intro': 'Jawaban tidak membedakan huruf besar dan kecil.',

  'password.heading': 'Pilih kata sandi baru',
  'password.intro': 'Gunakan frasa sandi panjang yang tidak Anda gunakan di tempat lain.',
  'password.new': 'Kata sandi baru',
  'password.confirm': 'Konfirmasi kata sandi baru',
  'password.show': 'Tampilkan kata sandi',
  'password.rules': 'Persyaratan kata sandi',
  'password.rule.length': 'Antara {min} dan {max} karakter',
  'password.rule.match': 'Kedua kata sandi cocok',
  'password.rule.met': 'Terpenuhi:',
  'password.rule.unmet': 'Belum terpenuhi:',
  'password.mismatch': 'Kata sandi tidak cocok.',

  'unlock.heading': 'Buka kunci akun',
  'unlock.intro':
    'Anda telah membuktikan bahwa ini Anda. Buka kunci akun Anda, lalu masuk dengan kata sandi saat ini.',

  'done.heading.reset': 'Kata sandi Anda telah diatur ulang',
  'done.heading.unlock': 'Kunci akun Anda telah dibuka',
  'done.next.reset':
    'Masuk dengan kata sandi baru Anda. Aplikasi dan perangkat yang masih memakai kata sandi lama akan meminta Anda masuk lagi.',
  'done.next.unlock': 'Sekarang Anda dapat masuk dengan kata sandi saat ini.',
  'done.registerNext':
    'Daftarkan cara baru untuk memverifikasi bahwa ini Anda, agar lain kali Anda dapat mengatur ulang kata sandi sendiri.',
  'action.registerMethods': 'Daftarkan cara verifikasi baru',

  'temporaryPass.heading': 'Masukkan Kode Akses Sementara Anda',
  'temporaryPass.intro':
    'Ketik kode yang diberikan administrator Anda. Tidak ada yang dikirim kepada Anda.',
  'temporaryPass.label': 'Kode Akses Sementara',

  'change.heading': 'Ubah kata sandi',
  'change.heading.expired': 'Kata sandi Anda telah kedaluwarsa',
  'change.intro': 'Masukkan kata sandi saat ini, lalu pilih kata sandi baru.',
  'change.intro.expired': 'Pilih kata sandi baru untuk melanjutkan.',
  'change.current': 'Kata sandi saat ini',
  'action.changePassword': 'Ubah kata sandi',
  'change.done.heading': 'Kata sandi Anda telah diubah',
  'change.done.next':
    'Mulai sekarang gunakan kata sandi baru Anda. Aplikasi dan perangkat yang masih memakai kata sandi lama akan meminta Anda masuk lagi.',

  'register.heading': 'Metode pemulihan Anda',
  'register.intro':
    'Kami menggunakannya untuk memastikan bahwa ini Anda jika Anda lupa kata sandi.',
  'register.status.registered': 'Semuanya sudah siap.',
  'register.status.needs_reconfirmation': 'Periksa apakah ini masih milik Anda.',
  'register.status.missing':
    'Tambahkan metode hingga Anda memiliki {count}, agar Anda dapat mengatur ulang kata sandi sendiri.',
  'register.list': 'Metode terdaftar',
  'register.kind.mobile': 'Ponsel {hint}',
  'register.kind.office': 'Telepon kantor {hint}',
  'register.kind.email': 'Email {hint}',
  'register.kind.securityQuestions': 'Pertanyaan keamanan',
  'register.kind.passkey': 'Kunci sandi',
  'register.kind.authenticator': 'Aplikasi autentikator',
  'register.named': '{method} “{name}”',
  'register.use.never': 'Ditambahkan {created}. Belum pernah digunakan.',
  'register.use.last': 'Ditambahkan {created}. Terakhir digunakan {lastUsed}.',
  'register.name.help': 'Nama yang mudah Anda kenali, maksimal 64 karakter.',
  'register.passkey.heading': 'Tambahkan kunci sandi',
  'register.passkey.intro':
    'Dengan kunci sandi, Anda membuktikan bahwa ini Anda dengan sidik jari, wajah, atau kunci layar. Browser akan menanyakan tempat menyimpannya.',
  'register.passkey.name': 'Nama kunci sandi',
  'register.passkey.added': 'Kunci sandi telah ditambahkan.',
  'register.passkey.tooMany':
    'Anda sudah memiliki jumlah maksimum kunci sandi. Hapus salah satunya dahulu.',
  'register.authenticator.heading': 'Siapkan aplikasi autentikator',
  'register.authenticator.scan': 'Pindai kode QR ini dengan aplikasi autentikator Anda.',
  'register.authenticator.qr': 'Kode QR untuk dipindai dengan aplikasi autentikator',
  'register.authenticator.key':
    'Tidak bisa memindai? Ketik kunci ini di aplikasi sebagai gantinya:',
  'register.authenticator.copied': 'Kunci telah disalin.',
  'register.authenticator.copyFailed':
    'Kunci tidak dapat disalin. Kunci sudah dipilih: salin sendiri.',
  'register.authenticator.confirm':
    'Lalu ketik kode yang ditampilkan aplikasi dan beri nama aplikasi tersebut.',
  'register.authenticator.name': 'Nama aplikasi ini',
  'register.authenticator.added': 'Aplikasi autentikator telah ditambahkan.',
  'register.authenticator.expired': 'Waktu penyiapan habis. Siapkan aplikasi lagi.',
  'register.authenticator.tooMany':
    'Anda sudah memiliki jumlah maksimum aplikasi autentikator. Hapus salah satunya dahulu.',
  'register.rename.heading': 'Ganti nama {method}',
  'register.rename.name': 'Nama baru',
  'register.renamed': 'Nama telah disimpan.',
  'action.addPasskey': 'Tambahkan kunci sandi',
  'action.createPasskey': 'Buat kunci sandi',
  'action.setupAuthenticator': 'Siapkan aplikasi autentikator',
  'action.copyKey': 'Salin kunci',
  'action.confirm': 'Konfirmasi',
  'action.renameMethod': 'Ganti nama {method}',
  'register.fromDirectory': 'Dari direktori organisasi Anda',
  'register.none': 'Belum ada metode.',
  'register.add.heading.mobile': 'Tambahkan nomor telepon',
  'register.add.heading.email': 'Tambahkan alamat email',
  'register.add.intro': 'Kami akan mengirim kode untuk memeriksanya.',
  'register.verify.intro': 'Kami telah mengirim kode ke {hint}.',
  'register.added': 'Metode telah ditambahkan.',
  'register.removed': 'Metode telah dihapus.',
  'register.reconfirmed': 'Terima kasih, metode Anda telah dikonfirmasi.',
  'register.questions.heading': 'Siapkan pertanyaan keamanan',
  'register.questions.intro':
    'Pilih {count, plural, other {# pertanyaan berbeda}} dengan jawaban yang hanya Anda ketahui.',
  'register.questions.question': 'Pertanyaan {number}',
  'register.questions.answer': 'Jawaban {number}',
  'register.questions.invalid': 'Periksa kolom yang ditandai.',
  'register.questions.saved': 'Pertanyaan keamanan Anda telah disimpan.',
  'action.addPhone': 'Tambahkan nomor telepon',
  'action.addEmail': 'Tambahkan alamat email',
  'action.setQuestions': 'Siapkan pertanyaan keamanan',
  'action.reconfirm': 'Semuanya benar',
  'action.skipForNow': 'Lewati untuk saat ini (tersisa {count})',
  'action.continue': 'Lanjutkan',
  'action.removeMethod': 'Hapus {method}',
  'register.remove.confirm':
    'Hapus {method}? Anda tidak akan dapat menggunakannya untuk mengatur ulang kata sandi.',
  'action.confirmRemove': 'Ya, hapus',
  'action.keepMethod': 'Simpan saja',
  'action.save': 'Simpan',
  'answer.unknown_question': 'Pilih pertanyaan dari daftar.',
  'answer.duplicate_question': 'Pilih pertanyaan yang berbeda untuk setiap jawaban.',
  'answer.too_short': 'Ada jawaban yang terlalu pendek.',
  'answer.too_long': 'Ada jawaban yang terlalu panjang.',
  'answer.duplicate_answer': 'Berikan jawaban yang berbeda untuk setiap pertanyaan.',
  'answer.contains_question': 'Jawaban tidak boleh mengulang pertanyaannya.',
  'answer.contains_name': 'Jawaban tidak boleh berisi nama Anda.',

  'blocked.heading': 'Layanan mandiri diblokir untuk sementara',
  'blocked.body':
    'Layanan mandiri untuk akun ini diblokir untuk sementara. Coba lagi {when}, atau hubungi helpdesk Anda.',
  'failure.heading': 'Terjadi kesalahan',
  'helpdesk.url': 'Hubungi helpdesk Anda',
  'helpdesk.email': 'Kirim email ke helpdesk di {email}',
  'helpdesk.none': 'Jika Anda mengalami kendala, hubungi administrator Anda.',
  'status.loading': 'Memuat…',
  'status.working': 'Harap tunggu…',
  'field.required': 'Isi kolom ini.',

  'error.invalid_request': 'Periksa yang Anda ketik, lalu coba lagi.',
  'error.captcha_failed': 'Selesaikan pemeriksaan manusia, lalu coba lagi.',
  'captcha.working': 'Memeriksa bahwa Anda manusia',
  'error.not_eligible':
    'Akun ini tidak dapat menggunakan pengaturan ulang kata sandi layanan mandiri.',
  'error.flow_not_found': 'Sesi ini telah berakhir. Mulai lagi.',
  'error.flow_expired': 'Sesi ini telah kedaluwarsa. Mulai lagi.',
  'error.invalid_state': 'Langkah ini tidak lagi dapat dilakukan. Mulai lagi.',
  'error.method_not_found': 'Metode itu tidak tersedia. Pilih metode lain.',
  'error.method_already_used': 'Anda sudah menggunakan metode itu. Pilih metode lain.',
  'error.confirm_required': 'Ketik nomor telepon atau alamat email lengkap.',
  'error.rate_limited': 'Terlalu banyak percobaan. Coba lagi {when}.',
  'error.invalid_code': 'Kode itu salah atau sudah digunakan. Periksa, lalu coba lagi.',
  'error.code_expired': 'Kode itu sudah kedaluwarsa. Minta kode baru.',
  'error.too_many_attempts': 'Kode itu sudah dicoba terlalu sering. Minta kode baru.',
  'error.invalid_answers':
    'Setidaknya satu jawaban salah. Jawab pertanyaan-pertanyaan ini sebagai gantinya.',
  'error.blocked':
    'Layanan mandiri untuk akun ini diblokir untuk sementara. Coba lagi {when}, atau hubungi helpdesk Anda.',
  'error.password_required': 'Masukkan kata sandi baru.',
  'error.password_rejected': 'Pilih kata sandi lain:',
  'error.directory_error':
    'Kami tidak dapat memperbarui akun Anda saat ini. Coba lagi sebentar lagi.',
  'error.conflict': 'Ada yang berubah sementara itu. Coba lagi.',
  'error.reauthentication_required': 'Masukkan kata sandi saat ini untuk melakukan perubahan ini.',
  'error.user_not_found': 'Kami tidak dapat menemukan akun Anda.',
  'error.method_not_allowed': 'Jenis metode ini tidak diizinkan.',
  'error.invalid_value':
    'Masukkan nomor telepon yang valid (dengan kode negara) atau alamat email yang valid.',
  'error.country_not_allowed':
    'Kode tidak dapat dikirim ke nomor di negara ini. Gunakan nomor lain.',
  'error.below_minimum':
    'Anda tidak dapat menghapus metode ini: Anda memerlukan setidaknya {count}.',
  'error.postpone_limit': 'Anda tidak dapat menundanya lagi. Siapkan sekarang.',
  'error.not_postponable': 'Ini tidak dapat ditunda.',
  'error.incorrect_password': 'Kata sandi Anda saat ini salah.',
  'error.not_found': 'Layanan tidak ditemukan.',
  'error.unsupported_method': 'Layanan menolak permintaan.',
  'error.invalid_json': 'Layanan menolak permintaan.',
  'error.payload_too_large': 'Yang Anda ketik terlalu panjang.',
  'error.unsupported_media_type': 'Layanan menolak permintaan.',
  'error.unauthenticated': 'Masuk terlebih dahulu.',
  'error.forbidden': 'Anda tidak diizinkan melakukan ini.',
  'error.authentication_unavailable': 'Saat ini tidak dapat masuk. Coba lagi nanti.',
  'error.not_implemented': 'Fitur ini tidak tersedia di sini.',
  'error.internal': 'Terjadi kesalahan di pihak kami. Coba lagi nanti.',
  'error.network_error':
    'Layanan tidak dapat dijangkau, atau layanan menolak permintaan dari halaman ini (asal halaman tidak diizinkan). Coba lagi nanti, atau hubungi helpdesk Anda jika terus terjadi.',
  'error.invalid_response': 'Layanan memberikan jawaban yang tidak terduga. Coba lagi nanti.',
  'error.invalid_credential':
    'Kunci sandi tidak dapat diverifikasi. Coba lagi, atau gunakan metode lain.',
  'error.strong_method_required':
    'Gunakan kunci sandi atau aplikasi autentikator untuk langkah ini.',
  'error.invalid_name': 'Beri nama dengan 1 sampai 64 karakter.',
  'error.too_many_methods':
    'Anda sudah memiliki jumlah maksimum metode jenis ini. Hapus salah satunya dahulu.',
  'error.passkey_canceled':
    'Jendela kunci sandi ditutup atau waktunya habis. Coba lagi saat Anda siap.',
  'error.passkey_unsupported':
    'Browser ini tidak dapat menggunakan kunci sandi. Gunakan metode atau browser lain.',
  'error.passkey_already_registered': 'Perangkat ini sudah memiliki kunci sandi untuk akun Anda.',
  'error.passkey_failed': 'Kunci sandi tidak berhasil. Coba lagi, atau gunakan metode lain.',
  'error.unknown': 'Terjadi kesalahan. Coba lagi.',
  'error.directory.password_policy':
    'Direktori organisasi Anda menolak kata sandi ini. Pilih kata sandi lain.',

  'issue.too_short':
    'Gunakan setidaknya {minimum, plural, other {# karakter}} (yang ini {length}).',
  'issue.too_long':
    'Gunakan paling banyak {maximum, plural, other {# karakter}} (yang ini {length}).',
  'issue.banned': 'Kata sandi ini terlalu umum atau terlalu mudah ditebak.',
  'issue.breached': 'Kata sandi ini pernah muncul dalam kebocoran data.',
  'issue.reused':
    'Anda baru saja menggunakan kata sandi ini. Pilih yang belum pernah Anda gunakan.',
  'issue.contains_identifier':
    'Jangan gunakan nama pengguna atau alamat email Anda dalam kata sandi.',

  'attemptsLeft.one': 'Tersisa {count} percobaan sebelum layanan mandiri diblokir.',
  'attemptsLeft.other': 'Tersisa {count} percobaan sebelum layanan mandiri diblokir.',

  'helpdesk.contactAdmin': 'Hubungi administrator Anda',
  'helpdesk.contacted': 'Administrator Anda telah diberi tahu.',
};
