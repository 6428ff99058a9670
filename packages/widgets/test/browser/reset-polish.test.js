// Issue 19's polish of <openreset-reset> and <openreset-link>, each written to fail before its
// fix: the username carried into the dialog, focus on the first field, "Verification 1 of 2"
// on every step of a gate, errors next to their field, masked numbers kept whole, the
// "Sign in" button, the resend cooldown, cancelable "before" events. Built widgets, real engine.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../dist/openreset-link.js';
import '../../dist/openreset-reset.js';
import {
  assert,
  cleanup,
  createTestEngine,
  deepActiveElement,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const tab = () => sendKeys({ press: 'Tab' });
const enter = () => sendKeys({ press: 'Enter' });
const type = (text) => sendKeys({ type: text });

/** Mounts `<openreset-reset>` (attributes in `markup`) on a fresh engine; waits for the form. */
async function start(markup = '<openreset-reset locale="en"></openreset-reset>', options = {}) {
  const api = createTestEngine(options);
  const mounted = mount(markup);
  const element = mounted.matches('openreset-reset')
    ? mounted
    : mounted.querySelector('openreset-reset');
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'textbox'), 'the first step');
  return { ...api, element, root };
}

/** Waits for the heading `name` of a step. */
const step = (root, name) => waitFor(() => queryByRole(root, 'heading', name), `"${name}"`);

/** Identifies as `username` and waits for the method step. */
async function identify(root, username) {
  getByLabel(root, 'Username or email address').value = username;
  getByRole(root, 'button', 'Next').click();
  await step(root, 'Choose how to verify it’s you');
}

/** Chooses the method whose label starts with `label` and goes on. */
async function choose(root, label) {
  getByRole(root, 'radio', new RegExp(`^${label}`)).click();
  getByRole(root, 'button', 'Next').click();
}

/** Types `value` in the field `label` of the confirm step and sends the code. */
async function confirmAndSend(root, label, value) {
  getByLabel(root, label).value = value;
  getByRole(root, 'button', 'Send code').click();
  await step(root, 'Enter the code');
}

describe('issue 19: <openreset-link> and the dialog', () => {
  afterEach(cleanup);

  it('carries the username typed on the sign-in form into the dialog and focuses the first field, not Close', async () => {
    const { client } = createTestEngine();
    const page = mount(`<div>
      <form><label>Username <input id="login-user" autocomplete="username"></label></form>
      <openreset-link locale="en"></openreset-link>
    </div>`);
    const link = page.querySelector('openreset-link');
    link.client = client;
    await link.updateComplete;
    page.querySelector('#login-user').focus();
    await type('alice');
    await tab();
    await enter();
    const dialog = await waitFor(() => link.shadowRoot.querySelector('dialog[open]'), 'the dialog');
    const reset = dialog.querySelector('openreset-reset');
    const field = await waitFor(
      () => queryByRole(reset.shadowRoot, 'textbox', 'Username or email address'),
      'the username field',
    );
    assert(field.value === 'alice', `the username came along (${field.value})`);
    await waitFor(() => deepActiveElement() === field, 'focus on the username field');
    assert(textOf(deepActiveElement()) !== 'Close', 'not on Close');
    await expectNoAxeViolations(link, 'the dialog, prefilled');
    // Enter goes on at once: the user does not type the name twice.
    await enter();
    await step(reset.shadowRoot, 'Choose how to verify it’s you');
  });
});

describe('issue 19: <openreset-reset>', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('says "Verification 1 of 2" on every step of a gate, and that the first gate passed', async () => {
    const { root, element, codeSentTo } = await start(undefined, {
      policy: { gatesRequired: 2, methods: ['mobileSms', 'email'] },
    });
    const progress = () => textOf(root.querySelector('.progress'));
    await identify(root, 'alice');
    assert(progress() === 'Verification 1 of 2', `method step (${progress()})`);
    await choose(root, 'Text a code');
    await step(root, 'Confirm your phone number');
    assert(progress() === 'Verification 1 of 2', `confirm step (${progress()})`);
    await confirmAndSend(root, 'Full phone number', '+31612345678');
    assert(progress() === 'Verification 1 of 2', `code step (${progress()})`);
    await expectNoAxeViolations(element, 'code step with progress');
    getByLabel(root, 'Verification code').value = await codeSentTo('+31612345678');
    getByRole(root, 'button', 'Verify').click();
    await waitFor(() => progress() === 'Verification 2 of 2', 'the second gate');
    await waitFor(
      () => textOf(getByRole(root, 'status')) === 'Verification 1 of 2 passed.',
      'the first gate passed, announced',
    );
    await choose(root, 'Email a code');
    await step(root, 'Confirm your email address');
    assert(progress() === 'Verification 2 of 2', `second confirm step (${progress()})`);
  });

  it('shows an error next to its field, and the field points at it', async () => {
    const { root, element } = await start();
    getByRole(root, 'button', 'Next').click();
    const field = getByLabel(root, 'Username or email address');
    const message = await waitFor(
      () => field.closest('.field')?.querySelector('[part~="field-error"]'),
      'an error inside the field',
    );
    assert(textOf(message) === 'Fill in this field.', `the words (${textOf(message)})`);
    assert(
      field.getAttribute('aria-describedby').split(' ').includes(message.id),
      'the field is described by its error',
    );
    assert(field.getAttribute('aria-invalid') === 'true', 'the field is marked invalid');
    assert(textOf(root.querySelector('#error')) === '', 'not repeated at the bottom');
    await expectNoAxeViolations(element, 'a field error');
  });

  it('keeps a masked number whole and left to right, on a narrow right-to-left page', async () => {
    await setViewport({ width: 320, height: 640 });
    const { root, element } = await start(
      '<div dir="rtl"><openreset-reset locale="en" style="max-width: 14rem"></openreset-reset></div>',
    );
    await identify(root, 'alice');
    const hints = [...root.querySelectorAll('label.choice bdi')];
    assert(hints.length >= 1, 'the hints are isolated (bdi)');
    for (const hint of hints) {
      assert(hint.getAttribute('dir') === 'ltr', 'read left to right');
      assert(getComputedStyle(hint).whiteSpace === 'nowrap', 'never wrapped');
      assert(hint.getClientRects().length === 1, `on one line (${textOf(hint)})`);
    }
    await choose(root, 'Text a code');
    await step(root, 'Confirm your phone number');
    const intro = root.querySelector('form').previousElementSibling;
    const bdi = intro.querySelector('bdi');
    assert(
      bdi?.getAttribute('dir') === 'ltr' && /••78$/.test(textOf(bdi)),
      `the intro’s hint too (${intro.outerHTML})`,
    );
    await expectNoAxeViolations(element, 'narrow rtl confirm');
  });

  it('ends with a "Sign in" button when the host gave a sign-in URL', async () => {
    const { root, codeSentTo } = await start(
      '<openreset-reset locale="en" sign-in-href="/login"></openreset-reset>',
    );
    await identify(root, 'alice');
    await choose(root, 'Text a code');
    await step(root, 'Confirm your phone number');
    await confirmAndSend(root, 'Full phone number', '+31612345678');
    getByLabel(root, 'Verification code').value = await codeSentTo('+31612345678');
    getByRole(root, 'button', 'Verify').click();
    await step(root, 'Choose a new password');
    getByLabel(root, 'New password').value = 'violet harbour quantum teapots';
    getByLabel(root, 'New password').dispatchEvent(new Event('input'));
    getByLabel(root, 'Confirm new password').value = 'violet harbour quantum teapots';
    getByLabel(root, 'Confirm new password').dispatchEvent(new Event('input'));
    getByRole(root, 'button', 'Reset password').click();
    await step(root, 'Your password has been reset');
    const signIn = getByRole(root, 'link', 'Sign in');
    assert(signIn.getAttribute('href') === '/login', 'to the host’s sign-in URL');
    assert(/\bprimary-button\b/.test(signIn.getAttribute('part')), 'styled as the primary button');
    const primary = getComputedStyle(signIn);
    assert(primary.backgroundColor === 'rgb(31, 95, 191)', `filled (${primary.backgroundColor})`);
  });

  it('counts down before a new code can be sent, then offers it', async () => {
    const { root, element } = await start(
      '<openreset-reset locale="en" resend-cooldown="2"></openreset-reset>',
    );
    await identify(root, 'alice');
    await choose(root, 'Text a code');
    await step(root, 'Confirm your phone number');
    await confirmAndSend(root, 'Full phone number', '+31612345678');
    const resend = getByRole(root, 'button', 'Send a new code');
    assert(resend.disabled, 'not at once');
    const wait = root.querySelector('#resend-wait');
    assert(
      /^You can ask for a new code in 0:0[12]\.$/.test(textOf(wait)),
      `a visible countdown (${textOf(wait)})`,
    );
    assert(resend.getAttribute('aria-describedby')?.includes('resend-wait'), 'the button says why');
    await expectNoAxeViolations(element, 'resend cooldown');
    await waitFor(() => !resend.disabled, 'the cooldown ends', 6000);
    assert(textOf(root.querySelector('#resend-wait')) === '', 'the countdown is gone');
    resend.click();
    await waitFor(() => /new code is on its way/.test(textOf(getByRole(root, 'status'))), 'sent');
    await waitFor(() => resend.disabled, 'cooling down again');
  });

  it('fires a cancelable openreset-before-submit that a host can veto', async () => {
    const { root, element, client } = await start();
    let started = 0;
    element.client = {
      ...client,
      startReset: (input) => {
        started += 1;
        return client.startReset(input);
      },
    };
    const seen = [];
    let veto = true;
    element.addEventListener('openreset-before-submit', (event) => {
      seen.push(event.detail.step);
      assert(event.cancelable, 'cancelable');
      if (veto) event.preventDefault();
    });
    getByLabel(root, 'Username or email address').value = 'alice';
    getByRole(root, 'button', 'Next').click();
    await waitFor(() => seen.length === 1, 'the before event');
    await element.updateComplete;
    assert(queryByRole(root, 'heading', 'Reset your password'), 'vetoed: still on the first step');
    assert(started === 0, 'nothing reached the server');
    veto = false;
    getByRole(root, 'button', 'Next').click();
    await step(root, 'Choose how to verify it’s you');
    assert(started === 1, 'then it did');
    assert(seen.join() === 'identify,identify', `the step in the detail (${seen})`);
  });

  it('says how many attempts are left before a block, "1 attempt left" in the singular', async () => {
    const { root, element } = await start();
    await identify(root, 'alice');
    await choose(root, 'Text a code');
    await step(root, 'Confirm your phone number');
    await confirmAndSend(root, 'Full phone number', '+31612345678');
    const field = getByLabel(root, 'Verification code');
    const fieldError = () =>
      textOf(field.closest('.field')?.querySelector('[part~="field-error"]'));
    const seen = [];
    for (const left of ['4 attempts', '3 attempts', '2 attempts', '1 attempt']) {
      field.value = '000000';
      getByRole(root, 'button', 'Verify').click();
      const words = `${left} left before self-service is blocked.`;
      await waitFor(() => fieldError().endsWith(words), `"${words}" (${fieldError()})`);
      seen.push(fieldError());
      if (left === '2 attempts') await expectNoAxeViolations(element, 'attempts left');
    }
    assert(/^That code is wrong/.test(seen[0]), `after the refusal (${seen[0]})`);
    field.value = '000000';
    getByRole(root, 'button', 'Verify').click();
    await step(root, 'Self-service is blocked for now');
  });
});
