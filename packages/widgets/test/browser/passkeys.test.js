// Passkeys end to end (issue 13): in <openreset-register> alice creates a passkey, and in
// <openreset-reset> she resets her password with it. Real ceremonies: Chromium's virtual
// authenticator (CDP, see virtual-authenticator.js) answers navigator.credentials, and core's
// engine in the page verifies them with this page as the relying party. Keyboard only, axe on
// every new step. Runs the BUILT widgets and core (`npm run build` first).
import { sendKeys } from '@web/test-runner-commands';
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
import {
  addVirtualAuthenticator,
  authenticatorCredentials,
  removeVirtualAuthenticators,
  setUserVerified,
} from './virtual-authenticator.js';

const tab = () => sendKeys({ press: 'Tab' });
const enter = () => sendKeys({ press: 'Enter' });
const type = (text) => sendKeys({ type: text });

const POLICY = { methods: ['mobileSms', 'email', 'passkey'] };
const ALICE = { userId: 'u-alice', isAdmin: false, authTime: new Date() };

/** Tabs until the focused element's text (or its label's) is `text`. */
async function tabTo(text, limit = 20) {
  for (let i = 0; i < limit; i += 1) {
    await tab();
    const active = deepActiveElement();
    const name = active?.type === 'radio' ? textOf(active.closest('label')) : textOf(active);
    if (typeof text === 'string' ? name === text : text.test(name)) return active;
  }
  throw new Error(`Tab never reached ${text}`);
}

/** Waits for the heading `text` and for focus to move to it. */
async function expectStep(root, text) {
  const heading = await waitFor(() => queryByRole(root, 'heading', text), `heading "${text}"`);
  await waitFor(() => deepActiveElement() === heading, `focus on "${text}"`);
  return heading;
}

/**
 * A signed-in alice on an engine that is this page's relying party; `users` replaces the
 * directory's users.
 */
function engine(policy = POLICY, users = undefined) {
  return createTestEngine({
    policy,
    caller: { ...ALICE, authTime: new Date() },
    webauthn: true,
    ...(users === undefined ? {} : { users }),
  });
}

/** Mounts `<openreset-register>` on `api`'s client; waits for the overview. */
async function register(api) {
  const element = mount('<openreset-register locale="en"></openreset-register>');
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'heading', 'Your recovery methods'), 'the overview');
  return { element, root };
}

/** In `<openreset-register>`: "Add a passkey", a name, "Create passkey" (the prompt answers). */
async function addPasskey(root, name) {
  await tabTo('Add a passkey');
  await enter();
  await expectStep(root, 'Add a passkey');
  await tab();
  assert(deepActiveElement() === getByLabel(root, 'Passkey name'), 'Tab reaches the name');
  await type(name);
  await enter();
}

/** Mounts `<openreset-reset>` on `api`'s client and identifies as alice. */
async function resetAs(api, username = 'alice') {
  const element = mount('<openreset-reset locale="en"></openreset-reset>');
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'textbox'), 'the first step');
  getByLabel(root, 'Username or email address').focus();
  await type(username);
  await enter();
  await expectStep(root, 'Choose how to verify it’s you');
  return { element, root };
}

/**
 * On the method step: checks the method whose label is `label` (a string, or a RegExp it
 * matches) with the arrow keys, then Next.
 */
async function chooseMethod(label) {
  const matches = (text) => (typeof label === 'string' ? text === label : label.test(text));
  await tab();
  for (let i = 0; i < 6; i += 1) {
    if (matches(textOf(deepActiveElement().closest('label')))) break;
    await sendKeys({ press: 'ArrowDown' });
  }
  assert(deepActiveElement().checked, `${label} is checked`);
  await tabTo('Next');
  await enter();
}

/** On the password step: the new password twice, then Enter; waits for the done step. */
async function setNewPassword(root) {
  await expectStep(root, 'Choose a new password');
  await tab();
  await type(NEW_PASSWORD);
  await tab();
  await type(NEW_PASSWORD);
  await enter();
  await expectStep(root, 'Your password has been reset');
}

describe('passkeys', function () {
  // End to end through two elements and real ceremonies: more than the 10 s default on a
  // loaded machine.
  this.timeout(30_000);

  beforeEach(() => addVirtualAuthenticator());
  afterEach(async () => {
    cleanup();
    await removeVirtualAuthenticators();
  });

  it('alice registers a passkey, then resets her password with it', async () => {
    const api = engine();
    const { element, root } = await register(api);
    await expectNoAxeViolations(element, 'overview with passkeys enabled');

    await addPasskey(root, 'Work laptop');
    await expectNoAxeViolations(element, 'add a passkey');
    await waitFor(
      () => textOf(getByRole(root, 'status')) === 'The passkey was added.',
      'the passkey was added',
    );
    await expectStep(root, 'Your recovery methods');
    const held = await authenticatorCredentials();
    assert(held.length === 1 && held[0].isResidentCredential, 'a discoverable credential');
    const item = [...getByRole(root, 'list', 'Registered methods').children].find((li) =>
      textOf(li).startsWith('Passkey “Work laptop”'),
    );
    assert(item, 'the list names the passkey');
    assert(/Added .+\. Not used yet\./.test(textOf(item)), `its dates (${textOf(item)})`);
    await expectNoAxeViolations(element, 'overview with a passkey');
    cleanup();

    const { element: reset, root: resetRoot } = await resetAs(api);
    await chooseMethod('Use a passkey');
    await expectStep(resetRoot, 'Use your passkey');
    await expectNoAxeViolations(reset, 'passkey gate');
    await tabTo('Use a passkey');
    await enter();
    await setNewPassword(resetRoot);
    assert(await api.directory.verifyPassword('u-alice', NEW_PASSWORD), 'the new password works');
    cleanup();

    const { root: after } = await register(api);
    await waitFor(
      () => /Passkey “Work laptop”.*Last used /.test(textOf(after.querySelector('ul'))),
      'the passkey’s last use',
    );
  });

  it('says a failed passkey prompt can be retried, and the retry works', async () => {
    const api = engine();
    const { root } = await register(api);
    await addPasskey(root, 'Phone');
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The passkey was added.', 'added');
    cleanup();

    const { element, root: resetRoot } = await resetAs(api);
    await chooseMethod('Use a passkey');
    await expectStep(resetRoot, 'Use your passkey');
    // The user fails the authenticator's check (as when closing the prompt): NotAllowedError.
    await setUserVerified(false);
    const button = await tabTo('Use a passkey');
    await enter();
    await waitFor(() => alertText(resetRoot) !== '', 'an error');
    assert(
      alertText(resetRoot) ===
        'The passkey prompt was closed or timed out. Try again when you’re ready.',
      `a retryable message (${alertText(resetRoot)})`,
    );
    assert(queryByRole(resetRoot, 'heading', 'Use your passkey'), 'still on the passkey step');
    await waitFor(() => !button.disabled, 'the button is enabled again');
    await expectNoAxeViolations(element, 'passkey gate with an error');

    await setUserVerified(true);
    button.focus();
    await enter();
    await setNewPassword(resetRoot);
  });

  it('renames and removes a passkey', async () => {
    const api = engine();
    const { root } = await register(api);
    await addPasskey(root, 'Old name');
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The passkey was added.', 'added');
    await tabTo('Rename Passkey “Old name”');
    await enter();
    await expectStep(root, 'Rename Passkey “Old name”');
    await expectNoAxeViolations(root.host, 'rename');
    const field = getByLabel(root, 'New name');
    assert(field.value === 'Old name', 'the field holds the name');
    // Tabbing into a field selects its text: typing replaces the name.
    await tab();
    assert(deepActiveElement() === field, 'Tab reaches the name');
    await type('Desk key');
    await enter();
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The name was saved.', 'renamed');
    const me = await api.client.getMe();
    assert(
      me.registration.methods.some(
        (method) => method.kind === 'passkey' && method.name === 'Desk key',
      ),
      'the server has the new name',
    );
    getByRole(root, 'button', 'Remove Passkey “Desk key”').focus();
    await enter();
    (await waitFor(() => queryByRole(root, 'button', 'Yes, remove it'), 'asked first')).click();
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The method was removed.', 'removed');
    assert(queryByRole(root, 'button', /Desk key/) === null, 'the passkey is gone');
  });

  it('asks for the passkey as the next gate after a code, and says why', async () => {
    const api = engine({ ...POLICY, mfaAwareRecovery: true });
    const { root } = await register(api);
    await addPasskey(root, 'Work laptop');
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The passkey was added.', 'added');
    cleanup();

    const { element, root: resetRoot } = await resetAs(api);
    await chooseMethod(/^Text a code to my mobile phone/);
    await expectStep(resetRoot, 'Confirm your phone number');
    await tab();
    await type('+31612345678');
    await enter();
    await expectStep(resetRoot, 'Enter the code');
    await tab();
    await type(await api.codeSentTo('+31612345678'));
    await enter();

    await expectStep(resetRoot, 'Choose how to verify it’s you');
    const explanation = resetRoot.querySelector('#next-gate');
    assert(
      textOf(explanation) ===
        'Your account has a passkey or authenticator app. Use one of them to continue.',
      `the next gate is explained (${textOf(explanation)})`,
    );
    const offered = [...resetRoot.querySelectorAll('input[name="method"]')].map((radio) =>
      textOf(radio.closest('label')),
    );
    assert(offered.join() === 'Use a passkey', `only the passkey is offered (${offered})`);
    assert(
      resetRoot.querySelector('fieldset').getAttribute('aria-describedby') === 'next-gate',
      'the choice is described by the explanation',
    );
    await expectNoAxeViolations(element, 'method step with a next gate');
    await chooseMethod('Use a passkey');
    await expectStep(resetRoot, 'Use your passkey');
    await tabTo('Use a passkey');
    await enter();
    await setNewPassword(resetRoot);
  });

  it('tells an admin that the second gate must be a passkey', async () => {
    const admin = {
      id: 'u-alice',
      username: 'alice',
      password: ALICE_PASSWORD,
      email: 'alice@example.com',
      isAdmin: true,
      contact: { mobile: '+31612345678', alternateEmail: 'alice.private@example.net' },
    };
    const api = engine({ ...POLICY, adminsRequirePasskey: true }, [admin]);
    const { root } = await register(api);
    await addPasskey(root, 'Security key');
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The passkey was added.', 'added');
    cleanup();

    const { element, root: resetRoot } = await resetAs(api);
    await chooseMethod(/^Text a code to my mobile phone/);
    await expectStep(resetRoot, 'Confirm your phone number');
    await tab();
    await type('+31612345678');
    await enter();
    await expectStep(resetRoot, 'Enter the code');
    await tab();
    await type(await api.codeSentTo('+31612345678'));
    await enter();

    await expectStep(resetRoot, 'Choose how to verify it’s you');
    assert(
      textOf(resetRoot.querySelector('#next-gate')) ===
        'Administrator accounts must use a passkey to continue.',
      `the admin rule is explained (${textOf(resetRoot.querySelector('#next-gate'))})`,
    );
    const offered = [...resetRoot.querySelectorAll('input[name="method"]')].map((radio) =>
      textOf(radio.closest('label')),
    );
    assert(offered.join() === 'Use a passkey', `only the passkey is offered (${offered})`);
    await expectNoAxeViolations(element, 'method step with the admin rule');
  });
});
