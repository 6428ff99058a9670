// <openreset-reset> against a real core engine in the page, driven like a user: by role and
// label, with the keyboard (sendKeys), axe on every step. Runs the BUILT widgets (dist/).
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
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

/** Waits for a step's heading and checks that focus moved to it. */
async function expectStep(root, heading, { focused = true } = {}) {
  const element = await waitFor(
    () => queryByRole(root, 'heading', heading),
    `heading "${heading}"`,
  );
  if (focused) {
    await waitFor(() => deepActiveElement() === element, `focus on "${heading}"`);
  }
  return element;
}

/** Mounts the element on a fresh engine and waits for the first step. */
async function start(markup = '<openreset-reset locale="en"></openreset-reset>', options = {}) {
  const api = createTestEngine(options);
  const mounted = mount(markup);
  const element = mounted.matches('openreset-reset')
    ? mounted
    : mounted.querySelector('openreset-reset');
  element.client = api.client;
  const steps = [];
  element.addEventListener('openreset-step', (event) => steps.push(event.detail.step));
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'textbox'), 'the first step');
  return { ...api, element, root, steps };
}

/** Identifies and proves by SMS, with the keyboard alone, up to the step after the code. */
async function identifyAndProve({ element, root, codeSentTo }, username, mobile) {
  // From the top of the page: the intent radios, then the username field.
  await tab();
  await tab();
  assert(
    deepActiveElement() === getByLabel(root, 'Username or email address'),
    'Tab reaches the username',
  );
  await type(username);
  await enter();
  await expectStep(root, 'Choose how to verify it’s you');
  await tab();
  const radio = deepActiveElement();
  assert(radio?.type === 'radio' && radio.checked, 'Tab reaches the checked method');
  assert(/^Text a code to my mobile phone/.test(textOf(radio.closest('label'))), 'SMS comes first');
  await tab();
  assert(textOf(deepActiveElement()) === 'Next', 'then the Next button');
  await enter();
  await expectStep(root, 'Confirm your phone number');
  await tab();
  assert(
    deepActiveElement() === getByLabel(root, 'Full phone number'),
    'Tab reaches the phone field',
  );
  await type(mobile);
  await enter();
  await expectStep(root, 'Enter the code');
  const code = await codeSentTo(mobile);
  await tab();
  await type(code);
  await enter();
  return element;
}

describe('<openreset-reset>', () => {
  afterEach(cleanup);

  it('resets a password by keyboard alone, with axe on every step', async () => {
    const api = await start(
      '<openreset-reset locale="en" sign-in-href="/login"></openreset-reset>',
    );
    const { element, root, steps, codeSentTo, directory } = api;
    let succeeded;
    element.addEventListener('openreset-success', (event) => {
      succeeded = event.detail;
    });

    await expectStep(root, 'Reset your password', { focused: false });
    const username = getByLabel(root, 'Username or email address');
    assert(username.autocomplete === 'username', 'the username field has autocomplete=username');
    assert(root.querySelector('slot[name="captcha"]'), 'a captcha slot');
    await expectNoAxeViolations(element, 'identify');

    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await expectNoAxeViolations(element, 'method');
    await tab();
    await tab();
    await enter();

    await expectStep(root, 'Confirm your phone number');
    await expectNoAxeViolations(element, 'confirm');
    await tab();
    await type('+31612345678');
    await enter();

    await expectStep(root, 'Enter the code');
    assert(
      root.querySelector('form')?.previousElementSibling?.textContent ===
        'If this number matches the one on file, a code is on its way.',
      'the code step claims no more than it knows',
    );
    const codeField = getByLabel(root, 'Verification code');
    assert(codeField.autocomplete === 'one-time-code', 'autocomplete=one-time-code');
    assert(codeField.inputMode === 'numeric', 'inputmode=numeric');
    assert(
      /The code expires in [0-9]:[0-5][0-9]\./.test(textOf(root.querySelector('#code-countdown'))),
      'a countdown',
    );
    await expectNoAxeViolations(element, 'code');

    // A wrong code: announced, the field marked, focus back in it.
    await tab();
    await type('000000');
    await enter();
    await waitFor(() => /That code is wrong/.test(alertText(root)), 'the wrong-code error');
    assert(codeField.getAttribute('aria-invalid') === 'true', 'the code field is marked invalid');
    assert(deepActiveElement() === codeField, 'focus is back in the code field');
    await expectNoAxeViolations(element, 'code with an error');

    await type(await codeSentTo('+31612345678'));
    await enter();
    await expectStep(root, 'Choose a new password');
    const newField = getByLabel(root, 'New password');
    const confirmField = getByLabel(root, 'Confirm new password');
    assert(newField.autocomplete === 'new-password', 'autocomplete=new-password');
    assert(confirmField.autocomplete === 'new-password', 'the confirmation too');
    await expectNoAxeViolations(element, 'password');

    await tab();
    assert(deepActiveElement() === newField, 'Tab reaches the new password');
    await type(NEW_PASSWORD);
    const rules = root.querySelectorAll('#password-rules li');
    await waitFor(() => rules[0].classList.contains('met'), 'the length rule is met');
    assert(textOf(rules[0]) === 'Met: Between 12 and 256 characters', 'the rule says it is met');
    assert(!rules[1].classList.contains('met'), 'the match rule is not met yet');
    await tab();
    await type(NEW_PASSWORD);
    await waitFor(() => rules[1].classList.contains('met'), 'the match rule is met');
    await expectNoAxeViolations(element, 'password, filled');
    await enter();

    await expectStep(root, 'Your password has been reset');
    assert(getByRole(root, 'link', 'Sign in').getAttribute('href') === '/login', 'a sign-in link');
    await expectNoAxeViolations(element, 'done');
    assert(succeeded?.intent === 'reset', 'openreset-success fired');
    assert(await directory.verifyPassword('u-alice', NEW_PASSWORD), 'the new password works');
    assert(!(await directory.verifyPassword('u-alice', ALICE_PASSWORD)), 'the old one does not');
    assert(
      steps.join() === 'identify,method,confirm,code,password,done',
      `openreset-step for every step (${steps.join()})`,
    );
  });

  it('says nothing untrue when the typed number does not match and nothing was sent', async () => {
    const api = await start('<openreset-reset locale="en" resend-cooldown="0"></openreset-reset>');
    const { root, element, engine, messaging } = api;
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    await tab();
    await type('+31699999999');
    await enter();
    await expectStep(root, 'Enter the code');
    await engine.dispatcher.runOnce();
    assert(messaging.sent.length === 0, 'nothing was sent');
    const text = textOf(root.querySelector('.base'));
    assert(
      text.includes('If this number matches the one on file, a code is on its way.'),
      `the code step stays true (${text})`,
    );
    assert(!/We sent|sent a text/i.test(text), 'no claim that something was sent');
    getByRole(root, 'button', 'Send a new code').click();
    await waitFor(
      () =>
        textOf(getByRole(root, 'status')) ===
        'If what you typed matches what we have on file, a new code is on its way.',
      'the resend notice, true as well',
    );
    await expectNoAxeViolations(element, 'code after a mismatch');
  });

  it('tells known and unknown usernames alike, in minutes, when starting is rate-limited', async () => {
    const api = await start(undefined, {
      http: {
        clientIp: () => '203.0.113.7',
        rateLimits: { reset: { max: 1, windowMs: 10 * 60_000 } },
      },
    });
    const { root, element } = api;
    const codes = [];
    element.addEventListener('openreset-error', (event) => codes.push(event.detail.code));
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    getByRole(root, 'button', 'Cancel').click();

    const refusals = [];
    for (const username of ['alice', 'nobody-at-all']) {
      await expectStep(root, 'Reset your password', { focused: false });
      const field = getByLabel(root, 'Username or email address');
      field.focus();
      field.value = '';
      await type(username);
      await enter();
      await waitFor(() => codes.length === refusals.length + 1, `the refusal for ${username}`);
      await element.updateComplete;
      refusals.push(alertText(root));
      assert(
        queryByRole(root, 'heading', 'Reset your password'),
        'the user stays on the first step',
      );
    }
    assert(
      refusals[0] === 'Too many attempts. Try again in 10 minutes.',
      `an honest message with the time (${refusals[0]})`,
    );
    assert(refusals[1] === refusals[0], `the same for an unknown username (${refusals[1]})`);
    assert(codes.join() === 'rate_limited,rate_limited', `openreset-error codes (${codes})`);
    await expectNoAxeViolations(element, 'rate-limited start');
  });

  it('shows the server’s password issues and keeps the flow open for another try', async () => {
    const api = await start();
    const { root, element } = api;
    await identifyAndProve(api, 'alice', '+31612345678');
    await expectStep(root, 'Choose a new password');
    await tab();
    await type('password1234');
    await tab();
    await type('password1234');
    await enter();
    await waitFor(() => /Choose a different password/.test(alertText(root)), 'the rejection');
    assert(/too common or too easy to guess/.test(alertText(root)), 'the banned issue, in words');
    assert(deepActiveElement() === getByLabel(root, 'New password'), 'focus goes to the password');
    await expectNoAxeViolations(element, 'password rejected');
  });

  it('refuses a too short password before asking the server', async () => {
    const api = await start();
    await identifyAndProve(api, 'alice', '+31612345678');
    await expectStep(api.root, 'Choose a new password');
    await tab();
    await type('short');
    await enter();
    await waitFor(
      () => /Use at least 12 characters \(this one has 5\)/.test(alertText(api.root)),
      'the length issue',
    );
  });

  it('unlocks an account when the user picks unlock with the arrow keys', async () => {
    const api = await start();
    const { root, element, directory } = api;
    await tab();
    assert(
      textOf(deepActiveElement().closest('label')) === 'I forgot my password',
      'reset is checked',
    );
    await sendKeys({ press: 'ArrowDown' });
    await expectStep(root, 'Unlock your account', { focused: false });
    await tab();
    await type('bob');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    await tab();
    await type('+31611112222');
    await enter();
    await expectStep(root, 'Enter the code');
    await tab();
    await type(await api.codeSentTo('+31611112222'));
    await enter();
    await expectStep(root, 'Unlock your account');
    await expectNoAxeViolations(element, 'unlock');
    await tab();
    assert(textOf(deepActiveElement()) === 'Unlock account', 'Tab reaches Unlock account');
    await enter();
    await expectStep(root, 'Your account is unlocked');
    const bob = await directory.getUser('u-bob');
    assert(bob?.lockedOut === false, 'bob is unlocked');
  });

  it('goes back and cancels', async () => {
    const api = await start();
    const { root, element } = api;
    let canceled = false;
    element.addEventListener('openreset-cancel', () => {
      canceled = true;
    });
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    getByRole(root, 'button', 'Back').click();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await tab();
    assert(textOf(deepActiveElement()) === 'Cancel', 'Tab reaches Cancel');
    await enter();
    await expectStep(root, 'Reset your password');
    assert(canceled, 'openreset-cancel fired');
  });

  it('says when self-service is blocked and links the helpdesk', async () => {
    const api = await start(undefined, {
      policy: {
        limits: { failedProofsPerDay: 1 },
        helpdesk: { url: 'https://help.example.com/' },
      },
    });
    const { root, element } = api;
    let errorCode;
    element.addEventListener('openreset-error', (event) => {
      errorCode = event.detail.code;
    });
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    await tab();
    await type('+31612345678');
    await enter();
    await expectStep(root, 'Enter the code');
    await tab();
    await type('000000');
    await enter();
    // The first failure may still be a plain wrong code; the limit blocks at the latest next.
    await waitFor(
      () =>
        queryByRole(root, 'heading', 'Self-service is blocked for now') ||
        /wrong/.test(alertText(root)),
      'a refusal',
    );
    if (!queryByRole(root, 'heading', 'Self-service is blocked for now')) {
      await type('000000');
      await enter();
    }
    await expectStep(root, 'Self-service is blocked for now');
    assert(errorCode === 'blocked', 'openreset-error with code blocked');
    assert(
      /Self-service is blocked for this account for now\. Try again in \d+ hours?, or contact your helpdesk\./.test(
        textOf(root.querySelector('.base')),
      ),
      'when, and the helpdesk',
    );
    const helpdesk = getByRole(root, 'link', 'Contact your helpdesk');
    assert(helpdesk.href === 'https://help.example.com/', 'the helpdesk link');
    await expectNoAxeViolations(element, 'blocked');
  });

  it('passes two gates, security questions then SMS, as the policy asks', async () => {
    const questions = ['first-pet-name', 'childhood-nickname', 'street-at-age-ten'];
    const api = await start(undefined, {
      policy: {
        gatesRequired: 2,
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: { predefined: questions },
      },
      caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
    });
    const { root, element, client, codeSentTo } = api;
    await client.setQuestions({
      answers: questions.map((questionId, index) => ({
        questionId,
        answer: `secret answer ${index}`,
      })),
    });
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    assert(textOf(root.querySelector('.progress')) === 'Verification 1 of 2', 'the progress');
    await tab();
    for (let i = 0; i < 5; i += 1) {
      if (textOf(deepActiveElement().closest('label')) === 'Answer my security questions') break;
      await sendKeys({ press: 'ArrowDown' });
    }
    assert(deepActiveElement().checked, 'the questions method is checked');
    await tab();
    await enter();
    await expectStep(root, 'Answer your security questions');
    await expectNoAxeViolations(element, 'questions');
    const labels = [...root.querySelectorAll('input[data-question]')].map((input) =>
      textOf(root.querySelector(`label[for="${input.id}"]`)),
    );
    assert(
      labels.every((label) => label.endsWith('?')),
      `localized questions (${labels})`,
    );
    for (const input of root.querySelectorAll('input[data-question]')) {
      await tab();
      assert(deepActiveElement() === input, 'Tab reaches each answer');
      await type(`secret answer ${questions.indexOf(input.dataset.question)}`);
    }
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    assert(textOf(root.querySelector('.progress')) === 'Verification 2 of 2', 'the second gate');
    assert(
      !queryByRole(root, 'radio', 'Answer my security questions'),
      'a used method is not offered again',
    );
    await tab();
    const checked = deepActiveElement();
    if (!/^Text a code/.test(textOf(checked.closest('label')))) {
      await sendKeys({ press: 'ArrowDown' });
    }
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    await tab();
    await type('+31612345678');
    await enter();
    await expectStep(root, 'Enter the code');
    await tab();
    await type(await codeSentTo('+31612345678'));
    await enter();
    await expectStep(root, 'Choose a new password');
  });

  it('asks new questions after a wrong answer', async () => {
    const questions = ['first-pet-name', 'childhood-nickname', 'street-at-age-ten'];
    const { root, element, client } = await start(
      '<openreset-reset locale="de"></openreset-reset>',
      {
        policy: {
          methods: ['mobileSms', 'email', 'securityQuestions'],
          questions: { predefined: questions },
        },
        caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
      },
    );
    await client.setQuestions({
      answers: questions.map((questionId, index) => ({ questionId, answer: `answer ${index} x` })),
    });
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Wählen Sie, wie Sie sich ausweisen');
    getByRole(root, 'radio', 'Meine Sicherheitsfragen beantworten').click();
    getByRole(root, 'button', 'Weiter').click();
    await expectStep(root, 'Sicherheitsfragen beantworten');
    for (let i = 0; i < questions.length; i += 1) {
      await tab();
      await type('wrong answer');
    }
    await enter();
    await waitFor(() => /Mindestens eine Antwort war falsch/.test(alertText(root)), 'the refusal');
    const inputs = [...root.querySelectorAll('input[data-question]')];
    await waitFor(() => deepActiveElement() === inputs[0], 'focus on the first answer');
    assert(
      inputs.every((input) => input.value === ''),
      'the answers are cleared',
    );
    await expectNoAxeViolations(element, 'wrong answers');
    for (const input of root.querySelectorAll('input[data-question]')) {
      input.focus();
      await type(`answer ${questions.indexOf(input.dataset.question)} x`);
    }
    await enter();
    await expectStep(root, 'Neues Passwort wählen');
  });

  it('tells the user when the code could not be delivered', async () => {
    const api = await start();
    const { root, element, engine, messaging } = api;
    await tab();
    await tab();
    await type('alice');
    await enter();
    await expectStep(root, 'Choose how to verify it’s you');
    await tab();
    await tab();
    await enter();
    await expectStep(root, 'Confirm your phone number');
    await tab();
    await type('+31612345678');
    await enter();
    await expectStep(root, 'Enter the code');
    messaging.failNext('sms', 'invalid_recipient');
    await engine.dispatcher.runOnce();
    await waitFor(
      () => /could not deliver the code/.test(textOf(getByRole(root, 'status'))),
      'the delivery failure',
      6000,
    );
    await expectNoAxeViolations(element, 'delivery failed');
  });

  it('speaks the locale attribute, else the page’s lang', async () => {
    const dutch = await start('<openreset-reset locale="nl-BE"></openreset-reset>');
    await expectStep(dutch.root, 'Stel je wachtwoord opnieuw in', { focused: false });
    getByLabel(dutch.root, 'Gebruikersnaam of e-mailadres');
    await expectNoAxeViolations(dutch.element, 'identify in Dutch');
    cleanup();

    const german = await start('<div lang="de"><openreset-reset></openreset-reset></div>');
    await expectStep(german.root, 'Passwort zurücksetzen', { focused: false });
    cleanup();

    const french = await start('<openreset-reset locale="fr"></openreset-reset>');
    await expectStep(french.root, 'Réinitialiser votre mot de passe', { focused: false });
    await tab();
    await tab();
    await enter();
    await waitFor(() => alertText(french.root) === 'Remplissez ce champ.', 'French error');
    cleanup();

    const spanish = await start('<openreset-reset locale="es"></openreset-reset>');
    await expectStep(spanish.root, 'Restablece tu contraseña', { focused: false });
  });

  it('follows the page’s color-scheme under prefers-color-scheme unless the theme says otherwise', async () => {
    const { element, root } = await start();
    const base = root.querySelector('.base');
    assert(getComputedStyle(base).backgroundColor === 'rgb(255, 255, 255)', 'light by default');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await waitFor(() => matchMedia('(prefers-color-scheme: dark)').matches, 'dark preferred');
      // A page that declares no color-scheme is light: the element stays light on it (issue 19).
      assert(getComputedStyle(base).backgroundColor === 'rgb(255, 255, 255)', 'light page');
      document.documentElement.style.colorScheme = 'light dark';
      await waitFor(
        () => getComputedStyle(base).backgroundColor === 'rgb(22, 24, 28)',
        'dark on a page that allows dark',
      );
      document.body.style.background = 'Canvas';
      await expectNoAxeViolations(element, 'auto theme, dark');
      element.theme = 'light';
      await element.updateComplete;
      assert(getComputedStyle(base).backgroundColor === 'rgb(255, 255, 255)', 'theme=light wins');
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('takes its branding from GET /config and works in the dark theme and right to left', async () => {
    const api = await start(
      '<div dir="rtl"><openreset-reset locale="en" theme="dark"></openreset-reset></div>',
      { policy: { branding: { orgName: 'Acme Corp', primaryColor: '#7a1fa2' } } },
    );
    const { element, root } = api;
    await waitFor(
      () => textOf(root.querySelector('[part="org-name"]')) === 'Acme Corp',
      'the org name',
    );
    const next = getByRole(root, 'button', 'Next');
    assert(getComputedStyle(next).backgroundColor === 'rgb(122, 31, 162)', 'the primary color');
    const base = root.querySelector('.base');
    assert(getComputedStyle(base).backgroundColor === 'rgb(22, 24, 28)', 'the dark background');
    assert(getComputedStyle(base).direction === 'rtl', 'right to left');
    await expectNoAxeViolations(element, 'dark, right to left');
    // An error in the dark theme keeps its contrast.
    getByLabel(root, 'Username or email address').focus();
    await enter();
    await waitFor(() => alertText(root) === 'Fill in this field.', 'the error');
    await expectNoAxeViolations(element, 'dark with an error');
  });
});

describe('<openreset-reset> against a server it cannot use', () => {
  afterEach(cleanup);

  const UNREACHABLE =
    'The service could not be reached, or it refused requests from this page (its origin is not allowed). Try again later, or contact your helpdesk if it keeps happening.';

  /** Mounts the element on `api` and waits for its alert to say `expected`. */
  async function expectAlert(api, expected, locale = 'en') {
    const element = mount(`<openreset-reset locale="${locale}" api="${api}"></openreset-reset>`);
    let text = '';
    try {
      await waitFor(() => {
        text = alertText(element.shadowRoot);
        return expected.test(text);
      }, `the alert to match ${expected}`);
    } catch {
      throw new Error(`the alert says "${text}", not ${expected}`);
    }
    return text;
  }

  const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

  it('says the service could not be reached, or refused the page, when nothing answers', async () => {
    const text = await expectAlert('http://127.0.0.1:9/api', exactly(UNREACHABLE));
    assert(!/connection/i.test(text), 'it does not blame the user’s connection');
  });

  it('says the same when another origin answers without allowing this page (CORS)', async () => {
    // The test server under the other name of this machine: it answers, but sends no
    // Access-Control-Allow-Origin, so the browser keeps the answer from this page.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const api = `${location.protocol}//${other}:${location.port}/api`;
    const reachable = await fetch(`${api}/config`, { mode: 'no-cors' });
    assert(reachable.type === 'opaque', 'the other origin does answer');
    await expectAlert(api, exactly(UNREACHABLE));
  });

  it('says it in the element’s locale', async () => {
    await expectAlert('http://127.0.0.1:9/api', /weigert verzoeken van deze pagina/, 'nl');
  });
});
