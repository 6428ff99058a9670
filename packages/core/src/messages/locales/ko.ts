import type { MessageCatalog } from '../message-catalog.js';

/** Korean (polite style; drafted by the maintainers). */
export const ko: MessageCatalog = {
  smsCode: '{org} 인증 코드는 {code}입니다. {minutes} 후에 만료됩니다. 누구와도 공유하지 마세요.',
  voiceIntro: '안녕하세요, {org}입니다. 인증 코드는',
  emailCodeSubject: '{org} 인증 코드',
  emailCodeHeading: '인증 코드',
  emailCodeBody: '본인임을 확인하려면 이 코드를 입력하세요:',
  emailCodeExpiry: '이 코드는 {minutes} 후에 만료됩니다. 누구와도 공유하지 마세요.',
  emailCodeIgnore:
    '이 코드를 요청하지 않았다면 이 이메일을 무시하셔도 됩니다. 누군가 실수로 주소를 입력했을 수 있습니다.',
  resetNoticeSubject: '{org} 비밀번호가 재설정되었습니다',
  resetNoticeHeading: '비밀번호가 재설정되었습니다',
  resetNoticeBody: '{org} 계정의 비밀번호가 {time}에 재설정되었습니다.',
  unlockNoticeSubject: '{org} 계정의 잠금이 해제되었습니다',
  unlockNoticeHeading: '계정 잠금이 해제되었습니다',
  unlockNoticeBody: '{org} 계정의 잠금이 {time}에 해제되었습니다.',
  passwordChangedSubject: '{org} 비밀번호가 변경되었습니다',
  passwordChangedHeading: '비밀번호가 변경되었습니다',
  passwordChangedBody: '{org} 계정의 비밀번호가 {time}에 변경되었습니다.',
  methodAddedSubject: '{org} 계정에 복구 방법이 추가되었습니다',
  methodAddedHeading: '복구 방법이 추가되었습니다',
  methodAddedBody: '{time}에 {org} 계정에 다음 복구 방법이 추가되었습니다:',
  methodRemovedSubject: '{org} 계정에서 복구 방법이 제거되었습니다',
  methodRemovedHeading: '복구 방법이 제거되었습니다',
  methodRemovedBody: '{time}에 {org} 계정에서 다음 복구 방법이 제거되었습니다:',
  methodMobile: '휴대전화',
  methodOffice: '사무실 전화',
  methodEmail: '이메일 주소',
  methodSecurityQuestions: '보안 질문',
  methodPasskey: '패스키',
  methodAuthenticator: '인증 앱',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: '{org} 계정의 복구 이메일 주소가 변경되었습니다',
  emailChangedHeading: '복구 이메일 주소가 변경되었습니다',
  emailChangedBody: '{org} 계정 복구에 사용하는 이메일 주소가 {time}에 변경되었습니다.',
  emailChangedNewAddress: '새 주소는 {hint}입니다.',
  emailChangedWhy: '변경 사항을 알려 드리기 위해 이전 주소로 이 메시지를 보냅니다.',
  selfServiceBlockedSubject: '{org} 계정의 비밀번호 재설정이 일시 중지되었습니다',
  selfServiceBlockedHeading: '비밀번호 재설정이 일시 중지되었습니다',
  selfServiceBlockedBody:
    '누군가 {org} 계정에 잘못된 인증 코드나 답변을 너무 많이 입력하여 {time}부터 {hours} 동안 셀프 서비스 비밀번호 재설정과 잠금 해제가 일시 중지되었습니다.',
  selfServiceBlockedNext:
    '비밀번호는 변경되지 않았습니다. 본인이 시도한 경우 나중에 다시 시도하세요.',
  passwordExpiringSubject: '{org} 비밀번호가 곧 만료됩니다',
  passwordExpiringHeading: '비밀번호가 곧 만료됩니다',
  passwordExpiringBody: '{org} 계정의 비밀번호가 {time}에 만료됩니다.',
  passwordExpiringNext:
    '계속 로그인하려면 그 전에 변경하세요. 만료 후에는 로그인할 때 변경하라는 메시지가 표시됩니다.',
  registrationReminderSubject: '{org} 계정의 비밀번호 재설정을 설정하세요',
  registrationReminderHeading: '비밀번호 재설정 설정',
  registrationReminderBody:
    '{org} 계정에 아직 복구 방법이 없거나, 직접 비밀번호를 재설정하기에는 너무 적습니다.',
  registrationReminderNext:
    '다음에 로그인할 때 추가하세요. 그러면 비밀번호를 잊어도 도움을 요청하지 않고 재설정할 수 있습니다.',
  reconfirmationReminderSubject: '{org} 계정의 복구 방법을 확인하세요',
  reconfirmationReminderHeading: '복구 방법이 아직 올바른가요?',
  reconfirmationReminderBody: '한동안 {org} 계정의 복구 방법을 확인하지 않으셨습니다.',
  reconfirmationReminderNext:
    '로그인하여 아직 본인의 것인지 확인하거나 업데이트하세요. 그러면 언제든지 비밀번호를 재설정할 수 있습니다.',
  resetRequestedSubject: '누군가 {org} 비밀번호 재설정을 요청했습니다',
  resetRequestedHeading: '비밀번호 재설정이 요청되었습니다',
  resetRequestedBody:
    '누군가 {time}에 {org} 계정의 비밀번호 재설정을 요청했으나 완료하지 않았습니다.',
  resetRequestedNext:
    '비밀번호는 변경되지 않았습니다. 본인이 요청한 경우 이 메시지를 무시하셔도 됩니다.',
  greeting: '{user}님, 안녕하세요.',
  notYouHelpdesk: '본인이 아니라면 즉시 {helpdesk}에 문의하세요.',
  notYouAdmin: '본인이 아니라면 즉시 관리자에게 문의하세요.',
  adminNoticeSubject: '{org}: 관리자 {user}님이 자신의 비밀번호를 재설정했습니다',
  adminNoticeHeading: '관리자가 자신의 비밀번호를 재설정했습니다',
  adminNoticeBody: '{user}님이 {time}에 자신의 비밀번호를 재설정했습니다.',
  adminNoticeHint:
    '{org}의 관리자이므로 이 메시지를 받았습니다. 예상하지 못한 경우 비밀번호 재설정 활동 보고서를 확인하세요.',
  helpRequestedSubject: '{org}: {user}님이 비밀번호 관련 관리자 도움을 요청했습니다',
  helpRequestedHeading: '사용자가 도움을 요청했습니다',
  helpRequestedBody:
    '{user}님이 셀프 서비스로 비밀번호를 재설정하지 못해 {time}에 관리자의 도움을 요청했습니다.',
  helpRequestedHint:
    '사용자와 함께 복구 방법을 확인하거나 관리 페이지에서 임시 액세스 패스를 발급하세요.',
  footer: '{org}에서 보낸 자동 메시지입니다. 회신하지 마세요.',

  adminResetByAdminSubject: '{org}: {actor}님이 관리자 {user}님의 비밀번호를 재설정했습니다',
  adminResetByAdminHeading: '다른 관리자가 관리자의 비밀번호를 재설정했습니다',
  adminResetByAdminBody: '{actor}님이 {time}에 {user}님의 비밀번호를 재설정했습니다.',
};
