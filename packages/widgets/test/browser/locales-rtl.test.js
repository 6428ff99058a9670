// Issue 19's languages in Chromium: the locale negotiated from the page's `lang` (ar-EG gives
// Arabic, zh-TW traditional Chinese), `dir` set from the locale, and a right-to-left layout
// that mirrors the left-to-right one (logical properties only), with no axe violation.
// Built widgets, real engine.
import '../../dist/openreset-reset.js';
import { createAdminClient } from '../../dist/openreset-admin.js';
import {
  assert,
  cleanup,
  createTestEngine,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  queryByRole,
  waitFor,
} from './helpers.js';

/** Mounts `markup` holding one `<openreset-reset>` on a fresh engine; waits for `heading`. */
async function start(markup, heading) {
  const api = createTestEngine();
  const mounted = mount(markup);
  const element = mounted.matches('openreset-reset')
    ? mounted
    : mounted.querySelector('openreset-reset');
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'heading', heading), `"${heading}"`);
  return { element, root };
}

/** Walks alice to the confirm step: identify, choose the text message, wait for the step. */
async function toConfirmStep(root, words) {
  getByLabel(root, words.username).value = 'alice';
  getByRole(root, 'button', words.next).click();
  await waitFor(() => queryByRole(root, 'heading', words.methodHeading), 'the method step');
  getByRole(root, 'radio', new RegExp(`^${words.sms}`)).click();
  getByRole(root, 'button', words.next).click();
  await waitFor(() => queryByRole(root, 'heading', words.confirmHeading), 'the confirm step');
}

const ENGLISH = {
  username: 'Username or email address',
  next: 'Next',
  methodHeading: 'Choose how to verify it’s you',
  sms: 'Text a code',
  confirmHeading: 'Confirm your phone number',
  send: 'Send code',
  back: 'Back',
};
const ARABIC = {
  username: 'اسم المستخدم أو عنوان البريد الإلكتروني',
  next: 'التالي',
  methodHeading: 'اختر طريقة التحقق من هويتك',
  sms: 'إرسال رمز في رسالة نصية',
  confirmHeading: 'تأكيد رقم هاتفك',
  send: 'إرسال الرمز',
  back: 'رجوع',
};

/** Where the Send and Back buttons sit in the card's form, in px from its left edge. */
function buttonBoxes(root, words) {
  const form = root.querySelector('form').getBoundingClientRect();
  const send = getByRole(root, 'button', words.send).getBoundingClientRect();
  const back = getByRole(root, 'button', words.back).getBoundingClientRect();
  return {
    form,
    send: { left: send.left - form.left, right: form.right - send.right },
    back: { left: back.left - form.left, right: form.right - back.right },
  };
}

describe('languages and direction', () => {
  afterEach(cleanup);

  it('speaks Arabic from the page’s ar-EG, right to left, laid out as the mirror of English', async () => {
    const english = await start(
      '<div lang="en"><openreset-reset style="inline-size: 26rem"></openreset-reset></div>',
      'Reset your password',
    );
    assert(!english.element.hasAttribute('dir'), 'English follows the page');
    assert(getComputedStyle(english.element).direction === 'ltr', 'English is left to right');
    await toConfirmStep(english.root, ENGLISH);
    const ltr = buttonBoxes(english.root, ENGLISH);
    cleanup();

    const arabic = await start(
      '<div lang="ar-EG"><openreset-reset style="inline-size: 26rem"></openreset-reset></div>',
      'إعادة تعيين كلمة المرور',
    );
    const { element, root } = arabic;
    assert(element.getAttribute('dir') === 'rtl', `dir=rtl (${element.getAttribute('dir')})`);
    assert(getComputedStyle(root.querySelector('form')).direction === 'rtl', 'the form is rtl');
    assert(root.querySelector('[part="base"]').getAttribute('lang') === 'ar', 'lang=ar');
    await expectNoAxeViolations(element, 'the Arabic identify step');
    await toConfirmStep(root, ARABIC);
    const rtl = buttonBoxes(root, ARABIC);
    // English: Send at the left edge, Back to its right. Arabic: the mirror image.
    assert(
      ltr.send.left < 2 && ltr.back.left > ltr.send.left,
      `English order (${JSON.stringify(ltr)})`,
    );
    assert(rtl.send.right < 2, `Send at the right edge (${JSON.stringify(rtl)})`);
    assert(rtl.back.right > rtl.send.right, 'Back to the left of Send');
    // The field's label starts at the right edge.
    const label = root.querySelector('label');
    const range = document.createRange();
    range.selectNodeContents(label);
    const text = range.getBoundingClientRect();
    assert(
      Math.abs(text.right - label.getBoundingClientRect().right) < 2,
      'the label’s text starts at the right',
    );
    await expectNoAxeViolations(element, 'the Arabic confirm step');
  });

  it('speaks traditional Chinese for zh-TW, and leaves a dir the page set on the element', async () => {
    const { element } = await start(
      '<div lang="zh-TW"><openreset-reset dir="ltr"></openreset-reset></div>',
      '重設密碼',
    );
    assert(element.getAttribute('dir') === 'ltr', 'the page’s dir stays');
    element.locale = 'he';
    await waitFor(() => queryByRole(element.shadowRoot, 'heading', 'איפוס הסיסמה'), 'Hebrew');
    assert(element.getAttribute('dir') === 'ltr', 'still the page’s dir');
  });

  for (const [locale, words] of [
    ['ar', { heading: 'سياسة الخدمة الذاتية', save: 'حفظ السياسة', field: 'أقصر كلمة مرور' }],
    ['he', { heading: 'מדיניות שירות עצמי', save: 'שמירת המדיניות', field: 'הסיסמה הקצרה ביותר' }],
  ]) {
    it(`lays the admin console out right to left in ${locale}, in its own words`, async function () {
      // An axe run over the whole generated form takes a while on a loaded machine.
      this.timeout(60_000);
      const api = createTestEngine({
        caller: { userId: 'u-admin', isAdmin: true, authTime: new Date() },
      });
      const element = mount(`<openreset-admin locale="${locale}"></openreset-admin>`);
      element.client = createAdminClient({ handler: api.engine.handler });
      const root = element.shadowRoot;
      await waitFor(() => queryByRole(root, 'heading', words.heading), `the ${locale} console`);
      assert(element.getAttribute('dir') === 'rtl', `dir=rtl (${element.getAttribute('dir')})`);
      assert(getComputedStyle(root.querySelector('form')).direction === 'rtl', 'the form is rtl');
      getByRole(root, 'button', words.save);
      const field = getByLabel(root, words.field);
      const label = root.querySelector(`label[for="${field.id}"]`).getBoundingClientRect();
      const form = root.querySelector('form').getBoundingClientRect();
      assert(form.right - label.right < form.width / 4, 'the field’s label sits at the right');
      await expectNoAxeViolations(element, `the ${locale} admin console`);
    });
  }

  it('removes the dir it wrote when the locale turns left to right', async () => {
    const { element, root } = await start(
      '<openreset-reset locale="he"></openreset-reset>',
      'איפוס הסיסמה',
    );
    assert(element.getAttribute('dir') === 'rtl', 'Hebrew is right to left');
    element.locale = 'ja';
    await waitFor(() => queryByRole(root, 'heading', 'パスワードのリセット'), 'Japanese');
    assert(!element.hasAttribute('dir'), 'the dir it wrote is gone');
    assert(getComputedStyle(element).direction === 'ltr', 'Japanese is left to right');
    await expectNoAxeViolations(element, 'Japanese');
  });
});
