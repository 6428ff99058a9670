import type { MessageCatalog } from '../message-catalog.js';

/** Japanese (polite です/ます style; drafted by the maintainers). */
export const ja: MessageCatalog = {
  smsCode:
    '{org} の確認コードは {code} です。有効期限は {minutes} です。誰にも教えないでください。',
  voiceIntro: 'こちらは {org} です。確認コードは',
  emailCodeSubject: '{org} の確認コード',
  emailCodeHeading: '確認コード',
  emailCodeBody: 'ご本人であることを確認するため、このコードを入力してください:',
  emailCodeExpiry: 'このコードの有効期限は {minutes} です。誰にも教えないでください。',
  emailCodeIgnore:
    'このコードを要求していない場合は、このメールを無視してください。誰かが誤ってあなたのアドレスを入力した可能性があります。',
  resetNoticeSubject: '{org} のパスワードがリセットされました',
  resetNoticeHeading: 'パスワードがリセットされました',
  resetNoticeBody: '{org} のアカウントのパスワードが {time} にリセットされました。',
  unlockNoticeSubject: '{org} のアカウントのロックが解除されました',
  unlockNoticeHeading: 'アカウントのロックが解除されました',
  unlockNoticeBody: '{org} のアカウントのロックが {time} に解除されました。',
  passwordChangedSubject: '{org} のパスワードが変更されました',
  passwordChangedHeading: 'パスワードが変更されました',
  passwordChangedBody: '{org} のアカウントのパスワードが {time} に変更されました。',
  methodAddedSubject: '{org} のアカウントに回復方法が追加されました',
  methodAddedHeading: '回復方法が追加されました',
  methodAddedBody: '{time} に、{org} のアカウントに次の回復方法が追加されました:',
  methodRemovedSubject: '{org} のアカウントから回復方法が削除されました',
  methodRemovedHeading: '回復方法が削除されました',
  methodRemovedBody: '{time} に、{org} のアカウントから次の回復方法が削除されました:',
  methodMobile: '携帯電話',
  methodOffice: '会社の電話',
  methodEmail: 'メールアドレス',
  methodSecurityQuestions: '秘密の質問',
  methodPasskey: 'パスキー',
  methodAuthenticator: '認証アプリ',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: '{org} のアカウントの回復用メールアドレスが変更されました',
  emailChangedHeading: '回復用メールアドレスが変更されました',
  emailChangedBody: '{org} のアカウントの回復に使うメールアドレスが {time} に変更されました。',
  emailChangedNewAddress: '新しいアドレスは {hint} です。',
  emailChangedWhy: '変更をお知らせするため、以前のアドレスにこのメッセージを送信しています。',
  selfServiceBlockedSubject: '{org} のアカウントのパスワード リセットが一時停止されました',
  selfServiceBlockedHeading: 'パスワード リセットが一時停止されました',
  selfServiceBlockedBody:
    '{org} のアカウントで誤った確認コードまたは回答が何度も入力されたため、セルフサービスのパスワード リセットとロック解除を {time} から {hours} 停止しました。',
  selfServiceBlockedNext:
    'パスワードは変更されていません。ご自身による操作だった場合は、しばらくしてからもう一度お試しください。',
  passwordExpiringSubject: '{org} のパスワードの有効期限が近づいています',
  passwordExpiringHeading: 'パスワードの有効期限が近づいています',
  passwordExpiringBody: '{org} のアカウントのパスワードは {time} に有効期限が切れます。',
  passwordExpiringNext:
    'サインインを続けるには、それまでに変更してください。期限後は、サインイン時に変更を求められます。',
  registrationReminderSubject: '{org} のアカウントのパスワード リセットを設定してください',
  registrationReminderHeading: 'パスワード リセットの設定',
  registrationReminderBody:
    '{org} のアカウントには回復方法がまだないか、自分でパスワードをリセットするには足りません。',
  registrationReminderNext:
    '次回サインインするときに追加してください。そうすれば、パスワードを忘れても助けを求めずにリセットできます。',
  reconfirmationReminderSubject: '{org} のアカウントの回復方法を確認してください',
  reconfirmationReminderHeading: '回復方法は今も正しいですか？',
  reconfirmationReminderBody: '{org} のアカウントの回復方法がしばらく確認されていません。',
  reconfirmationReminderNext:
    'サインインして、今もご自身のものか確認するか更新してください。いつでもパスワードをリセットできるようになります。',
  resetRequestedSubject: '{org} のパスワードのリセットが要求されました',
  resetRequestedHeading: 'パスワードのリセットが要求されました',
  resetRequestedBody:
    '{time} に、{org} のアカウントのパスワードのリセットが要求されましたが、完了していません。',
  resetRequestedNext:
    'パスワードは変更されていません。ご自身による操作だった場合は、このメッセージを無視してください。',
  greeting: '{user} 様',
  notYouHelpdesk: '心当たりがない場合は、すぐに {helpdesk} にお問い合わせください。',
  notYouAdmin: '心当たりがない場合は、すぐに管理者にお問い合わせください。',
  adminNoticeSubject: '{org}: 管理者 {user} が自分のパスワードをリセットしました',
  adminNoticeHeading: '管理者が自分のパスワードをリセットしました',
  adminNoticeBody: '{user} が {time} に自分のパスワードをリセットしました。',
  adminNoticeHint:
    'このメッセージは、あなたが {org} の管理者であるため送信されています。心当たりがない場合は、パスワード リセットのアクティビティ レポートを確認してください。',
  helpRequestedSubject: '{org}: {user} がパスワードについて管理者の助けを求めています',
  helpRequestedHeading: 'ユーザーが助けを求めています',
  helpRequestedBody:
    '{user} はセルフサービスでパスワードをリセットできず、{time} に管理者の助けを求めました。',
  helpRequestedHint:
    'ユーザーと一緒に回復方法を確認するか、管理ページから一時アクセス パスを発行してください。',
  footer: 'このメッセージは {org} から自動送信されています。返信しないでください。',

  adminResetByAdminSubject: '{org}: {actor} が管理者 {user} のパスワードをリセットしました',
  adminResetByAdminHeading: '別の管理者が管理者のパスワードをリセットしました',
  adminResetByAdminBody: '{actor} が {time} に {user} のパスワードをリセットしました。',
};
