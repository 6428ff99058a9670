// <openreset-link>: a link to a URL, or a dialog with the reset flow (built widgets, real engine).
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
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

  it('passes register-url (and sign-in-href) to the reset element in its dialog', async () => {
    const { client } = createTestEngine();
    const link = mount(
      '<openreset-link locale="en" register-url="/account/security" sign-in-href="/sign-in"></openreset-link>',
    );
    link.client = client;
    await link.updateComplete;
    getByRole(link.shadowRoot, 'button', 'Can’t access your account?').click();
    const reset = await waitFor(
      () => link.shadowRoot.querySelector('dialog[open] openreset-reset'),
      'the reset element',
    );
    await reset.updateComplete;
    assert(reset.registerUrl === '/account/security', 'register-url reaches the reset element');
    assert(reset.signInHref === '/sign-in', 'sign-in-href reaches the reset element');
    link.hide();
    link.removeAttribute('register-url');
    link.open = true;
    const again = await waitFor(
      () => link.shadowRoot.querySelector('dialog[open] openreset-reset'),
      'the reset element again',
    );
    await again.updateComplete;
    await waitFor(() => !again.hasAttribute('register-url'), 'register-url removed');
    assert(!again.registerUrl, 'no register-url when the link has none');
  });
});

/** A CSS color as `[r, g, b, a]` (0-255), drawn on a canvas so any syntax reads the same. */
function rgbaOf(color) {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

/** WCAG 2.2 relative luminance of an opaque `[r, g, b]`. */
function luminance([r, g, b]) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The page's background: the body's, else the root's, else a light page's canvas (white). */
function pageBackground() {
  for (const node of [document.body, document.documentElement]) {
    const rgba = rgbaOf(getComputedStyle(node).backgroundColor);
    if (rgba[3] === 255) return rgba;
  }
  return [255, 255, 255, 255];
}

/** Opens the dialog of `link` and waits for the flow in it; returns the dialog. */
async function openDialog(link) {
  getByRole(link.shadowRoot, 'button', 'Can’t access your account?').click();
  const dialog = await waitFor(() => link.shadowRoot.querySelector('dialog[open]'), 'the dialog');
  const reset = dialog.querySelector('openreset-reset');
  await waitFor(() => queryByRole(reset.shadowRoot, 'heading', 'Reset your password'), 'the flow');
  return dialog;
}

describe('<openreset-link> under a dark system color scheme (issue 19)', () => {
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => {
    cleanup();
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
  });

  it('stays light on a light page: the link keeps 4.5:1 against it, the dialog is light', async () => {
    assert(matchMedia('(prefers-color-scheme: dark)').matches, 'the system prefers dark');
    const { client } = createTestEngine();
    const link = mount('<openreset-link locale="en"></openreset-link>');
    link.client = client;
    await link.updateComplete;
    const trigger = getByRole(link.shadowRoot, 'button', 'Can’t access your account?');
    const ratio = contrast(rgbaOf(getComputedStyle(trigger).color), pageBackground());
    assert(ratio >= 4.5, `the link's contrast against the page is ${ratio.toFixed(2)}:1`);
    await expectNoAxeViolations(link, 'the link on a light page');
    const dialog = await openDialog(link);
    const background = rgbaOf(getComputedStyle(dialog).backgroundColor);
    assert(luminance(background) > 0.8, `the dialog is light (${background})`);
    await expectNoAxeViolations(link, 'the dialog on a light page');
  });

  it('turns dark on a page that allows a dark scheme (color-scheme: light dark)', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    const { client } = createTestEngine();
    const link = mount('<openreset-link locale="en"></openreset-link>');
    link.client = client;
    await link.updateComplete;
    const page = pageBackground();
    assert(luminance(page) < 0.1, `the page is dark (${page})`);
    const trigger = getByRole(link.shadowRoot, 'button', 'Can’t access your account?');
    const ratio = contrast(rgbaOf(getComputedStyle(trigger).color), page);
    assert(ratio >= 4.5, `the link's contrast against the page is ${ratio.toFixed(2)}:1`);
    await expectNoAxeViolations(link, 'the link on a dark page');
    const dialog = await openDialog(link);
    const background = rgbaOf(getComputedStyle(dialog).backgroundColor);
    assert(luminance(background) < 0.1, `the dialog is dark (${background})`);
    await expectNoAxeViolations(link, 'the dialog on a dark page');
  });
});
