// Authenticator apps end to end (issue 13): in <openreset-register> alice sets one up (a QR
// code of the otpauth URI and the secret as text, then the app's first code and a name), and
// in <openreset-reset> she resets her password with its code. The "app" is `otpauth`, run
// here with the secret read off the page. Keyboard only, axe on every new step. Runs the
// BUILT widgets and core (`npm run build` first).
import { sendKeys } from '@web/test-runner-commands';
import { TOTP } from 'otpauth';
import '../../dist/openreset-register.js';
import '../../dist/openreset-reset.js';
import {
  ALICE_PASSWORD,
  alertText,
  assert,
  cleanup,
  createTestEngine,
  deepActiveElement,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  NEW_PASSWORD,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const tab = () => sendKeys({ press: 'Tab' });
const enter = () => sendKeys({ press: 'Enter' });
const type = (text) => sendKeys({ type: text });

const POLICY = { methods: ['mobileSms', 'email', 'authenticatorApp'] };

/** Tabs until the focused element's text (or its label's) is `text`. */
async function tabTo(text, limit = 20) {
  for (let i = 0; i < limit; i += 1) {
    await tab();
    const active = deepActiveElement();
    const name = active?.type === 'radio' ? textOf(active.closest('label')) : textOf(active);
    if (name === text) return active;
  }
  throw new Error(`Tab never reached ${text}`);
}

/** Waits for the heading `text` and for focus to move to it. */
async function expectStep(root, text) {
  const heading = await waitFor(() => queryByRole(root, 'heading', text), `heading "${text}"`);
  await waitFor(() => deepActiveElement() === heading, `focus on "${text}"`);
  return heading;
}

/** The app's code for `secret` at `at` (ms), as the engine's RFC 6238 parameters make it. */
function appCode(secret, at) {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

/** Records what the element copies (headless Chromium has no clipboard to read back). */
function recordClipboard() {
  const copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text) => copied.push(text) },
  });
  return copied;
}

describe('authenticator apps', function () {
  // End to end through two elements and real ceremonies: more than the 10 s default on a
  // loaded machine.
  this.timeout(30_000);

  afterEach(cleanup);

  it('alice sets up an authenticator app, then resets her password with its code', async () => {
    const api = createTestEngine({
      policy: POLICY,
      caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
    });
    const copied = recordClipboard();
    const element = mount('<openreset-register locale="en"></openreset-register>');
    element.client = api.client;
    const root = element.shadowRoot;
    await waitFor(() => queryByRole(root, 'heading', 'Your recovery methods'), 'the overview');

    await tabTo('Set up an authenticator app');
    await enter();
    await expectStep(root, 'Set up an authenticator app');
    const qr = await waitFor(
      () => root.querySelector('svg[role="img"]'),
      'the QR code (its encoder is a lazy chunk)',
    );
    assert(
      qr.getAttribute('aria-label') === 'QR code to scan with your authenticator app',
      'the QR code is named',
    );
    assert(/^M\d+ \d+h\d+v1h-\d+z/.test(qr.querySelector('path').getAttribute('d')), 'modules');
    const shown = textOf(root.querySelector('[part="secret"]'));
    assert(/^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$/.test(shown), `the secret in groups of 4 (${shown})`);
    const secret = shown.replace(/ /g, '');
    assert(secret.length >= 16, 'a secret of at least 80 bits');
    await expectNoAxeViolations(element, 'authenticator setup');

    await tabTo('Copy key');
    await enter();
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The key was copied.', 'copied');
    assert(copied.join() === secret, 'the key is copied without the spaces');

    const code = getByLabel(root, '6-digit code');
    assert(code.autocomplete === 'one-time-code', 'autocomplete=one-time-code');
    assert(code.inputMode === 'numeric', 'inputmode=numeric');
    await tab();
    assert(deepActiveElement() === code, 'Tab reaches the code');
    await type('000000');
    await tab();
    assert(deepActiveElement() === getByLabel(root, 'Name for this app'), 'then the name');
    await type('Phone');
    await enter();
    await waitFor(() => /wrong/.test(alertText(root)), 'a wrong first code');
    await waitFor(() => deepActiveElement() === code, 'focus back in the code');
    await expectNoAxeViolations(element, 'authenticator setup with an error');
    await type(appCode(secret, api.clock.now().getTime()));
    await enter();
    await waitFor(
      () => textOf(getByRole(root, 'status')) === 'The authenticator app was added.',
      'the app was added',
    );
    await expectStep(root, 'Your recovery methods');
    assert(
      /Authenticator app “Phone”\s*Added .+\. Not used yet\./.test(
        textOf(root.querySelector('ul')),
      ),
      `the list names the app (${textOf(root.querySelector('ul'))})`,
    );
    cleanup();

    const reset = mount('<openreset-reset locale="en"></openreset-reset>');
    reset.client = api.client;
    const resetRoot = reset.shadowRoot;
    await waitFor(() => queryByRole(resetRoot, 'textbox'), 'the first step');
    getByLabel(resetRoot, 'Username or email address').focus();
    await type('alice');
    await enter();
    await expectStep(resetRoot, 'Choose how to verify it’s you');
    await tab();
    for (let i = 0; i < 6; i += 1) {
      const label = textOf(deepActiveElement().closest('label'));
      if (label === 'Enter a code from my authenticator app') break;
      await sendKeys({ press: 'ArrowDown' });
    }
    assert(deepActiveElement().checked, 'the authenticator app is checked');
    await tabTo('Next');
    await enter();

    await expectStep(resetRoot, 'Enter the code from your authenticator app');
    const field = getByLabel(resetRoot, '6-digit code');
    assert(field.autocomplete === 'one-time-code', 'autocomplete=one-time-code');
    assert(field.inputMode === 'numeric', 'inputmode=numeric');
    assert(field.maxLength === 6, 'six digits');
    await expectNoAxeViolations(reset, 'authenticator gate');
    await tab();
    await type('000000');
    await enter();
    await waitFor(() => /That code is wrong/.test(alertText(resetRoot)), 'the wrong-code error');
    await waitFor(() => deepActiveElement() === field, 'focus back in the code');
    // The next 30-second step: never the step the enrolment used, so never a replay.
    await type(appCode(secret, api.clock.now().getTime() + 30_000));
    await enter();

    await expectStep(resetRoot, 'Choose a new password');
    await tab();
    await type(NEW_PASSWORD);
    await tab();
    await type(NEW_PASSWORD);
    await enter();
    await expectStep(resetRoot, 'Your password has been reset');
    assert(await api.directory.verifyPassword('u-alice', NEW_PASSWORD), 'the new password works');
  });

  it('asks for the current password once, without a recent sign-in, for both calls of a setup', async () => {
    const api = createTestEngine({
      policy: POLICY,
      // Signed in two hours ago: changes need the current password.
      caller: { userId: 'u-alice', isAdmin: false, authTime: new Date(Date.now() - 2 * 3_600_000) },
    });
    const element = mount('<openreset-register locale="en"></openreset-register>');
    element.client = api.client;
    const root = element.shadowRoot;
    await waitFor(() => queryByRole(root, 'heading', 'Your recovery methods'), 'the overview');

    const setUp = await tabTo('Set up an authenticator app');
    await enter();
    await waitFor(
      () => alertText(root) === 'Enter your current password to make this change.',
      'the password is asked',
    );
    const password = await waitFor(() => root.querySelector('#current-password'), 'its field');
    await waitFor(() => deepActiveElement() === password, 'focus in the password field');
    assert(password.autocomplete === 'current-password', 'autocomplete=current-password');
    await expectNoAxeViolations(element, 'overview asking for the password');
    await type(ALICE_PASSWORD);
    setUp.focus();
    await enter();

    await expectStep(root, 'Set up an authenticator app');
    assert(root.querySelector('#current-password') === null, 'not asked a second time');
    const secret = textOf(root.querySelector('[part="secret"]')).replace(/ /g, '');
    getByLabel(root, '6-digit code').focus();
    await type(appCode(secret, api.clock.now().getTime()));
    await tab();
    await type('Phone');
    await enter();
    await waitFor(
      () => textOf(getByRole(root, 'status')) === 'The authenticator app was added.',
      'added with the password typed once',
    );
  });
});
