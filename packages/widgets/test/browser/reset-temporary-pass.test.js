// Issue 14: a user with no registered methods resets with a Temporary Access Pass the helpdesk
// issued: the method goes straight to the pass step (no challenge, nothing sent), the pass
// passes every gate, and the success step sends the user to register new methods. Built
// widgets, real engine (the pass is issued through the engine's helpdesk service).
import '../../dist/openreset-reset.js';
import {
  alertText,
  assert,
  cleanup,
  createTestEngine,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  NEW_PASSWORD,
  queryByRole,
  waitFor,
} from './helpers.js';

/** Waits for the heading `name` of a step. */
const step = (root, name) => waitFor(() => queryByRole(root, 'heading', name), `"${name}"`);

describe('issue 14: <openreset-reset> with a Temporary Access Pass', () => {
  afterEach(cleanup);

  it('resets with a pass for a user with no methods and links to registering new ones', async () => {
    const { engine, directory, client } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'], helpdesk: { temporaryAccessPass: true } },
      users: [{ id: 'u-carol', username: 'carol', password: 'carol original passphrase' }],
    });
    const { pass } = await engine.helpdesk.issueTemporaryAccessPass(
      'u-carol',
      {},
      { actor: { kind: 'admin', id: 'u-admin' } },
    );
    const element = mount(
      '<openreset-reset locale="en" register-url="/account/security"></openreset-reset>',
    );
    element.client = client;
    const root = element.shadowRoot;
    const steps = [];
    element.addEventListener('openreset-step', (event) => steps.push(event.detail.step));
    await waitFor(() => queryByRole(root, 'textbox'), 'the first step');

    getByLabel(root, 'Username or email address').value = 'carol';
    getByRole(root, 'button', 'Next').click();
    await step(root, 'Choose how to verify it’s you');
    getByRole(root, 'radio', /^Use a Temporary Access Pass/).click();
    getByRole(root, 'button', 'Next').click();

    await step(root, 'Enter your Temporary Access Pass');
    const field = getByLabel(root, 'Temporary Access Pass');
    assert(field.autocomplete === 'off', 'autocomplete=off');
    assert(field.getAttribute('spellcheck') === 'false', 'spellcheck=false');
    assert(field.getAttribute('autocapitalize') === 'characters', 'autocapitalize=characters');
    await expectNoAxeViolations(element, 'temporary pass');

    getByRole(root, 'button', 'Verify').click();
    await waitFor(() => /Fill in this field/.test(alertText(root)), 'the empty-field error');
    assert(field.getAttribute('aria-invalid') === 'true', 'the empty field is marked invalid');
    await expectNoAxeViolations(element, 'temporary pass with an error');

    field.value = pass.toLowerCase();
    getByRole(root, 'button', 'Verify').click();
    await step(root, 'Choose a new password');
    getByLabel(root, 'New password').value = NEW_PASSWORD;
    getByLabel(root, 'Confirm new password').value = NEW_PASSWORD;
    getByLabel(root, 'New password').dispatchEvent(new Event('input', { bubbles: true }));
    getByLabel(root, 'Confirm new password').dispatchEvent(new Event('input', { bubbles: true }));
    getByRole(root, 'button', 'Reset password').click();

    await step(root, 'Your password has been reset');
    const link = getByRole(root, 'link', 'Register new ways to verify');
    assert(link.getAttribute('href') === '/account/security', 'the link goes to register-url');
    await expectNoAxeViolations(element, 'done');
    assert(await directory.verifyPassword('u-carol', NEW_PASSWORD), 'the new password works');
    assert(
      steps.join() === 'identify,method,temporary-pass,password,done',
      `no code step (${steps.join()})`,
    );
  });
});
