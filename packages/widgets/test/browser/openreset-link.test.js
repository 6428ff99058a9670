// <openreset-link>: a link to a URL, or a dialog with the reset flow (built widgets, real engine).
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/openreset-link.js';
import {
  assert,
  cleanup,
  createTestEngine,
  deepActiveElement,
  expectNoAxeViolations,
  getByRole,
  mount,
  queryByRole,
  waitFor,
} from './helpers.js';

describe('<openreset-link>', () => {
  afterEach(cleanup);

  it('is a plain link with href', async () => {
    const link = mount('<openreset-link href="/recover" locale="en"></openreset-link>');
    await link.updateComplete;
    const anchor = getByRole(link.shadowRoot, 'link', 'Can’t access your account?');
    assert(anchor.getAttribute('href') === '/recover', 'goes to href');
    await expectNoAxeViolations(link, 'link');
  });

  it('opens the reset in a dialog by keyboard and closes it with Escape', async () => {
    const { client } = createTestEngine();
    const link = mount('<openreset-link locale="en"></openreset-link>');
    link.client = client;
    await link.updateComplete;
    await sendKeys({ press: 'Tab' });
    const trigger = getByRole(link.shadowRoot, 'button', 'Can’t access your account?');
    assert(deepActiveElement() === trigger, 'Tab reaches the link');
    await expectNoAxeViolations(link, 'closed');
    await sendKeys({ press: 'Enter' });
    const dialog = await waitFor(() => link.shadowRoot.querySelector('dialog[open]'), 'the dialog');
    assert(dialog.getAttribute('aria-label') === 'Account recovery', 'the dialog is named');
    const reset = dialog.querySelector('openreset-reset');
    await waitFor(
      () => queryByRole(reset.shadowRoot, 'heading', 'Reset your password'),
      'the flow',
    );
    await expectNoAxeViolations(link, 'open');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog closes');
    await waitFor(() => deepActiveElement() === trigger, 'focus returns to the link');
    assert(link.open === false, 'open is false');
  });
});
