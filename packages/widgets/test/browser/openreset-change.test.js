// <openreset-change> against a real core engine in the page, signed in as alice through the
// engine's `authenticate` callback; keyboard only, axe on every step.
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/openreset-change.js';
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
const type = (text) => sendKeys({ type: text });

async function start(markup) {
  const api = createTestEngine({
    caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
  });
  const element = mount(markup);
  element.client = api.client;
  await waitFor(() => queryByRole(element.shadowRoot, 'heading'), 'the heading');
  return { ...api, element, root: element.shadowRoot };
}

describe('<openreset-change>', () => {
  afterEach(cleanup);

  it('changes the password by keyboard alone after a wrong current password', async () => {
    const { element, root, directory } = await start(
      '<openreset-change locale="en" username="alice"></openreset-change>',
    );
    let succeeded;
    element.addEventListener('openreset-success', (event) => {
      succeeded = event.detail;
    });
    getByRole(root, 'heading', 'Change your password');
    const current = getByLabel(root, 'Current password');
    assert(current.autocomplete === 'current-password', 'autocomplete=current-password');
    assert(getByLabel(root, 'New password').autocomplete === 'new-password', 'new-password');
    await expectNoAxeViolations(element, 'form');

    await tab();
    assert(deepActiveElement() === current, 'Tab reaches the current password');
    await type('not my password at all');
    await tab();
    await type(NEW_PASSWORD);
    await tab();
    await type(NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => alertText(root) === 'Your current password is wrong.', 'the refusal');
    await waitFor(() => deepActiveElement() === current, 'focus back on the current password');
    assert(current.getAttribute('aria-invalid') === 'true', 'marked invalid');
    await expectNoAxeViolations(element, 'wrong current password');

    await type(ALICE_PASSWORD);
    await sendKeys({ press: 'Enter' });
    const done = await waitFor(
      () => queryByRole(root, 'heading', 'Your password has been changed'),
      'done',
    );
    await waitFor(() => deepActiveElement() === done, 'focus on the done heading');
    assert(succeeded?.intent === 'change', 'openreset-success');
    assert(await directory.verifyPassword('u-alice', NEW_PASSWORD), 'the new password works');
    await expectNoAxeViolations(element, 'done');
  });

  it('says the password expired, in Dutch, and shows the server’s issues', async () => {
    const { element, root } = await start(
      '<openreset-change locale="nl" expired></openreset-change>',
    );
    await waitFor(() => queryByRole(root, 'heading', 'Je wachtwoord is verlopen'), 'Dutch');
    await expectNoAxeViolations(element, 'expired');
    await tab();
    await type(ALICE_PASSWORD);
    await tab();
    await type('password1234');
    await tab();
    await type('password1234');
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => /te gangbaar of te makkelijk te raden/.test(alertText(root)),
      'the banned issue in Dutch',
    );
    assert(deepActiveElement() === getByLabel(root, 'Nieuw wachtwoord'), 'focus on new');
    await expectNoAxeViolations(element, 'rejected');
  });

  it('Cancel empties the form and its error and fires openreset-cancel (issue 19)', async () => {
    const { element, root } = await start('<openreset-change locale="en"></openreset-change>');
    let canceled = 0;
    element.addEventListener('openreset-cancel', () => {
      canceled += 1;
    });
    await tab();
    await type('not my password at all');
    await tab();
    await type(NEW_PASSWORD);
    await tab();
    await type('something else entirely');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => alertText(root) !== '', 'the mismatch');
    const fields = ['Current password', 'New password', 'Confirm new password'].map((label) =>
      getByLabel(root, label),
    );
    getByRole(root, 'button', 'Cancel').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => canceled === 1, 'openreset-cancel');
    await waitFor(() => fields.every((field) => field.value === ''), 'the fields emptied');
    await waitFor(() => alertText(root) === '', 'the error gone');
    assert(
      fields.every((field) => field.getAttribute('aria-invalid') === 'false'),
      'no field marked invalid',
    );
    getByRole(root, 'heading', 'Change your password');
    await expectNoAxeViolations(element, 'canceled');
  });

  it('drops the expired line once the expired password is changed (issue 19)', async () => {
    const { element, root } = await start(
      '<openreset-change locale="en" expired></openreset-change>',
    );
    getByRole(root, 'heading', 'Your password has expired');
    await tab();
    await type(ALICE_PASSWORD);
    await tab();
    await type(NEW_PASSWORD);
    await tab();
    await type(NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => queryByRole(root, 'heading', 'Your password has been changed'), 'done');
    await waitFor(() => !element.hasAttribute('expired'), 'the expired attribute gone');
    assert(element.expired === false, 'expired is false');
    assert(!/expired|Choose a new password to continue/.test(textOf(root)), 'no expired line');
  });
});
